package main

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/raster"
	"github.com/decussate/decussate/scene/view"
)

func TestWrap(t *testing.T) {
	p := raster.NewPainter()
	const size, width = 14, 120
	text := "Right lower face, tongue, arm and leg weakness of upper motor neuron type, " +
		"Babinski sign on the right, and a hyperreflexiaaaaaaaaaaaaaaaaaaaaaaaaaaaaa."
	lines := wrap(p, text, size, width)
	if len(lines) < 4 {
		t.Fatalf("wrap gave %d lines: %q", len(lines), lines)
	}
	for _, l := range lines {
		if w := p.TextWidth(l, size); w > width {
			t.Errorf("line %q is %.0f px wide, over %d", l, w, width)
		}
		if l == "" || strings.HasPrefix(l, " ") || strings.HasSuffix(l, " ") {
			t.Errorf("line %q is empty or has a loose space", l)
		}
	}
	if got := strings.Join(lines, ""); strings.ReplaceAll(text, " ", "") != strings.ReplaceAll(got, " ", "") {
		t.Errorf("wrapping lost or added text:\n%q\n%q", text, got)
	}
	if got := wrap(p, "  ", size, width); len(got) != 0 {
		t.Errorf("wrap of blanks = %q, want no line", got)
	}
	// A line too narrow for one letter still makes progress.
	if got := wrap(p, "abc", size, 1); strings.Join(got, "") != "abc" {
		t.Errorf("wrap into 1 px = %q", got)
	}
}

func TestCaptionFitsTheFrame(t *testing.T) {
	p := raster.NewPainter()
	long := strings.Repeat("weakness of the right arm and leg ", 40)
	for _, size := range [][2]int{{1920, 1080}, {320, 180}, {16, 16}, {200, 600}} {
		var dl view.DrawList
		dl.Reset(size[0], size[1])
		addCaption(&dl, p, long)
		if len(dl.Texts) == 0 || len(dl.Indices) == 0 {
			t.Fatalf("%v: no caption drawn", size)
		}
		top := dl.Vertices[0].Y
		if share := 1 - top/float32(size[1]); size[1] > 100 && share > maxBandShare+0.01 {
			t.Errorf("%v: the band takes %.0f%% of the height", size, 100*share)
		}
		last := dl.Texts[len(dl.Texts)-1]
		if !strings.HasSuffix(last.S, "…") {
			t.Errorf("%v: a cut caption ends %q, without an ellipsis", size, last.S)
		}
		for _, tx := range dl.Texts {
			if tx.Y < top || tx.Y > float32(size[1]) {
				t.Errorf("%v: line %q at y %.0f is off the band (%.0f..%d)", size, tx.S, tx.Y, top, size[1])
			}
		}
	}
}
