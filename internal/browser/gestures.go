//go:build !js

package browser

import (
	"context"
	"fmt"
	"image"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// Wheel sends one wheel event at p (CSS pixels) with a vertical delta in
// pixels: 100 is one notch of a mouse wheel in Chromium, a few pixels a
// trackpad's step; positive scrolls down, which zooms out.
func Wheel(ctx context.Context, p image.Point, deltaY float64) error {
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, input.DispatchMouseEvent, input.DispatchMouseEventParams{
			// The protocol wants deltaX present, and the generated
			// type omits a zero, so a horizontal delta nobody notices.
			Type: input.DispatchMouseEventTypeMouseWheel, X: float64(p.X), Y: float64(p.Y), DeltaX: 1e-6, DeltaY: deltaY,
		})
		return err
	}))
	if err != nil {
		return fmt.Errorf("wheel %.0f at %v: %w", deltaY, p, err)
	}
	return nil
}

// touch sends one touch event with the fingers at points (CSS pixels),
// each finger identified by its index.
func touch(ctx context.Context, typ input.DispatchTouchEventType, points []image.Point) error {
	tps := make([]*input.TouchPoint, len(points))
	for i, p := range points {
		id := float64(i + 1)
		tps[i] = &input.TouchPoint{X: float64(p.X), Y: float64(p.Y), ID: &id}
	}
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: typ, TouchPoints: tps})
		return err
	}))
	if err != nil {
		return fmt.Errorf("touch %s at %v: %w", typ, points, err)
	}
	return nil
}

// TouchMove puts fingers down at from (one point a finger), moves them in
// steps spread over d to to, and lifts them: a swipe with one finger, a
// pinch or a two-finger pan with two.
func TouchMove(ctx context.Context, from, to []image.Point, steps int, d time.Duration) error {
	if len(from) != len(to) || len(from) == 0 || steps < 1 {
		return fmt.Errorf("touch move: %d fingers from, %d to, %d steps", len(from), len(to), steps)
	}
	if err := touch(ctx, input.DispatchTouchEventTypeTouchStart, from); err != nil {
		return err
	}
	at := make([]image.Point, len(from))
	for i := 1; i <= steps; i++ {
		if err := sleep(ctx, d/time.Duration(steps)); err != nil {
			return err
		}
		for k := range from {
			at[k] = from[k].Add(to[k].Sub(from[k]).Mul(i).Div(steps))
		}
		if err := touch(ctx, input.DispatchTouchEventTypeTouchMove, at); err != nil {
			return err
		}
	}
	if err := sleep(ctx, 50*time.Millisecond); err != nil {
		return err
	}
	return touch(ctx, input.DispatchTouchEventTypeTouchEnd, nil)
}

// Tap touches p with one finger for hold and lifts it.
func Tap(ctx context.Context, p image.Point, hold time.Duration) error {
	if err := touch(ctx, input.DispatchTouchEventTypeTouchStart, []image.Point{p}); err != nil {
		return err
	}
	if err := sleep(ctx, hold); err != nil {
		return err
	}
	return touch(ctx, input.DispatchTouchEventTypeTouchEnd, nil)
}

// PressChar types one printable character as a key press, held for hold:
// the character reaches the program as typed text, as '?' does.
func PressChar(ctx context.Context, char, code string, vk int64, shift bool, hold time.Duration) error {
	var mod int64
	if shift {
		mod = 8 // the protocol's bit for Shift
	}
	send := func(typ input.DispatchKeyEventType, text string) error {
		return chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, input.DispatchKeyEvent, input.DispatchKeyEventParams{
				Type: typ, Key: char, Code: code, Text: text, Modifiers: mod,
				WindowsVirtualKeyCode: vk, NativeVirtualKeyCode: vk,
			})
			return err
		}))
	}
	if err := send(input.DispatchKeyEventTypeKeyDown, char); err != nil {
		return fmt.Errorf("typing %s: %w", char, err)
	}
	if err := sleep(ctx, hold); err != nil {
		return err
	}
	if err := send(input.DispatchKeyEventTypeKeyUp, ""); err != nil {
		return fmt.Errorf("releasing %s: %w", char, err)
	}
	return nil
}
