package explorer

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words/list"
	"github.com/go-gl/mathgl/mgl32"
)

// The muscles have no shape in the model: a trace's nerves end in empty
// space. Once its first volley arrives, a small mark at the end of each of
// its strongest branches stands for the muscles the branch ends in,
// labelled with their names, so that the end of a trace says what the
// impulse reached. The names stand in a column beside the limb (the view's
// label layout), as many as the free area's height holds: where fewer fit
// than the muscles, the hand's own come before the forearm's, one at each
// nerve's end first; only where fewer fit than the nerves' ends (a truly
// small screen) is each end named for its nerve.

// muscleMarkRadius is a muscle mark's radius, in millimetres: a few times
// a nerve's tube, small beside a hand.
const muscleMarkRadius = 3

// MuscleMarkColor is the colour of a muscle's mark: muscle red.
var MuscleMarkColor = [4]float32{0.86, 0.36, 0.32, 1}

// muscleNearEnd is how close, in millimetres, a muscle's nerve must end to
// a branch's end for the branch to end in that muscle.
const muscleNearEnd = 3

// AllNames is a number of name lines that holds every muscle's name.
const AllNames = math.MaxInt32

// MuscleMarks returns the marks, small named spheres in atlas millimetres,
// of the muscles the strongest branches of c (at true scale) end in, as
// many as lines names have room for (AllNames: every one): one for each
// muscle, named once even where its axons divide among parallel nerves;
// or, where fewer lines fit than the nerves whose branches end there, one
// for each nerve ("median nerve"), however many pieces it is cut into.
func MuscleMarks(a *anatomy.Atlas, c *trace.Chain, lines int) []geom.Mesh {
	ends, byNerve := muscleEnds(a, c, lines)
	// One mark, and one label, for each place: the muscles that end where
	// one nerve ends are named together ("orbicularis oris, zygomaticus
	// and buccinator"), not as labels stacked on one ball.
	var at []mgl32.Vec3
	var names [][]string
	for _, m := range ends {
		name := m.muscle.Words()
		if byNerve {
			name = nerveWords(m.family.Name)
		}
		k := 0
		for k < len(at) && at[k].Sub(m.at).Len() >= muscleNearEnd {
			k++
		}
		if k == len(at) {
			at, names = append(at, m.at), append(names, nil)
		}
		if !slices.Contains(names[k], name) {
			names[k] = append(names[k], name)
		}
	}
	var marks []geom.Mesh
	for k, p := range at {
		mark := geom.Sphere(fmt.Sprintf("muscle.%d", len(marks)), list.Parts(sharedHeads(names[k])), p, muscleMarkRadius, MuscleMarkColor)
		mark.Anchor, mark.Major = p, true
		marks = append(marks, mark)
	}
	return marks
}

// sharedHeads names together the muscles whose names differ only in
// their last word after a head of two words or more, as an anatomist
// writes them (not "orbicularis oculi and oris"), so that one mark's label
// stays short enough for a phone: "flexor digitorum profundus and
// superficialis", not "flexor digitorum profundus and flexor digitorum
// superficialis".
func sharedHeads(names []string) []string {
	var out []string
	var last []string // the words of out's last name, before any "and"
	for _, n := range names {
		w := strings.Fields(n)
		if len(w) > 2 && len(last) == len(w) && strings.Join(last[:len(w)-1], " ") == strings.Join(w[:len(w)-1], " ") {
			out[len(out)-1] += " and " + w[len(w)-1]
			last = nil
			continue
		}
		out, last = append(out, n), w
	}
	return out
}

// nerveWords returns a nerve's name as a label says it: up to the word
// "nerve", without the words in brackets ("common peroneal nerve").
func nerveWords(name string) string {
	if i := strings.Index(name, "nerve"); i >= 0 {
		name = name[:i+len("nerve")]
	}
	for {
		i, j := strings.Index(name, " ("), strings.Index(name, ")")
		if i < 0 || j < i {
			return name
		}
		name = name[:i] + name[j+1:]
	}
}

