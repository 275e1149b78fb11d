package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/golden"
)

// TestRenderQuadrantGolden: the quadrant look from the first view (in
// front and to the left) cuts away the upper front quarter of the left
// hemisphere, the cut closed in white matter banded with grey, the deep
// nuclei and the pathways standing in it; from behind, the upper back
// quarter. Pictures a person has looked at.
func TestRenderQuadrantGolden(t *testing.T) {
	for _, v := range []string{"oblique", "back"} {
		t.Run(v, func(t *testing.T) {
			img := renderFile(t, "--size", "480x320", "--view", v, "--look", "quadrant")
			golden.Compare(t, img, filepath.Join("testdata", "render_quadrant_"+v+".png"), renderTolerance)
		})
	}
}

// TestExportQuadrant: the quadrant look writes the left hemisphere with
// its upper front quarter cut away (fewer triangles than whole) and the
// cap that closes it, the right hemisphere whole, each part once.
func TestExportQuadrant(t *testing.T) {
	faces := func(look string) map[string]int {
		out := filepath.Join(t.TempDir(), look+".obj")
		var stdout, stderr bytes.Buffer
		if code := run([]string{"export", "--look", look, "--out", out}, &stdout, &stderr); code != 0 {
			t.Fatalf("%s: exit %d: %s", look, code, stderr.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		n, object := map[string]int{}, ""
		for _, line := range strings.Split(string(b), "\n") {
			switch {
			case strings.HasPrefix(line, "o "):
				object = strings.TrimPrefix(line, "o ")
				if _, twice := n[object]; twice {
					t.Errorf("%s: object %s written twice", look, object)
				}
				n[object] = 0
			case strings.HasPrefix(line, "f "):
				n[object]++
			}
		}
		return n
	}
	glass, quad := faces("glass"), faces("quadrant")
	if q, g := quad["hemisphere.L"], glass["hemisphere.L"]; q == 0 || q >= g {
		t.Errorf("the quadrant's left hemisphere has %d triangles, the whole one %d: want fewer, not none", q, g)
	}
	if q, g := quad["hemisphere.R"], glass["hemisphere.R"]; q != g {
		t.Errorf("the quadrant's right hemisphere has %d triangles, the whole one %d: want it whole", q, g)
	}
	if quad["hemisphere-cut.L"] == 0 || glass["hemisphere-cut.L"] != 0 {
		t.Errorf("the cut's cap: %d triangles in the quadrant, %d in glass; want it in the quadrant only", quad["hemisphere-cut.L"], glass["hemisphere-cut.L"])
	}
	if quad["thalamus.L"] == 0 || quad["internal_capsule.L"] == 0 {
		t.Errorf("the quadrant lost the deep parts")
	}
}
