package tour_test

import (
	"math"
	"strings"
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/preset"
	"github.com/decussate/decussate/scene/tour"
	"github.com/decussate/decussate/scene/view"
)

// embedded loads the embedded tours, failing the test on any fault.
func embedded(t *testing.T) []tour.Tour {
	t.Helper()
	tours, err := tour.Load(assets.Tours())
	if err != nil {
		t.Fatal(err)
	}
	return tours
}

func presets(t *testing.T) []preset.Preset {
	t.Helper()
	ps, err := preset.Load(assets.Presets())
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

// TestEmbedded: the embedded tours load and validate against the real
// atlas, engine and presets; there are the three tours the issue asks for,
// each of six to twelve steps.
func TestEmbedded(t *testing.T) {
	tours := embedded(t)
	if err := tour.Validate(tours, testatlas.Atlas(t), testatlas.Engine(t), presets(t)); err != nil {
		t.Fatal(err)
	}
	if len(tours) < 3 {
		t.Fatalf("%d tours, want at least 3", len(tours))
	}
	titles := map[string]bool{}
	for _, tr := range tours {
		titles[tr.Title] = true
		if n := len(tr.Steps); n < 6 || n > 12 {
			t.Errorf("%s: %d steps, want 6 to 12", tr.ID, n)
		}
		if tr.Description == "" {
			t.Errorf("%s: no description", tr.ID)
		}
		for i, s := range tr.Steps {
			// A caption is one or two sentences, shown large.
			n := strings.Count(s.Caption, ". ") + 1
			if n > 2 || len(s.Caption) > 240 {
				t.Errorf("%s step %d: caption of %d sentences, %d characters: too long to show large", tr.ID, i+1, n, len(s.Caption))
			}
		}
		// The first step sets the camera, so that a tour starts the same
		// whatever the student did before.
		if tr.Steps[0].Camera == nil || tr.Steps[0].Labels == nil {
			t.Errorf("%s: the first step sets no camera or no labels", tr.ID)
		}
	}
	for _, want := range []string{"The corticospinal tract", "Corticobulbar fibres and the face", "Where is the lesion? Brainstem syndromes"} {
		if !titles[want] {
			t.Errorf("no tour %q", want)
		}
	}
}

// TestContent: the tours use what the issue lists: the hand and leg traces
// and sections at the decussation and C8; the face trace and lesions of
// the genu, cn7 and cn12; and each brainstem syndrome's preset.
func TestContent(t *testing.T) {
	byID := map[string]tour.Tour{}
	for _, tr := range embedded(t) {
		byID[tr.ID] = tr
	}
	has := func(id string, ok func(tour.Step) bool, what string) {
		t.Helper()
		for _, s := range byID[id].Steps {
			if ok(s) {
				return
			}
		}
		t.Errorf("%s: no step with %s", id, what)
	}
	tr := func(start string) func(tour.Step) bool {
		return func(s tour.Step) bool { return s.Trace == start }
	}
	sec := func(l string) func(tour.Step) bool {
		return func(s tour.Step) bool { return s.Section == l }
	}
	lesion := func(x string) func(tour.Step) bool {
		return func(s tour.Step) bool {
			return s.Preset == x || strings.Contains(strings.Join(s.Sites, " "), x)
		}
	}
	has("corticospinal", tr("area:hand:L"), "the hand area trace")
	has("corticospinal", tr("area:leg:L"), "the leg area trace")
	has("corticospinal", sec("decussation"), "a section at the decussation")
	has("corticospinal", sec("C8"), "a section at C8")
	has("corticobulbar", tr("area:face:L"), "the face area trace")
	has("corticobulbar", lesion("central_facial_palsy"), "a genu lesion")
	has("corticobulbar", lesion("bells_palsy"), "a facial nerve lesion")
	has("corticobulbar", lesion("cn12"), "a hypoglossal lesion")
	for _, p := range []string{"weber", "millard_gubler", "foville", "medial_medullary", "lateral_medullary", "locked_in"} {
		has("brainstem_syndromes", lesion(p), "preset "+p)
	}
}

// TestApplyCamera: a step's camera takes degrees, the named view first.
func TestApplyCamera(t *testing.T) {
	yaw, pitch, dist := float32(90), float32(30), float32(200)
	c := tour.Camera{View: "front", Target: &[3]float32{1, 2, 3}, Yaw: &yaw, Pitch: &pitch, Distance: &dist}
	cam := view.DefaultCamera()
	if err := tour.ApplyCamera(&cam, &c); err != nil {
		t.Fatal(err)
	}
	if math.Abs(float64(cam.Yaw)-math.Pi/2) > 1e-6 || math.Abs(float64(cam.Pitch)-math.Pi/6) > 1e-6 || cam.Distance != 200 || cam.Target[2] != 3 {
		t.Errorf("camera %+v", cam)
	}
	only := tour.Camera{View: "left"}
	cam = view.DefaultCamera()
	if err := tour.ApplyCamera(&cam, &only); err != nil || math.Abs(float64(cam.Yaw)-math.Pi/2) > 1e-6 || cam.Distance != view.DefaultCamera().Distance {
		t.Errorf("view left: %+v, %v", cam, err)
	}
	bad := tour.Camera{View: "sideways"}
	before := cam
	if err := tour.ApplyCamera(&cam, &bad); err == nil || cam != before {
		t.Errorf("unknown view: err %v, camera changed %v", err, cam != before)
	}
}

// TestPlayer: stepping stops at either end and reports whether it moved.
func TestPlayer(t *testing.T) {
	tr := tour.Tour{ID: "x", Steps: []tour.Step{{Caption: "a"}, {Caption: "b"}, {Caption: "c"}}}
	p := tour.NewPlayer(tr)
	if p.Len() != 3 || p.Index() != 0 || p.Step().Caption != "a" || !p.AtStart() || p.AtEnd() {
		t.Fatalf("new player: index %d, step %q, at end %v", p.Index(), p.Step().Caption, p.AtEnd())
	}
	if p.Prev() || p.Index() != 0 {
		t.Errorf("Prev at the start moved to %d", p.Index())
	}
	if !p.Next() || !p.Next() || p.Step().Caption != "c" || !p.AtEnd() {
		t.Errorf("after two Next: index %d, at end %v", p.Index(), p.AtEnd())
	}
	if p.Next() || p.Index() != 2 {
		t.Errorf("Next at the end moved to %d", p.Index())
	}
	if !p.Prev() || p.Step().Caption != "b" || p.AtEnd() {
		t.Errorf("Prev from the end: index %d", p.Index())
	}
	p.Seek(99)
	if p.Index() != 2 {
		t.Errorf("Seek(99): %d", p.Index())
	}
	p.Seek(-5)
	if p.Index() != 0 {
		t.Errorf("Seek(-5): %d", p.Index())
	}
	var empty tour.Player
	if empty.Next() || empty.Prev() || !empty.AtEnd() || empty.Len() != 0 || empty.Step().Caption != "" {
		t.Errorf("empty player")
	}
	empty.Seek(3)
	if empty.Index() != 0 {
		t.Errorf("empty Seek: %d", empty.Index())
	}
}

// TestEffectiveMode: a step without a mode takes the one its content
// implies.
func TestEffectiveMode(t *testing.T) {
	for _, c := range []struct {
		s    tour.Step
		want string
	}{
		{tour.Step{}, tour.Explore},
		{tour.Step{Trace: "area:hand:L"}, tour.Trace},
		{tour.Step{Preset: "weber"}, tour.Lesion},
		{tour.Step{Sites: []string{"cn7:L"}}, tour.Lesion},
		{tour.Step{Mode: "Lesion", Preset: "weber"}, tour.Lesion},
	} {
		if got := c.s.EffectiveMode(); got != c.want {
			t.Errorf("%+v: %s, want %s", c.s, got, c.want)
		}
	}
}
