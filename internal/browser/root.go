package browser

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
)

// ModuleRoot returns the directory of the repository's go.mod, so that tests
// (which run in their package's directory) and make bench find dist/web and
// the commands whatever directory they start in.
func ModuleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("finding the module root with go env GOMOD: %w", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == "/dev/null" {
		return "", fmt.Errorf("finding the module root: not inside a Go module")
	}
	return filepath.Dir(gomod), nil
}
