package game

import "testing"

func TestCaptionFontSize(t *testing.T) {
	c, err := newCaption(placeholder)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		w, h     int
		min, max float64
	}{
		// A laptop window: the line is limited by the width.
		{"window", 1280, 800, 20, 40},
		// A wide, short window: limited by the height.
		{"letterbox", 4000, 240, 19, 21},
		{"projector", 3840, 2160, 60, 120},
		{"tiny", 1, 1, 1, 1},
		{"largest screen", maxScreenSide, maxScreenSide, 100, 300},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			size := c.fontSize(tt.w, tt.h)
			if size < tt.min || size > tt.max {
				t.Errorf("fontSize(%d, %d) = %.1f, want within [%v, %v]", tt.w, tt.h, size, tt.min, tt.max)
			}
			if width := size * c.widthPerPixel; tt.w > 100 && width > float64(tt.w) {
				t.Errorf("at %.1f px the line is %.0f px wide, wider than the %d px screen", size, width, tt.w)
			}
		})
	}
}
