//go:build !js

// Command benchreport measures the browser budgets of issue 3 for make bench:
// the explorer's .wasm, brotli-compressed, against the smallest Ebiten
// program's (internal/baseline) built the same way, and the frames per
// second of both in headless Chromium with software WebGL at 1280×720 while
// the pointer orbits.
//
// It prints its figures as Go benchmark lines, which .ci/budgets.awk reads
// with the scene benchmarks' to print the budgets:
//
//	BenchmarkWasmSize/decussate 1 15316661 wasm-B 4012345 brotli-B
//	BenchmarkOrbitFPS/decussate 2 41.3 frames/s
//
// A tool that is missing (brotli, Chromium) skips its figure with a line
// that says so; a build or a page that fails is an error (exit status 1).
//
// Usage:
//
//	go run ./internal/benchreport [-rounds 2] [-orbit 5s]
package main

import (
	"flag"
	"fmt"
	"os"
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
	flag.Parse()
	if err := run(*rounds, *orbit); err != nil {
		fmt.Fprintf(os.Stderr, "benchreport: %v\n", err)
		os.Exit(1)
	}
}
