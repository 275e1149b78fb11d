// Package nifti reads the NIfTI-1 label volumes the mesh build starts from:
// a single-file .nii (optionally gzip-compressed) holding one 3D volume of
// unsigned 8-bit labels, with the affine that maps voxel indices to
// scanner (here MNI) millimetres.
package nifti

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// headerSize is the fixed size of a NIfTI-1 header.
const headerSize = 348

// DataType codes of the NIfTI-1 standard that this reader accepts.
const (
	typeUint8 = 2
)

// Volume is a 3D label volume and the affine that places it in
// millimetres. Voxel (i, j, k) is Labels[i + Dim[0]*(j + Dim[1]*k)].
type Volume struct {
	// Dim is the number of voxels along i, j, k.
	Dim [3]int
	// Affine maps (i, j, k, 1) to (x, y, z) millimetres: row r is
	// x_r = A[r][0]*i + A[r][1]*j + A[r][2]*k + A[r][3].
	Affine [3][4]float64
	// Labels holds one label per voxel, i fastest.
	Labels []uint8
}

// Index returns the position of voxel (i, j, k) in Labels.
func (v *Volume) Index(i, j, k int) int { return i + v.Dim[0]*(j+v.Dim[1]*k) }

// At returns the label of voxel (i, j, k), or 0 outside the volume.
func (v *Volume) At(i, j, k int) uint8 {
	if i < 0 || j < 0 || k < 0 || i >= v.Dim[0] || j >= v.Dim[1] || k >= v.Dim[2] {
		return 0
	}
	return v.Labels[v.Index(i, j, k)]
}

// ToMM returns the millimetre position of the centre of voxel (i, j, k)
// (fractional indices allowed).
func (v *Volume) ToMM(i, j, k float64) [3]float64 {
	var p [3]float64
	for r := 0; r < 3; r++ {
		// The conversions forbid fused multiply-adds, so every CPU rounds
		// alike and the mesh build stays bit-for-bit reproducible.
		p[r] = float64(v.Affine[r][0]*i) + float64(v.Affine[r][1]*j) + float64(v.Affine[r][2]*k) + v.Affine[r][3]
	}
	return p
}

// ToVoxel returns the fractional voxel indices of the millimetre position
// p. It fails when the affine is singular.
func (v *Volume) ToVoxel(p [3]float64) ([3]float64, error) {
	a := v.Affine
	m := [3][3]float64{{a[0][0], a[0][1], a[0][2]}, {a[1][0], a[1][1], a[1][2]}, {a[2][0], a[2][1], a[2][2]}}
	det := det3(m)
	if det == 0 {
		return [3]float64{}, errors.New("nifti: the affine is singular")
	}
	b := [3]float64{p[0] - a[0][3], p[1] - a[1][3], p[2] - a[2][3]}
	// Cramer's rule: small and exact enough for a 3x3.
	var out [3]float64
	for c := 0; c < 3; c++ {
		mc := m
		for r := 0; r < 3; r++ {
			mc[r][c] = b[r]
		}
		out[c] = det3(mc) / det
	}
	return out, nil
}

// det3 is a 3×3 determinant without fused multiply-adds (see ToMM).
func det3(m [3][3]float64) float64 {
	return float64(m[0][0]*(float64(m[1][1]*m[2][2])-float64(m[1][2]*m[2][1]))) -
		float64(m[0][1]*(float64(m[1][0]*m[2][2])-float64(m[1][2]*m[2][0]))) +
		float64(m[0][2]*(float64(m[1][0]*m[2][1])-float64(m[1][1]*m[2][0])))
}

// LabelAtMM returns the label of the voxel nearest the millimetre position
// p, or 0 outside the volume.
func (v *Volume) LabelAtMM(p [3]float64) uint8 {
	ijk, err := v.ToVoxel(p)
	if err != nil {
		return 0
	}
	return v.At(int(math.Round(ijk[0])), int(math.Round(ijk[1])), int(math.Round(ijk[2])))
}

// Read decodes a NIfTI-1 single-file volume from r; gzip compression is
// detected from its magic bytes. Only 3D uint8 volumes are accepted.
func Read(r io.Reader) (*Volume, error) {
	br := bufio.NewReader(r)
	if magic, err := br.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("nifti: gzip: %w", err)
		}
		defer zr.Close()
		return decode(zr)
	}
	return decode(br)
}

