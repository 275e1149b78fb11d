package screen_test

import (
	"flag"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/raster"
)

// walkDir, when set, is where TestWalk writes a PNG of every mode on
// every device, presenter mode off and on, model and panels, for a person
// to look at: go test ./scene/explorer/screen -run TestWalk -walk DIR.
var walkDir = flag.String("walk", "", "write every mode's frame on every device to this directory")

// TestWalk draws the frames a person meets walking through the modes.
func TestWalk(t *testing.T) {
	if *walkDir == "" {
		t.Skip("-walk DIR writes the frames")
	}
	if err := os.MkdirAll(*walkDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, d := range []device{devices[1], devices[0], devices[3]} {
		for _, presenter := range []bool{false, true} {
			for _, m := range modeSetups {
				s := newSession(t)
				if presenter {
					s.do(t, act(explorer.TogglePresenter))
				}
				m.setup(t, s)
				s.draw(d)
				s.writeFrame(t, fmt.Sprintf("%s_%s_p%v.png", d.name, m.name, presenter))
			}
		}
	}
	// Every tour's steps on a laptop, the camera's moves done.
	s := newSession(t)
	for i := range s.ex.Tours() {
		s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: i})
		for step := 1; ; step++ {
			for range 120 {
				s.ex.Tick(1.0 / 60)
			}
			s.draw(devices[0])
			s.writeFrame(t, fmt.Sprintf("tour%d_step%02d.png", i+1, step))
			if s.ex.Player().AtEnd() {
				break
			}
			s.do(t, act(explorer.TourNext))
		}
	}
}

// writeFrame writes the frame drawn last to name in walkDir.
func (s *session) writeFrame(t *testing.T, name string) {
	t.Helper()
	img, err := raster.NewScreenPainter().Draw(&s.dl)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(*walkDir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}
