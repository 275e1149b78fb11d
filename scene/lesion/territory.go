package lesion

import (
	"math"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl64"
)

// A muscle's corticospinal neurons are not all at its hot spot. Mapped
// cell by cell, the neurons for one muscle (or one finger) lie spread over
// much of its body part's representation, overlapping the neighbours',
// and only their density peaks at the hot spot (Schieber and Hibbard 1993;
// Schieber 2001; Rathelot and Strick 2006). So the strip has no gaps: a
// small infarct anywhere on the precentral gyrus takes some of the
// neurons of the part represented there and weakens it, mildly when it
// misses the part's hot spots (Kim 2001; Peters et al. 2009).
//
// The territory of an area (anatomy.Area.Territory, its stretch of the
// strip sampled under the drawn surface, the central sulcus's bank
// included) is therefore split into tiles, one per body region, each
// point going to the region of the hot spot nearest it: the tiles cover
// the area's stretch without gaps, and each region's tile is where its
// muscles' hot spots are. Within a tile each muscle's spread neurons fill
// its cell, the points nearer its hot spot than its neighbours', and
// blend into the neighbouring cells over cellBlend (the overlap of
// neighbouring muscles' maps); spreadShare of each muscle's neurons lie
// spread so, the rest concentrated at the hot spot itself (sheetShare).
// Every point of a tile thus holds a full share of some muscle's neurons:
// the edge of a tile, far from any hot spot (the front of the paracentral
// lobule, the depth of the central sulcus), is no thinner than its middle.
//
// spreadShare is a modelling choice: no source gives the share. Three
// quarters keeps a centimetre-wide infarct on the hand knob moderate and a
// half-centimetre one mild (TestSmallCorticalInfarctSeverity), now that a
// region is graded by its weakest movement (grade.go), while a click
// anywhere on the strip takes a real share of the muscles under it.
const spreadShare = 0.75

// tilePatch is the radius of the patch of sheet each point of a territory
// stands for, about half the spacing of the drawn mesh's vertices: a
// sphere takes a point's patch in proportion as its edge crosses it.
const tilePatch = 1.5

// cellBlend is the scale, in millimetres along the sheet, over which a
// muscle's cell blends into its neighbours': a point as far again from a
// muscle's hot spot as from the nearest one (in squared distance) by
// 2·cellBlend² holds e⁻¹ of the muscle's full density. A modelling choice
// of the order of the overlap of neighbouring muscles' maps (a few
// millimetres; Schieber 2001).
const cellBlend = 2

// tile is the part of an area's territory one body region's muscles share,
// on one side.
type tile struct {
	area   string
	side   anatomy.Side
	points []mgl64.Vec3
	// spots are the elements of the region's muscles' hot spots in the
	// area, on the tile's side; weights holds, per spot, the share of its
	// muscle's spread neurons at each point (summing to one), shared with
	// the other side's tile.
	spots   []int32
	weights [][]float64
	// boundC and boundR bound the points, to skip the tile fast.
	boundC mgl64.Vec3
	boundR float64
}

