// Package browser drives headless Chromium against Decussate's web build as
// decussate-cli serve serves it, for the browser tests (internal/browsertest)
// and the frame-rate measurement of make bench (internal/benchreport).
//
// It starts Chromium with software WebGL (SwiftShader), since neither CI nor
// a developer's machine has a GPU, and reads what the program reports on the
// page through window.decussate (see internal/pagehook) rather than guessing
// from pixels when it has started or how many frames it drew.
package browser
