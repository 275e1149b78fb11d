package game

import (
	"fmt"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"slices"
	"strings"
	"testing"
)

// TestAboutCredits: the About panel names the atlas, its licence and that
// it was changed, the template's notice whole, how many sources the atlas
// cites and the best known of them, the font, and where the full licence
// texts are, in words rather than paths.
func TestAboutCredits(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(g.ex.AboutLines(), "\n")
	for _, want := range []string{
		"Allen Human Reference Atlas 3D, 2020", "Ding et al.", "RRID:SCR_017764", "CC BY 4.0", "changed",
		"Louis Collins", "provided that the above copyright notice appear in all copies", "without express or implied warranty",
		"MNI ICBM152 2009 millimetres (x right, y anterior, z superior)",
		fmt.Sprintf("%d textbook and reference sources", len(g.atlas.Sources)), "Gray's Anatomy", "every entry of the atlas cites its own",
		"Go Regular", "licenses folder beside the web page", "CC BY 4.0, the ICBM template's notice, the Go font's licence", "Data and credits",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the About panel does not say %q:\n%s", want, text)
		}
	}
	if !slices.ContainsFunc(screen.HelpLines, func(s string) bool { return strings.HasPrefix(s, "About") }) {
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
		for _, b := range g.frameLayout.Tools {
			ts = append(ts, b.Tool)
		}
		return ts
	}
	drawOn(g, d)
	if slices.Contains(tools(), toolClose) {
		t.Fatalf("Close shows with nothing open: %v", tools())
	}
	g.use(toolAbout)
	drawOn(g, d)
	if !g.ex.About() || !g.screenContent.On[toolAbout] || g.frameLayout.About.W == 0 || !slices.Contains(tools(), toolClose) {
		t.Fatalf("after About: open %v, lit %v, panel %v, tools %v", g.ex.About(), g.screenContent.On[toolAbout], g.frameLayout.About, tools())
	}
	g.use(toolClose)
	drawOn(g, d)
	if g.ex.About() || g.frameLayout.About.W != 0 {
		t.Fatalf("Close left the About panel open")
	}

	// One panel over the middle at a time: the list of controls opened
	// over About replaces it, and Esc closes one thing a press.
	g.use(toolAbout)
	g.act(explorer.ToggleHelp)
	if !g.ex.Help() || g.ex.About() {
		t.Fatalf("? over About: help %v, about %v; want the list of controls alone", g.ex.Help(), g.ex.About())
	}
	g.act(explorer.Back)
	if g.ex.Help() || g.ex.About() || g.mode() != explorer.Explore {
		t.Fatalf("Esc after ?: help %v, about %v, mode %v", g.ex.Help(), g.ex.About(), g.mode())
	}
	g.use(toolAbout)
	g.act(explorer.Back)
	if g.ex.About() {
		t.Fatalf("Esc left About open")
	}

	g.act(explorer.ToggleHelp)
	g.use(toolAbout)
	if g.ex.Help() || !g.ex.About() {
		t.Errorf("About over the list of controls: help %v, about %v; want About alone", g.ex.Help(), g.ex.About())
	}
}
