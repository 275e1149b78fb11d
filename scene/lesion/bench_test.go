package lesion_test

import (
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
)

// BenchmarkLoadAtlas measures reading and checking the whole embedded atlas
// and wiring the engine (budget: 20 ms).
func BenchmarkLoadAtlas(b *testing.B) {
	for b.Loop() {
		a, err := anatomy.Load(assets.Atlas())
		if err != nil {
			b.Fatal(err)
		}
		if _, err := lesion.New(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNew measures wiring the engine from a loaded atlas, the
// strip's tiles included (budget: about 1 ms).
func BenchmarkNew(b *testing.B) {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := lesion.New(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvaluate measures one lesion evaluation of each kind of site
// (budget: 100 µs each).
func BenchmarkEvaluate(b *testing.B) {
	eng := testEngine(b)
	for _, tc := range []struct{ name, site string }{
		{"capsule", "internal_capsule.posterior_limb:L"},
		{"hemisection", "cord.hemisection:L@C5"},
		{"nerve", "common_peroneal_nerve:L"},
		{"als", "disease.als"},
		{"point10mm", "point:-18,-8,8,10"},
		{"point10mm_cord", "point:-3,-45,-120,10"},
		// A click on the motor strip at the vertex: several hot spots.
		{"point12mm_strip", "point:-8.6,-23.4,74,6"},
		// A click on the strip that weakens nothing: the result says
		// what it took and why nothing shows (silent.go).
		{"point6mm_quiet", "point:-30,-10,60,3"},
	} {
		site, err := eng.ParseSite(tc.site)
		if err != nil {
			b.Fatal(err)
		}
		sites := []lesion.Site{site}
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				eng.Evaluate(sites, lesion.Chronic)
			}
		})
	}
}
