// Package datafiles lists the data files (presets, tours) in a folder.
// It lists them with the folder's own ReadDir, not with fs.Glob or
// fs.ReadDir: those two link path matching and a generic sort of directory
// entries into the page (make bench).
package datafiles

import (
	"errors"
	"io/fs"
	"sort"
	"strings"
)

// ErrNoList is the error for a file system that cannot list a folder.
var ErrNoList = errors.New("the file system cannot list its files (no ReadDir)")

// JSON returns the names of the *.json files at the root of fsys, in name
// order. fsys must list its folders (fs.ReadDirFS), as embed.FS,
// os.DirFS and fstest.MapFS do.
func JSON(fsys fs.FS) ([]string, error) {
	rd, ok := fsys.(fs.ReadDirFS)
	if !ok {
		return nil, ErrNoList
	}
	entries, err := rd.ReadDir(".")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".json") {
			names = append(names, e.Name())
		}
	}
	// ReadDirFS promises name order; sorting again costs nothing here and
	// keeps the order whatever the file system. sort.Sort, not
	// sort.Strings, which is slices.Sort's generic code for strings.
	sort.Sort(sort.StringSlice(names))
	return names, nil
}
