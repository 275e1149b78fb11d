package game

import (
	"strings"

	"github.com/decussate/decussate/scene/view"
)

// screenLayout is where everything over the model goes in one frame,
// worked out in one place from the frame's metrics and what is open, so
// that no two panels overlap and none leaves the screen, at any size,
// pixel ratio and presenter scale. Drawing reads it; so do the model's
// labels (the centre) and the pointer (the full-screen button).
//
// The screen is cut in bands: the title rows at the top, a note under
// them, the hint bar (with the full-screen button at its right) at the
// bottom, a caption band above it, and between them the middle, where
// lesion mode's patient and report panels sit beside the model (or, on a
// narrow portrait screen, below it) and the list of controls covers all.
type screenLayout struct {
	m    metrics
	size float32
	pad  float32

	top     view.Box
	title   []string
	note    view.Box
	notes   []string
	caption view.Box
	capText []string
	// capSize is the caption's text size: large for a tour, whose
	// caption a room reads.
	capSize float32
	hint    view.Box
	hints   []string
	hintSz  float32
	// tools are the toolbar's buttons, and the menu's when it is open;
	// btnSize their text's size.
	tools   []toolButton
	btnSize float32
	menu    view.Box

	// left holds the patient, or the picker; right the report; help the
	// list of controls; quiz the quiz's words; centre is what the model
	// keeps, where its labels go.
	left, right, help, quiz, centre view.Box
	helpText                        []string
	helpSize                        float32
	quizText                        []string
	// hoverY and tagsY are the baselines of the top rows' hover name and
	// tags (true scale, section).
	titleY, hoverY, tagsY float32
	// hoverW is how wide the hover name may be.
	hoverW float32
	narrow bool

	// about is the About panel, its text and size (about.go).
	about     view.Box
	aboutText []string
	aboutSize float32
}

// lineGap is the distance between baselines, in text sizes.
const lineGap = 1.3

// wrapper breaks text into lines no wider than a width, measured in the
// font it is drawn in.
type wrapper interface {
	wrap(s string, size, width float32) []string
	measure(s string, size float32) float32
	cut(s string, size, width float32) string
}

