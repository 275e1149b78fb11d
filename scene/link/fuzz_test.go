package link_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/link"
	"github.com/decussate/decussate/scene/view"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
)

// screens are the screens a note must fit, with the pixel size the game
// draws notes at on each (textSize × 0.9, presenter mode's twice that),
// and the share of the width a line may take (game.noticeWidth).
var screens = []struct {
	name  string
	width float32
	px    float64
}{
	{"1280×720", 1280, 16},
	{"1280×720 presenter", 1280, 32},
	{"390×844 phone", 390, 11},
	{"390×844 phone, presenter", 390, 22},
	{"320×240", 320, 11},
}

const noticeWidth = 0.92

// faces returns Go Regular at each screen's size, as the game draws it
// (hinted, at 72 DPI so that a point is a pixel).
func faces(tb testing.TB) []font.Face {
	tb.Helper()
	f, err := opentype.Parse(goregular.TTF)
	if err != nil {
		tb.Fatal(err)
	}
	var out []font.Face
	for _, s := range screens {
		face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: s.px, DPI: 72, Hinting: font.HintingFull})
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, face)
	}
	return out
}

// FuzzParse: whatever a link holds, Parse returns (no panic), every number
// it keeps is finite and in range, and its notes, wrapped as the game wraps
// them, fit every screen by the font's own measure.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		stale(),
		strings.Repeat("k", 1000) + "=1",
		"cam=Inf,0,500,0,0,0",
		"cam=NaN,NaN,NaN,NaN,NaN,NaN",
		"cam=1e39,0,500,0,0,0",
		"mode=lesion&lesion=pyramid:L&phase=ACUTE",
		"mode=lesion&lesion=point:1_0,0,0,5",
		"mode=lesion" + strings.Repeat("&lesion=point:0,0,0,5", 200),
		"mode=lesion" + manySpheres(30),
		"mode=lesion&lesion=" + strings.Repeat("a", 5000),
		"mode=trace&trace=area:hand:L&section=C8&labels=1&scale=true&presenter=1",
		"mode=trace&trace=" + strings.Repeat("area:", 300),
		"%zz%ff&\x00=\x01&mode=%E2%80%AE",
		"mode=lesion&lesion=internal_capsule.posterior_limb:L&lesion=point:-3,-45,-120,4&cam=30,10,500,0,-20,-60",
		strings.Repeat("&", 3000),
		strings.Repeat("ẅ", 2000) + "=1",
	} {
		f.Add(seed)
	}
	c := mustChecker(f)
	fs := faces(f)
	f.Fuzz(func(t *testing.T, s string) {
		st, notes := link.Parse(s, c)
		checkState(t, st)
		lines := link.Lines(notes)
		checkNotes(t, lines)
		for i, sc := range screens {
			face := fs[i]
			width := sc.width * noticeWidth
			measure := func(s string) float32 { return float32(font.MeasureString(face, s).Ceil()) }
			for _, sentence := range lines {
				for _, line := range view.Wrap(sentence, width, 3, measure) {
					if w := measure(line); w > width {
						t.Errorf("%s: a note's line is %.0f px wide, wider than %.0f: %q", sc.name, w, width, line)
					}
				}
			}
		}
	})
}
