package main

import (
	"github.com/decussate/decussate/game"
	"github.com/hajimehoshi/ebiten/v2"
)

// funcs is the explorer as ebiten.RunGame takes it: the game's three methods
// as func values. RunGame takes an interface, and a type that goes into an
// interface takes all the types it holds with it: in the browser build the
// linker then keeps every exported method of each of them (Ebiten's shader
// compiler imports text/template, which puts the linker in its
// reflect-method mode). Through the camera's vectors that would keep the
// whole of mathgl, half a megabyte of WebAssembly; func values carry no type
// of what they close over.
type funcs struct {
	update func() error
	draw   func(*ebiten.Image)
	layout func(outsideWidth, outsideHeight int) (int, int)
	final  func(screen ebiten.FinalScreen, offscreen *ebiten.Image, geoM ebiten.GeoM)
}

// ebitenGame returns g as RunGame should be given it.
func ebitenGame(g *game.Game) funcs {
	return funcs{update: g.Update, draw: g.Draw, layout: g.Layout, final: g.DrawFinalScreen}
}

// Update advances the game by one tick.
func (f funcs) Update() error { return f.update() }

// Draw draws one frame on screen.
func (f funcs) Draw(screen *ebiten.Image) { f.draw(screen) }

// Layout returns the screen size for the window's outside size.
func (f funcs) Layout(outsideWidth, outsideHeight int) (int, int) {
	return f.layout(outsideWidth, outsideHeight)
}

// DrawFinalScreen draws the frame onto the page or the window; with it,
// funcs is an ebiten.FinalScreenDrawer.
func (f funcs) DrawFinalScreen(screen ebiten.FinalScreen, offscreen *ebiten.Image, geoM ebiten.GeoM) {
	f.final(screen, offscreen, geoM)
}
