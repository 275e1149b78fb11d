package game

import (
	"slices"
	"strings"

	"github.com/decussate/decussate/internal/pagehook"
	"github.com/decussate/decussate/scene/explorer/screen"
)

// notice is a few sentences at the top of the screen for a while: what a
// link could not open, or why a lesion was not placed. The screen wraps
// them to its width by the font's own measure.
type notice struct {
	sentences []string
	// text is the sentences joined by newlines, once.
	text string
	tick int
	// lines and joined are the lines last published, and them joined by
	// newlines for the page, kept so that a still note costs nothing.
	lines  []string
	joined string
}

// showNotes shows sentences at the top of the screen for a while.
func (g *Game) showNotes(sentences []string) {
	if len(sentences) > 0 {
		g.notice.sentences, g.notice.tick = sentences, g.ctl.tick
		g.notice.text = strings.Join(sentences, "\n")
	}
}

// publishNotice tells the page the note the layout placed (its lines, as
// drawn), or that there is none.
func (g *Game) publishNotice(L *screen.Layout) {
	if len(L.NoteLines) == 0 {
		pagehook.ShowNotice(pagehook.Notice{})
		return
	}
	n := &g.notice
	if !slices.Equal(n.lines, L.NoteLines) {
		n.lines = append(n.lines[:0], L.NoteLines...)
		n.joined = strings.Join(n.lines, "\n")
	}
	pagehook.ShowNotice(pagehook.Notice{Text: n.joined, Width: int(L.Note.W + 0.5), ScreenWidth: L.M.W})
}
