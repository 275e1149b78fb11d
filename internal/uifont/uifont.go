// Package uifont is the font of the program's texts: Go Regular, the same
// glyphs, outlines, advances and metrics as golang.org/x/image's
// goregular.TTF, without its TrueType hinting instructions and glyph
// names. x/image's sfnt and opentype do not run hinting instructions
// (they only round metrics for font.HintingFull), so texts are drawn
// exactly as from goregular.TTF, and the font is half the size: 24 KB less
// of the page's compressed WebAssembly (make bench).
//
// Go-Regular-unhinted.ttf was made from x/image v0.47.0's
// font/gofont/ttfs/Go-Regular.ttf with fontTools (Debian's
// python3-fonttools 4.38):
//
//	python3 -m fontTools.subset Go-Regular.ttf --glyphs='*' --unicodes='*' \
//	    --no-hinting --no-glyph-names --name-IDs='*' --name-languages='*' \
//	    --name-legacy --notdef-outline --output-file=Go-Regular-unhinted.ttf
//
// The Go fonts' license is in LICENSE. A test checks every glyph against
// goregular.TTF.
package uifont

import _ "embed"

// TTF is Go Regular without hinting instructions, a TrueType font for
// opentype.Parse.
//
//go:embed Go-Regular-unhinted.ttf
var TTF []byte

// PixelSize returns the whole pixel size a text of size pixels is drawn
// at in the window, hinted (x/image's font.HintingFull rounds its
// advances to whole pixels): scene/explorer/screen measures every panel's
// text so, and scene/raster draws so when it draws the window's panels.
func PixelSize(size float32) int {
	switch {
	case !(size >= 1): // NaN too
		return 1
	case size >= 512: // +Inf too, which int() would make negative
		return 512
	}
	return int(size + 0.5)
}
