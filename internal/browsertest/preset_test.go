//go:build !js

package browsertest

import (
	"strings"
	"testing"
	"time"

	"github.com/decussate/decussate/internal/browser"
)

// TestPresetLinkInBrowser opens a link that names only a classic lesion,
// as a teacher would share Weber's syndrome: the lesion is placed and
// evaluated, and the address keeps the preset's id with its sites, so the
// link reopens titled with the syndrome's name.
func TestPresetLinkInBrowser(t *testing.T) {
	tab := openLink(t, "mode=lesion&preset=weber")
	if _, err := browser.WaitStatus(tab, sceneStatus, startTimeout); err != nil {
		t.Fatalf("the explorer never shows its 3D model: %v", err)
	}
	summary := waitCaption(t, tab, func(c string) bool { return c != "" })
	if !strings.Contains(summary, "upper motor neuron") || !strings.Contains(summary, "lower motor neuron") {
		t.Errorf("Weber's syndrome reads %q, want an oculomotor palsy and a hemiparesis", summary)
	}
	deadline := time.Now().Add(30 * time.Second)
	hash := ""
	for time.Now().Before(deadline) {
		if hash = evalString(t, tab, `location.hash`); strings.Contains(hash, "lesion=") {
			break
		}
		time.Sleep(300 * time.Millisecond)
	}
	if !strings.Contains(hash, "preset=weber") || !strings.Contains(hash, "lesion=") {
		t.Errorf("the address holds %q, want the preset and its sites", hash)
	}
	t.Logf("summary %q; address %q", summary, hash)
}
