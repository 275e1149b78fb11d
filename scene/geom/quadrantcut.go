package geom

import (
	"fmt"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/mesh"
	"github.com/go-gl/mathgl/mgl32"
)

// quarterCutter cuts a mesh's triangles along a quarter's two planes,
// sharing the new vertices where an edge is cut, so that the cut surface
// stays one piece along its edge.
type quarterCutter struct {
	src  *Mesh
	pos  []mgl32.Vec3
	nrm  []mgl32.Vec3
	cols [][4]float32
	idx  []uint32
	// made maps an edge cut by a plane (its two vertices and the plane)
	// to the vertex made there.
	made map[[3]uint32]uint32
}

// cutAwayQuarter returns m without the part that lies in quarter b: every
// triangle that a plane of the quarter crosses is cut along it, wherever
// it lies (so that both triangles at an edge cut it at one new vertex, and
// no vertex of one lies in the middle of the other's edge), the new
// vertices' normals and colours taken along the edge; then the pieces in
// the quarter are dropped. The cut edge lies on the planes, where the cap
// closes it. Unused vertices are dropped, the rest keep their order.
func cutAwayQuarter(m *Mesh, b quarterBox) Mesh {
	c := quarterCutter{src: m, made: map[[3]uint32]uint32{},
		pos: append([]mgl32.Vec3(nil), m.Positions...), nrm: append([]mgl32.Vec3(nil), m.Normals...)}
	if m.Colors != nil {
		c.cols = append([][4]float32(nil), m.Colors...)
	}
	var halves [2][8]uint32
	var pieces [4][8]uint32
	for t := 0; t+2 < len(m.Indices); t += 3 {
		tri := m.Indices[t : t+3 : t+3]
		nw, nf := c.crossings(tri, b)
		if nw == 0 && nf == 0 {
			if !c.inQuarter(tri, b) {
				c.idx = append(c.idx, tri...)
			}
			continue
		}
		n0, n1 := c.split(tri, 0, b.wall, halves[0][:0], halves[1][:0])
		k := 0
		for h, n := range [2]int{n0, n1} {
			a, z := c.split(halves[h][:n], 1, b.floor, pieces[k][:0], pieces[k+1][:0])
			c.keep(pieces[k][:a], b)
			c.keep(pieces[k+1][:z], b)
			k += 2
		}
	}
	out := *m
	out.Coarse = nil
	out.Positions, out.Normals, out.Colors, out.Indices = c.compact()
	return out
}

// crossings returns how many of tri's vertices lie strictly on each side
// of the wall and of the floor, as 0 when they all lie on one side.
func (c *quarterCutter) crossings(tri []uint32, b quarterBox) (wall, floor int) {
	var wp, wn, fp, fn int
	for _, v := range tri {
		p := c.pos[v]
		switch w := b.wall(p); {
		case w > 0:
			wp++
		case w < 0:
			wn++
		}
		switch f := b.floor(p); {
		case f > 0:
			fp++
		case f < 0:
			fn++
		}
	}
	if wp > 0 && wn > 0 {
		wall = 1
	}
	if fp > 0 && fn > 0 {
		floor = 1
	}
	return wall, floor
}

// inQuarter reports whether the polygon poly, which no plane crosses,
// lies in the quarter: its centre beyond the wall and above the floor.
func (c *quarterCutter) inQuarter(poly []uint32, b quarterBox) bool {
	var centre mgl32.Vec3
	for _, v := range poly {
		centre = centre.Add(c.pos[v])
	}
	centre = centre.Mul(1 / float32(len(poly)))
	return b.wall(centre) > 0 && b.floor(centre) > 0
}

// keep adds the convex polygon poly as a fan of triangles, its winding
// kept, unless it lies in the quarter.
func (c *quarterCutter) keep(poly []uint32, b quarterBox) {
	if len(poly) < 3 || c.inQuarter(poly, b) {
		return
	}
	for i := 1; i+1 < len(poly); i++ {
		c.idx = append(c.idx, poly[0], poly[i], poly[i+1])
	}
}

// split cuts the convex polygon poly by plane (f's sign tells the
// sides), appending the part where f ≤ 0 to in and the part where f ≥ 0
// to out, and returns their lengths. A vertex on the plane goes to both.
func (c *quarterCutter) split(poly []uint32, plane uint32, f func([3]float32) float32, in, out []uint32) (int, int) {
	for i, u := range poly {
		v := poly[(i+1)%len(poly)]
		fu, fv := f(c.pos[u]), f(c.pos[v])
		if fu <= 0 {
			in = append(in, u)
		}
		if fu >= 0 {
			out = append(out, u)
		}
		if fu < 0 && fv > 0 || fu > 0 && fv < 0 {
			w := c.cut(u, v, plane, fu/(fu-fv))
			in, out = append(in, w), append(out, w)
		}
	}
	return len(in), len(out)
}