// addTiles splits area ar's territory into its regions' tiles, per side;
// the area's hot spots must already be added.
func (n *network) addTiles(ar anatomy.Area) {
	if len(ar.Territory) == 0 || len(ar.Sheet) == 0 {
		return
	}
	region := make([]int, len(ar.Sheet))
	for i, sp := range ar.Sheet {
		region[i] = -1
		if m := n.atlas.Muscle(sp.Muscle); m != nil {
			region[i] = anatomy.RegionIndex(m.Region)
		}
	}
	// byRegion holds each region's points (the left side's), in the
	// territory's order, and the regions in the order first met.
	byRegion := map[int][]anatomy.Point{}
	var order []int
	for _, p := range ar.Territory {
		best, bd := 0, math.Inf(1)
		for i, sp := range ar.Sheet {
			q := mgl64.Vec3(p).Sub(mgl64.Vec3(sp.At))
			if d := q.Dot(q); d < bd {
				best, bd = i, d
			}
		}
		r := region[best]
		if _, ok := byRegion[r]; !ok {
			order = append(order, r)
		}
		byRegion[r] = append(byRegion[r], p)
	}
	for _, r := range order {
		// The weights are the left side's; the right side's mirror them.
		var at, left []mgl64.Vec3
		for i := range ar.Sheet {
			if region[i] == r {
				at = append(at, mgl64.Vec3(ar.Sheet[i].At))
			}
		}
		for _, p := range byRegion[r] {
			left = append(left, mgl64.Vec3(p))
		}
		weights := cellWeights(left, at)
		for _, s := range sides {
			tl := tile{area: ar.ID, side: s, weights: weights}
			lo, hi := anatomy.OnSide(byRegion[r][0], s), anatomy.OnSide(byRegion[r][0], s)
			for _, p := range byRegion[r] {
				q := anatomy.OnSide(p, s)
				tl.points = append(tl.points, q)
				for k := 0; k < 3; k++ {
					lo[k], hi[k] = min(lo[k], q[k]), max(hi[k], q[k])
				}
			}
			tl.boundC = lo.Add(hi).Mul(0.5)
			tl.boundR = hi.Sub(lo).Len()/2 + tilePatch
			for i, e := range n.spots[ar.ID] {
				if region[i] == r {
					tl.spots = append(tl.spots, e[s])
				}
			}
			n.tiles = append(n.tiles, tl)
		}
	}
}

// cellWeights returns, for each hot spot of a tile (at), the share of its
// muscle's spread neurons at each of the tile's points (summing to one):
// full density where the spot is the nearest, blending into the
// neighbours' cells over cellBlend.
func cellWeights(points, at []mgl64.Vec3) [][]float64 {
	// near is each point's squared distance to the nearest hot spot.
	near := make([]float64, len(points))
	for k, p := range points {
		near[k] = math.Inf(1)
		for _, a := range at {
			q := p.Sub(a)
			near[k] = min(near[k], q.Dot(q))
		}
	}
	// Beyond far (in units of 2·cellBlend²) a muscle's density is
	// nothing: e⁻²⁰ of its full.
	const far = 20 * 2 * cellBlend * cellBlend
	out := make([][]float64, len(at))
	for i, a := range at {
		w := make([]float64, len(points))
		sum := 0.0
		for k, p := range points {
			q := p.Sub(a)
			if x := q.Dot(q) - near[k]; x < far {
				w[k] = math.Exp(-x / (2 * cellBlend * cellBlend))
				sum += w[k]
			}
		}
		for k := range w {
			w[k] /= sum
		}
		out[i] = w
	}
	return out
}

// destroy adds to st.spread, for each of the tile's spots (by element),
// the share of its muscle's spread neurons inside the sphere (c, rad).
func (tl *tile) destroy(st *state, c mgl64.Vec3, rad float64) {
	if c.Sub(tl.boundC).Len() >= rad+tl.boundR {
		return
	}
	// A sphere smaller than a patch takes at most its own disc of it.
	small := min(1, rad*rad/(tilePatch*tilePatch))
	reach := (rad + tilePatch) * (rad + tilePatch)
	sum := st.tileSum
	for k, p := range tl.points {
		q := p.Sub(c)
		d2 := q.Dot(q)
		if d2 >= reach {
			continue
		}
		in := min(1, (rad-math.Sqrt(d2)+tilePatch)/(2*tilePatch)) * small
		for j, e := range tl.spots {
			sum[e] += tl.weights[j][k] * in
		}
	}
	for _, e := range tl.spots {
		if sum[e] > 0 {
			st.spread[e] = combine(st.spread[e], sum[e])
			sum[e] = 0
		}
	}
}

// spread sets each hot spot's loss to its muscle's: spreadShare of the
// loss of its spread neurons, the rest of the spot's own.
func (n *network) spread(d, spread []float64) {
	for i := range n.tiles {
		for _, e := range n.tiles[i].spots {
			d[e] = spreadShare*spread[e] + (1-spreadShare)*d[e]
		}
	}
}
