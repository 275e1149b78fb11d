package raster

import (
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/decussate/decussate/scene/view"
)

var (
	navy  = [4]float32{0.1, 0.1, 0.3, 1}
	red   = [4]float32{1, 0, 0, 1}
	blue  = [4]float32{0, 0, 1, 1}
	white = [4]float32{1, 1, 1, 1}
)

// list returns an empty w × h list with a navy background.
func list(w, h int) *view.DrawList {
	dl := &view.DrawList{Background: navy}
	dl.Reset(w, h)
	return dl
}

// render rasterises dl, failing the test on an error.
func render(t *testing.T, dl *view.DrawList) *image.RGBA {
	t.Helper()
	img, err := Draw(dl)
	if err != nil {
		t.Fatalf("Draw: %v", err)
	}
	return img
}

// near reports whether two colours differ by at most tol in every channel.
func near(a, b color.RGBA, tol int) bool {
	d := func(x, y uint8) bool { return math.Abs(float64(x)-float64(y)) <= float64(tol) }
	return d(a.R, b.R) && d(a.G, b.G) && d(a.B, b.B) && d(a.A, b.A)
}

var navyPx = color.RGBA{26, 26, 77, 255}

func TestEmptyListIsBackground(t *testing.T) {
	img := render(t, list(7, 5))
	if img.Bounds() != image.Rect(0, 0, 7, 5) {
		t.Fatalf("bounds %v, want 7×5", img.Bounds())
	}
	for y := range 5 {
		for x := range 7 {
			if got := img.RGBAAt(x, y); got != navyPx {
				t.Fatalf("pixel (%d,%d) = %v, want the background %v", x, y, got, navyPx)
			}
		}
	}
}

func TestTranslucentBackgroundIsPremultiplied(t *testing.T) {
	dl := list(2, 2)
	dl.Background = [4]float32{1, 0.5, 0, 0.5}
	if got, want := render(t, dl).RGBAAt(1, 1), (color.RGBA{128, 64, 0, 128}); !near(got, want, 1) {
		t.Errorf("pixel = %v, want %v", got, want)
	}
}

func TestFrameSizes(t *testing.T) {
	for _, tc := range []struct {
		w, h int
		ok   bool
	}{
		{0, 0, true}, {0, 10, true}, {10, 0, true}, {1, 1, true},
		{-1, 10, false}, {10, -1, false}, {MaxSide + 1, 1, false}, {1, MaxSide + 1, false},
	} {
		dl := list(tc.w, tc.h)
		dl.Triangle(0, 0, 10, 0, 0, 10, red)
		dl.Label(1, 5, 12, white, view.AlignLeft, "x")
		img, err := Draw(dl)
		if tc.ok != (err == nil) {
			t.Errorf("%d×%d: error %v, want ok=%v", tc.w, tc.h, err, tc.ok)
			continue
		}
		if err == nil && (img.Bounds().Dx() != tc.w || img.Bounds().Dy() != tc.h) {
			t.Errorf("%d×%d: got an image of %v", tc.w, tc.h, img.Bounds())
		}
	}
	if _, err := Draw(nil); err == nil {
		t.Error("Draw(nil) gave no error")
	}
	DrawInto(nil, list(4, 4))
	DrawInto(image.NewRGBA(image.Rect(0, 0, 4, 4)), nil)
}

func TestTriangleInsideAndOutside(t *testing.T) {
	dl := list(40, 40)
	dl.Triangle(5, 5, 35, 5, 5, 35, red)
	img := render(t, dl)
	if got := img.RGBAAt(10, 10); got != (color.RGBA{255, 0, 0, 255}) {
		t.Errorf("inside pixel = %v, want red", got)
	}
	for _, p := range []image.Point{{30, 30}, {2, 2}, {38, 20}, {20, 38}} {
		if got := img.RGBAAt(p.X, p.Y); got != navyPx {
			t.Errorf("outside pixel %v = %v, want the background", p, got)
		}
	}
	// On the hypotenuse the pixel is a blend of the two.
	edge := img.RGBAAt(20, 20)
	if edge.R <= navyPx.R || edge.R >= 250 {
		t.Errorf("edge pixel (20,20) = %v, want anti-aliased between background and red", edge)
	}
}

