package assets_test

import (
	"errors"
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/decussate/decussate/assets"
)

// TestFolders: Atlas and Presets each give their own folder's files at the
// root, and nothing of the other's.
func TestFolders(t *testing.T) {
	for _, c := range []struct {
		name       string
		fsys       fs.FS
		has, hasnt string
	}{
		{"Atlas", assets.Atlas(), "sites.json", "presets.json"},
		{"Presets", assets.Presets(), "presets.json", "sites.json"},
	} {
		if _, err := fs.Stat(c.fsys, c.has); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
		if _, err := fs.Stat(c.fsys, c.hasnt); err == nil {
			t.Errorf("%s holds %s", c.name, c.hasnt)
		}
	}
}

// TestFileSystems: each folder is a file system as io/fs defines one
// (open, read, list, stat, and invalid names refused), and lists its
// files.
func TestFileSystems(t *testing.T) {
	for _, c := range []struct {
		name string
		fsys fs.FS
		file string
	}{
		{"Atlas", assets.Atlas(), "sites.json"},
		{"Presets", assets.Presets(), "presets.json"},
		{"Tours", assets.Tours(), "01_corticospinal.json"},
	} {
		if err := fstest.TestFS(c.fsys, c.file); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
		for _, bad := range []string{"../atlas/sites.json", "/sites.json", "", "a//b"} {
			if _, err := fs.ReadFile(c.fsys, bad); !errors.Is(err, fs.ErrInvalid) {
				t.Errorf("%s: reading %q: %v, want an invalid name", c.name, bad, err)
			}
		}
	}
}
