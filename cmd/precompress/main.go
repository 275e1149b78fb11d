// Command precompress writes a gzip copy (FILE.gz, best compression) beside
// each file it is given, so that decussate-cli serve, or any static host that
// looks for precompressed copies, sends the web build compressed without
// compressing it again on every request.
//
// Usage:
//
//	go run ./cmd/precompress FILE...
//
// Brotli copies are not made here: the standard library has no brotli
// encoder and the project adds no dependency for one; the Makefile runs the
// brotli command when it is installed.
package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: precompress FILE...")
		os.Exit(2)
	}
	for _, name := range os.Args[1:] {
		if err := gzipFile(name); err != nil {
			fmt.Fprintf(os.Stderr, "precompress: %v\n", err)
			os.Exit(1)
		}
	}
}

// gzipFile writes name.gz. It writes a temporary file beside it and renames
// it into place, so that a server running meanwhile never sends half a copy.
// The gzip header holds no name or time, so that the same input always gives
// the same bytes.
func gzipFile(name string) error {
	src, err := os.Open(name)
	if err != nil {
		return err
	}
	defer src.Close()
	tmp, err := os.CreateTemp(filepath.Dir(name), filepath.Base(name)+".gz.tmp*")
	if err != nil {
		return fmt.Errorf("compressing %s: %w", name, err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	zw, err := gzip.NewWriterLevel(tmp, gzip.BestCompression)
	if err != nil {
		tmp.Close()
		return fmt.Errorf("compressing %s: %w", name, err)
	}
	if _, err := io.Copy(zw, src); err != nil {
		tmp.Close()
		return fmt.Errorf("compressing %s: %w", name, err)
	}
	if err := zw.Close(); err != nil {
		tmp.Close()
		return fmt.Errorf("compressing %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("compressing %s: %w", name, err)
	}
	// CreateTemp makes the file 0600; a copy is as readable as its source.
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("compressing %s: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), name+".gz"); err != nil {
		return fmt.Errorf("compressing %s: %w", name, err)
	}
	return nil
}
