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

	"github.com/decussate/decussate/internal/pagehook"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// Title is the window's title and the name shown to the user.
const Title = "Decussate"

// Game is the explorer as Ebiten runs it; it implements ebiten.Game.
type Game struct {
	atlas *anatomy.Atlas
	// chars holds the letters typed this tick, kept between ticks.
	chars []rune
	// library is whether the classic lesions and tours are loaded: after
	// the first frame (afterFirstFrame), or when something asks for them
	// (loadLibrary).
	library bool
	// refined is whether the full model replaced the coarse one the
	// first frame was drawn from (NewFirstFrame), or failed to.
	refined bool
	export  *exporter
	present *presenter
	// ex owns the explorer's state: mode, trace, lesions, section,
	// tour, panels, presenter, camera, and the framing of what a change
	// put on screen (see explorer.go).
	ex *explorer.Explorer
	// overlaid is the version of the explorer's overlay meshes the
	// renderer holds (see follow).
	overlaid int
	// link is the state last written to the address bar; notice is
	// the note the page was last told of.
	link       string
	linkLoaded bool
	notice     notice
	renderer   *view.Renderer
	dl         view.DrawList
	ctl        controls
	fs         fullscreenSync
	look       geom.Look
	// clock times the ticks (UseClock).
	clock  tickClock
	ptr    pointer
	drawer *drawer
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
	// finds the full-screen button; screenContent what its panels show
	// (both the explorer's, valid until the next frame).
	frameLayout   screen.Layout
	screenContent *screen.Content
	// face measures every text, and gives the glyphs drawn their faces.
	face *screen.Face
	// hoverName is the name of the part under the pointer, or "".
	hoverName string
	// keys holds the keys pressed this tick, kept between ticks.
	keys []ebiten.Key
	// focus is the toolbar button the keyboard's Tab reached, when
	// focused (see focus.go).
	focus   tool
	focused bool
	// waking holds the explorer's input back while the press that
	// brought a black screen back is held (blackout.go).
	waking bool
	// boxes and pageBoxes hold the frame's boxes for the page, kept
	// between frames.
	boxes     []view.Box
	pageBoxes []pagehook.Box
	// published is where the panels were in the boxes last sent, and
	// publishedWords what they said.
	published      panels
	publishedWords panelWords
}

// New loads the atlas, builds the model and the lesion engine, and
// returns the game ready to run, or an error naming what could not be
// loaded. Tests and tools start from it; a window starts sooner from
// NewFirstFrame.
func New() (*Game, error) {
	// The atlas compiled in: checked as Load checks the files, without
	// decoding JSON, which in the browser costs a tenth of a second.
	cfg, err := explorer.ShippedCore()
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", Title, err)
	}
	return newGame(cfg, geom.Build)
}

// newGame returns the game of cfg's atlas, its model made by build.
func newGame(cfg explorer.Config, build func(*anatomy.Atlas) (*geom.Model, error)) (*Game, error) {
	a := cfg.Atlas
	m, err := build(a)
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", Title, err)
	}
	face, err := screen.NewFace()
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", Title, err)
	}
	r := view.NewRenderer(m)
	g := &Game{atlas: a, export: newExporter(), present: newPresenter(a, r), renderer: r, drawer: newDrawer(newFonts(face)), hover: -1, scale: 1, face: face}
	// Framing keeps the camera out of the model as this window draws it.
	cfg.Face = face
	cfg.Scene = func(p geom.Proportions) view.Scene { return g.renderer.Scene(p) }
	ex, err := explorer.New(cfg)
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", Title, err)
	}
	g.ex, g.ctl = ex, newControls(ex)
	g.seenCam = ex.Camera()
	g.follow()
	return g, nil
}

