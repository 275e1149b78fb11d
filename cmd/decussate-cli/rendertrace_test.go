package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/decussate/decussate/internal/golden"
)

// TestTraceAndSectionGoldens: a trace of the left hand area as its impulse
// crosses, and sections at seven levels (the traced fibres lit, the cut
// structures named at two), drawn as the explorer draws them.
func TestTraceAndSectionGoldens(t *testing.T) {
	cases := []struct {
		name string
		args []string
	}{
		{"trace_hand", []string{"--view", "front", "--trace", "area:hand:L", "--at", "3.2"}},
		{"trace_face", []string{"--view", "front", "--trace", "area:face:L", "--at", "2.2"}},
		{"section_capsule", []string{"--size", "640x400", "--section", "capsule", "--labels", "--trace", "area:hand:L", "--at", "30"}},
		{"section_midbrain", []string{"--size", "640x400", "--section", "midbrain", "--labels"}},
		{"section_pons", []string{"--section", "pons", "--trace", "area:hand:L", "--at", "30"}},
		{"section_medulla", []string{"--section", "medulla", "--trace", "area:hand:L", "--at", "30"}},
		{"section_decussation", []string{"--section", "decussation", "--trace", "area:hand:L", "--at", "30"}},
		{"section_C8", []string{"--section", "C8", "--trace", "area:hand:L", "--at", "30"}},
		{"section_L4", []string{"--section", "L4", "--trace", "area:leg:L", "--at", "30"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			img := renderFile(t, append([]string{"--size", "320x200"}, tc.args...)...)
			golden.Compare(t, img, filepath.Join("testdata", tc.name+".png"), renderTolerance)
		})
	}
}

// TestRenderTraceErrors: a bad start, time or level is refused, naming it.
func TestRenderTraceErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--trace", "area:nowhere:L"},
		{"--trace", "area:hand:L", "--at", "-1"},
		{"--section", "cerebellum"},
	} {
		var out, errOut bytes.Buffer
		code := run(append([]string{"render", "--out", filepath.Join(t.TempDir(), "x.png")}, args...), &out, &errOut)
		if code != 2 || errOut.Len() == 0 || out.Len() != 0 {
			t.Errorf("render %v: exit %d, stderr %q, stdout %q", args, code, errOut.String(), out.String())
		}
	}
}
