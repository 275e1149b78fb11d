//go:build !js

package main

import (
	"context"
	"fmt"
	"image"
	"math"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/decussate/decussate/internal/browser"
)

// The soak's orbit wanders: each of its rounds starts where the last one
// stopped and ends at another point of its circle, so that the camera's
// yaw and pitch drift a little further every round, and the still frames
// between rounds show the model from sides the rounds before did not.
// What a side shows for the first time (its labels' text, a look's parts)
// would be made during the soak, and a one-off made then reads as growth.
// warmUp shows the model, still, from every side first, so that the soak
// measures only what grows after that. (Measured natively: a still frame
// holds 106,000 to 109,300 indices whatever the side, within the 25 %
// the renderer's buffers keep spare, so the sides were not what made the
// old soak's live heap step two minutes in. That was its figure's age: a
// page drawing a few frames a second collects about once a minute, and
// what a collection finds live varies by up to 0.7 MiB with the frame
// it falls in, moving or still. Read now, in a still frame, the live
// heap was the same to 0.01 MiB minute after minute; see sampleMemory.)

// warmYawStep and warmPitches are the sides the warm-up shows: every
// warmYawStep degrees of yaw at each pitch, in degrees (the camera's
// pitch stops at ±89).
const warmYawStep = 45

var warmPitches = []float64{12, 50, 89, -30, -89}

// camera is the explorer's camera as the page reports it
// (window.decussate.camera), in degrees.
type camera struct {
	Yaw   float64 `json:"yaw"`
	Pitch float64 `json:"pitch"`
}

// readCamera reads the camera the page reports.
func readCamera(tab context.Context) (camera, error) {
	c, err := chromedp.Run(tab, chromedp.Evaluate[camera](`window.decussate && window.decussate.camera ? window.decussate.camera : {yaw: 0, pitch: 0}`))
	if err != nil {
		return camera{}, fmt.Errorf("reading the camera: %w", err)
	}
	return c, nil
}

// turn drags the model by (dx, dy) pixels from the screen's middle and
// waits for the still frame after it (the moving frames' coarse meshes
// end a few ticks after the last move), then reads the camera.
func turn(tab context.Context, dx, dy float64) (camera, error) {
	from := image.Pt(width/2, height/2)
	to := from.Add(image.Pt(int(math.Round(dx)), int(math.Round(dy))))
	if err := browser.Drag(tab, from, to, 8, 240*time.Millisecond); err != nil {
		return camera{}, err
	}
	if err := waitStill(tab); err != nil {
		return camera{}, err
	}
	return readCamera(tab)
}

// waitStill waits, after the last move, for the still frame: the moving
// frames' coarse meshes and smaller screen end a few ticks after it.
func waitStill(tab context.Context) error {
	select {
	case <-tab.Done():
		return tab.Err()
	case <-time.After(300 * time.Millisecond):
	}
	_, err := browser.WaitNewFrames(tab, 3, 60*time.Second)
	return err
}

// warmUp turns the model through a whole turn of yaw at each of
// warmPitches, a still frame every warmYawStep degrees, and returns the
// number of still frames it showed. It measures how far a pixel turns
// the camera first (the page's turning rate depends on its size).
func warmUp(tab context.Context) (int, error) {
	const probe = 60.0
	c0, err := readCamera(tab)
	if err != nil {
		return 0, err
	}
	c1, err := turn(tab, probe, 0)
	if err != nil {
		return 0, err
	}
	c2, err := turn(tab, 0, probe)
	if err != nil {
		return 0, err
	}
	yawPerPx := wrapDegrees(c1.Yaw-c0.Yaw) / probe
	pitchPerPx := (c2.Pitch - c1.Pitch) / probe
	if math.Abs(yawPerPx) < 1e-3 || math.Abs(pitchPerPx) < 1e-3 {
		return 0, fmt.Errorf("warming up: a drag of %.0f pixels turned the camera by %.2f° of yaw and %.2f° of pitch; want both turned", probe, yawPerPx*probe, pitchPerPx*probe)
	}
	stills, cam := 2, c2
	// A drag longer than the screen's middle to its edge goes in parts.
	const most = 300.0
	for _, pitch := range warmPitches {
		for rest := (pitch - cam.Pitch) / pitchPerPx; math.Abs(rest) > 1; {
			step := math.Copysign(min(most, math.Abs(rest)), rest)
			if cam, err = turn(tab, 0, step); err != nil {
				return stills, err
			}
			stills++
			rest -= step
		}
		for range 360 / warmYawStep {
			if cam, err = turn(tab, warmYawStep/yawPerPx, 0); err != nil {
				return stills, err
			}
			stills++
		}
	}
	return stills, nil
}

// wrapDegrees returns d in (-180, 180].
func wrapDegrees(d float64) float64 {
	d = math.Mod(d, 360)
	switch {
	case d > 180:
		d -= 360
	case d <= -180:
		d += 360
	}
	return d
}
