// Command atlasgen writes the shipped atlas (assets/atlas/*.json, loaded
// and checked by anatomy.Load) as Go values into scene/anatomy, from which
// anatomy.Shipped gives it to the program without decoding JSON at start.
// Run it after changing an atlas file (go generate ./scene/anatomy); a
// test in scene/anatomy fails while the Go file is out of date.
//
// Usage:
//
//	go run ./cmd/atlasgen -out scene/anatomy/shipped_atlas.go
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
)

func main() {
	out := flag.String("out", "shipped_atlas.go", "the Go file to write")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintf(os.Stderr, "atlasgen: %v\n", err)
		os.Exit(1)
	}
}

// run loads and checks the atlas files and writes them to out as Go.
func run(out string) error {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		return err
	}
	src, err := anatomy.GoSource(a, "shipped", "cmd/atlasgen")
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, src, 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	return nil
}
