//go:build (linux || freebsd || netbsd || openbsd || dragonfly) && !android

package cmdline

import (
	"net"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestRemoteDisplay: a DISPLAY naming a host is reached by TCP on port
// 6000 plus its number; a local one is not.
func TestRemoteDisplay(t *testing.T) {
	for _, c := range []struct {
		display, addr string
		ok            bool
	}{
		{"10.255.255.1:0", "10.255.255.1:6000", true},
		{"localhost:10.0", "localhost:6010", true},
		{"tcp/host.example:1", "host.example:6001", true},
		{"[::1]:2", "[::1]:6002", true},
		{":0", "", false},
		{":1.0", "", false},
		{"unix:0", "", false},
		{"host:x", "", false},
		{"/tmp/launch-x/org.xquartz:0", "", false},
		{"nonsense", "", false},
	} {
		addr, ok := remoteDisplay(c.display)
		if addr != c.addr || ok != c.ok {
			t.Errorf("remoteDisplay(%q) = %q, %v; want %q, %v", c.display, addr, ok, c.addr, c.ok)
		}
	}
}

// TestRemoteDisplayMissing: a DISPLAY on a host where no X server answers
// is an error naming DISPLAY, given within the wait, not left to Ebiten.
func TestRemoteDisplayMissing(t *testing.T) {
	// A port nothing listens on: one just let go.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	if port < 6000 {
		t.Skipf("the free port %d is below X's 6000", port)
	}
	d := "127.0.0.1:" + strconv.Itoa(port-6000)
	start := time.Now()
	err = displayMissing(func(k string) string {
		if k == "DISPLAY" {
			return d
		}
		return ""
	})
	if err == nil || !strings.Contains(err.Error(), "DISPLAY="+d) {
		t.Errorf("DISPLAY=%s with nothing listening: error %v, want one naming DISPLAY=%s", d, err, d)
	}
	if el := time.Since(start); el > remoteWait+time.Second {
		t.Errorf("it took %v to tell, more than the wait %v", el, remoteWait)
	}
}

// TestAnswersAt: only an X server's answer to a connection setup counts
// as a display; something else that takes the connection (a proxy saying
// HTTP, a firewall saying nothing) is an error, given within the wait.
func TestAnswersAt(t *testing.T) {
	const wait = 300 * time.Millisecond
	for _, c := range []struct {
		name   string
		answer []byte // nil: say nothing
		ok     bool
	}{
		{"an X server", []byte{1, 0, 11, 0, 0, 0, 0, 0}, true},
		{"an X server asking for authorisation", append([]byte{0, 22, 11, 0, 0, 0, 6, 0}, "Authorization required"...), true},
		{"an HTTP proxy", []byte("HTTP/1.1 400 Bad Request\r\n\r\n"), false},
		{"silence", nil, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			l, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			defer l.Close()
			go func() {
				conn, err := l.Accept()
				if err != nil {
					return
				}
				defer conn.Close()
				var setup [12]byte
				if _, err := conn.Read(setup[:]); err != nil || c.answer == nil {
					time.Sleep(2 * wait)
					return
				}
				_, _ = conn.Write(c.answer)
			}()
			start := time.Now()
			err = answersAt(l.Addr().String(), wait)
			if (err == nil) != c.ok {
				t.Errorf("answersAt: %v, want an answer: %v", err, c.ok)
			}
			if el := time.Since(start); el > wait+time.Second {
				t.Errorf("it took %v to tell, with a wait of %v", el, wait)
			}
		})
	}
}
