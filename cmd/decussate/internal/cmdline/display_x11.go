//go:build (linux || freebsd || netbsd || openbsd || dragonfly) && !android

package cmdline

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"syscall"
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
	return nil
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
