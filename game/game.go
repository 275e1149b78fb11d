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

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/internal/pagehook"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/preset"
	"github.com/decussate/decussate/scene/tour"
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
	section *sectioner
	lesions *lesioner
	presets *presetPicker
	patient *patient
	export  *exporter
	present *presenter
	tours   *touring
	// quiz is "Where is the lesion?"; quizHint what it last said.
	quiz     quiz
	quizHint string
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
	ptr        pointer
	drawer     *drawer
	// hover is the index of the mesh under the pointer, or -1.
	hover  int
	frames int
	// scale is the device scale of the last Layout: screen pixels per
	// device-independent pixel; screenW, screenH its size in pixels.
	scale            float32
	screenW, screenH int
	// frameLayout is the layout of the frame last drawn, where input
	// finds the full-screen button.
	frameLayout screenLayout
	// hoverName is the name of the part under the pointer, or "".
	hoverName string
	// menuOpen is whether the toolbar's menu is open (narrow screens).
	menuOpen bool
	// about is the About panel: the data's credits (about.go).
	about aboutPanel
	// boxes and pageBoxes hold the frame's boxes for the page, kept
	// between frames.
	boxes     []view.Box
	pageBoxes []pagehook.Box
}

// New loads the atlas, builds the model and returns the game ready to
// run, or an error naming what could not be loaded.
func New() (*Game, error) {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", Title, err)
	}
	m, err := geom.Build(a)
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", Title, err)
	}
	eng, err := lesion.New(a)
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", Title, err)
	}
	presets, err := preset.Load(assets.Presets())
	if err == nil {
		err = preset.Validate(presets, eng)
	}
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", Title, err)
	}
	tours, err := tour.Load(assets.Tours())
	if err == nil {
		err = tour.Validate(tours, a, eng, presets)
	}
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", Title, err)
	}
	f, err := newFonts()
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", Title, err)
	}
	r := view.NewRenderer(m)
	return &Game{atlas: a, tracer: newTracer(a), section: newSectioner(a), lesions: newLesioner(eng), presets: newPresetPicker(presets), patient: newPatient(), export: newExporter(), present: newPresenter(a, r), tours: &touring{tours: tours}, renderer: r, ctl: newControls(), drawer: newDrawer(f), hover: -1, scale: 1}, nil
}

// Update advances the game by one tick: input moves the camera and
// toggles the views.
func (g *Game) Update() error {
	g.updateFraming()
	g.ctl.tick++
	g.syncLink()
	if inpututil.IsKeyJustPressed(ebiten.KeyEscape) {
		// Esc is read here only, and closes one thing: the topmost.
		g.back()
	}
	if g.presets.open {
		// The list has the keyboard, but the pointer still turns the
		// model, and a click or a tap takes a row or a button.
		g.ptr.readPointer(&g.ctl, g.screenW, g.screenH, g.scale)
		if px, py := g.pointerInFrame(); g.ptr.clicked {
			g.ptr.clicked = false
			if !g.clickTool(px, py) {
				g.presets.clickRow(g.frameLayout.left, g.frameLayout.size, py)
			}
		}
	}
	if chosen, took := g.presets.update(); took {
		// The list has the keyboard: nothing else reads keys this tick.
		if chosen != nil {
			g.lesions.active = true
			g.lesions.setPreset(chosen)
			g.lesions.evaluate()
			g.refreshOverlay()
		}
		return nil
	}
	g.ptr.read(&g.ctl, g.screenW, g.screenH, g.scale)
	if g.ptr.doubleTapped {
		g.ctl.do(actReset)
	}
	if inpututil.IsKeyJustPressed(ebiten.KeyP) {
		// Before the tour, which takes the keyboard: a teacher turns
		// presenter mode on in the middle of a lesson.
		g.setPresenter(!g.present.on)
	}
	if g.ctl.fullscreen != ebiten.IsFullscreen() {
		ebiten.SetFullscreen(g.ctl.fullscreen)
	}
	g.export.poll(g.ctl.tick)
	if px, py := g.pointerInFrame(); g.ptr.clicked && g.clickTool(px, py) {
		g.ptr.clicked = false // the button takes the click
	}
	if g.updateTour() {
		// A tour has the keyboard: its keys step it, nothing else.
		g.tracer.tick()
		if g.lesions.active {
			g.patient.untinted = false
			g.patient.update(g.lesions.result)
		}
		return nil
	}
	g.updateLesions()
	g.updateQuiz()
	if g.lesions.active {
		shown := g.lesions.result
		if g.quiz.active {
			// In the quiz the patient shows the hidden lesion.
			shown = g.quiz.answer
		}
		g.patient.untinted = g.quiz.hidesTints()
		g.patient.update(shown)
	}
	g.updateTrace()
	g.followTrace()
	// Last: the export draws its own frame, and picking above must see
	// the frame on screen.
	if inpututil.IsKeyJustPressed(ebiten.KeyS) {
		g.export.start(g, ebiten.IsKeyPressed(ebiten.KeyShift))
	}
	return nil
}

