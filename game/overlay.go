package game

import "github.com/decussate/decussate/scene/view"

// hint is the line always shown: enough to start, and where to find more.
const hint = "Drag to turn  ·  wheel to zoom  ·  click the gyrus or N: trace  ·  Tab: lesion mode  ·  ? all keys"

// helpLines is the full list of controls, shown with ? or H.
var helpLines = []string{
	"Decussate: the motor pathways in 3D",
	"",
	"Mouse: drag to turn, wheel to zoom, right-drag (or Shift-drag) to pan",
	"Touch: one finger turns, pinch zooms, two fingers pan",
	"Arrow keys: turn       + / -: zoom       R: reset the view",
	"1 front   2 left   3 right   4 back   5 top   6 below   0 oblique",
	"L: labels of the major parts",
	"T: teaching proportions (cord shortened) or true scale",
	"F: full screen          ? or H: this list (Esc closes it)",
	"P: presenter mode: high contrast, large text, thick fibres, a ring at the pointer",
	"O: a tour (O again: the next one); → Page Down space: next step, ← Page Up: back, Esc: end",
	"Q: quiz, where is the lesion? Place lesions until the signs match the patient's; I: a hint",
	"S: save the view as a PNG at twice the size (Shift-S on white, for slides)",
	"",
	"Trace: click the coloured precentral gyrus, a pathway, a cranial nucleus or a",
	"ventral horn, or press N (B goes back) to step through the classic starts.",
	"Space pause   . step   [ ] speed   C camera follows   Esc ends the trace",
	"X: a horizontal section; Page Up / Page Down step it through the levels",
	"Tab: lesion mode. Click to place a lesion, Shift-click to move it, [ ] size,",
	"Delete removes, Z undoes, A acute / chronic, / the classic lesions",
	"",
	"Hover over a part to name it.",
}

var (
	hintColor    = [4]float32{0.80, 0.84, 0.88, 0.9}
	hoverColor   = [4]float32{1, 1, 1, 1}
	panelColor   = [4]float32{0.04, 0.05, 0.06, 0.86}
	scaleColor   = [4]float32{0.95, 0.8, 0.45, 1}
	captionColor = [4]float32{1, 0.93, 0.7, 1}
)

// textSize is the base text size for a screen: readable from the back of
// a room on a projector, never tiny on a phone.
func textSize(w, h int) float32 {
	return max(12, min(float32(h)/40, float32(w)/60)) * uiScale
}

// tourHint is the hint line while a tour plays.
const tourHint = "→  Page Down  space: next step  ·  ←  Page Up: back  ·  O: next tour  ·  Esc: end the tour"

// traceHint is the hint line in trace mode.
const traceHint = "Space pause  ·  . step  ·  [ ] slower / faster  ·  C camera follows  ·  N / B next / previous start  ·  Esc end"

// overlay adds the hint line, the name of the part under the pointer, the
// proportions in use, a trace's title and caption and, when asked, the
// list of controls.
func overlay(dl *view.DrawList, c *controls, tr *tracer, sec *sectioner, lesionMode, touring bool, hover string) {
	w, h := float32(dl.Width), float32(dl.Height)
	size := textSize(dl.Width, dl.Height)
	dl.Rect(0, h-size*1.9, w, size*1.9, panelColor)
	line := hint
	if lesionMode {
		line = lesionHint
	}
	if touring {
		line = tourHint
	} else if tr.active {
		line = traceHint
		dl.Label(w/2, size*1.6, size*1.15, hoverColor, view.AlignCenter, tr.title)
		if tr.caption != "" {
			dl.Rect(0, h-size*4.6, w, size*2.6, panelColor)
			dl.Label(w/2, h-size*2.9, size*1.35, captionColor, view.AlignCenter, tr.caption)
		}
	} else if tr.caption != "" {
		dl.Label(w/2, h-size*2.9, size, captionColor, view.AlignCenter, tr.caption)
	}
	// The hint fits the width, however large presenter mode makes text.
	dl.Label(w/2, h-size*0.6, min(size*0.85, 0.96*w/(0.5*float32(len(line)))), hintColor, view.AlignCenter, line)
	if hover != "" {
		y := size * 1.6
		if tr.active {
			y = size * 3.4
		}
		dl.Label(size, y, size*1.1, hoverColor, view.AlignLeft, hover)
	}
	if c.proportion != 0 {
		dl.Label(w-size, size*1.6, size, scaleColor, view.AlignRight, "true scale")
	}
	if sec.on && !touring {
		dl.Label(w-size, size*3.2, size, scaleColor, view.AlignRight, "Section: "+sec.level().Name+"  (Page Up / Page Down)")
	}
	if c.help {
		lh := size * 1.5
		ph := lh*float32(len(helpLines)) + size*2
		longest := 0
		for _, line := range helpLines {
			longest = max(longest, len(line))
		}
		// Go Regular averages about half an em a character.
		pw := min(w-2*size, 0.52*size*float32(longest)+2*size)
		x, y := (w-pw)/2, (h-ph)/2
		dl.Rect(x, y, pw, ph, panelColor)
		for i, line := range helpLines {
			if line != "" {
				dl.Label(x+size, y+size*1.8+lh*float32(i), size, hoverColor, view.AlignLeft, line)
			}
		}
	}
}
