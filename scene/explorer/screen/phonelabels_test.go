package screen_test

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/words"
)

// TestPhoneLabelsEveryStep: on a phone held upright and on its side, at
// every step of every tour and in the first view with the labels on,
// every label the frame asks for is placed (none left out for want of
// room), no two leader lines cross, no label lies over the model or
// another (checkLabels), and no leader is longer than maxLeader of the
// screen's diagonal. The few frames the free-room placement cannot yet
// fit are listed in phoneLabelsShort, exactly: any other frame losing a
// label, any of these losing more or placing one listed, fails.
func TestPhoneLabelsEveryStep(t *testing.T) {
	if testing.Short() {
		t.Skip("draws every tour step on two screens")
	}
	for _, d := range []device{{"390x844@3", 390, 844, 3, words.Touch}, {"844x390@3", 844, 390, 3, words.Touch}} {
		t.Run(d.name, func(t *testing.T) {
			s := newSession(t)
			s.do(t, act(explorer.ToggleLabels))
			s.settle(d, 60)
			checkPhoneLabels(t, s, d, "explore", 4)
			for ti, tr := range s.ex.Tours() {
				s := newSession(t)
				s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: ti})
				for si := range tr.Steps {
					if si > 0 {
						s.do(t, act(explorer.TourNext))
					}
					s.settle(d, 90)
					f := s.ex.Frame(int(float32(d.w)*d.ratio), int(float32(d.h)*d.ratio), d.ratio)
					if !f.Options.Labels {
						continue
					}
					checkPhoneLabels(t, s, d, fmt.Sprintf("tour%d_step%d", ti+1, si+1), 1)
				}
			}
		})
	}
}

// phoneLabelsShort is, for the frames on a phone where the labels'
// placement still falls short, the labels it leaves out and whether a
// leader there may be longer than maxLeader: a front view whose brain
// fills the width and the top, its fifteen names' anchors crowded in one
// hemisphere, where the caudate's leader cannot reach it past the others'
// and, with the hints at a phone's 14 CSS px taking a little of the room,
// the ventral horn finds none and the precentral gyrus's name goes below
// the brain.
var phoneLabelsShort = map[string]struct {
	leftOut []string
	long    bool
}{
	"390x844@3/tour3_step1": {leftOut: []string{"caudate nucleus (left)", "left ventral horn (lower motor neurons)"}, long: true},
	// A phone on its side: beside the panels the cut hypoglossal nerve's
	// name, at its ring between the pyramid and the olive, takes the
	// left column's room, and its nucleus (intact: the lesion is of the
	// nerve) is named on the right only.
	"844x390@3/tour2_step10": {leftOut: []string{"left hypoglossal nucleus"}},
}

// checkPhoneLabels checks the frame's labels on d (checkLabels), that
// none is left out and no leader is over long but as phoneLabelsShort
// allows.
func checkPhoneLabels(t *testing.T, s *session, d device, name string, least int) {
	t.Helper()
	leaders := checkLabels(t, s, d, name, least)
	short := phoneLabelsShort[d.name+"/"+name]
	var out []string
	for _, k := range s.renderer.LabelsLeftOut(nil) {
		n := fmt.Sprintf("overlay mark %d", k-len(model.Meshes))
		if k < len(model.Meshes) {
			n = model.Meshes[k].Name
		} else if o := k - len(model.Meshes); o < len(s.renderer.Overlay()) {
			n = s.renderer.Overlay()[o].Name
		}
		out = append(out, n)
		if !slices.Contains(short.leftOut, n) {
			t.Errorf("%s: %q left out", name, n)
		}
	}
	for _, n := range short.leftOut {
		if !slices.Contains(out, n) {
			t.Errorf("%s: %q is placed now: drop it from phoneLabelsShort", name, n)
		}
	}
	if short.long {
		return
	}
	diag := float64(d.ratio) * math.Hypot(float64(d.w), float64(d.h))
	for _, l := range leaders {
		if n := math.Hypot(float64(l[2]-l[0]), float64(l[3]-l[1])); n > maxLeader*diag {
			t.Errorf("%s: a leader line from (%.0f, %.0f) to (%.0f, %.0f) is %.0f px long, over %.0f (%.2f of the screen's diagonal)",
				name, l[0], l[1], l[2], l[3], n, maxLeader*diag, maxLeader)
		}
	}
}

// maxLeader is the longest a leader line may be, as a share of the
// screen's diagonal. A label must lie off the model, and its anchor may
// lie deep in it (the thalamus in the middle of the brain, its label above
// the brain), so a leader needs about half the drawn brain's height; on a
// phone held upright the brain takes about half the screen's height and
// the whole width, and its labels lie in the band above it or beside the
// cord below it: a third of the diagonal reaches from the band to the
// brain's middle, and from beside the cord to the brainstem.
const maxLeader = 1.0 / 3
