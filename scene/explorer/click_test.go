package explorer_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// TestStartAt: a click on a part of the model traces from what it is, on
// its side; a part that starts no trace starts none.
func TestStartAt(t *testing.T) {
	a := config(t).Atlas
	cases := []struct {
		id   string
		at   mgl32.Vec3
		want string // a prefix of the start; "" for none
	}{
		{"precentral.L", mgl32.Vec3{-38, -20, 56}, "area:"},
		{"paracentral.R", mgl32.Vec3{2, -34, 61}, "area:"},
		{"hemisphere.L", mgl32.Vec3{-52, 8, 39}, ""},
		{"hemisphere.R", mgl32.Vec3{10, -100, 5}, ""},
		{"postcentral.L", mgl32.Vec3{-42, -32, 58}, ""},
		{"pathway.face.R", mgl32.Vec3{17, -2, 8}, "area:face:R"},
		{"nucleus.cn7_nucleus.L", mgl32.Vec3{-8.5, -37, -41}, "nucleus:cn7_nucleus:L"},
		{"ventral_horn.R", mgl32.Vec3{3, -46, -120}, "horn:C"},
		{"thalamus.L", mgl32.Vec3{-10, -18, 6}, ""},
		{"cord", mgl32.Vec3{0, -45, -120}, ""},
		{"pathway.nowhere.L", mgl32.Vec3{}, ""},
	}
	for _, c := range cases {
		got := explorer.StartAt(a, c.id, c.at)
		if (c.want == "") != (got == "") || !strings.HasPrefix(got, c.want) {
			t.Errorf("%s at %v starts %q, want %q…", c.id, c.at, got, c.want)
		}
		if side := c.id[len(c.id)-1:]; got != "" && !strings.HasSuffix(got, ":"+side) {
			t.Errorf("%s starts %q, on the other side", c.id, got)
		}
	}
}

// TestTraceClick: a click on the real cortex traces from the area nearest
// it, as the window's click does; a click on a part that starts nothing
// acts on nothing.
func TestTraceClick(t *testing.T) {
	w := newWindow(t, 1280, 720, 1)
	for _, id := range []string{"precentral.L", "paracentral.R"} {
		mesh := model.Mesh(id)
		a, ok, err := w.ex.TraceClick(id, geom.Teaching.Warp(mesh.Anchor))
		if !ok || err != nil || a.Kind != explorer.StartTrace || a.Start.Side.String() != id[len(id)-1:] {
			t.Errorf("a click on %s: %+v, %v, %v; want a trace from an area of its side", id, a, ok, err)
		}
	}
	if _, ok, _ := w.ex.TraceClick("thalamus.L", mgl32.Vec3{-10, -18, 6}); ok {
		t.Error("a click on the thalamus starts a trace")
	}
}

