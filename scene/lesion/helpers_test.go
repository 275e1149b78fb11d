package lesion_test

import (
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/lesion"
)

// testEngine returns the engine over the embedded atlas, built once per
// test binary.
func testEngine(tb testing.TB) *lesion.Engine {
	tb.Helper()
	return testatlas.Engine(tb)
}
