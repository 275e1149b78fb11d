package screen_test

import (
	"fmt"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
)

// TestPickerRowsFitAFingertip: on a phone the list of classic lesions is
// tapped: its rows are at least 36 CSS pixels apart, every line of it is
// at a phone's 14 CSS pixels or more, and a tap in the middle of a row
// takes that row.
func TestPickerRowsFitAFingertip(t *testing.T) {
	for _, d := range []device{devices[3], {"390x844@3", 390, 844, 3, devices[3].input}} {
		for _, presenter := range []bool{false, true} {
			s := newSession(t)
			if presenter {
				s.do(t, act(explorer.TogglePresenter))
			}
			s.do(t, act(explorer.EnterLesion), act(explorer.OpenPicker))
			L := s.draw(d)
			if *walkDir != "" {
				s.writeFrame(t, fmt.Sprintf("picker_%s_p%v.png", d.name, presenter))
			}
			b := L.Left
			var rows []view.Text
			for _, tx := range s.dl.Texts {
				if tx.X < b.X || tx.X > b.X+b.W || tx.Y < b.Y || tx.Y > b.Y+b.H {
					continue
				}
				if tx.Size < 14*d.ratio-0.5 {
					t.Errorf("%s presenter=%v: %q is %.1f CSS px, under 14", d.name, presenter, tx.S, tx.Size/d.ratio)
				}
				for _, p := range s.presets.Matches {
					if len(tx.S) > 4 && p.Name[:min(len(p.Name), len(tx.S))] == tx.S {
						rows = append(rows, tx)
						break
					}
				}
			}
			if len(rows) < 5 {
				t.Fatalf("%s presenter=%v: %d rows drawn", d.name, presenter, len(rows))
			}
			for i := 1; i < len(rows); i++ {
				if gap := (rows[i].Y - rows[i-1].Y) / d.ratio; gap < 36 {
					t.Errorf("%s presenter=%v: rows %q and %q are %.0f CSS px apart, under a fingertip's 36", d.name, presenter, rows[i-1].S, rows[i].S, gap)
				}
			}
			for i, r := range rows {
				// The text's middle, a little above its baseline.
				if got, ok := s.presets.RowAt(b, L.Size, r.Y-r.Size*0.35); !ok || got != s.presets.First+i {
					t.Errorf("%s presenter=%v: a tap on %q takes row %d (%v), want %d", d.name, presenter, r.S, got, ok, s.presets.First+i)
				}
			}
		}
	}
}
