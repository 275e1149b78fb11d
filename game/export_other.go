//go:build !js

package game

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"time"

	"github.com/decussate/decussate/scene/raster"
)

// save rasterises the exporter's list with scene/raster, off the game
// loop, and writes it to a new file in the working directory.
func (e *exporter) save(g *Game, white bool) {
	dl := e.dl // its slices are not touched again until done
	go func() {
		img, err := raster.Draw(&dl)
		if err != nil {
			e.done <- exportResult{err: err}
			return
		}
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			e.done <- exportResult{err: err}
			return
		}
		where, err := savePNG(buf.Bytes(), white)
		e.done <- exportResult{where: where, err: err}
	}()
}

// savePNG writes an exported picture to a new file in the working
// directory and returns its name.
func savePNG(data []byte, white bool) (string, error) {
	suffix := ""
	if white {
		suffix = "-white"
	}
	name := fmt.Sprintf("decussate-%s%s.png", time.Now().Format("20060102-150405"), suffix)
	if err := os.WriteFile(name, data, 0o644); err != nil {
		return "", fmt.Errorf("writing %s: %w", name, err)
	}
	return name, nil
}
