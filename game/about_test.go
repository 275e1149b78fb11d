package game

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestAboutCredits: the About panel names the atlas, its licence and that
// it was changed, the template's notice whole, how many sources the atlas
// cites, the font, and where the full licence texts are.
func TestAboutCredits(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(g.aboutLines(), "\n")
	for _, want := range []string{
		"Allen Human Reference Atlas 3D, 2020", "Ding et al.", "RRID:SCR_017764", "CC BY 4.0", "changed",
		"Louis Collins", "provided that the above copyright notice appear in all copies", "without express or implied warranty",
		"MNI ICBM152 2009 millimetres (x right, y anterior, z superior)",
		fmt.Sprintf("%d textbook and reference sources", len(g.atlas.Sources)), "assets/atlas/sources.json",
		"Go Regular", "licenses/", "LICENSE-CC-BY-4.0.txt", "ICBM-NOTICE.txt", "GO-FONT-LICENSE.txt",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the About panel does not say %q:\n%s", want, text)
		}
	}
	if !slices.ContainsFunc(helpLines, func(s string) bool { return strings.HasPrefix(s, "About") }) {
		t.Errorf("the list of controls does not say where About is")
	}
}

// TestAboutOpensAndCloses: the toolbar's About button opens the panel (and
// lights), Close and Esc close it, and Esc closes the list of controls
// over it first, one thing a press.
func TestAboutOpensAndCloses(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := devices[0]
	tools := func() []tool {
		var ts []tool
		for _, b := range g.frameLayout.tools {
			ts = append(ts, b.tool)
		}
		return ts
	}
	drawOn(g, d)
	if slices.Contains(tools(), toolClose) {
		t.Fatalf("Close shows with nothing open: %v", tools())
	}
	g.use(toolAbout)
	drawOn(g, d)
	if !g.about.open || !g.on(toolAbout) || g.frameLayout.about.W == 0 || !slices.Contains(tools(), toolClose) {
		t.Fatalf("after About: open %v, lit %v, panel %v, tools %v", g.about.open, g.on(toolAbout), g.frameLayout.about, tools())
	}
	g.use(toolClose)
	drawOn(g, d)
	if g.about.open || g.frameLayout.about.W != 0 {
		t.Fatalf("Close left the About panel open")
	}

	g.use(toolAbout)
	g.ctl.help = true // ? pressed over the About panel
	g.back()
	if g.ctl.help || !g.about.open {
		t.Fatalf("the first Esc: help %v, about %v; want the list of controls closed, About still open", g.ctl.help, g.about.open)
	}
	g.back()
	if g.about.open {
		t.Fatalf("the second Esc left About open")
	}

	g.ctl.help = true
	g.use(toolAbout)
	if g.ctl.help || !g.about.open {
		t.Errorf("About over the list of controls: help %v, about %v; want About alone", g.ctl.help, g.about.open)
	}
}
