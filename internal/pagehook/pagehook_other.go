//go:build !js

package pagehook

// Frame does nothing outside the browser: there is no page to tell.
func Frame(frames int, status string) {}

// Pick does nothing outside the browser: there is no page to tell.
func Pick(name string) {}

// Caption does nothing outside the browser: there is no page to tell.
func Caption(text string) {}

// ShowNotice does nothing outside the browser: there is no page to tell.
func ShowNotice(n Notice) {}
