package modelfile_test

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/modelfile"
	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/geom"
)

// glbDoc is the part of a glTF document the checks read.
type glbDoc struct {
	Asset struct {
		Version   string         `json:"version"`
		Copyright string         `json:"copyright"`
		Extras    map[string]any `json:"extras"`
	} `json:"asset"`
	Scene  *int `json:"scene"`
	Scenes []struct {
		Nodes []int `json:"nodes"`
	} `json:"scenes"`
	Nodes []struct {
		Name     string    `json:"name"`
		Mesh     *int      `json:"mesh"`
		Children []int     `json:"children"`
		Matrix   []float64 `json:"matrix"`
	} `json:"nodes"`
	Meshes []struct {
		Name       string `json:"name"`
		Primitives []struct {
			Attributes map[string]int `json:"attributes"`
			Indices    *int           `json:"indices"`
			Material   *int           `json:"material"`
			Mode       int            `json:"mode"`
		} `json:"primitives"`
	} `json:"meshes"`
	Materials []struct {
		Name      string `json:"name"`
		AlphaMode string `json:"alphaMode"`
		PBR       struct {
			BaseColorFactor []float64 `json:"baseColorFactor"`
		} `json:"pbrMetallicRoughness"`
	} `json:"materials"`
	Accessors []struct {
		BufferView    int       `json:"bufferView"`
		ByteOffset    int       `json:"byteOffset"`
		ComponentType int       `json:"componentType"`
		Count         int       `json:"count"`
		Type          string    `json:"type"`
		Min           []float32 `json:"min"`
		Max           []float32 `json:"max"`
	} `json:"accessors"`
	BufferViews []struct {
		Buffer     int `json:"buffer"`
		ByteOffset int `json:"byteOffset"`
		ByteLength int `json:"byteLength"`
		Target     int `json:"target"`
	} `json:"bufferViews"`
	Buffers []struct {
		ByteLength int    `json:"byteLength"`
		URI        string `json:"uri"`
	} `json:"buffers"`
}

// readGLB checks the binary container and returns its JSON and buffer.
func readGLB(t *testing.T, b []byte) (glbDoc, []byte) {
	t.Helper()
	le := binary.LittleEndian
	if len(b) < 28 {
		t.Fatalf("%d bytes: too short for a GLB", len(b))
	}
	if magic := le.Uint32(b); magic != 0x46546C67 {
		t.Fatalf("magic %#x, want glTF", magic)
	}
	if v := le.Uint32(b[4:]); v != 2 {
		t.Fatalf("version %d, want 2", v)
	}
	if n := le.Uint32(b[8:]); int(n) != len(b) {
		t.Fatalf("header says %d bytes, file has %d", n, len(b))
	}
	jsonLen, jsonType := int(le.Uint32(b[12:])), le.Uint32(b[16:])
	if jsonType != 0x4E4F534A || jsonLen%4 != 0 || 20+jsonLen+8 > len(b) {
		t.Fatalf("first chunk: type %#x, %d bytes (want JSON, a multiple of 4, inside the file)", jsonType, jsonLen)
	}
	js := b[20 : 20+jsonLen]
	rest := b[20+jsonLen:]
	binLen, binType := int(le.Uint32(rest)), le.Uint32(rest[4:])
	if binType != 0x004E4942 || binLen%4 != 0 || 8+binLen != len(rest) {
		t.Fatalf("second chunk: type %#x, %d bytes of %d left (want BIN, a multiple of 4, ending the file)", binType, binLen, len(rest)-8)
	}
	var doc glbDoc
	dec := json.NewDecoder(bytes.NewReader(js))
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("the JSON chunk: %v", err)
	}
	return doc, rest[8:]
}

