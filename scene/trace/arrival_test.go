package trace_test

import (
	"testing"

	"github.com/decussate/decussate/scene/trace"
)

// TestArrivalSaysWhere: once the volley has reached its muscles, the
// caption says so in words, naming the regions the trace drives most on
// their side.
func TestArrivalSaysWhere(t *testing.T) {
	a := testAtlas(t)
	for _, c := range []struct{ start, want string }{
		{"area:hand:L", "The signal has reached the muscles: right wrist and hand"},
		{"area:face:L", "The signal has reached the muscles: right lower face"},
		{"region:hand:L", "The signal has reached the muscles: left hand"},
		{"nucleus:cn7_nucleus:L", "The signal has reached the muscles: left upper face and lower face"},
		{"area:tongue:L", "The signal has reached the muscles: right tongue; jaw, palate, pharynx and larynx on both sides"},
		{"horn:C8:R", "The signal has reached the muscles: right hand"},
	} {
		s, err := trace.ParseStart(a, c.start)
		if err != nil {
			t.Fatal(err)
		}
		ch, err := trace.Trace(a, s)
		if err != nil {
			t.Fatal(err)
		}
		if got := ch.Arrival(); got != c.want {
			t.Errorf("%s: %q, want %q", c.start, got, c.want)
		}
	}
}
