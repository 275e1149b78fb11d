package atlasgen_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/internal/atlasgen"
	"github.com/decussate/decussate/scene/anatomy"
)

// anatomyDir is package anatomy's folder, where the files are committed.
const anatomyDir = "../../scene/anatomy"

// TestShippedAtlasUpToDate: the shipped_*.go files of scene/anatomy are
// what cmd/atlasgen writes from the atlas files now, and no others, so
// that a changed atlas file cannot ship without them.
func TestShippedAtlasUpToDate(t *testing.T) {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		t.Fatal(err)
	}
	files, err := atlasgen.Files(a)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(anatomyDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is out of date: run go generate ./scene/anatomy", name)
		}
	}
	committed, err := filepath.Glob(filepath.Join(anatomyDir, "shipped_*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range committed {
		name := filepath.Base(f)
		if _, ok := files[name]; !ok && !strings.HasSuffix(name, "_test.go") {
			t.Errorf("%s is no longer written by cmd/atlasgen: run go generate ./scene/anatomy", name)
		}
	}
}

// TestNoFileHoldsTheWholeAtlas: each list of the atlas has a file of its
// own; shipped_atlas.go only joins them.
func TestNoFileHoldsTheWholeAtlas(t *testing.T) {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		t.Fatal(err)
	}
	files, err := atlasgen.Files(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"shipped_atlas.go", "shipped_sources.go", "shipped_segments.go", "shipped_channels.go", "shipped_nuclei.go", "shipped_sites.go"} {
		if _, ok := files[name]; !ok {
			t.Errorf("no %s among %d files", name, len(files))
		}
	}
	if n := bytes.Count(files["shipped_atlas.go"], []byte("\n")); n > 40 {
		t.Errorf("shipped_atlas.go is %d lines: it should only join the lists", n)
	}
}

// TestNoFileTooLongToRead: a long list (the sites, the muscles) is
// written in parts, so that no file is much over 400 lines (a list of
// fewer, with the values its optional fields point to, may pass a little).
func TestNoFileTooLongToRead(t *testing.T) {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		t.Fatal(err)
	}
	files, err := atlasgen.Files(a)
	if err != nil {
		t.Fatal(err)
	}
	for name, src := range files {
		if n := bytes.Count(src, []byte("\n")); n > 450 {
			t.Errorf("%s is %d lines, over 450", name, n)
		}
	}
}
