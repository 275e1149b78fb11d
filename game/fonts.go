package game

import (
	"bytes"
	"fmt"
	"math"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font/gofont/goregular"
)

// fonts hands out Go Regular faces by pixel size, each made once: Go's
// own font is embedded, so the browser build needs no font file, and it
// is the one scene/raster uses, so a PNG matches the screen.
type fonts struct {
	source *text.GoTextFaceSource
	faces  map[int]*text.GoTextFace
}

func newFonts() (*fonts, error) {
	src, err := text.NewGoTextFaceSource(bytes.NewReader(goregular.TTF))
	if err != nil {
		return nil, fmt.Errorf("loading the Go Regular font: %w", err)
	}
	return &fonts{source: src, faces: make(map[int]*text.GoTextFace)}, nil
}

// face returns the face of the whole pixel size nearest size.
func (f *fonts) face(size float32) *text.GoTextFace {
	px := max(1, int(math.Round(float64(size))))
	if fc, ok := f.faces[px]; ok {
		return fc
	}
	fc := &text.GoTextFace{Source: f.source, Size: float64(px)}
	f.faces[px] = fc
	return fc
}
