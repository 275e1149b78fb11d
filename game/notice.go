package game

import (
	"slices"
	"strings"

	"github.com/decussate/decussate/internal/pagehook"
	"github.com/decussate/decussate/scene/explorer/screen"
)

// notice is the note the page was last told of (the explorer's, or an
// export's status), as the screen wrapped it to its width by the font's
// own measure.
type notice struct {
	// lines and joined are the lines last published, and them joined by
	// newlines for the page, kept so that a still note costs nothing.
	lines  []string
	joined string
}

// showNotes shows sentences at the top of the screen for a while (the
// explorer's Notify).
func (g *Game) showNotes(sentences []string) { g.ex.Notify(sentences) }

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
