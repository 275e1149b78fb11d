// Package golden compares images drawn by tests with golden PNG files kept
// under testdata/, within a tolerance, so that a picture that changes is a
// failing test with the new picture and a diff to look at.
//
// To accept new pictures, rerun the tests with UPDATE_GOLDEN=1 in the
// environment (works for any set of packages, e.g. go test ./...), or with
// -update for the packages that import this one
// (go test ./cmd/decussate-cli -update): go test ./... -args -update would
// fail in every package that does not know the flag.
//
// Only tests import this package: it imports testing, and registers the
// -update flag.
package golden

import (
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden images with what the tests draw")

// Updating reports whether this run rewrites golden files: -update or a
// non-empty UPDATE_GOLDEN other than 0.
func Updating() bool {
	v := os.Getenv("UPDATE_GOLDEN")
	return *update || (v != "" && v != "0")
}

// Tolerance is how far a picture may stray from its golden file: drawings
// differ slightly between machines (floating point, anti-aliasing), so a
// few pixels a little off must pass while a moved part must fail.
type Tolerance struct {
	// Levels is how much a channel (0..255) may differ before the pixel
	// counts as off.
	Levels int
	// MaxShare is the share of pixels, 0 to 1, that may be off.
	MaxShare float64
}

// Exact is the tolerance of an identical picture.
var Exact = Tolerance{}

// Compare checks got against the golden PNG at path. When the golden file
// is missing or differs beyond tol, the test fails and the picture drawn and
// a diff are written beside the golden file (NAME.failed.png and
// NAME.diff.failed.png, which git ignores) for a person to look at. When
// updating, it writes got to path instead and passes.
func Compare(t testing.TB, got image.Image, path string, tol Tolerance) {
	t.Helper()
	compare(t, got, path, tol, Updating())
}

// compare is Compare with the update switch passed in, for tests.
func compare(t testing.TB, got image.Image, path string, tol Tolerance, updating bool) {
	t.Helper()
	failed, diffPath := failedPaths(path)
	if updating {
		if err := WritePNG(path, got); err != nil {
			t.Errorf("golden: %v", err)
			return
		}
		removeStale(failed, diffPath)
		t.Logf("golden: wrote %s", path)
		return
	}
	want, err := ReadPNG(path)
	if errors.Is(err, fs.ErrNotExist) {
		keep(t, failed, got)
		t.Errorf("golden: no golden image %s; the picture drawn is in %s; rerun with UPDATE_GOLDEN=1 to accept it", path, failed)
		return
	}
	if err != nil {
		t.Errorf("golden: %v", err)
		return
	}
	off, diff, err := Diff(want, got, tol.Levels)
	if err != nil {
		keep(t, failed, got)
		t.Errorf("golden: %s: %v; the picture drawn is in %s", path, err, failed)
		return
	}
	b := got.Bounds()
	share := float64(off) / float64(max(b.Dx()*b.Dy(), 1))
	if share <= tol.MaxShare {
		removeStale(failed, diffPath)
		return
	}
	keep(t, failed, got)
	keep(t, diffPath, diff)
	t.Errorf("golden: %s: %d pixels (%.2f%%) differ by more than %d levels, over the %.2f%% allowed; see %s (drawn) and %s (diff: red is off); rerun with UPDATE_GOLDEN=1 if the change is wanted",
		path, off, 100*share, tol.Levels, 100*tol.MaxShare, failed, diffPath)
}

// failedPaths returns where a failed comparison leaves its picture and its
// diff: beside the golden file, under names git ignores.
func failedPaths(path string) (failed, diff string) {
	base := strings.TrimSuffix(path, filepath.Ext(path))
	return base + ".failed.png", base + ".diff.failed.png"
}

// keep writes img to path for a person to inspect, noting a failure to.
func keep(t testing.TB, path string, img image.Image) {
	t.Helper()
	if err := WritePNG(path, img); err != nil {
		t.Logf("golden: could not keep the picture: %v", err)
	}
}

// removeStale deletes what an earlier failed run left, so that what is
// there always belongs to the last run.
func removeStale(paths ...string) {
	for _, p := range paths {
		os.Remove(p)
	}
}

// Diff counts the pixels of got that differ from want by more than levels
// in some channel (compared premultiplied, as image.RGBA stores them) and
// returns a picture of where: want faded to grey, pixels off in red, pixels
// changed within the tolerance in yellow. Pictures of different sizes are an
// error.
func Diff(want, got image.Image, levels int) (off int, diff *image.RGBA, err error) {
	if want.Bounds().Size() != got.Bounds().Size() {
		return 0, nil, fmt.Errorf("the picture is %v, the golden one %v", got.Bounds().Size(), want.Bounds().Size())
	}
	w, g := toRGBA(want), toRGBA(got)
	diff = image.NewRGBA(w.Bounds())
	for i := 0; i < len(w.Pix); i += 4 {
		worst := 0
		for k := range 4 {
			worst = max(worst, absDiff(w.Pix[i+k], g.Pix[i+k]))
		}
		var c color.RGBA
		switch {
		case worst > levels:
			off++
			c = color.RGBA{255, 0, 0, 255}
		case worst > 0:
			c = color.RGBA{255, 220, 0, 255}
		default:
			// Luma, faded towards white, keeps the picture recognisable
			// under the marks.
			y := (299*int(w.Pix[i]) + 587*int(w.Pix[i+1]) + 114*int(w.Pix[i+2])) / 1000
			v := uint8(155 + y*100/255)
			c = color.RGBA{v, v, v, 255}
		}
		diff.Pix[i], diff.Pix[i+1], diff.Pix[i+2], diff.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	return off, diff, nil
}

// toRGBA returns img as an *image.RGBA with its origin at (0, 0).
func toRGBA(img image.Image) *image.RGBA {
	if r, ok := img.(*image.RGBA); ok && r.Bounds().Min == (image.Point{}) {
		return r
	}
	b := img.Bounds()
	r := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(r, r.Bounds(), img, b.Min, draw.Src)
	return r
}

func absDiff(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}

// ReadPNG decodes the PNG file at path.
func ReadPNG(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("decoding %s: %w", path, err)
	}
	return img, nil
}

// WritePNG writes img to path as a PNG, best compressed (golden files live
// in the repository), making the directory if need be. It writes a
// temporary file and renames it, so a reader never sees half a file.
func WritePNG(path string, img image.Image) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(dir, ".golden-*.png")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	// CreateTemp makes the file private; a picture is for anyone to read.
	err = tmp.Chmod(0o644)
	if err == nil {
		err = enc.Encode(tmp, img)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
