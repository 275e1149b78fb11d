//go:build !js

package browser

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"math"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// State is what the program last reported on the page (window.decussate),
// with the page's clock when it was read.
type State struct {
	// Present is false until the program has created window.decussate.
	Present bool   `json:"present"`
	Frames  int    `json:"frames"`
	Status  string `json:"status"`
	Pick    string `json:"pick"`
	// Now is performance.now() in milliseconds, read together with the
	// rest, so that a frame rate does not include the protocol's delays.
	Now float64 `json:"now"`
	// Loader is the text of the loader's message when it shows one
	// (a failure), for error messages.
	Loader string `json:"loader"`
	// LoaderStatus is the loader's status line ("Downloading…") and
	// Canvas whether Ebiten's canvas is in the page: where a page that
	// never draws got stuck.
	LoaderStatus string `json:"loaderStatus"`
	Canvas       bool   `json:"canvas"`
}

// stateScript reads State in one round trip.
const stateScript = `(() => {
	const d = window.decussate;
	const m = document.getElementById("message");
	return {
		present: typeof d === "object" && d !== null,
		frames: d && typeof d.frames === "number" ? d.frames : 0,
		status: d && typeof d.status === "string" ? d.status : "",
		pick: d && typeof d.pick === "string" ? d.pick : "",
		now: performance.now(),
		loader: m && !m.hidden ? m.innerText : "",
		loaderStatus: (document.getElementById("status") || {}).innerText || "",
		canvas: document.querySelector("body > canvas") !== null,
	};
})()`

// ReadState reads what the program reports on the page.
func ReadState(ctx context.Context) (State, error) {
	s, err := chromedp.Run(ctx, chromedp.Evaluate[State](stateScript))
	if err != nil {
		return State{}, fmt.Errorf("reading window.decussate: %w", err)
	}
	return s, nil
}

