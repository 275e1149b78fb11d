package preset

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// Match tiers, best first: how a preset matched a query.
const (
	tierExact     = iota // the query is the name, the id or another name
	tierNameStart        // the name starts with the query
	tierAkaStart         // another name, or the id, starts with the query
	tierNameWords        // every word of the query starts a word of the name
	tierAkaWords         // ... of the name, the other names or the id
	tierOnlySite         // the preset is that one site
	tierAnyWords         // ... of those, the group or the sites
)

// Search returns the presets that match query, best first. Matching
// ignores case, accents, apostrophes and punctuation, and takes the
// query's words in any order: each must start a word of the preset's id,
// name, other names, group or site ids ("brown sequard", "sequard c5",
// "peroneal", "cn7"). Presets whose name is, or starts with, the query come
// first, then those whose other names do, then word matches in the name,
// in the other names, and in the group and sites; presets that match
// equally keep their order. An empty query returns every preset. The
// presets are not modified; Search keeps no state between calls.
func Search(presets []Preset, query string) []Preset {
	q := tokens(query)
	if len(q) == 0 {
		return append([]Preset{}, presets...)
	}
	joined := strings.Join(q, " ")
	type hit struct{ i, tier int }
	var hits []hit
	for i := range presets {
		if t, ok := rank(&presets[i], q, joined); ok {
			hits = append(hits, hit{i, t})
		}
	}
	// sort.SliceStable, not slices.SortStableFunc: the generic sort would
	// add a copy of its code for hit to the page (make bench).
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].tier < hits[j].tier })
	out := make([]Preset, len(hits))
	for k, h := range hits {
		out[k] = presets[h.i]
	}
	return out
}

// rank returns how well p matches the query words q (joined: q joined by
// spaces), and whether it matches at all.
func rank(p *Preset, q []string, joined string) (int, bool) {
	name := tokens(p.Name)
	id := tokens(p.ID)
	nameJ, idJ := strings.Join(name, " "), strings.Join(id, " ")
	akas := make([][]string, len(p.Aka))
	akaJ := make([]string, len(p.Aka))
	for i, a := range p.Aka {
		akas[i] = tokens(a)
		akaJ[i] = strings.Join(akas[i], " ")
	}
	if joined == nameJ || joined == idJ || slices.Contains(akaJ, joined) {
		return tierExact, true
	}
	if strings.HasPrefix(nameJ, joined) {
		return tierNameStart, true
	}
	if strings.HasPrefix(idJ, joined) || slices.ContainsFunc(akaJ, func(a string) bool { return strings.HasPrefix(a, joined) }) {
		return tierAkaStart, true
	}
	if allWords(q, name) {
		return tierNameWords, true
	}
	words := append(append([]string{}, name...), id...)
	for _, a := range akas {
		words = append(words, a...)
	}
	if allWords(q, words) {
		return tierAkaWords, true
	}
	if len(p.SiteSpecs) == 1 && strings.Join(tokens(siteID(p.SiteSpecs[0])), " ") == joined {
		return tierOnlySite, true
	}
	words = append(words, tokens(p.Group)...)
	for _, s := range p.SiteSpecs {
		words = append(words, tokens(s)...)
	}
	if allWords(q, words) {
		return tierAnyWords, true
	}
	return 0, false
}

// siteID returns the id part of a site as written, without side or level.
func siteID(spec string) string {
	if i := strings.IndexAny(spec, ":@"); i >= 0 && !strings.HasPrefix(spec, "point:") {
		return spec[:i]
	}
	return spec
}

// allWords reports whether every query word starts one of words.
func allWords(q, words []string) bool {
	for _, w := range q {
		if !slices.ContainsFunc(words, func(x string) bool { return strings.HasPrefix(x, w) }) {
			return false
		}
	}
	return true
}

// tokens splits s into lower-case words of letters and digits, with
// accents removed and apostrophes dropped (Bell's → bells,
// Brown-Séquard → brown sequard, cord.hemisection:L@C5 → cord hemisection
// l c5).
func tokens(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02bc':
			// an apostrophe joins: Bell's is one word
		case unicode.Is(unicode.Mn, r):
			// a combining accent: dropped with the accent
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteString(fold(unicode.ToLower(r)))
		default:
			flush()
		}
	}
	flush()
	return out
}

// folds maps accented Latin letters to their plain forms.
var folds = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a",
	'ç': "c", 'č': "c", 'ć': "c",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ě': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i",
	'ñ': "n", 'ń': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u",
	'ý': "y", 'ÿ': "y",
	'š': "s", 'ž': "z", 'ł': "l",
	'ß': "ss", 'æ': "ae", 'œ': "oe",
}

// fold returns r without its accent.
func fold(r rune) string {
	if f, ok := folds[r]; ok {
		return f
	}
	return string(r)
}
