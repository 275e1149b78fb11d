package lesion_test

import (
	"sync"
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
)

var (
	engineOnce sync.Once
	engine     *lesion.Engine
	engineErr  error
)

// testEngine returns an engine over the embedded atlas, built once per test
// binary. It fails tb if the atlas does not load or the engine cannot be built.
func testEngine(tb testing.TB) *lesion.Engine {
	tb.Helper()
	engineOnce.Do(func() {
		a, err := anatomy.Load(assets.Atlas())
		if err != nil {
			engineErr = err
			return
		}
		engine, engineErr = lesion.New(a)
	})
	if engineErr != nil {
		tb.Fatalf("building the test engine from the embedded atlas: %v", engineErr)
	}
	return engine
}
