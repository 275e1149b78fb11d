package screen

import (
	"strings"

	"github.com/decussate/decussate/scene/words"
)

// MenuPath leads the name of a button the toolbar's Menu holds on a narrow
// screen, in words by touch (words.MenuPath). Where the row holds every
// button there is no Menu, and Place drops the path, so that the words
// name each button where the person sees it.
const MenuPath = words.MenuPath

// menuWords keeps the last few texts Place set without their Menu paths,
// so that a steady frame allocates nothing.
type menuWords struct {
	from, to [2]string
}

// reachable returns text as the screen's toolbar reaches its buttons:
// as it is when the row holds the Menu, else without its Menu paths.
func (m *menuWords) reachable(text string, menu bool) string {
	if menu || !strings.Contains(text, MenuPath) {
		return text
	}
	for i, f := range m.from {
		if f == text {
			return m.to[i]
		}
	}
	m.from[1], m.to[1] = m.from[0], m.to[0]
	m.from[0], m.to[0] = text, strings.ReplaceAll(text, MenuPath, "")
	return m.to[0]
}

// hasTool tells whether the buttons hold tool t.
func hasTool(bs []Button, t Tool) bool {
	for _, b := range bs {
		if b.Tool == t {
			return true
		}
	}
	return false
}