// Draw paints one frame: the model, the labels, the overlay.
func (g *Game) Draw(screen *ebiten.Image) {
	b := screen.Bounds()
	opt := g.frameOptions()
	sw := g.screenW
	if sw <= 0 {
		sw = b.Dx() // drawn before any Layout, as tests do
	}
	m := newMetrics(b.Dx(), b.Dy(), g.scale*float32(b.Dx())/float32(sw), g.present.on)
	L := g.layout(m)
	g.frameLayout = L
	opt.LabelSize = m.size() * 0.85
	opt.LabelMin = m.least()
	if area, ok := L.labelArea(); ok {
		opt.LabelArea = area
	} else {
		opt.Labels = false
	}
	g.renderer.Frame(&g.dl, &g.ctl.cam, b.Dx(), b.Dy(), opt)
	// Hovering names what the pointer is over in the frame just drawn.
	g.hover = -1
	g.hoverName = ""
	px, py := g.pointerInFrame()
	if g.ptr.hover && !g.ptr.dragging && g.tours.player == nil && inBox(L.centre, px, py) {
		g.hover = g.renderer.Pick(&g.dl, px, py)
		if g.hover >= 0 {
			g.hoverName = g.renderer.Model().Meshes[g.hover].Name
		}
	}
	if g.present.on {
		g.dl.Background = [4]float32{0, 0, 0, 1} // high contrast
	}
	g.drawPanels(&g.dl, &L, px, py)
	g.publishNotice(&L)
	g.drawer.draw(screen, &g.dl)
	g.frames++
	publishPick(g.hoverName)
	caption := g.tracer.caption
	if g.lesions.active {
		caption = ""
		if g.lesions.result != nil {
			caption = g.lesions.result.Summary
		}
	}
	if g.tours.player != nil {
		caption = g.tours.player.Step().Caption
	}
	if g.quiz.active {
		caption = g.quizHint
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
		publishBoxes(g, m.ratio)
	}
	cam := &g.ctl.cam
	publishCamera(cam.Yaw*180/math.Pi, cam.Pitch*180/math.Pi, cam.Distance)
	publishFrame(g.frames, "scene")
}

// ApplyState opens the state a link describes (the desktop program's
// -state); it returns notes on the parts it had to skip.
func (g *Game) ApplyState(s string) []string {
	notes := g.applyState(s)
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
			g.showNotes(g.applyState(s))
		}
	}
	if s, ok := poppedState(); ok {
		g.showNotes(g.applyState(s))
		// The state opened replaces the link in the address bar, without
		// its refused parts, rather than adding a history entry.
		g.link = ""
		return
	}
	// Whatever moved the camera, it stays finite and within a link's
	// range.
	g.ctl.cam = finiteCamera(g.ctl.cam)
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

// updateQuiz reads the quiz's keys: Q asks a new question (a hidden
// lesion the patient shows; place lesions until they match), I gives a
// hint; leaving lesion mode ends the quiz.
func (g *Game) updateQuiz() {
	q := &g.quiz
	if inpututil.IsKeyJustPressed(ebiten.KeyQ) {
		g.askQuiz()
		return
	}
	if !q.active {
		return
	}
	if !g.lesions.active {
		q.active, g.quizHint = false, ""
		return
	}
	if inpututil.IsKeyJustPressed(ebiten.KeyI) {
		g.quizHint = q.hint(g.atlas)
	}
	if say := q.respond(g.lesions.result); say != "" {
		g.quizHint = say
	}
}

// askQuiz hides the next classic lesion for the patient to act out, and
// opens lesion mode for the student's answer.
func (g *Game) askQuiz() {
	if err := g.quiz.ask(g.presets.all, g.lesions.engine); err != nil {
		g.quizHint = err.Error()
		return
	}
	g.lesions.active = true
	g.lesions.setSites("Where is the lesion?", nil)
	g.lesions.evaluate()
	g.quizHint = "The patient shows a hidden lesion: place lesions (click, or / for the classic ones) until yours gives the same signs. I: a hint."
	g.refreshOverlay()
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

// setPresenter switches presenter mode, moving the overlays to its
// renderer.
func (g *Game) setPresenter(on bool) {
	g.present.on = on
	over := g.renderer.Overlay()
	g.renderer = g.present.renderer()
	g.renderer.SetOverlay(over)
}

// frameOptions returns what the frame shows besides the model: the
// proportions and detail, labels, the part under the pointer, and the
// section, lesions and trace of the modes in use.
func (g *Game) frameOptions() view.FrameOptions {
	opt := view.FrameOptions{
		Proportions: g.ctl.proportion,
		Moving:      g.ctl.moving(),
		Labels:      g.ctl.labels,
		Highlight:   g.hover,
	}
	g.section.frame(&opt, g.ctl.proportion)
	g.lesions.frame(&opt)
	if g.tracer.active {
		markers, _, _ := g.tracer.frame(g.ctl.proportion)
		opt.Dim, opt.Markers = traceDim, markers
	}
	return opt
}

// followTrace drifts the camera after the trace's impulse, once a tick,
// when asked to follow it: in Update, so that it moves as fast on a 144 Hz
// monitor as on a 60 Hz one.
func (g *Game) followTrace() {
	if !g.tracer.active || !g.tracer.follow {
		return
	}
	if _, main, ok := g.tracer.frame(g.ctl.proportion); ok {
		g.ctl.cam.Target = g.ctl.cam.Target.Add(main.Sub(g.ctl.cam.Target).Mul(followRate))
	}
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
