package geom

import "github.com/go-gl/mathgl/mgl32"

// The band of grey cortex along a cap's edge: each outline's points
// joined to points inset from them by the band's width, mitred at the
// corners. At a sharp corner or a narrow gyrus the inset points of
// neighbours cross over one another, and the band between them would fold
// back over itself, its triangles turned away from the viewer: there the
// inset is drawn in, toward the outline, until no triangle of the band is
// turned over.

// bandShrink is how much a folded triangle's inset points are drawn in at
// each round, and bandRounds how many rounds are tried: 0.75⁶⁰ brings an
// inset to a millionth of the band, where no triangle can fold (see
// capBand).
const (
	bandShrink = 0.75
	bandRounds = 60
)

// capBand returns the triangles of a band width millimetres wide inside
// outlines os (counter-clockwise around tissue, clockwise around holes;
// holes under minHoleMM2 are filled over and left bandless, as
// fillOutlines does), each counter-clockwise in the plane's coordinates.
//
// Why drawing in always unfolds: the inset at a corner is along the
// bisector of the two edges' inward normals, which lies strictly to the
// left of both edges (unless the outline turns straight back on itself).
// So the triangle from an edge to its end's inset point is never turned
// over, and the one from the edge's start to both inset points turns
// counter-clockwise once both points are near enough their outline
// points; any triangle still turned over after the rounds is left out.
func capBand(os []Outline, width float32) [][3]mgl32.Vec2 {
	var tris [][3]mgl32.Vec2
	for _, o := range os {
		if a := o.Area(); a > -minHoleMM2 && a < 0 || len(o) < 3 {
			continue
		}
		n := len(o)
		inset := make([]mgl32.Vec2, n)
		for i, p := range o {
			n1 := leftNormal(p.Sub(o[(i+n-1)%n]))
			n2 := leftNormal(o[(i+1)%n].Sub(p))
			bis := n1.Add(n2)
			if bis.Len() < 1e-6 {
				bis = n1
			}
			bis = bis.Normalize()
			// Mitred, within reason: a sharp corner's mitre would reach
			// far across the structure.
			inset[i] = bis.Mul(width / max(bis.Dot(n1), minBandFactor))
		}
		scale := make([]float32, n)
		for i := range scale {
			scale[i] = 1
		}
		in := func(i int) mgl32.Vec2 { return o[i].Add(inset[i].Mul(scale[i])) }
		for range bandRounds {
			folded := false
			for i := range n {
				j := (i + 1) % n
				if cross2(o[i], o[j], in(j)) <= 0 {
					scale[j] *= bandShrink
					folded = true
				}
				if cross2(o[i], in(j), in(i)) <= 0 {
					scale[i] *= bandShrink
					scale[j] *= bandShrink
					folded = true
				}
			}
			if !folded {
				break
			}
		}
		for i := range n {
			j := (i + 1) % n
			for _, t := range [2][3]mgl32.Vec2{{o[i], o[j], in(j)}, {o[i], in(j), in(i)}} {
				if cross2(t[0], t[1], t[2]) > 0 {
					tris = append(tris, t)
				}
			}
		}
	}
	return tris
}
