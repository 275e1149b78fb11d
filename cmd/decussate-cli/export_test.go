package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportRefuses: a bad command line exits 2, a path that is not a
// regular file exits 1, each with one line naming what was wrong, and
// nothing is written.
func TestExportRefuses(t *testing.T) {
	dir := t.TempDir()
	obj := filepath.Join(dir, "m.obj")
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no out", []string{"--format", "obj"}, 2, "--out is required"},
		{"unknown format", []string{"--format", "stl", "--out", obj}, 2, `--format "stl": want obj`},
		{"no format, unknown extension", []string{"--out", filepath.Join(dir, "m.stl")}, 2, "--format is required"},
		{"unknown look", []string{"--look", "xray", "--out", obj}, 2, `--look: unknown look "xray" (want one of glass, opaque, cutaway, quadrant)`},
		{"unknown phase", []string{"--phase", "later", "--out", obj}, 2, "later"},
		{"unknown flag", []string{"--scale", "2", "--out", obj}, 2, "flag provided but not defined: -scale"},
		{"bad site", []string{"--out", obj, "nosuch"}, 2, `unknown site "nosuch"`},
		{"flag after a site", []string{"--out", obj, "point:0,0,0,5", "--look", "opaque"}, 2, "must come before the sites"},
		{"bad point", []string{"--out", obj, "point:0,0,0,500"}, 2, "point"},
		{"a directory", []string{"--format", "obj", "--out", dir}, 1, "it is a directory, not a regular file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"export"}, tc.args...), &stdout, &stderr)
			msg := stderr.String()
			if code != tc.code || !strings.Contains(msg, tc.want) || strings.Count(msg, "\n") != 1 || !strings.HasPrefix(msg, "decussate-cli export: ") {
				t.Errorf("exit %d, stderr %q; want exit %d and one line saying %q", code, msg, tc.code, tc.want)
			}
			if stdout.Len() != 0 {
				t.Errorf("stdout %q, want nothing", stdout.String())
			}
			if _, err := os.Stat(obj); err == nil {
				t.Errorf("%s was written", obj)
			}
		})
	}
}

// TestExportWrites writes each format, the format named or taken from the
// extension, over an older file, and checks the result is that format
// with the model's parts and, with a point site, the lesion.
func TestExportWrites(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		args []string
		file string
		want []string
	}{
		{"obj by extension", []string{"point:-38,-22,58,6"}, "m.obj", []string{"# Decussate", "CC BY 4.0", "\no hemisphere.L\n", "\no pathway.", "\no lesion.0\n"}},
		{"glb named", []string{"--format", "glb", "--look", "opaque"}, "m.bin", []string{"glTF", `"name":"hemisphere.L"`, `"copyright":"Derived from the Allen Human Reference Atlas 3D`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.file)
			if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			args := append([]string{"export", "--out", path}, tc.args...)
			if code := run(args, &stdout, &stderr); code != 0 || stderr.Len() != 0 || stdout.Len() != 0 {
				t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !bytes.Contains(b, []byte(w)) {
					t.Errorf("the file lacks %q", w)
				}
			}
			if strings.HasSuffix(tc.file, ".bin") && (len(b) < 12 || binary.LittleEndian.Uint32(b[8:]) != uint32(len(b))) {
				t.Errorf("the GLB header's length is not the file's %d bytes", len(b))
			}
			fi, err := os.Stat(path)
			if err != nil || fi.Mode().Perm() != 0o644 {
				t.Errorf("the file's mode is %v (%v), want 0644 like render's pictures", fi.Mode(), err)
			}
			left, _ := filepath.Glob(filepath.Join(dir, ".decussate-export-*"))
			if len(left) > 0 {
				t.Errorf("temporary files left: %v", left)
			}
		})
	}
}

// TestExportHelpSaysMNI: the help of a command that takes coordinates
// says what they are.
func TestExportHelpSaysMNI(t *testing.T) {
	for _, args := range [][]string{{"export", "-h"}, {"lesion", "-h"}, {"render", "-h"}, {"help"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 0 {
			t.Fatalf("%v: exit %d, stderr %q", args, code, stderr.String())
		}
		if !strings.Contains(strings.Join(strings.Fields(stdout.String()), " "), "MNI ICBM152 2009 millimetres (x right, y anterior, z superior)") {
			t.Errorf("%v does not say the coordinates are MNI ICBM152 2009 millimetres:\n%s", args, stdout.String())
		}
	}
}

// TestExportCutaway: the cutaway look leaves the left hemisphere's cortex
// out and keeps the right's.
func TestExportCutaway(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "cut.obj")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"export", "--look", "cutaway", "--out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	if strings.Contains(text, "\no hemisphere.L\n") || strings.Contains(text, "\no precentral.L\n") {
		t.Errorf("the cutaway kept the left hemisphere's cortex")
	}
	if !strings.Contains(text, "\no hemisphere.R\n") || !strings.Contains(text, "\no internal_capsule.L\n") {
		t.Errorf("the cutaway lost the right hemisphere or the left capsule")
	}
}
