package body_test

import (
	"path/filepath"
	"testing"

	"github.com/decussate/decussate/internal/golden"
	"github.com/decussate/decussate/scene/body"
	"github.com/decussate/decussate/scene/raster"
	"github.com/decussate/decussate/scene/view"
)

// TestGolden draws the figure and its close-up for classic lesions at a
// telling moment and compares the pictures with testdata/*.png
// (UPDATE_GOLDEN=1 rewrites them; look at them before committing).
func TestGolden(t *testing.T) {
	tests := []struct {
		name  string
		sites []string
		act   body.Action
		at    float64
	}{
		// Right hemiparesis at rest: flexed arm, extended leg, the lower
		// face drooping with the forehead spared.
		{"capsule_rest", []string{"internal_capsule.posterior_limb:L"}, body.Rest, 3},
		// Bell's palsy smiling: the whole left face still.
		{"bell_smile", []string{"cn7:L"}, body.Smile, 2},
		// Bell's palsy closing the eyes: the left eye stays open, rolled up.
		{"bell_close_eyes", []string{"cn7:L"}, body.CloseEyes, 2},
		// The tongue out, to the weak left side, its left half wasted.
		{"cn12_tongue", []string{"cn12:L"}, body.TongueOut, 2},
		// Brown-Séquard at C5 holding the arms out: the left shoulder
		// (lower motor neurons at the level) lets the arm fall.
		{"brown_sequard_c5_arms_out", []string{"cord.hemisection:L@C5"}, body.ArmsOut, 8},
		// ALS at rest: wasted, twitching, every region weak of mixed type.
		{"als_rest", []string{"disease.als"}, body.Rest, 2.3},
		// The legs close-up: a Babinski sign on the right.
		{"leg_area_plantar", []string{"precentral.leg:L"}, body.Plantar, 1.3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := figure(t, tc.sites...)
			var dl view.DrawList
			dl.Reset(560, 420)
			dl.Background = body.Background
			p := f.Pose(tc.act, tc.at)
			f.Draw(&dl, p, body.Rect{X: 0, Y: 0, W: 300, H: 420}, body.DrawOptions{})
			f.DrawCloseUp(&dl, p, body.Rect{X: 310, Y: 30, W: 240, H: 330}, body.DrawOptions{})
			img, err := raster.Draw(&dl)
			if err != nil {
				t.Fatal(err)
			}
			golden.Compare(t, img, filepath.Join("testdata", tc.name+".png"), golden.Tolerance{Levels: 24, MaxShare: 0.01})
		})
	}
}
