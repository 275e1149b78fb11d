// Package assets holds Decussate's data: the atlas of the motor pathways
// (atlas/*.json) and the named lesion presets (presets/*.json). It holds
// no code beyond the embedding, so that everything anatomical a teacher
// might check lives in the data files.
package assets

import (
	"embed"
	"io/fs"
)

// files is every asset file the explorer reads, under its folder name
// (atlas/..., presets/..., tours/...). The meshes are in their own package,
// assets/meshes, so that a program links them only once it draws them.
//
//go:embed atlas/*.json presets/*.json tours/*.json
var files embed.FS

// Atlas returns the atlas files at the root of a file system, as
// anatomy.Load reads them.
func Atlas() fs.FS { return folder("atlas") }

// Presets returns the lesion preset files at the root of a file system, as
// preset.Load reads them.
func Presets() fs.FS { return folder("presets") }

// Tours returns the guided tour files at the root of a file system, as
// tour.Load reads them.
func Tours() fs.FS { return folder("tours") }

// folder is one embedded folder as a file system of its own. It does what
// fs.Sub does for these three folders, with embed.FS's methods alone:
// fs.Sub's wrapper is kept whole in the page (every exported method of a
// type in an interface is), and it links fs.ReadDir's generic sort and
// path matching: with internal/datafiles, 11.7 KB of the compressed
// WebAssembly (make bench).
type folder string

// path returns name's path in files, or "" for an invalid name.
func (f folder) path(name string) string {
	switch {
	case !fs.ValidPath(name):
		return ""
	case name == ".":
		return string(f)
	}
	return string(f) + "/" + name
}

// Open opens the named file of the folder.
func (f folder) Open(name string) (fs.File, error) {
	p := f.path(name)
	if p == "" {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	return files.Open(p)
}

// ReadFile returns the named file's contents.
func (f folder) ReadFile(name string) ([]byte, error) {
	p := f.path(name)
	if p == "" {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	return files.ReadFile(p)
}

// ReadDir lists the named folder of the folder, in name order.
func (f folder) ReadDir(name string) ([]fs.DirEntry, error) {
	p := f.path(name)
	if p == "" {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	return files.ReadDir(p)
}
