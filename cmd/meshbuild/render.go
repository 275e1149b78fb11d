package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"

	"github.com/decussate/decussate/scene/mesh"
)

// view is a camera for renderViews: an orthographic projection looking
// along -dir (from dir toward the origin) with up as the screen's up.
type view struct {
	name     string
	dir, up  [3]float64
	hemi     bool // draw the hemispheres (else only the deep parts)
	coarse   bool
	onlyLeft bool
}

var views = []view{
	{name: "left-lateral", dir: [3]float64{-1, 0, 0}, up: [3]float64{0, 0, 1}, hemi: true, onlyLeft: true},
	{name: "top", dir: [3]float64{0, 0, 1}, up: [3]float64{0, 1, 0}, hemi: true},
	{name: "left-medial", dir: [3]float64{1, 0, 0}, up: [3]float64{0, 0, 1}, hemi: true, onlyLeft: true},
	{name: "front", dir: [3]float64{0, 1, 0}, up: [3]float64{0, 0, 1}, hemi: true},
	{name: "coarse-left-lateral", dir: [3]float64{-1, 0, 0}, up: [3]float64{0, 0, 1}, hemi: true, coarse: true, onlyLeft: true},
	{name: "deep-left-lateral", dir: [3]float64{-1, 0.3, 0.2}, up: [3]float64{0, 0, 1}},
	{name: "deep-front", dir: [3]float64{0, 1, 0}, up: [3]float64{0, 0, 1}},
	{name: "deep-back", dir: [3]float64{0, -1, 0.2}, up: [3]float64{0, 0, 1}},
}

var partColours = map[mesh.Part][3]float64{
	mesh.Cerebellum:       {0.45, 0.6, 0.85},
	mesh.Crus:             {0.95, 0.95, 0.9},
	mesh.BasisPontis:      {0.55, 0.65, 0.85},
	mesh.PontineTegmentum: {0.45, 0.55, 0.8},
	mesh.Pyramid:          {0.9, 0.4, 0.4},
	mesh.Olive:            {0.4, 0.8, 0.5},
	mesh.BrainstemRest:    {0.6, 0.6, 0.7},
	mesh.Thalamus:         {0.75, 0.5, 0.75},
	mesh.Lentiform:        {0.7, 0.75, 0.55},
	mesh.Caudate:          {0.55, 0.65, 0.5},
	mesh.InternalCapsule:  {0.95, 0.9, 0.6},
}

var labelColours = [...][3]float64{
	mesh.OtherCortex:        {0.85, 0.8, 0.75},
	mesh.Precentral:         {0.95, 0.35, 0.25},
	mesh.Paracentral:        {0.95, 0.75, 0.2},
	mesh.Postcentral:        {0.3, 0.55, 0.95},
	mesh.Premotor:           {0.6, 0.85, 0.55},
	mesh.SupplementaryMotor: {0.4, 0.8, 0.8},
}

// renderViews draws the meshes in meshDir from a few sides into PNGs in
// outDir: a z-buffered orthographic view, lit from the camera, so that
// gyri, sulci and the central sulcus can be checked by eye.
func renderViews(meshDir, outDir string) error {
	set, err := mesh.Load(os.DirFS(meshDir))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	for _, v := range views {
		img := drawView(set, v, 800)
		f, err := os.Create(filepath.Join(outDir, v.name+".png"))
		if err != nil {
			return err
		}
		if err := png.Encode(f, img); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		fmt.Println("wrote", filepath.Join(outDir, v.name+".png"))
	}
	return nil
}

func norm(a [3]float64) [3]float64 {
	l := math.Sqrt(a[0]*a[0] + a[1]*a[1] + a[2]*a[2])
	return [3]float64{a[0] / l, a[1] / l, a[2] / l}
}

func crs(a, b [3]float64) [3]float64 {
	return [3]float64{a[1]*b[2] - a[2]*b[1], a[2]*b[0] - a[0]*b[2], a[0]*b[1] - a[1]*b[0]}
}

func dt(a, b [3]float64) float64 { return a[0]*b[0] + a[1]*b[1] + a[2]*b[2] }

