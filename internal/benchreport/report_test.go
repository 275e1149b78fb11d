//go:build !js

package main

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/browser"
)

// TestSiteFiles: a site's files are what a page may ask for, without the
// compressed copies the server sends in their place, in name order.
func TestSiteFiles(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"index.html", "index.html.br", "index.html.gz", "decussate.wasm", "decussate.wasm.br", "style.css"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	got, err := siteFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"decussate.wasm", "index.html", "style.css"}
	if !slices.Equal(got, want) {
		t.Errorf("siteFiles = %v, want %v", got, want)
	}
	if _, err := siteFiles(filepath.Join(dir, "missing")); err == nil {
		t.Error("siteFiles of a missing directory: no error")
	}
}

// TestCheckFetched: every file the page received must be in its site,
// except the browser's own favicon.ico request when the site has none.
func TestCheckFetched(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"index.html", "decussate.wasm"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p := &program{name: "decussate", site: dir}
	res := func(urls ...string) []browser.Resource {
		var rs []browser.Resource
		for _, u := range urls {
			rs = append(rs, browser.Resource{URL: u})
		}
		return rs
	}
	for _, c := range []struct {
		name    string
		fetched []browser.Resource
		missing string
	}{
		{"the page and its program", res("http://127.0.0.1:1/", "http://127.0.0.1:1/decussate.wasm"), ""},
		{"the browser's favicon", res("http://127.0.0.1:1/", "http://127.0.0.1:1/favicon.ico"), ""},
		{"a data file outside the site", res("http://127.0.0.1:1/", "http://127.0.0.1:1/meshes.bin"), "meshes.bin"},
	} {
		err := checkFetched(p, c.fetched)
		switch {
		case c.missing == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.missing != "" && (err == nil || !strings.Contains(err.Error(), c.missing)):
			t.Errorf("%s: error %v, want one naming %s", c.name, err, c.missing)
		}
	}
}

// TestMedian: the middle value, or the mean of the two middle ones.
func TestMedian(t *testing.T) {
	for _, c := range []struct {
		xs   []float64
		want float64
	}{
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{1000, 900, 2000, 950, 1100}, 1000},
	} {
		if got := median(c.xs); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.xs, got, c.want)
		}
	}
}

// TestWrapDegrees: a turn's difference of yaw, the short way round.
func TestWrapDegrees(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{
		{0, 0},
		{45, 45},
		{180, 180},
		{-180, 180},
		{190, -170},
		{-190, 170},
		{725, 5},
		{-360, 0},
	} {
		if got := wrapDegrees(c.in); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("wrapDegrees(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}
