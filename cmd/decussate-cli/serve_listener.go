package main

import (
	"io"
	"net"
	"net/netip"
	"os"
	"sync"
	"time"
)

// maxDefaultPerClient is how many connections one client address may hold
// at once, unless the open-file limit is too low for it. A browser opens
// up to six connections to a host, and loading the page (index.html,
// style.css, loader.js, wasm_exec.js, decussate.wasm) takes about five at
// once: a lecture hall of 200 behind one school or university NAT, all
// opening the link at the same moment, needs about 1,000. More than that
// from one address is no class but a machine (a slowloris, a stuck
// script), and it is held to a small share of the server's descriptors.
// A larger NAT sets --per-client.
const maxDefaultPerClient = 1024

// defaultPerClient is maxDefaultPerClient, or a quarter of the open-file
// limit where that is lower, so that one address can never take most of
// the descriptors, whatever the machine's limit.
func defaultPerClient() int {
	limit, ok := openFileLimit()
	if !ok || limit/4 >= maxDefaultPerClient {
		return maxDefaultPerClient
	}
	return max(int(limit/4), 16)
}

// writeChunk is the most a single write to a client is given WriteTimeout
// for: a client must take at least this much of a file every WriteTimeout,
// or be dropped. 64 KiB a minute lets the slowest phone through and stops
// a client that reads nothing.
const writeChunk = 64 << 10

// guardedListener accepts connections for the site's server, refusing one
// from a client address that already holds perClient connections (closed
// at once, before the server spends a goroutine or a buffer on it), and
// hands out connections whose every write must make progress within
// writeTimeout, like nginx's send_timeout: a reader that stalls is
// dropped, one that is merely slow is not.
type guardedListener struct {
	net.Listener
	perClient    int
	writeTimeout time.Duration
	log          *eventLog

	mu   sync.Mutex
	open map[netip.Addr]int
}

// newGuardedListener wraps ln.
func newGuardedListener(ln net.Listener, perClient int, writeTimeout time.Duration, log *eventLog) *guardedListener {
	return &guardedListener{Listener: ln, perClient: perClient, writeTimeout: writeTimeout, log: log, open: map[netip.Addr]int{}}
}

// Accept returns the next connection from a client under its limit,
// closing those over it.
func (l *guardedListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		client := clientOf(c.RemoteAddr())
		l.mu.Lock()
		n := l.open[client]
		if l.perClient > 0 && n >= l.perClient {
			l.mu.Unlock()
			c.Close()
			l.log.Printf(eventConnLimit, "refused a connection from %s: it holds %d already, the most one address may (--per-client)", client, n)
			continue
		}
		l.open[client] = n + 1
		l.mu.Unlock()
		return &guardedConn{Conn: c, l: l, client: client}, nil
	}
}

// release counts one of client's connections closed.
func (l *guardedListener) release(client netip.Addr) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.open[client] <= 1 {
		delete(l.open, client)
		return
	}
	l.open[client]--
}

// openConns returns how many connections the listener's clients hold.
func (l *guardedListener) openConns() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, c := range l.open {
		n += c
	}
	return n
}

// clientOf returns the address a connection's limit is counted under: the
// IPv4 address, or for IPv6 the /64 network, since one machine may use any
// address of its /64.
func clientOf(a net.Addr) netip.Addr {
	ap, err := netip.ParseAddrPort(a.String())
	if err != nil {
		return netip.Addr{}
	}
	ip := ap.Addr().Unmap().WithZone("")
	if ip.Is6() {
		p, _ := ip.Prefix(64)
		return p.Addr()
	}
	return ip
}

// guardedConn is one accepted connection: it frees its place under the
// client's limit when closed and bounds each write by the write timeout.
type guardedConn struct {
	net.Conn
	l      *guardedListener
	client netip.Addr
	once   sync.Once
}

// Write writes p, failing if the client takes none of it for the write
// timeout. net/http writes through a 4 KiB buffer, so p is small.
func (c *guardedConn) Write(p []byte) (int, error) {
	if c.l.writeTimeout > 0 {
		c.Conn.SetWriteDeadline(time.Now().Add(c.l.writeTimeout))
	}
	return c.Conn.Write(p)
}

// ReadFrom sends a file (net/http hands it one for a plain response) in
// chunks of writeChunk, each bounded by the write timeout, through the
// connection's own ReadFrom so that Linux still uses sendfile.
func (c *guardedConn) ReadFrom(r io.Reader) (int64, error) {
	rf, ok := c.Conn.(io.ReaderFrom)
	if !ok {
		return io.Copy(struct{ io.Writer }{c}, r)
	}
	// sendfile wants the *os.File itself under at most one LimitedReader.
	remain := int64(-1)
	if lr, ok := r.(*io.LimitedReader); ok {
		if _, isFile := lr.R.(*os.File); isFile {
			remain, r = lr.N, lr.R
			defer func() { lr.N = remain }()
		}
	}
	var total int64
	for remain != 0 {
		chunk := int64(writeChunk)
		if remain > 0 {
			chunk = min(chunk, remain)
		}
		if c.l.writeTimeout > 0 {
			c.Conn.SetWriteDeadline(time.Now().Add(c.l.writeTimeout))
		}
		n, err := rf.ReadFrom(&io.LimitedReader{R: r, N: chunk})
		total += n
		if remain > 0 {
			remain -= n
		}
		if err != nil {
			return total, err
		}
		if n < chunk {
			break // the end of r
		}
	}
	return total, nil
}

// CloseWrite shuts the sending side, as net/http does before closing a
// connection so that the client reads the last response before the reset.
func (c *guardedConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}

// Close closes the connection and frees its place, once.
func (c *guardedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() { c.l.release(c.client) })
	return err
}
