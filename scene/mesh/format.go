package mesh

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// The mesh file format (.mesh), version 1. All numbers are little-endian.
//
//	offset  size  field
//	0       4     magic "DCMS"
//	4       2     version, 1
//	6       2     flags: bit 0 set when per-vertex labels follow the positions
//	8       4     V, the number of vertices (1 ..= MaxVertices)
//	12      4     T, the number of triangles (1 ..= MaxTriangles)
//	16      12    origin: three float32, the millimetre position of q = 0
//	28      12    step: three float32, millimetres per quantum on x, y, z
//	40      6V    positions: per vertex three uint16 q; position = origin + q*step
//	        V     labels (only with flag bit 0): one Label byte per vertex
//	        3T×w  triangles: three vertex indices each, counter-clockwise seen
//	              from outside; w = 2 (uint16) when V <= 65536, else 4 (uint32)
//
// Nothing may follow the triangles. Positions are quantised to 16 bits over
// the mesh's bounding box, so the error is under 0.002 mm for a 100 mm
// structure: far below the 0.5 mm voxels the meshes come from.
const (
	magic       = "DCMS"
	version     = 1
	flagLabels  = 1
	headerBytes = 40
	// MaxVertices bounds the vertex count a file may declare, so that a
	// corrupt header cannot ask for gigabytes.
	MaxVertices = 1 << 20
	// MaxTriangles bounds the triangle count a file may declare.
	MaxTriangles = 1 << 21
)

// ErrFormat is wrapped by every error Decode returns for a malformed file.
var ErrFormat = errors.New("mesh: malformed file")

func formatErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrFormat, fmt.Sprintf(format, args...))
}

// Decode reads a mesh in the .mesh format. A truncated file, a bad magic or
// version, counts out of range, trailing bytes, a vertex index out of range
// or a triangle that repeats a vertex are errors wrapping ErrFormat.
func Decode(b []byte) (*Mesh, error) {
	if len(b) < headerBytes {
		return nil, formatErr("%d bytes, shorter than the %d-byte header", len(b), headerBytes)
	}
	if string(b[0:4]) != magic {
		return nil, formatErr("magic %q, want %q", b[0:4], magic)
	}
	le := binary.LittleEndian
	if v := le.Uint16(b[4:]); v != version {
		return nil, formatErr("version %d, want %d", v, version)
	}
	flags := le.Uint16(b[6:])
	if flags&^flagLabels != 0 {
		return nil, formatErr("unknown flags %#x", flags)
	}
	nv, nt := le.Uint32(b[8:]), le.Uint32(b[12:])
	if nv < 3 || nv > MaxVertices {
		return nil, formatErr("%d vertices, want 3 ..= %d", nv, MaxVertices)
	}
	if nt < 1 || nt > MaxTriangles {
		return nil, formatErr("%d triangles, want 1 ..= %d", nt, MaxTriangles)
	}
	var origin, step [3]float32
	for d := 0; d < 3; d++ {
		origin[d] = math.Float32frombits(le.Uint32(b[16+4*d:]))
		step[d] = math.Float32frombits(le.Uint32(b[28+4*d:]))
		if !finite(origin[d]) || !finite(step[d]) || step[d] < 0 {
			return nil, formatErr("origin %v or step %v not finite and non-negative", origin, step)
		}
	}
	w := 2
	if nv > 1<<16 {
		w = 4
	}
	want := headerBytes + 6*int(nv) + 3*w*int(nt)
	if flags&flagLabels != 0 {
		want += int(nv)
	}
	if len(b) != want {
		return nil, formatErr("%d bytes, want %d for %d vertices and %d triangles (truncated or trailing data)", len(b), want, nv, nt)
	}
	m := &Mesh{Positions: make([][3]float32, nv), Triangles: make([][3]uint32, nt)}
	off := headerBytes
	for i := range m.Positions {
		for d := 0; d < 3; d++ {
			m.Positions[i][d] = origin[d] + float32(le.Uint16(b[off:]))*step[d]
			off += 2
		}
	}
	if flags&flagLabels != 0 {
		m.Labels = make([]Label, nv)
		for i := range m.Labels {
			l := Label(b[off])
			if l >= labelCount {
				return nil, formatErr("vertex %d has label %d, want < %d", i, l, labelCount)
			}
			m.Labels[i] = l
			off++
		}
	}
	for t := range m.Triangles {
		for c := 0; c < 3; c++ {
			var idx uint32
			if w == 2 {
				idx = uint32(le.Uint16(b[off:]))
			} else {
				idx = le.Uint32(b[off:])
			}
			off += w
			if idx >= nv {
				return nil, formatErr("triangle %d corner %d: vertex index %d out of range (%d vertices)", t, c, idx, nv)
			}
			m.Triangles[t][c] = idx
		}
		tr := m.Triangles[t]
		if tr[0] == tr[1] || tr[1] == tr[2] || tr[0] == tr[2] {
			return nil, formatErr("triangle %d repeats a vertex: %v", t, tr)
		}
	}
	return m, nil
}

func finite(f float32) bool { return !math.IsNaN(float64(f)) && !math.IsInf(float64(f), 0) }

// Encode writes m in the .mesh format, quantising positions to 16 bits over
// its bounding box. The output depends only on m: the same mesh gives the
// same bytes.
func Encode(m *Mesh) ([]byte, error) {
	nv, nt := len(m.Positions), len(m.Triangles)
	if nv < 3 || nv > MaxVertices || nt < 1 || nt > MaxTriangles {
		return nil, fmt.Errorf("mesh: encode: %d vertices and %d triangles out of range", nv, nt)
	}
	if m.Labels != nil && len(m.Labels) != nv {
		return nil, fmt.Errorf("mesh: encode: %d labels for %d vertices", len(m.Labels), nv)
	}
	lo, hi := m.Bounds()
	var step [3]float32
	for d := 0; d < 3; d++ {
		step[d] = (hi[d] - lo[d]) / 65535
	}
	w := 2
	if nv > 1<<16 {
		w = 4
	}
	size := headerBytes + 6*nv + 3*w*nt
	var flags uint16
	if m.Labels != nil {
		flags |= flagLabels
		size += nv
	}
	b := make([]byte, 0, size)
	le := binary.LittleEndian
	b = append(b, magic...)
	b = le.AppendUint16(b, version)
	b = le.AppendUint16(b, flags)
	b = le.AppendUint32(b, uint32(nv))
	b = le.AppendUint32(b, uint32(nt))
	for d := 0; d < 3; d++ {
		b = le.AppendUint32(b, math.Float32bits(lo[d]))
	}
	for d := 0; d < 3; d++ {
		b = le.AppendUint32(b, math.Float32bits(step[d]))
	}
	for _, p := range m.Positions {
		for d := 0; d < 3; d++ {
			q := 0.0
			if step[d] > 0 {
				q = math.Round(float64(p[d]-lo[d]) / float64(step[d]))
			}
			b = le.AppendUint16(b, uint16(min(max(q, 0), 65535)))
		}
	}
	for _, l := range m.Labels {
		b = append(b, byte(l))
	}
	for _, t := range m.Triangles {
		for _, idx := range t {
			if int(idx) >= nv {
				return nil, fmt.Errorf("mesh: encode: vertex index %d out of range", idx)
			}
			if w == 2 {
				b = le.AppendUint16(b, uint16(idx))
			} else {
				b = le.AppendUint32(b, idx)
			}
		}
	}
	return b, nil
}
