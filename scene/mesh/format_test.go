package mesh

import (
	"encoding/binary"
	"errors"
	"strings"
	"testing"
)

// tetra is the smallest closed mesh: a tetrahedron facing outward.
func tetra() *Mesh {
	return &Mesh{
		Positions: [][3]float32{{0, 0, 0}, {10, 0, 0}, {0, 10, 0}, {0, 0, 10}},
		Labels:    []Label{OtherCortex, Precentral, Paracentral, Postcentral},
		Triangles: [][3]uint32{{0, 2, 1}, {0, 1, 3}, {0, 3, 2}, {1, 2, 3}},
	}
}

func TestRoundTrip(t *testing.T) {
	m := tetra()
	b, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	// Vertices are renumbered by first use: compare corner by corner.
	if len(got.Triangles) != len(m.Triangles) || len(got.Positions) != len(m.Positions) {
		t.Fatalf("%d triangles and %d vertices back, want %d and %d", len(got.Triangles), len(got.Positions), len(m.Triangles), len(m.Positions))
	}
	for i, tr := range m.Triangles {
		for c, idx := range tr {
			p, q := m.Positions[idx], got.Positions[got.Triangles[i][c]]
			for d := 0; d < 3; d++ {
				if diff := q[d] - p[d]; diff > QuantumMM/2 || diff < -QuantumMM/2 {
					t.Errorf("triangle %d corner %d at %v, want %v", i, c, q, p)
				}
			}
			if got.Labels[got.Triangles[i][c]] != m.Labels[idx] {
				t.Errorf("triangle %d corner %d labelled %s, want %s", i, c, got.Labels[got.Triangles[i][c]], m.Labels[idx])
			}
		}
	}
	again, _ := Encode(got)
	if string(again) != string(b) {
		t.Error("re-encoding the decoded mesh changed its bytes")
	}
	if err := CheckClosed(got); err != nil {
		t.Error(err)
	}
}

func TestDecodeErrors(t *testing.T) {
	good, err := Encode(tetra())
	if err != nil {
		t.Fatal(err)
	}
	edit := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	labelsAt := headerBytes + 6*4
	trisAt := labelsAt + 4
	for _, c := range []struct {
		name, want string
		b          []byte
	}{
		{"empty", "shorter than the 40-byte header", nil},
		{"truncated header", "shorter than the 40-byte header", good[:20]},
		{"bad magic", "magic", edit(func(b []byte) []byte { b[0] = 'X'; return b })},
		{"bad version", "version 1", edit(func(b []byte) []byte { b[4] = 1; return b })},
		{"unknown flags", "unknown flags", edit(func(b []byte) []byte { b[6] = 6; return b })},
		{"too many vertices", "vertices, want", edit(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[8:], MaxVertices+1); return b })},
		{"no triangles", "0 triangles", edit(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[12:], 0); return b })},
		{"truncated body", "truncated or trailing", good[:len(good)-1]},
		{"trailing bytes", "truncated or trailing", append(append([]byte(nil), good...), 0)},
		{"NaN step", "not finite", edit(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[28:], 0x7fc00000); return b })},
		{"bad label", "label 9", edit(func(b []byte) []byte { b[labelsAt+1] = 9; return b })},
		{"corner before vertex 0", "reaches before vertex 0", edit(func(b []byte) []byte { binary.LittleEndian.PutUint16(b[trisAt+2:], 4); return b })},
		{"degenerate triangle", "repeats a vertex", edit(func(b []byte) []byte { binary.LittleEndian.PutUint16(b[trisAt+2:], 1); return b })},
		{"index out of range", "out of range", func() []byte {
			// A fifth new vertex in the last triangle, of four.
			b := append([]byte(nil), good...)
			binary.LittleEndian.PutUint16(b[len(b)-2:], 0)
			binary.LittleEndian.PutUint16(b[len(b)-4:], 1)
			binary.LittleEndian.PutUint16(b[len(b)-6:], 2)
			return b
		}()},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := Decode(c.b)
			if err == nil {
				t.Fatalf("decoded %d vertices, want an error", len(m.Positions))
			}
			if !errors.Is(err, ErrFormat) {
				t.Errorf("%v does not wrap ErrFormat", err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q does not say %q", err, c.want)
			}
		})
	}
}

func TestMirrored(t *testing.T) {
	m := tetra()
	r := m.Mirrored()
	if r.Positions[1] != [3]float32{-10, 0, 0} {
		t.Errorf("mirrored vertex 1 at %v", r.Positions[1])
	}
	if err := CheckClosed(r); err != nil {
		t.Errorf("the mirror is not closed and outward: %v", err)
	}
	if a, b := m.SignedVolume(), r.SignedVolume(); a != b {
		t.Errorf("volumes %v and %v differ", a, b)
	}
	if m.Positions[1][0] != 10 {
		t.Error("mirroring changed the original")
	}
}

func TestCheckClosedFinds(t *testing.T) {
	for _, c := range []struct {
		name, want string
		edit       func(m *Mesh)
	}{
		{"hole", "hole", func(m *Mesh) { m.Triangles = m.Triangles[:3] }},
		{"flipped face", "same direction", func(m *Mesh) { t := &m.Triangles[3]; t[1], t[2] = t[2], t[1] }},
		{"inside out", "not positive", func(m *Mesh) {
			for i := range m.Triangles {
				t := &m.Triangles[i]
				t[1], t[2] = t[2], t[1]
			}
		}},
		{"repeated vertex", "repeats", func(m *Mesh) { m.Triangles[0][1] = 0 }},
	} {
		m := tetra()
		c.edit(m)
		err := CheckClosed(m)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error saying %q", c.name, err, c.want)
		}
	}
}

// FuzzDecode: no input makes Decode panic, and whatever it accepts has its
// indices in range.
func FuzzDecode(f *testing.F) {
	good, _ := Encode(tetra())
	f.Add(good)
	f.Add(good[:41])
	f.Add([]byte("DCMS"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(b)
		if err != nil {
			return
		}
		for _, tr := range m.Triangles {
			for _, i := range tr {
				if int(i) >= len(m.Positions) {
					t.Fatalf("index %d of %d vertices accepted", i, len(m.Positions))
				}
			}
		}
		_ = CheckClosed(m)
	})
}