func TestHalfTransparentBlendsOver(t *testing.T) {
	dl := list(10, 10)
	dl.Rect(0, 0, 10, 10, red)
	dl.Rect(0, 0, 10, 10, [4]float32{0, 0, 1, 0.5})
	if got, want := render(t, dl).RGBAAt(5, 5), (color.RGBA{128, 0, 128, 255}); !near(got, want, 1) {
		t.Errorf("pixel = %v, want half blue over red %v", got, want)
	}
}

func TestLaterTrianglesDrawOnTop(t *testing.T) {
	dl := list(10, 10)
	dl.Rect(0, 0, 10, 10, red)
	dl.Rect(2, 2, 6, 6, blue)
	img := render(t, dl)
	if got := img.RGBAAt(4, 4); got != (color.RGBA{0, 0, 255, 255}) {
		t.Errorf("centre = %v, want blue", got)
	}
	if got := img.RGBAAt(0, 0); got != (color.RGBA{255, 0, 0, 255}) {
		t.Errorf("corner = %v, want red", got)
	}
}

func TestVertexColoursInterpolate(t *testing.T) {
	dl := list(100, 100)
	dl.Vertices = append(dl.Vertices,
		view.Vertex{X: 0, Y: 0, R: 1, A: 1},
		view.Vertex{X: 100, Y: 0, R: 1, A: 1},
		view.Vertex{X: 100, Y: 100, G: 1, A: 1},
		view.Vertex{X: 0, Y: 100, G: 1, A: 1})
	dl.Indices = append(dl.Indices, 0, 1, 2, 0, 2, 3)
	img := render(t, dl)
	top, mid, bottom := img.RGBAAt(50, 1), img.RGBAAt(30, 50), img.RGBAAt(50, 98)
	if top.R < 245 || top.G > 10 {
		t.Errorf("top = %v, want red", top)
	}
	if bottom.G < 245 || bottom.R > 10 {
		t.Errorf("bottom = %v, want green", bottom)
	}
	if !near(mid, color.RGBA{127, 128, 0, 255}, 2) {
		t.Errorf("middle = %v, want half red, half green", mid)
	}
}

// grid draws an n × n grid of cells, each split into two triangles along
// its diagonal, over the whole w × w frame.
func grid(dl *view.DrawList, w float32, n int, c [4]float32) {
	s := w / float32(n)
	for i := range n {
		for j := range n {
			x, y := float32(i)*s, float32(j)*s
			dl.Triangle(x, y, x+s, y, x+s, y+s, c)
			dl.Triangle(x, y, x+s, y+s, x, y+s, c)
		}
	}
}

// TestMeshHasNoSeams: the edges between a mesh's triangles must not let the
// background through, for opaque meshes and translucent shells alike. Drawn
// naively, every pixel on an edge would be off, by a quarter of the colour
// when opaque; growing the triangles leaves only the odd pixel where six
// translucent ones meet.
func TestMeshHasNoSeams(t *testing.T) {
	for _, tc := range []struct {
		alpha    float32
		maxShare float64 // of pixels more than 12 levels off
	}{{1, 0}, {0.6, 0.02}, {0.3, 0}} {
		dl := list(64, 64)
		dl.Background = [4]float32{0, 0, 0, 1}
		// 7 does not divide 64: the edges fall anywhere in the pixels.
		grid(dl, 64, 7, [4]float32{1, 1, 1, tc.alpha})
		img := render(t, dl)
		want := float64(tc.alpha) * 255
		off := 0
		for y := range 64 {
			for x := range 64 {
				if math.Abs(float64(img.RGBAAt(x, y).R)-want) > 12 {
					off++
				}
			}
		}
		if share := float64(off) / (64 * 64); share > tc.maxShare {
			t.Errorf("alpha %.1f: %.1f%% of pixels are more than 12 levels from %.0f: the mesh shows seams", tc.alpha, 100*share, want)
		}
	}
}

func TestBadTrianglesAreSkipped(t *testing.T) {
	nan, inf := float32(math.NaN()), float32(math.Inf(1))
	dl := list(20, 20)
	dl.Triangle(nan, 0, 10, 0, 0, 10, red)
	dl.Triangle(0, 0, inf, 0, 0, 10, red)
	dl.Triangle(0, 0, 10, 0, 0, -inf, red)
	dl.Triangle(0, 0, 10, 10, 20, 20, red) // no area
	dl.Triangle(0, 0, 10, 0, 0, 10, [4]float32{nan, nan, nan, nan})
	dl.Triangle(0, 0, 10, 0, 0, 10, [4]float32{1, 1, 1, 0})
	dl.Indices = append(dl.Indices, 0, 1, 99, 2) // out of range, then a stray index
	img := render(t, dl)
	for y := range 20 {
		for x := range 20 {
			if got := img.RGBAAt(x, y); got != navyPx {
				t.Fatalf("pixel (%d,%d) = %v: a bad triangle drew", x, y, got)
			}
		}
	}
}

