package screen_test

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/lesion"
)

// wordSlips are what a teacher would never write in a report: a word said
// twice over ("and and", "the the"), an empty list item (", ,", "; ;"), a
// stray space before a stop, a list of parts whose last part has its own
// "and" run on with another ("knee and ankle and foot"), an id
// (snake_case) nobody wrote words for.
var wordSlips = []struct {
	what string
	re   *regexp.Regexp
}{
	{"a doubled word", regexp.MustCompile(`(?i)\b(\w+) (\w+ )?\b(\w+)\b`)},
	{"an empty list item", regexp.MustCompile(`[,;:] *[,;:.]|\.\.`)},
	{"a space before a stop", regexp.MustCompile(` [,;:.]`)},
	{"an id", regexp.MustCompile(`\b[a-z]+_[a-z_]+\b`)},
	{"two lists' ands run on", regexp.MustCompile(`\b\w+ and \w+ and \w+ and\b|, \w+ and (ankle|bladder|palate) and\b`)},
}

// checkWords fails t for each slip in s, said by what.
func checkWords(t *testing.T, what, s string) {
	t.Helper()
	for _, slip := range wordSlips {
		if slip.what == "a doubled word" {
			f := strings.Fields(strings.ToLower(s))
			for i := 1; i < len(f); i++ {
				a, b := strings.Trim(f[i-1], ",;:.()"), strings.Trim(f[i], ",;:.()")
				if a == b && a != "" && !strings.ContainsAny(f[i-1], ",;:.") && a != "1" {
					t.Errorf("%s says %q twice: %q", what, a, s)
				}
			}
			continue
		}
		if m := slip.re.FindString(s); m != "" {
			t.Errorf("%s has %s (%q): %q", what, slip.what, m, s)
		}
	}
}

// TestReportWordsReadClean reads every classic lesion's report in both
// phases, and the quiz's hints and feedback on a wrong answer for each,
// for the slips a teacher would not write (REPORTWORDS=1 prints them all
// to read).
func TestReportWordsReadClean(t *testing.T) {
	load(t)
	show := os.Getenv("REPORTWORDS") != ""
	for i, p := range cfg.Presets {
		for _, phase := range []lesion.Phase{lesion.Acute, lesion.Chronic} {
			s := newSession(t)
			s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: p.ID}, explorer.Action{Kind: explorer.SetPhase, Phase: phase})
			r := s.ex.Report()
			what := fmt.Sprintf("%s (%s)", p.ID, phase)
			texts := []string{r.Title, r.Place, r.Err, r.Summary}
			for _, row := range r.Rows {
				texts = append(texts, row.Heading, row.Group, row.Region, row.Grade, row.Text)
			}
			texts = append(texts, strings.Split(r.Signs, "\n")...)
			q := newSession(t)
			wrong := cfg.Presets[(i+7)%len(cfg.Presets)].ID
			q.do(t, explorer.Action{Kind: explorer.AskQuiz, Preset: p.ID}, explorer.Action{Kind: explorer.SetPhase, Phase: phase},
				explorer.Action{Kind: explorer.PlacePreset, Preset: wrong})
			texts = append(texts, q.ex.QuizWords())
			for range 3 {
				q.do(t, act(explorer.QuizHint))
				texts = append(texts, q.ex.QuizWords())
			}
			for _, s := range texts {
				checkWords(t, what, s)
			}
			if show {
				t.Logf("%s\n  %s", what, strings.Join(texts, "\n  "))
			}
		}
	}
}
