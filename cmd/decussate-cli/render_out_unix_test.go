//go:build unix

package main

import (
	"bytes"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestRenderOutNotRegular points --out at what is not a regular file: a
// FIFO, a symlink to another file, a socket, a directory and /dev/null.
// Each is refused with one line naming the path, exit 1, and left as it
// was: the FIFO a FIFO, the link a link to the untouched file, the device
// a device. A regular file is replaced as before.
func TestRenderOutNotRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.png")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(dir, "target.txt")
	if err := os.WriteFile(target, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.png")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	dangling := filepath.Join(dir, "dangling.png")
	if err := os.Symlink(filepath.Join(dir, "nowhere.png"), dangling); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "s.png")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	sub := filepath.Join(dir, "sub.png")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		path string
		says string
		mode fs.FileMode // the type the path must still have
	}{
		{fifo, "named pipe", fs.ModeNamedPipe},
		{link, "symbolic link", fs.ModeSymlink},
		{dangling, "symbolic link", fs.ModeSymlink},
		{sock, "socket", fs.ModeSocket},
		{sub, "directory", fs.ModeDir},
	}
	// A character device: a node of /dev/null's kind made in the temp
	// directory where the system lets us (root, CAP_MKNOD), and /dev/null
	// itself only where this user could not replace it anyway, so that a
	// broken check can never take /dev/null from the machine.
	type row = struct {
		path string
		says string
		mode fs.FileMode
	}
	null := filepath.Join(dir, "null.png")
	if err := syscall.Mknod(null, syscall.S_IFCHR|0o666, 1<<8|3); err == nil {
		tests = append(tests, row{null, "device", fs.ModeDevice})
	} else {
		t.Logf("no device node in the temp directory: %v", err)
	}
	if syscall.Access(filepath.Dir(os.DevNull), 2 /* W_OK */) != nil {
		tests = append(tests, row{os.DevNull, "device", fs.ModeDevice})
	} else {
		t.Logf("not trying %s: this user could replace it", os.DevNull)
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			code, stdout, stderr := runCLI("render", "--out", tt.path, "--size", "32x32")
			if code != 1 || stdout != "" {
				t.Errorf("exit %d, stdout %q, want 1 and nothing", code, stdout)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, tt.path) || !strings.Contains(stderr, tt.says) {
				t.Errorf("stderr %q, want one line naming %s and saying %q", stderr, tt.path, tt.says)
			}
			fi, err := os.Lstat(tt.path)
			if err != nil || fi.Mode().Type()&tt.mode == 0 {
				t.Errorf("%s is now %v (%v), want it left a %v", tt.path, fi.Mode(), err, tt.mode.Type())
			}
		})
	}
	if got, _ := os.ReadFile(target); !bytes.Equal(got, []byte("keep me")) {
		t.Errorf("the link's target now holds %q", got)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".decussate-render-") {
			t.Errorf("a refused render left %s behind", e.Name())
		}
	}

	// A regular file is still replaced.
	old := filepath.Join(dir, "old.png")
	if err := os.WriteFile(old, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI("render", "--out", old, "--size", "32x32"); code != 0 {
		t.Fatalf("render over a regular file: exit %d, %q", code, stderr)
	}
	if got, _ := os.ReadFile(old); !bytes.HasPrefix(got, []byte("\x89PNG")) {
		t.Errorf("the regular file was not replaced by a PNG")
	}
}