// TestHugeTriangles: corners far off the frame are clipped, not walked
// through pixel by pixel.
func TestHugeTriangles(t *testing.T) {
	dl := list(30, 20)
	dl.Triangle(-1e30, -1e30, 1e30, -1e30, 0, 1e30, red)
	dl.Triangle(-1e7, 5, 1e7, 5, 15, 1e9, blue)
	img := render(t, dl)
	if got := img.RGBAAt(1, 1); got != (color.RGBA{255, 0, 0, 255}) {
		t.Errorf("(1,1) = %v, want the red that covers everything", got)
	}
	if got := img.RGBAAt(15, 15); got != (color.RGBA{0, 0, 255, 255}) {
		t.Errorf("(15,15) = %v, want blue", got)
	}
}

func TestDrawIntoSubImage(t *testing.T) {
	big := image.NewRGBA(image.Rect(0, 0, 20, 20))
	sub := big.SubImage(image.Rect(10, 10, 20, 20)).(*image.RGBA)
	dl := list(10, 10)
	dl.Rect(0, 0, 5, 5, red)
	dl.Label(0, 9, 8, white, view.AlignLeft, "ok")
	DrawInto(sub, dl)
	if got := big.RGBAAt(12, 12); got != (color.RGBA{255, 0, 0, 255}) {
		t.Errorf("(12,12) = %v, want red: the frame starts at the sub-image's corner", got)
	}
	if got := big.RGBAAt(5, 5); got != (color.RGBA{}) {
		t.Errorf("(5,5) = %v: drawing left the sub-image", got)
	}
}

func TestPainterReuse(t *testing.T) {
	p := NewPainter()
	a := list(30, 30)
	a.Rect(0, 0, 30, 30, red)
	a.Label(2, 20, 14, white, view.AlignLeft, "A")
	b := list(10, 10)
	b.Triangle(0, 0, 10, 0, 0, 10, blue)
	for range 3 {
		for _, dl := range []*view.DrawList{a, b} {
			got, err := p.Draw(dl)
			if err != nil {
				t.Fatal(err)
			}
			want := render(t, dl)
			for i := range want.Pix {
				if got.Pix[i] != want.Pix[i] {
					t.Fatalf("a reused Painter drew a %d×%d list differently from a new one", dl.Width, dl.Height)
				}
			}
		}
	}
}

func TestEdgeCover(t *testing.T) {
	if c := edgeCover(1); math.Abs(c-1) > 1e-9 {
		t.Errorf("edgeCover(1) = %v, want 1", c)
	}
	if c := edgeCover(0); c != 0.5 {
		t.Errorf("edgeCover(0) = %v, want 0.5", c)
	}
	for a := 0.05; a < 1; a += 0.05 {
		c := edgeCover(a)
		if got := 1 - (1-a*c)*(1-a*c); math.Abs(got-a) > 1e-9 {
			t.Errorf("alpha %.2f: two halves blend to %.4f", a, got)
		}
	}
}

// TestShift checks the edge shift against the pixel's coverage measured by
// sampling, for edges at several angles.
func TestShift(t *testing.T) {
	for _, deg := range []float64{0, 10, 30, 45, 60, 90, 135, 200} {
		nx, ny := math.Cos(deg*math.Pi/180), math.Sin(deg*math.Pi/180)
		for _, c := range []float64{0.5, 0.6, 0.8, 0.95, 1} {
			s := shift(c, nx, ny)
			const n = 400
			in := 0
			for i := range n {
				for j := range n {
					x, y := (float64(i)+0.5)/n-0.5, (float64(j)+0.5)/n-0.5
					if nx*x+ny*y <= s {
						in++
					}
				}
			}
			if got := float64(in) / (n * n); math.Abs(got-c) > 0.01 {
				t.Errorf("%v°: shift(%v) = %.3f covers %.3f", deg, c, s, got)
			}
		}
	}
}
