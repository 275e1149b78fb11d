package words

import (
	"fmt"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words/say"
)

// quietNamed is how many regions a quiet loss's sentence names: the
// largest losses; the rest are smaller and would only lengthen it.
const quietNamed = 2

// Summary returns the report's summary of a result: the engine's sentence,
// and where the lesion weakens nothing though it took upper motor neurons,
// what it took and why nothing shows: "No weakness: the lesion takes about
// 10 % of the left hemisphere's motor neurons for the right hip; the rest
// of them and other routes still drive the right hip."
func Summary(res *lesion.Result) string {
	if res == nil {
		return ""
	}
	why := Quiet(res.Quiet)
	if len(res.Deficits) > 0 || why == "" {
		return res.Summary
	}
	if rest, ok := strings.CutPrefix(res.Summary, "No weakness"); ok && rest == "." {
		return "No weakness: " + why + "."
	}
	return res.Summary + " " + Capital(why) + "."
}

// Quiet says what a lesion took of the upper motor neurons of the regions
// it did not weaken, and why they are not weak, largest losses first; ""
// for none.
func Quiet(qs []lesion.QuietLoss) string {
	if len(qs) == 0 {
		return ""
	}
	if len(qs) > quietNamed {
		qs = qs[:quietNamed]
	}
	var took []string
	for i, q := range qs {
		if i > 0 && q.Share < 0.01 {
			// A second region barely touched only lengthens the line.
			qs = qs[:i]
			break
		}
		verb, what := quietTook(q)
		if i > 0 {
			p := qs[i-1]
			if p.Fibres == q.Fibres && p.Premotor == q.Premotor && p.Hemisphere == q.Hemisphere && (!q.Fibres || p.Bulbar == q.Bulbar) {
				what = "those"
			}
			if p.Fibres == q.Fibres {
				verb = ""
			}
		}
		took = append(took, verb+shareWords(toldShare(q))+what+" for "+theRegion(q))
	}
	// Why: the regions the other hemisphere drives too keep that drive;
	// the others keep the rest of theirs.
	var both, rest []lesion.QuietLoss
	all := true
	for _, q := range qs {
		if q.Bilateral {
			both = append(both, q)
			continue
		}
		rest = append(rest, q)
		all = all && toldShare(q) >= 0.995
	}
	var why []string
	if len(both) > 0 {
		verb := " keeps its"
		if len(both) > 1 || (both[0].Side != "L" && both[0].Side != "R" && pairs[both[0].Region] != "") {
			verb = " keep their"
		}
		why = append(why, regionList(both)+verb+" drive from the "+say.Opposite(both[0].Hemisphere)+" hemisphere as well")
	}
	if len(rest) > 0 {
		who := "the rest of them and other routes"
		if all {
			who = "other routes"
		}
		why = append(why, who+" still drive "+regionList(rest))
	}
	return "the lesion " + joinList(took) + "; " + strings.Join(why, ", and ")
}

// regionList names the regions of qs with their sides, the side once where
// they share it and the names read as one list: "the right wrist and
// hand", "the right knee, ankle and foot".
func regionList(qs []lesion.QuietLoss) string {
	side := qs[0].Side
	var names []string
	for _, q := range qs {
		name := anatomy.RegionName(q.Region)
		if q.Side != side || side == "B" || unsided[q.Region] {
			side = ""
		}
		names = append(names, name)
	}
	if side != "" {
		return "the " + say.Side(side) + " " + JoinRegions(names)
	}
	names = names[:0]
	for _, q := range qs {
		names = append(names, theRegion(q))
	}
	return joinList(names)
}

// theRegion names q's region with its side and an article: "the right
// hip", "both hips", "the upper face on both sides".
func theRegion(q lesion.QuietLoss) string {
	r := Region(q.Region, q.Side)
	if strings.HasPrefix(r, "both ") {
		return r
	}
	return "the " + r
}

// toldShare returns the share of q the sentence tells: of the premotor
// neurons for a premotor loss, of all the hemisphere's otherwise.
func toldShare(q lesion.QuietLoss) float64 {
	if q.Premotor {
		return q.PremotorShare
	}
	return q.Share
}

// quietTook returns the verb and the object of what a lesion took of one
// region's upper motor neurons: "takes ", "the left hemisphere's motor
// neurons"; for a loss mostly of area 6's, "the left hemisphere's
// premotor neurons", its share then of those (QuietLoss.PremotorShare):
// a click on the premotor cortex takes none of the primary motor
// cortex's, and "8 % of the motor neurons" read as though it had.
func quietTook(q lesion.QuietLoss) (verb, what string) {
	if q.Fibres {
		kind := "corticospinal"
		if q.Bulbar {
			kind = "corticobulbar"
		}
		if q.Premotor {
			kind = "premotor"
		}
		return "cuts ", "the " + kind + " fibres from the " + Side(q.Hemisphere) + " hemisphere"
	}
	if q.Premotor {
		return "takes ", "the " + Side(q.Hemisphere) + " hemisphere's premotor neurons"
	}
	return "takes ", "the " + Side(q.Hemisphere) + " hemisphere's motor neurons"
}

// shareWords says a share the way a teacher would round it: "about 10 %
// of ", "under 1 % of ", "all ".
func shareWords(share float64) string {
	switch {
	case share >= 0.995:
		return "all "
	case share < 0.01:
		return "under 1 % of "
	}
	return fmt.Sprintf("about %.0f %% of ", 100*share)
}
