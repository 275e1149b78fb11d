// Package game is Decussate's Ebiten program: it draws the frame the
// scene packages compute and turns mouse, wheel, keys and touch into
// camera moves and toggles.
//
// Nothing anatomical lives here: the scene packages compute what to show,
// headless, and this package only draws it (see DESIGN.md).
package game

import (
	"fmt"
	"math"
	"strings"

	"github.com/decussate/decussate/internal/pagehook"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// Title is the window's title and the name shown to the user.
const Title = "Decussate"

// Game is the explorer as Ebiten runs it; it implements ebiten.Game.
type Game struct {
	atlas   *anatomy.Atlas
	tracer  *tracer
	lesions *lesioner
	presets *presetPicker
	// library is whether the classic lesions and tours are loaded: after
	// the first frame, or when something asks for them (loadLibrary).
	library bool
	patient *screen.Patient
	export  *exporter
	present *presenter
	// ex owns the explorer's state: mode, trace, lesions, section,
	// tour, panels, presenter, camera (see explorer.go).
	ex *explorer.Explorer
	// framing moves the camera to what a change put on screen.
	framing framing
	// link is the state last written to the address bar; notice says
	// what a link could not open.
	link       string
	linkLoaded bool
	notice     notice
	renderer   *view.Renderer
	dl         view.DrawList
	ctl        controls
	look       geom.Look
	ptr        pointer
	drawer     *drawer
	// hover is the index of the mesh under the pointer, or -1.
	hover int
	// seenCam is the explorer's camera as follow last saw it: when it
	// changes the coarse meshes are drawn for a while.
	seenCam view.Camera
	frames  int
	// scale is the device scale of the last Layout: screen pixels per
	// device-independent pixel; screenW, screenH its size in pixels.
	scale            float32
	screenW, screenH int
	// frameLayout is the layout of the frame last drawn, where input
	// finds the full-screen button.
	frameLayout screen.Layout
	// screen places and draws the panels; screenContent is what the
	// frame shows in them, kept between frames.
	screen        *screen.Screen
	screenContent screen.Content
	// face measures every text, and gives the glyphs drawn their faces.
	face *screen.Face
	// hoverName is the name of the part under the pointer, or "".
	hoverName string
	// keys holds the keys pressed this tick, kept between ticks.
	keys []ebiten.Key
	// overlaid is the section the meshes over the model were last built
	// for (see follow).
	overlaid string
	// focus is the toolbar button the keyboard's Tab reached, when
	// focused (see focus.go).
	focus   tool
	focused bool
	// boxes and pageBoxes hold the frame's boxes for the page, kept
	// between frames.
	boxes     []view.Box
	pageBoxes []pagehook.Box
}

// New loads the atlas, builds the model and returns the game ready to
// run, or an error naming what could not be loaded.
func New() (*Game, error) {
	// The atlas compiled in: checked as Load checks the files, without
	// decoding JSON, which in the browser costs a tenth of a second.
	cfg, err := explorer.ShippedCore()
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", Title, err)
	}
	a, eng := cfg.Atlas, cfg.Engine
	m, err := geom.Build(a)
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", Title, err)
	}
	face, err := screen.NewFace()
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", Title, err)
	}
	ex, err := explorer.New(cfg)
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", Title, err)
	}
	r := view.NewRenderer(m)
	g := &Game{atlas: a, tracer: newTracer(a), lesions: newLesioner(eng), presets: newPresetPicker(nil), patient: screen.NewPatient(), export: newExporter(), present: newPresenter(a, r), ex: ex, renderer: r, ctl: newControls(ex), drawer: newDrawer(newFonts(face)), hover: -1, scale: 1, face: face, screen: screen.New(face)}
	g.seenCam = ex.Camera()
	g.follow()
	return g, nil
}

// Update advances the game by one tick: it maps this tick's keys, pointer
// and touches to actions on the explorer, and advances the explorer's time.
func (g *Game) Update() error {
	g.updateFraming()
	g.ctl.tick++
	if g.ctl.tick > 1 {
		// The first frame is drawn: the library can load now.
		g.loadLibrary()
	}
	g.syncLink()
	if g.ex.Picker() {
		g.updatePicker()
		g.advance()
		return nil
	}
	g.ptr.readPointer(&g.ctl, g.screenW, g.screenH, g.scale)
	if g.ptr.doubleTapped {
		g.act(explorer.ResetView)
	}
	if g.ptr.clicked || g.ptr.dragging {
		g.focused = false // the pointer has the toolbar again
	}
	g.readKeys()
	g.followDevice(len(g.keys) > 0)
	if g.ctl.fullscreen != ebiten.IsFullscreen() {
		ebiten.SetFullscreen(g.ctl.fullscreen)
	}
	g.export.poll(g.ctl.tick)
	if px, py := g.pointerInFrame(); g.ptr.clicked && g.clickTool(px, py) {
		g.ptr.clicked = false // the button takes the click
	}
	if px, py := g.pointerInFrame(); g.ptr.clicked && g.lesions.active && g.frameLayout.Left.ID == "patient" && screen.In(g.frameLayout.Left, px, py) {
		// A click or a tap on the patient shows the next examination:
		// G's, for a finger.
		g.ptr.clicked = false
		g.nextExam()
	}
	if g.ptr.clicked && g.ex.Player() == nil {
		switch {
		case g.ex.Lesioning():
			g.clickLesion()
		default:
			g.clickTrace()
		}
	}
	if g.lesions.active {
		shown, untinted := g.lesions.result, false
		if hidden, hide := g.ex.QuizPatient(); hidden != nil && g.ex.Player() == nil {
			// In the quiz the patient shows the hidden lesion.
			shown, untinted = hidden, hide
		}
		g.patient.Untinted = untinted
		g.patient.Update(shown, tickSeconds)
	}
	g.advance()
	return nil
}

