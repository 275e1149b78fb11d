package modelfile_test

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/golden"
	"github.com/decussate/decussate/internal/modelfile"
	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// tinyModel is two small meshes: a coloured triangle below the foramen
// magnum (so teaching proportions move it) and a translucent shell square
// with one colour per vertex.
func tinyModel() *geom.Model {
	up := mgl32.Vec3{0, 0, 1}
	return &geom.Model{Meshes: []geom.Mesh{
		{
			ID: "cord", Name: "spinal cord", Group: "cord", Color: [4]float32{0.9, 0.5, 0.25, 1},
			Positions: []mgl32.Vec3{{0, -46, -80}, {2, -46, -80}, {0, -44, -90.5}},
			Normals:   []mgl32.Vec3{{1, 0, 0}, {1, 0, 0}, {2, 0, 0}},
			Indices:   []uint32{0, 1, 2},
		},
		{
			ID: "hemisphere.L", Name: "left cerebral hemisphere", Group: "hemisphere", Shell: true,
			Color:     [4]float32{0.86, 0.8, 0.78, 0.16},
			Colors:    [][4]float32{{1, 0, 0, 1}, {0, 1, 0, 1}, {0, 0, 1, 0.5}, {0.5, 0.5, 0.5, 1}},
			Positions: []mgl32.Vec3{{-38, -22, 58}, {-10, -22, 58}, {-10, 10, 58}, {-38, 10, 58}},
			Normals:   []mgl32.Vec3{up, up, up, up},
			Indices:   []uint32{0, 1, 2, 0, 2, 3},
		},
		{ID: "empty", Name: "nothing to draw", Positions: []mgl32.Vec3{{0, 0, 0}}, Normals: []mgl32.Vec3{up}},
	}}
}

// TestOBJGolden keeps the tiny model's OBJ text: the header with the
// attribution, one object per mesh, colours on the vertices.
func TestOBJGolden(t *testing.T) {
	var b bytes.Buffer
	if err := modelfile.WriteOBJ(&b, tinyModel(), modelfile.Options{Proportions: geom.TrueScale, Generator: "modelfile test"}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "tiny.obj")
	if golden.Updating() {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (UPDATE_GOLDEN=1 writes it)", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("OBJ differs from %s (UPDATE_GOLDEN=1 rewrites it):\n%s", path, got)
	}
}

// objFile is what a reader sees in an OBJ file.
type objFile struct {
	header  string
	objects []string
	// vertices per object, in file order
	counts   []int
	vertices []mgl32.Vec3
	colours  [][3]float32
	normals  int
	faces    [][3]int
}

// readOBJ parses the subset of OBJ that WriteOBJ writes, failing the test
// on anything malformed.
func readOBJ(t *testing.T, text []byte) objFile {
	t.Helper()
	var f objFile
	sc := bufio.NewScanner(bytes.NewReader(text))
	sc.Buffer(nil, 1<<20)
	num := func(s string) float32 {
		x, err := strconv.ParseFloat(s, 32)
		if err != nil {
			t.Fatalf("bad number %q: %v", s, err)
		}
		return float32(x)
	}
	for line := 1; sc.Scan(); line++ {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		switch fields[0] {
		case "#":
			if len(f.objects) == 0 {
				f.header += strings.TrimPrefix(sc.Text(), "#") + "\n"
			}
		case "o":
			if len(fields) != 2 {
				t.Fatalf("line %d: object line %q", line, sc.Text())
			}
			f.objects = append(f.objects, fields[1])
			f.counts = append(f.counts, 0)
		case "v":
			if len(fields) != 7 || len(f.objects) == 0 {
				t.Fatalf("line %d: vertex line %q (want x y z r g b inside an object)", line, sc.Text())
			}
			f.vertices = append(f.vertices, mgl32.Vec3{num(fields[1]), num(fields[2]), num(fields[3])})
			f.colours = append(f.colours, [3]float32{num(fields[4]), num(fields[5]), num(fields[6])})
			f.counts[len(f.counts)-1]++
		case "vn":
			if len(fields) != 4 {
				t.Fatalf("line %d: normal line %q", line, sc.Text())
			}
			n := mgl32.Vec3{num(fields[1]), num(fields[2]), num(fields[3])}
			if l := n.Len(); l < 0.999 || l > 1.001 {
				t.Fatalf("line %d: normal of length %g", line, l)
			}
			f.normals++
		case "f":
			if len(fields) != 4 {
				t.Fatalf("line %d: face line %q (want triangles)", line, sc.Text())
			}
			var tri [3]int
			for k, s := range fields[1:] {
				v, n, ok := strings.Cut(s, "//")
				if !ok || v != n {
					t.Fatalf("line %d: face vertex %q (want v//v)", line, s)
				}
				i, err := strconv.Atoi(v)
				if err != nil || i < 1 || i > len(f.vertices) {
					t.Fatalf("line %d: face vertex %q is not one of the %d vertices so far", line, s, len(f.vertices))
				}
				tri[k] = i
			}
			f.faces = append(f.faces, tri)
		default:
			t.Fatalf("line %d: unexpected %q", line, sc.Text())
		}
	}
	return f
}

