package words_test

import (
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// TestLesionHeading checks that a lesion placed by a click is named by
// the structure it hit, never by an id.
func TestLesionHeading(t *testing.T) {
	eng := testatlas.Engine(t)
	a := testatlas.Atlas(t)
	for _, c := range []struct{ site, want string }{
		{"point:-20,-14,14,4", "Lesion in the left internal capsule (posterior limb)"},
		// It takes 71 % of the hand's fibres and 4 % of the hand area's
		// neurons: the corona radiata is where it is.
		{"point:-38,-20,58,5", "Lesion in the left corona radiata"},
		{"point:-38,-21,64,6", "Lesion in the left precentral gyrus (hand area)"},
		// The leg and foot area's parts: the hip at the vertex, the foot
		// and ankle down the medial surface (Penfield and Rasmussen 1950).
		{"point:-8,-30,70,5", "Lesion in the left paracentral lobule (hip area)"},
		{"point:-5,-30,64,6", "Lesion in the left paracentral lobule (foot and ankle area)"},
		// A click at the right vertex: the hip's neurons, and a third of
		// the trunk's, which the other hemisphere drives too: the trunk
		// area is not named (it was, beside "leg and foot area", over a
		// finding of the hip alone).
		{"point:12,-22,78,6", "Lesion in the right paracentral lobule (hip area)"},
		// Both sides of one structure, by a midline lesion: named once.
		{"point:0,-27,-40,5", "Lesion of the basis pontis at and below the facial nucleus on both sides"},
		// The foot of the pyramid, where its fibres turn to cross.
		{"point:0,-40,-63,2", "Lesion of the pyramidal decussation"},
		{"point:-2,-40,-66,3", "Lesion of the pyramidal decussation"},
		// The lower pyramid, above the crossing (the arm's at z -63):
		// its fibres are cut before they cross, in the pyramid.
		{"point:-3,-38,-60,3", "Lesion in the left medullary pyramid"},
		{"point:-3,-36,-57,3", "Lesion in the left medullary pyramid"},
	} {
		s, err := eng.ParseSite(c.site)
		if err != nil {
			t.Fatal(err)
		}
		res := eng.Evaluate([]lesion.Site{s}, lesion.Chronic)
		if got := words.LesionHeading(a, res, []string{c.site}); got != c.want {
			t.Errorf("LesionHeading(%s) = %q, want %q", c.site, got, c.want)
		}
	}
}

// TestGyrus checks where each area of the motor cortex is said to lie.
func TestGyrus(t *testing.T) {
	a := testatlas.Atlas(t)
	for _, c := range []struct{ id, gyrus, detail string }{
		{"hand", "precentral gyrus", "the hand knob"},
		{"arm", "precentral gyrus", ""},
		{"leg", "paracentral lobule", "medial surface"},
		{"bladder", "paracentral lobule", ""},
		{"cma", "", ""},
	} {
		g, d := words.Gyrus(a.Area(c.id))
		if g != c.gyrus || d != c.detail {
			t.Errorf("Gyrus(%s) = %q, %q; want %q, %q", c.id, g, d, c.gyrus, c.detail)
		}
	}
}

// TestTraceCaption checks that an area of the motor cortex is named by
// the part it drives, on the other side, and the gyrus it lies in.
func TestTraceCaption(t *testing.T) {
	a := testatlas.Atlas(t)
	for _, c := range []struct{ caption, level, want string }{
		{"right shoulder and arm area", "cerebral cortex", "Left shoulder and arm area of the right precentral gyrus"},
		{"left hand area (the hand knob)", "cerebral cortex", "Right hand area of the left precentral gyrus (the hand knob)"},
		{"right bladder and perineum area (paracentral lobule)", "cerebral cortex", "Left bladder and perineum area of the right paracentral lobule"},
		{"left leg and foot area (paracentral lobule, medial surface)", "cerebral cortex", "Right leg and foot area of the left paracentral lobule (medial surface)"},
		{"left cingulate motor area (upper face)", "cingulate cortex", "Left cingulate motor area (upper face), cingulate cortex"},
		{"left corona radiata", "cerebral hemisphere", "Left corona radiata (cerebral hemisphere)"},
		{"right C8 ventral root", "C8", "Right C8 ventral root"},
	} {
		if got := words.TraceCaption(a, c.caption, c.level); got != c.want {
			t.Errorf("TraceCaption(%q, %q) = %q, want %q", c.caption, c.level, got, c.want)
		}
	}
}

// TestLesionHeadingWhereNothingDies checks that a click that destroys
// nothing of the motor pathways is named by the part of the brain it
// lies in, never by its coordinates.
func TestLesionHeadingWhereNothingDies(t *testing.T) {
	eng := testatlas.Engine(t)
	a := testatlas.Atlas(t)
	for _, c := range []struct{ site, heading, where string }{
		{"point:-30,40,30,6", "Lesion in the left frontal lobe: no motor pathway here", "Left frontal lobe"},
		{"point:-20,-90,10,6", "Lesion in the left occipital lobe: no motor pathway here", "Left occipital lobe"},
		{"point:25,-65,-35,3", "Lesion in the right cerebellar hemisphere: no motor pathway here", "Right cerebellar hemisphere"},
		{"point:-10,-18,8,6", "Lesion in the left thalamus: no motor pathway here", "Left thalamus"},
		{"point:-45,-10,-20,6", "Lesion in the left temporal lobe: no motor pathway here", "Left temporal lobe"},
		{"point:40,-40,40,6", "Lesion in the right parietal lobe: no motor pathway here", "Right parietal lobe"},
		{"point:-50,-8,40,5", "Lesion in the left precentral gyrus", "Left precentral gyrus"},
		{"point:-90,0,0,6", "Lesion outside the brain", "Outside the brain"},
	} {
		s, err := eng.ParseSite(c.site)
		if err != nil {
			t.Fatal(err)
		}
		res := eng.Evaluate([]lesion.Site{s}, lesion.Chronic)
		if len(res.Destroyed) > 0 {
			t.Errorf("%s destroys %q: not a place where nothing dies", c.site, res.Destroyed[0].Name)
			continue
		}
		specs := []string{c.site}
		if got := words.LesionHeading(a, res, specs); got != c.heading {
			t.Errorf("LesionHeading(%s) = %q, want %q", c.site, got, c.heading)
		}
		if got := words.LesionWhere(a, res, specs); got != c.where {
			t.Errorf("LesionWhere(%s) = %q, want %q", c.site, got, c.where)
		}
	}
	if got, want := words.SiteName(a, "point:-30,40,30,6"), "a lesion 12 mm across in the left frontal lobe"; got != want {
		t.Errorf("SiteName = %q, want %q", got, want)
	}
}
