//go:build !js

package pagehook

// Frame does nothing outside the browser: there is no page to tell.
func Frame(frames int, status string) {}

// Pick does nothing outside the browser: there is no page to tell.
func Pick(name string) {}

// Caption does nothing outside the browser: there is no page to tell.
func Caption(text string) {}

// Mode does nothing outside the browser: there is no page to tell.
func Mode(name string) {}

// Camera does nothing outside the browser: there is no page to tell.
func Camera(yawDeg, pitchDeg, distance float32) {}

// Boxes does nothing outside the browser: there is no page to tell.
func Boxes(bs []Box) {}

// ShowNotice does nothing outside the browser: there is no page to tell.
func ShowNotice(n Notice) {}
