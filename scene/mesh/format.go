package mesh

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// The mesh file format (.mesh), version 2. All numbers are little-endian.
//
//	offset  size  field
//	0       4     magic "DCMS"
//	4       2     version, 2
//	6       2     flags: bit 0 set when per-vertex labels follow the positions
//	8       4     V, the number of vertices (3 ..= MaxVertices)
//	12      4     T, the number of triangles (1 ..= MaxTriangles)
//	16      12    origin: three float32, the millimetre position of q = 0
//	28      12    step: three float32, millimetres per quantum on x, y, z
//	40      6V    positions: three planes (every vertex's x, then y, then
//	              z), each vertex's quantum q as a uint16 difference from the
//	              previous vertex's on that axis (modulo 65536; the first
//	              from 0); position = origin + q*step
//	        V     labels (only with flag bit 0): one Label byte per vertex
//	        3T×w  triangles: three corners each, counter-clockwise seen from
//	              outside; w = 2 (uint16) when V <= 65536, else 4 (uint32)
//
// Vertices are numbered in the order the triangles first use them, so a
// corner is stored as a code c: the vertex is next − c, where next is one
// more than the highest vertex used so far (c = 0: a new vertex). Nothing
// may follow the triangles, and every vertex must be used.
//
// Encode quantises to QuantumMM on each axis over the mesh's bounding box;
// small differences and codes leave most high bytes zero, which the page's
// brotli compression then takes out.
const (
	magic       = "DCMS"
	version     = 2
	flagLabels  = 1
	headerBytes = 40
	// MaxVertices bounds the vertex count a file may declare, so that a
	// corrupt header cannot ask for gigabytes.
	MaxVertices = 1 << 20
	// MaxTriangles bounds the triangle count a file may declare.
	MaxTriangles = 1 << 21
	// QuantumMM is the grid Encode rounds positions to: 1/32 mm, a
	// sixteenth of the atlas's 0.5 mm voxels, so a mesh may span up to
	// 2 m.
	QuantumMM = 1.0 / 32
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
	for d := 0; d < 3; d++ {
		var q uint16
		for i := range m.Positions {
			q += le.Uint16(b[off:])
			m.Positions[i][d] = origin[d] + float32(q)*step[d]
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
	next := uint32(0)
	for t := range m.Triangles {
		for c := 0; c < 3; c++ {
			var code uint32
			if w == 2 {
				code = uint32(le.Uint16(b[off:]))
			} else {
				code = le.Uint32(b[off:])
			}
			off += w
			if code > next {
				return nil, formatErr("triangle %d corner %d: code %d reaches before vertex 0 (next vertex %d)", t, c, code, next)
			}
			idx := next - code
			if idx >= nv {
				return nil, formatErr("triangle %d corner %d: vertex index %d out of range (%d vertices)", t, c, idx, nv)
			}
			if idx == next {
				next++
			}
			m.Triangles[t][c] = idx
		}
		tr := m.Triangles[t]
		if tr[0] == tr[1] || tr[1] == tr[2] || tr[0] == tr[2] {
			return nil, formatErr("triangle %d repeats a vertex: %v", t, tr)
		}
	}
	if next != nv {
		return nil, formatErr("the triangles use %d of the %d vertices", next, nv)
	}
	return m, nil
}

func finite(f float32) bool { return !math.IsNaN(float64(f)) && !math.IsInf(float64(f), 0) }

// Encode writes m in the .mesh format: vertices renumbered in the order
// the triangles first use them (unused ones dropped), positions rounded to
// QuantumMM. The output depends only on m: the same mesh gives the same
// bytes, and a decoded file encodes to itself.
func Encode(m *Mesh) ([]byte, error) {
	if len(m.Positions) > MaxVertices || len(m.Triangles) < 1 || len(m.Triangles) > MaxTriangles {
		return nil, fmt.Errorf("mesh: encode: %d vertices and %d triangles out of range", len(m.Positions), len(m.Triangles))
	}
	if m.Labels != nil && len(m.Labels) != len(m.Positions) {
		return nil, fmt.Errorf("mesh: encode: %d labels for %d vertices", len(m.Labels), len(m.Positions))
	}
	number := make([]int32, len(m.Positions))
	for i := range number {
		number[i] = -1
	}
	var order []uint32
	for _, t := range m.Triangles {
		for _, idx := range t {
			if int(idx) >= len(m.Positions) {
				return nil, fmt.Errorf("mesh: encode: vertex index %d out of range", idx)
			}
			if number[idx] < 0 {
				number[idx] = int32(len(order))
				order = append(order, idx)
			}
		}
	}
	nv, nt := len(order), len(m.Triangles)
	if nv < 3 {
		return nil, fmt.Errorf("mesh: encode: %d vertices used", nv)
	}
	lo, hi := m.Positions[order[0]], m.Positions[order[0]]
	for _, i := range order {
		for d := 0; d < 3; d++ {
			lo[d] = min(lo[d], m.Positions[i][d])
			hi[d] = max(hi[d], m.Positions[i][d])
		}
	}
	for d := 0; d < 3; d++ {
		// The origin on the grid too, so that positions already on it
		// (as the mesh build leaves them) are stored exactly.
		lo[d] = float32(math.Floor(float64(lo[d])/QuantumMM) * QuantumMM)
		if !finite(lo[d]) || !finite(hi[d]) || float64(hi[d]-lo[d])/QuantumMM > 65535 {
			return nil, fmt.Errorf("mesh: encode: axis %d spans %v to %v mm, beyond %g mm", d, lo[d], hi[d], 65535*QuantumMM)
		}
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
		b = le.AppendUint32(b, math.Float32bits(QuantumMM))
	}
	for d := 0; d < 3; d++ {
		var prev uint16
		for _, i := range order {
			q := uint16(math.Round(float64(m.Positions[i][d]-lo[d]) / QuantumMM))
			b = le.AppendUint16(b, q-prev)
			prev = q
		}
	}
	if m.Labels != nil {
		for _, i := range order {
			b = append(b, byte(m.Labels[i]))
		}
	}
	next := int32(0)
	for _, t := range m.Triangles {
		for _, idx := range t {
			n := number[idx]
			code := uint32(next - n)
			if n == next {
				next++
			}
			if w == 2 {
				b = le.AppendUint16(b, uint16(code))
			} else {
				b = le.AppendUint32(b, code)
			}
		}
	}
	return b, nil
}
