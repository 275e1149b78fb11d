package game

import (
	"strings"

	"github.com/decussate/decussate/internal/pagehook"
	"github.com/decussate/decussate/scene/view"
)

// The notice is a few sentences at the top of the screen for a while: what
// a link could not open, or why a lesion was not placed. Whatever its
// sentences hold, each is wrapped to the screen's width by the font's own
// measure, and at most maxNoticeLines lines are drawn.
const (
	maxNoticeLines   = 8
	maxSentenceLines = 3
	// noticeWidth is the share of the screen's width a line may take.
	noticeWidth = 0.92
)

// noticePanelColor is behind a note: nearly opaque, since it lies over the
// model.
var noticePanelColor = [4]float32{0.04, 0.05, 0.06, 0.95}

// notice is the sentences shown, and their lines as last wrapped.
type notice struct {
	sentences []string
	// text is the sentences joined by newlines, once.
	text string
	tick int
	// lines, widest and shown are the wrapped lines for the width and
	// size in key, kept between frames: wrapping measures every word.
	key    noticeKey
	lines  []string
	widest float32
	// joined is lines joined by newlines, for the page.
	joined string
}

// noticeKey is what the wrapped lines depend on.
type noticeKey struct {
	text        string
	width, size float32
}

// layout returns the lines of text wrapped to width at size, measured by
// f, and the widest line's width.
func (n *notice) layout(text string, width, size float32, f *fonts) ([]string, float32) {
	key := noticeKey{text, width, size}
	if key == n.key {
		return n.lines, n.widest
	}
	n.key, n.lines, n.widest = key, n.lines[:0], 0
	measure := func(s string) float32 { return f.measure(s, size) }
	for _, sentence := range strings.Split(text, "\n") {
		for _, line := range view.Wrap(sentence, width, maxSentenceLines, measure) {
			if len(n.lines) == maxNoticeLines {
				break
			}
			n.lines = append(n.lines, line)
			n.widest = max(n.widest, measure(line))
		}
	}
	n.joined = strings.Join(n.lines, "\n")
	return n.lines, n.widest
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
func (g *Game) publishNotice(L *screenLayout) {
	if len(L.notes) == 0 {
		pagehook.ShowNotice(pagehook.Notice{})
		return
	}
	pagehook.ShowNotice(pagehook.Notice{Text: g.notice.joined, Width: int(L.note.W + 0.5), ScreenWidth: L.m.w})
}
