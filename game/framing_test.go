package game

import (
	"github.com/decussate/decussate/scene/explorer/screen"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/link"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
	"github.com/hajimehoshi/ebiten/v2"
)

// framedGame returns a game that has drawn one 1280 × 720 frame, so that
// framing knows the screen and its free area.
func framedGame(t *testing.T) (*Game, *ebiten.Image) {
	t.Helper()
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	screen := ebiten.NewImage(1280, 720)
	t.Cleanup(screen.Deallocate)
	g.Draw(screen)
	g.updateFraming()
	return g, screen
}

// framingTicks runs framing and the explorer's time for n ticks, as
// Update does.
func (g *Game) framingTicks(n int) {
	for range n {
		g.ctl.tick++
		g.updateFraming()
		g.advance()
	}
}

// choosePreset places a preset as the picker does.
func choosePreset(t *testing.T, g *Game, id string) {
	t.Helper()
	if err := g.do(explorer.Action{Kind: explorer.PlacePreset, Preset: findPreset(t, g, id).ID}); err != nil {
		t.Fatal(err)
	}
}

// traceFrom starts a trace as a click or N does.
func traceFrom(t *testing.T, g *Game, text string) {
	t.Helper()
	s, err := trace.ParseStart(g.atlas, text)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.do(explorer.Action{Kind: explorer.StartTrace, Start: s}); err != nil {
		t.Fatal(err)
	}
}

// cutAt cuts the model at the level id and looks at it from below, as X
// and Page Down do.
func cutAt(t *testing.T, g *Game, id string) {
	t.Helper()
	s := g.state()
	s.Section = id
	if err := g.set(s); err != nil {
		t.Fatal(err)
	}
	g.act(explorer.AimSection)
}

