package view

import (
	"strings"
	"unicode/utf8"
)

// Wrap breaks s into lines no wider than width, as measure measures them,
// at spaces where it can; a word wider than width is broken inside it, so
// that no line is ever wider than width, whatever s holds (a link's
// 1,000-character key, say). At most maxLines lines are returned, the last
// ending in "…" when s had more. A width too narrow for one character
// still gets one character a line: such a screen is unusable anyway.
func Wrap(s string, width float32, maxLines int, measure func(string) float32) []string {
	if maxLines < 1 {
		return nil
	}
	var lines []string
	line := ""
	cut := false
	// put ends the line; it reports false when no line is left.
	put := func() bool {
		if len(lines) == maxLines {
			cut = true
			return false
		}
		lines = append(lines, line)
		line = ""
		return true
	}
words:
	for _, word := range strings.Fields(s) {
		try := word
		if line != "" {
			try = line + " " + word
		}
		if measure(try) <= width {
			line = try
			continue
		}
		if line != "" && !put() {
			break
		}
		// The word alone, broken wherever it must be.
		for _, r := range word {
			next := line + string(r)
			if line != "" && measure(next) > width {
				if !put() {
					break words
				}
				next = string(r)
			}
			line = next
		}
	}
	if line != "" && !cut {
		put()
	}
	if cut {
		last := lines[len(lines)-1]
		for last != "" && measure(last+"…") > width {
			_, size := utf8.DecodeLastRuneInString(last)
			last = last[:len(last)-size]
		}
		lines[len(lines)-1] = last + "…"
	}
	return lines
}
