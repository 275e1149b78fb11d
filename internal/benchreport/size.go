//go:build !js

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
)

// compressedSuffixes are the copies a site holds beside its files, which the
// server sends in their place: not files the page asks for.
var compressedSuffixes = []string{".br", ".gz"}

// reportSizes prints, for each program, its .wasm's size and the whole
// page's (every file of its site: the HTML, the scripts, the style sheet,
// the .wasm and any data file), plain and compressed with brotli -q 11 as
// make web compresses them, or why the compressed sizes are missing:
//
//	BenchmarkWasmSize/decussate 1 15316661 wasm-B 4012345 brotli-B
//	BenchmarkPageSize/decussate 5 15400000 page-B 4030000 brotli-B
//
// (the page line's count is its number of files). It leaves each file's
// .br copy in the site, so that the server sends the page as make web's
// site would be sent.
func reportSizes(programs []*program) error {
	brotli, err := exec.LookPath("brotli")
	if err != nil {
		fmt.Println("page size: brotli not on PATH (the Debian package brotli; .ci/deps.sh installs it), compressed sizes skipped")
	}
	type size struct{ plain, brotli int64 }
	sizes := make([]map[string]size, len(programs))
	names := make([][]string, len(programs))
	errs := make([]error, len(programs))
	var wg sync.WaitGroup
	for i, p := range programs {
		files, err := siteFiles(p.site)
		if err != nil {
			return err
		}
		names[i] = files
		if len(files) == 0 {
			return fmt.Errorf("the site of %s (%s) has no files", p.name, p.site)
		}
		sizes[i] = make(map[string]size, len(files))
		for _, f := range files {
			info, err := os.Stat(filepath.Join(p.site, f))
			if err != nil {
				return fmt.Errorf("size of %s's %s: %w", p.name, f, err)
			}
			sizes[i][f] = size{plain: info.Size()}
		}
		if brotli == "" {
			continue
		}
		// brotli -q 11 takes a while on a 15 MB file and uses one core:
		// one program's files after another on each of two goroutines.
		wg.Go(func() {
			for _, f := range files {
				n, err := brotliSize(brotli, filepath.Join(p.site, f))
				if err != nil {
					errs[i] = err
					return
				}
				s := sizes[i][f]
				s.brotli = n
				sizes[i][f] = s
			}
		})
	}
	wg.Wait()
	for i, p := range programs {
		if errs[i] != nil {
			return errs[i]
		}
		var page size
		for _, f := range names[i] {
			s := sizes[i][f]
			page.plain += s.plain
			page.brotli += s.brotli
			fmt.Printf("# %s: %s %d B, brotli %d B\n", p.name, f, s.plain, s.brotli)
		}
		wasm, ok := sizes[i][wasmFile]
		if !ok {
			return fmt.Errorf("the site of %s (%s) has no %s", p.name, p.site, wasmFile)
		}
		if brotli == "" {
			fmt.Printf("BenchmarkWasmSize/%s 1 %d wasm-B\n", p.name, wasm.plain)
			fmt.Printf("BenchmarkPageSize/%s %d %d page-B\n", p.name, len(sizes[i]), page.plain)
			continue
		}
		fmt.Printf("BenchmarkWasmSize/%s 1 %d wasm-B %d brotli-B\n", p.name, wasm.plain, wasm.brotli)
		fmt.Printf("BenchmarkPageSize/%s %d %d page-B %d brotli-B\n", p.name, len(sizes[i]), page.plain, page.brotli)
	}
	return nil
}

// siteFiles returns the names of the files in the site directory dir that
// a page may ask for: all but the compressed copies, in name order. The
// site is flat, as make web writes it.
func siteFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("listing the site %s: %w", dir, err)
	}
	var files []string
	for _, e := range entries {
		if !e.Type().IsRegular() || isCompressedCopy(e.Name()) {
			continue
		}
		files = append(files, e.Name())
	}
	return files, nil
}

// isCompressedCopy reports whether name is a compressed copy of another
// file of the site.
func isCompressedCopy(name string) bool {
	for _, s := range compressedSuffixes {
		if filepath.Ext(name) == s {
			return true
		}
	}
	return false
}

// brotliSize compresses the file at path with brotli -q 11 into path.br
// and returns the size of the result.
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
