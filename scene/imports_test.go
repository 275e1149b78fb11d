// Package scene_test holds checks that span all of scene/.
package scene_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestSceneNeverImportsEbiten: the scene packages are tested and
// benchmarked headless, and under GOOS=js with Node, so none of them may
// depend on Ebiten, directly or through another package.
func TestSceneNeverImportsEbiten(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	pkgs := strings.Fields(string(out))
	scene := 0
	for _, p := range pkgs {
		if strings.HasPrefix(p, "github.com/decussate/decussate/scene/") {
			scene++
		}
		if strings.HasPrefix(p, "github.com/hajimehoshi/ebiten") {
			t.Errorf("a scene package depends on %s", p)
		}
	}
	if scene < 2 {
		t.Fatalf("go list found only %d scene packages in %v", scene, pkgs)
	}
}
