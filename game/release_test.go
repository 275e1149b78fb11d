package game

import (
	"runtime"
	"testing"
	"weak"

	"github.com/go-gl/mathgl/mgl32"
	"github.com/hajimehoshi/ebiten/v2"
)

// releaseLink is the memory soak's page (internal/benchreport): lesion
// mode with a lesion, whose engine and report the start also builds.
const releaseLink = "mode=lesion&lesion=internal_capsule.posterior_limb:L"

// startTicks runs g as the page does for its first ticks: Layout, then
// Update and Draw, past the full model's swap and the library's load.
func startTicks(t *testing.T, g *Game, screen *ebiten.Image) {
	t.Helper()
	if notes := g.ApplyState(releaseLink); len(notes) > 0 {
		t.Fatalf("the soak's link: %v", notes)
	}
	b := screen.Bounds()
	g.Layout(b.Dx(), b.Dy())
	for range 6 {
		if err := g.Update(); err != nil {
			t.Fatal(err)
		}
		g.Draw(screen)
	}
	// Ebiten queues the draws until a frame ends, which the tests'
	// single Update never does; reading a pixel flushes the queue, as
	// the end of the page's frame does, so that it holds nothing drawn.
	screen.At(0, 0)
}

// collect runs the garbage collector to the end: twice, since the first
// collection's finalizers free more.
func collect() {
	runtime.GC()
	runtime.GC()
}

// TestCoarseModelReleased: once the full model has replaced the coarse
// one the first frame was drawn from, nothing holds the coarse model, its
// renderer or any of its meshes' arrays (about 3.4 MB a page would keep
// for its whole hour).
func TestCoarseModelReleased(t *testing.T) {
	screen := ebiten.NewImage(1280, 720)
	defer screen.Deallocate()
	g, err := NewFirstFrame()
	if err != nil {
		t.Fatal(err)
	}
	m := g.renderer.Model()
	if !m.CoarseOnly() {
		t.Fatal("NewFirstFrame's model is the full one")
	}
	coarse, renderer := weak.Make(m), weak.Make(g.renderer)
	// Each mesh's vertices and triangles, which a cache or a picked
	// mesh could hold without the model.
	var arrays []weak.Pointer[mgl32.Vec3]
	var indices []weak.Pointer[uint32]
	for i := range m.Meshes {
		if mesh := &m.Meshes[i]; len(mesh.Positions) > 0 && len(mesh.Indices) > 0 {
			arrays = append(arrays, weak.Make(&mesh.Positions[0]), weak.Make(&mesh.Normals[0]))
			indices = append(indices, weak.Make(&mesh.Indices[0]))
		}
	}
	m = nil
	startTicks(t, g, screen)
	if g.renderer.Model().CoarseOnly() {
		t.Fatal("the full model did not replace the coarse one")
	}
	collect()
	if coarse.Value() != nil {
		t.Error("the coarse model is still reachable after the full one replaced it")
	}
	if renderer.Value() != nil {
		t.Error("the coarse model's renderer is still reachable after the full model replaced it")
	}
	kept := 0
	for _, p := range arrays {
		if p.Value() != nil {
			kept++
		}
	}
	for _, p := range indices {
		if p.Value() != nil {
			kept++
		}
	}
	if kept > 0 {
		t.Errorf("%d of the coarse meshes' %d vertex and index arrays are still reachable after the full model replaced it", kept, len(arrays)+len(indices))
	}
	runtime.KeepAlive(g)
}
