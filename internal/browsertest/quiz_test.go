//go:build !js

package browsertest

import (
	"context"
	"image"
	"strings"
	"testing"
	"time"

	"github.com/decussate/decussate/internal/browser"
)

// typeText types a word key by key, as a student at the keyboard would.
func typeText(t *testing.T, tab context.Context, word string) {
	t.Helper()
	for _, r := range word {
		k := string(r)
		code := "Key" + strings.ToUpper(k)
		if err := browser.Press(tab, k, code, int64(strings.ToUpper(k)[0]), 120*time.Millisecond); err != nil {
			t.Fatal(err)
		}
	}
}

// TestQuizInBrowser asks the first question (the quiz's order is fixed:
// a capsular lacune), answers it wrong (Bell's palsy) and reads how the
// answer differs, asks for the hints until the answer, answers it from the
// list of classic lesions, and sees the engine judge the answer right.
func TestQuizInBrowser(t *testing.T) {
	tab := openPage(t, false)
	if _, err := browser.WaitStatus(tab, sceneStatus, startTimeout); err != nil {
		t.Fatalf("the explorer never shows its 3D model: %v", err)
	}
	if err := browser.Drag(tab, image.Pt(8, 8), image.Pt(8, 8), 1, 50*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if err := browser.Press(tab, "q", "KeyQ", 81, 250*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	asked := waitCaption(t, tab, func(c string) bool { return strings.Contains(c, "hidden lesion") })
	// A wrong answer is told how it differs, in words.
	placePreset(t, tab, "bell")
	wrong := waitCaption(t, tab, func(c string) bool { return strings.HasPrefix(c, "Not yet.") })
	if strings.Contains(wrong, "_") {
		t.Errorf("the quiz's answer to a wrong lesion prints an id: %q", wrong)
	}
	// The third hint gives the answer, by name.
	for range 3 {
		if err := browser.Press(tab, "i", "KeyI", 73, 120*time.Millisecond); err != nil {
			t.Fatal(err)
		}
	}
	answer := waitCaption(t, tab, func(c string) bool { return strings.HasPrefix(c, "The answer:") })
	if strings.Contains(answer, "_") {
		t.Errorf("the quiz's last hint prints an id: %q", answer)
	}
	placePreset(t, tab, "lacune")
	judged := waitCaption(t, tab, func(c string) bool { return strings.HasPrefix(c, "That's it") })
	t.Logf("asked: %q; wrong: %q; hint: %q; judged: %q", asked, wrong, answer, judged)
}

// placePreset opens the list of classic lesions, types query and places
// the first match.
func placePreset(t *testing.T, tab context.Context, query string) {
	t.Helper()
	if err := browser.Press(tab, "/", "Slash", 191, 250*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	typeText(t, tab, query)
	if err := browser.Press(tab, "Enter", "Enter", 13, 250*time.Millisecond); err != nil {
		t.Fatal(err)
	}
}