// TestGLBIsValid writes the explorer's model and checks it as a glTF
// validator would for what the writer uses: one buffer the size of the
// BIN chunk, views inside it and aligned, accessors inside their views,
// POSITION and NORMAL with their true bounds, unit normals, uint32
// indices within the vertices, a named node per mesh, a material each,
// the attribution in the asset.
func TestGLBIsValid(t *testing.T) {
	model, err := geom.Build(testatlas.Atlas(t))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := modelfile.WriteGLB(&b, model, modelfile.Options{Proportions: geom.TrueScale}); err != nil {
		t.Fatal(err)
	}
	doc, bin := readGLB(t, b.Bytes())
	if doc.Asset.Version != "2.0" {
		t.Errorf("asset version %q", doc.Asset.Version)
	}
	for _, want := range []string{"Allen Human Reference Atlas 3D, 2020", "CC BY 4.0", "changed", "Louis Collins"} {
		if !strings.Contains(doc.Asset.Copyright, want) {
			t.Errorf("copyright %q does not say %q", doc.Asset.Copyright, want)
		}
	}
	if attr, _ := json.Marshal(doc.Asset.Extras["attribution"]); !strings.Contains(string(attr), "Permission to use, copy, modify") {
		t.Errorf("extras.attribution lacks the ICBM notice: %s", attr)
	}
	if len(doc.Buffers) != 1 || doc.Buffers[0].URI != "" || doc.Buffers[0].ByteLength > len(bin) || len(bin)-doc.Buffers[0].ByteLength > 3 {
		t.Fatalf("buffers %+v for a BIN chunk of %d bytes", doc.Buffers, len(bin))
	}
	for i, v := range doc.BufferViews {
		if v.Buffer != 0 || v.ByteOffset < 0 || v.ByteOffset%4 != 0 || v.ByteOffset+v.ByteLength > doc.Buffers[0].ByteLength {
			t.Errorf("bufferView %d %+v is not an aligned range of the buffer", i, v)
		}
	}
	sizes := map[string]int{"SCALAR": 1, "VEC3": 3, "VEC4": 4}
	floats := func(a int) []float32 {
		acc := doc.Accessors[a]
		v := doc.BufferViews[acc.BufferView]
		n := acc.Count * sizes[acc.Type]
		if acc.ComponentType != 5126 || 4*n > v.ByteLength-acc.ByteOffset {
			t.Fatalf("accessor %d %+v: not %d floats inside its view of %d bytes", a, acc, n, v.ByteLength)
		}
		out := make([]float32, n)
		for i := range out {
			out[i] = math.Float32frombits(binary.LittleEndian.Uint32(bin[v.ByteOffset+acc.ByteOffset+4*i:]))
		}
		return out
	}

	var ids []string
	for _, m := range model.Meshes {
		if len(m.Indices) > 0 {
			ids = append(ids, m.ID)
		}
	}
	if doc.Scene == nil || len(doc.Scenes) != 1 || len(doc.Scenes[0].Nodes) != 1 {
		t.Fatalf("scene %v, scenes %+v: want one scene with the root node", doc.Scene, doc.Scenes)
	}
	root := doc.Nodes[doc.Scenes[0].Nodes[0]]
	if len(root.Children) != len(ids) || len(doc.Meshes) != len(ids) || len(doc.Materials) != len(ids) {
		t.Fatalf("%d children, %d meshes, %d materials for %d meshes", len(root.Children), len(doc.Meshes), len(doc.Materials), len(ids))
	}
	for i, c := range root.Children {
		node := doc.Nodes[c]
		if node.Name != ids[i] || node.Mesh == nil || doc.Meshes[*node.Mesh].Name != ids[i] {
			t.Errorf("node %d is %q (mesh %v), want %q", c, node.Name, node.Mesh, ids[i])
			continue
		}
		mesh := model.Mesh(ids[i])
		prims := doc.Meshes[*node.Mesh].Primitives
		if len(prims) != 1 || prims[0].Indices == nil || prims[0].Material == nil || prims[0].Mode != 4 {
			t.Errorf("%s: primitives %+v, want one indexed triangle list with a material", ids[i], prims)
			continue
		}
		p := prims[0]
		pos, nrm := floats(p.Attributes["POSITION"]), floats(p.Attributes["NORMAL"])
		if len(pos) != 3*len(mesh.Positions) || len(nrm) != len(pos) {
			t.Errorf("%s: %d position and %d normal floats for %d vertices", ids[i], len(pos), len(nrm), len(mesh.Positions))
			continue
		}
		for _, attr := range []string{"POSITION", "NORMAL"} {
			a := doc.Accessors[p.Attributes[attr]]
			vs := floats(p.Attributes[attr])
			lo := []float32{vs[0], vs[1], vs[2]}
			hi := []float32{vs[0], vs[1], vs[2]}
			for k, x := range vs {
				lo[k%3], hi[k%3] = min(lo[k%3], x), max(hi[k%3], x)
			}
			if !equal(a.Min, lo) || !equal(a.Max, hi) {
				t.Errorf("%s %s: min %v max %v, the data's are %v %v", ids[i], attr, a.Min, a.Max, lo, hi)
			}
		}
		for k := 0; k < len(pos); k += 3 {
			if pos[k] != mesh.Positions[k/3][0] || pos[k+1] != mesh.Positions[k/3][1] || pos[k+2] != mesh.Positions[k/3][2] {
				t.Fatalf("%s vertex %d is %v, the model's %v mm", ids[i], k/3, pos[k:k+3], mesh.Positions[k/3])
			}
			if l := math.Sqrt(float64(nrm[k]*nrm[k] + nrm[k+1]*nrm[k+1] + nrm[k+2]*nrm[k+2])); math.Abs(l-1) > 1e-3 {
				t.Fatalf("%s normal %d has length %g", ids[i], k/3, l)
			}
		}
		if c, ok := p.Attributes["COLOR_0"]; ok {
			if n := len(floats(c)); n != 4*len(mesh.Positions) {
				t.Errorf("%s: %d colour floats for %d vertices", ids[i], n, len(mesh.Positions))
			}
		}
		ia := doc.Accessors[*p.Indices]
		v := doc.BufferViews[ia.BufferView]
		if ia.ComponentType != 5125 || ia.Type != "SCALAR" || ia.Count != len(mesh.Indices) || 4*ia.Count > v.ByteLength || v.Target != 34963 {
			t.Errorf("%s: indices %+v in view %+v, want %d uint32", ids[i], ia, v, len(mesh.Indices))
			continue
		}
		for k := range ia.Count {
			if idx := binary.LittleEndian.Uint32(bin[v.ByteOffset+4*k:]); int(idx) >= len(mesh.Positions) {
				t.Fatalf("%s: index %d is %d, past the %d vertices", ids[i], k, idx, len(mesh.Positions))
			}
		}
	}
}

