//go:build !js

package browsertest

import (
	"context"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/decussate/decussate/internal/browser"
)

// The viewport of the tests: a laptop's browser window, as issue 3 asks.
const width, height = 1280, 720

// startTimeout bounds the wait for the first frames: SwiftShader compiles
// the shaders and draws in software on a 2-core machine.
const startTimeout = 60 * time.Second

// openPage starts a fresh Chromium (its own profile), opens the site and
// returns the tab's context. The browser closes when the test ends.
func openPage(t *testing.T, noWebGL bool) context.Context {
	t.Helper()
	server, chromium := needSite(t)
	// A bound on the whole test, browser included, so that a hung page
	// fails the test rather than the whole go test run.
	ctx, cancel := context.WithTimeout(t.Context(), 4*time.Minute)
	t.Cleanup(cancel)
	tab, closeBrowser, err := browser.Start(ctx, chromium, browser.Options{
		Width: width, Height: height, NoWebGL: noWebGL, UserDataDir: t.TempDir(),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeBrowser)
	if err := chromedp.Do(tab, chromedp.Navigate(server.URL)); err != nil {
		t.Fatalf("opening %s: %v", server.URL, err)
	}
	return tab
}

// saveScreenshot writes img to dist/browsertest/name.png, for a person to
// look at after the run (and for a failure to be understood).
func saveScreenshot(t *testing.T, name string, img image.Image) {
	t.Helper()
	dir := filepath.Join(site.root, "dist", "browsertest")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Logf("cannot keep the screenshot: %v", err)
		return
	}
	path := filepath.Join(dir, name+".png")
	f, err := os.Create(path)
	if err != nil {
		t.Logf("cannot keep the screenshot: %v", err)
		return
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Logf("cannot keep the screenshot %s: %v", path, err)
		return
	}
	t.Logf("screenshot: %s", path)
}
