package datafiles_test

import (
	"errors"
	"io/fs"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/decussate/decussate/internal/datafiles"
)

// openOnly is a file system that cannot list its folders.
type openOnly struct{ m fstest.MapFS }

func (o openOnly) Open(name string) (fs.File, error) { return o.m.Open(name) }

func TestJSON(t *testing.T) {
	file := &fstest.MapFile{Data: []byte("{}")}
	for _, c := range []struct {
		name string
		fsys fs.FS
		want []string
		err  error
	}{
		{"in name order", fstest.MapFS{"b.json": file, "a.json": file, "c.json": file}, []string{"a.json", "b.json", "c.json"}, nil},
		{"json files only", fstest.MapFS{"a.json": file, "notes.txt": file, "a.json.bak": file}, []string{"a.json"}, nil},
		{"not in folders", fstest.MapFS{"a.json": file, "sub/b.json": file, "dir.json/c.txt": file}, []string{"a.json"}, nil},
		{"none", fstest.MapFS{"notes.txt": file}, nil, nil},
		{"cannot list", openOnly{fstest.MapFS{"a.json": file}}, nil, datafiles.ErrNoList},
	} {
		got, err := datafiles.JSON(c.fsys)
		if !errors.Is(err, c.err) {
			t.Errorf("%s: error %v, want %v", c.name, err, c.err)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
