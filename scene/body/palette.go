package body

import "github.com/decussate/decussate/scene/view"

// The palette: light figure on the explorer's dark background. Weak regions
// take the Okabe-Ito hues, which colour-blind viewers tell apart: blue for
// upper motor neuron weakness, orange to vermillion for lower motor neuron
// weakness, reddish purple for mixed; paler when mild, deeper when severe.
// Background is the colour of the explorer's background, #101418, which
// the figure is drawn for: a DrawList that holds only the figure is
// cleared to it.
var Background = rgb(0x10, 0x14, 0x18)

var (
	limbColor    = rgb(0xC9, 0xC4, 0xBC)
	trunkColor   = rgb(0xA3, 0x9F, 0x99)
	skinColor    = rgb(0xD2, 0xCB, 0xC2)
	hairColor    = rgb(0x4A, 0x4C, 0x52)
	outlineColor = Background
	featureColor = rgb(0x2A, 0x2A, 0x2E)
	shadowColor  = [4]float32{0.35, 0.30, 0.28, 0.55}
	lipColor     = rgb(0x9A, 0x5A, 0x5C)
	throatColor  = rgb(0x3A, 0x12, 0x16)
	tongueColor  = rgb(0xD9, 0x86, 0x8A)
	palateColor  = rgb(0xB8, 0x5E, 0x66)
	toothColor   = rgb(0xF2, 0xEF, 0xE6)
	scleraColor  = rgb(0xF4, 0xF4, 0xF0)
	irisColor    = rgb(0x6B, 0x4A, 0x2E)
	pupilColor   = rgb(0x0A, 0x0A, 0x0C)
	palmColor    = rgb(0xE2, 0xD6, 0xCA)
	toolColor    = rgb(0xE8, 0xE8, 0xEC)
	handleColor  = rgb(0x8A, 0x8E, 0x96)
	textColor    = rgb(0xE6, 0xE8, 0xEA)
	dimText      = rgb(0x9A, 0xA0, 0xA8)
	cautionColor = rgb(0xF0, 0xE4, 0x42) // Okabe-Ito yellow: the ventilator
	motionColor  = [4]float32{1, 1, 1, 0.7}

	// hues holds each kind's pale and deep colour, by Kind.
	hues = [4][2][4]float32{
		Normal: {limbColor, limbColor},
		UMN:    {rgb(0x56, 0xB4, 0xE9), rgb(0x00, 0x5A, 0x9C)},
		LMN:    {rgb(0xE6, 0x9F, 0x00), rgb(0xD5, 0x5E, 0x00)},
		Mixed:  {rgb(0xE0, 0xA8, 0xC8), rgb(0xB0, 0x4C, 0x8A)},
	}
)

// KindColor returns the colour the figure gives a part of colour base
// whose region has weakness w: base itself when w is no weakness, the
// kind's pale hue when mild, its deep hue when severe. The game's report
// can colour its list the same way.
func KindColor(base [4]float32, w Weakness) [4]float32 {
	if w.Kind == Normal || w.Kind > Mixed || !(w.Severity > 0) {
		return base
	}
	h := hues[w.Kind]
	s := clamp01(w.Severity)
	if s < 0.35 {
		// Mild: between the base and the pale hue, never so close to the
		// base that it cannot be seen.
		return mixColor(base, h[0], 0.55+0.45*s/0.35)
	}
	return mixColor(h[0], h[1], (s-0.35)/0.65)
}

func mixColor(a, b [4]float32, x float32) [4]float32 {
	return [4]float32{a[0] + (b[0]-a[0])*x, a[1] + (b[1]-a[1])*x, a[2] + (b[2]-a[2])*x, a[3] + (b[3]-a[3])*x}
}

func rgb(r, g, b uint8) [4]float32 {
	return [4]float32{float32(r) / 255, float32(g) / 255, float32(b) / 255, 1}
}

func alpha(c [4]float32, a float32) [4]float32 {
	c[3] *= a
	return c
}

// legendNames are the kinds the legend names, and legendReading how to
// read its swatches.
var legendNames = [...]string{UMN: "UMN", LMN: "LMN", Mixed: "mixed"}

const legendReading = "pale mild, deep severe"

// legendWidths returns how wide the legend's swatches with their names are,
// and its reading, for text px pixels high (Go Regular averages 0.55 em a
// character; a little more, so that an estimate never runs over).
func legendWidths(px float32) (swatches, reading float32) {
	sw := px * 0.9
	for _, n := range legendNames {
		swatches += 2*sw + px*(0.35+0.62*float32(len(n))) + px*0.9
	}
	return swatches, px * 0.6 * float32(len(legendReading))
}

// legendHeight returns the height of the legend in a box w pixels wide:
// one row, or two when its reading does not fit beside the swatches.
func legendHeight(w, px float32) float32 {
	s, r := legendWidths(px)
	if s+r <= w-px {
		return px * 1.8
	}
	return px * 3.2
}

// legend draws the key to the tints in box's foot, text px pixels high: a
// pale and a deep swatch for each kind, and how to read them, beside them
// or on a row below when the box is narrow.
func legend(dl *view.DrawList, box Rect, px float32) {
	// On two rows the wider of the two must fit: a narrow box takes
	// smaller text rather than text past its edge.
	if s, r := legendWidths(px); s+r > box.W-px {
		px = min(px, px*(box.W-px)/max(s, r))
	}
	x := box.X + px*0.5
	y := box.Y + box.H - px*0.6
	s, r := legendWidths(px)
	two := s+r > box.W-px
	if two {
		y -= px * 1.4
	}
	sw := px * 0.9
	for k := UMN; k <= Mixed; k++ {
		dl.Rect(x, y-sw, sw, sw, hues[k][0])
		dl.Rect(x+sw, y-sw, sw, sw, hues[k][1])
		dl.Label(x+2*sw+px*0.35, y, px, textColor, view.AlignLeft, legendNames[k])
		x += 2*sw + px*(0.35+0.62*float32(len(legendNames[k]))) + px*0.9
	}
	if two {
		x, y = box.X+px*0.5, y+px*1.4
	}
	dl.Label(x, y, px, dimText, view.AlignLeft, legendReading)
}
