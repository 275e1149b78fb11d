//go:build js

package pagehook

import (
	"syscall/js"
	"testing"
)

// page returns window.decussate as the page sees it.
func page(t *testing.T) js.Value {
	t.Helper()
	o := js.Global().Get("decussate")
	if o.Type() != js.TypeObject {
		t.Fatalf("window.decussate is %s, want an object", o.Type())
	}
	return o
}

// TestStaleObjectReplaced: an object left under the name before the program
// started is not the one it writes to, so a reader never sees stale counts.
func TestStaleObjectReplaced(t *testing.T) {
	// It must run first, before any call has created the object.
	if state.ready {
		t.Fatal("the object was created before this test; it must be the file's first")
	}
	stale := js.Global().Get("Object").New()
	stale.Set("frames", 99)
	js.Global().Set("decussate", stale)
	Frame(1, "")
	if got := page(t).Get("frames").Int(); got != 1 {
		t.Errorf("frames = %d, want 1 from a fresh object", got)
	}
}

func TestFrameAndPickReachThePage(t *testing.T) {
	Frame(7, "loading")
	Pick("")
	o := page(t)
	if got := o.Get("frames").Int(); got != 7 {
		t.Errorf("frames = %d, want 7", got)
	}
	if got := o.Get("status").String(); got != "loading" {
		t.Errorf("status = %q, want %q", got, "loading")
	}
	Frame(123456, "scene")
	Pick("pons")
	if got := o.Get("frames").Int(); got != 123456 {
		t.Errorf("frames = %d, want 123456", got)
	}
	if got := o.Get("status").String(); got != "scene" {
		t.Errorf("status = %q, want %q", got, "scene")
	}
	if got := o.Get("pick").String(); got != "pons" {
		t.Errorf("pick = %q, want %q", got, "pons")
	}
	Pick("")
	if got := o.Get("pick").String(); got != "" {
		t.Errorf("pick = %q after the pointer left, want empty", got)
	}
}

// TestSteadyStateAllocatesNothing: the hooks run every frame, and the scene
// promises a frame without allocations.
func TestSteadyStateAllocatesNothing(t *testing.T) {
	frames := 1000
	Frame(frames, "scene")
	Pick("pons")
	allocs := testing.AllocsPerRun(1000, func() {
		frames++
		Frame(frames, "scene")
		Pick("pons")
	})
	if allocs != 0 {
		t.Errorf("Frame and Pick allocate %.1f times per frame in steady state, want 0", allocs)
	}
}

func BenchmarkFrame(b *testing.B) {
	b.ReportAllocs()
	for i := range b.N {
		Frame(i, "scene")
	}
}

// TestNoticeReachesThePage: the note on screen, its width and the screen's
// reach the page, and showing the same note again allocates nothing.
func TestNoticeReachesThePage(t *testing.T) {
	n := Notice{Text: "This link names a lesion site that does not exist: pyramid0:L.", Width: 300, ScreenWidth: 390}
	ShowNotice(n)
	o := page(t)
	if got := o.Get("notice").String(); got != n.Text {
		t.Errorf("notice = %q, want %q", got, n.Text)
	}
	if w, s := o.Get("noticeWidth").Int(), o.Get("screenWidth").Int(); w != 300 || s != 390 {
		t.Errorf("noticeWidth, screenWidth = %d, %d, want 300, 390", w, s)
	}
	if allocs := testing.AllocsPerRun(100, func() { ShowNotice(n) }); allocs != 0 {
		t.Errorf("showing the same note allocates %.1f times per frame, want 0", allocs)
	}
	ShowNotice(Notice{})
	if got := o.Get("notice").String(); got != "" {
		t.Errorf("notice = %q after it went, want empty", got)
	}
}
