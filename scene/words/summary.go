package words

import (
	"slices"
	"strings"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words/list"
	"github.com/decussate/decussate/scene/words/say"
)

// ReportSummary returns the lesion report's opening sentence: what a
// teacher says first, in the engine's form ("Right face, arm and leg
// weakness of upper motor neuron type, forehead spared.") but in coarser
// parts, since the report's rows name every region with its grade: "jaw,
// bulbar, neck, all four limbs" rather than each muscle group, and a gaze
// palsy to both sides said once. A lesion that weakens nothing says why,
// as Summary does.
func ReportSummary(res *lesion.Result) string {
	if res == nil || len(res.Deficits) == 0 {
		return Summary(res)
	}
	var clauses []string
	for _, kind := range []string{"LMN", "mixed", "UMN"} {
		per := map[string]map[string]bool{"L": {}, "R": {}}
		for _, d := range res.Deficits {
			if d.Type == kind && per[d.Side] != nil {
				per[d.Side][d.Region] = true
			}
		}
		left, right := coarseParts(per["L"], false), coarseParts(per["R"], false)
		if len(left) > 0 && slices.Equal(left, right) {
			worst := lesion.WorstMovements(res, kind, "L", per["L"])
			if !slices.Equal(worst, lesion.WorstMovements(res, kind, "R", per["R"])) {
				worst = nil
			}
			parts := coarseParts(per["L"], true)
			clauses = append(clauses, "bilateral "+JoinRegions(parts)+" weakness of "+Type(kind)+" type"+worstAt(worst, parts))
			continue
		}
		for _, side := range []string{"L", "R"} {
			if parts := coarseParts(per[side], false); len(parts) > 0 {
				worst := lesion.WorstMovements(res, kind, side, per[side])
				clauses = append(clauses, say.Side(side)+" "+JoinRegions(parts)+" weakness of "+Type(kind)+" type"+worstAt(worst, parts))
			}
		}
	}
	var notes []string
	for _, s := range mergeSides(lesion.SummarySigns(res)) {
		if n := signNote(s); n != "" && !slices.Contains(notes, n) {
			notes = append(notes, n)
		}
	}
	out := strings.Join(clauses, "; ")
	if len(clauses) == 0 {
		out = "no weakness"
	}
	if notes = list.BySide(notes); len(notes) > 0 {
		out += ", " + joinList(notes)
	}
	return Capital(out) + "."
}

// coarseParts names a side's weak regions of one type as a summary does,
// in the words of package say: the face whole or in part, the jaw, the
// palate, throat and tongue together as bulbar weakness, the neck with the
// muscles that turn and shrug it, a limb whole when all its regions are
// weak. both says the list is for both sides: a whole arm and leg are all
// four limbs.
func coarseParts(regions map[string]bool, both bool) []string {
	has := func(r string) bool { return regions[r] }
	var parts []string
	if face := say.Face(has); face != "" {
		parts = append(parts, face)
	}
	if regions["jaw"] {
		parts = append(parts, say.Part("jaw"))
	}
	if regions["palate_pharynx_larynx"] && regions["tongue"] {
		parts = append(parts, "bulbar")
	} else {
		for _, r := range []string{"palate_pharynx_larynx", "tongue"} {
			if regions[r] {
				parts = append(parts, say.Part(r))
			}
		}
	}
	for _, r := range []string{"eye_adduction_elevation_depression", "eye_intorsion", "eye_abduction"} {
		if regions[r] {
			parts = append(parts, say.Part(r))
		}
	}
	if regions["neck"] {
		parts = append(parts, say.Part("neck"))
	} else {
		for _, r := range []string{"scm", "trapezius"} {
			if regions[r] {
				parts = append(parts, say.Part(r))
			}
		}
	}
	if regions["diaphragm"] {
		parts = append(parts, say.Part("diaphragm"))
	}
	arm, leg := say.Arm(nil, has), say.Leg(nil, has)
	if both && len(arm) == 1 && arm[0] == "arm" && len(leg) == 1 && leg[0] == "leg" {
		parts = append(parts, "all four limbs")
		arm, leg = nil, nil
	}
	parts = append(parts, arm...)
	if regions["trunk"] {
		parts = append(parts, say.Part("trunk"))
	}
	parts = append(parts, leg...)
	if regions["bladder_bowel"] {
		parts = append(parts, say.Part("bladder_bowel"))
	}
	return parts
}

// signNote names a sign worth a place in the summary by the examiner's
// name (say.Named), briefly: the report's list of signs says each in
// full.
func signNote(s lesion.Sign) string {
	return say.Note(s.Sign, s.Side, s.Toward, s.Reflexes, say.Named)
}

// movementTerms give the examiner's name of a movement the atlas says in
// plain words, for a summary to add in brackets.
var movementTerms = map[string]string{
	"raising the thumb from the palm": "thumb abduction", "spreading the fingers": "finger abduction",
	"gripping with the fingers": "finger flexion", "straightening the fingers": "finger extension",
	"cocking the wrist up": "wrist extension", "bending the wrist down": "wrist flexion",
	"raising the arm sideways": "shoulder abduction", "turning the arm out": "external rotation",
	"bending the elbow": "elbow flexion", "straightening the elbow": "elbow extension",
	"lifting the thigh": "hip flexion", "pressing the thigh back": "hip extension",
	"pressing the knees together": "hip adduction", "moving the leg sideways": "hip abduction",
	"straightening the knee": "knee extension", "bending the knee": "knee flexion",
	"pulling the foot up": "dorsiflexion", "pushing the foot down": "plantar flexion",
	"pulling the great toe up": "great toe extension", "turning the foot out": "eversion",
	"turning the foot in": "inversion",
}

// worstAt writes a clause's weakest movements (lesion.WorstMovements)
// by their examiner's names, briefly, as the report's summary is coarse:
// ", worst in plantar flexion". A movement the clause already names as a
// region (the C7 root's elbow extension) is not said again; a movement
// with no examiner's name is said in its plain words.
func worstAt(worst []string, regions []string) string {
	var terms []string
	for _, m := range worst {
		t, ok := movementTerms[m]
		if !ok {
			t = m
		}
		if !slices.Contains(regions, t) && !slices.Contains(terms, t) {
			terms = append(terms, t)
		}
	}
	if len(terms) == 0 {
		return ""
	}
	return ", worst in " + list.And(terms)
}
