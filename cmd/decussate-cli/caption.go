package main

import (
	"strings"
	"unicode/utf8"

	"github.com/decussate/decussate/scene/raster"
	"github.com/decussate/decussate/scene/view"
)

// Colours of the caption: light text on a band that darkens the scene
// beneath enough to read it, without hiding what lies under the band.
var (
	bandColor    = [4]float32{0, 0, 0, 0.68}
	captionColor = [4]float32{0.96, 0.96, 0.97, 1}
)

// maxBandShare is the most of the picture's height the caption may take;
// the rest of a longer text is cut with an ellipsis.
const maxBandShare = 0.4

// captionSize is the caption's font size for a w × h picture: readable in
// a thumbnail, not shouting on a poster.
func captionSize(w, h int) float32 {
	return max(10, min(36, float32(min(w, h))/34))
}

// addCaption writes text at the foot of dl's frame, centred and wrapped to
// its width, over a darkened band. p measures the text, so the lines fit
// as p will draw them.
func addCaption(dl *view.DrawList, p *raster.Painter, text string) {
	w, h := float32(dl.Width), float32(dl.Height)
	size := captionSize(dl.Width, dl.Height)
	margin := size
	lineGap := size * 1.3
	pad := size * 0.6
	lines := wrap(p, text, size, w-2*margin)
	if len(lines) == 0 {
		return
	}
	// The band holds the first line's ascent, the gaps, the last line's
	// descent and the padding above and below.
	most := max(1, int((maxBandShare*h-2*pad-size*1.25)/lineGap)+1)
	if len(lines) > most {
		lines = lines[:most]
		lines[most-1] = ellipsize(p, lines[most-1], size, w-2*margin)
	}
	band := 2*pad + size*1.25 + float32(len(lines)-1)*lineGap
	top := h - band
	dl.Rect(0, top, w, band, bandColor)
	for i, line := range lines {
		dl.Label(w/2, top+pad+size*0.95+float32(i)*lineGap, size, captionColor, view.AlignCenter, line)
	}
}

// wrap breaks text into lines no wider than width at size, at spaces; a
// word wider than a line on its own is split where it must be.
func wrap(p *raster.Painter, text string, size, width float32) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		if line != "" {
			if joined := line + " " + word; p.TextWidth(joined, size) <= width {
				line = joined
				continue
			}
			lines = append(lines, line)
			line = ""
		}
		for word != "" && p.TextWidth(word, size) > width {
			head := fit(p, word, size, width)
			lines = append(lines, head)
			word = word[len(head):]
		}
		line = word // empty when the word was split to its end
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// fit returns the longest prefix of s, at least one character, that is no
// wider than width.
func fit(p *raster.Painter, s string, size, width float32) string {
	end := 0
	for end < len(s) {
		_, n := utf8.DecodeRuneInString(s[end:])
		if end > 0 && p.TextWidth(s[:end+n], size) > width {
			break
		}
		end += n
	}
	return s[:end]
}

// ellipsize ends a cut line with an ellipsis, dropping characters until it
// fits.
func ellipsize(p *raster.Painter, line string, size, width float32) string {
	for line != "" {
		if s := line + "…"; p.TextWidth(s, size) <= width {
			return s
		}
		_, n := utf8.DecodeLastRuneInString(line)
		line = strings.TrimRight(line[:len(line)-n], " ")
	}
	return "…"
}
