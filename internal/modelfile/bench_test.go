package modelfile_test

import (
	"io"
	"testing"

	"github.com/decussate/decussate/internal/modelfile"
	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/geom"
)

// BenchmarkWrite writes the explorer's whole model in each format, to
// io.Discard: what export costs beyond building the model.
func BenchmarkWrite(b *testing.B) {
	model, err := geom.Build(testatlas.Atlas(b))
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range []struct {
		name  string
		write func(io.Writer, *geom.Model, modelfile.Options) error
	}{{"OBJ", modelfile.WriteOBJ}, {"GLB", modelfile.WriteGLB}} {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := f.write(io.Discard, model, modelfile.Options{Proportions: geom.TrueScale}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
