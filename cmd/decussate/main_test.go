package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDesktopState runs the desktop program in a real window (under Xvfb,
// as make test does) with -state: a good part opens, a stale part is
// named on stderr, and the window runs until closed.
func TestDesktopState(t *testing.T) {
	if os.Getenv("DISPLAY") == "" {
		t.Skip("no display: make test runs this under xvfb-run")
	}
	bin := filepath.Join(t.TempDir(), "decussate")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("building: %v\n%s", err, out)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-state", "mode=lesion&lesion=internal_capsule.posterior_limb:L&section=cerebellum")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		t.Fatalf("the program ended by itself (%v): %s", err, stderr.String())
	case <-time.After(4 * time.Second):
	}
	_ = cmd.Process.Kill()
	<-done
	if !strings.Contains(stderr.String(), `section level that does not exist: cerebellum`) {
		t.Errorf("stderr %q does not name the stale section", stderr.String())
	}
	if strings.Contains(stderr.String(), "lesion") {
		t.Errorf("stderr %q complains about the good lesion", stderr.String())
	}
}
