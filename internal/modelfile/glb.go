package modelfile

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"

	"github.com/decussate/decussate/internal/credits"
	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// The numbers of the glTF 2.0 binary container and of its JSON.
const (
	glbMagic     = 0x46546C67 // "glTF"
	glbVersion   = 2
	chunkJSON    = 0x4E4F534A // "JSON"
	chunkBIN     = 0x004E4942 // "BIN\0"
	compFloat    = 5126
	compUint32   = 5125
	targetArray  = 34962 // ARRAY_BUFFER
	targetIndex  = 34963 // ELEMENT_ARRAY_BUFFER
	modeTriangle = 4
)

// The glTF document, as much of it as the model needs.
type (
	gltfDoc struct {
		Asset       gltfAsset        `json:"asset"`
		Scene       int              `json:"scene"`
		Scenes      []gltfScene      `json:"scenes"`
		Nodes       []gltfNode       `json:"nodes"`
		Meshes      []gltfMesh       `json:"meshes"`
		Materials   []gltfMaterial   `json:"materials"`
		Accessors   []gltfAccessor   `json:"accessors"`
		BufferViews []gltfBufferView `json:"bufferViews"`
		Buffers     []gltfBuffer     `json:"buffers"`
	}
	gltfAsset struct {
		Version   string         `json:"version"`
		Generator string         `json:"generator,omitempty"`
		Copyright string         `json:"copyright"`
		Extras    map[string]any `json:"extras,omitempty"`
	}
	gltfScene struct {
		Name  string `json:"name,omitempty"`
		Nodes []int  `json:"nodes"`
	}
	gltfNode struct {
		Name     string         `json:"name"`
		Mesh     *int           `json:"mesh,omitempty"`
		Children []int          `json:"children,omitempty"`
		Matrix   []float32      `json:"matrix,omitempty"`
		Extras   map[string]any `json:"extras,omitempty"`
	}
	gltfMesh struct {
		Name       string          `json:"name"`
		Primitives []gltfPrimitive `json:"primitives"`
	}
	gltfPrimitive struct {
		Attributes map[string]int `json:"attributes"`
		Indices    int            `json:"indices"`
		Material   int            `json:"material"`
		Mode       int            `json:"mode"`
	}
	gltfMaterial struct {
		Name        string  `json:"name"`
		PBR         gltfPBR `json:"pbrMetallicRoughness"`
		AlphaMode   string  `json:"alphaMode,omitempty"`
		DoubleSided bool    `json:"doubleSided,omitempty"`
	}
	gltfPBR struct {
		BaseColorFactor [4]float32 `json:"baseColorFactor"`
		MetallicFactor  float32    `json:"metallicFactor"`
		RoughnessFactor float32    `json:"roughnessFactor"`
	}
	gltfAccessor struct {
		BufferView    int       `json:"bufferView"`
		ComponentType int       `json:"componentType"`
		Count         int       `json:"count"`
		Type          string    `json:"type"`
		Min           []float32 `json:"min,omitempty"`
		Max           []float32 `json:"max,omitempty"`
	}
	gltfBufferView struct {
		Buffer     int `json:"buffer"`
		ByteOffset int `json:"byteOffset"`
		ByteLength int `json:"byteLength"`
		Target     int `json:"target"`
	}
	gltfBuffer struct {
		ByteLength int `json:"byteLength"`
	}
)

// mniToGLTF turns MNI millimetres into glTF's frame and unit: glTF is
// +Y up, +Z the asset's front and metres, so x' = −x/1000 (the patient's
// right is the asset's right, −X), y' = z/1000, z' = y/1000. It is a
// rotation (determinant +1), so the triangles keep their winding.
// Column-major, as glTF stores matrices.
var mniToGLTF = []float32{
	-0.001, 0, 0, 0,
	0, 0, 0.001, 0,
	0, 0.001, 0, 0,
	0, 0, 0, 1,
}

