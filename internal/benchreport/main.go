//go:build !js

// Command benchreport measures the browser budgets of issues 3 and 12 for
// make bench: the explorer's .wasm and its whole page (every file the page
// fetches), brotli-compressed, against the smallest Ebiten program's
// (internal/baseline) built the same way; the time from the navigation to
// each page's first complete frame in headless Chromium, and the frames per
// second of both with software WebGL at 1280×720 while the pointer orbits;
// then a memory soak (issue 14): the explorer in lesion
// mode shown still from every side, then orbiting for a few minutes, its
// WebAssembly memory, Go heap and JavaScript heap sampled, and the growth
// per minute and an hour's estimate printed.
//
// It prints its figures as Go benchmark lines, which .ci/budgets.awk reads
// with the scene benchmarks' to print the budgets:
//
//	BenchmarkWasmSize/decussate 1 15316661 wasm-B 4012345 brotli-B
//	BenchmarkPageSize/decussate 5 15400000 page-B 4030000 brotli-B
//	BenchmarkTimeToCanvas/decussate 5 2310.4 ms 2200.1 min-ms 2600.3 max-ms
//	BenchmarkOrbitFPS/decussate 2 41.3 frames/s
//	BenchmarkSoakMemory/decussate 1 60.00 wasm-MiB 0.000 wasm-MiB/min 60.0 hour-wasm-MiB ...
//
// A tool that is missing (brotli, Chromium) skips its figure with a line
// that says so; a build or a page that fails is an error (exit status 1).
//
// Usage:
//
//	go run ./internal/benchreport [-canvas-rounds 5] [-rounds 2] [-orbit 5s] [-soak 3m]
package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

// program is one of the two programs compared.
type program struct {
	// name is the label in the output; pkg the package built.
	name, pkg string
	// site is the directory of its web build, made by buildSite.
	site string
	// drawn is the status the program reports on the page
	// (window.decussate.status) once a frame shows its whole picture: the
	// explorer's model, the baseline's fill.
	drawn string
}

func main() {
	canvasRounds := flag.Int("canvas-rounds", 5, "page loads per program for the time to the first frame, interleaved (0: none)")
	rounds := flag.Int("rounds", 2, "rounds of frame counting per program, interleaved (0: none)")
	orbit := flag.Duration("orbit", 5e9, "how long each round orbits")
	soak := flag.Duration("soak", 3*time.Minute, "how long the memory soak orbits in lesion mode (0: no soak)")
	flag.Parse()
	if err := run(*canvasRounds, *rounds, *orbit, *soak); err != nil {
		fmt.Fprintf(os.Stderr, "benchreport: %v\n", err)
		os.Exit(1)
	}
}
