package lesion_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/lesion"
)

// TestLimb checks that a limb is named whole only when all its regions
// are weak, and otherwise by its weak regions in the caller's words.
func TestLimb(t *testing.T) {
	w := map[string]string{"hip": "hip", "knee": "knee", "ankle_foot": "foot"}
	for _, c := range []struct {
		weak []string
		want string
	}{
		{[]string{"hip", "knee", "ankle_foot"}, "leg"},
		{[]string{"knee", "ankle_foot"}, "knee,foot"},
		{[]string{"ankle_foot", "hand"}, "foot"},
		{nil, ""},
	} {
		regions := map[string]bool{}
		for _, r := range c.weak {
			regions[r] = true
		}
		if got := strings.Join(lesion.Limb(regions, w, "leg", "hip", "knee", "ankle_foot"), ","); got != c.want {
			t.Errorf("Limb(%v) = %q, want %q", c.weak, got, c.want)
		}
	}
}
