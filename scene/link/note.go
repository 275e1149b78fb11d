package link

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a note says is wrong with a part of a link.
type Kind int

// The kinds of notes, in the order they are shown.
const (
	Unreadable Kind = iota
	TooLong
	UnknownKey
	BadValue
	BadCamera
	BadTrace
	UnknownSite
	BadLesion
	Repeated
	TooMany
	BadSection
	UnknownPreset
)

// Note is one part of a link that was refused.
type Note struct {
	Kind Kind
	// Part is the part as the link wrote it (Lines cuts it short).
	Part string
	// Detail is what was wanted instead, a count, or "".
	Detail string
}

// sentences are each kind's sentence for one part, and for n parts (with
// %d), before the parts themselves.
var sentences = map[Kind][2]string{
	Unreadable:    {"Part of this link could not be read", ""},
	TooLong:       {"This link is too long to open (%s bytes)", ""},
	UnknownKey:    {"This link has a part the explorer does not know", "%d parts of this link are not known"},
	BadValue:      {"This link has a setting the explorer does not understand", "%d settings in this link are not understood"},
	BadCamera:     {"This link's view could not be used", ""},
	BadTrace:      {"This link asks to trace from a start that does not exist", ""},
	UnknownSite:   {"This link names a lesion site that does not exist", "%d lesions in this link name sites that do not exist"},
	BadLesion:     {"This link has a lesion that could not be placed", "%d lesions in this link could not be placed"},
	Repeated:      {"This link names the same lesion twice", "%d lesions in this link repeat an earlier one"},
	TooMany:       {"This link has %s lesions: at most " + strconv.Itoa(MaxLesions) + " are placed", ""},
	BadSection:    {"This link names a section level that does not exist", ""},
	UnknownPreset: {"This link names a classic lesion that does not exist", ""},
}

// String returns the note as one sentence.
func (n Note) String() string {
	return Lines([]Note{n})[0]
}

// maxPart is how many characters of a refused part a note quotes: enough
// to recognise it, never a wall of text.
const maxPart = 24

// shownParts is how many parts a note on several lists before "and n
// more"; maxGroups how many kinds of note are shown before the rest is
// counted.
const (
	shownParts = 3
	maxGroups  = 4
)

// Lines returns notes as the sentences to show, one for each kind of
// problem: "12 lesions in this link name sites that do not exist:
// pyramid0:L, pyramid1:L, pyramid2:L and 9 more". However many and however
// long the notes, there are at most maxGroups+1 sentences, each of a
// bounded length; a screen wraps them to its width (view.Wrap).
func Lines(notes []Note) []string {
	groups := make(map[Kind][]Note)
	var kinds []Kind
	for _, n := range notes {
		if _, ok := groups[n.Kind]; !ok {
			kinds = append(kinds, n.Kind)
		}
		groups[n.Kind] = append(groups[n.Kind], n)
	}
	slices.Sort(kinds)
	var out []string
	for i, k := range kinds {
		if i == maxGroups {
			rest := 0
			for _, k := range kinds[i:] {
				rest += len(groups[k])
			}
			out = append(out, fmt.Sprintf("… and %d more problems with this link.", rest))
			break
		}
		out = append(out, sentence(k, groups[k]))
	}
	return out
}

// sentence writes one kind's notes as a sentence.
func sentence(k Kind, ns []Note) string {
	s := sentences[k]
	first := ns[0]
	if strings.Contains(s[0], "%s") {
		return fmt.Sprintf(s[0], Short(first.Detail)) + "."
	}
	if len(ns) == 1 || s[1] == "" {
		out := s[0]
		if first.Part != "" {
			out += ": " + Short(first.Part)
		}
		if first.Detail != "" {
			out += " (" + first.Detail + ")"
		}
		return end(out)
	}
	// The parts, each once: a link may repeat one a thousand times.
	var parts []string
	more := 0
	seen := make(map[string]bool)
	for _, n := range ns {
		p := Short(n.Part)
		switch {
		case seen[p]:
		case len(parts) < shownParts:
			parts = append(parts, p)
		default:
			more++
		}
		seen[p] = true
	}
	out := fmt.Sprintf(s[1], len(ns)) + ": " + strings.Join(parts, ", ")
	if more > 0 {
		out += fmt.Sprintf(" and %d more", more)
	}
	return end(out)
}

// end ends a sentence with a full stop, unless it ends in "…" already.
func end(s string) string {
	if strings.HasSuffix(s, "…") {
		return s
	}
	return s + "."
}

// Short returns a part of a link fit to quote: valid UTF-8, no control
// characters, at most maxPart characters (cut with "…").
func Short(s string) string {
	s = strings.ToValidUTF8(s, "?")
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == maxPart {
			b.WriteString("…")
			break
		}
		if !unicode.IsPrint(r) || r == utf8.RuneError {
			r = '?'
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// sortNotes puts notes of one kind in the order of their parts, so that a
// link's notes do not change with the order Go's maps visit its keys in.
func sortNotes(ns []Note) {
	slices.SortStableFunc(ns, func(a, b Note) int {
		if a.Kind != b.Kind {
			return int(a.Kind) - int(b.Kind)
		}
		return strings.Compare(a.Part, b.Part)
	})
}
