package list

import "testing"

func TestAnd(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"a"}, "a"},
		{[]string{"a", "b"}, "a and b"},
		{[]string{"a", "b", "c"}, "a, b and c"},
		{[]string{"a", "upper and lower motor neurons", "c"}, "a, upper and lower motor neurons, and c"},
	} {
		if got := And(c.in); got != c.want {
			t.Errorf("And(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParts(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"hip"}, "hip"},
		{[]string{"hip", "knee", "ankle and foot"}, "hip, knee, ankle and foot"},
		{[]string{"face", "jaw", "palate and throat", "tongue"}, "face, jaw, palate, throat and tongue"},
		{[]string{"orbicularis oris", "zygomaticus and buccinator"}, "orbicularis oris, zygomaticus and buccinator"},
	} {
		if got := Parts(c.in); got != c.want {
			t.Errorf("Parts(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
