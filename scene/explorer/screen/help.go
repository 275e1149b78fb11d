package screen

// HelpLines is the full list of controls, shown with ? or H.
var HelpLines = []string{
	"Decussate: the motor pathways in 3D",
	"",
	"Mouse: drag to turn, wheel to zoom, right-drag (or Shift-drag) to pan",
	"Touch: one finger turns, pinch zooms, two fingers pan",
	"Arrow keys: turn       + / -: zoom       R: reset the view",
	"1 front   2 left   3 right   4 back   5 top   6 below   0 oblique",
	"L: labels of the major parts",
	"T: teaching proportions (cord shortened) or true scale",
	"F: full screen          ? or H: this list (Esc closes it)",
	"Tab / Shift-Tab: the toolbar's buttons, one by one; Enter or space presses one",
	"P: presenter mode: high contrast, large text, thick fibres, a ring at the pointer",
	"O: a tour (O again: the next one); → Page Down space: next step, ← Page Up: back, Esc: end",
	"Q: quiz, where is the lesion? Place lesions until the signs match the patient's; I: a hint",
	"S: save the view as a PNG at twice the size (Shift-S on white, for slides)",
	"",
	"Trace: click the coloured precentral gyrus, a pathway, a cranial nucleus or a",
	"ventral horn, or press N (B goes back) to step through the classic starts.",
	"Space pause   . step   [ ] speed   C camera follows   Esc ends the trace",
	"X: a horizontal section; Page Up / Page Down step it through the levels",
	"E: lesion mode. Click to place a lesion, Shift-click to move it, [ ] size,",
	"Delete removes, Z undoes, A acute / chronic, / the classic lesions",
	"",
	"Hover over a part to name it.",
	"About (in the toolbar): the data's credits and licences.",
}