// WriteGLB writes the model as one glTF 2.0 binary file: one buffer; per
// mesh a node named by its ID (its readable name and group in extras), a
// mesh with POSITION, NORMAL and, when it has them, per-vertex COLOR_0,
// uint32 indices and a material of its own. The accessors hold MNI
// millimetres; a root node turns them into glTF's metres and Y-up, so that
// Blender shows the model upright at its true size. The attribution is
// the asset's copyright and extras.
func WriteGLB(w io.Writer, m *geom.Model, opt Options) error {
	ps, err := parts(m, opt)
	if err != nil {
		return err
	}
	gen := opt.Generator
	if gen == "" {
		gen = "Decussate"
	}
	doc := gltfDoc{
		Asset: gltfAsset{
			Version:   "2.0",
			Generator: gen,
			Copyright: "Derived from the Allen Human Reference Atlas 3D, 2020 (Allen Institute for Brain Science, CC BY 4.0, changed); " +
				"ICBM 2009b template Copyright (C) 1993-2004 Louis Collins, McConnell Brain Imaging Centre, Montreal Neurological Institute, McGill University",
			Extras: map[string]any{
				"attribution": credits.Data(),
				"coordinates": credits.Space + " in the accessors; the root node scales them to metres and turns them Y-up",
				"scale":       scaleName(opt.Proportions),
			},
		},
		Scenes:  []gltfScene{{Name: "Decussate", Nodes: []int{0}}},
		Nodes:   []gltfNode{{Name: "decussate", Matrix: mniToGLTF}},
		Buffers: []gltfBuffer{{}},
	}
	var bin bytes.Buffer
	view := func(data any, target int) int {
		off := bin.Len()
		binary.Write(&bin, binary.LittleEndian, data) // a bytes.Buffer takes every write
		doc.BufferViews = append(doc.BufferViews, gltfBufferView{ByteOffset: off, ByteLength: bin.Len() - off, Target: target})
		return len(doc.BufferViews) - 1
	}
	accessor := func(a gltfAccessor) int {
		doc.Accessors = append(doc.Accessors, a)
		return len(doc.Accessors) - 1
	}
	for i, p := range ps {
		attrs := map[string]int{
			"POSITION": accessor(vec3Accessor(view(p.positions, targetArray), p.positions)),
			"NORMAL":   accessor(vec3Accessor(view(p.normals, targetArray), p.normals)),
		}
		mat := gltfMaterial{Name: p.id, DoubleSided: p.shell,
			PBR: gltfPBR{BaseColorFactor: linear(p.color), MetallicFactor: 0, RoughnessFactor: 0.6}}
		translucent := p.color[3] < 1
		if p.colors != nil {
			cs := make([][4]float32, len(p.colors))
			for k, c := range p.colors {
				cs[k] = linear(c)
				translucent = translucent || c[3] < 1
			}
			attrs["COLOR_0"] = accessor(gltfAccessor{BufferView: view(cs, targetArray), ComponentType: compFloat, Count: len(cs), Type: "VEC4"})
			mat.PBR.BaseColorFactor = [4]float32{1, 1, 1, 1}
		}
		if translucent {
			mat.AlphaMode = "BLEND"
		}
		doc.Materials = append(doc.Materials, mat)
		idx := accessor(gltfAccessor{BufferView: view(p.indices, targetIndex), ComponentType: compUint32, Count: len(p.indices), Type: "SCALAR"})
		doc.Meshes = append(doc.Meshes, gltfMesh{Name: p.id, Primitives: []gltfPrimitive{{Attributes: attrs, Indices: idx, Material: i, Mode: modeTriangle}}})
		mesh := i
		doc.Nodes = append(doc.Nodes, gltfNode{Name: p.id, Mesh: &mesh, Extras: map[string]any{"name": p.name, "group": p.group}})
		doc.Nodes[0].Children = append(doc.Nodes[0].Children, len(doc.Nodes)-1)
	}
	doc.Buffers[0].ByteLength = bin.Len()
	js, err := json.Marshal(doc)
	if err != nil {
		return fmt.Errorf("writing the glTF JSON: %w", err)
	}
	return writeGLBContainer(w, js, bin.Bytes())
}

// writeGLBContainer writes the 12-byte header and the two chunks, each
// padded to 4 bytes (JSON with spaces, the buffer with zeros) as the
// container requires.
func writeGLBContainer(w io.Writer, js, bin []byte) error {
	js = pad(js, ' ')
	bin = pad(bin, 0)
	total := 12 + 8 + len(js) + 8 + len(bin)
	if uint64(total) > math.MaxUint32 {
		return fmt.Errorf("the model is %d bytes, more than a GLB file holds", total)
	}
	var head [20]byte
	binary.LittleEndian.PutUint32(head[0:], glbMagic)
	binary.LittleEndian.PutUint32(head[4:], glbVersion)
	binary.LittleEndian.PutUint32(head[8:], uint32(total))
	binary.LittleEndian.PutUint32(head[12:], uint32(len(js)))
	binary.LittleEndian.PutUint32(head[16:], chunkJSON)
	var binHead [8]byte
	binary.LittleEndian.PutUint32(binHead[0:], uint32(len(bin)))
	binary.LittleEndian.PutUint32(binHead[4:], chunkBIN)
	for _, b := range [][]byte{head[:], js, binHead[:], bin} {
		if _, err := w.Write(b); err != nil {
			return fmt.Errorf("writing the GLB: %w", err)
		}
	}
	return nil
}

// vec3Accessor describes a VEC3 float array with the bounds glTF requires
// of POSITION (and that viewers use to frame the model).
func vec3Accessor(view int, vs []mgl32.Vec3) gltfAccessor {
	lo := []float32{float32(math.Inf(1)), float32(math.Inf(1)), float32(math.Inf(1))}
	hi := []float32{float32(math.Inf(-1)), float32(math.Inf(-1)), float32(math.Inf(-1))}
	for _, v := range vs {
		for k := range 3 {
			lo[k] = min(lo[k], v[k])
			hi[k] = max(hi[k], v[k])
		}
	}
	return gltfAccessor{BufferView: view, ComponentType: compFloat, Count: len(vs), Type: "VEC3", Min: lo, Max: hi}
}

// linear turns a straight-alpha sRGB colour, as the explorer's palette
// holds them, into the linear one glTF's colours are.
func linear(c [4]float32) [4]float32 {
	for k := range 3 {
		x := float64(clamp01(c[k]))
		if x <= 0.04045 {
			x /= 12.92
		} else {
			x = math.Pow((x+0.055)/1.055, 2.4)
		}
		c[k] = float32(x)
	}
	c[3] = clamp01(c[3])
	return c
}

// pad returns b padded with fill to a multiple of 4 bytes.
func pad(b []byte, fill byte) []byte {
	for len(b)%4 != 0 {
		b = append(b, fill)
	}
	return b
}
