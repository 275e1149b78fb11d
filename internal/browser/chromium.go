//go:build !js

package browser

import (
	"context"
	"fmt"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// ChromiumEnv names the environment variable that, when set, is the path of
// the Chromium (or Chrome) to use instead of the one found on PATH.
const ChromiumEnv = "DECUSSATE_CHROMIUM"

// chromiumNames are the names Chromium is installed under, Debian's first.
var chromiumNames = []string{"chromium", "chromium-browser", "google-chrome-stable", "google-chrome"}

// FindChromium returns the path of the browser to drive: $DECUSSATE_CHROMIUM
// if set, else the first of Chromium's usual names on PATH.
func FindChromium() (string, error) {
	if p := os.Getenv(ChromiumEnv); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("%s=%s: %w", ChromiumEnv, p, err)
		}
		return p, nil
	}
	for _, name := range chromiumNames {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("no Chromium on PATH (looked for %v; install the Debian package chromium, or set %s)", chromiumNames, ChromiumEnv)
}

// Options says how to start the browser.
type Options struct {
	// Width and Height are the viewport's size in CSS pixels.
	Width, Height int
	// Scale is the device pixel ratio (a Retina laptop's 2, a phone's 3);
	// 0 means 1.
	Scale float64
	// Touch makes the page a touch device's: touch events, no hover.
	Touch bool
	// NoWebGL starts the browser with its 3D APIs turned off, as on a
	// machine whose GPU the browser has blocklisted.
	NoWebGL bool
	// UserDataDir is the browser's profile directory. It must be a fresh,
	// empty one: a profile carries caches and state between runs.
	UserDataDir string
}

// Start starts headless Chromium at path with opts and returns a chromedp
// context for its first tab, and the function that closes the browser.
// The browser lives until cancel is called or parent is done.
func Start(parent context.Context, path string, opts Options) (context.Context, context.CancelFunc, error) {
	if opts.Width <= 0 || opts.Height <= 0 {
		return nil, nil, fmt.Errorf("starting Chromium: viewport %d×%d is empty", opts.Width, opts.Height)
	}
	if opts.UserDataDir == "" {
		return nil, nil, fmt.Errorf("starting Chromium: no profile directory given")
	}
	scale := opts.Scale
	if scale <= 0 {
		scale = 1
	}
	flags := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		// The sandbox needs user namespaces that containers and CI
		// runners (as root) do not give.
		chromedp.NoSandbox,
		// Without a GPU, WebGL runs on SwiftShader only when allowed.
		chromedp.Flag("enable-unsafe-swiftshader", true),
		// No traffic but to the test's own server, and nothing that
		// changes the browser under a run.
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		// Containers give /dev/shm only 64 MB; Chromium then crashes
		// tabs that draw a lot.
		chromedp.Flag("disable-dev-shm-usage", true),
		// Headless tabs count as hidden to some throttles; frames and
		// timers must run at full speed for the tests and the counts.
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("disable-backgrounding-occluded-windows", true),
		// Screenshots in plain sRGB, so that pixel values are the
		// program's.
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.Flag("force-device-scale-factor", fmt.Sprint(scale)),
		chromedp.WindowSize(opts.Width, opts.Height),
		chromedp.UserDataDir(opts.UserDataDir),
	}
	if opts.NoWebGL {
		flags = append(flags, chromedp.Flag("disable-3d-apis", true), chromedp.Flag("disable-webgl", true))
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(parent, flags...)
	ctx, cancelTab := chromedp.NewContext(actx)
	cancel := func() {
		cancelTab()
		cancelAlloc()
	}
	// The first action starts the browser; the viewport is set here, not
	// only through the window size, because a headless window's size is
	// not always its viewport's.
	viewport := []chromedp.EmulateViewportOption{chromedp.EmulateScale(scale)}
	if opts.Touch {
		viewport = append(viewport, chromedp.EmulateTouch, chromedp.EmulateMobile)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(opts.Width), int64(opts.Height), viewport...)); err != nil {
		cancel()
		return nil, nil, fmt.Errorf("starting Chromium %s: %w", path, err)
	}
	return ctx, cancel, nil
}
