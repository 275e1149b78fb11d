// Package game is Decussate's Ebiten program: what the window or the
// browser's canvas shows, and the input it takes. Until the 3D scene lands it
// draws a placeholder line on a dark background.
//
// Nothing anatomical lives here: the scene packages compute what to show,
// headless, and this package only draws it (see DESIGN.md).
package game

import (
	"fmt"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
)

// Title is the window's title and the name shown to the user.
const Title = "Decussate"

// placeholder is the line shown until the 3D scene lands.
const placeholder = "Decussate — the 3D scene of the motor pathways comes next"

// The palette: a dark background, as lecture halls and projectors want, and
// light text on it. The page (wasm/style.css) uses the same background so
// that the switch from loader to canvas does not flash.
var (
	background = color.RGBA{0x10, 0x14, 0x18, 0xff}
	foreground = color.RGBA{0xe8, 0xec, 0xf0, 0xff}
)

// Game is the explorer as Ebiten runs it; it implements ebiten.Game.
type Game struct {
	caption *caption
}

// New returns the game ready to run, or an error if its font cannot be
// loaded.
func New() (*Game, error) {
	c, err := newCaption(placeholder)
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", Title, err)
	}
	return &Game{caption: c}, nil
}

// Update advances the game by one tick. The placeholder has no state.
func (g *Game) Update() error {
	return nil
}

// Draw paints one frame: the background, then the caption centred.
func (g *Game) Draw(screen *ebiten.Image) {
	screen.Fill(background)
	g.caption.draw(screen, foreground)
}

// Layout returns the screen size in pixels for a window or page of
// outsideWidth × outsideHeight device-independent pixels: the outside size
// times the device scale, so that text stays sharp on high-DPI screens, kept
// within sizes a GPU can hold (see screenSize).
func (g *Game) Layout(outsideWidth, outsideHeight int) (int, int) {
	return screenSize(outsideWidth, outsideHeight, deviceScale())
}