// advance moves the explorer's time on by a tick: the impulse runs, and
// the camera follows it when asked.
func (g *Game) advance() {
	g.ex.Tick(tickSeconds)
	g.follow()
}

// updatePicker gives the list of classic lesions the keyboard (but Esc,
// which closes it); the pointer still turns the model, and a click or a
// tap takes a row or a button.
func (g *Game) updatePicker() {
	if inpututil.IsKeyJustPressed(ebiten.KeyEscape) {
		g.act(explorer.Back)
		return
	}
	box, size := g.frameLayout.Left, g.frameLayout.Size
	g.ptr.list.box = g.onScreen(box)
	g.ptr.readPointer(&g.ctl, g.screenW, g.screenH, g.scale)
	g.ptr.list.box = view.Box{}
	g.followDevice(false)
	g.presets.scroll(box, size, g.ptr.list.dy*g.frameScale(), g.ptr.list.notches)
	g.ptr.list.dy, g.ptr.list.notches = 0, 0
	if px, py := g.pointerInFrame(); g.ptr.clicked {
		g.ptr.clicked = false
		if !g.clickTool(px, py) {
			g.presets.clickRow(box, size, py)
		}
	}
	if !g.ex.Picker() {
		return // a button closed it
	}
	if chosen := g.presets.update(box, size); chosen != nil {
		g.act(explorer.ClosePicker)
		if err := g.do(explorer.Action{Kind: explorer.PlacePreset, Preset: chosen.ID}); err != nil {
			g.showNotes([]string{err.Error()})
		}
	}
}

// Draw paints one frame: the model, the labels, the overlay.
func (g *Game) Draw(dst *ebiten.Image) {
	b := dst.Bounds()
	opt := g.frameOptions()
	sw := g.screenW
	if sw <= 0 {
		sw = b.Dx() // drawn before any Layout, as tests do
	}
	m := screen.NewMetrics(b.Dx(), b.Dy(), g.scale*float32(b.Dx())/float32(sw), g.present.on)
	L := g.placeScreen(m)
	g.frameLayout = L
	opt.LabelSize = m.Size() * 0.85
	opt.LabelMin = m.Least()
	if area, ok := L.LabelArea(); ok {
		opt.LabelArea = area
	} else {
		opt.Labels = false
	}
	cam := g.ex.Camera()
	g.renderer.FrameIfChanged(&g.dl, &cam, b.Dx(), b.Dy(), opt)
	// Hovering names what the pointer is over in the frame just drawn.
	g.hover = -1
	g.hoverName = ""
	px, py := g.pointerInFrame()
	if g.ptr.hover && !g.ptr.dragging && g.ex.Player() == nil && screen.In(L.Centre, px, py) {
		g.hover = g.renderer.Pick(&g.dl, px, py)
		if g.hover >= 0 {
			g.hoverName = g.renderer.Model().Meshes[g.hover].Name
		}
	}
	if g.ex.Presenter() {
		g.dl.Background = [4]float32{0, 0, 0, 1} // high contrast
	}
	g.screen.Draw(&g.dl, &L, g.content(px, py))
	g.publishNotice(&L)
	g.drawer.draw(dst, &g.dl)
	g.frames++
	publishPick(g.hoverName)
	caption := g.screenContent.Caption // a trace's station
	if g.lesions.active {
		caption = ""
		if g.lesions.result != nil {
			caption = g.lesions.result.Summary
		}
	}
	if p := g.ex.Player(); p != nil {
		caption = p.Step().Caption
	}
	if q := g.ex.QuizWords(); q != "" {
		caption = q
	}
	if g.export.status != "" {
		caption = g.export.status
	}
	publishCaption(caption)
	publishMode(g.mode().String())
	if !g.ctl.moving() {
		// While the model turns every label moves each frame: sending the
		// boxes then would make the page's JavaScript heap churn for
		// nothing a still page's reader (a test) wants.
		publishBoxes(g, m.Ratio)
	}
	publishCamera(cam.Yaw*180/math.Pi, cam.Pitch*180/math.Pi, cam.Distance)
	publishFrame(g.frames, "scene")
}