// Update advances the game by one tick: it maps this tick's keys, pointer
// and touches to actions on the explorer, and advances the explorer's time.
func (g *Game) Update() error {
	g.ctl.tick++
	g.afterFirstFrame()
	g.syncLink()
	if g.blackout() {
		return nil
	}
	if g.ex.Picker() {
		g.updatePicker()
		g.advance()
		return nil
	}
	g.ptr.panels = g.panelBoxes(g.ptr.panels)
	g.ptr.readPointer(&g.ctl, g.screenW, g.screenH, g.scale)
	g.readWheel()
	if g.ptr.doubleTapped {
		if px, py := g.pointerInFrame(); g.tapsPanel(px, py) {
			// Quick taps on a panel that takes taps turn its pages (or
			// the examinations), each one: none resets the view.
			g.ptr.clicked = true
		} else {
			g.act(explorer.ResetView)
		}
	}
	if g.ptr.clicked || g.ptr.dragging {
		g.focused = false // the pointer has the toolbar again
	}
	g.readKeys()
	g.followDevice(len(g.keys) > 0)
	g.syncFullscreen()
	g.export.poll(g.ex)
	if px, py := g.pointerInFrame(); g.ptr.clicked && g.clickTool(px, py) {
		g.ptr.clicked = false // the button takes the click
	}
	if px, py := g.pointerInFrame(); g.ptr.clicked && g.onStrip(px, py) {
		// A tap on the compact panels' strip opens them, or folds them.
		g.ptr.clicked = false
		g.pick(explorer.TogglePanels, 0)
	}
	if px, py := g.pointerInFrame(); g.ptr.clicked && g.clickPage(px, py) {
		g.ptr.clicked = false // the page turns
	}
	if px, py := g.pointerInFrame(); g.ptr.clicked && g.ex.Lesioning() && g.frameLayout.Left.ID == "patient" && screen.In(g.frameLayout.Left, px, py) {
		// A click or a tap on the patient shows the next examination:
		// G's, for a finger.
		g.ptr.clicked = false
		g.nextExam()
	}
	if g.ptr.clicked && g.ptr.onPanel(g.ptr.x, g.ptr.y) {
		// A click on a panel that takes none is not one on the model
		// behind it.
		g.ptr.clicked = false
	}
	if g.ptr.clicked && g.ex.Player() == nil {
		switch {
		case g.ex.Lesioning():
			g.clickLesion()
		default:
			g.clickTrace()
		}
	}
	g.advance()
	return nil
}

// clickPage answers a click or a tap at (x, y) of the frame on a panel
// set in pages: on the list of controls or the About panel, or on lesion
// mode's report, it turns the page, → and M's. It reports whether it
// took the click.
func (g *Game) clickPage(x, y float32) bool {
	L := &g.frameLayout
	switch {
	case screen.In(L.Help, x, y) || screen.In(L.About, x, y):
		g.pick(explorer.HelpPage, 1)
	case g.onReport(x, y):
		g.pick(explorer.ReportPage, 1)
	default:
		return false
	}
	return true
}

// onReport reports whether (x, y) of the frame is on lesion mode's report.
func (g *Game) onReport(x, y float32) bool {
	L := &g.frameLayout
	return g.ex.Lesioning() && L.Right.ID == "report" && screen.In(L.Right, x, y)
}

// onStrip reports whether (x, y) of the frame is on the strip lesion
// mode's panels fold to on a phone held upright.
func (g *Game) onStrip(x, y float32) bool {
	return g.ex.Lesioning() && screen.In(g.frameLayout.Strip, x, y)
}

// tapsPanel reports whether (x, y) of the frame is on a panel a tap
// acts on: the list of controls, the About panel, the report, the
// patient.
func (g *Game) tapsPanel(x, y float32) bool {
	L := &g.frameLayout
	return screen.In(L.Help, x, y) || screen.In(L.About, x, y) || g.onReport(x, y) || g.onStrip(x, y) ||
		(g.ex.Lesioning() && L.Left.ID == "patient" && screen.In(L.Left, x, y))
}