// muscleEnd is a muscle a trace ends in, the nerve it ends in and where,
// in atlas millimetres; family is the whole nerve that piece belongs to
// (the median nerve for its forearm piece), which a student counts as one.
type muscleEnd struct {
	muscle *anatomy.Muscle
	nerve  *anatomy.Nerve
	family *anatomy.Nerve
	at     mgl32.Vec3
}

// nerveFamily returns the whole nerve a nerve piece belongs to: the atlas
// names the pieces of one nerve by its name and a dot
// ("median_nerve.forearm", "radial_nerve.axilla"), the first of them
// standing for all; n itself when it is no such piece.
func nerveFamily(a *anatomy.Atlas, n *anatomy.Nerve) *anatomy.Nerve {
	i := strings.IndexByte(n.ID, '.')
	if i < 0 {
		i = len(n.ID)
	}
	stem := n.ID[:i]
	for k := range a.Nerves {
		f := &a.Nerves[k]
		if f.ID == stem || strings.HasPrefix(f.ID, stem+".") {
			return f
		}
	}
	return n
}

// muscleEnds returns the muscles the strongest branches of c (at true
// scale) end in, each once, as many as lines names have room for: all
// when they fit; else the most distal first (the hand's own before the
// forearm's), one for each nerve before a second for any. Where fewer
// lines fit than there are nerves, it returns the first muscle of each
// nerve, byNerve.
func muscleEnds(a *anatomy.Atlas, c *trace.Chain, lines int) (out []muscleEnd, byNerve bool) {
	if c == nil {
		return nil, false
	}
	heaviest := heaviestEnd(c)
	var ends []mgl32.Vec3
	for _, n := range c.Branches() {
		b := n.Branch
		if len(b.Children) == 0 && b.Weight >= muscleShare*heaviest && len(b.Path) > 0 {
			ends = appendEnd(ends, b.Path[len(b.Path)-1])
		}
	}
	all := endingMuscles(a, c, ends, false)
	if len(all) <= lines {
		return all, false
	}
	covered := map[*anatomy.Nerve]bool{}
	for _, m := range all {
		covered[m.family] = true
	}
	if lines < len(covered) {
		return endingMuscles(a, c, ends, true), true
	}
	// The most distal first: the small muscles of the hand are what a
	// hand's trace is about, the forearm's wrist movers after them.
	// Insertion sort, stable: sort.SliceStable would put the slice, and
	// its mathgl vectors, in an interface, which keeps all of mathgl in
	// the browser's build (cmd/decussate's linker_test.go).
	byDistal := append([]muscleEnd(nil), all...)
	for i := 1; i < len(byDistal); i++ {
		for j := i; j > 0 && distalness(byDistal[j].muscle) > distalness(byDistal[j-1].muscle); j-- {
			byDistal[j], byDistal[j-1] = byDistal[j-1], byDistal[j]
		}
	}
	chosen := map[*anatomy.Muscle]bool{}
	ofNerve := map[*anatomy.Nerve]bool{}
	for _, m := range byDistal {
		if !ofNerve[m.family] {
			ofNerve[m.family], chosen[m.muscle] = true, true
		}
	}
	for _, m := range byDistal {
		if len(chosen) >= lines {
			break
		}
		chosen[m.muscle] = true
	}
	for _, m := range all {
		if chosen[m.muscle] {
			out = append(out, m)
		}
	}
	return out, false
}

