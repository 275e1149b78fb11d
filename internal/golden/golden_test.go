package golden

import (
	"fmt"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps failures instead of failing, to test
// what Compare reports.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recorder) Logf(string, ...any) {}

// picture returns a w × h picture of one colour with one pixel set apart.
func picture(w, h int, c, dot color.RGBA) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.SetRGBA(x, y, c)
		}
	}
	img.SetRGBA(1, 1, dot)
	return img
}

var (
	grey  = color.RGBA{100, 100, 100, 255}
	light = color.RGBA{110, 100, 100, 255}
	white = color.RGBA{255, 255, 255, 255}
)

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func TestDiff(t *testing.T) {
	a := picture(4, 3, grey, grey)
	for _, tc := range []struct {
		got    *image.RGBA
		levels int
		off    int
	}{
		{picture(4, 3, grey, grey), 0, 0},
		{picture(4, 3, grey, light), 0, 1},
		{picture(4, 3, grey, light), 10, 0},
		{picture(4, 3, grey, white), 10, 1},
		{picture(4, 3, light, white), 5, 12},
	} {
		off, diff, err := Diff(a, tc.got, tc.levels)
		if err != nil {
			t.Fatal(err)
		}
		if off != tc.off {
			t.Errorf("Diff at %d levels = %d pixels off, want %d", tc.levels, off, tc.off)
		}
		if tc.off > 0 && diff.RGBAAt(1, 1) != (color.RGBA{255, 0, 0, 255}) {
			t.Errorf("the diff does not mark the pixel off in red: %v", diff.RGBAAt(1, 1))
		}
	}
	if _, _, err := Diff(a, picture(3, 4, grey, grey), 0); err == nil || !strings.Contains(err.Error(), "(3,4)") {
		t.Errorf("Diff of different sizes: error %v, want one naming the sizes", err)
	}
	// A sub-image compares by its own pixels, wherever it lies.
	big := picture(8, 8, grey, grey)
	if off, _, err := Diff(a, big.SubImage(image.Rect(4, 4, 8, 7)), 0); err != nil || off != 0 {
		t.Errorf("Diff with a sub-image: %d off, %v", off, err)
	}
}

func TestCompareLifecycle(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "testdata", "view.png")
	failed, diffPath := failedPaths(path)
	if failed != filepath.Join(dir, "testdata", "view.failed.png") || diffPath != filepath.Join(dir, "testdata", "view.diff.failed.png") {
		t.Fatalf("failedPaths = %s, %s", failed, diffPath)
	}
	tol := Tolerance{Levels: 12, MaxShare: 0}

	// No golden file yet: fail, keep the picture, say how to accept it.
	r := &recorder{TB: t}
	compare(r, picture(4, 3, grey, grey), path, tol, false)
	if len(r.errors) != 1 || !strings.Contains(r.errors[0], "UPDATE_GOLDEN=1") || !exists(failed) {
		t.Fatalf("missing golden: errors %q, kept %v", r.errors, exists(failed))
	}

	// Updating writes it and clears the leftovers.
	r = &recorder{TB: t}
	compare(r, picture(4, 3, grey, grey), path, tol, true)
	if len(r.errors) != 0 || !exists(path) || exists(failed) {
		t.Fatalf("update: errors %q, golden written %v, leftover %v", r.errors, exists(path), exists(failed))
	}

	// Within tolerance passes.
	r = &recorder{TB: t}
	compare(r, picture(4, 3, grey, light), path, tol, false)
	if len(r.errors) != 0 {
		t.Fatalf("within tolerance: %q", r.errors)
	}

	// Beyond it fails, naming the two pictures it left.
	r = &recorder{TB: t}
	compare(r, picture(4, 3, grey, white), path, tol, false)
	if len(r.errors) != 1 || !strings.Contains(r.errors[0], failed) || !strings.Contains(r.errors[0], diffPath) || !exists(failed) || !exists(diffPath) {
		t.Fatalf("beyond tolerance: errors %q, kept %v %v", r.errors, exists(failed), exists(diffPath))
	}
	// One pixel in twelve is allowed off with a looser share.
	r = &recorder{TB: t}
	compare(r, picture(4, 3, grey, white), path, Tolerance{Levels: 12, MaxShare: 0.1}, false)
	if len(r.errors) != 0 || exists(failed) || exists(diffPath) {
		t.Fatalf("loose share: errors %q, leftovers %v %v", r.errors, exists(failed), exists(diffPath))
	}

	// A different size fails.
	r = &recorder{TB: t}
	compare(r, picture(5, 3, grey, grey), path, tol, false)
	if len(r.errors) != 1 {
		t.Fatalf("different size: errors %q", r.errors)
	}

	// A corrupt golden file is an error naming it.
	if err := os.WriteFile(path, []byte("not a png"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = &recorder{TB: t}
	compare(r, picture(4, 3, grey, grey), path, tol, false)
	if len(r.errors) != 1 || !strings.Contains(r.errors[0], path) {
		t.Fatalf("corrupt golden: errors %q", r.errors)
	}
}

func TestUpdating(t *testing.T) {
	for _, tc := range []struct {
		env  string
		want bool
	}{{"", false}, {"0", false}, {"1", true}, {"yes", true}} {
		t.Setenv("UPDATE_GOLDEN", tc.env)
		if got := Updating(); got != tc.want && !*update {
			t.Errorf("UPDATE_GOLDEN=%q: Updating() = %v", tc.env, got)
		}
	}
}

func TestWritePNGErrors(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	err := WritePNG(filepath.Join(blocker, "x.png"), picture(2, 2, grey, grey))
	if err == nil || !strings.Contains(err.Error(), "x.png") {
		t.Errorf("writing under a file: error %v, want one naming the path", err)
	}
	if _, err := ReadPNG(filepath.Join(dir, "none.png")); err == nil {
		t.Error("reading a missing file gave no error")
	}
}