// ApplyState opens the state a link describes (the desktop program's
// -state); it returns notes on the parts it had to skip.
func (g *Game) ApplyState(s string) []string {
	notes := g.openLink(s)
	g.showNotes(notes)
	return notes
}

// linkTicks is how often, in ticks, the link follows the explorer, and
// noticeTicks how long a link's notice stays.
const (
	linkTicks   = 10
	noticeTicks = 8 * 60
)

// syncLink keeps the address bar and the explorer in step: the page's own
// link opens first, Back and Forward reopen theirs, and every change the
// user makes becomes the link (a new history entry unless only the camera
// moved).
func (g *Game) syncLink() {
	if !g.linkLoaded {
		g.linkLoaded = true
		if s := initialState(); s != "" {
			g.showNotes(g.openLink(s))
		}
	}
	if s, ok := poppedState(); ok {
		g.showNotes(g.openLink(s))
		// The state opened replaces the link in the address bar, without
		// its refused parts, rather than adding a history entry.
		g.link = ""
		return
	}
	if g.notice.sentences != nil && g.ctl.tick-g.notice.tick > noticeTicks {
		g.notice.sentences = nil
	}
	if g.ctl.tick%linkTicks != 0 || g.ptr.dragging {
		return
	}
	s := g.stateOf()
	if s == g.link {
		return
	}
	writeState(s, g.link != "" && withoutCamera(s) != withoutCamera(g.link))
	g.link = s
}

// askQuiz hides the next classic lesion for the patient to act out, and
// opens lesion mode for the student's answer.
func (g *Game) askQuiz() {
	g.loadLibrary()
	if err := g.do(explorer.Act(explorer.NextQuiz)); err != nil {
		g.showNotes([]string{err.Error()})
	}
}

// withoutCamera returns a state without its camera: moving the camera
// alone does not make a new history entry.
func withoutCamera(state string) string {
	var kept []string
	for _, part := range strings.Split(state, "&") {
		if !strings.HasPrefix(part, "cam=") {
			kept = append(kept, part)
		}
	}
	return strings.Join(kept, "&")
}

// frameOptions returns what the frame shows besides the model: the
// proportions and detail, labels, the part under the pointer, and the
// section, lesions and trace of the modes in use.
func (g *Game) frameOptions() view.FrameOptions {
	opt := view.FrameOptions{
		Proportions: g.ex.Proportions(),
		Look:        g.ex.Look(),
		Moving:      g.ctl.moving(),
		Labels:      g.ex.Labels(),
		Highlight:   g.hover,
	}
	g.sectionFrame(&opt)
	g.lesions.frame(&opt)
	if g.tracer.active {
		markers, _, _ := g.tracer.frame(g.ex.Proportions(), g.ex.Distance(g.ex.Proportions()))
		opt.Dim, opt.Markers = traceDim, markers
	}
	return opt
}

// Layout returns the screen size in pixels for a window or page of
// outsideWidth × outsideHeight device-independent pixels: the outside size
// times the device scale, so that text stays sharp on high-DPI screens, kept
// within sizes a GPU can hold (see screenSize). While the camera moves it
// returns fewer pixels (movingScale): a weak classroom machine, or a
// browser drawing WebGL in software, keeps up, and motion hides the softer
// picture. Ebiten then reports the pointer in those fewer pixels, so the
// pointer is told how to turn them back into the full screen's
// (pointer.toScreen): a drag never jumps when the size changes under it.
func (g *Game) Layout(outsideWidth, outsideHeight int) (int, int) {
	w, h := screenSize(outsideWidth, outsideHeight, deviceScale())
	if outsideHeight > 0 {
		g.scale = float32(h) / float32(outsideHeight)
	}
	g.screenW, g.screenH = w, h
	lw, lh := w, h
	if g.ctl.moving() {
		lw, lh = max(1, int(float32(w)*movingScale)), max(1, int(float32(h)*movingScale))
	}
	g.ptr.toScreen = float32(w) / float32(lw)
	return lw, lh
}

// loadLibrary loads the classic lesions and tours, once: after the first
// frame, so that the model shows sooner, or before that when a link or a
// tool asks for them. A library that does not load leaves the explorer
// working without it, and says so.
func (g *Game) loadLibrary() {
	if g.library {
		return
	}
	g.library = true
	cfg := explorer.Config{Atlas: g.atlas, Engine: g.lesions.engine}
	presets, tours, err := explorer.ShippedLibrary(cfg)
	if err != nil {
		g.showNotes([]string{err.Error()})
		return
	}
	g.ex.SetLibrary(presets, tours)
	g.presets = newPresetPicker(presets)
}
