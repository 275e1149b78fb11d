package assets_test

import (
	"io/fs"
	"testing"

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
