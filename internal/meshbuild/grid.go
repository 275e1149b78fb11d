// Package meshbuild turns a label volume into the closed, smooth, light
// triangle meshes that scene/mesh ships: a binary mask of the labels wanted
// (grid.go), its boundary surface by marching tetrahedra (tetra.go),
// Taubin smoothing (smooth.go) and quadric-error edge collapse
// (decimate.go). Every step is single-threaded, iterates in index order and
// guards its floating-point products against fused multiply-add, so the
// same volume gives the same meshes, bit for bit, on any machine.
package meshbuild

import (
	"math"

	"github.com/decussate/decussate/internal/nifti"
)

// Grid is a binary mask over a box of a volume's voxels: voxel (i, j, k) of
// the grid is voxel (i+Off[0], j+Off[1], k+Off[2]) of the volume.
type Grid struct {
	Off, Dim [3]int
	In       []bool
}

func (g *Grid) idx(i, j, k int) int { return i + g.Dim[0]*(j+g.Dim[1]*k) }

// At reports whether grid voxel (i, j, k) is inside; outside the box is out.
func (g *Grid) At(i, j, k int) bool {
	if i < 0 || j < 0 || k < 0 || i >= g.Dim[0] || j >= g.Dim[1] || k >= g.Dim[2] {
		return false
	}
	return g.In[g.idx(i, j, k)]
}

// Count returns the number of voxels inside.
func (g *Grid) Count() int {
	n := 0
	for _, b := range g.In {
		if b {
			n++
		}
	}
	return n
}

// Select returns the mask of the voxels whose label is in labels and whose
// first index i lies in [iMin, iMax) (the volume's x range to keep), over
// the bounding box of those voxels padded by pad voxels on every side.
func Select(v *nifti.Volume, labels []uint8, iMin, iMax, pad int) *Grid {
	var want [256]bool
	for _, l := range labels {
		want[l] = true
	}
	lo := [3]int{math.MaxInt, math.MaxInt, math.MaxInt}
	hi := [3]int{-1, -1, -1}
	for k := 0; k < v.Dim[2]; k++ {
		for j := 0; j < v.Dim[1]; j++ {
			for i := max(iMin, 0); i < min(iMax, v.Dim[0]); i++ {
				if want[v.Labels[v.Index(i, j, k)]] {
					p := [3]int{i, j, k}
					for d := 0; d < 3; d++ {
						lo[d] = min(lo[d], p[d])
						hi[d] = max(hi[d], p[d])
					}
				}
			}
		}
	}
	g := &Grid{}
	if hi[0] < 0 {
		return g
	}
	for d := 0; d < 3; d++ {
		g.Off[d] = lo[d] - pad
		g.Dim[d] = hi[d] - lo[d] + 1 + 2*pad
	}
	g.In = make([]bool, g.Dim[0]*g.Dim[1]*g.Dim[2])
	for k := 0; k < g.Dim[2]; k++ {
		for j := 0; j < g.Dim[1]; j++ {
			for i := 0; i < g.Dim[0]; i++ {
				vi := i + g.Off[0]
				if vi < iMin || vi >= iMax {
					continue
				}
				g.In[g.idx(i, j, k)] = want[v.At(vi, j+g.Off[1], k+g.Off[2])]
			}
		}
	}
	return g
}

var steps6 = [6][3]int{{-1, 0, 0}, {1, 0, 0}, {0, -1, 0}, {0, 1, 0}, {0, 0, -1}, {0, 0, 1}}

// components labels the 6-connected components of the voxels equal to
// value, numbering them 1, 2, … in scan order; it returns the labels and
// each component's size (index 0 unused).
func (g *Grid) components(value bool) ([]int32, []int) {
	comp := make([]int32, len(g.In))
	sizes := []int{0}
	var queue []int
	for start := range g.In {
		if g.In[start] != value || comp[start] != 0 {
			continue
		}
		id := int32(len(sizes))
		comp[start] = id
		n := 0
		queue = append(queue[:0], start)
		for len(queue) > 0 {
			c := queue[len(queue)-1]
			queue = queue[:len(queue)-1]
			n++
			i, j, k := c%g.Dim[0], (c/g.Dim[0])%g.Dim[1], c/(g.Dim[0]*g.Dim[1])
			for _, s := range steps6 {
				a, b, e := i+s[0], j+s[1], k+s[2]
				if a < 0 || b < 0 || e < 0 || a >= g.Dim[0] || b >= g.Dim[1] || e >= g.Dim[2] {
					continue
				}
				x := g.idx(a, b, e)
				if g.In[x] == value && comp[x] == 0 {
					comp[x] = id
					queue = append(queue, x)
				}
			}
		}
		sizes = append(sizes, n)
	}
	return comp, sizes
}

// KeepLarge keeps the inside components of at least share of the largest
// one's size, dropping stray islands of voxels.
func (g *Grid) KeepLarge(share float64) {
	comp, sizes := g.components(true)
	largest := 0
	for _, s := range sizes {
		largest = max(largest, s)
	}
	for x, c := range comp {
		if c != 0 && float64(sizes[c]) < share*float64(largest) {
			g.In[x] = false
		}
	}
}

