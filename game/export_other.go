//go:build !js

package game

import (
	"fmt"
	"os"
	"time"
)

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
