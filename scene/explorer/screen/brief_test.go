package screen

import "testing"

// TestBriefSigns: a brief report keeps a sign's clinical name in
// brackets and a list of two reflexes, and leaves out a longer list or
// an explanation.
func TestBriefSigns(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"On the right: Babinski sign; hyperreflexia (biceps, knee, ankle); ankle clonus.",
			"On the right: Babinski sign; hyperreflexia; ankle clonus."},
		{"On the left: Bell's phenomenon (the eye rolls up as the lid fails to close); loud sounds hurt (hyperacusis).",
			"On the left: Bell's phenomenon; loud sounds hurt (hyperacusis)."},
		{"The eyes cannot look to the left (horizontal gaze palsy).", "The eyes cannot look to the left (horizontal gaze palsy)."},
		{"Hyperreflexia (knee).\nSlurred speech (dysarthria).", "Hyperreflexia (knee).\nSlurred speech (dysarthria)."},
		{"On the left: hyperreflexia (triceps, finger flexors, knee, ankle); reduced or absent reflexes (biceps, brachioradialis).",
			"On the left: hyperreflexia; reduced or absent reflexes (biceps, brachioradialis)."},
		{"Unclosed (bracket, here", "Unclosed (bracket, here"},
		{"", ""},
	} {
		if got := briefSigns(c.in); got != c.want {
			t.Errorf("briefSigns(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
