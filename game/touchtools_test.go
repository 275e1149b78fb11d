package game

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/words"
	"github.com/go-gl/mathgl/mgl32"
)

// tapTool taps the button for t where the frame drawn on d shows it, as a
// finger's tap reaches clickTool, and fails when it is not on the screen.
func tapTool(t *testing.T, g *Game, d device, tl tool) {
	t.Helper()
	drawOn(g, d)
	for _, b := range g.frameLayout.Tools {
		if b.Tool == tl {
			if !g.clickTool(b.Box.X+b.Box.W/2, b.Box.Y+b.Box.H/2) {
				t.Fatalf("a tap on %s's box %v found no button", tl, b.Box)
			}
			return
		}
	}
	t.Fatalf("no %s button on %s (mode %v): %v", tl, d.name, g.mode(), g.frameLayout.Tools)
}

// TestTouchToolsTapped: on a phone, by touch alone, each of lesion mode's
// and a trace's buttons does what its key does.
func TestTouchToolsTapped(t *testing.T) {
	at := mgl32.Vec3{-20, -12, 8}
	lesionGame := func(t *testing.T) *Game {
		g := touchGame(t)
		g.act(explorer.EnterLesion)
		place(t, g, at, explorer.DefaultRadius)
		place(t, g, at.Add(mgl32.Vec3{0, 10, 0}), explorer.DefaultRadius)
		return g
	}
	traceGame := func(t *testing.T) *Game {
		g := touchGame(t)
		if err := g.do(explorer.Act(explorer.NextTrace)); err != nil {
			t.Fatal(err)
		}
		return g
	}
	last := func(g *Game) explorer.Placed { ls := g.state().Lesions; return ls[len(ls)-1] }
	cases := []struct {
		tool  tool
		game  func(t *testing.T) *Game
		check func(g *Game) bool
	}{
		{screen.ToolUndo, lesionGame, func(g *Game) bool { return len(g.state().Lesions) == 1 }},
		{screen.ToolRemove, lesionGame, func(g *Game) bool { return len(g.state().Lesions) == 1 && g.ex.Selected() == 0 }},
		{screen.ToolSmaller, lesionGame, func(g *Game) bool { return last(g).Radius < explorer.DefaultRadius }},
		{screen.ToolLarger, lesionGame, func(g *Game) bool { return last(g).Radius > explorer.DefaultRadius }},
		{screen.ToolPhase, lesionGame, func(g *Game) bool { return g.state().Phase != explorer.DefaultState().Phase }},
		{screen.ToolMove, lesionGame, func(g *Game) bool { return g.ex.MovingLesion() && g.screenContent.On[screen.ToolMove] }},
		{screen.ToolPause, traceGame, func(g *Game) bool { return g.ex.Impulse().Paused }},
		{screen.ToolStep, traceGame, func(g *Game) bool { return g.ex.Impulse().Paused && g.ex.Impulse().Seconds > 0 }},
		{screen.ToolSlower, traceGame, func(g *Game) bool { return g.ex.Impulse().Speed < explorer.DefaultSpeed }},
		{screen.ToolFaster, traceGame, func(g *Game) bool { return g.ex.Impulse().Speed > explorer.DefaultSpeed }},
		{screen.ToolFollow, traceGame, func(g *Game) bool { return g.ex.Impulse().Follow }},
	}
	d := devices[3]
	for _, c := range cases {
		t.Run(c.tool.String(), func(t *testing.T) {
			g := c.game(t)
			tapTool(t, g, d, c.tool)
			drawOn(g, d)
			if !c.check(g) {
				t.Errorf("after a tap on %s: state %+v, impulse %+v", c.tool, g.state(), g.ex.Impulse())
			}
		})
	}
}

// TestTouchMoveLesion: Move, then a tap on the model, moves the selected
// lesion there rather than placing another.
func TestTouchMoveLesion(t *testing.T) {
	g := touchGame(t)
	g.act(explorer.EnterLesion)
	place(t, g, mgl32.Vec3{-20, -12, 8}, explorer.DefaultRadius)
	d := devices[3]
	tapTool(t, g, d, screen.ToolMove)
	drawOn(g, d)
	before := g.state().Lesions[0].Centre
	// A tap in the model's area, on the model.
	area := g.frameLayout.Centre
	hit := false
	for y := area.Y + 10; y < area.Y+area.H && !hit; y += 10 {
		for x := area.X + 10; x < area.X+area.W; x += 10 {
			if _, _, ok := g.renderer.PickPoint(&g.dl, x, y); ok {
				g.ptr.x, g.ptr.y = x*float32(g.screenW)/float32(g.dl.Width), y*float32(g.screenH)/float32(g.dl.Height)
				hit = true
				break
			}
		}
	}
	if !hit {
		t.Fatalf("no point of the model under the middle of %v", area)
	}
	g.clickLesion()
	ls := g.state().Lesions
	if len(ls) != 1 || ls[0].Centre == before {
		t.Fatalf("after Move and a tap: lesions %+v (before at %v); want the one moved", ls, before)
	}
	if g.ex.MovingLesion() {
		t.Error("Move stays on after the move")
	}
	// The next tap places a new one.
	g.clickLesion()
	if n := len(g.state().Lesions); n != 2 {
		t.Errorf("a tap after the move: %d lesions, want 2", n)
	}
}

// touchGame returns a game used by touch, as a phone is.
func touchGame(t *testing.T) *Game {
	t.Helper()
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	g.ptr.device.now, g.ptr.device.started = words.Touch, true
	g.followDevice(false)
	return g
}
