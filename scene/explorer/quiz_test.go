package explorer_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// idInWords finds what must never reach a reader: an underscore or a
// cranial nerve's id.
var idInWords = regexp.MustCompile(`_|\bcn\d`)

// TestQuizWords: the quiz asks every classic lesion in turn; its hints
// name no ids; a wrong lesion is told how it differs, in words, once; the
// right one is recognised and the patient's tints come back.
func TestQuizWords(t *testing.T) {
	e := newExplorer(t)
	asked := map[string]bool{}
	for range len(config(t).Presets) {
		if err := e.Do(act(explorer.NextQuiz)); err != nil {
			t.Fatal(err)
		}
		asked[e.QuizPreset()] = true
		for range 3 {
			if err := e.Do(act(explorer.QuizHint)); err != nil {
				t.Fatal(err)
			}
			if h := e.QuizWords(); idInWords.MatchString(h) || !strings.Contains(h, " ") {
				t.Errorf("%s: hint %q", e.QuizPreset(), h)
			}
			// The answer names the classic lesion once, then where it
			// lies ("The answer: Amyotrophic lateral sclerosis.", not
			// "…sclerosis: amyotrophic lateral sclerosis: …").
			h := strings.ToLower(e.QuizWords())
			for _, p := range config(t).Presets {
				if p.ID == e.QuizPreset() && strings.Count(h, strings.ToLower(p.Name)) > 1 {
					t.Errorf("%s: the answer names it twice: %q", p.ID, e.QuizWords())
				}
			}
		}
	}
	if len(asked) != len(config(t).Presets) {
		t.Errorf("%d questions asked %d classic lesions, want every one", len(config(t).Presets), len(asked))
	}
	if err := e.Do(act(explorer.NextQuiz)); err != nil {
		t.Fatal(err)
	}
	hidden := e.QuizPreset()
	if res, untinted := e.QuizPatient(); res == nil || !untinted {
		t.Errorf("a question asked: the patient acts %v, untinted %v", res, untinted)
	}
	asks := e.QuizWords()
	wrong := "bells_palsy"
	if hidden == wrong {
		wrong = "weber"
	}
	// The student's lesions, placed as the picker places them, keep the
	// quiz asking.
	place := func(id string) {
		t.Helper()
		st := e.State()
		st.Lesions = nil
		if err := e.Set(st); err != nil {
			t.Fatal(err)
		}
		for _, p := range config(t).Presets {
			if p.ID != id {
				continue
			}
			sites, err := p.Sites(config(t).Engine)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range sites {
				st.Lesions = append(st.Lesions, explorer.PlacedOf(s))
			}
		}
		if err := e.Set(st); err != nil {
			t.Fatal(err)
		}
		if err := e.Do(act(explorer.None)); err != nil {
			t.Fatal(err)
		}
	}
	if e.QuizWords() != asks {
		t.Errorf("nothing placed yet, the quiz says %q", e.QuizWords())
	}
	place(wrong)
	say := e.QuizWords()
	if !strings.HasPrefix(say, "Not yet.") || idInWords.MatchString(say) {
		t.Errorf("a wrong lesion (%s for %s): %q", wrong, hidden, say)
	}
	place(hidden)
	if say := e.QuizWords(); !strings.HasPrefix(say, "That's it") {
		t.Errorf("the right lesion: %q", say)
	}
	if _, untinted := e.QuizPatient(); untinted {
		t.Error("the answer found, the patient is still untinted")
	}
}