// FillCavities sets inside every outside voxel not connected to the box's
// border, so that a structure's surface has no inner shells (ventricles,
// aqueduct). The box is padded, so its border voxels are outside.
func (g *Grid) FillCavities() {
	comp, _ := g.components(false)
	outer := comp[0] // voxel 0 is a padding corner, outside
	for x, c := range comp {
		if c != 0 && c != outer {
			g.In[x] = true
		}
	}
}

// Distance returns, for every voxel of the grid's box, the Euclidean
// distance in voxels to the nearest voxel of the volume whose label is in
// labels (and whose first index is in [iMin, iMax)); +Inf where there is
// none. It is the exact transform of Felzenszwalb and Huttenlocher, three
// passes of the one-dimensional lower envelope of parabolas.
func (g *Grid) Distance(v *nifti.Volume, labels []uint8, iMin, iMax int) []float64 {
	var want [256]bool
	for _, l := range labels {
		want[l] = true
	}
	const inf = 1e20
	d := make([]float64, len(g.In))
	for k := 0; k < g.Dim[2]; k++ {
		for j := 0; j < g.Dim[1]; j++ {
			for i := 0; i < g.Dim[0]; i++ {
				vi := i + g.Off[0]
				d[g.idx(i, j, k)] = inf
				if vi >= iMin && vi < iMax && want[v.At(vi, j+g.Off[1], k+g.Off[2])] {
					d[g.idx(i, j, k)] = 0
				}
			}
		}
	}
	n := max(g.Dim[0], g.Dim[1], g.Dim[2])
	f, out := make([]float64, n), make([]float64, n)
	env, z := make([]int, n), make([]float64, n+1)
	strides := [3]int{1, g.Dim[0], g.Dim[0] * g.Dim[1]}
	for axis := 0; axis < 3; axis++ {
		o1, o2 := (axis+1)%3, (axis+2)%3
		for b := 0; b < g.Dim[o2]; b++ {
			for a := 0; a < g.Dim[o1]; a++ {
				base := a*strides[o1] + b*strides[o2]
				m := g.Dim[axis]
				for q := 0; q < m; q++ {
					f[q] = d[base+q*strides[axis]]
				}
				envelope(f[:m], out[:m], env, z)
				for q := 0; q < m; q++ {
					d[base+q*strides[axis]] = out[q]
				}
			}
		}
	}
	for x := range d {
		if d[x] >= inf/2 {
			d[x] = math.Inf(1)
		} else {
			d[x] = math.Sqrt(d[x])
		}
	}
	return d
}

// envelope is the 1D squared distance transform: out[q] = min_p f[p] + (q-p)².
func envelope(f, out []float64, v []int, z []float64) {
	n := len(f)
	k := 0
	v[0] = 0
	z[0], z[1] = math.Inf(-1), math.Inf(1)
	for q := 1; q < n; q++ {
		p := v[k]
		s := ((f[q] + float64(q*q)) - (f[p] + float64(p*p))) / float64(2*(q-p))
		for s <= z[k] { // z[0] is -Inf, so this stops at k = 0
			k--
			p = v[k]
			s = ((f[q] + float64(q*q)) - (f[p] + float64(p*p))) / float64(2*(q-p))
		}
		k++
		v[k] = q
		z[k] = s
		z[k+1] = math.Inf(1)
	}
	k = 0
	for q := 0; q < n; q++ {
		for z[k+1] < float64(q) {
			k++
		}
		p := v[k]
		out[q] = float64((q-p)*(q-p)) + f[p]
	}
}

// Open erodes the mask by r voxels (6-connected) and dilates it back:
// bridges and spurs thinner than 2r+1 voxels go, while everything thicker
// keeps its shape. On a cortex at 0.5 mm it removes the one-voxel bridges
// across sulci that would otherwise become hundreds of small handles.
func (g *Grid) Open(r int) {
	for n := 0; n < r; n++ {
		g.morph(false)
	}
	for n := 0; n < r; n++ {
		g.morph(true)
	}
}

// Close dilates the mask by r voxels and erodes it back: gaps and tunnels
// narrower than 2r+1 voxels fill.
func (g *Grid) Close(r int) {
	for n := 0; n < r; n++ {
		g.morph(true)
	}
	for n := 0; n < r; n++ {
		g.morph(false)
	}
}

// morph dilates (grow) or erodes the mask by one 6-connected step.
func (g *Grid) morph(grow bool) {
	src := append([]bool(nil), g.In...)
	for k := 0; k < g.Dim[2]; k++ {
		for j := 0; j < g.Dim[1]; j++ {
			for i := 0; i < g.Dim[0]; i++ {
				x := g.idx(i, j, k)
				if src[x] == grow {
					continue
				}
				for _, s := range steps6 {
					a, b, c := i+s[0], j+s[1], k+s[2]
					in := a >= 0 && b >= 0 && c >= 0 && a < g.Dim[0] && b < g.Dim[1] && c < g.Dim[2] && src[g.idx(a, b, c)]
					if in == grow {
						g.In[x] = grow
						break
					}
				}
			}
		}
	}
}
