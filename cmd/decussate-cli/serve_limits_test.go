package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer the server's goroutines may write to while
// the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// startLimitedServer serves site on a free loopback port with the limits
// set by configure, and stops it when the test ends. It returns the address
// and the server, whose log goes to the returned buffer.
func startLimitedServer(t *testing.T, site string, configure func(*siteServer)) (string, *siteServer, *syncBuffer) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	logged := &syncBuffer{}
	s := newSiteServer(site, logged)
	if configure != nil {
		configure(s)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	pr, pw := io.Pipe()
	go func() { done <- s.serve(ctx, ln, pw) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Error("the server did not stop")
		}
		pw.Close()
	})
	// The announcement comes once serve has set up its listener.
	if _, err := bufio.NewReader(pr).ReadString('\n'); err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, pr)
	return ln.Addr().String(), s, logged
}

// dialFrom connects to addr from the loopback address from (127.0.0.2 and
// so on: a different student each), skipping the test where the system
// routes only 127.0.0.1 (macOS without aliases).
func dialFrom(t *testing.T, from, addr string) net.Conn {
	t.Helper()
	d := net.Dialer{Timeout: 5 * time.Second, LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		if from != "127.0.0.1" && errors.Is(err, errAddrNotAvail(err)) {
			t.Skipf("cannot dial from %s: %v", from, err)
		}
		t.Fatalf("dial from %s: %v", from, err)
	}
	return c
}

// errAddrNotAvail returns err when it says the local address cannot be
// bound, so that errors.Is matches it, and nil otherwise.
func errAddrNotAvail(err error) error {
	if strings.Contains(err.Error(), "assign requested address") {
		return err
	}
	return nil
}

// waitClosed reads c until the server closes it, failing if that takes
// longer than within, and returns what was read.
func waitClosed(t *testing.T, c net.Conn, within time.Duration) []byte {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(within))
	got, err := io.ReadAll(c)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("the server kept the connection open for %v (read %q)", within, got)
	}
	return got
}

