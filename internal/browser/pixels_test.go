package browser

import (
	"image"
	"image/color"
	"math"
	"testing"
)

// filled returns a w×h image of c.
func filled(w, h int, c color.RGBA) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	return img
}

var (
	dark  = color.RGBA{0x10, 0x14, 0x18, 0xff}
	light = color.RGBA{0xe8, 0xec, 0xf0, 0xff}
)

func TestCoverage(t *testing.T) {
	plain := filled(10, 10, dark)
	if got := Coverage(plain); got != 0 {
		t.Errorf("Coverage of one colour = %v, want 0", got)
	}
	// A quarter drawn over the background.
	drawn := filled(10, 10, dark)
	for y := range 5 {
		for x := range 5 {
			drawn.Set(x, y, light)
		}
	}
	if got := Coverage(drawn); got != 0.25 {
		t.Errorf("Coverage with a quarter drawn = %v, want 0.25", got)
	}
	// The background is the most common colour whichever it is.
	inverse := filled(10, 10, light)
	for x := range 10 {
		inverse.Set(x, 0, dark)
	}
	if got := Coverage(inverse); got != 0.1 {
		t.Errorf("Coverage of a dark row on light = %v, want 0.1", got)
	}
	if got := Coverage(image.NewRGBA(image.Rectangle{})); got != 0 {
		t.Errorf("Coverage of an empty image = %v, want 0", got)
	}
}

func TestChanged(t *testing.T) {
	a := filled(10, 10, dark)
	b := filled(10, 10, dark)
	if got := Changed(a, b, 8); got != 0 {
		t.Errorf("Changed between equal images = %v, want 0", got)
	}
	// Noise within the tolerance is no change.
	for x := range 10 {
		b.Set(x, 0, color.RGBA{dark.R + 8, dark.G, dark.B - 8, 0xff})
	}
	if got := Changed(a, b, 8); got != 0 {
		t.Errorf("Changed with noise of 8 at tolerance 8 = %v, want 0", got)
	}
	for x := range 10 {
		b.Set(x, 1, light)
	}
	if got := Changed(a, b, 8); math.Abs(got-0.1) > 1e-9 {
		t.Errorf("Changed with one row redrawn = %v, want 0.1", got)
	}
	// Images of different sizes compare over what they share.
	small := filled(5, 5, light)
	if got := Changed(a, small, 8); got != 1 {
		t.Errorf("Changed over the shared 5×5 = %v, want 1", got)
	}
}

func TestDrawnPoints(t *testing.T) {
	img := filled(100, 100, dark)
	// A faint shell and two bright parts.
	faint := color.RGBA{dark.R + 20, dark.G + 20, dark.B + 20, 0xff}
	for y := 10; y < 60; y++ {
		for x := 10; x < 60; x++ {
			img.Set(x, y, faint)
		}
	}
	for y := 20; y < 30; y++ {
		for x := 20; x < 30; x++ {
			img.Set(x, y, light)
		}
	}
	for y := 40; y < 50; y++ {
		for x := 40; x < 50; x++ {
			img.Set(x, y, light)
		}
	}
	all := DrawnPoints(img, img.Bounds(), 2, 60, 1000)
	if len(all) != 50 {
		t.Fatalf("DrawnPoints found %d points on a grid of 2 over two 10×10 parts, want 50", len(all))
	}
	for _, p := range all {
		if rgba(img.At(p.X, p.Y)) != light {
			t.Errorf("DrawnPoints gave %v, not on a bright part", p)
		}
	}
	few := DrawnPoints(img, img.Bounds(), 2, 60, 4)
	if len(few) != 4 {
		t.Fatalf("DrawnPoints with n = 4 gave %d points", len(few))
	}
	// Spread: both parts are pointed at.
	upper, lower := 0, 0
	for _, p := range few {
		if p.Y < 35 {
			upper++
		} else {
			lower++
		}
	}
	if upper == 0 || lower == 0 {
		t.Errorf("DrawnPoints %v does not spread over both parts", few)
	}
	// A low contrast takes the faint shell too.
	if got := len(DrawnPoints(img, img.Bounds(), 2, 10, 10000)); got != 25*25 {
		t.Errorf("DrawnPoints at contrast 10 found %d points, want the whole 50×50 shell's 625", got)
	}
	if got := DrawnPoints(img, image.Rect(200, 200, 300, 300), 2, 60, 10); got != nil {
		t.Errorf("DrawnPoints outside the image = %v, want none", got)
	}
}
