//go:build !js

package main

import (
	"fmt"
	"os"
	"time"

	"github.com/decussate/decussate/internal/browser"
)

// run builds both programs' sites and prints their sizes and frame rates,
// then soaks the explorer for soak (none when 0).
func run(rounds int, orbit, soak time.Duration) error {
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
		{name: "decussate", pkg: "./cmd/decussate"},
		{name: "baseline", pkg: "./internal/baseline"},
	}
	for _, p := range programs {
		if p.site, err = buildSite(root, tmp, p); err != nil {
			return err
		}
	}
	if err := reportSizes(programs); err != nil {
		return err
	}
	if err := reportFrameRates(root, tmp, programs, rounds, orbit); err != nil {
		return err
	}
	if soak <= 0 {
		return nil
	}
	return reportSoak(root, tmp, programs[0].site, soak, min(soak, 15*time.Second))
}
