package anatomy_test

import (
	"bytes"
	"os"
	"reflect"
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
)

// TestShippedIsTheAtlasFiles: the atlas compiled in (shipped_atlas.go)
// is the atlas files', checked alike: every field, every derived level
// and index.
func TestShippedIsTheAtlasFiles(t *testing.T) {
	want, err := anatomy.Load(assets.Atlas())
	if err != nil {
		t.Fatal(err)
	}
	got, err := anatomy.Shipped()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("anatomy.Shipped differs from anatomy.Load(assets.Atlas()): run go generate ./scene/anatomy")
	}
}

// TestShippedAtlasUpToDate: shipped_atlas.go is what cmd/atlasgen writes
// from the atlas files now, so that a changed atlas file cannot ship
// without it.
func TestShippedAtlasUpToDate(t *testing.T) {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		t.Fatal(err)
	}
	want, err := anatomy.GoSource(a, "shipped", "cmd/atlasgen")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("shipped_atlas.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("shipped_atlas.go is out of date: run go generate ./scene/anatomy")
	}
}
