package geom_test

import (
	"slices"
	"testing"

	"github.com/decussate/decussate/scene/geom"
)

// TestBuildCoarseIsBuildsCoarseLevel: the coarse-only model the window
// starts with holds, mesh for mesh and in the same order, what the full
// model draws while the camera moves: the same names and flags, and the
// coarse copies' vertices, so that the full model replaces it without
// anything moving, and picking and labels number the meshes alike.
func TestBuildCoarseIsBuildsCoarseLevel(t *testing.T) {
	a, full := build(t)
	coarse, err := geom.BuildCoarse(a)
	if err != nil {
		t.Fatal(err)
	}
	if !coarse.CoarseOnly() || full.CoarseOnly() {
		t.Errorf("CoarseOnly: coarse model %v, full model %v; want true, false", coarse.CoarseOnly(), full.CoarseOnly())
	}
	if len(coarse.Meshes) != len(full.Meshes) {
		t.Fatalf("%d meshes in the coarse model, %d in the full one", len(coarse.Meshes), len(full.Meshes))
	}
	vertices := [2]int{}
	for i := range full.Meshes {
		f, c := &full.Meshes[i], &coarse.Meshes[i]
		if c.ID != f.ID || c.Name != f.Name || c.Group != f.Group || c.Color != f.Color || c.Shell != f.Shell ||
			c.Cortex != f.Cortex || c.Side != f.Side || c.Major != f.Major || c.PickFirst != f.PickFirst {
			t.Errorf("mesh %d: coarse %s %q (%s), full %s %q (%s): names or flags differ", i, c.ID, c.Name, c.Group, f.ID, f.Name, f.Group)
			continue
		}
		if c.Coarse != nil {
			t.Errorf("%s: the coarse model's mesh has a coarse copy of its own", c.ID)
		}
		want := f
		if f.Coarse != nil {
			want = f.Coarse
		}
		if !slices.Equal(c.Positions, want.Positions) || !slices.Equal(c.Normals, want.Normals) ||
			!slices.Equal(c.Indices, want.Indices) || !slices.Equal(c.Colors, want.Colors) {
			t.Errorf("%s: the coarse model's vertices are not the full model's coarse copy's (%d vertices, want %d)", c.ID, len(c.Positions), len(want.Positions))
		}
		vertices[0] += len(c.Positions)
		vertices[1] += len(f.Positions)
	}
	if vertices[0]*2 > vertices[1] {
		t.Errorf("the coarse model has %d vertices, the full one %d: want under half", vertices[0], vertices[1])
	}
}

// BenchmarkBuildCoarse measures building the coarse-only model the
// window's first frame is drawn from (BenchmarkBuild: the full one).
func BenchmarkBuildCoarse(b *testing.B) {
	a, _ := build(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := geom.BuildCoarse(a); err != nil {
			b.Fatal(err)
		}
	}
}
