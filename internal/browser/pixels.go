package browser

import (
	"image"
	"image/color"
)

// mostCommon returns the most common colour of the pixels of img in r.
func mostCommon(img image.Image, r image.Rectangle) color.RGBA {
	counts := map[color.RGBA]int{}
	var best color.RGBA
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := rgba(img.At(x, y))
			counts[c]++
			if counts[c] > counts[best] {
				best = c
			}
		}
	}
	return best
}

// DrawnPoints returns up to n points of img within r, on a grid of step
// pixels, whose colour differs from the background (the most common colour
// of r) by more than contrast in some channel, spread evenly along the
// drawn ones in reading order: where to point at the picture's parts,
// wherever the view puts them. A high contrast passes over faint
// translucent shells for the opaque parts within.
func DrawnPoints(img image.Image, r image.Rectangle, step int, contrast uint8, n int) []image.Point {
	r = r.Intersect(img.Bounds())
	if r.Empty() || step < 1 || n < 1 {
		return nil
	}
	bg := mostCommon(img, r)
	var drawn []image.Point
	for y := r.Min.Y; y < r.Max.Y; y += step {
		for x := r.Min.X; x < r.Max.X; x += step {
			c := rgba(img.At(x, y))
			if differ(c.R, bg.R, contrast) || differ(c.G, bg.G, contrast) || differ(c.B, bg.B, contrast) {
				drawn = append(drawn, image.Pt(x, y))
			}
		}
	}
	if len(drawn) <= n {
		return drawn
	}
	points := make([]image.Point, n)
	for i := range points {
		points[i] = drawn[i*len(drawn)/n]
	}
	return points
}

// Coverage returns the share of img's pixels that differ from its most
// common colour: 0 for an image of one colour, near 0 for a caption on a
// plain background, a large share for a drawn model.
func Coverage(img image.Image) float64 {
	b := img.Bounds()
	if b.Empty() {
		return 0
	}
	counts := map[color.RGBA]int{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			counts[rgba(img.At(x, y))]++
		}
	}
	most := 0
	for _, n := range counts {
		most = max(most, n)
	}
	total := b.Dx() * b.Dy()
	return float64(total-most) / float64(total)
}

// Changed returns the share of pixels whose colour differs between a and b
// by more than tolerance in some channel (0 to 255), over the pixels the two
// images share. The tolerance keeps dithering and antialiasing noise from
// counting as a change.
func Changed(a, b image.Image, tolerance uint8) float64 {
	r := a.Bounds().Intersect(b.Bounds())
	if r.Empty() {
		return 0
	}
	changed := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			p, q := rgba(a.At(x, y)), rgba(b.At(x, y))
			if differ(p.R, q.R, tolerance) || differ(p.G, q.G, tolerance) || differ(p.B, q.B, tolerance) {
				changed++
			}
		}
	}
	return float64(changed) / float64(r.Dx()*r.Dy())
}

func differ(a, b, tolerance uint8) bool {
	if a > b {
		return a-b > tolerance
	}
	return b-a > tolerance
}

// rgba returns c as 8-bit RGBA.
func rgba(c color.Color) color.RGBA {
	return color.RGBAModel.Convert(c).(color.RGBA)
}