func drawView(set *mesh.Set, v view, size int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	for i := range img.Pix {
		img.Pix[i] = 255
		if i%4 != 3 {
			img.Pix[i] = 30
		}
	}
	depth := make([]float64, size*size)
	for i := range depth {
		depth[i] = math.Inf(-1)
	}
	fwd := norm(v.dir) // toward the viewer
	right := norm(crs(v.up, fwd))
	up := crs(fwd, right)
	span := 190.0
	if !v.hemi {
		span = 110
	}
	centre := [3]float64{0, -20, 5}
	if !v.hemi {
		centre = [3]float64{0, -25, -20}
	}
	px := func(p [3]float32) (float64, float64, float64) {
		q := [3]float64{float64(p[0]) - centre[0], float64(p[1]) - centre[1], float64(p[2]) - centre[2]}
		return (dt(q, right)/span + 0.5) * float64(size), (0.5 - dt(q, up)/span) * float64(size), dt(q, fwd)
	}
	draw := func(m *mesh.Mesh, col func(i uint32) [3]float64) {
		for _, t := range m.Triangles {
			a, b, c := m.Positions[t[0]], m.Positions[t[1]], m.Positions[t[2]]
			e1 := [3]float64{float64(b[0] - a[0]), float64(b[1] - a[1]), float64(b[2] - a[2])}
			e2 := [3]float64{float64(c[0] - a[0]), float64(c[1] - a[1]), float64(c[2] - a[2])}
			n := norm(crs(e1, e2))
			shade := dt(n, fwd)
			if shade <= 0 {
				continue // back face
			}
			shade = 0.25 + 0.75*shade
			x0, y0, z0 := px(a)
			x1, y1, z1 := px(b)
			x2, y2, z2 := px(c)
			area := (x1-x0)*(y2-y0) - (x2-x0)*(y1-y0)
			if area == 0 {
				continue
			}
			minX, maxX := int(math.Max(0, math.Floor(math.Min(x0, math.Min(x1, x2))))), int(math.Min(float64(size-1), math.Ceil(math.Max(x0, math.Max(x1, x2)))))
			minY, maxY := int(math.Max(0, math.Floor(math.Min(y0, math.Min(y1, y2))))), int(math.Min(float64(size-1), math.Ceil(math.Max(y0, math.Max(y1, y2)))))
			for y := minY; y <= maxY; y++ {
				for x := minX; x <= maxX; x++ {
					fx, fy := float64(x)+0.5, float64(y)+0.5
					w0 := ((x1-fx)*(y2-fy) - (x2-fx)*(y1-fy)) / area
					w1 := ((x2-fx)*(y0-fy) - (x0-fx)*(y2-fy)) / area
					w2 := 1 - w0 - w1
					if w0 < 0 || w1 < 0 || w2 < 0 {
						continue
					}
					z := w0*z0 + w1*z1 + w2*z2
					if z <= depth[y*size+x] {
						continue
					}
					depth[y*size+x] = z
					// The colour of the nearest corner, so labels stay crisp.
					k := t[0]
					if w1 > w0 && w1 >= w2 {
						k = t[1]
					} else if w2 > w0 && w2 > w1 {
						k = t[2]
					}
					cc := col(k)
					img.SetRGBA(x, y, color.RGBA{uint8(255 * cc[0] * shade), uint8(255 * cc[1] * shade), uint8(255 * cc[2] * shade), 255})
				}
			}
		}
	}
	if v.hemi {
		h := mesh.Hemisphere
		if v.coarse {
			h = mesh.HemisphereCoarse
		}
		meshes := []*mesh.Mesh{set.Left[h]}
		if !v.onlyLeft {
			meshes = append(meshes, set.Right[h])
		}
		for _, m := range meshes {
			m := m
			draw(m, func(i uint32) [3]float64 { return labelColours[m.Labels[i]] })
		}
	}
	for _, p := range mesh.Parts() {
		if p == mesh.Hemisphere || p == mesh.HemisphereCoarse {
			continue
		}
		c := partColours[p]
		draw(set.Left[p], func(uint32) [3]float64 { return c })
		if set.Right[p] != nil && !v.onlyLeft {
			draw(set.Right[p], func(uint32) [3]float64 { return c })
		}
	}
	return img
}
