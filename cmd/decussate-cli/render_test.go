package main

import (
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/golden"
)

// renderTolerance lets the pictures differ between machines by floating
// point (FMA on some architectures moves an edge by a fraction of a
// pixel) while a moved or recoloured part fails.
var renderTolerance = golden.Tolerance{Levels: 24, MaxShare: 0.01}

// renderFile runs render with args plus --out in a fresh directory and
// returns the picture written.
func renderFile(t *testing.T, args ...string) image.Image {
	t.Helper()
	out := filepath.Join(t.TempDir(), "view.png")
	code, stdout, stderr := runCLI(append([]string{"render", "--out", out}, args...)...)
	if code != 0 || stdout != "" || stderr != "" {
		t.Fatalf("render %q: exit %d, stdout %q, stderr %q", args, code, stdout, stderr)
	}
	img, err := golden.ReadPNG(out)
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("render left %d files behind, want only the picture", len(entries))
	}
	return img
}

// TestRenderGolden compares the default scene from the front and the left
// with pictures a person has looked at.
func TestRenderGolden(t *testing.T) {
	for _, v := range []string{"front", "left"} {
		t.Run(v, func(t *testing.T) {
			img := renderFile(t, "--size", "320x180", "--view", v)
			golden.Compare(t, img, filepath.Join("testdata", "render_"+v+".png"), renderTolerance)
		})
	}
}

func TestRenderSizeAndCaption(t *testing.T) {
	plain := renderFile(t, "--size", "200x120", "--view", "front")
	if b := plain.Bounds(); b.Dx() != 200 || b.Dy() != 120 {
		t.Fatalf("picture is %v, want 200×120", b.Size())
	}
	// The caption band darkens the foot of the picture and its letters
	// brighten some of it; above it, lesion mode's overlay dims the model
	// and draws the lesion, but the background's corner stays as it was.
	captioned := renderFile(t, "--size", "200x120", "--view", "front", "pyramid:L")
	changed := func(y0, y1 int) int {
		n := 0
		for y := y0; y < y1; y++ {
			for x := range 200 {
				if plain.At(x, y) != captioned.At(x, y) {
					n++
				}
			}
		}
		return n
	}
	for y := range 10 {
		for x := range 20 {
			if plain.At(x, y) != captioned.At(x, y) {
				t.Fatalf("the top left corner changed at (%d, %d): the caption strayed", x, y)
			}
		}
	}
	if n := changed(20, 90); n == 0 {
		t.Errorf("the model is drawn the same with a lesion: no overlay")
	}
	if n := changed(100, 120); n < 200*20/2 {
		t.Errorf("only %d pixels changed in the bottom rows: no caption band", n)
	}
}

// TestRenderPanels: --panels draws the window's panels over the picture:
// the toolbar and hint bar at its foot, and with a site lesion mode's
// patient at the left and report at the right, where no caption band is
// written; the middle keeps the model.
func TestRenderPanels(t *testing.T) {
	const w, h = 960, 540
	plain := renderFile(t, "--size", "960x540", "--view", "front")
	panels := renderFile(t, "--size", "960x540", "--view", "front", "--panels")
	lesion := renderFile(t, "--size", "960x540", "--view", "front", "--panels", "pyramid:L")
	changed := func(a, b image.Image, x0, y0, x1, y1 int) float64 {
		n := 0
		for y := y0; y < y1; y++ {
			for x := x0; x < x1; x++ {
				if a.At(x, y) != b.At(x, y) {
					n++
				}
			}
		}
		return float64(n) / float64((x1-x0)*(y1-y0))
	}
	if share := changed(plain, panels, 0, h-40, w, h); share < 0.5 {
		t.Errorf("--panels changed %.0f%% of the foot: no toolbar", share*100)
	}
	if share := changed(plain, panels, w/3, 0, 2*w/3, h/2); share > 0.01 {
		t.Errorf("--panels changed %.1f%% of the model's middle", share*100)
	}
	if share := changed(panels, lesion, 0, h/4, w/6, h/2); share < 0.3 {
		t.Errorf("a site changed %.0f%% of the left: no patient", share*100)
	}
	if share := changed(panels, lesion, w-w/5, h/8, w, h/4); share < 0.3 {
		t.Errorf("a site changed %.0f%% of the right: no report", share*100)
	}
}

