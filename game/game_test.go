package game

import (
	"github.com/decussate/decussate/scene/view"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/trace"
	"github.com/go-gl/mathgl/mgl32"
	"github.com/hajimehoshi/ebiten/v2"
)

// TestLayoutInLoop checks what the harness recorded before the tests ran:
// each forced outside size, zero and huge ones included, went through
// Layout and Draw in the real game loop without a panic, and Draw got the
// screen size that screenSize promises.
func TestLayoutInLoop(t *testing.T) {
	for i, size := range forcedSizes {
		if loop.draws[i] < drawsPerSize {
			t.Errorf("outside size %d×%d: drawn %d times, want %d", size[0], size[1], loop.draws[i], drawsPerSize)
			continue
		}
		w, h := screenSize(size[0], size[1], loop.scale)
		if got := loop.drawn[i]; got != image.Pt(w, h) {
			t.Errorf("outside size %d×%d: Draw got a %d×%d screen, want %d×%d", size[0], size[1], got.X, got.Y, w, h)
		}
	}
}

// TestDrawScene draws a frame into an image and reads it back: the top
// corners are background, the middle column crosses the model (pixels
// unlike the background), and the hint line is drawn at the bottom.
func TestDrawScene(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	const w, h = 640, 360
	screen := ebiten.NewImage(w, h)
	defer screen.Deallocate()
	g.Draw(screen)

	pixels := make([]byte, 4*w*h)
	screen.ReadPixels(pixels)
	at := func(x, y int) color.RGBA {
		i := 4 * (y*w + x)
		return color.RGBA{pixels[i], pixels[i+1], pixels[i+2], pixels[i+3]}
	}
	bg := at(0, 0)
	if got := at(w-1, 0); got != bg {
		t.Errorf("top corners differ: %v and %v", bg, got)
	}
	model := 0
	for y := range h * 3 / 4 {
		for x := w/2 - 20; x < w/2+20; x++ {
			if at(x, y) != bg {
				model++
			}
		}
	}
	if model < 500 {
		t.Errorf("%d pixels of the model in the middle, want the scene drawn there", model)
	}
	light := 0
	// The toolbar's row and the hint above it: words at the foot.
	for y := h - 64; y < h; y++ {
		for x := range w {
			if c := at(x, y); c.G > 0x90 {
				light++
			}
		}
	}
	if light < 30 {
		t.Errorf("%d light pixels in the bottom line, want the toolbar and hint drawn there", light)
	}
}

// TestControls: a drag turns the camera, the wheel zooms, keys switch
// views and toggles, and a moved camera asks for the coarse meshes.
func TestControls(t *testing.T) {
	c := freshControls(t, testExplorer(t), nil)
	yaw, dist := c.ex.Camera().Yaw, c.ex.Camera().Distance
	c.drag(100, 0, 1280, 720)
	if c.ex.Camera().Yaw == yaw || !c.moving() {
		t.Errorf("a drag left yaw at %v (moving %v)", c.ex.Camera().Yaw, c.moving())
	}
	c.zoom(2)
	if c.ex.Camera().Distance >= dist {
		t.Errorf("zooming in left the distance at %v", c.ex.Camera().Distance)
	}
	c.do(actViewLeft)
	if y := c.ex.Camera().Yaw; y < 1.5 || y > 1.6 {
		t.Errorf("the left view has yaw %v", y)
	}
	c.do(actFullscreen)
	if !c.fullscreen {
		t.Error("F did not ask for full screen")
	}
	c.tick += 2 * movingTicks
	if c.moving() {
		t.Error("still moving long after the last move")
	}
	c.pinchAt(2, 640, 360, 1280, 720)
	if !c.moving() {
		t.Error("a pinch did not move the camera")
	}
}

// TestDragProportional: a drag turns in proportion to its length, from its
// first pixel, moderately on a phone and on a laptop alike.
func TestDragProportional(t *testing.T) {
	ex := testExplorer(t)
	for _, tc := range []struct {
		name string
		w, h float32
	}{{"laptop", 1280, 720}, {"projector", 1920, 1080}, {"phone", 390, 844}} {
		turn := func(px float32) float64 {
			c := freshControls(t, ex, func(cam *view.Camera) { cam.Pitch = 0 })
			before := c.ex.Camera().Yaw
			c.drag(px, 0, tc.w, tc.h)
			return math.Abs(float64(c.ex.Camera().Yaw - before))
		}
		one, ten, sixty := turn(1), turn(10), turn(60)
		if one == 0 {
			t.Errorf("%s: a 1 px drag did not turn", tc.name)
		}
		if r := sixty / ten; r < 5.5 || r > 6.5 {
			t.Errorf("%s: a 60 px drag turned %.1f× a 10 px one, want 6×", tc.name, r)
		}
		if deg := ten * 180 / math.Pi; deg > 8 {
			t.Errorf("%s: a 10 px drag turned %.1f°, want a few degrees", tc.name, deg)
		}
		if deg := turn(40) * 180 / math.Pi; deg < 5 || deg > 30 {
			t.Errorf("%s: a 40 px swipe turned %.1f°, want a moderate turn", tc.name, deg)
		}
	}
}