// TestOBJReadsBack writes the explorer's model and reads it back: the
// objects are the meshes by ID, with every vertex, in the model's
// millimetres, with the attribution in the header.
func TestOBJReadsBack(t *testing.T) {
	model, err := geom.Build(testatlas.Atlas(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		p    geom.Proportions
	}{{"true scale", geom.TrueScale}, {"teaching", geom.Teaching}} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := modelfile.WriteOBJ(&b, model, modelfile.Options{Proportions: tc.p}); err != nil {
				t.Fatal(err)
			}
			f := readOBJ(t, b.Bytes())
			for _, want := range []string{"Allen Human Reference Atlas 3D, 2020", "CC BY 4.0", "changed", "Louis Collins", "MNI ICBM152 2009 millimetres"} {
				if !strings.Contains(strings.Join(strings.Fields(f.header), " "), want) {
					t.Errorf("the header does not say %q:\n%s", want, f.header)
				}
			}
			var ids []string
			var lo, hi mgl32.Vec3
			first := true
			total, tris := 0, 0
			for _, m := range model.Meshes {
				if len(m.Indices) == 0 {
					continue
				}
				ids = append(ids, m.ID)
				total += len(m.Positions)
				tris += len(m.Indices) / 3
				for _, v := range m.Positions {
					v = tc.p.Warp(v)
					if first {
						lo, hi, first = v, v, false
					}
					for k := range 3 {
						lo[k], hi[k] = min(lo[k], v[k]), max(hi[k], v[k])
					}
				}
			}
			if strings.Join(f.objects, " ") != strings.Join(ids, " ") {
				t.Errorf("objects %v, want the mesh IDs %v", f.objects, ids)
			}
			if len(f.vertices) != total || f.normals != total || len(f.faces) != tris {
				t.Errorf("%d vertices, %d normals, %d faces; want %d, %d, %d", len(f.vertices), f.normals, len(f.faces), total, total, tris)
			}
			glo, ghi := f.vertices[0], f.vertices[0]
			for _, v := range f.vertices {
				for k := range 3 {
					glo[k], ghi[k] = min(glo[k], v[k]), max(ghi[k], v[k])
				}
			}
			if !glo.ApproxEqualThreshold(lo, 1e-3) || !ghi.ApproxEqualThreshold(hi, 1e-3) {
				t.Errorf("bounds %v..%v mm, want the model's %v..%v", glo, ghi, lo, hi)
			}
		})
	}
}

// TestRefusesBadModels: what no file can hold is an error naming the mesh,
// never a panic or a broken file.
func TestRefusesBadModels(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(m *geom.Model)
		want string
	}{
		{"nil", nil, "no model"},
		{"no triangles", func(m *geom.Model) { m.Meshes = m.Meshes[2:] }, "no triangles"},
		{"index past the vertices", func(m *geom.Model) { m.Meshes[0].Indices[2] = 3 }, "mesh cord: index 3"},
		{"normals missing", func(m *geom.Model) { m.Meshes[1].Normals = m.Meshes[1].Normals[:2] }, "mesh hemisphere.L: 2 normals for 4 positions"},
		{"colours missing", func(m *geom.Model) { m.Meshes[1].Colors = m.Meshes[1].Colors[:1] }, "1 colours for 4 positions"},
		{"half a triangle", func(m *geom.Model) { m.Meshes[0].Indices = append(m.Meshes[0].Indices, 0) }, "not whole triangles"},
		{"not a number", func(m *geom.Model) { m.Meshes[0].Positions[1][2] = float32(nan()) }, "vertex 1 is not a finite point"},
		{"no ID", func(m *geom.Model) { m.Meshes[0].ID = " " }, "no ID"},
		{"same ID twice", func(m *geom.Model) { m.Meshes[1].ID = "cord" }, "two meshes are named cord"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var m *geom.Model
			if tc.edit != nil {
				m = tinyModel()
				tc.edit(m)
			}
			for name, write := range map[string]func(*bytes.Buffer) error{
				"OBJ": func(b *bytes.Buffer) error { return modelfile.WriteOBJ(b, m, modelfile.Options{}) },
				"GLB": func(b *bytes.Buffer) error { return modelfile.WriteGLB(b, m, modelfile.Options{}) },
			} {
				var b bytes.Buffer
				err := write(&b)
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("%s: error %v, want one saying %q", name, err, tc.want)
				}
				if b.Len() != 0 {
					t.Errorf("%s: wrote %d bytes before failing", name, b.Len())
				}
			}
		})
	}
}

func nan() float64 { z := 0.0; return z / z }
