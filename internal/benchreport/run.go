//go:build !js

package main

import (
	"fmt"
	"os"
	"time"

	"github.com/decussate/decussate/internal/browser"
)

// run builds both programs' sites and prints their sizes and frame rates.
func run(rounds int, orbit time.Duration) error {
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
	return reportFrameRates(root, tmp, programs, rounds, orbit)
}
