// Package assets holds Decussate's data: the atlas of the motor pathways
// (atlas/*.json) and the named lesion presets (presets/*.json). It holds
// no code beyond the embedding, so that everything anatomical a teacher
// might check lives in the data files.
package assets

import (
	"embed"
	"io/fs"
)

// FS is every asset file the explorer reads, under its folder name
// (atlas/..., presets/..., tours/...). The meshes are in their own package,
// assets/meshes, so that a program links them only once it draws them.
//
//go:embed atlas/*.json presets/*.json tours/*.json
var FS embed.FS

// Atlas returns the atlas files at the root of a file system, as
// anatomy.Load reads them.
func Atlas() fs.FS {
	sub, err := fs.Sub(FS, "atlas")
	if err != nil {
		panic("assets: the embedded atlas folder is missing: " + err.Error()) // a build fault, not an input error
	}
	return sub
}

// Presets returns the lesion preset files at the root of a file system, as
// preset.Load reads them.
func Presets() fs.FS {
	sub, err := fs.Sub(FS, "presets")
	if err != nil {
		panic("assets: the embedded presets folder is missing: " + err.Error()) // a build fault, not an input error
	}
	return sub
}

// Tours returns the guided tour files at the root of a file system, as
// tour.Load reads them.
func Tours() fs.FS {
	sub, err := fs.Sub(FS, "tours")
	if err != nil {
		panic("assets: the embedded tours folder is missing: " + err.Error()) // a build fault, not an input error
	}
	return sub
}
