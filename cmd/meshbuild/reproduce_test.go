package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestRebuildGivesTheShippedBytes: a newcomer's `make meshes` gives the
// committed files byte for byte. Two small parts are rebuilt from the
// committed volume (the whole build takes minutes): one from a single label
// pair, one cut from the hindbrain's labels.
func TestRebuildGivesTheShippedBytes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds meshes from the label volume")
	}
	v := readVolume(t)
	for _, part := range []string{"pyramid", "olive", "lentiform"} {
		dir := t.TempDir()
		if err := build(io.Discard, v, dir, part); err != nil {
			t.Fatalf("%s: %v", part, err)
		}
		got, err := os.ReadFile(filepath.Join(dir, part+".mesh"))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("../../assets/meshes", part+".mesh"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the rebuild gives %d bytes that differ from the shipped %d: run make meshes and commit", part, len(got), len(want))
		}
	}
}
