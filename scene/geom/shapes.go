package geom

import (
	"math"

	"github.com/go-gl/mathgl/mgl32"
)

// surface is a grid of vertices, rows by columns, closed around its
// columns (the last column meets the first).
type surface struct {
	pos  []mgl32.Vec3
	idx  []uint32
	rows int
	cols int
}

// grid returns the closed grid of rows × cols points that at gives.
func grid(rows, cols int, at func(r, c int) mgl32.Vec3) surface {
	s := surface{rows: rows, cols: cols}
	// Made at their size: start-up builds hundreds of these (every tube),
	// and in the browser the grown copies' garbage costs collections.
	s.pos = make([]mgl32.Vec3, 0, rows*cols)
	s.idx = make([]uint32, 0, 6*max(rows-1, 0)*cols)
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			s.pos = append(s.pos, at(r, c))
		}
	}
	for r := 0; r+1 < rows; r++ {
		for c := 0; c < cols; c++ {
			a := uint32(r*cols + c)
			b := uint32(r*cols + (c+1)%cols)
			d := uint32((r+1)*cols + c)
			e := uint32((r+1)*cols + (c+1)%cols)
			s.idx = append(s.idx, a, d, b, b, d, e)
		}
	}
	return s
}

// mesh turns the surface into a mesh with smooth normals pointing out.
func (s surface) mesh(id, name, group string, color [4]float32) Mesh {
	return Mesh{ID: id, Name: name, Group: group, Color: color, Positions: s.pos, Indices: s.idx, Normals: normals(s.pos, s.idx)}
}

// withCoarse gives m a coarse copy for a moving camera, built from s (or
// nothing at all for a detail that can vanish while the view moves).
func (m *Mesh) withCoarse(s surface) {
	c := Mesh{ID: m.ID, Name: m.Name, Group: m.Group, Color: m.Color, Shell: m.Shell}
	if len(s.pos) > 0 {
		c.Positions, c.Indices, c.Normals = s.pos, s.idx, normals(s.pos, s.idx)
	}
	m.Coarse = &c
}

// normals averages the faces' normals at each vertex, weighted by area.
func normals(pos []mgl32.Vec3, idx []uint32) []mgl32.Vec3 {
	n := make([]mgl32.Vec3, len(pos))
	for i := 0; i+2 < len(idx); i += 3 {
		a, b, c := pos[idx[i]], pos[idx[i+1]], pos[idx[i+2]]
		f := b.Sub(a).Cross(c.Sub(a))
		n[idx[i]] = n[idx[i]].Add(f)
		n[idx[i+1]] = n[idx[i+1]].Add(f)
		n[idx[i+2]] = n[idx[i+2]].Add(f)
	}
	for i := range n {
		if l := n[i].Len(); l > 0 {
			n[i] = n[i].Mul(1 / l)
		} else {
			n[i] = mgl32.Vec3{0, 0, 1}
		}
	}
	return n
}

// direction returns the unit vector at latitude row r of rows (pole to
// pole, z up) and longitude c of cols.
func direction(r, rows, c, cols int) mgl32.Vec3 {
	lat := math.Pi * float64(r) / float64(rows-1)
	lon := 2 * math.Pi * float64(c) / float64(cols)
	return v32(math.Sin(lat)*math.Cos(lon), math.Sin(lat)*math.Sin(lon), math.Cos(lat))
}

// ellipsoid returns an ellipsoid of semi-axes rad about centre.
func ellipsoid(centre, rad mgl32.Vec3, rows, cols int) surface {
	return grid(rows, cols, func(r, c int) mgl32.Vec3 {
		d := direction(r, rows, c, cols)
		return centre.Add(mgl32.Vec3{d[0] * rad[0], d[1] * rad[1], d[2] * rad[2]})
	})
}

// section is one cross-section of a loft: an ellipse in a horizontal
// plane.
type section struct {
	c      mgl32.Vec3
	rx, ry float32
}

// loft returns the surface through horizontal elliptical sections, top
// down, with sides points around each.
func loft(secs []section, sides int) surface {
	return grid(len(secs), sides, func(r, c int) mgl32.Vec3 {
		a := 2 * math.Pi * float64(c) / float64(sides)
		s := secs[r]
		return s.c.Add(v32(float64(s.rx)*math.Cos(a), float64(s.ry)*math.Sin(a), 0))
	})
}

// tube returns a tube of radius rad along path, cut into pieces at most
// step long, with sides points around, its frame carried along the path so
// that it does not twist.
func tube(path []mgl32.Vec3, rad float32, sides int, step float32) surface {
	pts := resample(path, step)
	if len(pts) < 2 {
		return surface{}
	}
	// A first normal perpendicular to the first direction.
	t0 := pts[1].Sub(pts[0]).Normalize()
	ref := mgl32.Vec3{0, 0, 1}
	if abs32(t0.Dot(ref)) > 0.9 {
		ref = mgl32.Vec3{1, 0, 0}
	}
	n := t0.Cross(ref).Normalize()
	frames := make([][2]mgl32.Vec3, len(pts))
	for i := range pts {
		var t mgl32.Vec3
		switch {
		case i == 0:
			t = pts[1].Sub(pts[0])
		case i == len(pts)-1:
			t = pts[i].Sub(pts[i-1])
		default:
			t = pts[i+1].Sub(pts[i-1])
		}
		t = t.Normalize()
		n = n.Sub(t.Mul(n.Dot(t))).Normalize() // parallel transport
		frames[i] = [2]mgl32.Vec3{n, t.Cross(n)}
	}
	return grid(len(pts), sides, func(r, c int) mgl32.Vec3 {
		a := 2 * math.Pi * float64(c) / float64(sides)
		f := frames[r]
		return pts[r].Add(f[0].Mul(rad * float32(math.Cos(a)))).Add(f[1].Mul(rad * float32(math.Sin(a))))
	})
}

// resample returns path with points added so that no piece is longer than
// step (and repeated points dropped).
func resample(path []mgl32.Vec3, step float32) []mgl32.Vec3 {
	var out []mgl32.Vec3
	for i, p := range path {
		if i == 0 {
			out = append(out, p)
			continue
		}
		prev := out[len(out)-1]
		d := p.Sub(prev)
		l := d.Len()
		if l < 1e-4 {
			continue
		}
		n := int(math.Ceil(float64(l / step)))
		for k := 1; k <= n; k++ {
			out = append(out, prev.Add(d.Mul(float32(k)/float32(n))))
		}
	}
	return out
}

func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}
