package anatomy

import "sync"

//go:generate go run ../../cmd/atlasgen -dir .

// The shipped atlas is checked once per program.
var (
	shippedOnce  sync.Once
	shippedAtlas *Atlas
	shippedErr   error
)

// Shipped returns the atlas the program was built with (assets/atlas, as
// cmd/atlasgen wrote it into shipped_*.go, a file a list; tests hold them
// equal), checked as Load checks it. It is Load(assets.Atlas()) without
// the JSON: in the browser, encoding/json's first use (its reflection
// over every atlas type, and compiling all that code) costs more of the
// start than anything else before the first frame. Every call returns the
// same atlas, which no one may change.
func Shipped() (*Atlas, error) {
	shippedOnce.Do(func() {
		a := shipped
		v := validator{a: &a}
		if err := v.run(); err != nil {
			shippedErr = err
			return
		}
		shippedAtlas = &a
	})
	return shippedAtlas, shippedErr
}
