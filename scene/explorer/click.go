package explorer

import (
	"io/fs"
	"math"
	"strings"
	"sync"

	"github.com/decussate/decussate/assets/meshes"
	"github.com/decussate/decussate/scene/mesh"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
	"github.com/go-gl/mathgl/mgl32"
)

// A click or a tap on the model, once the adapter has found the part under
// it and the point on its surface (in the drawn proportion), becomes an
// action here: a trace from what was clicked, or a lesion placed there.

// sink is how far into the surface clicked, as a share of the radius, a
// lesion's centre goes: the cortex's neurons lie under its surface.
const sink = 0.6

// TraceClick returns the action that traces from the part of the model
// with mesh id clicked at pos (drawn in the explorer's proportions), and
// whether the part starts a trace at all. The error names a start the
// atlas cannot trace.
func (e *Explorer) TraceClick(id string, pos mgl32.Vec3) (Action, bool, error) {
	text := StartAt(e.cfg.Atlas, id, e.st.Proportions.Unwarp(pos))
	if text == "" {
		return Action{}, false, nil
	}
	s, err := trace.ParseStart(e.cfg.Atlas, text)
	if err != nil {
		return Action{}, true, err
	}
	return Action{Kind: StartTrace, Start: s}, true, nil
}

// StartAt returns the trace start for the part of the model with mesh id
// clicked at atlas point at, or "" when the part starts no trace: the
// cortex traces from the area nearest the click, a pathway from its area,
// a nucleus from itself, a ventral horn from the segment clicked.
func StartAt(a *anatomy.Atlas, id string, at mgl32.Vec3) string {
	dot := strings.LastIndex(id, ".")
	if dot < 0 {
		return ""
	}
	name, side := id[:dot], id[dot+1:]
	switch {
	case motorCortex(id):
		// The strip: the area of it nearest the click. The rest of the
		// cortex starts none (WhereToTrace says where to click).
		return "area:" + nearestArea(a, at) + ":" + side
	case strings.HasPrefix(id, "pathway.") && !strings.Contains(id, "anterior"):
		if ch := a.Channel(strings.TrimPrefix(name, "pathway.")); ch != nil {
			return "area:" + ch.Area + ":" + side
		}
	case strings.HasPrefix(id, "nucleus."):
		return "nucleus:" + strings.TrimPrefix(name, "nucleus.") + ":" + side
	case strings.HasPrefix(id, "ventral_horn."):
		for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
			seg := a.Segment(l)
			if float64(at[2]) <= seg.Top && float64(at[2]) > seg.Bottom {
				return "horn:" + l.String() + ":" + side
			}
		}
	}
	return ""
}

// motorCortex tells a mesh id of the cortex a motor pathway starts from:
// the precentral gyrus and the paracentral lobule.
func motorCortex(id string) bool {
	return strings.HasPrefix(id, "precentral.") || strings.HasPrefix(id, "paracentral.")
}

// nearestArea returns the cortical area nearest an atlas point (either
// hemisphere, by its distance to the left one mirrored).
func nearestArea(a *anatomy.Atlas, p mgl32.Vec3) string {
	best, bestD := "", math.Inf(1)
	for _, ar := range a.Areas {
		if ar.Kind != "cortex" {
			continue
		}
		dx := math.Abs(float64(p[0])) - math.Abs(ar.At[0])
		dy, dz := float64(p[1])-ar.At[1], float64(p[2])-ar.At[2]
		if d := dx*dx + dy*dy + dz*dz; d < bestD {
			best, bestD = ar.ID, d
		}
	}
	return best
}

// LesionClick returns the action a click in lesion mode on the part of
// the model with mesh id at pos takes (on the surface of what was clicked,
// drawn in the explorer's proportions): a lesion placed there, or with
// move (or MovingLesion) the selected one moved there. Its centre is where
// LesionCentre puts it, aimed at the motor pathway in a structure that
// carries it (clickCentre); its size is the selected sphere's, or the size a
// click there takes (RadiusOn, judged where the surface was hit).
func (e *Explorer) LesionClick(id string, pos mgl32.Vec3, move bool) Action {
	radius := RadiusOn(id, e.st.Proportions.Unwarp(pos))
	sel := e.selected
	if sel >= 0 && sel < len(e.st.Lesions) && e.st.Lesions[sel].Sphere() {
		radius = e.st.Lesions[sel].Radius
	}
	a := Action{Kind: PlaceLesion, At: e.clickCentre(id, pos, radius), Radius: radius}
	if (move || e.MovingLesion()) && sel >= 0 {
		a.Kind = MoveLesion
	}
	return a
}

// deepSink is how far, in millimetres, below the surface clicked a lesion
// in a structure other than the cortex is centred: just inside it, so that
// the narrowest clicked (a pyramid, about 4 mm across) still holds the
// centre whichever way it is seen.
const deepSink = 1.5

