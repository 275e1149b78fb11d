package tour_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/tour"
)

// file wraps steps into a tour file with id "t".
func file(steps string) string {
	return `{"id": "t", "title": "T", "steps": [` + steps + `]}`
}

// TestLoadFaults: every fault names the file, the tour, the step and the
// field at fault.
func TestLoadFaults(t *testing.T) {
	for _, c := range []struct {
		name, data string
		want       []string
	}{
		{"syntax", `{"id": "t", "title": "T", "steps": [}`, []string{"bad.json", "line 1"}},
		{"trailing", file(`{"caption": "a"}`) + `{}`, []string{"bad.json", "trailing data"}},
		{"unknown tour field", `{"id": "t", "title": "T", "stpes": []}`, []string{"bad.json", ": t: stpes: unknown field"}},
		{"no id", `{"title": "T", "steps": [{"caption": "a"}]}`, []string{"(no id): id: missing"}},
		{"bad id", `{"id": "Tour One", "title": "T", "steps": [{"caption": "a"}]}`, []string{"id: \"Tour One\""}},
		{"no title", `{"id": "t", "steps": [{"caption": "a"}]}`, []string{": t: title: missing"}},
		{"no steps", `{"id": "t", "title": "T"}`, []string{": t: steps: missing"}},
		{"unknown step field", file(`{"caption": "a"}, {"caption": "b", "sectoin": "C8"}`), []string{": t: step 2: sectoin: unknown field"}},
		{"unknown camera field", file(`{"caption": "a", "camera": {"yawn": 3}}`), []string{"step 1: yawn: unknown field"}},
		{"wrong type", file(`{"caption": "a", "camera": {"yaw": "left"}}`), []string{"step 1: camera.yaw: line 1: want float32"}},
		{"no caption", file(`{"mode": "explore"}`), []string{"step 1: caption: missing"}},
		{"bad mode", file(`{"caption": "a", "mode": "quiz"}`), []string{"step 1: mode: unknown mode \"quiz\""}},
		{"trace outside trace mode", file(`{"caption": "a", "mode": "lesion", "trace": "area:hand:L", "preset": "weber"}`), []string{"step 1: trace: a trace needs mode trace"}},
		{"lesion outside lesion mode", file(`{"caption": "a", "mode": "explore", "preset": "weber"}`), []string{"step 1: sites: sites or a preset need mode lesion"}},
		{"sites and preset", file(`{"caption": "a", "sites": ["cn7:L"], "preset": "weber"}`), []string{"step 1: preset: give sites or a preset, not both"}},
		{"trace mode without trace", file(`{"caption": "a", "mode": "trace"}`), []string{"step 1: trace: missing"}},
		{"lesion mode without lesion", file(`{"caption": "a", "mode": "lesion"}`), []string{"step 1: sites: missing"}},
		{"empty camera", file(`{"caption": "a", "camera": {}}`), []string{"step 1: camera: empty"}},
		{"pitch", file(`{"caption": "a", "camera": {"pitch": 95}}`), []string{"step 1: camera.pitch: 95"}},
		{"distance", file(`{"caption": "a", "camera": {"distance": 5}}`), []string{"step 1: camera.distance: 5"}},
	} {
		_, err := tour.Load(fstest.MapFS{"bad.json": {Data: []byte(c.data)}})
		if err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		for _, w := range append([]string{"tours bad.json"}, c.want...) {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q does not say %q", c.name, err, w)
			}
		}
	}
}

// TestLoadFiles: tours come in file name order; no files and a duplicate
// id are faults, and faults in several files are all reported.
func TestLoadFiles(t *testing.T) {
	ok := `{"id": "%s", "title": "T", "steps": [{"caption": "a"}]}`
	tours, err := tour.Load(fstest.MapFS{
		"b.json":     {Data: []byte(strings.Replace(ok, "%s", "second", 1))},
		"a.json":     {Data: []byte(strings.Replace(ok, "%s", "first", 1))},
		"notes.txt":  {Data: []byte("not a tour")},
		"sub/c.json": {Data: []byte("{")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(tours) != 2 || tours[0].ID != "first" || tours[1].ID != "second" || tours[0].File != "a.json" {
		t.Errorf("tours %+v", tours)
	}
	if _, err := tour.Load(fstest.MapFS{}); err == nil || !strings.Contains(err.Error(), "no tour files") {
		t.Errorf("no files: %v", err)
	}
	_, err = tour.Load(fstest.MapFS{
		"a.json": {Data: []byte(strings.Replace(ok, "%s", "same", 1))},
		"b.json": {Data: []byte(strings.Replace(ok, "%s", "same", 1))},
	})
	if err == nil || !strings.Contains(err.Error(), "tours b.json: same: id: duplicate id (first in a.json)") {
		t.Errorf("duplicate: %v", err)
	}
	_, err = tour.Load(fstest.MapFS{
		"a.json": {Data: []byte(file(`{"mode": "x"}`))},
		"b.json": {Data: []byte(`{"id": "u"}`)},
	})
	for _, w := range []string{"tours a.json: t: step 1: caption", "tours a.json: t: step 1: mode", "tours b.json: u: title", "tours b.json: u: steps"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("several faults: %v does not say %q", err, w)
		}
	}
}

// TestValidateFaults: Validate names the tour, the step and the bad value
// of every unknown view, trace start, site, preset, section level and
// mark.
func TestValidateFaults(t *testing.T) {
	steps := `{"caption": "a", "camera": {"view": "sideways"}},
		{"caption": "b", "trace": "area:elbow:L"},
		{"caption": "c", "sites": ["cn7:L", "cn77:L"]},
		{"caption": "d", "preset": "webber"},
		{"caption": "e", "section": "C9"},
		{"caption": "f", "trace": "horn:C8:X"},
		{"caption": "g", "marks": ["area:hand:L", "area:knob:L", "horn:C8:R"]}`
	tours, err := tour.Load(fstest.MapFS{"bad.json": {Data: []byte(file(steps))}})
	if err != nil {
		t.Fatal(err)
	}
	err = tour.Validate(tours, testatlas.Atlas(t), testatlas.Engine(t), presets(t))
	if err == nil {
		t.Fatal("no error")
	}
	for _, w := range []string{
		`tours bad.json: t: step 1: camera.view: unknown view "sideways"`,
		`tours bad.json: t: step 2: trace: trace start "area:elbow:L"`,
		`tours bad.json: t: step 3: sites: unknown site "cn77"`,
		`tours bad.json: t: step 4: preset: unknown preset "webber"`,
		`tours bad.json: t: step 5: section: unknown section level "C9"`,
		`tours bad.json: t: step 6: trace: trace start "horn:C8:X"`,
		`tours bad.json: t: step 7: marks: trace start "area:knob:L"`,
		`tours bad.json: t: step 7: marks: mark "horn:C8:R" is not an area`,
	} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q\ndoes not say %q", err, w)
		}
	}
	if strings.Contains(err.Error(), `"cn7:L"`) || strings.Contains(err.Error(), `"area:hand:L"`) {
		t.Errorf("a good site is blamed: %v", err)
	}
}