// TestGLBLooks: the glass look keeps the translucent parts blended, the
// opaque one (for a print) has none; teaching proportions shorten the cord.
func TestGLBLooks(t *testing.T) {
	write := func(opt modelfile.Options) glbDoc {
		var b bytes.Buffer
		if err := modelfile.WriteGLB(&b, tinyModel(), opt); err != nil {
			t.Fatal(err)
		}
		doc, _ := readGLB(t, b.Bytes())
		return doc
	}
	blended := func(doc glbDoc) (n int) {
		for _, m := range doc.Materials {
			if m.AlphaMode == "BLEND" {
				n++
			}
		}
		return n
	}
	if n := blended(write(modelfile.Options{})); n != 1 {
		t.Errorf("glass: %d blended materials, want 1 (the shell)", n)
	}
	if n := blended(write(modelfile.Options{Opaque: true})); n != 0 {
		t.Errorf("opaque: %d blended materials, want none", n)
	}
	low := func(doc glbDoc) float32 {
		return doc.Accessors[doc.Meshes[0].Primitives[0].Attributes["POSITION"]].Min[2]
	}
	if ts, tp := low(write(modelfile.Options{Proportions: geom.TrueScale})), low(write(modelfile.Options{Proportions: geom.Teaching})); ts != -90.5 || tp <= ts {
		t.Errorf("the cord's lowest z: true scale %g (want -90.5), teaching %g (want higher)", ts, tp)
	}
}

func equal(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
