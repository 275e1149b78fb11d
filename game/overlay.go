package game

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
	"About (in the toolbar): the data's credits and licences.",
}

var (
	hintColor    = [4]float32{0.80, 0.84, 0.88, 0.9}
	hoverColor   = [4]float32{1, 1, 1, 1}
	panelColor   = [4]float32{0.04, 0.05, 0.06, 0.86}
	scaleColor   = [4]float32{0.95, 0.8, 0.45, 1}
	captionColor = [4]float32{1, 0.93, 0.7, 1}
)

// tourHint is the hint line while a tour plays.
const tourHint = "→  Page Down  space: next step  ·  ←  Page Up: back  ·  O: next tour  ·  Esc: end the tour"

// traceHint is the hint line in trace mode.
const traceHint = "Space pause  ·  . step  ·  [ ] slower / faster  ·  C camera follows  ·  N / B next / previous start  ·  Esc end"