// layout places this frame's panels on a screen of metrics m.
func (g *Game) layout(m metrics) screenLayout {
	f := g.drawer.fonts
	size := m.size()
	L := screenLayout{m: m, size: size, pad: size * 0.5}
	w, h := float32(m.w), float32(m.h)
	pad := L.pad
	L.narrow = m.cssW() < 700

	// The bottom: the toolbar's row, every tool on a wide screen or a
	// menu on a narrow one, and the hint bar above it.
	L.btnSize = max(size*0.8, 13*m.ratio)
	bh := max(L.btnSize*2.2, 40*m.ratio) // a fingertip
	gap := pad * 0.5
	rowY := h - bh - gap
	// The last frame's buttons' storage, which nothing reads any more.
	L.tools = g.placeTools(g.frameLayout.tools[:0], f, L.btnSize, bh, gap, rowY, w, true)
	if L.tools == nil {
		L.tools = g.placeTools(g.frameLayout.tools[:0], f, L.btnSize, bh, gap, rowY, w, false)
	}
	L.hintSz = max(size*0.85, 12*m.ratio)
	L.hints = f.wrap(g.hintText(L.narrow), L.hintSz, w-4*pad)
	hintH := float32(len(L.hints))*L.hintSz*lineGap + L.hintSz*0.9
	L.hint = view.Box{ID: "hint", X: 0, Y: rowY - gap - hintH, W: w, H: hintH}
	bottom := L.hint.Y

	// The caption band: a tour's, large, or a trace's.
	if text, big := g.captionText(); text != "" {
		L.capSize = size * 1.15
		if big {
			L.capSize = size * 1.2
		}
		L.capText = f.wrap(text, L.capSize, w-4*pad)
		capH := float32(len(L.capText))*L.capSize*lineGap + L.capSize*0.9
		L.caption = view.Box{ID: "caption", X: 0, Y: bottom - capH, W: w, H: capH}
		bottom = L.caption.Y
	}

	// The top rows: a title, then the hover name and the tags.
	y := pad
	if title := g.titleText(); title != "" {
		L.title = f.wrap(title, size, w-2*pad)
		L.titleY = y + size
		y += float32(len(L.title)) * size * lineGap
	}
	L.hoverY = y + size*1.1
	L.tagsY = L.hoverY
	L.hoverW = w - 4*pad
	if tags := g.tagsText(); tags != "" {
		// The hover name changes as the pointer moves: it gets the
		// row's left, the tags its right, or the tags a row of their own
		// when they leave the name too little.
		tw := f.measure(tags, size)
		if w-tw-5*pad > size*10 {
			L.hoverW = w - tw - 5*pad
		} else {
			L.tagsY = L.hoverY + size*1.1*lineGap
		}
	}
	rows := L.tagsY
	if g.hoverName == "" && g.tagsText() == "" {
		rows = y
	}
	L.top = view.Box{ID: "top", X: 0, Y: 0, W: w, H: rows + size*0.5}
	topEnd := L.top.Y + L.top.H

	// A note: a link's problems or an export's status, under the top.
	if text := g.noteText(); text != "" {
		// Each sentence wrapped to the width by the font's measure, a
		// few lines at most (notice.layout).
		var nw float32
		L.notes, nw = g.notice.layout(text, min(w-4*pad, size*40), size*0.9, f)
		nh := float32(len(L.notes))*size*0.9*lineGap + size*0.9
		L.note = view.Box{ID: "note", X: (w - nw - 2*pad) / 2, Y: topEnd, W: nw + 2*pad, H: nh}
		topEnd += nh + pad*0.5
	}

	// The middle.
	mid := view.Box{X: 0, Y: topEnd, W: w, H: max(0, bottom-pad*0.5-topEnd)}
	L.centre = mid
	switch {
	case g.menuOpen:
		L.menu, L.tools = g.placeMenu(L.tools, f, inset(mid, pad), L.btnSize, bh, gap)
		L.centre = view.Box{}
	case g.ctl.help:
		L.help = inset(mid, pad)
		L.help.ID = "help"
		L.helpSize, L.helpText = fitLines(f, helpLines, size, 12*m.ratio, L.help.W-2*pad, L.help.H-size)
		L.centre = view.Box{}
	case g.about.open:
		g.layoutAbout(&L, mid)
	case g.lesions.active && L.narrow && h > w:
		// A portrait phone: the model on top, the panels below it.
		ph := mid.H * 0.55
		L.centre = view.Box{X: 0, Y: mid.Y, W: w, H: mid.H - ph - pad*0.5}
		lw := w * 0.42
		L.left = view.Box{ID: "patient", X: pad * 0.5, Y: mid.Y + mid.H - ph, W: lw - pad*0.5, H: ph}
		L.right = view.Box{ID: "report", X: lw + pad*0.5, Y: L.left.Y, W: w - lw - pad, H: ph}
	case g.lesions.active:
		lw := min(w*0.22, h*0.42)
		rw := min(w*0.34, size*27)
		L.left = view.Box{ID: "patient", X: pad * 0.5, Y: mid.Y, W: lw, H: mid.H}
		L.right = view.Box{ID: "report", X: w - rw, Y: mid.Y, W: rw, H: mid.H}
		L.centre = view.Box{X: L.left.X + lw + pad*0.5, Y: mid.Y, W: max(0, L.right.X-pad*0.5-(L.left.X+lw+pad*0.5)), H: mid.H}
	}
	if g.presets.open && !g.ctl.help && !g.about.open {
		pick := view.Box{ID: "picker", X: pad * 0.5, Y: mid.Y, W: min(w*0.6, size*36), H: mid.H}
		if L.right.W > 0 && !L.narrow {
			pick.W = min(pick.W, L.right.X-pad-pick.X)
		} else {
			pick.W = w - pad
			L.right = view.Box{}
		}
		L.left = pick
		L.centre = view.Box{X: pick.X + pick.W + pad*0.5, Y: mid.Y, W: max(0, (L.right.X-pad*0.5)-(pick.X+pick.W+pad*0.5)), H: mid.H}
		if L.right.W == 0 {
			L.centre.W = max(0, w-(pick.X+pick.W+pad*0.5))
		}
	}
	if text := g.quizText(); text != "" && L.centre.W > size*8 {
		L.quizText = f.wrap(text, size, L.centre.W-2*pad)
		qh := float32(len(L.quizText))*size*lineGap + size
		L.quiz = view.Box{ID: "quiz", X: L.centre.X, Y: L.centre.Y, W: L.centre.W, H: min(qh, L.centre.H)}
		L.centre.Y += L.quiz.H + pad*0.5
		L.centre.H = max(0, L.centre.H-L.quiz.H-pad*0.5)
	}
	return L
}

