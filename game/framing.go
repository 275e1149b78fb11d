package game

import (
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// framing moves the camera to what a change put on screen: a lesion placed
// (by a click or a preset), the muscles a trace's first volley reaches, a
// section's cut face; and back to where the person had it when the mode
// that took it ends. It watches the explorer's state from tick to tick
// rather than being called from each place that changes it, so that the
// modes need not know about it. The moves are the explorer's
// (explorer.MoveCamera), advanced by its Tick; a camera the person turns
// meanwhile stops them (Game.pushCamera).
type framing struct {
	// seen is the camera at the end of the last tick, before this tick's
	// keys: a section's aim jumps the camera, and the move starts from
	// here instead.
	seen view.Camera
	// away tells that framing took the camera from home, where the person
	// had it, to return there when the mode ends.
	away bool
	home view.Camera
	// What was on screen at the last tick: lesions, the section, the
	// trace (traced tells whether there was one).
	lesionOn  bool
	lesions   []placed
	sectionOn bool
	sectionAt string
	traced    bool
	trace     trace.Start
	// volleyDone tells that the trace's first volley reached its muscles
	// (and the camera went to them).
	volleyDone bool
	synced     bool
}

// Framing distances: the least radius framed around a lesion, the muscles
// and a section, in millimetres, so that a small target is seen among what
// surrounds it; and the share of the strongest branch a trace's branch
// needs for its muscles to be framed (the few uncrossed fibres to the
// girdle are not where a hand trace ends).
const (
	lesionContext = 15
	muscleContext = 30
	cutContext    = 10
	muscleShare   = 0.5
	// muscleReach is how much of each framed branch's end, in drawn
	// millimetres, is framed with its muscle: the nerve arriving.
	muscleReach = 80
)

// brainBox is the corners of the box holding the hemispheres, cerebellum
// and brainstem (atlas millimetres, above the cord, where teaching
// proportions change nothing).
var brainBox = [8]mgl32.Vec3{
	{-70, -105, -72}, {70, -105, -72}, {-70, 70, -72}, {70, 70, -72},
	{-70, -105, 80}, {70, -105, 80}, {-70, 70, 80}, {70, 70, 80},
}

// updateFraming starts a framing move when the state changed since the
// last tick.
func (g *Game) updateFraming() {
	f := &g.framing
	if !f.synced || g.ex.Player() != nil {
		// A tour sets its own cameras.
		g.syncFraming()
		return
	}
	lesionOn, lesions := g.lesions.active, g.lesions.lesions
	sectionOn, sectionAt := g.sectionOn(), g.ex.Level().ID
	traced, newTrace := g.tracer.active, g.tracer.active && (!f.traced || g.tracer.start != f.trace)
	switch {
	case sectionOn && (!f.sectionOn || sectionAt != f.sectionAt):
		g.frameSection()
	case lesionOn && len(lesions) > 0 && (!f.lesionOn || placedAnew(f.lesions, lesions)):
		g.frameLesions()
	case newTrace:
		// A new trace is watched from where the person had the camera,
		// not from the last trace's muscles or a lesion.
		f.volleyDone = false
		if f.away {
			g.goHome()
		}
	case traced && !f.volleyDone && g.ex.VolleyArrived():
		f.volleyDone = true
		if !g.ex.Impulse().Follow {
			g.frameMuscles()
		}
	case f.lesionOn && !lesionOn, f.sectionOn && !sectionOn, f.traced && !traced:
		// A mode ended: what remains is framed, or the camera goes home.
		switch {
		case sectionOn:
			g.frameSection()
		case lesionOn && len(g.lesions.lesions) > 0:
			g.frameLesions()
		default:
			g.goHome()
		}
	case lesionOn && !f.lesionOn && !g.framingScene().Usable(g.ex.Camera()):
		// Lesion mode entered with a camera inside the model.
		g.goHome()
	case lesionOn && !f.lesionOn && len(lesions) == 0:
		// Lesion mode entered with nothing placed: its panels take the
		// sides (a phone's lower half), so the brain and brainstem, where
		// a student clicks, are framed in what they leave.
		w, h, area := g.frameArea()
		g.moveTo(view.FrameOn(g.ex.Camera(), w, h, area, brainBox[:], 0))
	}
	g.syncFraming()
}

// syncFraming takes the state as it is as seen, starting nothing: after a
// link or a tour step has set the camera itself.
func (g *Game) syncFraming() {
	f := &g.framing
	f.synced = true
	f.lesionOn, f.lesions = g.lesions.active, append(f.lesions[:0], g.lesions.lesions...)
	f.sectionOn, f.sectionAt = g.sectionOn(), g.ex.Level().ID
	f.traced, f.trace = g.tracer.active, g.tracer.start
	f.seen = g.ex.Camera()
}

// keepUsableCamera replaces a camera a link set that cannot show the model
// (inside it, far from it, or not numbers) by a sensible one: the lesions
// framed, or the first view. With a section on the link's camera stays:
// the section cuts away what lies below it, where its camera looks from.
// Nothing moves smoothly: a link opens as it will stay.
func (g *Game) keepUsableCamera() {
	if !g.sectionOn() && !g.framingScene().Usable(g.ex.Camera()) {
		cam := view.DefaultCamera()
		if g.lesions.active && len(g.lesions.lesions) > 0 {
			cam = g.lesionCamera()
		}
		g.setCamera(cam)
	}
	g.framing.away = false
	g.syncFraming()
}

// framingScene is what a camera must show now.
func (g *Game) framingScene() *view.Scene {
	s := g.renderer.Scene(g.proportion())
	return &s
}

// moveTo starts a smooth move to goal, from the camera as it was before
// this tick's changes; the first move away from home remembers home.
func (g *Game) moveTo(goal view.Camera) {
	f := &g.framing
	from := g.ex.Camera()
	if f.seen != (view.Camera{}) {
		from = f.seen
	}
	if !f.away {
		f.home, f.away = from, true
	}
	g.setCamera(from)
	// Every number of a framed camera is finite: FrameOn works from the
	// camera and points the explorer holds.
	_ = g.do(explorer.Action{Kind: explorer.MoveCamera, Camera: goal})
}

// goHome moves the camera back to where the person had it before framing
// took it, or to the first view when that is not usable (or framing never
// took it and the camera is inside the model).
func (g *Game) goHome() {
	f := &g.framing
	scene := g.framingScene()
	switch {
	case f.away && scene.Usable(f.home) && !sectionView(f.home):
		g.moveTo(f.home)
	case f.away || !scene.Usable(g.ex.Camera()) || sectionView(g.ex.Camera()):
		g.moveTo(view.DefaultCamera())
	default:
		return
	}
	f.away = false
}

// sectionView tells a close camera looking from nearly straight below or
// above, as a section is seen: without the section it shows the underside
// of one part of the model. The top and bottom views, from afar, are not.
func sectionView(c view.Camera) bool {
	return (c.Pitch < -1.2 || c.Pitch > 1.2) && c.Distance < sectionViewDistance
}

// sectionViewDistance is farther than any section is seen from.
const sectionViewDistance = 250

// frameArea returns the screen's size and the part of it the panels
// leave to the model, as the layout places them for what is open now (a
// preset just chosen opens lesion mode's panels before they are drawn).
func (g *Game) frameArea() (w, h int, area view.Area) {
	w, h, ratio := g.screenW, g.screenH, g.scale
	if w <= 0 || h <= 0 {
		w, h, ratio = g.dl.Width, g.dl.Height, 1 // drawn before any Layout, as tests do
	}
	if w <= 0 || h <= 0 {
		w, h = 1280, 720 // before the first frame: a common screen
	}
	L := g.placeScreen(screen.NewMetrics(w, h, ratio, g.ex.Presenter()))
	area, _ = L.LabelArea() // the whole screen when the panels leave too little
	return w, h, area
}

// frameLesions moves the camera to the lesions placed.
func (g *Game) frameLesions() { g.moveTo(g.lesionCamera()) }

// lesionCamera returns the camera that shows the lesions, seen from their
// side.
func (g *Game) lesionCamera() view.Camera {
	pts := lesionPoints(g.lesions, g.proportion())
	w, h, area := g.frameArea()
	cam := g.ex.Camera()
	if g.ex.Moving() {
		cam = g.ex.MoveGoal()
	}
	lo, hi := view.Bounds(pts)
	cam = view.FaceSide(cam, (lo[0]+hi[0])/2)
	return view.FrameOn(cam, w, h, area, pts, lesionContext)
}

// lesionPoints returns what lesion mode shows of the lesions, in drawn
// millimetres: each sphere, and what the engine found destroyed (the
// stretch of a bundle near a sphere, all of a named site's).
func lesionPoints(l *lesioner, p geom.Proportions) []mgl32.Vec3 {
	var pts, spheres []mgl32.Vec3
	var radii []float32
	for _, s := range l.lesions {
		if s.Site != "" {
			continue
		}
		spheres, radii = append(spheres, s.Centre), append(radii, s.Radius)
		for k := 0; k < 3; k++ {
			d := mgl32.Vec3{}
			d[k] = s.Radius
			pts = append(pts, p.Warp(s.Centre.Add(d)), p.Warp(s.Centre.Sub(d)))
		}
	}
	if l.result != nil {
		for _, d := range l.result.Destroyed {
			if d.Share < 0.3 {
				continue // lesion mode does not draw it
			}
			for _, q := range d.Path {
				v := geom.Vec32(q)
				if near(v, spheres, radii) || len(spheres) == 0 {
					pts = append(pts, p.Warp(v))
				}
			}
		}
	}
	return pts
}

// near tells whether v lies within a sphere's reach: a bundle a sphere cuts
// may run far beyond it, and only where it is cut is framed.
func near(v mgl32.Vec3, centres []mgl32.Vec3, radii []float32) bool {
	for i, c := range centres {
		if v.Sub(c).Len() < radii[i]+lesionContext {
			return true
		}
	}
	return false
}

// placedAnew tells whether a lesion was placed or moved since before (a
// preset's sites count as placed): not when the lesions were only resized
// or some taken away, which frame nothing.
func placedAnew(before, now []placed) bool {
	i := 0
	for _, p := range now {
		for i < len(before) && !samePlace(before[i], p) {
			i++
		}
		if i == len(before) {
			return true
		}
		i++
	}
	return false
}

// samePlace tells two lesions at the same place, whatever their sizes.
func samePlace(a, b placed) bool { return a.Site == b.Site && a.Centre == b.Centre }

// frameSection looks up at the section's cut face from below, as a scan is
// seen, framed in the free area.
func (g *Game) frameSection() {
	cam := g.ex.Camera()
	explorer.AimAtSection(&cam, g.atlas, g.ex.Level(), g.proportion())
	var pts []mgl32.Vec3
	for _, m := range g.sectionMeshes() {
		for _, v := range m.Positions {
			pts = append(pts, g.proportion().Warp(v))
		}
	}
	w, h, area := g.frameArea()
	g.moveTo(view.FrameOn(cam, w, h, area, pts, cutContext))
}

// frameMuscles moves the camera to the muscles the trace's strongest
// branches end in, with the nerves arriving at them.
func (g *Game) frameMuscles() {
	c := g.tracer.drawn[g.proportion()]
	if c == nil {
		return
	}
	heaviest := 0.0
	for _, n := range c.Branches() {
		if len(n.Branch.Children) == 0 {
			heaviest = max(heaviest, n.Branch.Weight)
		}
	}
	var pts []mgl32.Vec3
	for _, n := range c.Branches() {
		b := n.Branch
		if len(b.Children) > 0 || b.Weight < muscleShare*heaviest {
			continue
		}
		end := b.Length()
		for i, q := range b.Path {
			if end-b.Arc[i] <= muscleReach {
				pts = append(pts, q)
			}
		}
	}
	if len(pts) == 0 {
		return
	}
	w, h, area := g.frameArea()
	lo, hi := view.Bounds(pts)
	cam := view.FaceSide(g.ex.Camera(), (lo[0]+hi[0])/2)
	g.moveTo(view.FrameOn(cam, w, h, area, pts, muscleContext))
}

// setCamera puts the camera at c at once (a link's, or where a framing
// move starts from).
func (g *Game) setCamera(c view.Camera) {
	if err := g.ex.Do(explorer.Action{Kind: explorer.SetCamera, Camera: c}); err != nil {
		g.showNotes([]string{err.Error()})
	}
}
