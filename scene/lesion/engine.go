// Package lesion turns lesion sites into the weakness they cause: which cell
// bodies and axons a lesion destroys, which motor neuron pools lose their
// cells or their descending drive, and so which regions are weak, on which
// side, of upper or lower motor neuron type, with which signs.
//
// Nothing here knows a syndrome: a named syndrome is a list of sites, and
// its answer follows from the atlas's anatomy (see scene/anatomy).
package lesion

import (
	"fmt"
	"strings"
	"sync"

	"github.com/decussate/decussate/internal/quote"
	"github.com/decussate/decussate/scene/anatomy"
)

// Phase is the time since the lesion.
type Phase string

// The phases: the first days (cerebral or spinal shock) and the established
// picture.
const (
	Acute   Phase = "acute"
	Chronic Phase = "chronic"
)

// ParsePhase reads "acute" or "chronic".
func ParsePhase(s string) (Phase, error) {
	switch p := Phase(strings.ToLower(s)); p {
	case Acute, Chronic:
		return p, nil
	}
	return "", fmt.Errorf("bad phase %s (want acute or chronic)", quote.Short(s))
}

// Engine evaluates lesions against one atlas. It is safe for concurrent use.
type Engine struct {
	n      *network
	states sync.Pool
}

// New wires the atlas into an engine.
func New(a *anatomy.Atlas) (*Engine, error) {
	n, err := buildNetwork(a)
	if err != nil {
		return nil, fmt.Errorf("wiring the atlas: %w", err)
	}
	return &Engine{n: n}, nil
}

// Atlas returns the atlas the engine was built from.
func (e *Engine) Atlas() *anatomy.Atlas { return e.n.atlas }

// Result is the engine's answer, in the form of the lesion contract
// (shared/clinical/README.md).
type Result struct {
	Sites    []SiteJSON `json:"sites"`
	Phase    Phase      `json:"phase"`
	Deficits []Deficit  `json:"deficits"`
	Signs    []Sign     `json:"signs"`
	Summary  string     `json:"summary"`
	// Destroyed lists what the lesion destroyed, largest share first: the
	// cell bodies and axons behind the deficits, for the view to darken
	// and for a student to read.
	Destroyed []Destroyed `json:"-"`
	// Cuts are the corticofugal bundles the lesion cuts, whose fibres
	// degenerate below it.
	Cuts []ChannelCut `json:"-"`
	// Quiet, for a lesion that weakens nothing, lists what it took of
	// each region's upper motor neurons and whether the other hemisphere
	// drives the region too, largest first: why nothing shows (silent.go).
	Quiet []QuietLoss `json:"-"`
	// Muscles are the muscles the lesion weakens and Movements the
	// movements, weakest first: the words that tell a median palsy from an
	// ulnar one, or a hoarse voice from slurred speech, are read from them.
	Muscles   []MuscleLoss   `json:"-"`
	Movements []MovementLoss `json:"-"`
}

// Destroyed is one element of the atlas a lesion destroyed, wholly or in
// part.
type Destroyed struct {
	Name  string
	Side  string
	Share float64
	// Path is the element's shape in atlas millimetres: one point (its
	// centre) for cell bodies, a polyline for axons; Radius its size.
	Path   []anatomy.Point
	Radius float64
	// Axons tells a bundle of axons from a population of cell bodies.
	Axons bool
	// Silent tells an element that drives or supplies muscles none of
	// whose regions is weak: its loss shows in no finding (the bladder
	// area's neurons, which both hemispheres drive), so a heading does not
	// name it where the lesion weakens something else.
	Silent bool
}

// SiteJSON is a site as the answer echoes it.
type SiteJSON struct {
	ID    string `json:"id"`
	Side  string `json:"side,omitempty"`
	Level string `json:"level,omitempty"`
}

// Deficit is one weak region on one side.
type Deficit struct {
	Region string `json:"region"`
	Side   string `json:"side"`
	// Type is UMN, LMN or mixed.
	Type     string  `json:"type"`
	Severity float64 `json:"severity"`
}

// Sign is one clinical sign, with its side or, for a deviation or a gaze
// palsy, the direction.
type Sign struct {
	Sign     string   `json:"sign"`
	Side     string   `json:"side,omitempty"`
	Toward   string   `json:"toward,omitempty"`
	Reflexes []string `json:"reflexes,omitempty"`
	// Speech, for dysarthria, says how speech is disordered, from the
	// muscles weak (SpeechSlurred, SpeechNasal, SpeechHoarse): the
	// contract's one sign covers them all, the words tell them apart.
	Speech []string `json:"-"`
}

// Evaluate computes the deficits and signs of the combined lesion of sites
// at phase.
func (e *Engine) Evaluate(sites []Site, phase Phase) *Result {
	// The working state is reused between evaluations: a lesion moved in
	// the 3D view is evaluated every frame it moves.
	st, _ := e.states.Get().(*state)
	if st == nil {
		st = e.n.newState()
	}
	defer e.states.Put(st)
	st.reset()
	d := st.damage
	for _, s := range sites {
		e.n.damage(st, s)
	}
	e.n.spread(d, st.spread)
	e.n.sheetWhole(d)
	// Shock follows an acute injury; a degenerative disease has none, nor
	// any acute phase before its established picture.
	shockPhase := Chronic
	for _, s := range sites {
		if phase == Acute && (s.ID == "point" || e.n.atlas.Site(s.ID).Kind != "disease") {
			shockPhase = Acute
		}
	}
	st.recovering = e.n.recovering(sites, phase)
	e.n.evaluate(st)
	res := &Result{Phase: phase, Signs: []Sign{}}
	for _, s := range sites {
		sj := SiteJSON{ID: s.ID, Side: s.Side}
		if s.ID == "point" {
			sj.ID = s.String()
		}
		if s.HasLevel {
			sj.Level = s.Level.String()
		}
		res.Sites = append(res.Sites, sj)
	}
	floor := e.n.atlas.Model.Floor
	res.Deficits = e.n.deficits(st, floor)
	if signs := e.n.signs(st, shockPhase); signs != nil {
		res.Signs = signs
	}
	res.Destroyed = e.n.destroyedList(st)
	res.Cuts = e.n.channelCuts(d)
	res.Muscles, res.Movements = e.n.muscleLosses(st, floor)
	if len(res.Deficits) == 0 {
		res.Quiet = e.n.quiet(st)
	}
	res.Summary = summarize(res)
	return res
}

func round2(x float64) float64 { return float64(cents(x)) / 100 }

// cents returns x in hundredths, rounded half up (round2).
func cents(x float64) int { return int(x*100 + 0.5) }
