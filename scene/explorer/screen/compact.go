package screen

import (
	"strings"

	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
)

// Compact panels: on a phone held upright, lesion mode's patient and
// report would take nearly half of the middle from the model. They fold
// to a strip at the foot of the middle instead, which names them and
// gives the summary's first sentence; a tap on the strip opens them in
// full above it, and another tap (or Back) folds them. The strip stays
// where it is, open or folded, so that the same place takes both taps.
// A narrow desktop window folds them too: there Enter opens and folds the
// strip as a click does, and the strip's cue names the key.

// strip is the compact panels' strip as laid out.
type strip struct {
	// head is the strip's name, cue what a tap on it does, line the
	// summary's first sentence (folded only), each set at size.
	head, cue, line string
	size            float32
	// opens says a tap (or Enter) opens the panels; false, folds them.
	opens bool
}

// stripHead names what the strip opens.
const stripHead = "Patient · Findings"

// Cues on the strip: what a tap on it does.
const (
	stripOpenCue = "▲ Open"
	stripFoldCue = "▼ Fold"
)

// StripKey is the key that opens and folds the strip, as a click on it
// does (game/keys.go binds it).
const StripKey = "Enter"

// stripCue is the strip's cue, opening or folding, for device d: a
// keyboard's names its key, "▲ Open (Enter)".
func stripCue(opens bool, d words.Device) string {
	cue := stripFoldCue
	if opens {
		cue = stripOpenCue
	}
	if d == words.Keyboard {
		cue += " (" + StripKey + ")"
	}
	return cue
}

// compact tells whether lesion mode's panels fold to a strip on the
// screen of m: a narrow one held upright.
func compact(m Metrics) bool { return m.Narrow() && m.H > m.W }

// placeCompact lays out lesion mode on a phone held upright in the middle
// mid: the strip at its foot, and above it the model (Centre) or, opened,
// the patient and the report below the model.
func (L *Layout) placeCompact(f *Typeset, mid view.Box, c *Content) {
	size, pad, w := L.Size, L.Pad, float32(L.M.W)
	// A row of the strip is a fingertip high at least.
	row := max(size*lineGap, 20*L.M.Ratio)
	h := row + size*0.9
	if !c.PanelsOpen {
		h += row
	}
	h = min(h, mid.H)
	L.Strip = view.Box{ID: "strip", X: 0, Y: mid.Y + mid.H - h, W: w, H: h}
	L.strip = strip{head: stripHead, cue: stripCue(!c.PanelsOpen, c.Device), size: size, opens: !c.PanelsOpen}
	if !c.PanelsOpen {
		line := stripLine(c.Report)
		if placed := placedLine(c.Report, line); placed != "" {
			line = placed
		}
		L.strip.line = f.FitLine(line, size, w-4*pad)
		L.Centre = view.Box{X: 0, Y: mid.Y, W: w, H: max(0, L.Strip.Y-pad*0.5-mid.Y)}
		return
	}
	// Opened: the panels take the share of the middle they take on a
	// phone without a strip (their report in as few pages), above the
	// strip, and the model the rest.
	ph := mid.H * phonePanels
	if L.M.Presenter {
		// Presenter mode's larger text, shown to a room: the panels'
		// words take more of the middle.
		ph = mid.H * phonePresenterPanels
	}
	ph = min(ph, max(0, L.Strip.Y-pad*0.5-mid.Y))
	top := L.Strip.Y - pad*0.5 - ph
	L.Centre = view.Box{X: 0, Y: mid.Y, W: w, H: max(0, top-pad*0.5-mid.Y)}
	lw := w * 0.36
	L.Left = view.Box{ID: "patient", X: pad * 0.5, Y: top, W: lw - pad*0.5, H: ph}
	L.Right = view.Box{ID: "report", X: lw + pad*0.5, Y: top, W: w - lw - pad, H: ph}
}

// stripLine is what the folded strip says of the report: the summary's
// first sentence, why the lesion could not be evaluated, or the report's
// title before a lesion is placed.
func stripLine(r *Report) string {
	switch {
	case r == nil:
		return ""
	case r.Err != "":
		return r.Err
	case r.Summary != "":
		s := r.Summary
		if i := strings.Index(s, ". "); i > 0 {
			s = s[:i+1]
		}
		return s
	}
	return r.Title
}

// placedLine is the strip's line with where the lesion lies before it,
// "Left precentral gyrus (hand area) · No weakness: …", for lesions
// placed by hand, whose findings alone do not say where they are (the
// findings, not the place, lose their end when the line is too long); ""
// when the report has no place or line is no summary.
func placedLine(r *Report, line string) string {
	if r == nil || r.Place == "" || r.Err != "" || r.Summary == "" || line == "" {
		return ""
	}
	return r.Place + " · " + line
}

// drawStrip draws the compact panels' strip, when laid out.
func (L *Layout) drawStrip(dl *view.DrawList) {
	b := L.Strip
	if b.W == 0 {
		return
	}
	st := &L.strip
	size, pad := st.size, L.Pad
	dl.Panel(b.ID, b.X, b.Y, b.W, b.H, tourCaptionColor)
	// A rule along its top: the strip is a tab the panels open from.
	dl.Rect(b.X, b.Y, b.W, max(1, L.M.Ratio), buttonBorder)
	y := b.Y + size*0.45 + max(size*lineGap, 20*L.M.Ratio)/2 + size*0.35
	dl.Label(b.X+pad*2, y, size, captionColor, view.AlignLeft, st.head)
	dl.Label(b.X+b.W-pad*2, y, size, hintColor, view.AlignRight, st.cue)
	if st.line != "" {
		dl.Label(b.X+pad*2, y+max(size*lineGap, 20*L.M.Ratio), size, reportColor, view.AlignLeft, st.line)
	}
}

// StripOpens reports whether a tap on the compact panels' strip opens
// them (false: it folds them, or there is no strip).
func (L *Layout) StripOpens() bool { return L.Strip.W > 0 && L.strip.opens }

// phonePanels is the share of a portrait phone's middle that lesion
// mode's patient and report take, below the model.
const phonePanels = 0.45

// phonePresenterPanels is phonePanels in presenter mode.
const phonePresenterPanels = 0.55
