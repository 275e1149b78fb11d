package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGzipFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "loader.js")
	data := []byte(strings.Repeat("console.log('Decussate');\n", 200))
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// A stale copy from an earlier build must be replaced.
	if err := os.WriteFile(name+".gz", []byte("stale"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := gzipFile(name); err != nil {
		t.Fatal(err)
	}
	compressed, err := os.ReadFile(name + ".gz")
	if err != nil {
		t.Fatal(err)
	}
	if len(compressed) >= len(data) {
		t.Errorf("copy of %d bytes is no smaller than the %d-byte file", len(compressed), len(data))
	}
	zr, err := gzip.NewReader(bytes.NewReader(compressed))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, data) {
		t.Error("the copy does not decompress to the file")
	}
	if zr.Name != "" || !zr.ModTime.IsZero() {
		t.Errorf("header holds name %q, time %v; want neither, for reproducible copies", zr.Name, zr.ModTime)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 {
		t.Errorf("%d files in the directory, want the file and its copy (temporary file left?)", len(entries))
	}
}

func TestGzipFileMissing(t *testing.T) {
	name := filepath.Join(t.TempDir(), "nowhere.wasm")
	err := gzipFile(name)
	if err == nil || !strings.Contains(err.Error(), name) {
		t.Errorf("error %v, want one naming %s", err, name)
	}
}
