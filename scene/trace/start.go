package trace

import (
	"fmt"
	"strings"

	"github.com/decussate/decussate/internal/quote"
	"github.com/decussate/decussate/scene/anatomy"
)

// StartKind is the kind of place a trace starts from.
type StartKind int

// The kinds of start. A trace from an area, a nucleus or a horn runs
// forward, as the impulse does; a trace from a region runs backward to the
// upper motor neurons that drive it, but its chain is still rooted at them
// so that the impulse can travel down it.
const (
	// FromArea starts at an upper motor neuron area of umn.json: a
	// somatotopic area of the motor cortex ("hand"), the cingulate motor
	// area, or a brainstem centre with fibres to the cord ("reticular").
	FromArea StartKind = iota
	// FromNucleus starts at a cranial motor nucleus of nuclei.json
	// ("cn7_nucleus"): its pools, nerves and muscles.
	FromNucleus
	// FromHorn starts at the ventral horn of one cord segment (Level): the
	// motor columns there, the segment's ventral root, nerves and muscles.
	FromHorn
	// FromRegion starts at a body region of anatomy.Regions ("hand") and
	// answers "what drives it?".
	FromRegion
)

// kindWords are the prefixes ParseStart reads, in StartKind order.
var kindWords = [...]string{"area", "nucleus", "horn", "region"}

// String returns the kind as ParseStart reads it: area, nucleus, horn or
// region.
func (k StartKind) String() string {
	if k < 0 || int(k) >= len(kindWords) {
		return fmt.Sprintf("StartKind(%d)", int(k))
	}
	return kindWords[k]
}

// Start is where a trace begins: a kind, the atlas id of the area, nucleus
// or region (empty for a horn), the patient's side, and for a horn its
// segment.
type Start struct {
	Kind  StartKind
	ID    string
	Side  anatomy.Side
	Level anatomy.Level
}

// String returns the start in the form ParseStart reads, such as
// "area:hand:L" or "horn:C8:R".
func (s Start) String() string {
	if s.Kind == FromHorn {
		return "horn:" + s.Level.String() + ":" + s.Side.String()
	}
	return s.Kind.String() + ":" + s.ID + ":" + s.Side.String()
}

// ParseStart reads a start written kind:what:side, such as "area:hand:L",
// "nucleus:cn7_nucleus:R", "horn:C8:R" or "region:hand:L" (sides L, R, left
// or right, any case), and checks it against atlas a. The error names the
// part that is wrong, since a student types these by hand.
func ParseStart(a *anatomy.Atlas, text string) (Start, error) {
	parts := strings.Split(strings.TrimSpace(text), ":")
	if len(parts) != 3 {
		return Start{}, fmt.Errorf("trace start %s: want kind:what:side, such as area:hand:L or horn:C8:R", quote.Short(text))
	}
	var s Start
	kind := strings.ToLower(parts[0])
	found := false
	for k, w := range kindWords {
		if kind == w {
			s.Kind, found = StartKind(k), true
		}
	}
	if !found {
		return Start{}, fmt.Errorf("trace start %s: unknown kind %s (area, nucleus, horn or region)", quote.Short(text), quote.Short(parts[0]))
	}
	switch strings.ToLower(parts[2]) {
	case "l", "left":
		s.Side = anatomy.Left
	case "r", "right":
		s.Side = anatomy.Right
	default:
		return Start{}, fmt.Errorf("trace start %s: side %s is neither L nor R", quote.Short(text), quote.Short(parts[2]))
	}
	if s.Kind == FromHorn {
		l, err := anatomy.ParseLevel(parts[1])
		if err != nil {
			return Start{}, fmt.Errorf("trace start %s: level: %v", quote.Short(text), err)
		}
		s.Level = l
	} else {
		s.ID = parts[1]
	}
	if err := check(a, s); err != nil {
		return Start{}, fmt.Errorf("trace start %s: %v", quote.Short(text), err)
	}
	return s, nil
}

// check reports what in s the atlas does not know.
func check(a *anatomy.Atlas, s Start) error {
	if s.Side != anatomy.Left && s.Side != anatomy.Right {
		return fmt.Errorf("side %d is neither left nor right", int(s.Side))
	}
	switch s.Kind {
	case FromArea:
		if a.Area(s.ID) == nil {
			ids := make([]string, len(a.Areas))
			for i, ar := range a.Areas {
				ids[i] = ar.ID
			}
			return fmt.Errorf("unknown area %s (one of %s)", quote.Short(s.ID), strings.Join(ids, ", "))
		}
	case FromNucleus:
		if nucleus(a, s.ID) == nil {
			ids := make([]string, len(a.Nuclei))
			for i, n := range a.Nuclei {
				ids[i] = n.ID
			}
			return fmt.Errorf("unknown nucleus %s (one of %s)", quote.Short(s.ID), strings.Join(ids, ", "))
		}
	case FromHorn:
		if s.Level < 0 || s.Level >= anatomy.NumLevels {
			return fmt.Errorf("level %d is not a spinal segment", int(s.Level))
		}
		first, last, found := anatomy.Level(-1), anatomy.Level(-1), false
		for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
			for i := range a.Columns {
				if a.Columns[i].ProfileAt(l) != nil {
					if first < 0 {
						first = l
					}
					last = l
					found = found || l == s.Level
				}
			}
		}
		if !found {
			return fmt.Errorf("the atlas has no motor neurons at %s (its ventral horns hold motor columns from %s to %s only); start a horn trace at one of those segments", s.Level, first, last)
		}
	case FromRegion:
		if anatomy.RegionIndex(s.ID) < 0 {
			return fmt.Errorf("unknown region %s (one of %s)", quote.Short(s.ID), strings.Join(anatomy.Regions[:], ", "))
		}
	default:
		return fmt.Errorf("unknown kind %v", s.Kind)
	}
	return nil
}

// nucleus returns the cranial nucleus id, or nil; the atlas indexes pools,
// not nuclei, and there are only a handful.
func nucleus(a *anatomy.Atlas, id string) *anatomy.Nucleus {
	for i := range a.Nuclei {
		if a.Nuclei[i].ID == id {
			return &a.Nuclei[i]
		}
	}
	return nil
}
