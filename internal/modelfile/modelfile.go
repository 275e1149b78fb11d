// Package modelfile writes the model as files other programs read: Wavefront
// OBJ for anything, glTF 2.0 binary (GLB) for Blender, viewers and the web.
// Both keep the atlas's MNI ICBM152 2009 millimetres, name each part by its
// mesh ID and carry the data's attribution (internal/credits), which CC BY
// 4.0 and the ICBM notice ask of every copy.
package modelfile

import (
	"fmt"
	"math"
	"strings"

	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// Options is how a model is written.
type Options struct {
	// Proportions warps the model as the explorer draws it: TrueScale (for
	// printing and for lining up with other MNI data) keeps the atlas's
	// millimetres; Teaching shortens the cord.
	Proportions geom.Proportions
	// Opaque writes every part with alpha 1, as a print or a solid render
	// wants; otherwise the translucent parts keep the explorer's alpha.
	Opaque bool
	// Generator names the program and command that wrote the file.
	Generator string
	// Look is the look whose parts are written: the quadrant look writes
	// the left hemisphere with its upper front quarter cut away and the
	// cut closed (the quarter the explorer's first view, from the left and
	// in front, opens), cutting the model's quarters if it has none
	// (geom.Model.AddQuarters); every other look writes whole parts.
	Look geom.Look
}

// exportQuarter is the quarter the quadrant look cuts in a file, which has
// no camera to choose one.
const exportQuarter = geom.LeftFront

// part is one mesh as written: its vertices moved by the proportions, its
// normals of unit length, its colour per vertex or whole.
type part struct {
	id, name, group string
	shell           bool
	color           [4]float32
	colors          [][4]float32
	positions       []mgl32.Vec3
	normals         []mgl32.Vec3
	indices         []uint32
}

// parts checks the model and returns its meshes as they are written:
// meshes without triangles are left out (a file format has nothing to say
// about them), malformed ones are an error naming the mesh.
func parts(m *geom.Model, opt Options) ([]part, error) {
	if m == nil {
		return nil, fmt.Errorf("no model to write")
	}
	if opt.Look == geom.Quadrant {
		if err := m.AddQuarters(); err != nil {
			return nil, fmt.Errorf("cutting the quadrant look's quarter: %w", err)
		}
	}
	var out []part
	seen := map[string]bool{}
	for i := range m.Meshes {
		mesh := &m.Meshes[i]
		if len(mesh.Indices) == 0 || !geom.DrawnIn(mesh, opt.Look, exportQuarter) {
			continue
		}
		id := objectName(mesh.ID)
		if id == "" {
			return nil, fmt.Errorf("mesh %d (%s) has no ID to name it by", i, mesh.Name)
		}
		if seen[id] {
			return nil, fmt.Errorf("two meshes are named %s", id)
		}
		seen[id] = true
		if err := check(mesh); err != nil {
			return nil, fmt.Errorf("mesh %s: %w", id, err)
		}
		p := part{id: id, name: mesh.Name, group: mesh.Group, shell: mesh.Shell, color: mesh.Color, indices: mesh.Indices}
		if len(mesh.Colors) > 0 {
			p.colors = mesh.Colors
		}
		if opt.Opaque {
			p.color[3] = 1
			if p.colors != nil {
				p.colors = make([][4]float32, len(mesh.Colors))
				for k, c := range mesh.Colors {
					c[3] = 1
					p.colors[k] = c
				}
			}
		}
		p.positions = make([]mgl32.Vec3, len(mesh.Positions))
		p.normals = make([]mgl32.Vec3, len(mesh.Normals))
		for k, v := range mesh.Positions {
			p.positions[k] = opt.Proportions.Warp(v)
			p.normals[k] = warpNormal(opt.Proportions, v, mesh.Normals[k])
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("the model has no triangles to write")
	}
	return out, nil
}

// check refuses what no file can hold: counts that disagree, an index
// past the vertices, a coordinate that is not a finite number.
func check(mesh *geom.Mesh) error {
	switch {
	case len(mesh.Indices)%3 != 0:
		return fmt.Errorf("%d indices are not whole triangles", len(mesh.Indices))
	case len(mesh.Normals) != len(mesh.Positions):
		return fmt.Errorf("%d normals for %d positions", len(mesh.Normals), len(mesh.Positions))
	case len(mesh.Colors) > 0 && len(mesh.Colors) != len(mesh.Positions):
		return fmt.Errorf("%d colours for %d positions", len(mesh.Colors), len(mesh.Positions))
	case uint64(len(mesh.Positions)) > math.MaxUint32:
		return fmt.Errorf("%d positions are more than 32-bit indices reach", len(mesh.Positions))
	}
	for _, i := range mesh.Indices {
		if int(i) >= len(mesh.Positions) {
			return fmt.Errorf("index %d past its %d vertices", i, len(mesh.Positions))
		}
	}
	for k, v := range mesh.Positions {
		if !finite(v[0]) || !finite(v[1]) || !finite(v[2]) {
			return fmt.Errorf("vertex %d is not a finite point: %v", k, v)
		}
	}
	for k, n := range mesh.Normals {
		if !finite(n[0]) || !finite(n[1]) || !finite(n[2]) {
			return fmt.Errorf("normal %d is not a finite vector: %v", k, n)
		}
	}
	return nil
}

func finite(x float32) bool { return !math.IsNaN(float64(x)) && !math.IsInf(float64(x), 0) }

// warpNormal returns the unit normal n at the atlas point v once the
// proportions have moved it: teaching proportions squash z below the
// foramen magnum, so the normal's z grows by the inverse (a normal
// transforms by the inverse transpose). A zero normal becomes +z: glTF
// requires unit normals, and a degenerate vertex shades the same either way.
func warpNormal(p geom.Proportions, v, n mgl32.Vec3) mgl32.Vec3 {
	if p == geom.Teaching && v[2] < geom.ForamenZ {
		n[2] /= geom.CordScale
	}
	if l := n.Len(); l > 1e-12 {
		return n.Mul(1 / l)
	}
	return mgl32.Vec3{0, 0, 1}
}

// objectName makes a mesh ID safe as an OBJ object name: OBJ ends a name
// at white space, so any becomes "_".
func objectName(id string) string {
	return strings.Join(strings.Fields(id), "_")
}

// scaleName words the proportions for a file's header.
func scaleName(p geom.Proportions) string {
	if p == geom.TrueScale {
		return "true scale (1 unit = 1 mm)"
	}
	return fmt.Sprintf("teaching proportions: below z = %g mm the cord is shortened to %g of its length", geom.ForamenZ, geom.CordScale)
}