func TestRenderBadCommandLines(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.png")
	for _, tc := range []struct {
		name string
		args []string
		code int
		says []string // what the one stderr line must contain
	}{
		{"no --out", []string{"render"}, 2, []string{"--out is required"}},
		{"bad view", []string{"render", "--out", out, "--view", "sideways"}, 2, []string{"sideways", "front"}},
		{"bad size", []string{"render", "--out", out, "--size", "100"}, 2, []string{"WIDTHxHEIGHT"}},
		{"bad width", []string{"render", "--out", out, "--size", "abcx100"}, 2, []string{"width", "abc"}},
		{"small height", []string{"render", "--out", out, "--size", "100x8"}, 2, []string{"height", "8", "16..8192"}},
		{"unknown flag", []string{"render", "--out", out, "--colour", "red"}, 2, []string{"colour"}},
		{"bad phase", []string{"render", "--out", out, "--phase", "late", "pyramid:L"}, 2, []string{"late"}},
		{"--ratio too large", []string{"render", "--out", out, "--panels", "--ratio", "9"}, 2, []string{"-ratio", "9"}},
		{"bad site", []string{"render", "--out", out, "pyramidd:L"}, 2, []string{"pyramidd"}},
		{"flag after site", []string{"render", "--out", out, "pyramid:L", "--size", "10x10"}, 2, []string{"--size", "before"}},
		{"missing directory", []string{"render", "--out", filepath.Join(dir, "none", "x.png"), "--size", "32x32"}, 1, []string{"cannot write", filepath.Join(dir, "none", "x.png"), "no such file"}},
		{"directory", []string{"render", "--out", dir, "--size", "32x32"}, 1, []string{"cannot write", dir, "directory"}},
		// Issue 14: every number a flag takes is a finite plain decimal in
		// range, and a huge value is quoted by a short prefix.
		{"--at NaN", []string{"render", "--out", out, "--trace", "area:hand:L", "--at", "NaN"}, 2, []string{`"NaN"`, "-at", "plain decimal"}},
		{"--at Inf", []string{"render", "--out", out, "--trace", "area:hand:L", "--at", "Inf"}, 2, []string{`"Inf"`, "-at"}},
		{"--at -Inf", []string{"render", "--out", out, "--trace", "area:hand:L", "--at", "-Inf"}, 2, []string{`"-Inf"`}},
		{"--at 1_0", []string{"render", "--out", out, "--trace", "area:hand:L", "--at", "1_0"}, 2, []string{`"1_0"`}},
		{"--at hex", []string{"render", "--out", out, "--trace", "area:hand:L", "--at", "0x1p-2"}, 2, []string{`"0x1p-2"`}},
		{"--at too late", []string{"render", "--out", out, "--trace", "area:hand:L", "--at", "1e9"}, 2, []string{`"1e9"`, "out of range"}},
		{"--at negative", []string{"render", "--out", out, "--trace", "area:hand:L", "--at", "-1"}, 2, []string{`"-1"`, "out of range"}},
		{"size in hex", []string{"render", "--out", out, "--size", "0x100x100"}, 2, []string{"width"}},
		{"size with underscores", []string{"render", "--out", out, "--size", "1_00x100"}, 2, []string{`"1_00"`}},
		{"huge size", []string{"render", "--out", out, "--size", strings.Repeat("9", 131000) + "x100"}, 2, []string{"outside", "(131004 bytes)"}},
		{"huge view", []string{"render", "--out", out, "--view", strings.Repeat("v", 131000)}, 2, []string{"unknown view", "(131000 bytes)"}},
		{"huge trace", []string{"render", "--out", out, "--trace", strings.Repeat("t", 131000)}, 2, []string{"trace start", "(131000 bytes)"}},
		{"huge trace area", []string{"render", "--out", out, "--trace", "area:" + strings.Repeat("t", 131000) + ":L"}, 2, []string{"unknown area", "(131000 bytes)"}},
		{"huge section", []string{"render", "--out", out, "--section", strings.Repeat("s", 131000)}, 2, []string{"section", "(131000 bytes)"}},
		{"huge site", []string{"render", "--out", out, strings.Repeat("x", 131000)}, 2, []string{"unknown site", "(131000 bytes)"}},
		{"huge flag", []string{"render", "--out", out, "--" + strings.Repeat("f", 131000)}, 2, []string{"not defined", "(131001 bytes)"}},
		{"huge out", []string{"render", "--out", filepath.Join(dir, strings.Repeat("o", 131000)), "--size", "32x32"}, 1, []string{"cannot write", "(131"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.code, stderr)
			}
			if stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "decussate-cli render: ") {
				t.Errorf("stderr %.300q, want one line from decussate-cli render", stderr)
			}
			if len(stderr) > maxErrorBytes {
				t.Errorf("stderr is %d bytes long, want at most %d: %.300q", len(stderr), maxErrorBytes, stderr)
			}
			for _, s := range tc.says {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr %q does not mention %q", stderr, s)
				}
			}
		})
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed render wrote its file")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "none" {
			t.Errorf("a failed render left %s behind", e.Name())
		}
	}
}

func TestRenderHelp(t *testing.T) {
	code, stdout, _ := runCLI("render", "-h")
	if code != 0 || !strings.Contains(stdout, "--out") {
		t.Errorf("render -h: exit %d, stdout %q", code, stdout)
	}
	if _, stdout, _ := runCLI("help"); !strings.Contains(stdout, "render --out") {
		t.Errorf("the usage does not list render:\n%s", stdout)
	}
}

func TestParseSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		w, h int
		err  string
	}{
		{"1920x1080", 1920, 1080, ""},
		{"320X180", 320, 180, ""},
		{"16x8192", 16, 8192, ""},
		{"1920", 0, 0, "WIDTHxHEIGHT"},
		{"", 0, 0, "WIDTHxHEIGHT"},
		{"x1080", 0, 0, `width ""`},
		{"1920x", 0, 0, `height ""`},
		{"1920.5x1080", 0, 0, `width "1920.5"`},
		{"1920x1080x3", 0, 0, `height "1080x3"`},
		{"15x100", 0, 0, "width 15 is outside 16..8192"},
		{"100x8193", 0, 0, "height 8193 is outside 16..8192"},
		{"-20x100", 0, 0, "width -20"},
	} {
		w, h, err := parseSize(tc.in)
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("parseSize(%q): %v", tc.in, err)
		case tc.err == "" && (w != tc.w || h != tc.h):
			t.Errorf("parseSize(%q) = %d×%d, want %d×%d", tc.in, w, h, tc.w, tc.h)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("parseSize(%q): error %v, want one saying %q", tc.in, err, tc.err)
		}
	}
}
