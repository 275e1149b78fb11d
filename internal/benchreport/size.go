//go:build !js

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
)

// reportSizes prints each program's .wasm size, plain and compressed with
// brotli -q 11 as make web compresses it, or why the compressed size is
// missing.
func reportSizes(programs []*program) error {
	brotli, err := exec.LookPath("brotli")
	if err != nil {
		fmt.Println("wasm size: brotli not on PATH (the Debian package brotli; .ci/deps.sh installs it), compressed sizes skipped")
	}
	sizes := make([]int64, len(programs))
	errs := make([]error, len(programs))
	var wg sync.WaitGroup
	for i, p := range programs {
		if brotli == "" {
			continue
		}
		// brotli -q 11 takes a while on a 15 MB file and uses one core:
		// both at once.
		wg.Go(func() { sizes[i], errs[i] = brotliSize(brotli, filepath.Join(p.site, "decussate.wasm")) })
	}
	wg.Wait()
	for i, p := range programs {
		if errs[i] != nil {
			return errs[i]
		}
		info, err := os.Stat(filepath.Join(p.site, "decussate.wasm"))
		if err != nil {
			return fmt.Errorf("size of %s's wasm: %w", p.name, err)
		}
		if brotli == "" {
			fmt.Printf("BenchmarkWasmSize/%s 1 %d wasm-B\n", p.name, info.Size())
			continue
		}
		fmt.Printf("BenchmarkWasmSize/%s 1 %d wasm-B %d brotli-B\n", p.name, info.Size(), sizes[i])
	}
	return nil
}

// brotliSize compresses the file at path with brotli -q 11 and returns the
// size of the result.
func brotliSize(brotli, path string) (int64, error) {
	out := path + ".br"
	if msg, err := exec.Command(brotli, "-f", "-q", "11", "-o", out, path).CombinedOutput(); err != nil {
		return 0, fmt.Errorf("brotli %s: %w\n%s", path, err, msg)
	}
	info, err := os.Stat(out)
	if err != nil {
		return 0, fmt.Errorf("brotli %s: %w", path, err)
	}
	return info.Size(), nil
}
