//go:build !js

package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// pageFiles are the page's own files in wasm/, as make web copies them.
var pageFiles = []string{"index.html", "loader.js", "style.css"}

// wasmFile is the program's name in a site: the loader asks for it,
// whichever the program.
const wasmFile = "decussate.wasm"

// buildSite builds p for the browser exactly as make web builds the
// explorer (GOOS=js, -trimpath, -s -w) into a site of its own under tmp,
// with the same page and loader, and returns the site's directory.
func buildSite(root, tmp string, p *program) (string, error) {
	site := filepath.Join(tmp, p.name)
	if err := os.MkdirAll(site, 0o755); err != nil {
		return "", fmt.Errorf("making the site for %s: %w", p.name, err)
	}
	for _, f := range pageFiles {
		if err := copyFile(filepath.Join(root, "wasm", f), filepath.Join(site, f)); err != nil {
			return "", err
		}
	}
	wasmExec, err := findWasmExec()
	if err != nil {
		return "", err
	}
	if err := copyFile(wasmExec, filepath.Join(site, "wasm_exec.js")); err != nil {
		return "", err
	}
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(site, wasmFile), p.pkg)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building %s for the browser: %w\n%s", p.pkg, err, out)
	}
	return site, nil
}

// findWasmExec returns the wasm_exec.js of the Go that builds: under
// lib/wasm since Go 1.24, misc/wasm before.
func findWasmExec() (string, error) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOROOT: %w", err)
	}
	goroot := strings.TrimSpace(string(out))
	for _, dir := range []string{"lib/wasm", "misc/wasm"} {
		p := filepath.Join(goroot, dir, "wasm_exec.js")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("no wasm_exec.js under %s/lib/wasm or misc/wasm", goroot)
}

// copyFile copies the regular file src to dst.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("copying the page: %w", err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return fmt.Errorf("copying the page: %w", err)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("copying %s: %w", src, err)
	}
	if err := out.Close(); err != nil {
		return fmt.Errorf("copying %s: %w", src, err)
	}
	return nil
}
