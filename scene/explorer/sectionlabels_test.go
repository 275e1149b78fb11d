package explorer_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
)

// TestSectionOpensLabelled: a section opens with its structures named,
// the labels having been off; the labels key hides them in the section,
// and closing the section leaves the student's choice; a section opened
// and closed again without it turns the labels off again, and one opened
// with the labels already on leaves them on. A link's labels are its own.
func TestSectionOpensLabelled(t *testing.T) {
	w := newWindow(t, 1280, 720, 1)
	if w.ex.State().Labels {
		t.Fatal("the labels are on in the first view")
	}
	named := func() bool {
		_, dl := w.drawnFrame()
		return namedOnScreen(dl, "left pyramid")
	}
	w.do(t, act(explorer.ToggleSection))
	for range 40 {
		w.do(t, act(explorer.SectionUp))
	}
	for i := 0; w.ex.Level().ID != "medulla"; i++ {
		if i > 40 {
			t.Fatal("no medulla among the section levels")
		}
		w.do(t, act(explorer.SectionDown))
	}
	w.ticks(view.MoveTicks + 1)
	if !w.ex.State().Labels || !named() {
		t.Errorf("a section opened: labels %v, the left pyramid named %v; want both", w.ex.State().Labels, named())
	}
	w.do(t, act(explorer.ToggleLabels))
	if w.ex.Options().Labels || named() {
		t.Error("the labels key turned the section's labels off, but they are still drawn")
	}
	w.do(t, act(explorer.ToggleSection))
	if w.ex.State().Labels {
		t.Error("the labels turned off in a section came back when it closed")
	}
	w.do(t, act(explorer.ToggleSection))
	if !w.ex.State().Labels {
		t.Error("a section opened again is not labelled")
	}
	w.do(t, act(explorer.ToggleSection))
	if w.ex.State().Labels {
		t.Error("a section opened and closed left the labels on")
	}
	w.do(t, act(explorer.ToggleLabels), act(explorer.ToggleSection), act(explorer.ToggleSection))
	if !w.ex.State().Labels {
		t.Error("a section closed turned off the labels that were on before it")
	}
	s := w.ex.State()
	s.Labels, s.Section = false, "medulla"
	if err := w.ex.Set(s); err != nil {
		t.Fatal(err)
	}
	if w.ex.Options().Labels {
		t.Error("a link's section without labels opened labelled")
	}
	w.do(t, act(explorer.ToggleSection))
	if w.ex.State().Labels {
		t.Error("closing a link's section turned its labels on")
	}
}

// TestTourSectionsNameTheirNuclei: every tour step with a section names
// on the screen the cranial nerve nuclei its caption names and its plane
// cuts (the facial nucleus at the caudal pons, the hypoglossal at the
// medulla), on every screen, presenter mode off and on.
func TestTourSectionsNameTheirNuclei(t *testing.T) {
	a := config(t).Atlas
	eachScreen(t, func(t *testing.T, w *window) {
		checked := 0
		for ti := range w.ex.Tours() {
			w.do(t, explorer.Action{Kind: explorer.StartTour, Tour: ti})
			last := -1
			for {
				w.ticks(view.MoveTicks + 2)
				p := w.ex.Player()
				if st := p.Step(); p.Index() != last && st.Section != "" {
					last = p.Index()
					caption := strings.ToLower(st.Caption)
					meshes, _ := w.ex.OverlayMeshes()
					_, dl := w.drawnFrame()
					for _, n := range a.Nuclei {
						short := strings.Replace(n.Name, " motor nucleus", " nucleus", 1)
						if !strings.Contains(caption, n.Name) && !strings.Contains(caption, short) {
							continue
						}
						cut, shown := false, false
						for _, m := range meshes {
							if strings.HasPrefix(m.ID, "section.nucleus."+n.ID+".") {
								cut = true
								shown = shown || namedOnScreen(dl, m.Name)
							}
						}
						if cut {
							checked++
							if !shown {
								t.Errorf("tour %d step %d (%s) names the %s, which its section cuts, but does not label it (labels %v; named: %v)", ti+1, p.Index()+1, st.Section, short, w.ex.Options().Labels, texts(dl))
							}
						}
					}
				}
				if p.AtEnd() {
					break
				}
				w.do(t, act(explorer.TourNext))
			}
			w.do(t, act(explorer.EndTour))
		}
		if checked < 2 {
			t.Errorf("only %d nuclei named by a section step's caption were checked", checked)
		}
	})
}

// texts returns the words dl draws.
func texts(dl *view.DrawList) []string {
	var out []string
	for _, tx := range dl.Texts {
		out = append(out, tx.S)
	}
	return out
}
