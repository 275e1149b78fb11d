//go:build !js

// Command benchreport measures the browser budgets of issue 3 for make bench:
// the explorer's .wasm, brotli-compressed, against the smallest Ebiten
// program's (internal/baseline) built the same way, and the frames per
// second of both in headless Chromium with software WebGL at 1280×720 while
// the pointer orbits; then a memory soak (issue 14): the explorer in lesion
// mode orbiting for a few minutes, its WebAssembly memory and JavaScript
// heap sampled, and the growth per minute and an hour's estimate printed.
//
// It prints its figures as Go benchmark lines, which .ci/budgets.awk reads
// with the scene benchmarks' to print the budgets:
//
//	BenchmarkWasmSize/decussate 1 15316661 wasm-B 4012345 brotli-B
//	BenchmarkOrbitFPS/decussate 2 41.3 frames/s
//	BenchmarkSoakMemory/decussate 1 60.00 wasm-MiB 0.000 wasm-MiB/min 60.0 hour-wasm-MiB ...
//
// A tool that is missing (brotli, Chromium) skips its figure with a line
// that says so; a build or a page that fails is an error (exit status 1).
//
// Usage:
//
//	go run ./internal/benchreport [-rounds 2] [-orbit 5s] [-soak 3m]
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
}

func main() {
	rounds := flag.Int("rounds", 2, "rounds of frame counting per program, interleaved")
	orbit := flag.Duration("orbit", 5e9, "how long each round orbits")
	soak := flag.Duration("soak", 3*time.Minute, "how long the memory soak orbits in lesion mode (0: no soak)")
	flag.Parse()
	if err := run(*rounds, *orbit, *soak); err != nil {
		fmt.Fprintf(os.Stderr, "benchreport: %v\n", err)
		os.Exit(1)
	}
}