// waitOpen waits until the server holds n connections, failing after
// within.
func waitOpen(t *testing.T, s *siteServer, n int, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for s.guard.openConns() != n {
		if time.Now().After(deadline) {
			t.Fatalf("the server holds %d connections after %v, want %d", s.guard.openConns(), within, n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestServeRefusesBodies sends requests that carry a body and then stall,
// one byte short of their Content-Length or in the middle of a chunk: each
// must get its 4xx at once and the connection closed, without the server
// waiting for the body.
func TestServeRefusesBodies(t *testing.T) {
	addr, _, logged := startLimitedServer(t, newTestSite(t), nil)
	tests := []struct {
		name, request, status string
	}{
		{"GET with Content-Length", "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\nx", "HTTP/1.1 400"},
		{"HEAD with Content-Length", "HEAD / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n", "HTTP/1.1 400"},
		{"GET chunked", "GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n100\r\nxx", "HTTP/1.1 400"},
		{"POST slow body", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\nx", "HTTP/1.1 405"},
		{"PUT, body of 1 MB announced", "PUT /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n", "HTTP/1.1 405"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := dialFrom(t, "127.0.0.1", addr)
			defer c.Close()
			if _, err := io.WriteString(c, tt.request); err != nil {
				t.Fatal(err)
			}
			began := time.Now()
			got := waitClosed(t, c, 5*time.Second)
			if !bytes.HasPrefix(got, []byte(tt.status)) {
				t.Errorf("got %q, want %s", got, tt.status)
			}
			if !bytes.Contains(got, []byte("Connection: close")) {
				t.Errorf("got %q, want Connection: close", got)
			}
			// The answer and the close come at once: the server does not
			// wait for the body (net/http sends its FIN first and drops
			// the socket half a second later, so the answer is read).
			if d := time.Since(began); d > 4*time.Second {
				t.Errorf("the connection closed after %v", d)
			}
		})
	}
	if !strings.Contains(logged.String(), "refused a \"GET\" request with a body from 127.0.0.1") {
		t.Errorf("log %q does not record the refusal", logged.String())
	}

	// An empty body is no body: GET with Content-Length: 0 is served.
	c := dialFrom(t, "127.0.0.1", addr)
	defer c.Close()
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
	if got := waitClosed(t, c, 3*time.Second); !bytes.HasPrefix(got, []byte("HTTP/1.1 200")) {
		t.Errorf("GET with Content-Length: 0: got %.40q, want a 200", got)
	}
}

// TestServeSlowHeaders sends a request's headers one byte every 50 ms: the
// server must drop it after its header timeout.
func TestServeSlowHeaders(t *testing.T) {
	addr, _, _ := startLimitedServer(t, newTestSite(t), func(s *siteServer) {
		s.HeaderTimeout, s.BodyTimeout = 300*time.Millisecond, 300*time.Millisecond
	})
	// The clock starts before the dial: the server's deadline starts when
	// it accepts, which a loaded machine may do long before dialFrom returns.
	began := time.Now()
	c := dialFrom(t, "127.0.0.1", addr)
	defer c.Close()
	request := "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + strings.Repeat("a", 100)
	for i := range len(request) {
		if _, err := c.Write([]byte{request[i]}); err != nil {
			break // closed by the server: what we want
		}
		if time.Since(began) > 6*time.Second {
			t.Fatal("the server still reads slow headers after 6 s")
		}
		c.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
		if _, err := c.Read(make([]byte, 1)); err != nil {
			var ne net.Error
			if !errors.As(err, &ne) || !ne.Timeout() {
				break // closed
			}
		}
	}
	// The deadline starts after our clock did, so an early drop is a
	// timeout shorter than the one set.
	if d := time.Since(began); d < 250*time.Millisecond || d > 4*time.Second {
		t.Errorf("slow headers dropped after %v, want soon after 300ms", d)
	}
}

// TestServeSlowReader asks for a large file and reads none of it: once the
// kernel's buffers are full the server's writes stall, and it must drop the
// connection after its write timeout. A client that reads slowly but
// steadily gets the whole file.
func TestServeSlowReader(t *testing.T) {
	site := newTestSite(t)
	big := fakeBytes(7, 16<<20)
	if err := os.WriteFile(filepath.Join(site, "big.bin"), big, 0o644); err != nil {
		t.Fatal(err)
	}
	// Three seconds, not one: a loaded CI machine has stalled the steady
	// reader's goroutine for over a second, and the server rightly dropped
	// it.
	addr, s, _ := startLimitedServer(t, site, func(s *siteServer) { s.WriteTimeout = 3 * time.Second })

	stalled := dialFrom(t, "127.0.0.2", addr)
	defer stalled.Close()
	if tc, ok := stalled.(*net.TCPConn); ok {
		tc.SetReadBuffer(4096)
	}
	io.WriteString(stalled, "GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n")
	waitOpen(t, s, 1, 2*time.Second)
	waitOpen(t, s, 0, 10*time.Second)

	steady := dialFrom(t, "127.0.0.3", addr)
	defer steady.Close()
	io.WriteString(steady, "GET /big.bin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	res, err := http.ReadResponse(bufio.NewReaderSize(steady, 64<<10), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var got bytes.Buffer
	buf := make([]byte, 1<<20)
	steady.SetReadDeadline(time.Now().Add(20 * time.Second))
	for {
		// 1 MiB every 100 ms: slower than loopback by far, so that the
		// server's writes wait on the client, but never for its write timeout.
		n, err := io.ReadFull(res.Body, buf)
		got.Write(buf[:n])
		if err != nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !bytes.Equal(got.Bytes(), big) {
		t.Errorf("the steady slow reader got %d bytes of %d", got.Len(), len(big))
	}
}

// TestServeIdleConnections keeps 100 connections alive after a request
// each: the server must close them all after its idle timeout.
func TestServeIdleConnections(t *testing.T) {
	addr, s, _ := startLimitedServer(t, newTestSite(t), func(s *siteServer) { s.IdleTimeout = 300 * time.Millisecond })
	const n = 100
	conns := make([]net.Conn, n)
	for i := range conns {
		c := dialFrom(t, "127.0.0.1", addr)
		defer c.Close()
		conns[i] = c
		io.WriteString(c, "GET /style.css HTTP/1.1\r\nHost: x\r\n\r\n")
		res, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.Close {
			t.Fatal("the server did not keep the connection alive")
		}
	}
	began := time.Now()
	waitOpen(t, s, 0, 3*time.Second)
	if d := time.Since(began); d < 200*time.Millisecond {
		t.Errorf("idle connections closed after %v, before the idle timeout", d)
	}
	for _, c := range conns {
		waitClosed(t, c, time.Second)
	}
}

// TestServePerClientLimit fills one student's share of connections: the
// next connection from that address is closed at once, while another
// student is served, and a closed connection frees its place.
func TestServePerClientLimit(t *testing.T) {
	addr, s, logged := startLimitedServer(t, newTestSite(t), func(s *siteServer) { s.PerClient = 4 })
	var held []net.Conn
	for range 4 {
		c := dialFrom(t, "127.0.0.2", addr)
		defer c.Close()
		held = append(held, c)
	}
	waitOpen(t, s, 4, 2*time.Second)
	for range 3 {
		c := dialFrom(t, "127.0.0.2", addr)
		io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
		if got := waitClosed(t, c, 2*time.Second); len(got) != 0 {
			t.Errorf("a connection over the limit got %q, want it closed unanswered", got)
		}
		c.Close()
	}

	other := dialFrom(t, "127.0.0.3", addr)
	defer other.Close()
	io.WriteString(other, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	if got := waitClosed(t, other, 3*time.Second); !bytes.HasPrefix(got, []byte("HTTP/1.1 200")) {
		t.Errorf("another student got %.40q, want a 200", got)
	}

	held[0].Close()
	waitOpen(t, s, 3, 2*time.Second)
	again := dialFrom(t, "127.0.0.2", addr)
	defer again.Close()
	io.WriteString(again, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	if got := waitClosed(t, again, 3*time.Second); !bytes.HasPrefix(got, []byte("HTTP/1.1 200")) {
		t.Errorf("after one closed: got %.40q, want a 200", got)
	}

	// Three refusals within the log's interval make one line.
	if n := strings.Count(logged.String(), "refused a connection from 127.0.0.2"); n != 1 {
		t.Errorf("log has %d lines of refusal, want 1:\n%s", n, logged.String())
	}
}

// slowClients is how many slow clients TestServeManySlowClients holds
// against the server at once.
const slowClients = 1000

// TestServeManySlowClients connects 1,000 slow clients from four
// addresses, half sending their headers a byte at a time, half announcing
// a body they never send, and checks that another student's request is
// still answered. A starved server never answers (the client gives up
// after 5 s); the 3 s bound leaves a loaded CI machine room, since an idle
// one answers in milliseconds.
func TestServeManySlowClients(t *testing.T) {
	// A client's descriptor, the server's, and room for the rest.
	if limit, ok := openFileLimit(); ok && limit < 2*slowClients+200 {
		t.Skipf("open-file limit %d is too low for %d clients", limit, slowClients)
	}
	addr, s, _ := startLimitedServer(t, newTestSite(t), nil)
	froms := []string{"127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"}
	conns := make([]net.Conn, 0, slowClients)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for i := range slowClients {
		c := dialFrom(t, froms[i%len(froms)], addr)
		conns = append(conns, c)
		if i%2 == 0 {
			io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: a")
		} else {
			io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\nx")
		}
	}
	// The slowloris half are held (their headers have 10 s) once the
	// server has accepted them all.
	for deadline := time.Now().Add(5 * time.Second); s.guard.openConns() < slowClients/2; {
		if time.Now().After(deadline) {
			t.Fatalf("the server holds %d connections, want at least %d", s.guard.openConns(), slowClients/2)
		}
		time.Sleep(10 * time.Millisecond)
	}
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 5 * time.Second}
	var worst time.Duration
	for range 10 {
		// The slowloris keep trickling while the student asks.
		for i := 0; i < len(conns); i += 2 {
			conns[i].Write([]byte("a"))
		}
		began := time.Now()
		res, err := client.Get("http://" + addr + "/")
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		worst = max(worst, time.Since(began))
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d", res.StatusCode)
		}
	}
	t.Logf("with %d slow clients, the slowest of 10 requests took %v", slowClients, worst)
	if worst > 3*time.Second {
		t.Errorf("a request took %v with %d slow clients, want under 3 s", worst, slowClients)
	}
}

// TestEventLogRateLimit checks that a kind of event writes at most one line
// an interval, counting the rest into the next, and that kinds are limited
// apart.
func TestEventLogRateLimit(t *testing.T) {
	var out bytes.Buffer
	now := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	l := newEventLog(&out, 10*time.Second, func() time.Time { return now })
	for range 1000 {
		l.Printf(eventConnLimit, "refused %s", "x")
		now = now.Add(time.Millisecond)
	}
	l.Printf(eventFile, "cannot serve %s", "a\nb")
	now = now.Add(10 * time.Second)
	l.Printf(eventConnLimit, "refused %s", "y")
	want := "2026-01-01 09:00:00 decussate-cli serve: refused x\n" +
		"2026-01-01 09:00:01 decussate-cli serve: cannot serve a b\n" +
		"2026-01-01 09:00:11 decussate-cli serve: refused y (and 999 more like it since 09:00:00)\n"
	if out.String() != want {
		t.Errorf("log:\n%s\nwant:\n%s", out.String(), want)
	}
	out.Reset()
	l.Printf(eventConnLimit, "refused %s", "z")
	l.Flush()
	if want := "2026-01-01 09:00:11 decussate-cli serve: 1 more connection limit events since 09:00:11\n"; out.String() != want {
		t.Errorf("flushed %q, want %q", out.String(), want)
	}
}

// unreadableFile makes path unreadable, skipping the test where that is
// not possible (as root, who reads everything).
func unreadableFile(t *testing.T, path string) {
	t.Helper()
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(path, 0o644) })
	if f, err := os.Open(path); err == nil {
		f.Close()
		t.Skip("this user reads files without read permission (root)")
	}
}

// TestSiteHandlerUnreadableFile checks that a file the server may not read
// gets a 403, not a 404 that hides the fault, and a line in the log.
func TestSiteHandlerUnreadableFile(t *testing.T) {
	site := newTestSite(t)
	unreadableFile(t, filepath.Join(site, "style.css"))
	var logged bytes.Buffer
	h := &siteHandler{dir: site, log: newEventLog(&logged, time.Minute, time.Now)}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/style.css", nil))
	if rec.Code != http.StatusForbidden {
		t.Errorf("status %d, want 403", rec.Code)
	}
	if !strings.Contains(logged.String(), `cannot serve "style.css"`) {
		t.Errorf("log %q does not name the file", logged.String())
	}
}

// TestCheckSiteUnreadableIndex checks that the start-up check fails on an
// index.html the server cannot read.
func TestCheckSiteUnreadableIndex(t *testing.T) {
	site := newTestSite(t)
	unreadableFile(t, filepath.Join(site, "index.html"))
	err := checkSite(site)
	if err == nil || !strings.Contains(err.Error(), "cannot read index.html") {
		t.Errorf("checkSite = %v, want cannot read index.html", err)
	}
}
