// Package meshes holds the real anatomy's meshes (*.mesh), built by
// cmd/meshbuild from the Allen Human Reference Atlas volume in
// assets/allen (see README.md here for the attribution). They are a
// package of their own, not among the assets package's files, so that
// the browser's download carries their 340 kB only once the explorer
// draws them.
package meshes

import (
	"embed"
	"io/fs"
)

//go:embed *.mesh
var files embed.FS

// FS returns the meshes at the root of a file system, as mesh.Load reads
// them.
func FS() fs.FS { return files }
