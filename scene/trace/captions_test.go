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
