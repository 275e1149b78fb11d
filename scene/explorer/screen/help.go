package screen

import "github.com/decussate/decussate/scene/words"

// HelpLines is the full list of controls for a keyboard and a mouse,
// shown with ? or H.
var HelpLines = []string{
	"Decussate: the motor pathways in 3D",
	"",
	"Mouse: drag to turn, wheel to zoom, right-drag (or Shift-drag) to pan",
	"Touch: one finger turns, pinch zooms, two fingers pan",
	"Arrow keys: turn       + / -: zoom       R: reset the view",
	"1 front   2 left   3 right   4 back   5 top   6 below   0 oblique",
	"L: labels of the major parts",
	"T: teaching proportions (cord shortened) or true scale",
	"V: the brain's look: glass, opaque, cutaway (the near hemisphere hidden) or quadrant (the quarter of the brain facing you cut away)",
	"F: full screen          ? or H: this list (Esc closes it)",
	"A long list or report is set in pages: →, Page Down, Space or a click: the next page; ← or Page Up: back",
	"Tab / Shift-Tab: the toolbar's buttons, one by one; Enter or space presses one",
	"P: presenter mode: high contrast, large text, thick fibres, a ring at the pointer; F5 (a clicker's start) turns it on, full screen; there B or . (full stop, which steps a trace) blacks the screen, any key or click brings it back",
	"O: a tour (O again: the next one); →, Page Down or Space: a step's next report page, then the next step (after the last: the end); ← or Page Up: back; Esc: end",
	"Q: quiz, where is the lesion? Place lesions until the signs match the patient's; I: a hint",
	"S: save the view as a PNG at twice the size (Shift-S on white, for slides)",
	"",
	"Trace: click the coloured precentral gyrus, a pathway, a cranial nucleus or a",
	"ventral horn, or press N (Shift-N, or B in a trace, goes back) to step through the classic starts.",
	"Space pause   . step   [ ] speed   C camera follows   Esc ends the trace",
	"X: a horizontal section, seen from below as scans are (the patient's right on your left);",
	"→, Page Down or Space step it a level down, ← or Page Up up, R, L, A and P marking its sides; X or Esc leaves it",
	"E: lesion mode. Click to place a lesion, Shift-click to move it, [ ] size,",
	"Delete removes, Z undoes, A switches acute / chronic, / the classic lesions,",
	"M, →, Page Down, Space or a click on the report: its next page; Shift-M, ← or Page Up: back;",
	"in a narrow window, Enter (or a click on the strip) opens the patient and findings",
	"",
	"Hover over a part to name it.",
	"The grey-blue patch in front of the coloured strip is area 6 (the premotor cortex; on the medial surface the supplementary motor area): its fibres join the strip's, and stand in for them once a lesion is old.",
	"About (in the toolbar): the data's credits and licences.",
}

// TouchHelpLines is the list of controls by touch: what fingers do and
// what each of the toolbar's buttons (in its Menu on a phone) does.
var TouchHelpLines = []string{
	"Decussate: the motor pathways in 3D",
	"",
	"One finger turns, a pinch zooms, two fingers pan; a double tap resets the view",
	"Tap the coloured precentral gyrus, a pathway, a cranial nucleus or a ventral horn to trace from it",
	"The grey-blue patch in front of the coloured strip is area 6, the premotor cortex and the supplementary motor area: its fibres join the strip's",
	"",
	"Trace: the classic starts, one by one",
	"Lesion: tap the model to place a lesion; tap the patient for the next examination, the report for its next page",
	"In lesion mode: Undo; Remove (the selected lesion); Smaller and Larger; Acute (lit while on) shows the acute phase, unlit the chronic; Move, then a tap on the model, moves the selected lesion there",
	"In a trace: Pause (Play again; Replay once the signal has reached the muscles); Step, a quarter second on; Slower and Faster; Follow: the camera follows the impulse",
	"Classic lesions: the textbook lesions; drag the list for more, tap one to place it",
	"Quiz: where is the lesion? Place lesions until the signs match the patient's; Hint helps",
	"Tour: a guided lesson; Next › and ‹ Back step it, a step's report page by page",
	"Section: a horizontal section, seen from below as scans are (the patient's right on your left, R, L, A and P marking its sides); Level ↑ and Level ↓ move it",
	"Labels: the major parts' names",
	"Look: glass, opaque, cutaway (the near hemisphere hidden) or quadrant (the quarter of the brain facing you cut away)",
	"Presenter: large text and thick fibres, for a room",
	"Reset view: the first view       Save picture: the view as a PNG",
	"Close: closes what is open, the topmost first",
	"A long list or report is set in pages: tap it for the next page",
	"",
	"About: the data's credits and licences.",
}

// Help returns the list of controls for device d.
func Help(d words.Device) []string {
	if d == words.Touch {
		return TouchHelpLines
	}
	return HelpLines
}