// saveShot draws the game and, when DECUSSATE_SHOTS names a directory,
// writes the frame there as name.png, to be looked at.
func saveShot(t *testing.T, g *Game, screen *ebiten.Image, name string) {
	t.Helper()
	g.Draw(screen)
	dir := os.Getenv("DECUSSATE_SHOTS")
	if dir == "" {
		return
	}
	b := screen.Bounds()
	img := image.NewRGBA(b)
	screen.ReadPixels(img.Pix)
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// TestPresetIsFramed places classic lesions as the picker does: within
// half a second the camera has moved, smoothly, to show the lesion inside
// the area the patient and report panels leave free, large enough to see:
// a hemisection of the cord at C5 spans more than 80 pixels, and around a
// nucleus of the medulla a centimetre spans more than 60.
func TestPresetIsFramed(t *testing.T) {
	cases := []struct {
		preset string
		// minSpan is the least span of the lesion's points in pixels;
		// minPerCm the least size of a centimetre at the lesion.
		minSpan, minPerCm float32
	}{
		{"brown_sequard_c5", 80, 60},
		{"lateral_medullary", 0, 60},
		{"common_peroneal", 150, 0},
		{"capsular_lacune", 60, 40},
	}
	for _, c := range cases {
		t.Run(c.preset, func(t *testing.T) {
			g, screen := framedGame(t)
			start := g.ex.Camera()
			choosePreset(t, g, c.preset)
			g.framingTicks(view.MoveTicks / 2)
			if mid := g.ex.Camera(); mid == start || !g.ex.Moving() {
				t.Errorf("half way, the camera is %+v (moving %v): want it on its way", mid, g.ex.Moving())
			}
			g.framingTicks(view.MoveTicks/2 + 1)
			if g.ex.Moving() {
				t.Fatalf("still moving after %d ticks", view.MoveTicks+1)
			}
			saveShot(t, g, screen, "preset-"+c.preset)
			w, h, area := screenArea(g)
			pts := lesionPoints(g.lesions, g.proportion())
			if len(pts) == 0 {
				t.Fatal("the lesion has no points to frame")
			}
			var x0, y0, x1, y1 float32 = math.MaxFloat32, math.MaxFloat32, -math.MaxFloat32, -math.MaxFloat32
			for _, p := range pts {
				x, y, ok := g.cam().Project(p, w, h)
				if !ok || x < area.X0 || x > area.X1 || y < area.Y0 || y > area.Y1 {
					t.Errorf("lesion point %v lands at (%.0f, %.0f), outside the free area %+v", p, x, y, area)
				}
				x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
			}
			if span := max(x1-x0, y1-y0); span < c.minSpan {
				t.Errorf("the lesion spans %.0f px, want at least %.0f", span, c.minSpan)
			}
			lo, hi := view.Bounds(pts)
			centre := lo.Add(hi).Mul(0.5)
			ax, ay, _ := g.cam().Project(centre, w, h)
			right := mgl32.Vec3{1, 0, 0}
			if c.preset == "lateral_medullary" {
				right = mgl32.Vec3{0, 0, 1}
			}
			bx, by, _ := g.cam().Project(centre.Add(right.Mul(10)), w, h)
			if cm := float32(math.Hypot(float64(ax-bx), float64(ay-by))); cm < c.minPerCm {
				t.Errorf("a centimetre at the lesion spans %.0f px, want at least %.0f", cm, c.minPerCm)
			}
			if !g.framingScene().Usable(g.ex.Camera()) {
				t.Errorf("the framed camera %+v is not usable", g.ex.Camera())
			}
			// Leaving lesion mode goes back to where the camera was.
			g.act(explorer.LeaveLesion)
			g.framingTicks(view.MoveTicks + 1)
			if g.ex.Camera() != start {
				t.Errorf("after lesion mode the camera is %+v, want it back at %+v", g.ex.Camera(), start)
			}
		})
	}
}

// TestClickedLesionIsFramed: a sphere placed (as a click does) is framed;
// resizing it, or removing it, moves nothing.
func TestClickedLesionIsFramed(t *testing.T) {
	g, _ := framedGame(t)
	g.act(explorer.EnterLesion)
	g.framingTicks(1)
	place(t, g, mgl32.Vec3{-3, -45, -120}, 4)
	g.framingTicks(view.MoveTicks + 1)
	framed := g.ex.Camera()
	if framed == view.DefaultCamera() {
		t.Fatal("placing a sphere did not frame it")
	}
	if err := g.do(explorer.Action{Kind: explorer.ResizeLesion, Factor: 1.25}); err != nil {
		t.Fatal(err)
	}
	g.framingTicks(3)
	if g.ex.Camera() != framed || g.ex.Moving() {
		t.Error("resizing the lesion moved the camera")
	}
	place(t, g, mgl32.Vec3{-20, -12, 8}, 6)
	g.framingTicks(1)
	g.act(explorer.RemoveLesion)
	g.setCamera(framed)
	g.framingTicks(3)
	if g.ex.Camera() != framed {
		t.Error("removing a lesion moved the camera")
	}
}

// place places a sphere as a click in lesion mode does.
func place(t *testing.T, g *Game, at mgl32.Vec3, radius float32) {
	t.Helper()
	if err := g.do(explorer.Action{Kind: explorer.PlaceLesion, At: at, Radius: radius}); err != nil {
		t.Fatal(err)
	}
}

// TestTheUserTakesTheCamera: a drag during a framing move stops it there.
func TestTheUserTakesTheCamera(t *testing.T) {
	g, _ := framedGame(t)
	choosePreset(t, g, "brown_sequard_c5")
	g.framingTicks(5)
	g.ex.Orbit(0.3, 0) // as a drag does
	dragged := g.ex.Camera()
	g.framingTicks(view.MoveTicks)
	if g.ex.Camera() != dragged || g.ex.Moving() {
		t.Errorf("the move went on after a drag: %+v, want %+v", g.ex.Camera(), dragged)
	}
}

// TestTraceEndsOnItsMuscles: when the first volley of a hand trace has
// reached its muscles the camera frames the right hand's muscles; ending
// the trace goes back.
func TestTraceEndsOnItsMuscles(t *testing.T) {
	g, screen := framedGame(t)
	traceFrom(t, g, "area:hand:L")
	g.framingTicks(1)
	for range 60 * 15 {
		g.advance()
		g.framingTicks(1)
		if g.framing.volleyDone {
			break
		}
	}
	if !g.framing.volleyDone {
		t.Fatal("the volley never arrived")
	}
	g.framingTicks(view.MoveTicks + 1)
	saveShot(t, g, screen, "trace-hand")
	w, h, area := screenArea(g)
	// The right wrist and hand muscles' ends, as teaching proportions
	// draw them.
	for _, p := range []mgl32.Vec3{{212, -10, -267.8}, {198, 20, -332.55}} {
		x, y, ok := g.cam().Project(p, w, h)
		if !ok || x < area.X0 || x > area.X1 || y < area.Y0 || y > area.Y1 {
			t.Errorf("muscle at %v lands at (%.0f, %.0f), outside %+v", p, x, y, area)
		}
	}
	if g.ex.Camera().Distance > 600 {
		t.Errorf("the muscles are seen from %.0f mm, want closer than the first view", g.ex.Camera().Distance)
	}
	// The next trace is watched from the first view again.
	traceFrom(t, g, "area:leg:L")
	g.framingTicks(view.MoveTicks + 1)
	if g.ex.Camera() != view.DefaultCamera() {
		t.Errorf("the next trace starts with the camera at %+v, want the first view back", g.ex.Camera())
	}
	g.act(explorer.EndTrace)
	g.framingTicks(view.MoveTicks + 1)
	if g.ex.Camera() != view.DefaultCamera() {
		t.Errorf("after the trace the camera is %+v, want the first view", g.ex.Camera())
	}
}

// TestSectionFramedAndLeft: a section at C5 is seen from below, its cut
// face framed in the free area; leaving it, or entering lesion mode from
// it and then leaving the section, never leaves the eye inside the model.
func TestSectionFramedAndLeft(t *testing.T) {
	g, screen := framedGame(t)
	cutAt(t, g, "C5")
	g.framingTicks(view.MoveTicks + 1)
	saveShot(t, g, screen, "section-C5")
	if g.ex.Camera().Pitch > -1.2 {
		t.Errorf("the section is seen from pitch %.2f, want from below", g.ex.Camera().Pitch)
	}
	w, h, area := screenArea(g)
	var x0, y0, x1, y1 float32 = math.MaxFloat32, math.MaxFloat32, -math.MaxFloat32, -math.MaxFloat32
	for _, m := range g.sectionMeshes() {
		for _, v := range m.Positions {
			x, y, ok := g.cam().Project(g.proportion().Warp(v), w, h)
			if !ok || x < area.X0-1 || x > area.X1+1 || y < area.Y0-1 || y > area.Y1+1 {
				t.Fatalf("the cut face's point %v lands at (%.0f, %.0f), outside %+v", v, x, y, area)
			}
			x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
		}
	}
	if short := min(area.X1-area.X0, area.Y1-area.Y0); max(x1-x0, y1-y0) < 0.4*short {
		t.Errorf("the cut face spans %.0f × %.0f px of an area %.0f px across", x1-x0, y1-y0, short)
	}
	// Lesion mode entered from the section, then the section left.
	g.act(explorer.EnterLesion)
	g.framingTicks(view.MoveTicks + 1)
	g.act(explorer.ToggleSection)
	g.framingTicks(view.MoveTicks + 1)
	saveShot(t, g, screen, "section-left")
	if !g.framingScene().Usable(g.ex.Camera()) || sectionView(g.ex.Camera()) {
		t.Errorf("after the section the camera %+v (eye %v) is not a usable view", g.ex.Camera(), g.cam().Eye())
	}
}

// TestLinkCameraUsable: a link whose camera is inside the cord, or looks
// at a point far from the model, opens with a usable camera instead; a
// good link's camera is kept as it is.
func TestLinkCameraUsable(t *testing.T) {
	cases := []struct {
		link string
		keep bool
	}{
		{"mode=explore&cam=0,-89,45,0,-45,-80", false},
		{"mode=explore&cam=40,12,500,0,1500,-60", false},
		{"mode=lesion&lesion=cord.hemisection:L@C5&cam=0,-89,45,0,-45,-80", false},
		{"mode=explore&cam=30,10,500,0,-20,-60", true},
		{"mode=lesion&lesion=common_peroneal_nerve:L&cam=43,12,400,-95,0,-540", true},
	}
	for _, c := range cases {
		g, err := New()
		if err != nil {
			t.Fatal(err)
		}
		before := g.ex.Camera()
		st, _ := link.Parse(c.link, g.ex.Checker())
		if st.Camera == nil {
			t.Fatalf("%s: the link's camera was refused", c.link)
		}
		linked := explorer.CameraOf(*st.Camera)
		g.setCamera(before)
		if notes := g.ApplyState(c.link); len(notes) != 0 {
			t.Errorf("%s: notes %v", c.link, notes)
		}
		if !g.framingScene().Usable(g.ex.Camera()) {
			t.Errorf("%s: opened with an unusable camera %+v", c.link, g.ex.Camera())
		}
		if kept := g.ex.Camera() == linked; kept != c.keep {
			t.Errorf("%s: the link's camera kept %v, want %v (camera %+v)", c.link, kept, c.keep, g.ex.Camera())
		}
	}
}

// screenArea returns the 1280 × 720 screen the tests draw and its free
// area: the last frame may have been drawn smaller while the camera moved.
func screenArea(g *Game) (w, h int, area view.Area) {
	w, h = 1280, 720
	L := g.placeScreen(screen.NewMetrics(w, h, 1, g.ex.Presenter()))
	area, _ = L.LabelArea()
	return w, h, area
}

// TestPresetFramedOnPhone: on a phone held upright (390 × 844 CSS pixels
// at a pixel ratio of 3), where the panels go below the model, a
// hemisection at C5 lands in the part of the screen they leave, larger
// than a tick.
func TestPresetFramedOnPhone(t *testing.T) {
	g, _ := framedGame(t)
	g.screenW, g.screenH, g.scale = 1170, 2532, 3
	choosePreset(t, g, "brown_sequard_c5")
	g.framingTicks(view.MoveTicks + 1)
	w, h, area := g.frameArea()
	if w != 1170 || h != 2532 || area == (view.Area{}) {
		t.Fatalf("the phone's screen %d × %d, free area %+v", w, h, area)
	}
	var x0, x1 float32 = math.MaxFloat32, -math.MaxFloat32
	for _, p := range lesionPoints(g.lesions, g.proportion()) {
		x, y, ok := g.cam().Project(p, w, h)
		if !ok || x < area.X0 || x > area.X1 || y < area.Y0 || y > area.Y1 {
			t.Errorf("lesion point %v lands at (%.0f, %.0f), outside the free area %+v", p, x, y, area)
		}
		x0, x1 = min(x0, x), max(x1, x)
	}
	if css := (x1 - x0) / 3; css < 40 {
		t.Errorf("the hemisection is %.0f CSS pixels wide on the phone, want at least 40", css)
	}
}

// cam returns a copy of the explorer's camera, for its pointer methods.
func (g *Game) cam() *view.Camera {
	c := g.ex.Camera()
	return &c
}

// TestLesionModeFramesTheBrainOnPhone: lesion mode entered on a phone,
// with nothing placed yet, moves the brain and brainstem out from under
// the panels that take the screen's lower half, into the area left.
func TestLesionModeFramesTheBrainOnPhone(t *testing.T) {
	g, _ := framedGame(t)
	g.screenW, g.screenH, g.scale = 1170, 2532, 3
	g.act(explorer.EnterLesion)
	g.framingTicks(view.MoveTicks + 1)
	w, h, area := g.frameArea()
	for _, p := range brainBox {
		x, y, ok := g.cam().Project(p, w, h)
		// The box's corners reach past the brain's curves: a tenth of the
		// area's height of slack.
		slack := (area.Y1 - area.Y0) / 10
		if !ok || x < area.X0-slack || x > area.X1+slack || y < area.Y0-slack || y > area.Y1+slack {
			t.Errorf("the brain's corner %v lands at (%.0f, %.0f), outside the free area %+v", p, x, y, area)
		}
	}
}