// TestWhereToTrace: a click on cortex that starts no motor pathway names
// the lobe (or the postcentral gyrus, or area 6) clicked, on its side, and the
// precentral gyrus and paracentral lobule, where pathways start; a click
// on the strip, or off the cortex, gets no note.
func TestWhereToTrace(t *testing.T) {
	w := newWindow(t, 1280, 720, 1)
	p := w.ex.State().Proportions
	cases := []struct {
		id   string
		at   mgl32.Vec3 // atlas millimetres
		want string     // "" for no note
	}{
		{"hemisphere.L", mgl32.Vec3{-10, -100, 2}, "left occipital lobe"},
		{"hemisphere.R", mgl32.Vec3{40, -95, 10}, "right occipital lobe"},
		{"hemisphere.L", mgl32.Vec3{-60, -25, -10}, "left temporal lobe"},
		{"hemisphere.R", mgl32.Vec3{45, 15, -30}, "right temporal lobe"},
		{"hemisphere.L", mgl32.Vec3{-30, 50, 30}, "left frontal lobe"},
		{"hemisphere.L", mgl32.Vec3{-40, 10, 55}, "left frontal lobe"},
		{"hemisphere.R", mgl32.Vec3{40, -55, 50}, "right parietal lobe"},
		{"hemisphere.L", mgl32.Vec3{-55, -35, 30}, "left parietal lobe"},
		{"postcentral.L", mgl32.Vec3{-42, -32, 58}, "left postcentral gyrus"},
		{"premotor.L", mgl32.Vec3{-30, -3, 57}, "left premotor cortex (area 6)"},
		{"sma.R", mgl32.Vec3{5, -7, 60}, "right supplementary motor area"},
		{"precentral.L", mgl32.Vec3{-38, -22, 62}, ""},
		{"paracentral.R", mgl32.Vec3{4, -28, 66}, ""},
		{"thalamus.L", mgl32.Vec3{-10, -18, 6}, ""},
	}
	for _, c := range cases {
		if _, ok, _ := w.ex.TraceClick(c.id, p.Warp(c.at)); ok != (c.want == "" && strings.HasPrefix(c.id, "p") && !strings.HasPrefix(c.id, "postcentral")) {
			t.Errorf("a click on %s at %v starts a trace: %v", c.id, c.at, ok)
		}
		got := w.ex.WhereToTrace(c.id, p.Warp(c.at))
		if c.want == "" {
			if got != "" {
				t.Errorf("a click on %s at %v: note %q, want none", c.id, c.at, got)
			}
			continue
		}
		if !strings.Contains(got, c.want) || !strings.Contains(got, "precentral gyrus") || !strings.Contains(got, "paracentral lobule") {
			t.Errorf("a click on %s at %v: note %q, want it to name the %s and where pathways start", c.id, c.at, got, c.want)
		}
	}
}

// TestLesionClick: a click places a lesion below the surface clicked, along
// the line of sight, the size a click there takes; with a sphere selected
// the new one takes its size, and a move moves it.
func TestLesionClick(t *testing.T) {
	w := newWindow(t, 1280, 720, 1)
	w.do(t, act(explorer.EnterLesion))
	cam := w.ex.Camera()
	eye := cam.Eye()
	cases := []struct {
		name   string
		id     string
		at     mgl32.Vec3
		move   bool
		kind   explorer.Kind
		radius float32
	}{
		{"hemisphere", "hemisphere.L", mgl32.Vec3{-20, -12, 8}, false, explorer.PlaceLesion, explorer.DefaultRadius},
		{"cord, sized as the selected", "cord.L", mgl32.Vec3{-3, -45, -120}, false, explorer.PlaceLesion, explorer.DefaultRadius},
		{"moved", "cord.L", mgl32.Vec3{-3, -45, -120}, true, explorer.MoveLesion, explorer.DefaultRadius},
	}
	for _, c := range cases {
		a := w.ex.LesionClick(c.id, c.at, c.move)
		if a.Kind != c.kind || a.Radius != c.radius {
			t.Errorf("%s: %v of radius %v, want %v of %v", c.name, a.Kind, a.Radius, c.kind, c.radius)
		}
		sunk := a.At.Sub(geom.Teaching.Unwarp(c.at))
		if d := sunk.Len(); d == 0 || sunk.Dot(c.at.Sub(eye)) <= 0 {
			t.Errorf("%s: the centre %v is not sunk away from the eye", c.name, a.At)
		}
		w.do(t, a)
	}
	// Nothing selected: a click in the cord takes the small size.
	w.do(t, act(explorer.RemoveLesion), act(explorer.RemoveLesion))
	for w.ex.Selected() >= 0 {
		w.do(t, act(explorer.RemoveLesion))
	}
	if a := w.ex.LesionClick("cord.L", mgl32.Vec3{-3, -45, -120}, true); a.Kind != explorer.PlaceLesion || a.Radius != explorer.SmallRadius {
		t.Errorf("a click in the cord with nothing selected: %v of radius %v, want a place of %v", a.Kind, a.Radius, explorer.SmallRadius)
	}
}
