package screen_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/words"
)

// TestTraceEndNamesWhole: at the end of a trace the muscles reached are
// named beside the limb, several at one point in one label ("flexor carpi
// radialis, flexor digitorum profundus and superficialis"); on a phone's
// narrow column such a name takes more lines, never cut short with an
// ellipsis that hides which muscles the impulse reached.
func TestTraceEndNamesWhole(t *testing.T) {
	for _, d := range append(devices[:len(devices):len(devices)], device{"390x844@3", 390, 844, 3, words.Touch}) {
		for starts := 1; starts <= 2; starts++ {
			s := newSession(t)
			for range starts {
				s.do(t, act(explorer.NextTrace))
			}
			for i := 0; !s.ex.Impulse().Arrived && i < 60*60; i++ {
				s.ex.Tick(1.0 / 60)
			}
			s.settle(d, 90)
			named := 0
			for _, tx := range s.dl.Texts {
				if strings.HasSuffix(tx.S, "…") {
					t.Errorf("%s, trace %d's end: %q is cut short", d.name, starts, tx.S)
				}
				named++
			}
			if named == 0 {
				t.Errorf("%s, trace %d's end: nothing is written", d.name, starts)
			}
		}
	}
}
