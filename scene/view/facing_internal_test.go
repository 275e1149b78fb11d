package view

import (
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/go-gl/mathgl/mgl32"
)

// TestPlanesCullAsScreen checks that culling against the triangles' planes
// (drawFacing) keeps the triangles the screen's winding keeps (cull), from
// every named view near and far: where the two differ the triangle is seen
// edge on, too thin on screen to show. It checks too that a mesh inFront
// takes for wholly in front of the camera is.
func TestPlanesCullAsScreen(t *testing.T) {
	r := NewRenderer(testatlas.Model(t))
	const w, h = 1920, 1080
	var sets [][]meshData
	for pr := range r.data {
		sets = append(sets, r.data[pr][0], r.data[pr][1])
	}
	for _, b := range r.backs {
		sets = append(sets, b.data[:])
	}
	worst, differ, all := float32(0), 0, 0
	for _, v := range Views {
		for _, zoom := range []float32{0.1, 0.3, 1, 3} {
			cam := DefaultCamera()
			if err := cam.SetView(v); err != nil {
				t.Fatal(err)
			}
			cam.Distance *= zoom
			m := cam.matrices(w, h)
			p := pass{m: m, hw: w / 2, hh: h / 2, eye: cam.Eye(), wScale: mgl32.Vec3{m[3], m[7], m[11]}.Len()}
			for _, set := range sets {
				for mi := range set {
					md := &set[mi]
					proj := make([]projected, len(md.pos))
					behind := p.project(proj, md.pos, mgl32.Vec3{}, 1)
					if behind && p.inFront(md) {
						t.Errorf("%s view ×%v: mesh %d taken for wholly in front of the camera, and it is not", v, zoom, mi)
					}
					if behind {
						continue // drawn by cull, not drawFacing
					}
					n, d, a := cullDiffers(&p, md, proj)
					all, differ, worst = all+n, differ+d, max(worst, a)
				}
			}
		}
	}
	t.Logf("%d of %d triangles kept differ, the widest %.2g px²", differ, all, worst)
	if worst > 1e-2 {
		t.Errorf("a triangle %.2g px² on screen is culled otherwise against its plane (at most 0.01 px²)", worst)
	}
	if differ > all/10000 {
		t.Errorf("%d of %d triangles are culled otherwise against their planes", differ, all)
	}
}

// cullDiffers returns how many of md's triangles (projected into proj)
// the screen's winding keeps, how many of them the planes cull otherwise,
// and the widest of those on screen, in pixels.
func cullDiffers(p *pass, md *meshData, proj []projected) (kept, differ int, widest float32) {
	screen := keepFacing(make([]uint32, len(md.idx)/3), proj, md.idx)
	planes := keepPlanes(make([]uint32, len(md.planes)), md.planes, p.eye)
	on := make(map[uint32]bool, len(screen))
	for _, i := range screen {
		on[i] = true
	}
	for _, i := range planes {
		if !on[i] {
			differ++
			widest = max(widest, areaOf(proj, md.idx[i:i+3]))
		}
		delete(on, i)
	}
	for i := range on {
		differ++
		widest = max(widest, areaOf(proj, md.idx[i:i+3]))
	}
	return len(screen), differ, widest
}

// areaOf returns the screen area of the triangle of proj's vertices t, in
// pixels.
func areaOf(proj []projected, t []uint32) float32 {
	a, b, c := proj[t[0]], proj[t[1]], proj[t[2]]
	return abs((b.x-a.x)*(c.y-a.y)-(b.y-a.y)*(c.x-a.x)) / 2
}
