package browser

import (
	"image"
	"image/color"
)

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
