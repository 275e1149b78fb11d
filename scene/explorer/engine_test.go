package explorer_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// TestEngineWiredWhenNeeded: an explorer given the atlas without a lesion
// engine (a window's first frame does not wait for one) wires it the
// first time it is needed, and then answers as one given the engine: a
// link with a lesion opens and evaluates, and the quiz asks.
func TestEngineWiredWhenNeeded(t *testing.T) {
	want := newExplorer(t)
	const link = "mode=lesion&lesion=internal_capsule.posterior_limb:L"
	if notes := want.Open(link); len(notes) > 0 {
		t.Fatalf("the link with the engine given: %v", notes)
	}
	wantRes, _ := want.Result()
	if wantRes == nil {
		t.Fatal("the link's lesion evaluates to nothing with the engine given")
	}

	c := config(t)
	e, err := explorer.New(explorer.Config{Atlas: c.Atlas, Presets: c.Presets, Tours: c.Tours})
	if err != nil {
		t.Fatal(err)
	}
	if res, msg := e.Result(); res != nil || msg != "" {
		t.Errorf("no lesions: result %v, %q; want none", res, msg)
	}
	if notes := e.Open(link); len(notes) > 0 {
		t.Fatalf("the link without an engine given: %v", notes)
	}
	res, msg := e.Result()
	if res == nil || msg != "" {
		t.Fatalf("the link's lesion without an engine given: result %v, %q", res, msg)
	}
	if res.Summary != wantRes.Summary {
		t.Errorf("the lesion wired late says %q, with the engine given %q", res.Summary, wantRes.Summary)
	}
	if eng, err := e.Engine(); eng == nil || err != nil {
		t.Errorf("Engine() = %v, %v after use", eng, err)
	}
	if err := e.Do(act(explorer.NextQuiz)); err != nil {
		t.Errorf("the quiz without an engine given: %v", err)
	}

}
