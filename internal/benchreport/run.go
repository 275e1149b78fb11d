//go:build !js

package main

import (
	"fmt"
	"os"
	"time"

	"github.com/decussate/decussate/internal/browser"
)

// run builds both programs' sites and prints their sizes, their times to
// the first frame (canvasRounds page loads each) and their frame rates
// (rounds of orbit each), then soaks the explorer for soak; a count or
// duration of 0 leaves its measurement out.
func run(canvasRounds, rounds int, orbit, soak time.Duration) error {
	root, err := browser.ModuleRoot()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "decussate-bench-")
	if err != nil {
		return fmt.Errorf("making a scratch directory: %w", err)
	}
	defer os.RemoveAll(tmp)

	programs := []*program{
		{name: "decussate", pkg: "./cmd/decussate", drawn: "scene"},
		{name: "baseline", pkg: "./internal/baseline", drawn: "baseline"},
	}
	for _, p := range programs {
		if p.site, err = buildSite(root, tmp, p); err != nil {
			return err
		}
	}
	if err := reportSizes(programs); err != nil {
		return err
	}
	if canvasRounds > 0 {
		if err := reportCanvas(root, tmp, programs, canvasRounds); err != nil {
			return err
		}
	}
	if rounds > 0 {
		if err := reportFrameRates(root, tmp, programs, rounds, orbit); err != nil {
			return err
		}
	}
	if soak <= 0 {
		return nil
	}
	return reportSoak(root, tmp, programs[0].site, soak, min(soak, 10*time.Second))
}

// reportCanvas measures the time to the first frame (reportTimeToCanvas),
// or says why it cannot.
func reportCanvas(root, tmp string, programs []*program, rounds int) error {
	chromium, err := browser.FindChromium()
	if err != nil {
		fmt.Printf("time to canvas: skipped: %v\n", err)
		return nil
	}
	cli, err := browser.BuildCLI(root, tmp)
	if err != nil {
		return err
	}
	return reportTimeToCanvas(chromium, cli, programs, rounds, tmp)
}
