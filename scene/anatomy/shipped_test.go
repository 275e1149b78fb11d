package anatomy_test

import (
	"reflect"
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
)

// TestShippedIsTheAtlasFiles: the atlas compiled in (shipped_*.go)
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
