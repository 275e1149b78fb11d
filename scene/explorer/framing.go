package explorer

import (
	"math"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// framing moves the camera to what a change put on screen: a lesion placed
// (by a click or a preset), the muscles a trace's first volley reaches, a
// section's cut face; and back to where the person had it when the mode
// that took it ends. Tick compares the state with the last tick's rather
// than each action calling it, so that the modes need not know about it.
// A camera the person turns meanwhile stops the move (turn).
type framing struct {
	// seen is the camera at the end of the last tick, before this tick's
	// actions: a section's aim jumps the camera, and the move starts from
	// here instead.
	seen view.Camera
	// away tells that framing took the camera from home, where the person
	// had it, to return there when the mode ends.
	away bool
	home view.Camera
	// What was on screen at the last tick: lesions, the section, the
	// trace (traced tells whether there was one).
	lesionOn  bool
	lesions   []Placed
	sectionOn bool
	sectionAt string
	traced    bool
	trace     trace.Start
	// volleyDone tells that the trace's first volley reached its muscles
	// (and the camera went to them).
	volleyDone bool
	synced     bool
	// following tells that Follow was on at the last tick; follow is
	// the free area it fits the impulse into.
	following bool
	follow    followArea
	// kind is what the camera was last framed on, and goal the camera
	// that framed it; free is the free area the last Frame laid out, and
	// lastFree the one framing last saw (reframe.go).
	kind           framedKind
	goal           view.Camera
	free, lastFree freeArea
	// authored is the camera the tour's last step set, as its author
	// wrote it (openStep frames it for the screen).
	authored view.Camera
	// awaitScreen holds framing until a frame has told the screen's
	// size: a linked trace opened before the first frame (pathlink.go).
	awaitScreen bool
	// opened tells that the first view was framed for the screen, by
	// the first frame that told its size (openFirstView).
	opened bool
	// aimedBlind is the camera a section was aimed with before any frame
	// told the screen's size (a link's), zero for none.
	aimedBlind view.Camera
}

// Framing distances: the least radius framed around a lesion, the muscles
// and a section, in millimetres, so that a small target is seen among what
// surrounds it (about a lesion, on a phone too, its neighbours: the
// thalamus and basal ganglia about the capsule, a few segments of the
// cord); how far beyond a sphere a bundle it cuts is framed; and the share of the strongest branch a trace's branch
// needs for its muscles to be framed (the few uncrossed fibres to the
// girdle are not where a hand trace ends).
const (
	lesionContext  = 25
	destroyedReach = 15
	muscleContext  = 30
	cutContext     = 10
	// nearMidline is how far from the midline, in millimetres, a
	// lesion's middle may lie in the hemispheres above vertexFloor (the
	// paracentral lobule, the vertex's white matter) and be framed from
	// the side the camera looks from, whichever it is. Deeper down (the
	// thalami, the brainstem, the cord) the other half stands in front
	// of it, and it is seen from its own side.
	nearMidline = 12
	vertexFloor = 30
	muscleShare = 0.5
	// muscleReach is how much of each framed branch's end, in drawn
	// millimetres, is framed with its muscle: the nerve arriving.
	muscleReach = 80
)

// BrainBox is the corners of the box holding the hemispheres, cerebellum
// and brainstem (atlas millimetres, above the cord, where teaching
// proportions change nothing): lesion mode entered with nothing placed
// frames it.
var BrainBox = [8]mgl32.Vec3{
	{-70, -105, -72}, {70, -105, -72}, {-70, 70, -72}, {70, 70, -72},
	{-70, -105, 80}, {70, -105, 80}, {-70, 70, 80}, {70, 70, 80},
}

// frameChanges starts a framing move when the state changed since the
// last tick.
func (e *Explorer) frameChanges() {
	f := &e.framing
	e.reframe()
	if f.awaitScreen {
		if e.shown.w <= 0 {
			// A linked trace is framed for the screen it opens on,
			// once a frame has told its size (pathlink.go).
			return
		}
		f.awaitScreen = false
	}
	if !f.synced || e.player != nil {
		// A tour sets its own cameras.
		e.syncFraming()
		return
	}
	s := &e.st
	lesionOn, lesions := s.Lesioning(), s.Lesions
	sectionOn, sectionAt := s.Section != "", e.Level().ID
	traced := s.Mode == Trace
	newTrace := traced && (!f.traced || s.Trace != f.trace)
	switch {
	case sectionOn && (!f.sectionOn || sectionAt != f.sectionAt):
		e.frameAs(framedSection)
	case lesionOn && len(lesions) > 0 && (!f.lesionOn || placedAnew(f.lesions, lesions)):
		e.frameAs(framedLesions)
	case newTrace:
		// A new trace is watched from where the person had the camera,
		// not from the last trace's muscles or a lesion.
		f.volleyDone = false
		home, away := f.home, f.away
		if f.away {
			e.goHome()
		}
		// Unless its path runs off the free area from there (a hand's
		// trace on a phone held upright): then the path is framed, and
		// the person's camera is still the one to go back to.
		if _, ok := e.pathCamera(); ok {
			e.frameAs(framedPath)
			if away {
				f.home = home
			}
		}
	case traced && e.tracing.impulse.Follow && !f.following:
		e.startFollowing()
	case traced && !f.volleyDone && e.VolleyArrived():
		f.volleyDone = true
		if !e.tracing.impulse.Follow {
			e.frameAs(framedMuscles)
		}
	case lesionOn && f.lesionOn && len(lesions) == 0 && len(f.lesions) > 0 && f.kind == framedLesions:
		// The last lesion removed (or undone) under the camera framing
		// left on it: nothing is there to look at (reframe.go).
		e.lesionsGone()
	case lesionOn && f.lesionOn && len(lesions) < len(f.lesions) && f.kind == framedLesions && sameView(e.MoveGoal(), f.goal):
		// One of several removed (or undone) under the camera framing
		// left on them: the others are framed, not the empty place.
		e.frameAs(framedLesions)
	case f.lesionOn && !lesionOn, f.sectionOn && !sectionOn, f.traced && !traced:
		// A mode ended: what remains is framed, or the camera goes home.
		switch {
		case sectionOn:
			e.frameAs(framedSection)
		case lesionOn && len(lesions) > 0:
			e.frameAs(framedLesions)
		default:
			e.goHome()
		}
	case lesionOn && !f.lesionOn && !e.Usable(s.Camera):
		// Lesion mode entered with a camera inside the model.
		e.goHome()
	case lesionOn && !f.lesionOn && len(lesions) == 0:
		// Lesion mode entered with nothing placed: its panels take the
		// sides (a phone's lower half), so the brain and brainstem, where
		// a student clicks, are framed in what they leave.
		e.frameAs(framedBrain)
	}
	e.syncFraming()
}

// syncFraming takes the state as it is as seen, starting nothing: after a
// link or a tour step has set the camera itself.
func (e *Explorer) syncFraming() {
	f, s := &e.framing, &e.st
	f.synced = true
	f.lesionOn, f.lesions = s.Lesioning(), append(f.lesions[:0], s.Lesions...)
	f.sectionOn, f.sectionAt = s.Section != "", e.Level().ID
	f.traced, f.trace = s.Mode == Trace, s.Trace
	f.following = f.traced && e.tracing.impulse.Follow
	f.seen = s.Camera
}

// keepUsableCamera replaces a camera a link set that cannot show the model
// (inside it, far from it, or not numbers) by a sensible one: the lesions
// framed, or the first view for the screen (on a phone the default camera
// is too far or too close; before any frame, the first frame fits it).
// With a section on the link's camera stays:
// the section cuts away what lies below it, where its camera looks from.
// Nothing moves smoothly: a link opens as it will stay.
func (e *Explorer) keepUsableCamera() {
	if e.st.Section == "" && !e.Usable(e.st.Camera) {
		cam := e.firstView()
		if e.st.Lesioning() && len(e.st.Lesions) > 0 {
			cam = e.lesionCamera()
		}
		e.camMove.stop()
		e.st.Camera = cam
	}
	e.framing.away, e.framing.kind = false, framedNone
	e.syncFraming()
}

// Usable tells whether cam can show the model as the adapter draws it
// (Config.Scene) with the meshes over it now; without a scene, every
// camera with finite numbers can.
func (e *Explorer) Usable(cam view.Camera) bool {
	if e.cfg.Scene == nil {
		return finiteCamera(cam)
	}
	p := e.st.Proportions
	s := e.cfg.Scene(p)
	// The overlay as it is now: the adapter's renderer holds the last
	// one until it follows (a link's lesion of a leg nerve lies far below
	// the cord).
	meshes, _ := e.overlay()
	for _, m := range meshes {
		if len(m.Positions) == 0 {
			continue
		}
		e.warped = e.warped[:0]
		for _, v := range m.Positions {
			e.warped = append(e.warped, p.Warp(v))
		}
		lo, hi := view.Bounds(e.warped)
		for k := 0; k < 3; k++ {
			s.Lo[k], s.Hi[k] = min(s.Lo[k], lo[k]), max(s.Hi[k], hi[k])
		}
	}
	return s.Usable(cam)
}

// settle makes cam, a camera the person chose (Reset view, a named view,
// one they set), home: framing no longer holds the camera from before it
// took it, and what it framed last is no longer on screen to keep framed.
// Removing the last lesion, or leaving the mode, leaves the camera here.
func (f *framing) settle(cam view.Camera) {
	f.away, f.kind, f.home, f.goal = false, framedNone, cam, cam
	f.seen = cam
}

// moveTo starts a smooth move to goal, from the camera as it was before
// this tick's changes; the first move away from home remembers home.
func (e *Explorer) moveTo(goal view.Camera) {
	f := &e.framing
	from := e.st.Camera
	if f.seen != (view.Camera{}) {
		from = f.seen
	}
	if !f.away {
		f.home, f.away = from, true
	}
	// Every number of a framed camera is finite: FrameOn works from the
	// camera and points the explorer holds.
	e.st.Camera = from
	e.camMove.start(from, goal)
	f.goal = goal
}

// goHome moves the camera back to where the person had it before framing
// took it, or to the first view when that is not usable (or framing never
// took it and the camera is inside the model).
func (e *Explorer) goHome() {
	f := &e.framing
	switch {
	case f.away && e.Usable(f.home) && !sectionView(f.home):
		e.moveTo(f.home)
	case f.away || !e.Usable(e.st.Camera) || sectionView(e.st.Camera):
		e.moveTo(e.firstView())
	default:
		return
	}
	f.away, f.kind = false, framedNone
}

// sectionView tells a close camera looking from nearly straight below or
// above, as a section is seen: without the section it shows the underside
// of one part of the model. The top and bottom views, from afar, are not.
func sectionView(c view.Camera) bool {
	return (c.Pitch < -1.2 || c.Pitch > 1.2) && c.Distance < sectionViewDistance
}

// sectionViewDistance is farther than any section is seen from.
const sectionViewDistance = 250

// lesionCamera returns the camera that shows the lesions in the free area,
// seen from where the student looks (lesionView), with enough about them
// to tell where in the brain they lie (lesionSurround).
func (e *Explorer) lesionCamera() view.Camera {
	pts := e.LesionPoints()
	w, h, area := e.FreeArea()
	lo, hi := view.Bounds(pts)
	x := (lo[0] + hi[0]) / 2
	if x > -nearMidline && x < nearMidline && lo[2] > vertexFloor {
		// Seen from either side a lesion this near the midline at
		// the vertex is in view: the person's side is kept, not swung
		// to the other.
		x = 0
	}
	cam := e.MoveGoal()
	if e.st.Section == "" || !sectionView(cam) {
		// A section seen from above shows the lesion's mark on its
		// face, nothing in front: the view is kept as it is.
		cam = lesionView(cam, x, lo[2], e.st.Look)
	}
	pts, context := e.lesionSurround(pts)
	return view.FrameOn(cam, w, h, area, pts, context)
}

// cortexContext is the surroundings framed about a lesion of the cortex,
// in millimetres: the lobes about it, so that from the side the student
// sees where on the hemisphere it lies; deepContext about a deep one (the
// capsule, the thalamus), the basal ganglia and thalamus about it and the
// hemisphere's walls beyond them, not a close-up of fibres. One in the
// cord keeps lesionContext, a few segments; one in the brainstem is
// framed with the whole brainstem (brainstemBox).
const (
	cortexContext = 50
	deepContext   = 40
)

// cortexDepth is how far from its hemisphere's middle (mm) a lesion's
// centre lies on the cortex or just under it: the capsule and thalamus lie
// about 20 mm from it, the hand knob and the paracentral lobule 45-55.
const cortexDepth = 32

// brainstemBox is the corners of a box about the brainstem, from the top
// of the crura to the foramen magnum (atlas millimetres).
var brainstemBox = [2]mgl32.Vec3{{-20, -45, -68}, {20, -5, -2}}

// lesionSurround returns the points lesion mode frames about a lesion's
// points pts and the context radius about them: the whole brainstem about
// a lesion there, the lobes about one of the cortex, the deep nuclei about
// one deep in a hemisphere, a few segments about one in the cord, so that the student sees where in the
// brain it lies, not a close-up of fibres.
func (e *Explorer) lesionSurround(pts []mgl32.Vec3) ([]mgl32.Vec3, float32) {
	context := float32(lesionContext)
	stem := false
	for _, s := range e.st.Lesions {
		z := s.Centre[2]
		if !s.Sphere() {
			z = centreZ(pts)
		}
		switch {
		case z >= brainstemTop:
			context = max(context, deepContext)
			if s.Sphere() && s.Centre.Sub(hemisphereCentre(s.Centre[0])).Len() > cortexDepth {
				context = max(context, cortexContext)
			}
		case z >= geom.ForamenZ:
			stem = true
		}
	}
	if stem {
		// The box about the brainstem, and lesionContext about the
		// lesion's middle as FrameOn's ring would frame it (the ring
		// goes about the middle of everything framed, here the
		// brainstem's).
		p := e.st.Proportions
		lo, hi := view.Bounds(pts)
		mid := lo.Add(hi).Mul(0.5)
		out := append([]mgl32.Vec3(nil), pts...)
		out = append(out, p.Warp(brainstemBox[0]), p.Warp(brainstemBox[1]))
		for k := 0; k < 3; k++ {
			d := mgl32.Vec3{}
			d[k] = context
			out = append(out, mid.Add(d), mid.Sub(d))
		}
		return out, context
	}
	return pts, context
}

// centreZ returns the height of the middle of the box holding pts (drawn
// millimetres; above the cord, atlas ones).
func centreZ(pts []mgl32.Vec3) float32 {
	lo, hi := view.Bounds(pts)
	return (lo[2] + hi[2]) / 2
}

// lesionView returns cam turned, as little as need be, to see a lesion
// whose middle lies x mm right of the midline and whose lowest point is at
// height low, in look: the student's yaw and pitch are kept, unless
// something opaque stands between: the other half of the brainstem or
// cord, or (outside the glass look) the other hemisphere. Then the camera
// looks from the lesion's side; from above or below the brain (outside the
// glass look, or at the brainstem) it looks from the usual height.
func lesionView(cam view.Camera, x, low float32, look geom.Look) view.Camera {
	const (
		sideYaw  = 0.75 // the first view's
		midline  = 2
		other    = 0.26 // sin 15°: the camera on the other side
		maxPitch = 0.6
		minPitch = -0.35
	)
	seeThrough := look == geom.Glass && low >= brainstemTop
	if !seeThrough {
		eyeLeft := float32(math.Sin(float64(cam.Yaw))) // > 0: the eye on the left
		switch {
		case x < -midline && eyeLeft < other:
			cam.Yaw = sideYaw
		case x > midline && eyeLeft > -other:
			cam.Yaw = -sideYaw
		}
		if cam.Pitch > maxPitch || cam.Pitch < minPitch {
			cam.Pitch = view.DefaultCamera().Pitch
		}
	}
	return cam
}

// LesionPoints returns what lesion mode shows of the lesions, in drawn
// millimetres: each sphere, and what the engine found destroyed (the
// stretch of a bundle near a sphere, all of a named site's).
func (e *Explorer) LesionPoints() []mgl32.Vec3 {
	p := e.st.Proportions
	var pts, spheres []mgl32.Vec3
	var radii []float32
	for _, s := range e.st.Lesions {
		if !s.Sphere() {
			continue
		}
		spheres, radii = append(spheres, s.Centre), append(radii, s.Radius)
		for k := 0; k < 3; k++ {
			d := mgl32.Vec3{}
			d[k] = s.Radius
			pts = append(pts, p.Warp(s.Centre.Add(d)), p.Warp(s.Centre.Sub(d)))
		}
	}
	if res, _ := e.Result(); res != nil {
		for _, d := range res.Destroyed {
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
		if v.Sub(c).Len() < radii[i]+destroyedReach {
			return true
		}
	}
	return false
}

// placedAnew tells whether a lesion was placed or moved since before (a
// preset's sites count as placed): not when the lesions were only resized
// or some taken away, which frame nothing.
func placedAnew(before, now []Placed) bool {
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
func samePlace(a, b Placed) bool { return a.Site == b.Site && a.Centre == b.Centre }

// SectionMeshes returns the section's cut face, with the traced chain's
// fibres lit on it; nothing when the model is not cut.
func (e *Explorer) SectionMeshes() []geom.Mesh {
	if e.st.Section == "" {
		return nil
	}
	meshes := geom.Section(e.cfg.Atlas, e.Level().Z, e.Chain(geom.TrueScale))
	if e.player != nil {
		meshes = stepSectionNames(meshes, e.player.Step().Caption, e.st.Lesioning())
	} else if e.st.Lesioning() {
		meshes = lesionSectionNames(meshes)
	}
	return meshes
}

// musclesCamera shows where the trace ends: its strongest branches from
// where they leave the brainstem or cord to the muscles they end in, with
// the nerves arriving; false without a trace. The muscles alone, the
// nerves' last centimetres, are blue tubes in an empty screen: the cord
// at one end and the limb's course tell a student where they are.
func (e *Explorer) musclesCamera() (view.Camera, bool) {
	pts := e.LimbPoints()
	if len(pts) == 0 {
		return view.Camera{}, false
	}
	w, h, area := e.FreeArea()
	lo, hi := view.Bounds(e.MusclePoints())
	cam := view.FaceSide(e.st.Camera, (lo[0]+hi[0])/2)
	return e.roomForNames(cam, w, h, area, pts), true
}

// LimbPoints returns the trace's strongest branches from where they leave
// the central nervous system (the ventral root at the cord, a cranial
// nerve's nucleus) to their muscles, in drawn millimetres.
func (e *Explorer) LimbPoints() []mgl32.Vec3 {
	c := e.Chain(e.st.Proportions)
	if c == nil {
		return nil
	}
	heaviest := heaviestEnd(c)
	nodes := c.Branches()
	var pts []mgl32.Vec3
	for i, n := range nodes {
		if len(n.Branch.Children) > 0 || n.Branch.Weight < muscleShare*heaviest {
			continue
		}
		// Up the branch and its parents, to the last station that is not
		// in the periphery: where the nerve leaves the cord or brainstem.
		end := n.Branch.Length()
		for j := i; j >= 0; {
			b := nodes[j].Branch
			from, out := float32(0), false
			for k := len(b.Stations) - 1; k >= 0; k-- {
				if st := b.Stations[k]; st.At <= end && st.Level != trace.Periphery {
					from, out = st.At, true
					break
				}
			}
			for k, q := range b.Path {
				if b.Arc[k] >= from && b.Arc[k] <= end {
					pts = append(pts, q)
				}
			}
			if out {
				break
			}
			end, j = b.Offset, nodes[j].Parent
		}
	}
	return pts
}

// MusclePoints returns the ends of the trace's strongest branches, in
// drawn millimetres: where the muscles are, and the nerves arriving.
func (e *Explorer) MusclePoints() []mgl32.Vec3 {
	c := e.Chain(e.st.Proportions)
	if c == nil {
		return nil
	}
	heaviest := heaviestEnd(c)
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
	return pts
}

// Framed tells whether the trace's first volley has reached its muscles
// and framing has taken them in.
func (e *Explorer) Framed() bool { return e.framing.volleyDone }

// heaviestEnd returns the weight of the trace's strongest end branch: the
// share the branches framed with it must reach is taken of it.
func heaviestEnd(c *trace.Chain) float64 {
	heaviest := 0.0
	for _, n := range c.Branches() {
		if len(n.Branch.Children) == 0 {
			heaviest = max(heaviest, n.Branch.Weight)
		}
	}
	return heaviest
}
