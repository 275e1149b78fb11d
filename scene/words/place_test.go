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
		{"point:-38,-20,58,5", "Lesion in the left corona radiata and precentral gyrus (hand area)"},
		{"point:-8,-30,70,5", "Lesion in the left paracentral lobule (leg and foot area)"},
		{"point:-50,-8,40,5", "A left lesion 10 mm across at (-50, -8, 40) mm"},
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