// TestWheelZoom: one notch is one step of 10–25 %, a trackpad's small
// delta zooms in proportion, a burst of notches is bounded, and the point
// under the pointer stays under it.
func TestWheelZoom(t *testing.T) {
	ex := testExplorer(t)
	step := func(notches float32) float32 {
		c := freshControls(t, ex, nil)
		d := c.ex.Camera().Distance
		c.zoomAt(notches, 640, 360, 1280, 720)
		return c.ex.Camera().Distance / d
	}
	if r := step(1); r < 0.75 || r > 0.9 {
		t.Errorf("one notch in zoomed to %.2f of the distance, want 0.75–0.9", r)
	}
	if r := step(-1); r < 1.1 || r > 1.34 {
		t.Errorf("one notch out zoomed to %.2f of the distance, want 1.1–1.34", r)
	}
	if r := step(0.03); r < 0.99 || r >= 1 {
		t.Errorf("a 3 px trackpad step zoomed to %.4f, want a fraction of a percent", r)
	}
	if r := step(1000); r < 0.5 {
		t.Errorf("a burst of 1000 notches zoomed to %.2f of the distance in one tick", r)
	}
	// Zooming about a point off centre moves the target toward it.
	c := freshControls(t, ex, func(cam *view.Camera) { cam.Pitch, cam.Yaw = 0, 0 })
	before := c.ex.Camera().Target
	c.zoomAt(1, 1280, 360, 1280, 720)
	if after := c.ex.Camera().Target; after.Sub(before).Len() < 1 {
		t.Errorf("zooming at the right edge left the target at %v", after)
	}
	c = freshControls(t, ex, nil)
	before = c.ex.Camera().Target
	c.zoomAt(1, 640, 360, 1280, 720)
	if after := c.ex.Camera().Target; after.Sub(before).Len() > 1e-3 {
		t.Errorf("zooming at the middle moved the target from %v to %v", before, after)
	}
}

// testExplorer returns the explorer of a new Game.
func testExplorer(t *testing.T) *explorer.Explorer {
	t.Helper()
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return g.ex
}

// freshControls returns controls over ex with its camera put at the first
// view, changed by change when not nil.
func freshControls(t *testing.T, ex *explorer.Explorer, change func(*view.Camera)) *controls {
	t.Helper()
	cam := view.DefaultCamera()
	if change != nil {
		change(&cam)
	}
	if err := ex.Do(explorer.Action{Kind: explorer.SetCamera, Camera: cam}); err != nil {
		t.Fatal(err)
	}
	c := newControls(ex)
	return &c
}

// TestDrawTinyScreen checks that a one-pixel screen draws without a panic.
func TestDrawTinyScreen(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	screen := ebiten.NewImage(1, 1)
	defer screen.Deallocate()
	g.Draw(screen)
	g.Draw(screen)
}

// TestTraceMode: N starts the first classic trace, whose impulse moves on
// with the ticks and names the stations it passes; pause holds it, a step
// moves it, Esc's end clears the overlay.
func TestTraceMode(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if err := g.do(explorer.Act(explorer.NextTrace)); err != nil {
		t.Fatal(err)
	}
	if g.ex.State().Trace.String() != explorer.TraceStarts[0] || len(g.renderer.Overlay()) == 0 {
		t.Fatalf("N traced %s with %d meshes, want %s drawn", g.ex.State().Trace, len(g.renderer.Overlay()), explorer.TraceStarts[0])
	}
	captions := map[string]bool{}
	for range 60 * 8 {
		g.advance()
		captions[g.ex.Station()] = true
	}
	if len(captions) < 5 {
		t.Errorf("the caption took only %d values in 8 s: %v", len(captions), captions)
	}
	found := false
	for c := range captions {
		if strings.Contains(c, "decussation") {
			found = true
		}
	}
	if !found {
		t.Errorf("the hand trace never named the decussation: %v", captions)
	}
	g.act(explorer.PauseTrace)
	before := g.ex.Impulse().Seconds
	g.advance()
	if g.ex.Impulse().Seconds != before {
		t.Error("a paused trace moved")
	}
	g.act(explorer.StepTrace)
	if g.ex.Impulse().Seconds == before {
		t.Error("a step did not move the trace")
	}
	g.act(explorer.Back)
	if g.ex.Is(explorer.Trace) || len(g.renderer.Overlay()) != 0 || g.ex.Station() != "" {
		t.Error("ending the trace left it drawn")
	}
	if err := g.do(explorer.Action{Kind: explorer.StartTrace, Start: trace.Start{Kind: trace.FromArea, ID: "nowhere"}}); err == nil {
		t.Error("tracing from an unknown area gave no error")
	}
}

