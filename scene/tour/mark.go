package tour

import (
	"fmt"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/trace"
)

// A step's mark names a place its caption talks about that the model
// draws no part of its own for, or none a student would find unnamed:
// a cortical area, as a trace starts from it ("area:hand:L"), or a deep
// station of the corticofugal pathway ("station:internal_capsule:L", the
// crus, the pyramid), where the caption says the fibres pass.

// Mark is one of a step's marks, read.
type Mark struct {
	// Station is the id of the pathway's station marked
	// ("internal_capsule"); "" for a cortical area.
	Station string
	// Area is the cortical area marked, as a trace starts from it, when
	// Station is "".
	Area trace.Start
	// Side is the side marked.
	Side anatomy.Side
}

// stationMark starts a mark naming a station.
const stationMark = "station:"

// ParseMark reads a step's mark: "station:ID:L" (or R) names a station of
// the atlas; anything else is read as a trace's start and must name a
// cortical area.
func ParseMark(a *anatomy.Atlas, text string) (Mark, error) {
	if rest, ok := strings.CutPrefix(strings.TrimSpace(text), stationMark); ok {
		id, side, ok := strings.Cut(rest, ":")
		if !ok {
			return Mark{}, fmt.Errorf("mark %s: want station:id:side, such as station:internal_capsule:L", quote(text))
		}
		if a.StationIndex(id) < 0 {
			return Mark{}, fmt.Errorf("mark %s: unknown station %s", quote(text), quote(id))
		}
		m := Mark{Station: id}
		switch strings.ToLower(side) {
		case "l", "left":
			m.Side = anatomy.Left
		case "r", "right":
			m.Side = anatomy.Right
		default:
			return Mark{}, fmt.Errorf("mark %s: side %s is neither L nor R", quote(text), quote(side))
		}
		return m, nil
	}
	st, err := trace.ParseStart(a, text)
	if err != nil {
		return Mark{}, err
	}
	if st.Kind != trace.FromArea {
		return Mark{}, fmt.Errorf("mark %s is not an area (area:hand:L) or a station (station:internal_capsule:L)", quote(text))
	}
	return Mark{Area: st, Side: st.Side}, nil
}
