package meshbuild

import (
	"math"

	"github.com/decussate/decussate/internal/nifti"
)

// Capsule parameters: see DeriveCapsule.
const (
	// CapsuleSumMM bounds the sum of a white-matter voxel's distances to
	// the lentiform nucleus and to the thalamus or caudate: the voxel lies
	// in the gap between them, which the capsule's limbs fill.
	CapsuleSumMM = 10.0
	// CapsuleEachMM bounds each of the two distances, so that white matter
	// near one nucleus but far beyond the other is not taken.
	CapsuleEachMM = 7.0
)

// Derive returns a copy of v with three derived labels written in: the
// hindbrain white matter (HWM, scp, icp, mcp) split into LabelCerebellarWM
// and LabelBrainstemWM, and LabelCapsule.
func Derive(v *nifti.Volume) *nifti.Volume {
	out := &nifti.Volume{Dim: v.Dim, Affine: v.Affine, Labels: append([]uint8(nil), v.Labels...)}
	splitHindbrain(out)
	DeriveCapsule(out)
	return out
}

// splitHindbrain gives each hindbrain white-matter voxel to the cerebellum
// or the brainstem, whichever grey matter it reaches first through white
// matter (a breadth-first search from both at once, seeded in scan order,
// 6-connected), so the peduncles part at about their middle.
func splitHindbrain(v *nifti.Volume) {
	var wm, cb, bs [256]bool
	for _, l := range HindbrainWM {
		wm[l] = true
	}
	for _, l := range CerebellarGrey {
		cb[l] = true
	}
	for _, l := range BrainstemGrey {
		bs[l] = true
	}
	var queue []int
	for x, l := range v.Labels {
		if cb[l] || bs[l] {
			queue = append(queue, x)
		}
	}
	nx, nxy := v.Dim[0], v.Dim[0]*v.Dim[1]
	for head := 0; head < len(queue); head++ {
		x := queue[head]
		owner := uint8(LabelBrainstemWM)
		if l := v.Labels[x]; cb[l] || l == LabelCerebellarWM {
			owner = LabelCerebellarWM
		}
		i, j, k := x%nx, (x/nx)%v.Dim[1], x/nxy
		for _, s := range steps6 {
			a, b, c := i+s[0], j+s[1], k+s[2]
			if a < 0 || b < 0 || c < 0 || a >= v.Dim[0] || b >= v.Dim[1] || c >= v.Dim[2] {
				continue
			}
			y := v.Index(a, b, c)
			if wm[v.Labels[y]] {
				v.Labels[y] = owner
				queue = append(queue, y)
			}
		}
	}
	// White matter that touches no grey matter at all stays with the
	// brainstem, whose tracts it most likely is.
	for x, l := range v.Labels {
		if wm[l] {
			v.Labels[x] = LabelBrainstemWM
		}
	}
}

// DeriveCapsule relabels as LabelCapsule, on both sides, the forebrain
// white matter (FWM) that lies between the lentiform nucleus and the
// thalamus or caudate: voxels whose Euclidean distances to the nearest
// lentiform voxel and to the nearest voxel of the thalamus or the caudate's
// head or body (same side)
// are each at most CapsuleEachMM and sum to at most CapsuleSumMM. That is
// the anterior limb (caudate–lentiform), the genu and the posterior limb
// (thalamus–lentiform); the retro- and sublenticular parts, which have no
// medial nucleus beside them, are not included. Only the largest connected
// piece on each side is kept.
func DeriveCapsule(v *nifti.Volume) {
	left, right := Sides(v)
	voxelMM := v.Affine[0][0]
	if voxelMM < 0 {
		voxelMM = -voxelMM
	}
	for _, side := range [2][2]int{left, right} {
		g := Select(v, join(Lentiform, ThalamusCaudate), side[0], side[1], 2)
		// Widen the box by the capsule's reach, so white matter beyond the
		// nuclei's own box is considered.
		reach := int(CapsuleEachMM/voxelMM) + 1
		for d := 0; d < 3; d++ {
			g.Off[d] -= reach
			g.Dim[d] += 2 * reach
		}
		g.In = make([]bool, g.Dim[0]*g.Dim[1]*g.Dim[2])
		dl := g.Distance(v, Lentiform, side[0], side[1])
		dm := g.Distance(v, ThalamusCaudate, side[0], side[1])
		for k := 0; k < g.Dim[2]; k++ {
			for j := 0; j < g.Dim[1]; j++ {
				for i := 0; i < g.Dim[0]; i++ {
					x := g.idx(i, j, k)
					vi := i + g.Off[0]
					if vi < side[0] || vi >= side[1] || v.At(vi, j+g.Off[1], k+g.Off[2]) != LabelFWM {
						continue
					}
					a, b := float64(dl[x]*voxelMM), float64(dm[x]*voxelMM) // no fused multiply-add: see the package doc
					g.In[x] = a <= CapsuleEachMM && b <= CapsuleEachMM && a+b <= CapsuleSumMM
				}
			}
		}
		g.KeepLarge(1)
		for k := 0; k < g.Dim[2]; k++ {
			for j := 0; j < g.Dim[1]; j++ {
				for i := 0; i < g.Dim[0]; i++ {
					if g.In[g.idx(i, j, k)] {
						v.Labels[v.Index(i+g.Off[0], j+g.Off[1], k+g.Off[2])] = LabelCapsule
					}
				}
			}
		}
	}
}

// Sides returns the ranges [lo, hi) of the first voxel index i that hold
// the left (x < 0) and right (x > 0) sides; the plane x = 0, where the
// volume's labels are mirrored, belongs to neither. The volume's i axis
// must run along x (as in every MNI-space atlas).
func Sides(v *nifti.Volume) (left, right [2]int) {
	ijk, err := v.ToVoxel([3]float64{0, 0, 0})
	mid := v.Dim[0] / 2
	if err == nil {
		mid = int(math.Round(ijk[0]))
	}
	below, above := [2]int{0, mid}, [2]int{mid + 1, v.Dim[0]}
	if v.Affine[0][0] < 0 {
		return above, below
	}
	return below, above
}