// labelArea returns the part of the screen the model's labels may use,
// and whether there is room for any.
func (L *screenLayout) labelArea() (view.Area, bool) {
	c := L.centre
	if c.W < L.size*8 || c.H < L.size*4 {
		return view.Area{}, false
	}
	return view.Area{X0: c.X, Y0: c.Y, X1: c.X + c.W, Y1: c.Y + c.H}, true
}

// inset returns b shrunk by d on every side.
func inset(b view.Box, d float32) view.Box {
	return view.Box{ID: b.ID, X: b.X + d, Y: b.Y + d, W: max(0, b.W-2*d), H: max(0, b.H-2*d)}
}

// fitLines wraps lines (each a paragraph; "" a gap) to width at the
// largest size from size down to least whose lines fit height; at least
// it cuts the list and ends it with "…".
func fitLines(f wrapper, lines []string, size, least, width, height float32) (float32, []string) {
	var out []string
	for s := size; ; s *= 0.9 {
		s = max(s, least)
		out = out[:0]
		for _, line := range lines {
			if line == "" {
				out = append(out, "")
				continue
			}
			// Runs of spaces align the list in columns on a wide screen;
			// wrapped, they read as separators.
			out = append(out, f.wrap(columnsAsDots(line), s, width)...)
		}
		fits := float32(len(out))*s*lineGap <= height
		if fits || s <= least {
			if !fits {
				n := max(1, int(height/(s*lineGap))-1)
				out = append(out[:min(n, len(out))], "…")
			}
			return s, out
		}
	}
}

// columnsAsDots returns line with each run of three or more spaces, which
// lines up the list of controls in columns, as " · ".
func columnsAsDots(line string) string {
	var parts []string
	for {
		i := strings.Index(line, "   ")
		if i < 0 {
			break
		}
		parts = append(parts, line[:i])
		line = strings.TrimLeft(line[i:], " ")
	}
	return strings.Join(append(parts, line), " · ")
}

// placeTools lays the bottom row's tools out from the left, full screen
// at the right end, buttons bh high on the row at y, and returns them; nil
// when all the tools were asked for and they do not fit w.
func (g *Game) placeTools(dst []toolButton, f wrapper, size, bh, gap, y, w float32, all bool) []toolButton {
	var buf [numTools]tool
	tools := g.rowTools(buf[:0], all)
	x := gap
	for i, t := range tools {
		bw := f.measure(toolNames[t], size) + 1.4*size
		if i == len(tools)-1 {
			x = max(x, w-gap-bw) // full screen at the right end
		}
		if x+bw > w-gap {
			if all {
				return nil
			}
			break
		}
		dst = append(dst, toolButton{tool: t, box: view.Box{ID: toolIDs[t], X: x, Y: y, W: bw, H: bh}})
		x += bw + gap
	}
	return dst
}

// placeMenu lays the menu's tools out in a grid inside area, as many
// columns as fit, and returns the menu's panel and the tools added to dst.
func (g *Game) placeMenu(dst []toolButton, f wrapper, area view.Box, size, bh, gap float32) (view.Box, []toolButton) {
	cw := float32(0)
	for _, t := range menuTools {
		cw = max(cw, f.measure(toolNames[t], size)+2*size)
	}
	cols := max(1, min(3, int((area.W-gap)/(cw+gap))))
	cw = (area.W-gap)/float32(cols) - gap
	rows := (len(menuTools) + cols - 1) / cols
	menu := view.Box{ID: "menu", X: area.X, Y: area.Y, W: area.W, H: min(area.H, float32(rows)*(bh+gap)+gap)}
	for i, t := range menuTools {
		x := area.X + gap + float32(i%cols)*(cw+gap)
		y := area.Y + gap + float32(i/cols)*(bh+gap)
		if y+bh > menu.Y+menu.H {
			break
		}
		dst = append(dst, toolButton{tool: t, box: view.Box{ID: toolIDs[t], X: x, Y: y, W: cw, H: bh}})
	}
	return menu, dst
}
