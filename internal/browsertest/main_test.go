//go:build !js

// Package browsertest loads the web build (make web's dist/web) in headless
// Chromium, served by decussate-cli serve, and checks what a visitor sees:
// the canvas drawn, a drag turning the model, hovering naming a part, and a
// readable message where WebGL is missing.
//
// The tests skip when dist/web or Chromium is missing, unless
// DECUSSATE_REQUIRE_BROWSER=1 (make test sets it), where they fail instead:
// CI must not pass without having looked at the page.
package browsertest

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/decussate/decussate/internal/browser"
)

// requireEnv names the variable that turns a missing browser or build from
// a skip into a failure.
const requireEnv = "DECUSSATE_REQUIRE_BROWSER"

// site is what the tests share: one server for the build, and the browser
// to drive. It is set up by the first test that needs it.
var site struct {
	once     sync.Once
	root     string
	chromium string
	server   *browser.Server
	// missing says why the tests cannot run here (a skip, or a failure
	// under requireEnv); err is a failure whatever the environment.
	missing string
	err     error
	// tmp holds the CLI built for the run; TestMain removes it.
	tmp string
}

// needSite returns the running server and the browser's path, or ends the
// test: skipped when the build or Chromium is missing, failed when that is
// required or anything else goes wrong.
func needSite(t *testing.T) (*browser.Server, string) {
	t.Helper()
	site.once.Do(setUp)
	if site.err != nil {
		t.Fatal(site.err)
	}
	if site.missing != "" {
		if os.Getenv(requireEnv) == "1" {
			t.Fatalf("%s (%s=1: the browser tests must run)", site.missing, requireEnv)
		}
		t.Skipf("%s; skipped (set %s=1 to make this a failure)", site.missing, requireEnv)
	}
	return site.server, site.chromium
}

// setUp finds the build and Chromium, builds decussate-cli and starts it
// serving dist/web.
func setUp() {
	root, err := browser.ModuleRoot()
	if err != nil {
		site.err = err
		return
	}
	site.root = root
	web := filepath.Join(root, "dist", "web")
	if _, err := os.Stat(filepath.Join(web, "decussate.wasm")); err != nil {
		site.missing = fmt.Sprintf("no web build (%v): run make web first", err)
		return
	}
	chromium, err := browser.FindChromium()
	if err != nil {
		site.missing = err.Error()
		return
	}
	site.chromium = chromium
	site.tmp, err = os.MkdirTemp("", "decussate-browsertest-")
	if err != nil {
		site.err = fmt.Errorf("making a directory for decussate-cli: %w", err)
		return
	}
	cli, err := browser.BuildCLI(root, site.tmp)
	if err != nil {
		site.err = err
		return
	}
	site.server, err = browser.Serve(cli, web)
	if err != nil {
		site.err = err
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if site.server != nil {
		if err := site.server.Close(); err != nil {
			fmt.Fprintln(os.Stderr, "browsertest:", err)
		}
	}
	if site.tmp != "" {
		os.RemoveAll(site.tmp)
	}
	os.Exit(code)
}