func decode(r io.Reader) (*Volume, error) {
	var h [headerSize]byte
	if _, err := io.ReadFull(r, h[:]); err != nil {
		return nil, fmt.Errorf("nifti: reading the %d-byte header: %w", headerSize, err)
	}
	var bo binary.ByteOrder = binary.LittleEndian
	if bo.Uint32(h[0:]) != headerSize {
		bo = binary.BigEndian
		if bo.Uint32(h[0:]) != headerSize {
			return nil, errors.New("nifti: sizeof_hdr is not 348: not a NIfTI-1 file")
		}
	}
	if m := string(h[344:348]); m != "n+1\x00" {
		return nil, fmt.Errorf("nifti: magic %q, want \"n+1\" (single-file NIfTI-1)", m)
	}
	i16 := func(off int) int { return int(int16(bo.Uint16(h[off:]))) }
	f32 := func(off int) float64 { return float64(math.Float32frombits(bo.Uint32(h[off:]))) }
	ndim := i16(40)
	if ndim < 3 || ndim > 7 {
		return nil, fmt.Errorf("nifti: %d dimensions, want a 3D volume", ndim)
	}
	v := &Volume{}
	for d := 0; d < 3; d++ {
		v.Dim[d] = i16(42 + 2*d)
		if v.Dim[d] <= 0 {
			return nil, fmt.Errorf("nifti: dimension %d has size %d", d, v.Dim[d])
		}
	}
	for d := 3; d < ndim; d++ {
		if n := i16(42 + 2*d); n > 1 {
			return nil, fmt.Errorf("nifti: dimension %d has size %d, want a single 3D volume", d, n)
		}
	}
	if dt := i16(70); dt != typeUint8 {
		return nil, fmt.Errorf("nifti: datatype %d, want %d (uint8 labels)", dt, typeUint8)
	}
	if slope := f32(112); slope != 0 && slope != 1 || f32(116) != 0 {
		return nil, fmt.Errorf("nifti: scaling slope %g intercept %g: labels must be stored unscaled", slope, f32(116))
	}
	affine, err := headerAffine(h[:], bo)
	if err != nil {
		return nil, err
	}
	v.Affine = affine
	voxOffset := int(f32(108))
	if voxOffset < headerSize {
		return nil, fmt.Errorf("nifti: vox_offset %d lies inside the header", voxOffset)
	}
	if _, err := io.CopyN(io.Discard, r, int64(voxOffset-headerSize)); err != nil {
		return nil, fmt.Errorf("nifti: skipping to the data at byte %d: %w", voxOffset, err)
	}
	n := v.Dim[0] * v.Dim[1] * v.Dim[2]
	v.Labels = make([]uint8, n)
	if _, err := io.ReadFull(r, v.Labels); err != nil {
		return nil, fmt.Errorf("nifti: reading %d voxels: %w", n, err)
	}
	return v, nil
}

// headerAffine returns the voxel-to-millimetre affine: the sform when its
// code is set (it is the standard-space transform), else the qform, else
// the bare voxel sizes (NIfTI "method 1").
func headerAffine(h []byte, bo binary.ByteOrder) ([3][4]float64, error) {
	i16 := func(off int) int { return int(int16(bo.Uint16(h[off:]))) }
	f32 := func(off int) float64 { return float64(math.Float32frombits(bo.Uint32(h[off:]))) }
	var a [3][4]float64
	pixdim := [4]float64{f32(76), f32(80), f32(84), f32(88)}
	switch {
	case i16(254) > 0: // sform_code
		for r := 0; r < 3; r++ {
			for c := 0; c < 4; c++ {
				a[r][c] = f32(280 + 16*r + 4*c)
			}
		}
	case i16(252) > 0: // qform_code
		b, c, d := f32(256), f32(260), f32(264)
		aa := 1 - (b*b + c*c + d*d)
		if aa < 1e-7 {
			aa = 0
		}
		qa := math.Sqrt(aa)
		rot := [3][3]float64{
			{qa*qa + b*b - c*c - d*d, 2 * (b*c - qa*d), 2 * (b*d + qa*c)},
			{2 * (b*c + qa*d), qa*qa + c*c - b*b - d*d, 2 * (c*d - qa*b)},
			{2 * (b*d - qa*c), 2 * (c*d + qa*b), qa*qa + d*d - c*c - b*b},
		}
		qfac := pixdim[0]
		if qfac == 0 {
			qfac = 1
		}
		scale := [3]float64{pixdim[1], pixdim[2], pixdim[3] * qfac}
		for r := 0; r < 3; r++ {
			for c := 0; c < 3; c++ {
				a[r][c] = rot[r][c] * scale[c]
			}
		}
		a[0][3], a[1][3], a[2][3] = f32(268), f32(272), f32(276)
	default:
		a[0][0], a[1][1], a[2][2] = pixdim[1], pixdim[2], pixdim[3]
	}
	for r := 0; r < 3; r++ {
		for c := 0; c < 4; c++ {
			if math.IsNaN(a[r][c]) || math.IsInf(a[r][c], 0) {
				return a, errors.New("nifti: the affine holds NaN or infinity")
			}
		}
	}
	return a, nil
}

// ReadBytes is Read over an in-memory file.
func ReadBytes(b []byte) (*Volume, error) { return Read(bytes.NewReader(b)) }
