package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// writeOut writes a file to path through a temporary file (named by
// pattern, as os.CreateTemp takes it) in the same directory and a rename,
// so that path never holds half a file, even when the disk fills or the
// command is killed midway. The rename would replace whatever is at path,
// so path must be absent or a regular file: a device, a FIFO, a directory,
// a socket or a symlink (which the rename would replace, not follow) is
// refused by checkOutPath, and left as it was. render and export share it.
func writeOut(path, pattern string, write func(io.Writer) error) (err error) {
	if err := checkOutPath(path); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), pattern)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", shortIfNeeded(path), bare(err))
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	// CreateTemp makes the file private; a picture or a model is for anyone
	// to read.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write %s: %w", shortIfNeeded(path), bare(err))
	}
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write %s: %w", shortIfNeeded(path), bare(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", shortIfNeeded(path), bare(err))
	}
	// Again, just before the rename: writing a large file takes long
	// enough for something else to have appeared at path.
	if err := checkOutPath(path); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %w", shortIfNeeded(path), bare(err))
	}
	return nil
}
