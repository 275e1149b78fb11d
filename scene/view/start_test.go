package view_test

import (
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// TestRendererSharesUnwarpedMeshes: a mesh that a proportion leaves where
// it is (all of it at true scale; above the foramen in teaching) is drawn
// from the model's own slices, not a copy, while the cord is shortened.
func TestRendererSharesUnwarpedMeshes(t *testing.T) {
	m, err := geom.Build(testatlas.Atlas(t))
	if err != nil {
		t.Fatal(err)
	}
	r := view.NewRenderer(m)
	checked := map[bool]bool{}
	for i := range m.Meshes {
		mesh := &m.Meshes[i]
		below := false
		for _, p := range mesh.Positions {
			below = below || p[2] < geom.ForamenZ
		}
		for _, p := range []geom.Proportions{geom.Teaching, geom.TrueScale} {
			pos, _ := view.MeshData(r, p, i)
			shared := &pos[0] == &mesh.Positions[0]
			if want := p == geom.TrueScale || !below; shared != want {
				t.Errorf("%s in proportion %d: shared %v, want %v", mesh.ID, p, shared, want)
			}
			if !shared && pos[len(pos)-1] != p.Warp(mesh.Positions[len(pos)-1]) {
				t.Errorf("%s in proportion %d: last vertex %v, want %v", mesh.ID, p, pos[len(pos)-1], p.Warp(mesh.Positions[len(pos)-1]))
			}
		}
		checked[below] = true
	}
	if !checked[true] || !checked[false] {
		t.Errorf("the model has meshes below the foramen: %v, above it: %v; want both", checked[true], checked[false])
	}
}

// BenchmarkStart measures what the explorer's start pays for its model
// before the first frame shows: loading the atlas, building the model,
// preparing the renderer and drawing once at 1280×720. Under wasm with
// Node it is the browser's start without its download and compile.
func BenchmarkStart(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		a, err := anatomy.Load(assets.Atlas())
		if err != nil {
			b.Fatal(err)
		}
		m, err := geom.Build(a)
		if err != nil {
			b.Fatal(err)
		}
		r := view.NewRenderer(m)
		cam := view.DefaultCamera()
		var dl view.DrawList
		r.Frame(&dl, &cam, 1280, 720, view.FrameOptions{Highlight: -1})
	}
}

// BenchmarkNewRenderer measures preparing a built model for drawing in
// both proportions and levels of detail.
func BenchmarkNewRenderer(b *testing.B) {
	m, err := geom.Build(testatlas.Atlas(b))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		view.NewRenderer(m)
	}
}