// cut returns the vertex at t along the edge from u to v, made once for
// the edge and plane.
func (c *quarterCutter) cut(u, v, plane uint32, t float32) uint32 {
	key := [3]uint32{u, v, plane}
	if u > v {
		key = [3]uint32{v, u, plane}
		t = 1 - t
		u, v = v, u
	}
	if w, ok := c.made[key]; ok {
		return w
	}
	w := uint32(len(c.pos))
	c.pos = append(c.pos, c.pos[u].Add(c.pos[v].Sub(c.pos[u]).Mul(t)))
	n := c.nrm[u].Add(c.nrm[v].Sub(c.nrm[u]).Mul(t))
	if l := n.Len(); l > 0 {
		n = n.Mul(1 / l)
	}
	c.nrm = append(c.nrm, n)
	if c.cols != nil {
		var col [4]float32
		for k := range col {
			col[k] = c.cols[u][k] + (c.cols[v][k]-c.cols[u][k])*t
		}
		c.cols = append(c.cols, col)
	}
	c.made[key] = w
	return w
}

// compact returns the cut mesh with only the vertices its triangles use.
func (c *quarterCutter) compact() (pos, nrm []mgl32.Vec3, cols [][4]float32, idx []uint32) {
	remap := make([]int32, len(c.pos))
	for i := range remap {
		remap[i] = -1
	}
	for _, v := range c.idx {
		remap[v] = 0
	}
	for i, r := range remap {
		if r < 0 {
			continue
		}
		remap[i] = int32(len(pos))
		pos, nrm = append(pos, c.pos[i]), append(nrm, c.nrm[i])
		if c.cols != nil {
			cols = append(cols, c.cols[i])
		}
	}
	idx = make([]uint32, len(c.idx))
	for i, v := range c.idx {
		idx[i] = uint32(remap[v])
	}
	return pos, nrm, cols, idx
}

// capRimLift is how far the cap's band of cortex lies toward the viewer
// from its white matter, so that it sorts over it.
const capRimLift = float32(0.5)

// capDetail is how finely a cap is drawn: its outline simplified to
// within tolerance millimetres, its triangles no longer than cell, so that
// sorting them back to front with the deep nuclei standing on the floor
// keeps each in its place. The coarse cap, for a moving camera, has a
// rougher edge and larger triangles.
type capDetail struct{ tolerance, cell float32 }

var (
	capFine   = capDetail{tolerance: 0.4, cell: 7}
	capCoarse = capDetail{tolerance: 1.2, cell: 16}
)

// quarterCap returns the cap that closes quarter b of the left
// hemisphere hemi: its floor (the axial cut, beyond the wall) and its wall
// (the coronal cut, above the floor), white matter within a band of grey
// cortex, each face turned to the part cut away.
func quarterCap(hemi *mesh.Mesh, b quarterBox) (Mesh, error) {
	m, err := quarterCapAt(hemi, b, capFine)
	if err != nil {
		return Mesh{}, err
	}
	c, err := quarterCapAt(hemi, b, capCoarse)
	if err != nil {
		return Mesh{}, err
	}
	m.Coarse = &c
	return m, nil
}

// quarterCapAt returns quarterCap's mesh drawn at detail d.
func quarterCapAt(hemi *mesh.Mesh, b quarterBox, d capDetail) (Mesh, error) {
	wallY := quarterFrontY
	if !b.front {
		wallY = quarterBackY
	}
	capMesh := Mesh{ID: "hemisphere-cut." + anatomy.Left.String(), Name: sided(anatomy.Left, "cut cerebral hemisphere"),
		Group: "hemisphere", Color: whiteMatter, Cortex: true, Side: anatomy.Left}
	cb := capBuilder{m: &capMesh, at: map[mgl32.Vec3]uint32{}, detail: d}
	// The floor: the plane z = floor seen from above, where (x, y) are
	// the plane's own; what lies beyond the wall.
	floor := CutMesh(hemi, quarterFloorZ)
	if len(floor) == 0 {
		return Mesh{}, fmt.Errorf("the quarter's floor at z %.0f mm misses the hemisphere", quarterFloorZ)
	}
	cb.face(floor, func(p mgl32.Vec2) float32 { return b.wall([3]float32{p[0], p[1], quarterFloorZ}) },
		func(p mgl32.Vec2, lift float32) mgl32.Vec3 { return mgl32.Vec3{p[0], p[1], quarterFloorZ + lift} },
		mgl32.Vec3{0, 0, 1}, false)
	// The wall: the hemisphere turned a quarter about x, so that the
	// coronal plane is level, (x, y, z) → (x, z, −y), which keeps the
	// outlines' winding; what lies above the floor.
	turned := &mesh.Mesh{Positions: make([][3]float32, len(hemi.Positions)), Triangles: hemi.Triangles}
	for i, p := range hemi.Positions {
		turned.Positions[i] = [3]float32{p[0], p[2], -p[1]}
	}
	wall := CutMesh(turned, -wallY)
	if len(wall) == 0 {
		return Mesh{}, fmt.Errorf("the quarter's wall at y %.0f mm misses the hemisphere", wallY)
	}
	toward := mgl32.Vec3{0, -1, 0} // the turned plane's "up"
	if b.front {
		toward = mgl32.Vec3{0, 1, 0}
	}
	cb.face(wall, func(p mgl32.Vec2) float32 { return p[1] - quarterFloorZ },
		func(p mgl32.Vec2, lift float32) mgl32.Vec3 { return mgl32.Vec3{p[0], wallY + toward[1]*lift, p[1]} },
		toward, b.front)
	capMesh.Anchor = meanOf(capMesh.Positions)
	return capMesh, nil
}

