package game

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/geom"
)

// TestLookCyclesAndLinks: the Look button (as V) cycles glass, opaque,
// cutaway, quadrant and back; the link carries a look other than glass, between
// lesion and phase as its keys sort, and reopens it; the frame draws it.
func TestLookCyclesAndLinks(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	want := []geom.Look{geom.Opaque, geom.Cutaway, geom.Quadrant, geom.Glass}
	for _, w := range want {
		g.use(toolLook)
		if g.ex.Look() != w {
			t.Fatalf("the Look button turned to %s, want %s", g.ex.Look(), w)
		}
		if got := g.ex.Frame(1280, 720, 1).Options.Look; got != w {
			t.Errorf("the frame draws %s, the explorer is in %s", got, w)
		}
		var c screen.Content
		g.ex.Overlay(&c)
		if on := c.On[screen.ToolLook]; on != (w != geom.Glass) {
			t.Errorf("%s: the Look button lit %v", w, on)
		}
	}
	if strings.Contains(g.stateOf(), "look=") {
		t.Errorf("the default look is written into the link: %s", g.stateOf())
	}
	if notes := g.ApplyState("mode=lesion&lesion=pyramid:L&phase=acute&look=cutaway"); len(notes) != 0 {
		t.Fatalf("notes %v", notes)
	}
	link := g.stateOf()
	if g.ex.Look() != geom.Cutaway || !strings.Contains(link, "&lesion=pyramid:L&look=cutaway&phase=acute") {
		t.Errorf("look %s, link %s", g.ex.Look(), link)
	}
	h, err := New()
	if err != nil {
		t.Fatal(err)
	}
	h.ApplyState(link)
	if h.ex.Look() != geom.Cutaway || h.stateOf() != link {
		t.Errorf("reopened: look %s, link %s (want %s)", h.ex.Look(), h.stateOf(), link)
	}
	h.ApplyState("mode=explore")
	if h.ex.Look() != geom.Glass {
		t.Errorf("a link without a look left %s", h.ex.Look())
	}
}
