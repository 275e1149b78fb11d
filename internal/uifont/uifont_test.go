package uifont_test

import (
	"slices"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/decussate/decussate/internal/uifont"
)

// TestSameGlyphs: the font has goregular.TTF's glyphs, each with the same
// outline and advance at a few sizes, the same glyph for every character
// and the same metrics, so that texts are drawn exactly as before.
func TestSameGlyphs(t *testing.T) {
	want, err := sfnt.Parse(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	got, err := sfnt.Parse(uifont.TTF)
	if err != nil {
		t.Fatalf("parsing the font: %v", err)
	}
	if got.NumGlyphs() != want.NumGlyphs() {
		t.Fatalf("%d glyphs, want %d", got.NumGlyphs(), want.NumGlyphs())
	}
	var bg, bw sfnt.Buffer
	for _, ppem := range []fixed.Int26_6{fixed.I(11), fixed.I(16), fixed.I(37)} {
		for _, h := range []font.Hinting{font.HintingNone, font.HintingFull} {
			mg, err1 := got.Metrics(&bg, ppem, h)
			mw, err2 := want.Metrics(&bw, ppem, h)
			if err1 != nil || err2 != nil || mg != mw {
				t.Errorf("metrics at %v, hinting %v: %+v (%v), want %+v (%v)", ppem, h, mg, err1, mw, err2)
			}
		}
		for i := 0; i < want.NumGlyphs(); i++ {
			x := sfnt.GlyphIndex(i)
			sw, err := want.LoadGlyph(&bw, x, ppem, nil)
			if err != nil {
				t.Fatalf("goregular glyph %d: %v", i, err)
			}
			sw = slices.Clone(sw)
			sg, err := got.LoadGlyph(&bg, x, ppem, nil)
			if err != nil {
				t.Fatalf("glyph %d: %v", i, err)
			}
			if !slices.Equal(sg, sw) {
				t.Errorf("glyph %d at %v: the outline differs from goregular's", i, ppem)
			}
			ag, err1 := got.GlyphAdvance(&bg, x, ppem, font.HintingFull)
			aw, err2 := want.GlyphAdvance(&bw, x, ppem, font.HintingFull)
			if err1 != nil || err2 != nil || ag != aw {
				t.Errorf("glyph %d at %v: advance %v (%v), want %v (%v)", i, ppem, ag, err1, aw, err2)
			}
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		xg, err1 := got.GlyphIndex(&bg, r)
		xw, err2 := want.GlyphIndex(&bw, r)
		if err1 != nil || err2 != nil || xg != xw {
			t.Errorf("%U: glyph %d (%v), want %d (%v)", r, xg, err1, xw, err2)
		}
	}
}