// WaitFrames waits until the program reports more than n frames drawn and
// the loader has stepped aside, for at most timeout. It fails at once when
// the loader shows a failure, quoting it.
func WaitFrames(ctx context.Context, n int, timeout time.Duration) (State, error) {
	deadline := time.Now().Add(timeout)
	var last State
	for {
		s, err := ReadState(ctx)
		if err != nil {
			return last, err
		}
		last = s
		if s.Loader != "" {
			return s, fmt.Errorf("the page shows a failure instead of drawing: %q", s.Loader)
		}
		if s.Frames > n {
			hidden, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("loader").hidden`))
			if err != nil {
				return s, fmt.Errorf("reading the loader's state: %w", err)
			}
			if hidden {
				return s, nil
			}
		}
		if time.Now().After(deadline) {
			return s, fmt.Errorf("after %v the page reports %d frames, want more than %d (window.decussate present: %v, status %q; canvas in the page: %v; loader says %q)",
				timeout, s.Frames, n, s.Present, s.Status, s.Canvas, s.LoaderStatus)
		}
		if err := sleep(ctx, 100*time.Millisecond); err != nil {
			return s, err
		}
	}
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Screenshot returns the viewport as an image.
func Screenshot(ctx context.Context) (image.Image, error) {
	data, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		return nil, fmt.Errorf("taking a screenshot: %w", err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("decoding the screenshot: %w", err)
	}
	return img, nil
}

// mouse dispatches one mouse event at (x, y); pressed says whether the left
// button is held, which a move must tell too.
func mouse(ctx context.Context, typ input.DispatchMouseEventType, x, y float64, pressed bool) error {
	opts := []chromedp.MouseOption{}
	if pressed || typ == chromedp.MouseReleased {
		opts = append(opts, chromedp.ButtonLeft, chromedp.ClickCount(1))
	}
	if pressed {
		opts = append(opts, func(p *input.DispatchMouseEventParams) { p.Buttons = 1 })
	}
	if err := chromedp.Do(ctx, chromedp.MouseEvent(typ, x, y, opts...)); err != nil {
		return fmt.Errorf("mouse %s at (%.0f, %.0f): %w", typ, x, y, err)
	}
	return nil
}

// Drag presses the left button at from, moves to to in steps spread over
// d, and releases it there: long enough for the program's updates, 60 a
// second, to see each move.
func Drag(ctx context.Context, from, to image.Point, steps int, d time.Duration) error {
	if steps < 1 {
		return errors.New("drag: at least one step is needed")
	}
	fx, fy := float64(from.X), float64(from.Y)
	if err := mouse(ctx, chromedp.MouseMoved, fx, fy, false); err != nil {
		return err
	}
	if err := mouse(ctx, chromedp.MousePressed, fx, fy, true); err != nil {
		return err
	}
	x, y := fx, fy
	for i := 1; i <= steps; i++ {
		if err := sleep(ctx, d/time.Duration(steps)); err != nil {
			return err
		}
		f := float64(i) / float64(steps)
		x = fx + f*float64(to.X-from.X)
		y = fy + f*float64(to.Y-from.Y)
		if err := mouse(ctx, chromedp.MouseMoved, x, y, true); err != nil {
			return err
		}
	}
	return mouse(ctx, chromedp.MouseReleased, x, y, false)
}

// Orbit holds the left button down and circles around centre at radius
// pixels, one move every interval, until d has passed: what a student
// turning the model does, for as long as a frame rate is counted.
func Orbit(ctx context.Context, centre image.Point, radius float64, interval, d time.Duration) error {
	cx, cy := float64(centre.X), float64(centre.Y)
	at := func(turn float64) (float64, float64) {
		a := 2 * math.Pi * turn
		return cx + radius*math.Cos(a), cy + radius*math.Sin(a)
	}
	x, y := at(0)
	if err := mouse(ctx, chromedp.MouseMoved, x, y, false); err != nil {
		return err
	}
	if err := mouse(ctx, chromedp.MousePressed, x, y, true); err != nil {
		return err
	}
	start := time.Now()
	for time.Since(start) < d {
		if err := sleep(ctx, interval); err != nil {
			return err
		}
		// One turn every two seconds, a brisk student's pace.
		x, y = at(time.Since(start).Seconds() / 2)
		if err := mouse(ctx, chromedp.MouseMoved, x, y, true); err != nil {
			return err
		}
	}
	return mouse(ctx, chromedp.MouseReleased, x, y, false)
}

// Hover moves the pointer, no button held, to p.
func Hover(ctx context.Context, p image.Point) error {
	return mouse(ctx, chromedp.MouseMoved, float64(p.X), float64(p.Y), false)
}

// WaitNewFrames waits until the program has drawn n more frames than it had
// when called, for at most timeout, and returns its state then: what it
// reports afterwards reflects input sent before the call.
func WaitNewFrames(ctx context.Context, n int, timeout time.Duration) (State, error) {
	first, err := ReadState(ctx)
	if err != nil {
		return first, err
	}
	deadline := time.Now().Add(timeout)
	for {
		s, err := ReadState(ctx)
		if err != nil {
			return s, err
		}
		if s.Frames >= first.Frames+n {
			return s, nil
		}
		if time.Now().After(deadline) {
			return s, fmt.Errorf("the program drew %d frames in %v, want %d", s.Frames-first.Frames, timeout, n)
		}
		if err := sleep(ctx, 20*time.Millisecond); err != nil {
			return s, err
		}
	}
}

// WaitStatus waits until the program reports status, for at most timeout:
// a program may draw a loading screen for a while before its scene.
func WaitStatus(ctx context.Context, status string, timeout time.Duration) (State, error) {
	deadline := time.Now().Add(timeout)
	for {
		s, err := ReadState(ctx)
		if err != nil {
			return s, err
		}
		if s.Status == status {
			return s, nil
		}
		if s.Loader != "" {
			return s, fmt.Errorf("the page shows a failure instead of status %q: %q", status, s.Loader)
		}
		if time.Now().After(deadline) {
			return s, fmt.Errorf("after %v the program reports status %q (%d frames), want %q", timeout, s.Status, s.Frames, status)
		}
		if err := sleep(ctx, 100*time.Millisecond); err != nil {
			return s, err
		}
	}
}

// Press presses and releases a key, holding it down long enough for the
// program's updates, 60 a second, to see it held: a press and release
// within one update would be missed. key is a key's name ("n"), code its
// code ("KeyN") and vk its Windows virtual key code (78).
func Press(ctx context.Context, key, code string, vk int64, hold time.Duration) error {
	return PressWith(ctx, key, code, vk, 0, hold)
}

// The modifier keys PressWith holds, the protocol's bits.
const (
	Alt   int64 = 1
	Ctrl  int64 = 2
	Meta  int64 = 4
	Shift int64 = 8
)

// PressWith is Press with modifier keys held (Ctrl, Shift, or both
// added): Shift-F5, Ctrl-R.
func PressWith(ctx context.Context, key, code string, vk, modifiers int64, hold time.Duration) error {
	send := func(typ input.DispatchKeyEventType) error {
		return chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, input.DispatchKeyEvent, input.DispatchKeyEventParams{
				Type: typ, Key: key, Code: code, WindowsVirtualKeyCode: vk, NativeVirtualKeyCode: vk, Modifiers: modifiers,
			})
			return err
		}))
	}
	if err := send(input.DispatchKeyEventTypeRawKeyDown); err != nil {
		return fmt.Errorf("pressing %s: %w", key, err)
	}
	if err := sleep(ctx, hold); err != nil {
		return err
	}
	if err := send(input.DispatchKeyEventTypeKeyUp); err != nil {
		return fmt.Errorf("releasing %s: %w", key, err)
	}
	return nil
}