// endingMuscles returns the muscles c drives that end at ends, each once
// at the first end it reaches; byNerve, the first muscle of each nerve
// family instead.
func endingMuscles(a *anatomy.Atlas, c *trace.Chain, ends []mgl32.Vec3, byNerve bool) []muscleEnd {
	strongest := 0.0
	for _, r := range c.Reaches() {
		if r.Kind == trace.Muscle {
			strongest = max(strongest, r.Weight)
		}
	}
	var out []muscleEnd
	named := map[string]bool{}
	taken := map[*anatomy.Nerve]bool{}
	for _, r := range c.Reaches() {
		// The muscles the few uncrossed fibres reach share the nerves of
		// those the trace drives: they are not where it ends.
		if r.Kind != trace.Muscle || r.Weight < muscleShare*strongest {
			continue
		}
		m, key := a.Muscle(r.ID), r.ID+" "+r.Side.String()
		// A muscle that moves no region (the stapedius, the cremaster)
		// shows a student nothing move: the marks name the muscles seen
		// to move.
		if m == nil || named[key] || m.Region == "" {
			continue
		}
		for _, end := range ends {
			nv := endsAt(a, m, r.Side, end)
			if nv == nil {
				continue
			}
			f := nerveFamily(a, nv)
			if byNerve && taken[f] {
				continue
			}
			named[key], taken[f] = true, true
			out = append(out, muscleEnd{m, nv, f, end})
			if !byNerve {
				break
			}
		}
	}
	return out
}

// distalness is how far down the cord a muscle's supply lies: its
// segments' levels weighted by their shares (T1 for the hand's own
// muscles, C6 for a wrist extensor); 0 for a cranial muscle.
func distalness(m *anatomy.Muscle) float64 {
	d := 0.0
	for seg, share := range m.Segments {
		if l, err := anatomy.ParseLevel(seg); err == nil {
			d += share * float64(l)
		}
	}
	return d
}

// appendEnd appends p to ends unless one of them is where p is: the
// branches from several segments' pools end in the same nerve.
func appendEnd(ends []mgl32.Vec3, p mgl32.Vec3) []mgl32.Vec3 {
	for _, q := range ends {
		if q.Sub(p).Len() < muscleNearEnd {
			return ends
		}
	}
	return append(ends, p)
}

// endsAt returns the nerve among those muscle m's axons end in, on side s,
// that ends at p, or nil: the last of the nerves it passes in series, or
// any of those its axons divide among.
func endsAt(a *anatomy.Atlas, m *anatomy.Muscle, s anatomy.Side, p mgl32.Vec3) *anatomy.Nerve {
	nerves := m.Nerves
	if !m.Parallel && len(nerves) > 1 {
		nerves = nerves[len(nerves)-1:]
	}
	for _, id := range nerves {
		nv := a.Nerve(id)
		if nv == nil || len(nv.Path) == 0 {
			continue
		}
		end := geom.Vec32(anatomy.OnSide(nv.Path[len(nv.Path)-1], s))
		if end.Sub(p).Len() < muscleNearEnd {
			return nv
		}
	}
	return nil
}

// arrived tells that the trace on screen is the one whose first volley
// reached its muscles: not the last one's, in the tick before framing
// sees a new trace.
func (e *Explorer) arrived() bool {
	f := &e.framing
	return e.st.Mode == Trace && f.volleyDone && f.traced && f.trace == e.st.Trace
}

// nameLine returns the height, in pixels of a w × h screen, of one label
// as the view stacks them: LabelSize (Frame) apart by half as much again.
func (e *Explorer) nameLine(w, h int) float32 {
	ratio := e.shown.ratio
	if !(ratio > 0) {
		ratio = 1
	}
	return screen.NewMetrics(w, h, ratio, e.st.Presenter).LabelSize() * 1.5
}

// nameLines returns how many names the column of labels beside the
// trace's end holds on the screen the last frame laid out: the free
// area's height in lines, less one for the column's margins; AllNames
// before any frame.
func (e *Explorer) nameLines() int {
	free := e.framing.free
	if free.w <= 0 || free.h <= 0 {
		return AllNames
	}
	return max(0, int((free.area.Y1-free.area.Y0)/e.nameLine(free.w, free.h))-1)
}

// roomForNames frames the limb's points pts with cam, centred in the free
// area: the names stand in a column beside it, spread about their marks'
// height and kept in the area (nameLines counts only what fits), so
// they need no room under the hand; room left under it left the limb
// small and high, the rest of the screen empty.
func (e *Explorer) roomForNames(cam view.Camera, w, h int, area view.Area, pts []mgl32.Vec3) view.Camera {
	return view.FrameOn(cam, w, h, area, pts, muscleContext)
}
