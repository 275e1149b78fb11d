package screen

import (
	"strings"

	"github.com/decussate/decussate/scene/view"
)

// The note is a few sentences at the top of the screen for a while: what
// a link could not open, or why a lesion was not placed. Whatever its
// sentences hold, each is wrapped to the screen's width by the font's own
// measure, and at most maxNoteLines lines are drawn.
const (
	maxNoteLines     = 8
	maxSentenceLines = 3
)

// noteLines are the note's lines as last wrapped, kept between frames:
// wrapping measures every word.
type noteLines struct {
	key    noteKey
	lines  []string
	widest float32
}

// noteKey is what the wrapped lines depend on.
type noteKey struct {
	text        string
	width, size float32
}

// layout returns the lines of text wrapped to width at size and the
// widest line's width.
func (n *noteLines) layout(text string, width, size float32, t *Typeset) ([]string, float32) {
	key := noteKey{text, width, size}
	if key == n.key {
		return n.lines, n.widest
	}
	n.key, n.lines, n.widest = key, n.lines[:0], 0
	measure := func(s string) float32 { return t.Width(s, size) }
	for _, sentence := range strings.Split(text, "\n") {
		for _, line := range view.Wrap(sentence, width, maxSentenceLines, measure) {
			if len(n.lines) == maxNoteLines {
				break
			}
			n.lines = append(n.lines, line)
			n.widest = max(n.widest, measure(line))
		}
	}
	return n.lines, n.widest
}
