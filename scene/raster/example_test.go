package raster_test

import (
	"fmt"

	"github.com/decussate/decussate/scene/raster"
	"github.com/decussate/decussate/scene/view"
)

// ExampleDraw draws a half-transparent white square over a black frame
// and reads back a pixel inside it.
func ExampleDraw() {
	var dl view.DrawList
	dl.Reset(16, 16)
	dl.Background = [4]float32{0, 0, 0, 1}
	dl.Rect(4, 4, 8, 8, [4]float32{1, 1, 1, 0.5})
	img, err := raster.Draw(&dl)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(img.RGBAAt(8, 8), img.RGBAAt(1, 1))
	// Output: {128 128 128 255} {0 0 0 255}
}
