package meshbuild

import "sort"

// neighbours returns each vertex's neighbours in ascending order.
func (s *Surface) neighbours() [][]int32 {
	nb := make([][]int32, len(s.Pos))
	for _, t := range s.Tris {
		for c := 0; c < 3; c++ {
			a, b := t[c], t[(c+1)%3]
			nb[a] = append(nb[a], b)
			nb[b] = append(nb[b], a)
		}
	}
	for i, l := range nb {
		sort.Slice(l, func(x, y int) bool { return l[x] < l[y] })
		u := l[:0]
		for n, x := range l {
			if n == 0 || x != l[n-1] {
				u = append(u, x)
			}
		}
		nb[i] = u
	}
	return nb
}

// Taubin smooths s by Taubin's λ|μ filter (1995): each iteration moves
// every vertex by λ toward the mean of its neighbours, then by μ < −λ back.
// The pair is a low-pass filter that removes the voxel staircase without
// the shrinkage of plain Laplacian smoothing, so volumes are kept to
// within a few per cent.
func (s *Surface) Taubin(iterations int, lambda, mu float64) {
	nb := s.neighbours()
	next := make([][3]float64, len(s.Pos))
	step := func(f float64) {
		for i, l := range nb {
			p := s.Pos[i]
			if len(l) == 0 {
				next[i] = p
				continue
			}
			var m [3]float64
			for _, n := range l {
				for d := 0; d < 3; d++ {
					m[d] += s.Pos[n][d]
				}
			}
			inv := 1 / float64(len(l))
			for d := 0; d < 3; d++ {
				// The explicit conversions keep the compiler from fusing a
				// multiply and an add, which some CPUs round differently.
				next[i][d] = p[d] + float64(f*float64(float64(m[d]*inv)-p[d]))
			}
		}
		s.Pos, next = next, s.Pos
	}
	for it := 0; it < iterations; it++ {
		step(lambda)
		step(mu)
	}
}

// Volume returns the signed volume s encloses, in cubic millimetres.
func (s *Surface) Volume() float64 {
	var v float64
	for _, t := range s.Tris {
		a, b, c := s.Pos[t[0]], s.Pos[t[1]], s.Pos[t[2]]
		x := cross(sub(b, a), sub(c, a))
		v += float64(x[0]*a[0]) + float64(x[1]*a[1]) + float64(x[2]*a[2])
	}
	return v / 6
}

func sub(a, b [3]float64) [3]float64 { return [3]float64{a[0] - b[0], a[1] - b[1], a[2] - b[2]} }

func cross(a, b [3]float64) [3]float64 {
	return [3]float64{
		float64(a[1]*b[2]) - float64(a[2]*b[1]),
		float64(a[2]*b[0]) - float64(a[0]*b[2]),
		float64(a[0]*b[1]) - float64(a[1]*b[0]),
	}
}

func dot(a, b [3]float64) float64 {
	return float64(a[0]*b[0]) + float64(a[1]*b[1]) + float64(a[2]*b[2])
}
