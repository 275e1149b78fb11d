package game

import (
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"math"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/link"
	"github.com/hajimehoshi/ebiten/v2"
)

// hostileLinks are links that once crashed the page or blanked it (issue
// 14), and more of their kinds.
var hostileLinks = map[string]string{
	"twelve stale sites": "mode=lesion" + func() string {
		s := ""
		for i := range 12 {
			s += "&lesion=pyramid" + itoa(i) + ":L"
		}
		return s
	}(),
	"a 1,000-char key":    strings.Repeat("x", 1000) + "=1",
	"an infinite camera":  "cam=Inf,0,500,0,0,0",
	"a NaN camera":        "cam=NaN,0,500,NaN,0,0",
	"capital phase":       "mode=lesion&lesion=pyramid:L&phase=ACUTE",
	"2,000 same spheres":  "mode=lesion" + strings.Repeat("&lesion=point:0,0,0,5", 2000),
	"a 5,000-char site":   "mode=lesion&lesion=" + strings.Repeat("pyramid", 700),
	"every kind at once":  "%zz&" + strings.Repeat("y", 500) + "=2&mode=lesion&lesion=nowhere:L&lesion=point:1_0,0,0,5&labels=maybe&cam=1,2&section=moon&phase=later",
	"a wide unbroken key": strings.Repeat("W", 300) + "=1",
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// TestHostileLinks opens each hostile link and draws the frame at a
// desktop's and a phone's size: nothing panics, the camera stays finite,
// the link written back holds no NaN or Inf, and every line of the note
// and every text drawn fits the screen.
func TestHostileLinks(t *testing.T) {
	for name, l := range hostileLinks {
		t.Run(name, func(t *testing.T) {
			g, err := New()
			if err != nil {
				t.Fatal(err)
			}
			notes := g.ApplyState(l)
			if name != "capital phase" && len(notes) == 0 {
				t.Errorf("no note for %q", l)
			}
			if name == "capital phase" && (len(notes) != 0 || g.ex.State().Phase != "acute") {
				t.Errorf("phase=ACUTE: notes %q, phase %s", notes, g.ex.State().Phase)
			}
			if len(g.ex.State().Lesions) > link.MaxLesions {
				t.Errorf("%d lesions placed, want at most %d", len(g.ex.State().Lesions), link.MaxLesions)
			}
			state := g.stateOf()
			if strings.Contains(state, "NaN") || strings.Contains(state, "Inf") {
				t.Errorf("the link written back holds %q", state)
			}
			for _, size := range [][2]int{{1280, 720}, {390, 844}, {200, 150}} {
				screen := ebiten.NewImage(size[0], size[1])
				g.Draw(screen)
				screen.Deallocate()
				lines := g.notice.lines
				if len(lines) == 0 {
					if len(notes) > 0 {
						t.Errorf("%d×%d: notes %q but nothing drawn", size[0], size[1], notes)
					}
					continue
				}
				textPx := g.frameLayout.Size * 0.9
				for _, line := range lines {
					if w := g.face.Width(line, textPx); w > float32(size[0]) {
						t.Errorf("%d×%d: a note's line is %.0f px wide: %q", size[0], size[1], w, line)
					}
				}
				for k, tx := range g.drawer.fonts.texts {
					if b := tx.img.Bounds(); b.Dx() > size[0] && k.maxWidth == size[0] {
						t.Errorf("%d×%d: %q drawn %d px wide", size[0], size[1], k.s, b.Dx())
					}
				}
			}
		})
	}
}

// TestTextNeverWiderThanScreen: a text of any length becomes an image no
// wider than the screen, nor than Ebiten can hold.
func TestTextNeverWiderThanScreen(t *testing.T) {
	face, err := screen.NewFace()
	if err != nil {
		t.Fatal(err)
	}
	f := newFonts(face)
	for _, s := range []string{"short", strings.Repeat("m", 8649), strings.Repeat("ẅ ", 3000)} {
		for _, scr := range [][2]int{{390, 844}, {1280, 720}, {8192, 8192}} {
			for _, size := range []float32{12, 900, float32(math.NaN()), float32(math.Inf(1))} {
				d := f.text(s, size, scr[0], scr[1])
				b := d.img.Bounds()
				if b.Dx() > min(scr[0], maxTextSide) || b.Dy() > min(scr[1], maxTextSide) || d.width > float64(scr[0]) {
					t.Errorf("%d chars at %v px on %v: a %v image, width %v", len(s), size, scr, b.Size(), d.width)
				}
			}
		}
	}
}

// TestCameraStaysFinite: a camera driven to NaN or far away by the
// pointer stays finite and within a link's range, and so does the link.
func TestCameraStaysFinite(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	nan := float32(math.NaN())
	g.ctl.drag(nan, 0, 1280, 720)
	if c := g.ex.Camera(); c.Yaw != c.Yaw {
		t.Errorf("the camera is %+v", c)
	}
	g.ctl.pan(0, 1e30, 1280, 720)
	if z := g.ex.Camera().Target; z.Len() > 2*link.MaxTarget {
		t.Errorf("the camera's target is at %v", z)
	}
	g.syncLink()
	if s := g.stateOf(); strings.Contains(s, "NaN") || strings.Contains(s, "Inf") || strings.Contains(s, "e+") {
		t.Errorf("the link holds %q", s)
	}
}

// TestLesionCap: a student cannot place more than link.MaxLesions lesions,
// and is told why.
func TestLesionCap(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	g.act(explorer.EnterLesion)
	for i := range link.MaxLesions {
		if err := g.do(explorer.Action{Kind: explorer.PlaceLesion, At: [3]float32{float32(i), 0, 0}, Radius: 5}); err != nil {
			t.Fatalf("lesion %d refused: %v", i+1, err)
		}
	}
	err = g.do(explorer.Action{Kind: explorer.PlaceLesion, At: [3]float32{0, 0, 0}, Radius: 5})
	if err == nil || len(g.ex.State().Lesions) != link.MaxLesions {
		t.Errorf("%d lesions placed, want at most %d", len(g.ex.State().Lesions), link.MaxLesions)
	}
	if err != nil && !strings.Contains(err.Error(), "Delete removes") {
		t.Errorf("the student is told %q, not how to make room", err)
	}
}
