//go:build !js

package browsertest

import (
	"image"
	"strings"
	"testing"
	"time"

	"github.com/decussate/decussate/internal/browser"
)

// TestExportInBrowser presses Shift-S, as a teacher preparing a slide
// would: the picture is encoded and offered as a download, and the page
// says so; the explorer keeps running.
func TestExportInBrowser(t *testing.T) {
	tab := openPage(t, false)
	if _, err := browser.WaitStatus(tab, sceneStatus, startTimeout); err != nil {
		t.Fatalf("the explorer never shows its 3D model: %v", err)
	}
	if err := browser.Drag(tab, image.Pt(8, 8), image.Pt(8, 8), 1, 50*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if err := browser.Press(tab, "s", "KeyS", 83, 250*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	c := waitCaption(t, tab, func(c string) bool { return strings.HasPrefix(c, "Saved") || strings.Contains(c, "could not") })
	if !strings.HasPrefix(c, "Saved decussate.png") {
		t.Errorf("after S the page says %q, want the picture saved as a download", c)
	}
	if _, err := browser.WaitNewFrames(tab, 3, 20*time.Second); err != nil {
		t.Errorf("the explorer stopped after the export: %v", err)
	}
}
