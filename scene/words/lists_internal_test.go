package words

import (
	"slices"
	"testing"

	"github.com/decussate/decussate/scene/words/list"
)

// TestJoinLists: a list reads with one "and", before its last item,
// however many of its items are named with an "and" of their own.
func TestJoinLists(t *testing.T) {
	for _, c := range []struct {
		in            []string
		list, regions string
	}{
		{nil, "", ""},
		{[]string{"hand"}, "hand", "hand"},
		{[]string{"knee", "ankle and foot"}, "knee, and ankle and foot", "knee, ankle and foot"},
		{[]string{"hip", "knee", "ankle and foot"}, "hip, knee, and ankle and foot", "hip, knee, ankle and foot"},
		{[]string{"shoulder", "wrist", "hand"}, "shoulder, wrist and hand", "shoulder, wrist and hand"},
		{[]string{"jaw", "palate, pharynx and larynx", "tongue"}, "jaw, palate, pharynx and larynx, and tongue", "jaw, palate, pharynx, larynx and tongue"},
		{[]string{"leg", "bladder and bowel"}, "leg, and bladder and bowel", "leg, bladder and bowel"},
		{[]string{"ankle and foot", "bladder and bowel"}, "ankle and foot, and bladder and bowel", "ankle, foot, bladder and bowel"},
	} {
		if got := joinList(c.in); got != c.list {
			t.Errorf("joinList(%q) = %q, want %q", c.in, got, c.list)
		}
		if got := JoinRegions(c.in); got != c.regions {
			t.Errorf("JoinRegions(%q) = %q, want %q", c.in, got, c.regions)
		}
	}
}

// TestSidedReadsAsOneList: the regions a quiz's answer spares or adds
// name each side once, with one "and" per side's list.
func TestSidedReadsAsOneList(t *testing.T) {
	for _, c := range []struct {
		left, right []string
		want        string
	}{
		{[]string{"hip", "knee", "ankle_foot"}, nil, "left leg"},
		{[]string{"knee", "ankle_foot"}, nil, "left knee, ankle and foot"},
		{[]string{"knee", "ankle_foot"}, []string{"hand"}, "left knee, ankle and foot, and the right hand"},
		{[]string{"hand"}, []string{"hand"}, "hand on both sides"},
		{[]string{"jaw", "palate_pharynx_larynx", "tongue"}, []string{"wrist"}, "left jaw, palate, pharynx, larynx and tongue, and the right wrist"},
		{[]string{"trunk", "bladder_bowel"}, nil, "left trunk, bladder and bowel"},
		{[]string{"jaw", "tongue", "neck", "trunk"}, []string{"upper_face", "lower_face", "jaw", "neck", "diaphragm"},
			"left jaw, tongue, neck and trunk; on the right, the face, jaw, neck and diaphragm"},
	} {
		if got := sided([2][]string{c.left, c.right}); got != c.want {
			t.Errorf("sided(%q, %q) = %q, want %q", c.left, c.right, got, c.want)
		}
	}
}

// TestBySide: a summary's signs on one side name the side once.
func TestBySide(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"Babinski sign on the right"}, []string{"Babinski sign on the right"}},
		{[]string{"Babinski sign on the right", "tongue deviating to the right", "eye down and out on the left", "ptosis on the left", "dilated pupil on the left", "forehead spared"},
			[]string{"Babinski sign on the right", "tongue deviating to the right", "eye down and out, ptosis and dilated pupil on the left", "forehead spared"}},
		{[]string{"foot drop on the left", "scapular winging on the right", "wrist drop on the left"},
			[]string{"foot drop and wrist drop on the left", "scapular winging on the right"}},
		{[]string{"anal wink lost on the left", "anal wink lost on the right", "in spinal shock"},
			[]string{"anal wink lost on both sides", "in spinal shock"}},
		{[]string{"reflex and anal wink lost on both sides", "foot drop on both sides"},
			[]string{"reflex and anal wink lost, and foot drop on both sides"}},
	} {
		if got := list.BySide(c.in); !slices.Equal(got, c.want) {
			t.Errorf("bySide(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestAtLevels: sites that differ only in their level name it once.
func TestAtLevels(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"left ventral root at C7"}, []string{"left ventral root at C7"}},
		{[]string{"left ventral horn motor neurons at L2", "left ventral horn motor neurons at L3", "left ventral horn motor neurons at L4",
			"right ventral horn motor neurons at C5", "right ventral horn motor neurons at C6"},
			[]string{"left ventral horn motor neurons at L2, L3 and L4", "right ventral horn motor neurons at C5 and C6"}},
		{[]string{"left basis pontis at and below the facial nucleus", "left corona radiata"},
			[]string{"left basis pontis at and below the facial nucleus", "left corona radiata"}},
	} {
		if got := atLevels(c.in); !slices.Equal(got, c.want) {
			t.Errorf("atLevels(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
