package browser

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// BuildCLI builds decussate-cli from the module at root into dir and
// returns its path. Tests build their own rather than use ./decussate-cli,
// which may be missing or older than the source.
func BuildCLI(root, dir string) (string, error) {
	out := filepath.Join(dir, "decussate-cli")
	cmd := exec.Command("go", "build", "-o", out, "./cmd/decussate-cli")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if msg, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building decussate-cli: %w\n%s", err, msg)
	}
	return out, nil
}

// Server is a running decussate-cli serve.
type Server struct {
	// URL is the site's address, such as http://127.0.0.1:43210/.
	URL  string
	cmd  *exec.Cmd
	done chan error
}

// announcement is how serve's first line of output starts; the address
// follows it.
const announcement = "Decussate is served at "

// Serve starts cli serving the site in dir on a free port of the loopback
// interface and returns once it has said where. The caller must Close it.
func Serve(cli, dir string) (*Server, error) {
	cmd := exec.Command(cli, "serve", "--addr", "127.0.0.1:0", "--dir", dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("starting decussate-cli serve: %w", err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting decussate-cli serve: %w", err)
	}
	s := &Server{cmd: cmd, done: make(chan error, 1)}
	lines := make(chan string, 1)
	go func() {
		r := bufio.NewReader(stdout)
		line, _ := r.ReadString('\n')
		lines <- line
		// Keep reading, so the server never blocks on a full pipe.
		io.Copy(io.Discard, r)
		s.done <- cmd.Wait()
	}()
	select {
	case line := <-lines:
		url, ok := strings.CutPrefix(strings.TrimSpace(line), announcement)
		if !ok {
			s.Close()
			return nil, fmt.Errorf("decussate-cli serve --dir %s said %q, want %q and an address: %s", dir, line, announcement, stderr.String())
		}
		s.URL = url
		return s, nil
	case <-time.After(30 * time.Second):
		s.Close()
		return nil, fmt.Errorf("decussate-cli serve --dir %s: no address announced in 30 s: %s", dir, stderr.String())
	}
}

// Close stops the server and waits for it to exit.
func (s *Server) Close() error {
	if err := s.cmd.Process.Signal(os.Interrupt); err != nil && !errors.Is(err, os.ErrProcessDone) {
		s.cmd.Process.Kill()
	}
	select {
	case err := <-s.done:
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			return fmt.Errorf("stopping decussate-cli serve: %w", err)
		}
		return nil
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		return fmt.Errorf("stopping decussate-cli serve: still running 10 s after an interrupt; killed")
	}
}
