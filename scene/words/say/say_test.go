package say_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/words/say"
)

// weak returns a test of whether a region is among regions.
func weak(regions ...string) func(string) bool {
	return func(r string) bool {
		for _, w := range regions {
			if w == r {
				return true
			}
		}
		return false
	}
}

// TestLimbs: a limb is named whole only when all its regions are weak,
// and otherwise by its weak regions' words, proximal first.
func TestLimbs(t *testing.T) {
	for _, c := range []struct {
		weak     []string
		arm, leg string
	}{
		{[]string{"hip", "knee", "ankle_foot"}, "", "leg"},
		{[]string{"ankle_foot", "knee"}, "", "knee,foot"},
		{[]string{"ankle_foot", "hand"}, "hand", "foot"},
		{[]string{"shoulder", "elbow_flexion", "elbow_extension", "wrist", "hand"}, "arm", ""},
		{[]string{"wrist", "elbow_extension"}, "elbow extension,wrist", ""},
		{nil, "", ""},
	} {
		has := weak(c.weak...)
		if got := strings.Join(say.Arm(nil, has), ","); got != c.arm {
			t.Errorf("Arm(%v) = %q, want %q", c.weak, got, c.arm)
		}
		if got := strings.Join(say.Leg([]string{"x"}, has), ","); got != strings.TrimSuffix("x,"+c.leg, ",") {
			t.Errorf("Leg(%v) = %q, want %q after x", c.weak, got, c.leg)
		}
	}
}

// TestFace: the face is named whole, or by its weak half.
func TestFace(t *testing.T) {
	for _, c := range []struct {
		weak []string
		want string
	}{
		{[]string{"upper_face", "lower_face"}, "face"},
		{[]string{"lower_face", "jaw"}, "lower face"},
		{[]string{"upper_face"}, "upper face"},
		{[]string{"jaw"}, ""},
	} {
		if got := say.Face(weak(c.weak...)); got != c.want {
			t.Errorf("Face(%v) = %q, want %q", c.weak, got, c.want)
		}
	}
}

// TestNoteRegisters: a sign with an examiner's name is said in plain
// words for the engine's sentence and by that name for the report's;
// every other sign alike in both.
func TestNoteRegisters(t *testing.T) {
	for _, c := range []struct {
		sign, side, toward string
		reflexes           []string
		seen, named        string
	}{
		{"ulnar_claw", "L", "", nil, "ring and little fingers clawed on the left", "ulnar claw on the left"},
		{"hand_of_benediction", "R", "", nil, "index and middle fingers left straight in a fist on the right", "hand of benediction on making a fist on the right"},
		{"claw_hand", "B", "", nil, "clawed hand on both sides", "claw hand on both sides"},
		{"tongue_deviation", "", "R", nil, "tongue deviating to the right", ""},
		{"areflexia", "L", "", []string{"patellar", "ankle", "bulbocavernosus", "abdominal_lower"}, "knee and ankle jerks, bulbocavernosus reflex and anal wink lost on the left", ""},
		{"areflexia", "L", "", []string{"abdominal_lower"}, "", ""},
		{"horizontal_gaze_palsy", "", "B", nil, "no horizontal gaze to either side", ""},
		{"anarthria", "", "", nil, "no speech (anarthria)", ""},
		{"hyperreflexia", "L", "", nil, "", ""},
	} {
		named := c.named
		if named == "" {
			named = c.seen
		}
		if got := say.Note(c.sign, c.side, c.toward, c.reflexes, say.Seen); got != c.seen {
			t.Errorf("Note(%s, Seen) = %q, want %q", c.sign, got, c.seen)
		}
		if got := say.Note(c.sign, c.side, c.toward, c.reflexes, say.Named); got != named {
			t.Errorf("Note(%s, Named) = %q, want %q", c.sign, got, named)
		}
	}
}

// TestSides: L and R have words; both sides and the midline are said by
// each caller (OnSide: "on both sides").
func TestSides(t *testing.T) {
	if say.Side("L") != "left" || say.Side("R") != "right" || say.Side("B") != "" || say.Side("") != "" {
		t.Errorf("Side: L %q R %q B %q none %q", say.Side("L"), say.Side("R"), say.Side("B"), say.Side(""))
	}
	if say.OnSide("") != "" || say.OnSide("B") != " on both sides" || say.OnSide("R") != " on the right" {
		t.Errorf("OnSide: none %q B %q R %q", say.OnSide(""), say.OnSide("B"), say.OnSide("R"))
	}
	if say.Opposite("L") != "right" || say.Opposite("R") != "left" || say.Opposite("B") != "" {
		t.Errorf("Opposite: L %q R %q B %q", say.Opposite("L"), say.Opposite("R"), say.Opposite("B"))
	}
	if say.To("L") != " to the left" || say.To("B") != "" {
		t.Errorf("To: L %q B %q", say.To("L"), say.To("B"))
	}
	if say.Type("mixed") != "mixed upper and lower motor neuron" || say.Type("x") != "" {
		t.Errorf("Type: mixed %q x %q", say.Type("mixed"), say.Type("x"))
	}
}
