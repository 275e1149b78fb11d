package game

import (
	"math"
	"testing"
)

func TestScreenSize(t *testing.T) {
	tests := []struct {
		name         string
		outW, outH   int
		scale        float64
		wantW, wantH int
	}{
		{"window", 1280, 800, 1, 1280, 800},
		{"high DPI", 1280, 800, 2, 2560, 1600},
		{"fractional DPI", 1000, 500, 1.5, 1500, 750},
		{"scale capped", 1000, 500, 3, 2000, 1000},
		{"scale below one", 1000, 500, 0.5, 1000, 500},
		{"scale zero", 1000, 500, 0, 1000, 500},
		{"scale NaN", 1000, 500, math.NaN(), 1000, 500},
		{"scale infinite", 1000, 500, math.Inf(1), 2000, 1000},
		{"minimised", 0, 0, 1, 1, 1},
		{"zero width", 0, 600, 2, 2, 1200},
		{"negative", -5, -7, 1, 1, 1},
		{"one pixel", 1, 1, 2, 2, 2},
		{"huge, kept in proportion", 16384, 8192, 1, 4096, 2048},
		{"huge at high DPI", 4096, 2048, 2, 4096, 2048},
		{"4K projector", 3840, 2160, 1, 3840, 2160},
		{"huge and thin", 1 << 20, 10, 1, 4096, 1},
		{"largest int", math.MaxInt, math.MaxInt, 2, 4096, 4096},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, h := screenSize(tt.outW, tt.outH, tt.scale)
			if w != tt.wantW || h != tt.wantH {
				t.Errorf("screenSize(%d, %d, %v) = %d×%d, want %d×%d", tt.outW, tt.outH, tt.scale, w, h, tt.wantW, tt.wantH)
			}
		})
	}
}

// TestLayout checks the Game's own Layout before any window exists, where
// the device scale is unknown: it must still answer a usable size.
func TestLayout(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{0, 0}, {1, 1}, {640, 480}, {math.MaxInt32, math.MaxInt32}} {
		w, h := g.Layout(size[0], size[1])
		if w < 1 || h < 1 || w > maxScreenSide || h > maxScreenSide {
			t.Errorf("Layout(%d, %d) = %d×%d, out of [1, %d]", size[0], size[1], w, h, maxScreenSide)
		}
	}
}
