// Package testatlas gives tests the embedded atlas, the lesion engine and
// the 3D model, each built once per test binary: every package's tests
// use the same ones, and none repeats the loading.
package testatlas

import (
	"sync"
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
)

var (
	atlasOnce sync.Once
	atlas     *anatomy.Atlas
	atlasErr  error

	engineOnce sync.Once
	engine     *lesion.Engine
	engineErr  error

	modelOnce sync.Once
	model     *geom.Model
	modelErr  error
)

// Atlas returns the embedded atlas, failing tb if it does not load.
func Atlas(tb testing.TB) *anatomy.Atlas {
	tb.Helper()
	atlasOnce.Do(func() { atlas, atlasErr = anatomy.Load(assets.Atlas()) })
	if atlasErr != nil {
		tb.Fatalf("loading the embedded atlas: %v", atlasErr)
	}
	return atlas
}

// Engine returns the lesion engine over the embedded atlas.
func Engine(tb testing.TB) *lesion.Engine {
	tb.Helper()
	a := Atlas(tb)
	engineOnce.Do(func() { engine, engineErr = lesion.New(a) })
	if engineErr != nil {
		tb.Fatalf("wiring the lesion engine: %v", engineErr)
	}
	return engine
}

// Model returns the 3D model built from the embedded atlas.
func Model(tb testing.TB) *geom.Model {
	tb.Helper()
	a := Atlas(tb)
	modelOnce.Do(func() { model, modelErr = geom.Build(a) })
	if modelErr != nil {
		tb.Fatalf("building the model: %v", modelErr)
	}
	return model
}
