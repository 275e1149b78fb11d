package body_test

import (
	"sync"
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/body"
	"github.com/decussate/decussate/scene/lesion"
)

var (
	engineOnce sync.Once
	engine     *lesion.Engine
	engineErr  error
)

// testEngine returns the lesion engine over the embedded atlas, built once
// per test binary.
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
		tb.Fatalf("building the lesion engine from the embedded atlas: %v", engineErr)
	}
	return engine
}

// evaluate runs the real engine on sites (as the command line writes them)
// at phase.
func evaluate(tb testing.TB, phase lesion.Phase, sites ...string) *lesion.Result {
	tb.Helper()
	eng := testEngine(tb)
	var ss []lesion.Site
	for _, text := range sites {
		s, err := eng.ParseSite(text)
		if err != nil {
			tb.Fatalf("site %q: %v", text, err)
		}
		ss = append(ss, s)
	}
	return eng.Evaluate(ss, phase)
}

// figure is the figure of a chronic lesion of sites; no sites give a
// healthy one.
func figure(tb testing.TB, sites ...string) *body.Figure {
	tb.Helper()
	if len(sites) == 0 {
		return body.NewFigure(nil)
	}
	return body.NewFigure(evaluate(tb, lesion.Chronic, sites...))
}

// peak returns the largest value of v over the first seconds of an action,
// sampled every 10 ms: reflexes come and go, and a test wants their best.
func peak(seconds float64, v func(t float64) float32) float32 {
	best := v(0)
	for t := 0.0; t <= seconds; t += 0.01 {
		best = max(best, v(t))
	}
	return best
}

// least is peak's opposite.
func least(seconds float64, v func(t float64) float32) float32 {
	worst := v(0)
	for t := 0.0; t <= seconds; t += 0.01 {
		worst = min(worst, v(t))
	}
	return worst
}
