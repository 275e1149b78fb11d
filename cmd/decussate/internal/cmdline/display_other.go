//go:build !js && !((linux || freebsd || netbsd || openbsd || dragonfly) && !android)

package cmdline

// displayMissing is nil where the system always has a display (Windows,
// macOS): Ebiten opens its window there without an environment variable.
func displayMissing(func(string) string) error { return nil }