// LesionCentre returns the centre, in atlas millimetres, of a lesion of
// radius placed by a click on the part of the model with mesh id at pos
// (on its surface, drawn in proportions p) seen from eye. On the cortex
// it sinks below the surface, since the cortex's neurons lie under it,
// along the line of sight tilted into the hemisphere. Everywhere else
// (a crus, the capsule, a thalamus, the pons, a pyramid, a pathway, the
// quadrant's cut face) it stays just inside the point clicked: pulling it
// toward the hemisphere's middle, or a sphere's depth along the line of
// sight, carried a small deep structure's lesion out of it.
func LesionCentre(p geom.Proportions, id string, pos, eye mgl32.Vec3, radius float32) mgl32.Vec3 {
	surface := p.Unwarp(pos)
	dir := pos.Sub(eye)
	if dir.Len() > 0 {
		dir = dir.Normalize()
	}
	if !onCortex(id) {
		if dir.Len() > 0 {
			pos = pos.Add(dir.Mul(min(deepSink, radius*sink)))
		}
		return p.Unwarp(pos)
	}
	// A line of sight grazing the surface (the vertex seen obliquely)
	// would leave the centre at the surface and half the sphere outside
	// the brain: halfway between the line of sight and the way into the
	// hemisphere is into the brain from any side.
	if in := p.Warp(hemisphereCentre(surface[0])).Sub(pos); in.Len() > 0 {
		dir = dir.Add(in.Normalize())
	}
	if dir.Len() > 0 {
		pos = pos.Add(dir.Normalize().Mul(radius * sink))
	}
	at := p.Unwarp(pos)
	// Every structure of the hemispheres is paired, so the centre stays
	// in the half of the head the surface clicked lies in: a click
	// grazing the vertex from one side, on the near hemisphere's medial
	// edge, would otherwise sink across the midline into the far
	// hemisphere and weaken the far one's leg.
	at[0] = keepSide(at[0], surface[0])
	return at
}

// onCortex tells the mesh ids of the cortex's surface (its parts, each
// side), whose clicks sink to the neurons below it; the quadrant look's
// cut face shows white matter, clicked where it lies.
func onCortex(id string) bool {
	for _, part := range [...]string{"hemisphere.", "precentral.", "paracentral.", "postcentral.", "premotor.", "sma."} {
		if strings.HasPrefix(id, part) {
			return true
		}
	}
	return false
}

// hemisphereCentre returns the middle, in atlas millimetres, of the
// hemisphere a point x mm right of the midline lies in (of the two
// together on the midline): the centroid of the shipped left hemisphere's
// vertices (hemisphereMiddle), mirrored for the right, so that a remade
// mesh keeps clicked lesions sinking into its own middle.
func hemisphereCentre(x float32) mgl32.Vec3 {
	c := hemisphereMiddle()
	switch {
	case x < 0:
		return c
	case x > 0:
		return mgl32.Vec3{-c[0], c[1], c[2]}
	}
	return mgl32.Vec3{0, c[1], c[2]}
}

// fallbackMiddle is the left hemisphere's middle should the shipped mesh
// not decode (the model then fails to build too, and says why).
var fallbackMiddle = mgl32.Vec3{-31, -15, 17}

var (
	middleOnce sync.Once
	middle     mgl32.Vec3
)

// hemisphereMiddle returns the centroid of the shipped left hemisphere's
// vertices, worked out once.
func hemisphereMiddle() mgl32.Vec3 {
	middleOnce.Do(func() {
		middle = fallbackMiddle
		b, err := fs.ReadFile(meshes.FS(), mesh.Hemisphere.File())
		if err != nil {
			return
		}
		m, err := mesh.Decode(b)
		if err != nil || len(m.Positions) == 0 {
			return
		}
		var sum [3]float64
		for _, p := range m.Positions {
			for d := range sum {
				sum[d] += float64(p[d])
			}
		}
		n := float64(len(m.Positions))
		middle = mgl32.Vec3{float32(sum[0] / n), float32(sum[1] / n), float32(sum[2] / n)}
	})
	return middle
}

// midlineMargin is how near the midline (mm) a sunk centre may come from a
// hemisphere's side: the medial surfaces lie about 3.5 mm from it (the leg
// area's territory, umn.json), so that a centre kept 3 mm off it with the
// default radius barely reaches the other hemisphere.
const midlineMargin = 3

// keepSide returns x, a sunk centre's distance right of the midline, kept
// on the side of sx, the surface point's: no nearer the midline than
// midlineMargin, or than the surface point itself where that lies nearer.
func keepSide(x, sx float32) float32 {
	lim := min(float32(math.Abs(float64(sx))), midlineMargin)
	switch {
	case sx < 0:
		return min(x, -lim)
	case sx > 0:
		return max(x, lim)
	}
	return x
}

// MovingLesion tells whether the next lesion click moves the selected sphere
// (ToggleMoveLesion armed it, and there is still one to move).
func (e *Explorer) MovingLesion() bool { return e.moving && e.movable() }

// movable tells whether lesion mode has a selected sphere to move.
func (e *Explorer) movable() bool {
	ls, sel := e.st.Lesions, e.selected
	return e.st.Lesioning() && sel >= 0 && sel < len(ls) && ls[sel].Sphere()
}
