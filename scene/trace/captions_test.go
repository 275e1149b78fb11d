package trace_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/trace"
)

// TestMuscleCaptionsReadAsEnglish: on every horn and region trace, a
// caption listing muscles reads as English: a serial comma only after a
// list of two or more ("erector spinae and the cremaster"), no id's
// underscores, no doubled spaces or punctuation.
func TestMuscleCaptionsReadAsEnglish(t *testing.T) {
	a := testAtlas(t)
	var starts []string
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		for _, s := range []string{"L", "R"} {
			starts = append(starts, "horn:"+l.String()+":"+s)
		}
	}
	for _, r := range anatomy.Regions {
		starts = append(starts, "region:"+r+":L")
	}
	for _, n := range a.Nuclei {
		starts = append(starts, "nucleus:"+n.ID+":R")
	}
	checked := 0
	for _, text := range starts {
		s, err := trace.ParseStart(a, text)
		if err != nil {
			continue // a segment without motor neurons
		}
		c, err := trace.Trace(a, s)
		if err != nil {
			t.Fatalf("%s: %v", text, err)
		}
		for _, n := range c.Branches() {
			for _, st := range n.Branch.Stations {
				_, list, ok := strings.Cut(st.Caption, " muscles: ")
				if !ok {
					continue
				}
				checked++
				named, _, bare := strings.Cut(list, "and the ")
				if bare && strings.HasSuffix(named, ", ") && !strings.Contains(strings.TrimSuffix(named, ", "), ",") {
					t.Errorf("%s: %q: a serial comma after one muscle", text, st.Caption)
				}
				for _, bad := range []string{"_", "  ", ",,", ";", " ,"} {
					if strings.Contains(st.Caption, bad) {
						t.Errorf("%s: %q contains %q", text, st.Caption, bad)
					}
				}
			}
		}
	}
	if checked < 50 {
		t.Fatalf("only %d muscle captions checked", checked)
	}
}

// TestMuscleCaptionsDoNotRepeatThemselves: a caption never names a region
// and then a muscle that repeats it ("diaphragm muscles: diaphragm",
// "neck muscles: deep neck muscles"): such a muscle is named alone.
func TestMuscleCaptionsDoNotRepeatThemselves(t *testing.T) {
	a := testAtlas(t)
	var starts []string
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		starts = append(starts, "horn:"+l.String()+":L")
	}
	for _, r := range anatomy.Regions {
		starts = append(starts, "region:"+r+":R")
	}
	for _, n := range a.Nuclei {
		starts = append(starts, "nucleus:"+n.ID+":L")
	}
	for _, ar := range a.Areas {
		starts = append(starts, "area:"+ar.ID+":L")
	}
	seen := map[string]bool{}
	for _, text := range starts {
		s, err := trace.ParseStart(a, text)
		if err != nil {
			continue
		}
		c, err := trace.Trace(a, s)
		if err != nil {
			continue // an area without descending fibres of its own
		}
		for _, n := range c.Branches() {
			for _, st := range n.Branch.Stations {
				head, list, ok := strings.Cut(st.Caption, " muscles: ")
				if !ok || seen[st.Caption] {
					continue
				}
				seen[st.Caption] = true
				_, regions, _ := strings.Cut(head, " ")
				for _, region := range strings.Split(regions, " and ") {
					for _, m := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' }) {
						m = strings.TrimPrefix(strings.TrimSpace(m), "and the ")
						if strings.Contains(m, region) || strings.Contains(region, m) {
							t.Errorf("%s: %q names %q twice", text, st.Caption, region)
						}
					}
				}
			}
		}
	}
	for _, want := range []string{"right diaphragm", "right sternocleidomastoid", "right trapezius", "right deep neck muscles"} {
		if !seen[want] && !hasCaption(t, a, want) {
			t.Errorf("no caption %q", want)
		}
	}
}

// hasCaption reports whether the region trace of the right side has a
// station captioned want.
func hasCaption(t *testing.T, a *anatomy.Atlas, want string) bool {
	t.Helper()
	for _, r := range anatomy.Regions {
		s, err := trace.ParseStart(a, "region:"+r+":R")
		if err != nil {
			t.Fatal(err)
		}
		c, err := trace.Trace(a, s)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range c.Branches() {
			for _, st := range n.Branch.Stations {
				if st.Caption == want {
					return true
				}
			}
		}
	}
	return false
}

// TestMuscleGroupNamedRightly: the stapedius, whose branch leaves the
// facial nerve in the facial canal above the stylomastoid foramen (so its
// fibres part from the face's there), is named alone, never as a lower
// face muscle; and no caption ends in the anatomist's "(periphery)".
func TestMuscleGroupNamedRightly(t *testing.T) {
	a := testAtlas(t)
	s, err := trace.ParseStart(a, "nucleus:cn7_nucleus:R")
	if err != nil {
		t.Fatal(err)
	}
	c, err := trace.Trace(a, s)
	if err != nil {
		t.Fatal(err)
	}
	const want = "right stapedius"
	found := false
	for _, n := range c.Branches() {
		for _, st := range n.Branch.Stations {
			if strings.Contains(st.Caption, "stapedius") {
				found = found || st.Caption == want
				if strings.Contains(st.Caption, "lower face muscles") {
					t.Errorf("%q calls the stapedius a lower face muscle", st.Caption)
				}
			}
			if strings.Contains(st.Level, "periphery") {
				t.Errorf("%q: level %q, not a student's words", st.Caption, st.Level)
			}
		}
	}
	if !found {
		t.Errorf("no caption %q", want)
	}
}
