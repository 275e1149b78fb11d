package raster

import (
	"fmt"
	"image"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/decussate/decussate/scene/view"
)

// scatter returns a 1920×1080 list of n small triangles, a mix of opaque
// and translucent ones and some with a colour per corner, like a frame of
// the default scene, and a few labels.
func scatter(n int) *view.DrawList {
	rng := rand.New(rand.NewPCG(1, 2))
	dl := list(1920, 1080)
	for i := range n {
		x, y := rng.Float32()*1940-10, rng.Float32()*1100-10
		s := 4 + rng.Float32()*16
		c := [4]float32{rng.Float32(), rng.Float32(), rng.Float32(), 1}
		if i%3 == 0 {
			c[3] = 0.3
		}
		if i%5 == 0 {
			base := uint32(len(dl.Vertices))
			dl.Vertices = append(dl.Vertices,
				view.Vertex{X: x, Y: y, R: 1, A: c[3]},
				view.Vertex{X: x + s, Y: y + s/3, G: 1, A: c[3]},
				view.Vertex{X: x + s/2, Y: y + s, B: 1, A: c[3]})
			dl.Indices = append(dl.Indices, base, base+1, base+2)
			continue
		}
		dl.Triangle(x, y, x+s, y+s/3, x+s/2, y+s, c)
	}
	for i := range 20 {
		dl.Label(float32(100+i*80), float32(100+i*40), 16, white, view.AlignCenter, "Corticospinal")
	}
	return dl
}

// BenchmarkDraw is a frame of 30,000 small triangles at 1920×1080, drawn
// by a reused Painter as an export loop would.
func BenchmarkDraw(b *testing.B) {
	dl := scatter(30000)
	p := NewPainter()
	dst := image.NewRGBA(image.Rect(0, 0, dl.Width, dl.Height))
	b.ReportAllocs()
	for b.Loop() {
		p.DrawInto(dst, dl)
	}
}

// TestScatterDraws is the benchmark's frame as a test: every triangle lies
// mostly on screen, so much of the frame must have been painted.
func TestScatterDraws(t *testing.T) {
	img := render(t, scatter(30000))
	painted := 0
	for i := 0; i < len(img.Pix); i += 4 {
		if img.Pix[i] != navyPx.R || img.Pix[i+1] != navyPx.G || img.Pix[i+2] != navyPx.B {
			painted++
		}
	}
	if share := float64(painted) / float64(1920*1080); share < 0.5 {
		t.Errorf("only %.0f%% of the frame painted", 100*share)
	}
}

// FuzzDraw: no list of corners, colours and indices makes Draw panic.
func FuzzDraw(f *testing.F) {
	f.Add(float32(1), float32(2), float32(30), float32(4), float32(-5), float32(25), float32(0.5), uint32(2), float32(12))
	f.Add(float32(math.NaN()), float32(1e30), float32(-1e30), float32(0), float32(3), float32(3), float32(2), uint32(7), float32(-1))
	f.Fuzz(func(t *testing.T, x0, y0, x1, y1, x2, y2, a float32, k uint32, size float32) {
		dl := list(32, 24)
		dl.Vertices = append(dl.Vertices,
			view.Vertex{X: x0, Y: y0, R: a, G: 1 - a, B: a * a, A: a},
			view.Vertex{X: x1, Y: y1, R: 1, A: 1},
			view.Vertex{X: x2, Y: y2, G: 1, A: a})
		dl.Indices = append(dl.Indices, 0, 1, 2, k%4, 1, 2)
		dl.Label(x0, y0, size, [4]float32{1, 1, 1, a}, view.Align(k), fmt.Sprint(x1))
		if _, err := Draw(dl); err != nil {
			t.Fatal(err)
		}
	})
}
