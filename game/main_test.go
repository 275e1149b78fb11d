package game

import (
	"errors"
	"fmt"
	"image"
	"math"
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// forcedSizes are the outside sizes the harness hands to the game's Layout,
// one after another, before the tests run: whatever the window's real size,
// Ebiten then allocates the screen the game asks for and calls Draw on it,
// which is where a zero or oversized screen would panic.
var forcedSizes = [][2]int{
	{0, 0},       // a minimised window
	{0, 600},     // a collapsed page layout
	{1, 1},       // the smallest real screen
	{640, 480},   // an ordinary window
	{1 << 20, 1}, // absurdly wide
	{1 << 20, 1 << 20},
	{math.MaxInt32, math.MaxInt32},
}

// drawsPerSize is how many frames each forced size is drawn for: the first
// one after a size change allocates a new screen, the second reuses it.
const drawsPerSize = 2

// loopRun records what the game loop did with each forced size, for
// TestLayoutInLoop to check once the loop hands control to the tests.
type loopRun struct {
	// scale is the device scale the game saw, to compute the expected size.
	scale float64
	// drawn[i] is the size of the screen Draw got while forcedSizes[i] was
	// in force; draws[i] counts those Draw calls.
	drawn []image.Point
	draws []int
}

// loop is filled by the harness before m.Run is called.
var loop loopRun

// harness runs the real Game inside Ebiten's loop, first through
// forcedSizes, then runs the package's tests from within Update. Tests need
// the loop because Ebiten can only draw, and read pixels back, while it runs;
// and RunGame can be called only once per process, hence TestMain.
type harness struct {
	m    *testing.M
	game *Game
	// size is the index in forcedSizes in force; len(forcedSizes) once
	// they are all done and the tests run with the real outside size.
	size int
	code int
}

// Update moves to the next forced size once the current one has been
// drawn enough, and runs the tests after the last.
func (h *harness) Update() error {
	if h.size < len(forcedSizes) {
		if loop.draws[h.size] >= drawsPerSize {
			h.size++
		}
		return h.game.Update()
	}
	loop.scale = deviceScale()
	h.code = h.m.Run()
	return ebiten.Termination
}

// Draw draws the game and records the size of the screen it got.
func (h *harness) Draw(screen *ebiten.Image) {
	if h.size < len(forcedSizes) {
		loop.drawn[h.size] = screen.Bounds().Size()
		loop.draws[h.size]++
	}
	h.game.Draw(screen)
}

// Layout passes the forced size to the game's Layout in place of the
// window's real one.
func (h *harness) Layout(outsideWidth, outsideHeight int) (int, int) {
	if h.size < len(forcedSizes) {
		outsideWidth, outsideHeight = forcedSizes[h.size][0], forcedSizes[h.size][1]
	}
	return h.game.Layout(outsideWidth, outsideHeight)
}

// TestMain runs the tests inside Ebiten's game loop, as Ebiten's own tests
// do. It needs a display: make test runs it under xvfb-run.
func TestMain(m *testing.M) {
	// The game as a window starts it: the loop below draws its first
	// frames from the coarse model and then replaces it.
	g, err := NewFirstFrame()
	if err != nil {
		fmt.Fprintf(os.Stderr, "game test: %v\n", err)
		os.Exit(1)
	}
	loop.drawn = make([]image.Point, len(forcedSizes))
	loop.draws = make([]int, len(forcedSizes))
	h := &harness{m: m, game: g, code: 1}
	ebiten.SetWindowTitle(Title + " test")
	ebiten.SetWindowSize(320, 240)
	// The tests must not wait for a focus that Xvfb never gives.
	ebiten.SetRunnableOnUnfocused(true)
	if err := ebiten.RunGame(h); err != nil && !errors.Is(err, ebiten.Termination) {
		fmt.Fprintf(os.Stderr, "game test: the game loop failed: %v\n", err)
		os.Exit(1)
	}
	os.Exit(h.code)
}
