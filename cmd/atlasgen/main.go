// Command atlasgen writes the shipped atlas (assets/atlas/*.json, loaded
// and checked by anatomy.Load) as Go values into scene/anatomy, one file a
// list (internal/atlasgen), from which anatomy.Shipped gives it to the
// program without decoding JSON at start. Run it after changing an atlas
// file (go generate ./scene/anatomy); a test fails while the Go files are
// out of date.
//
// Usage:
//
//	go run ./cmd/atlasgen -dir scene/anatomy
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/internal/atlasgen"
	"github.com/decussate/decussate/scene/anatomy"
)

func main() {
	dir := flag.String("dir", ".", "the folder of package anatomy, where the files are written")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintf(os.Stderr, "atlasgen: %v\n", err)
		os.Exit(1)
	}
}

// run loads and checks the atlas files and writes them to dir as Go,
// removing the files of lists the atlas no longer has.
func run(dir string) error {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		return err
	}
	files, err := atlasgen.Files(a)
	if err != nil {
		return err
	}
	old, err := filepath.Glob(filepath.Join(dir, "shipped_*.go"))
	if err != nil {
		return err
	}
	for _, f := range old {
		if _, keep := files[filepath.Base(f)]; !keep && !isTest(f) {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
	}
	return nil
}

// isTest tells a test file, which atlasgen never writes.
func isTest(name string) bool { return strings.HasSuffix(name, "_test.go") }