// TestLesionMode: lesions placed as spheres give what the anatomy says: a
// sphere in the left posterior limb a right hemiparesis with the forehead
// spared, one on the left facial nerve (in the parotid, past the
// stylomastoid foramen) a whole left facial palsy; move,
// remove and undo change the answer; the cut fibres show as overlay.
func TestLesionMode(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	g.act(explorer.EnterLesion)
	place(t, g, mgl32.Vec3{-20, -12, 8}, 6)
	if result(g) == nil || !strings.HasPrefix(result(g).Summary, "Right") || !strings.Contains(result(g).Summary, "upper motor neuron") {
		t.Fatalf("a sphere in the left posterior limb: %+v", result(g))
	}
	if len(g.ex.LesionMeshes()) < 3 {
		t.Errorf("the capsular lesion shows only %d overlay meshes, want the sphere, the cut fibres and their degeneration", len(g.ex.LesionMeshes()))
	}
	if err := g.do(explorer.Action{Kind: explorer.MoveLesion, At: mgl32.Vec3{-50, -5, -62}}); err != nil {
		t.Fatal(err)
	}
	if result(g) == nil || !strings.Contains(result(g).Summary, "Left face") {
		t.Errorf("a sphere moved onto the left facial nerve: %q", result(g).Summary)
	}
	g.act(explorer.UndoLesion)
	if !strings.HasPrefix(result(g).Summary, "Right") {
		t.Errorf("undo did not bring the capsular lesion back: %q", result(g).Summary)
	}
	g.act(explorer.RemoveLesion)
	if result(g) != nil {
		t.Errorf("no lesion left, yet a result: %+v", result(g))
	}
	// A sphere in the left half of the cord at C5.
	place(t, g, mgl32.Vec3{-3, -47, -129}, 4)
	if result(g) == nil || !strings.Contains(result(g).Summary, "Left") || !strings.Contains(result(g).Summary, "shoulder") ||
		!strings.Contains(result(g).Summary, "lower motor neuron") || !strings.Contains(result(g).Summary, "upper motor neuron") {
		t.Errorf("a sphere in the left half of the cord at C5: %q", result(g).Summary)
	}
	choosePreset(t, g, "brown_sequard_c5")
	if result(g) == nil || !strings.Contains(result(g).Summary, "lower motor neuron") || !strings.Contains(result(g).Summary, "upper motor neuron") {
		t.Errorf("a left C5 hemisection: %+v", result(g))
	}
}

// TestStateRoundTrip: a link written from the explorer's state reopens the
// same state; a bad or stale part is skipped and named, the rest opens.
func TestStateRoundTrip(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if notes := g.ApplyState("mode=lesion&lesion=internal_capsule.posterior_limb:L&lesion=point:-3,-45,-120,4&section=C8&labels=1&cam=30,10,500,0,-20,-60"); len(notes) != 0 {
		t.Fatalf("a good link gave notes: %v", notes)
	}
	if !g.ex.Lesioning() || len(g.ex.State().Lesions) != 2 || result(g) == nil || !strings.Contains(result(g).Summary, "right lower face") {
		t.Fatalf("the link's lesions: active %v, %d lesions, result %+v", g.ex.Lesioning(), len(g.ex.State().Lesions), result(g))
	}
	link := g.stateOf()
	h, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if notes := h.ApplyState(link); len(notes) != 0 {
		t.Fatalf("reopening %q gave notes: %v", link, notes)
	}
	if again := h.stateOf(); again != link {
		t.Errorf("round trip changed the link:\n  %s\n  %s", link, again)
	}
	if result(h).Summary != result(g).Summary {
		t.Errorf("round trip changed the lesion: %q vs %q", result(h).Summary, result(g).Summary)
	}
	notes := h.ApplyState("mode=trace&trace=area:nowhere:L&section=cerebellum&cam=1,2&colour=red")
	if len(notes) < 4 {
		t.Errorf("a stale link gave notes %v, want the trace, section, camera and unknown part named", notes)
	}
	if h.ex.Is(explorer.Trace) || h.sectionOn() {
		t.Error("a stale link's bad parts were applied")
	}
	if notes := h.ApplyState("%zz"); len(notes) == 0 {
		t.Error("an unreadable link gave no note")
	}
}

// TestExport: S saves the view as a PNG twice the screen's size, on white
// with Shift; the file decodes.
func TestExport(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	screen := ebiten.NewImage(320, 200)
	defer screen.Deallocate()
	g.Draw(screen)
	t.Chdir(t.TempDir())
	g.export.start(g, true)
	deadline := time.Now().Add(2 * time.Minute) // detects a hang; not a speed test
	for g.export.busy && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		g.export.poll(g.ex)
	}
	if !strings.HasPrefix(g.ex.Note(), "Saved ") {
		t.Fatalf("export: %q", g.ex.Note())
	}
	name := strings.TrimPrefix(g.ex.Note(), "Saved ")
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("the exported %s is not a PNG: %v", name, err)
	}
	if b := img.Bounds(); b.Dx() != 640 || b.Dy() != 400 {
		t.Errorf("exported %v, want twice the 320×200 screen", b.Size())
	}
	if r, g2, b, _ := img.At(0, 0).RGBA(); r>>8 != 255 || g2>>8 != 255 || b>>8 != 255 {
		t.Errorf("the corner of a picture for slides is %v, want white", img.At(0, 0))
	}
}