// advance moves the explorer's time on by a tick: the impulse runs, and
// the camera follows it when asked.
func (g *Game) advance() {
	dt := g.clock.step()
	g.ptr.tickSeconds = dt
	g.ex.Tick(dt)
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
	g.ptr.panels = g.panelBoxes(g.ptr.panels)
	g.ptr.readPointer(&g.ctl, g.screenW, g.screenH, g.scale)
	g.readWheel()
	g.ptr.list.box = view.Box{}
	g.followDevice(false)
	g.scrollList(size, g.ptr.list.dy*g.frameScale(), g.ptr.list.notches)
	g.ptr.list.dy, g.ptr.list.notches = 0, 0
	if px, py := g.pointerInFrame(); g.ptr.clicked {
		g.ptr.clicked = false
		if g.clickTool(px, py) {
			return
		}
		g.clickList(box, size, py) // a tap on a row places it, as Enter does
	}
	g.pickerKeys()
}

// Draw paints one frame: the model, the labels, the overlay.
func (g *Game) Draw(dst *ebiten.Image) {
	if g.drawBlack(dst) {
		return
	}
	b := dst.Bounds()
	sw := g.screenW
	if sw <= 0 {
		sw = b.Dx() // drawn before any Layout, as tests do
	}
	ratio := g.scale * float32(b.Dx()) / float32(sw)
	// The pointer as last drawn's frame places it: presenter mode's ring
	// shows while it moves over the page (none before it has entered).
	px, py := g.pointerInFrame()
	if !g.ptr.hover {
		px, py = -1, -1
	}
	g.ex.SetLocal(g.local(px, py))
	f := g.ex.Frame(b.Dx(), b.Dy(), ratio)
	if g.frames == 0 {
		g.seenCam = f.Camera // the first view, fitted to this screen as it is drawn: not a move
	}
	L := f.Layout
	g.frameLayout, g.screenContent = L, f.Content
	opt := f.Options
	opt.Moving, opt.Highlight = g.ctl.moving(), g.hover
	cam := f.Camera
	g.renderer.FrameIfChanged(&g.dl, &cam, b.Dx(), b.Dy(), opt)
	// Hovering names what the pointer is over in the frame just drawn.
	g.hover = -1
	g.hoverName = ""
	px, py = g.pointerInFrame()
	if g.ptr.hover && !g.ptr.dragging && g.ex.Player() == nil && screen.In(L.Centre, px, py) {
		var at mgl32.Vec3
		g.hover, at, _ = g.renderer.PickPoint(&g.dl, px, py)
		if g.hover >= 0 {
			// Named as a lesion clicked there would be headed.
			g.hoverName = g.ex.HoverName(&g.renderer.Model().Meshes[g.hover], at)
		}
	}
	if g.ex.Presenter() {
		g.dl.Background = [4]float32{0, 0, 0, 1} // high contrast
	}
	loc := g.local(px, py)
	f.Content.Hover, f.Content.PointerX, f.Content.PointerY = loc.Hover, loc.PointerX, loc.PointerY
	if g.frames > 0 {
		// The first frame shows the model alone and the panels follow a
		// frame later: their first text costs the page tens of
		// milliseconds of glyph rasterising, which the model need not
		// wait for.
		g.ex.DrawPanels(&g.dl, &f)
	}
	g.publishNotice(&L)
	g.drawer.draw(dst, &g.dl)
	g.frames++
	publishPick(g.hoverName)
	caption := g.ex.Said()
	if c := g.export.caption(g.ex.Note()); c != "" {
		caption = c
	}
	publishCaption(caption)
	publishMode(g.mode().String())
	if p := panelsOf(&L); !g.ctl.moving() || p != g.published || !g.publishedWords.same(&g.dl, &p) {
		// While the model turns every label moves each frame: sending the
		// boxes then would make the page's JavaScript heap churn for
		// nothing a still page's reader (a test) wants. A panel opened,
		// closed or changed is sent at once: a framing move follows a
		// lesion placed, and the report must not wait for it, nor a
		// page of it turned while a tour's camera moves.
		publishBoxes(g, ratio)
		g.published, g.publishedWords = p, g.publishedWords.of(&g.dl, &p)
	}
	publishCamera(cam.Yaw*180/math.Pi, cam.Pitch*180/math.Pi, cam.Distance)
	publishFrame(g.frames, "scene")
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
