package raster

import (
	"image"
	"math"
	"testing"

	"github.com/decussate/decussate/scene/view"
)

// ink returns the box of pixels in r that differ from the background.
func ink(img *image.RGBA, r image.Rectangle) image.Rectangle {
	var box image.Rectangle
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if img.RGBAAt(x, y) != navyPx {
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return box
}

func TestTextDrawsWithinItsBox(t *testing.T) {
	dl := list(200, 60)
	dl.Label(20, 40, 24, white, view.AlignLeft, "Pyramid")
	img := render(t, dl)
	box := ink(img, img.Bounds())
	if box.Empty() {
		t.Fatal("the text drew nothing")
	}
	// The baseline is at y 40: capitals rise about 0.7 em above it, the
	// descender of the y hangs about 0.2 em below.
	want := image.Rect(19, 40-24, 20+24*5, 40+8)
	if !box.In(want) {
		t.Errorf("ink %v is not within %v", box, want)
	}
	if box.Min.X > 23 || box.Min.Y > 40-14 || box.Max.Y < 42 {
		t.Errorf("ink %v does not start at the anchor or lacks the descender", box)
	}
}

func TestTextAlignment(t *testing.T) {
	const s, size = "Decussation", 20
	p := NewPainter()
	w := p.TextWidth(s, size)
	if w < 80 || w > 150 {
		t.Fatalf("TextWidth = %v, implausible for %q at %d px", w, s, size)
	}
	for _, tc := range []struct {
		align view.Align
		left  float32 // where the text's advance starts
	}{
		{view.AlignLeft, 150},
		{view.AlignCenter, 150 - w/2},
		{view.AlignRight, 150 - w},
	} {
		dl := list(300, 40)
		dl.Label(150, 30, size, white, tc.align, s)
		img := render(t, dl)
		box := ink(img, img.Bounds())
		if math.Abs(float64(box.Min.X)-float64(tc.left)) > 3 || math.Abs(float64(box.Max.X)-float64(tc.left+w)) > 3 {
			t.Errorf("align %d: ink spans x %d..%d, want about %.0f..%.0f", tc.align, box.Min.X, box.Max.X, tc.left, tc.left+w)
		}
	}
}

func TestTextColourAndBlend(t *testing.T) {
	dl := list(60, 60)
	dl.Label(2, 50, 60, [4]float32{1, 0, 0, 1}, view.AlignLeft, "■")
	img := render(t, dl)
	box := ink(img, img.Bounds())
	if box.Empty() {
		t.Fatal("the text drew nothing")
	}
	c := img.RGBAAt((box.Min.X+box.Max.X)/2, (box.Min.Y+box.Max.Y)/2)
	if c.R < 250 || c.G > 5 {
		t.Errorf("inside a glyph = %v, want red", c)
	}
}

func TestBadTextsAreSkipped(t *testing.T) {
	nan := float32(math.NaN())
	dl := list(40, 40)
	for _, tx := range []view.Text{
		{X: 5, Y: 30, Size: 0, A: 1, S: "zero"},
		{X: 5, Y: 30, Size: -12, A: 1, S: "negative"},
		{X: 5, Y: 30, Size: nan, A: 1, S: "nan size"},
		{X: 5, Y: 30, Size: MaxTextSize * 2, A: 1, S: "huge"},
		{X: nan, Y: 30, Size: 12, A: 1, S: "nan x"},
		{X: 5, Y: 1e30, Size: 12, A: 1, S: "far"},
		{X: 5, Y: 30, Size: 12, A: 0, S: "invisible"},
		{X: 5, Y: 30, Size: 12, A: 1, S: ""},
		{X: 5, Y: 30, Size: 12, A: 1, Align: 9, S: "\xff\xfe bad utf-8"},
	} {
		dl.Texts = append(dl.Texts, tx)
	}
	img := render(t, dl) // must not panic
	if box := ink(img, img.Bounds()); box.Empty() {
		t.Error("the last text, with an unknown alignment, should still draw (as left)")
	}
	if w := NewPainter().TextWidth("x", -1); w != 0 {
		t.Errorf("TextWidth at size -1 = %v, want 0", w)
	}
}

func TestFaceCacheStaysBounded(t *testing.T) {
	p := NewPainter()
	for i := range 3 * maxFaces {
		p.TextWidth("a", float32(8+i))
	}
	if len(p.faces) > maxFaces {
		t.Errorf("%d faces cached, want at most %d", len(p.faces), maxFaces)
	}
}

// TestScreenPainterMeasuresAsTheWindow: a screen painter draws a text of
// a fractional size at the nearest whole pixel size, hinted, as the window
// does, so its advance is a whole number of pixels; the plain painter
// keeps the true size.
func TestScreenPainterMeasuresAsTheWindow(t *testing.T) {
	const s = "Babinski sign on the right; hyperreflexia"
	sp, pp := NewScreenPainter(), NewPainter()
	if a, b := sp.TextWidth(s, 15.4), sp.TextWidth(s, 15); a != b || a != float32(int(a)) {
		t.Errorf("screen painter: %v at 15.4 px, %v at 15 px; want the same whole number", a, b)
	}
	if a, b := pp.TextWidth(s, 15.4), pp.TextWidth(s, 15); a <= b {
		t.Errorf("plain painter: %v at 15.4 px, not wider than %v at 15 px", a, b)
	}
}
