package screen_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
)

// TestModeToolsShown: lesion mode's buttons (Undo, Remove, Smaller,
// Larger, the phase, Move) and a trace's (Pause, Step, Slower, Faster,
// Follow) are in the toolbar in their mode on every device, presenter
// mode off and on, with Close in the row and full screen in it or in its
// menu; in no other mode, nor in a tour.
func TestModeToolsShown(t *testing.T) {
	cases := []struct {
		name  string
		setup []explorer.Action
		want  []screen.Tool
	}{
		{"explore", nil, nil},
		{"lesion", []explorer.Action{act(explorer.EnterLesion)}, screen.LesionTools},
		{"lesion-long", []explorer.Action{{Kind: explorer.PlacePreset, Preset: "locked_in"}}, screen.LesionTools},
		{"quiz", []explorer.Action{{Kind: explorer.AskQuiz, Preset: "weber"}}, screen.LesionTools},
		{"trace", []explorer.Action{act(explorer.NextTrace)}, screen.TraceTools},
		{"section", []explorer.Action{act(explorer.ToggleSection)}, nil},
		{"tour", []explorer.Action{{Kind: explorer.StartTour, Tour: 0}}, nil},
	}
	mode := append(slices.Clone(screen.LesionTools), screen.TraceTools...)
	for _, c := range cases {
		for _, d := range devices {
			for _, presenter := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s/%s/presenter=%v", c.name, d.name, presenter), func(t *testing.T) {
					s := newSession(t)
					if presenter {
						s.do(t, act(explorer.TogglePresenter))
					}
					s.do(t, c.setup...)
					L := s.draw(d)
					var got []screen.Tool
					for _, b := range L.Tools {
						if slices.Contains(mode, b.Tool) {
							got = append(got, b.Tool)
						}
					}
					if !slices.Equal(got, c.want) {
						t.Errorf("mode buttons %v, want %v", got, c.want)
					}
					if c.want == nil || c.name == "tour" {
						return
					}
					has := func(L screen.Layout, need screen.Tool) bool {
						return slices.ContainsFunc(L.Tools, func(b screen.Button) bool { return b.Tool == need })
					}
					if !has(L, screen.ToolClose) {
						t.Errorf("no Close in the toolbar beside the mode's buttons")
					}
					// Full screen in the row, or, where the row has no
					// room for it, in the menu.
					if !has(L, screen.ToolFullscreen) && (!has(L, screen.ToolMenu) || !has(s.withMenu(t, d), screen.ToolFullscreen)) {
						t.Errorf("no Full screen in the toolbar beside the mode's buttons, nor in its menu")
					}
				})
			}
		}
	}
}

// TestModeToolLabels: the phase button names the phase the lesions are
// in, the pause button says Play while the impulse is paused, and Move
// and Follow light while on.
func TestModeToolLabels(t *testing.T) {
	place := explorer.Action{Kind: explorer.PlaceLesion, At: [3]float32{-20, -12, 8}, Radius: explorer.DefaultRadius}
	cases := []struct {
		name  string
		setup []explorer.Action
		check func(c *screen.Content) bool
	}{
		{"chronic", []explorer.Action{act(explorer.EnterLesion)}, func(c *screen.Content) bool { return c.Lesion && c.Chronic }},
		{"acute", []explorer.Action{act(explorer.EnterLesion), act(explorer.TogglePhase)}, func(c *screen.Content) bool { return c.Lesion && !c.Chronic }},
		{"move lit", []explorer.Action{act(explorer.EnterLesion), place, act(explorer.ToggleMoveLesion)}, func(c *screen.Content) bool { return c.On[screen.ToolMove] }},
		{"playing", []explorer.Action{act(explorer.NextTrace)}, func(c *screen.Content) bool { return c.Tracing && !c.Paused }},
		{"paused", []explorer.Action{act(explorer.NextTrace), act(explorer.PauseTrace)}, func(c *screen.Content) bool { return c.Paused }},
		{"follow lit", []explorer.Action{act(explorer.NextTrace), act(explorer.FollowTrace)}, func(c *screen.Content) bool { return c.On[screen.ToolFollow] }},
		{"explore", nil, func(c *screen.Content) bool {
			return !c.Tracing && !c.Lesion && !c.On[screen.ToolFollow] && !c.On[screen.ToolMove]
		}},
	}
	for _, c := range cases {
		s := newSession(t)
		s.do(t, c.setup...)
		if !c.check(s.content()) {
			t.Errorf("%s: the content is %+v", c.name, *s.content())
		}
	}
}

// TestModeToolsBesideMenu: on a projector in presenter mode, where every
// tool does not fit a row, lesion mode's buttons share the menu's row
// (the panels above get that row's height), in the quiz too, its Hint
// beside them (the buttons narrower about their words, full screen still
// on the row); on a phone they have a row
// of their own above it, in presenter mode too (its buttons at the
// phone's size), and on a laptop they sit above the row of every tool.
func TestModeToolsBesideMenu(t *testing.T) {
	lesion := []explorer.Action{{Kind: explorer.PlacePreset, Preset: "locked_in"}}
	quiz := []explorer.Action{{Kind: explorer.AskQuiz, Preset: "locked_in"}}
	for _, c := range []struct {
		d         device
		presenter bool
		setup     []explorer.Action
		rows      int
		menu      bool
	}{
		{devices[0], true, lesion, 1, true},
		{devices[1], true, lesion, 1, true},
		{devices[0], true, quiz, 1, true},
		{devices[1], true, quiz, 1, true},
		{devices[0], false, lesion, 2, false},
		{devices[3], false, lesion, 2, true},
		{devices[3], true, lesion, 2, true},
	} {
		s := newSession(t)
		if c.presenter {
			s.do(t, act(explorer.TogglePresenter))
		}
		s.do(t, c.setup...)
		L := s.draw(c.d)
		rows := map[float32]bool{}
		menu := false
		for _, b := range L.Tools {
			rows[b.Box.Y] = true
			menu = menu || b.Tool == screen.ToolMenu
		}
		if len(rows) != c.rows || menu != c.menu {
			t.Errorf("%s presenter=%v %v: the toolbar has %d rows (menu %v), want %d (menu %v)", c.d.name, c.presenter, c.setup[0].Kind, len(rows), menu, c.rows, c.menu)
		}
	}
}

// withMenu opens the toolbar's menu, draws the frame on d and closes the
// menu again, returning the frame's layout with the menu open.
func (s *session) withMenu(t *testing.T, d device) screen.Layout {
	t.Helper()
	s.do(t, act(explorer.ToggleMenu))
	L := s.draw(d)
	s.do(t, act(explorer.ToggleMenu))
	return L
}
