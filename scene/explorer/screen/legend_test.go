package screen_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/words"
)

// TestOneTypeKey checks that lesion mode shows the key to the UMN, LMN
// and mixed colours once, not under the patient and in the report both.
func TestOneTypeKey(t *testing.T) {
	for _, d := range devices {
		t.Run(d.name, func(t *testing.T) {
			s := newSession(t)
			s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "capsular_lacune"})
			w, h := int(float32(d.w)*d.ratio), int(float32(d.h)*d.ratio)
			s.ex.UseDevice(d.input)
			c := s.content()
			L := s.screen.Place(screen.NewMetrics(w, h, d.ratio, s.ex.Presenter()), c)
			s.dl.Reset(w, h)
			s.screen.Draw(&s.dl, &L, c)
			n := 0
			for _, tx := range s.dl.Texts {
				if tx.S == "UMN" {
					n++
				}
			}
			if n > 1 {
				t.Errorf("the key to the types is drawn %d times", n)
			}
			if n == 0 && d.input == words.Keyboard {
				t.Error("no key to the types on a laptop")
			}
		})
	}
}
