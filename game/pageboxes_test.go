package game

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// pageWords returns the words of the boxes the page was last told of.
func pageWords(g *Game) string {
	var w []string
	for _, b := range g.pageBoxes {
		if b.Text != "" {
			w = append(w, b.Text)
		}
	}
	return strings.Join(w, "\n")
}

// TestPageBoxesFollowTheReport: window.decussate.boxes describes what is
// on screen. A tour step's report turned by → while the step's camera
// still moves lists the page drawn, not the one before; the black screen
// lists nothing, and the screen brought back its panels again.
func TestPageBoxesFollowTheReport(t *testing.T) {
	g, screen := framedGame(t)
	g.act(explorer.TogglePresenter)
	g.startTour(0)
	for g.ex.Player() != nil && !g.ex.Lesioning() {
		g.act(explorer.TourNext)
	}
	if g.ex.Player() == nil {
		t.Fatal("the corticospinal tour shows no report")
	}
	moving := func() {
		g.ctl.moved()
		g.Draw(screen)
	}
	moving()
	pages := g.frameLayout.ReportPages()
	if pages < 2 {
		t.Fatalf("the tour's first report has %d pages; the test needs two", pages)
	}
	for p := 1; p <= pages; p++ {
		if p > 1 {
			g.act(explorer.TourNext)
			moving()
		}
		words := pageWords(g)
		drawn := ""
		for _, tx := range g.dl.Texts {
			if tx.Y > g.frameLayout.Right.Y && tx.X > g.frameLayout.Right.X && tx.Y < g.frameLayout.Right.Y+g.frameLayout.Right.H {
				drawn += tx.S + "\n"
			}
		}
		for _, line := range strings.Split(strings.TrimSpace(drawn), "\n") {
			if !strings.Contains(words, line) {
				t.Errorf("page %d of %d, the camera moving: %q is drawn but not in the page's boxes:\n%s", p, pages, line, words)
			}
		}
	}
	g.act(explorer.ToggleBlack)
	g.Draw(screen)
	if len(g.pageBoxes) != 0 {
		t.Errorf("the black screen lists %d boxes, want none", len(g.pageBoxes))
	}
	g.act(explorer.ToggleBlack)
	moving()
	if !strings.Contains(pageWords(g), "→") {
		t.Errorf("the screen brought back lists no report's cue:\n%s", pageWords(g))
	}
}
