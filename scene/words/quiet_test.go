package words_test

import (
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// TestQuietSummary: a lesion that takes upper motor neurons and weakens
// nothing says what it took and why nothing shows, in words without ids;
// one that takes none still says plainly "No weakness."; one that weakens
// says the engine's sentence.
func TestQuietSummary(t *testing.T) {
	eng := testatlas.Engine(t)
	for _, c := range []struct {
		name, site, want string
	}{
		{"a small sphere at the hand knob", "point:-38,-22,68,1.5",
			"No weakness: the lesion takes about 3 % of the left hemisphere's motor neurons for the right hand; the rest of them and other routes still drive the right hand."},
		{"a sphere on the jaw and tongue area", "point:-62,1,24,3",
			"No weakness: the lesion takes about 31 % of the left hemisphere's motor neurons for the jaw on both sides; the jaw on both sides keeps its drive from the right hemisphere as well."},
		{"a sphere far from any motor structure", "point:60,60,60,5", "No weakness."},
		{"a sphere on the hand knob that weakens the hand", "point:-38,-22,68,3", "Right hand weakness of upper motor neuron type."},
		// Area 6 takes none of the primary motor cortex's neurons: its
		// share is of the premotor ones, which the pmd and the SMA
		// give the arm together. The arm's regions lose alike; ties
		// are named in the regions' order, the shoulder first.
		{"a sphere on the dorsal premotor cortex", "point:-30,-3,57,6",
			"No weakness: the lesion takes about 45 % of the left hemisphere's premotor neurons for the right shoulder and about 45 % of those for the right elbow flexion; the rest of them and other routes still drive the right shoulder and elbow flexion."},
	} {
		site, err := eng.ParseSite(c.site)
		if err != nil {
			t.Fatal(err)
		}
		res := eng.Evaluate([]lesion.Site{site}, lesion.Chronic)
		got := words.Summary(res)
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
		if idLike.MatchString(got) {
			t.Errorf("%s: %q carries an id", c.name, got)
		}
	}
}

// TestQuiet words quiet losses: two regions, the second's neurons "those",
// the side said once; fibres; a region the other hemisphere drives too
// beside one it does not; a whole loss; a second region barely touched
// left out.
func TestQuiet(t *testing.T) {
	for _, c := range []struct {
		qs   []lesion.QuietLoss
		want string
	}{
		{[]lesion.QuietLoss{{Region: "wrist", Side: "R", Hemisphere: "L", Share: 0.15}, {Region: "hand", Side: "R", Hemisphere: "L", Share: 0.13}},
			"the lesion takes about 15 % of the left hemisphere's motor neurons for the right wrist and about 13 % of those for the right hand; the rest of them and other routes still drive the right wrist and hand"},
		{[]lesion.QuietLoss{{Region: "hand", Side: "R", Hemisphere: "L", Share: 0.11, Fibres: true}},
			"the lesion cuts about 11 % of the corticospinal fibres from the left hemisphere for the right hand; the rest of them and other routes still drive the right hand"},
		{[]lesion.QuietLoss{{Region: "upper_face", Side: "B", Hemisphere: "R", Share: 0.3, Bulbar: true, Bilateral: true}, {Region: "lower_face", Side: "L", Hemisphere: "R", Share: 0.08, Bulbar: true}},
			"the lesion takes about 30 % of the right hemisphere's motor neurons for the upper face on both sides and about 8 % of those for the left lower face; the upper face on both sides keeps its drive from the left hemisphere as well, and the rest of them and other routes still drive the left lower face"},
		{[]lesion.QuietLoss{{Region: "bladder_bowel", Side: "R", Hemisphere: "L", Share: 1}, {Region: "hip", Side: "R", Hemisphere: "L", Share: 0.004}},
			"the lesion takes all the left hemisphere's motor neurons for the bladder and bowel on the right; other routes still drive the bladder and bowel on the right"},
		{[]lesion.QuietLoss{{Region: "ankle_foot", Side: "R", Hemisphere: "L", Share: 0.05}, {Region: "knee", Side: "R", Hemisphere: "L", Share: 0.03}},
			"the lesion takes about 5 % of the left hemisphere's motor neurons for the right ankle and foot, and about 3 % of those for the right knee; the rest of them and other routes still drive the right ankle, foot and knee"},
		{[]lesion.QuietLoss{{Region: "hand", Side: "R", Hemisphere: "L", Share: 0.05, Premotor: true, PremotorShare: 0.4}, {Region: "wrist", Side: "R", Hemisphere: "L", Share: 0.03}},
			"the lesion takes about 40 % of the left hemisphere's premotor neurons for the right hand and about 3 % of the left hemisphere's motor neurons for the right wrist; the rest of them and other routes still drive the right hand and wrist"},
		{[]lesion.QuietLoss{{Region: "hand", Side: "R", Hemisphere: "L", Share: 0.1, Fibres: true, Premotor: true, PremotorShare: 1}},
			"the lesion cuts all the premotor fibres from the left hemisphere for the right hand; other routes still drive the right hand"},
		{nil, ""},
	} {
		if got := words.Quiet(c.qs); got != c.want {
			t.Errorf("Quiet(%+v) =\n %q, want\n %q", c.qs, got, c.want)
		}
	}
}
