package nifti

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"math"
	"os"
	"strings"
	"testing"
)

// header returns a minimal little-endian NIfTI-1 file of a 2×3×4 uint8
// volume whose voxel (i, j, k) holds i + 2j + 6k, with the given forms.
func header(sform, qform bool) []byte {
	h := make([]byte, 352)
	le := binary.LittleEndian
	le.PutUint32(h[0:], 348)
	dims := []int16{3, 2, 3, 4, 1, 1, 1, 1}
	for n, d := range dims {
		le.PutUint16(h[40+2*n:], uint16(d))
	}
	le.PutUint16(h[70:], 2) // uint8
	pix := []float32{1, 2, 2, 2}
	for n, p := range pix {
		le.PutUint32(h[76+4*n:], math.Float32bits(p))
	}
	le.PutUint32(h[108:], math.Float32bits(352))
	if qform {
		le.PutUint16(h[252:], 1)
		// Quaternion (b, c, d) = (0, 0, 1): a 180° turn about z, so i runs
		// toward −x and j toward −y.
		le.PutUint32(h[264:], math.Float32bits(1))
		for n, o := range []float32{10, 20, 30} {
			le.PutUint32(h[268+4*n:], math.Float32bits(o))
		}
	}
	if sform {
		le.PutUint16(h[254:], 4)
		rows := [3][4]float32{{0.5, 0, 0, -79}, {0, 0.5, 0, -113}, {0, 0, 0.5, -72}}
		for r := range rows {
			for c := range rows[r] {
				le.PutUint32(h[280+16*r+4*c:], math.Float32bits(rows[r][c]))
			}
		}
	}
	copy(h[344:], "n+1\x00")
	for x := 0; x < 24; x++ {
		h = append(h, byte(x))
	}
	return h
}

func TestAffines(t *testing.T) {
	for _, c := range []struct {
		name         string
		sform, qform bool
		ijk          [3]float64
		want         [3]float64
	}{
		{"sform wins", true, true, [3]float64{158, 226, 144}, [3]float64{0, 0, 0}},
		{"qform", false, true, [3]float64{1, 2, 3}, [3]float64{10 - 2, 20 - 4, 30 + 6}},
		{"neither: voxel sizes", false, false, [3]float64{1, 2, 3}, [3]float64{2, 4, 6}},
	} {
		v, err := ReadBytes(header(c.sform, c.qform))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		got := v.ToMM(c.ijk[0], c.ijk[1], c.ijk[2])
		for d := 0; d < 3; d++ {
			if math.Abs(got[d]-c.want[d]) > 1e-6 {
				t.Errorf("%s: voxel %v at %v mm, want %v", c.name, c.ijk, got, c.want)
				break
			}
		}
		back, err := v.ToVoxel(got)
		if err != nil || math.Abs(back[0]-c.ijk[0])+math.Abs(back[1]-c.ijk[1])+math.Abs(back[2]-c.ijk[2]) > 1e-6 {
			t.Errorf("%s: ToVoxel(%v) = %v, %v; want %v", c.name, got, back, err, c.ijk)
		}
	}
	v, _ := ReadBytes(header(false, false))
	if v.At(1, 2, 3) != 1+4+18 || v.At(2, 0, 0) != 0 {
		t.Errorf("voxel order: At(1,2,3) = %d", v.At(1, 2, 3))
	}
}

func TestGzip(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(header(true, false))
	zw.Close()
	v, err := ReadBytes(buf.Bytes())
	if err != nil || v.Dim != [3]int{2, 3, 4} {
		t.Fatalf("gzip: %v, %v", v, err)
	}
}

func TestErrors(t *testing.T) {
	good := header(true, false)
	edit := func(f func(b []byte)) []byte {
		b := append([]byte(nil), good...)
		f(b)
		return b
	}
	for _, c := range []struct {
		name, want string
		b          []byte
	}{
		{"empty", "header", nil},
		{"short header", "header", good[:100]},
		{"not nifti", "sizeof_hdr", edit(func(b []byte) { b[0] = 1 })},
		{"two-file nifti", "magic", edit(func(b []byte) { b[345] = 'i' })},
		{"float data", "datatype 16", edit(func(b []byte) { b[70] = 16 })},
		{"4D", "single 3D volume", edit(func(b []byte) { b[40], b[48] = 4, 2 })},
		{"truncated data", "reading 24 voxels", good[:len(good)-1]},
		{"zero size", "size 0", edit(func(b []byte) { b[42] = 0 })},
		{"scaled", "unscaled", edit(func(b []byte) { binary.LittleEndian.PutUint32(b[112:], math.Float32bits(2)) })},
	} {
		_, err := ReadBytes(c.b)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error saying %q", c.name, err, c.want)
		}
	}
}

// TestAllenLandmarks: the committed Allen volume's header puts known
// structures at their MNI coordinates.
func TestAllenLandmarks(t *testing.T) {
	b, err := os.ReadFile("../../assets/allen/AllenAtlas.nii.gz")
	if err != nil {
		t.Fatal(err)
	}
	v, err := ReadBytes(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		at   [3]float64
		want uint8
	}{
		{"anterior commissure", [3]float64{0, 2, -4}, 52},
		{"left hand knob (precentral gyrus)", [3]float64{-38, -22, 58}, 66},
		{"right hand knob", [3]float64{38, -22, 58}, 66},
		{"left putamen", [3]float64{-25, 2, 0}, 9},
		{"left thalamus", [3]float64{-12, -18, 6}, 27},
		{"pontine tegmentum", [3]float64{0, -30, -25}, 123},
		{"outside the head", [3]float64{0, 0, 120}, 0},
	} {
		if got := v.LabelAtMM(c.at); got != c.want {
			t.Errorf("%s %v: label %d, want %d", c.name, c.at, got, c.want)
		}
	}
}