// capBuilder gathers a cap's triangles, sharing vertices.
type capBuilder struct {
	m      *Mesh
	at     map[mgl32.Vec3]uint32
	detail capDetail
}

// face adds the part of a plane's cut, outlines os (in the plane's own
// coordinates), where keep is above 0: filled white, banded grey at its
// edge, placed in space by place (lifted toward the viewer by lift),
// facing normal; turn reverses the winding when the plane's coordinates
// run clockwise seen from the side it faces.
func (cb *capBuilder) face(os []Outline, keep func(mgl32.Vec2) float32, place func(mgl32.Vec2, float32) mgl32.Vec3, normal mgl32.Vec3, turn bool) {
	for i, o := range os {
		os[i] = simplify(o, cb.detail.tolerance)
	}
	pts, tris := fillOutlines(os)
	for i := 0; i+2 < len(tris); i += 3 {
		cb.clipped([3]mgl32.Vec2{pts[tris[i]], pts[tris[i+1]], pts[tris[i+2]]}, keep, place, 0, normal, whiteMatter, turn)
	}
	for _, t := range capBand(os, cortexBandMM) {
		cb.clipped(t, keep, place, capRimLift, normal, cortexGrey, turn)
	}
}

// clipped adds the part of triangle t where keep is above 0, cut into
// triangles no longer than the detail's cell.
func (cb *capBuilder) clipped(t [3]mgl32.Vec2, keep func(mgl32.Vec2) float32, place func(mgl32.Vec2, float32) mgl32.Vec3, lift float32, normal mgl32.Vec3, color [4]float32, turn bool) {
	var poly []mgl32.Vec2
	for i, u := range t {
		v := t[(i+1)%3]
		ku, kv := keep(u), keep(v)
		if ku >= 0 {
			poly = append(poly, u)
		}
		if ku < 0 && kv > 0 || ku > 0 && kv < 0 {
			poly = append(poly, u.Add(v.Sub(u).Mul(ku/(ku-kv))))
		}
	}
	for i := 1; i+1 < len(poly); i++ {
		cb.small([3]mgl32.Vec2{poly[0], poly[i], poly[i+1]}, place, lift, normal, color, turn)
	}
}

// small adds t, halved across its longest edge until no edge is longer
// than the detail's cell.
func (cb *capBuilder) small(t [3]mgl32.Vec2, place func(mgl32.Vec2, float32) mgl32.Vec3, lift float32, normal mgl32.Vec3, color [4]float32, turn bool) {
	long, at := float32(0), 0
	for i := range t {
		if l := t[(i+1)%3].Sub(t[i]).Len(); l > long {
			long, at = l, i
		}
	}
	if long > cb.detail.cell {
		a, b, c := t[at], t[(at+1)%3], t[(at+2)%3]
		mid := a.Add(b).Mul(0.5)
		cb.small([3]mgl32.Vec2{a, mid, c}, place, lift, normal, color, turn)
		cb.small([3]mgl32.Vec2{mid, b, c}, place, lift, normal, color, turn)
		return
	}
	if cross2(t[0], t[1], t[2]) == 0 {
		return
	}
	var ids [3]uint32
	for i, p := range t {
		q := place(p, lift)
		id, ok := cb.at[q]
		if !ok {
			id = uint32(len(cb.m.Positions))
			cb.at[q] = id
			cb.m.Positions = append(cb.m.Positions, q)
			cb.m.Normals = append(cb.m.Normals, normal)
			cb.m.Colors = append(cb.m.Colors, color)
		}
		ids[i] = id
	}
	if turn {
		ids[1], ids[2] = ids[2], ids[1]
	}
	cb.m.Indices = append(cb.m.Indices, ids[:]...)
}
