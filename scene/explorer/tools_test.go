package explorer_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/go-gl/mathgl/mgl32"
)

// TestUseTool presses every toolbar button in the mode it belongs to and
// checks what it did: the explorer's change, or the effect left to the
// adapter.
func TestUseTool(t *testing.T) {
	place := explorer.Action{Kind: explorer.PlaceLesion, At: mgl32.Vec3{-20, -12, 8}, Radius: explorer.DefaultRadius}
	lesionMode := []explorer.Action{act(explorer.EnterLesion), place}
	traced := []explorer.Action{act(explorer.NextTrace)}
	radius := func(e *explorer.Explorer) float32 {
		if ls := e.State().Lesions; len(ls) > 0 {
			return ls[len(ls)-1].Radius
		}
		return 0
	}
	cases := []struct {
		tool   screen.Tool
		setup  []explorer.Action
		effect explorer.ToolEffect
		check  func(e *explorer.Explorer) bool
	}{
		{screen.ToolTrace, []explorer.Action{act(explorer.EnterLesion)}, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.Is(explorer.Trace) }},
		{screen.ToolLesion, nil, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.Is(explorer.Lesion) }},
		{screen.ToolClassic, nil, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.Picker() }},
		{screen.ToolQuiz, nil, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.Is(explorer.Quiz) }},
		{screen.ToolTour, nil, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.Player() != nil }},
		{screen.ToolSection, nil, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.State().Section != "" }},
		{screen.ToolLabels, nil, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.State().Labels != explorer.DefaultState().Labels }},
		{screen.ToolPresenter, nil, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.Presenter() }},
		{screen.ToolHelp, []explorer.Action{act(explorer.ToggleMenu)}, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.Help() && !e.Menu() }},
		{screen.ToolAbout, nil, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.About() }},
		{screen.ToolMenu, nil, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.Menu() }},
		{screen.ToolClose, []explorer.Action{act(explorer.ToggleHelp)}, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return !e.Help() }},
		{screen.ToolFullscreen, []explorer.Action{act(explorer.ToggleMenu)}, explorer.ToggleFullscreen, func(e *explorer.Explorer) bool { return !e.Menu() }},
		{screen.ToolSave, nil, explorer.SavePicture, func(e *explorer.Explorer) bool { return true }},
		{screen.ToolUndo, lesionMode, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return len(e.State().Lesions) == 0 }},
		{screen.ToolRemove, append(lesionMode, place), explorer.NoToolEffect, func(e *explorer.Explorer) bool { return len(e.State().Lesions) == 1 }},
		{screen.ToolSmaller, lesionMode, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return radius(e) < explorer.DefaultRadius }},
		{screen.ToolLarger, lesionMode, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return radius(e) > explorer.DefaultRadius }},
		{screen.ToolPhase, lesionMode, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.State().Phase != explorer.DefaultState().Phase }},
		{screen.ToolMove, lesionMode, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.MovingLesion() }},
		{screen.ToolPause, traced, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.Impulse().Paused }},
		{screen.ToolStep, traced, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.Impulse().Paused && e.Impulse().Seconds > 0 }},
		{screen.ToolSlower, traced, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.Impulse().Speed < explorer.DefaultSpeed }},
		{screen.ToolFaster, traced, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.Impulse().Speed > explorer.DefaultSpeed }},
		{screen.ToolFollow, traced, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.Impulse().Follow }},
		{screen.ToolHint, []explorer.Action{{Kind: explorer.AskQuiz, Preset: "weber"}}, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.Is(explorer.Quiz) }},
		{screen.ToolLevelDown, []explorer.Action{act(explorer.ToggleSection)}, explorer.NoToolEffect, func(e *explorer.Explorer) bool { return e.State().Section != "" }},
	}
	for _, c := range cases {
		t.Run(c.tool.String(), func(t *testing.T) {
			e := newExplorer(t)
			run(t, e, c.setup)
			effect, err := e.UseTool(c.tool)
			if err != nil {
				t.Fatal(err)
			}
			if effect != c.effect {
				t.Errorf("effect %v, want %v", effect, c.effect)
			}
			if !c.check(e) {
				t.Errorf("after %s the state is %+v", c.tool, e.State())
			}
		})
	}
	if _, err := newExplorer(t).UseTool(screen.NumTools); err == nil {
		t.Error("a button that does not exist: no error")
	}
}
