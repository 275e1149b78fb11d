package view_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// TestStillFrameIsReused: a frame where nothing changed does no 3D work:
// the list is cut back to the model's part, unchanged, and anything that
// matters (camera, options, markers, another frame drawn, the overlay)
// draws again.
func TestStillFrameIsReused(t *testing.T) {
	r := view.NewRenderer(testModel(t))
	cam := view.DefaultCamera()
	opt := view.FrameOptions{Highlight: -1, Labels: true}
	var dl view.DrawList
	if !r.FrameIfChanged(&dl, &cam, 800, 600, opt) {
		t.Fatal("the first frame was not drawn")
	}
	verts, idx, texts := slices.Clone(dl.Vertices), slices.Clone(dl.Indices), slices.Clone(dl.Texts)
	var picks []int
	for y := float32(0); y < 600; y += 20 {
		picks = append(picks, r.Pick(&dl, 400, y))
	}
	dl.Rect(0, 0, 10, 10, [4]float32{1, 1, 1, 1}) // a panel, as the game adds
	dl.Label(5, 5, 12, [4]float32{1, 1, 1, 1}, view.AlignLeft, "panel")
	if r.FrameIfChanged(&dl, &cam, 800, 600, opt) {
		t.Fatal("an unchanged frame was drawn again")
	}
	if !slices.Equal(dl.Vertices, verts) || !slices.Equal(dl.Indices, idx) || !slices.Equal(dl.Texts, texts) {
		t.Fatal("the reused frame differs from the one drawn")
	}
	hits := 0
	for i, y := 0, float32(0); y < 600; i, y = i+1, y+20 {
		if got := r.Pick(&dl, 400, y); got != picks[i] {
			t.Errorf("at (400, %g) picking found %d in the reused frame, %d in the one drawn", y, got, picks[i])
		} else if got >= 0 {
			hits++
		}
	}
	if hits == 0 {
		t.Error("picking found nothing down the middle of the frame")
	}
	changes := []struct {
		name   string
		change func()
	}{
		{"camera", func() { cam.Orbit(0.01, 0) }},
		{"look", func() { opt.Look = geom.Opaque }},
		{"highlight", func() { opt.Highlight = 3 }},
		{"markers", func() { opt.Markers = []view.Marker{{Radius: 2}} }},
		{"marker moved", func() { opt.Markers = []view.Marker{{Radius: 3}} }},
		{"another frame", func() {
			var other view.DrawList
			r.Frame(&other, &cam, 100, 100, opt)
		}},
		{"overlay", func() { r.SetOverlay(nil) }},
		{"size", func() {}},
	}
	w := 800
	for _, c := range changes {
		c.change()
		if c.name == "size" {
			w = 640
		}
		if !r.FrameIfChanged(&dl, &cam, w, 600, opt) {
			t.Errorf("%s changed, and the frame was not drawn again", c.name)
		}
		if r.FrameIfChanged(&dl, &cam, w, 600, opt) {
			t.Errorf("after the %s change, an unchanged frame was drawn again", c.name)
		}
	}
}

// TestStillKeyHasEveryOption: what FrameIfChanged compares holds every
// option, so that a new one cannot be forgotten there.
func TestStillKeyHasEveryOption(t *testing.T) {
	if got, want := view.OptionsKeyFields(), reflect.TypeFor[view.FrameOptions]().NumField()-1; got != want {
		t.Errorf("optionsKey has %d fields, FrameOptions %d besides Markers", got, want)
	}
}

// BenchmarkFrameStill is a frame where nothing changed (budget: no 3D
// work, no allocation).
func BenchmarkFrameStill(b *testing.B) {
	r := view.NewRenderer(testModel(b))
	cam := view.DefaultCamera()
	var dl view.DrawList
	opt := view.FrameOptions{Highlight: -1}
	r.FrameIfChanged(&dl, &cam, 1920, 1080, opt)
	b.ReportAllocs()
	for b.Loop() {
		r.FrameIfChanged(&dl, &cam, 1920, 1080, opt)
	}
}
