package view_test

import (
	"testing"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/raster"
	"github.com/decussate/decussate/scene/view"
)

// TestMovingDimmedOpaqueLooksStill: lesion mode dims the opaque look,
// which the model is then seen through; a moving frame draws it as the
// still frame does (its coarse folds would show through as shards),
// while the undimmed moving frame stays coarse.
func TestMovingDimmedOpaqueLooksStill(t *testing.T) {
	r := view.NewRenderer(testModel(t))
	cam := view.DefaultCamera()
	cam.Distance = 300
	frame := func(o view.FrameOptions) (*view.DrawList, []uint8) {
		var dl view.DrawList
		r.Frame(&dl, &cam, 480, 270, o)
		img, err := raster.Draw(&dl)
		if err != nil {
			t.Fatal(err)
		}
		return &dl, img.Pix
	}
	dimmed := view.FrameOptions{Highlight: -1, Look: geom.Opaque, Dim: 0.55}
	_, still := frame(dimmed)
	dimmed.Moving = true
	_, moving := frame(dimmed)
	diff := 0
	for i := range still {
		d := int(still[i]) - int(moving[i])
		diff += max(d, -d)
	}
	if mean := float64(diff) / float64(len(still)); mean > 0.5 {
		t.Errorf("the moving dimmed opaque frame differs from the still one by %.2f a channel on average, want 0.5 or less", mean)
	}
	fine, _ := frame(view.FrameOptions{Highlight: -1, Look: geom.Opaque})
	fineN := len(fine.Indices)
	coarse, _ := frame(view.FrameOptions{Highlight: -1, Look: geom.Opaque, Moving: true})
	if len(coarse.Indices) >= fineN {
		t.Errorf("the undimmed moving frame draws %d indices, the still one %d: want it coarser", len(coarse.Indices), fineN)
	}
}

// TestMovingDimmedOpaqueFarHemisphereCoarse: seen from one side, the
// moving dimmed opaque frame draws the far hemisphere, behind the near
// one's faded surface, from its coarse level; the near one stays as in
// the still frame.
func TestMovingDimmedOpaqueFarHemisphereCoarse(t *testing.T) {
	m := testModel(t)
	near, far := -1, -1
	for i := range m.Meshes {
		if m.Meshes[i].Quarter != geom.NoQuarter {
			continue // the quadrant look's pieces of a hemisphere
		}
		switch m.Meshes[i].ID {
		case "hemisphere.L":
			near = i
		case "hemisphere.R":
			far = i
		}
	}
	if near < 0 || far < 0 {
		t.Fatal("the model has no hemisphere.L or hemisphere.R")
	}
	r := view.NewRenderer(m)
	cam := view.DefaultCamera() // from the front and the patient's left
	var dl view.DrawList
	opt := view.FrameOptions{Highlight: -1, Look: geom.Opaque, Dim: 0.55}
	r.Frame(&dl, &cam, 480, 270, opt)
	still := view.DrawnTriangles(r)
	opt.Moving = true
	r.Frame(&dl, &cam, 480, 270, opt)
	moving := view.DrawnTriangles(r)
	if moving[near] != still[near] {
		t.Errorf("the near hemisphere moving draws %d triangles, still %d: want the same", moving[near], still[near])
	}
	if moving[far] == 0 || 2*moving[far] > still[far] {
		t.Errorf("the far hemisphere moving draws %d triangles, still %d: want it coarse (under half), not gone", moving[far], still[far])
	}
}
