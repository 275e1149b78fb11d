package anatomy_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/decussate/decussate/assets"
)

// The tools the broken-atlas tests change a copy of the shipped atlas with.

// atlasFS copies the embedded atlas into a map file system for mutation.
func atlasFS(t *testing.T) fstest.MapFS {
	t.Helper()
	src := assets.Atlas()
	entries, err := fs.ReadDir(src, ".")
	if err != nil {
		t.Fatal(err)
	}
	m := fstest.MapFS{}
	for _, e := range entries {
		data, err := fs.ReadFile(src, e.Name())
		if err != nil {
			t.Fatal(err)
		}
		m[e.Name()] = &fstest.MapFile{Data: data}
	}
	if len(m) < 11 {
		t.Fatalf("the embedded atlas has only %d files", len(m))
	}
	return m
}

// editJSON decodes file, lets edit change it and encodes it back.
func editJSON(t *testing.T, m fstest.MapFS, file string, edit func(root map[string]any)) {
	t.Helper()
	f, ok := m[file]
	if !ok {
		t.Fatalf("no file %s in the atlas", file)
	}
	dec := json.NewDecoder(bytes.NewReader(f.Data))
	dec.UseNumber()
	var root map[string]any
	if err := dec.Decode(&root); err != nil {
		t.Fatalf("decoding %s: %v", file, err)
	}
	edit(root)
	data, err := json.Marshal(root)
	if err != nil {
		t.Fatalf("encoding %s: %v", file, err)
	}
	f.Data = data
}

// replaceText replaces old (which must occur) once in file.
func replaceText(t *testing.T, m fstest.MapFS, file, old, new string) {
	t.Helper()
	data := string(m[file].Data)
	if !strings.Contains(data, old) {
		t.Fatalf("%s does not contain %q", file, old)
	}
	m[file].Data = []byte(strings.Replace(data, old, new, 1))
}

// entry returns the object with id in root[list], failing if absent.
func entry(t *testing.T, root map[string]any, list, id string) map[string]any {
	t.Helper()
	items, ok := root[list].([]any)
	if !ok {
		t.Fatalf("no list %q", list)
	}
	for _, it := range items {
		if obj, ok := it.(map[string]any); ok && obj["id"] == id {
			return obj
		}
	}
	t.Fatalf("no entry %q in %q", id, list)
	return nil
}

// expandLine turns "line {TEXT}" into "line N", N the line of file (as
// mutated) that holds TEXT.
func expandLine(t *testing.T, m fstest.MapFS, file, want string) string {
	t.Helper()
	rest, ok := strings.CutPrefix(want, "line {")
	if !ok {
		return want
	}
	needle := strings.TrimSuffix(rest, "}")
	data := string(m[file].Data)
	i := strings.Index(data, needle)
	if i < 0 {
		t.Fatalf("%s does not contain %q", file, needle)
	}
	return "line " + strconv.Itoa(strings.Count(data[:i], "\n")+1) + ":"
}
