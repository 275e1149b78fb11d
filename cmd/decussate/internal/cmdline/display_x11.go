//go:build (linux || freebsd || netbsd || openbsd || dragonfly) && !android

package cmdline

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// displayMissing says why there is no display to open a window on, or nil.
// Ebiten's window on these systems is an X11 one (XWayland under Wayland),
// and DISPLAY names the X server; without one Ebiten's init panics.
func displayMissing(getenv func(string) string) error {
	d := getenv("DISPLAY")
	if d == "" {
		why := "no display to open a window on: DISPLAY is not set"
		if getenv("WAYLAND_DISPLAY") != "" {
			why += " (the window is an X11 one: start XWayland, or run it in an X session)"
		}
		return errors.New(why + "; run it in a desktop session, or on a virtual display: xvfb-run -a decussate; decussate --help lists its flags")
	}
	if n, ok := localDisplay(d); ok && !answers(n) {
		return fmt.Errorf("no X server answers on DISPLAY=%s (its socket /tmp/.X11-unix/X%d); is the display running? decussate --help lists its flags", d, n)
	}
	if addr, ok := remoteDisplay(d); ok {
		if err := answersAt(addr, remoteWait); err != nil {
			return fmt.Errorf("no X server answers on DISPLAY=%s (%v); is that display running and reachable, or is DISPLAY stale (an ended ssh -X session)? decussate --help lists its flags", d, err)
		}
	}
	return nil
}

// remoteWait bounds the wait for a display on another host: an address
// that drops what is sent to it would otherwise hold the program for the
// system's connect timeout, minutes, before Ebiten panicked.
const remoteWait = 5 * time.Second

// remoteDisplay returns the TCP address of a display on a host
// ("10.0.0.5:0", "tcp/host:1.0", "localhost:10.0" as ssh -X sets it, on
// port 6000 + its number); a local display, or one named otherwise, is
// not remote.
func remoteDisplay(d string) (string, bool) {
	d = strings.TrimPrefix(d, "tcp/")
	i := strings.LastIndex(d, ":")
	if i <= 0 || strings.Contains(d[:i], "/") {
		return "", false
	}
	host := strings.TrimSuffix(strings.TrimPrefix(d[:i], "["), "]")
	if host == "unix" {
		return "", false
	}
	num, _, _ := strings.Cut(d[i+1:], ".")
	n, err := strconv.Atoi(num)
	if err != nil || n < 0 || n > 65535-6000 {
		return "", false
	}
	return net.JoinHostPort(host, strconv.Itoa(6000+n)), true
}

// answersAt tells why no X server answers at a display's TCP address
// within wait, or nil when one does. A connection alone does not say so:
// a firewall or a proxy may take any connection (the proxy then answering
// "HTTP/1.1 400"), and Ebiten then panicked. So it asks as a client's
// first words do, a connection setup without authorisation, and an X
// server answers Success, Failed (authorisation required, left to X to
// settle) or Authenticate, in protocol 11.
func answersAt(addr string, wait time.Duration) error {
	c, err := net.DialTimeout("tcp", addr, wait)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := c.SetDeadline(time.Now().Add(wait)); err != nil {
		return err
	}
	// Little-endian ('l'), protocol 11.0, no authorisation name or data.
	setup := []byte{'l', 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	if _, err := c.Write(setup); err != nil {
		return fmt.Errorf("%s: %w", addr, err)
	}
	var reply [8]byte
	if _, err := io.ReadFull(c, reply[:]); err != nil {
		return fmt.Errorf("%s took the connection but said nothing an X server says: %w", addr, err)
	}
	switch status, major := reply[0], binary.LittleEndian.Uint16(reply[2:4]); {
	case status == 2, status <= 1 && major == 11:
		return nil
	}
	return fmt.Errorf("%s took the connection but is not an X server (it answered %q)", addr, printable(reply[:]))
}

// printable is b with what is not printable ASCII as dots, to quote an
// answer that was not X's.
func printable(b []byte) string {
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = '.'
		if c >= ' ' && c < 0x7f {
			out[i] = c
		}
	}
	return string(out)
}

// localDisplay returns the number of a display on this machine (":0",
// "unix:1.0"); a display on another host, or one named otherwise, is not
// checked and left to X.
func localDisplay(d string) (int, bool) {
	d = strings.TrimPrefix(d, "unix")
	if !strings.HasPrefix(d, ":") {
		return 0, false
	}
	num, _, _ := strings.Cut(d[1:], ".")
	n, err := strconv.Atoi(num)
	return n, err == nil && n >= 0
}

// answers reports whether an X server listens on display n's local
// socket, in Linux's abstract namespace or as a file.
func answers(n int) bool {
	for _, name := range []string{"@/tmp/.X11-unix/X" + strconv.Itoa(n), "/tmp/.X11-unix/X" + strconv.Itoa(n)} {
		fd, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
		if err != nil {
			return true // cannot tell: let X say
		}
		err = syscall.Connect(fd, &syscall.SockaddrUnix{Name: name})
		syscall.Close(fd)
		if err == nil {
			return true
		}
	}
	return false
}
