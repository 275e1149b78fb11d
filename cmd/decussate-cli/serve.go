package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/decussate/decussate/internal/quote"
)

// runServe is the serve command: it serves a web build (make web) over HTTP
// until interrupted. It returns 2 for a wrong command line and 1 when the
// site is missing or the address cannot be bound.
func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	// flag.Parse's own error line would quote a bad argument whole, so
	// it writes nowhere, and the error and usage are written here.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	usage := func() {
		fmt.Fprintln(stderr, "usage: decussate-cli serve [--addr HOST:PORT] [--dir DIR] [--per-client N]")
		fs.SetOutput(stderr)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on; port 0 picks a free one")
	dir := fs.String("dir", "dist/web", "`directory` of the web build, as make web writes it")
	perClient := newIntFlag(fs, "per-client", defaultPerClient(), 1, maxPerClient, "the most connections (`N`) one client address (or a NAT) may hold at once")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage()
			return 0
		}
		fmt.Fprintf(stderr, "decussate-cli serve: %s\n", shortFlagError(err))
		usage()
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "decussate-cli serve: unexpected argument %s\n", quote.Short(fs.Arg(0)))
		usage()
		return 2
	}
	if err := checkSite(*dir); err != nil {
		fmt.Fprintf(stderr, "decussate-cli serve: %v\n", err)
		return 1
	}
	// A host name is at most 253 bytes; net's errors would quote a
	// longer --addr whole.
	if len(*addr) > 253+len(":65535") {
		fmt.Fprintf(stderr, "decussate-cli serve: --addr %s: too long for HOST:PORT\n", quote.Short(*addr))
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "decussate-cli serve: %v\n", err)
		return 1
	}
	// Ctrl-C ends the server cleanly, so make serve stops without an error.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	srv := newSiteServer(*dir, stderr)
	srv.PerClient = *perClient
	if err := srv.serve(ctx, ln, stdout); err != nil {
		fmt.Fprintf(stderr, "decussate-cli serve: %v\n", err)
		return 1
	}
	return 0
}

// maxPerClient bounds --per-client: more connections than this from one
// address is no classroom.
const maxPerClient = 100000

// checkSite reports, naming dir, why dir cannot be served: that it does not
// exist, is not a directory, or has no index.html (most often because the
// build was not made yet) or one the server cannot read.
func checkSite(dir string) error {
	name := shortIfNeeded(dir)
	info, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("site directory %s: %w (run make web first)", name, bare(err))
	}
	if !info.IsDir() {
		return fmt.Errorf("site directory %s is not a directory", name)
	}
	index := filepath.Join(dir, "index.html")
	info, err = os.Stat(index)
	if err != nil {
		return fmt.Errorf("site directory %s has no index.html (run make web first): %w", name, bare(err))
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("site directory %s: index.html is not a regular file", name)
	}
	// Stat needs no read permission; serving does.
	f, err := os.Open(index)
	if err == nil {
		_, err = f.Read(make([]byte, 1))
		f.Close()
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("site directory %s: cannot read index.html: %w", name, bare(err))
	}
	return nil
}

// The server's limits, as a trusted server's defaults (nginx's): a client
// has this long to send its request's headers, to send a request, to take
// each part of a response, and to start its next request on a kept-alive
// connection.
const (
	defaultHeaderTimeout = 10 * time.Second
	defaultBodyTimeout   = 60 * time.Second
	defaultWriteTimeout  = 60 * time.Second
	defaultIdleTimeout   = 75 * time.Second
)

// siteServer serves a web build with the limits that keep one client from
// starving the others. Its fields are the limits, so that tests can
// shorten them.
type siteServer struct {
	dir string
	// HeaderTimeout bounds the time to send a request's headers: no
	// request to a static site needs long, and a slowloris gets no more.
	HeaderTimeout time.Duration
	// BodyTimeout bounds the time to send a whole request (net/http's
	// ReadTimeout). The site takes no request bodies (a request with one
	// is refused at once, unread), so it only adds to HeaderTimeout.
	BodyTimeout time.Duration
	// WriteTimeout bounds each write of a response: a client that takes
	// nothing of it for this long is dropped (a slow one is not).
	WriteTimeout time.Duration
	// IdleTimeout closes a kept-alive connection with no new request.
	IdleTimeout time.Duration
	// PerClient is how many connections one client address may hold.
	PerClient int
	// Log receives refusals and failures, rate-limited.
	Log *eventLog

	// guard is the listener being served, once serve has begun.
	guard *guardedListener
}

// newSiteServer returns a server of dir with the default limits, logging
// to log (nil: nowhere).
func newSiteServer(dir string, log io.Writer) *siteServer {
	if log == nil {
		log = io.Discard
	}
	return &siteServer{
		dir:           dir,
		HeaderTimeout: defaultHeaderTimeout,
		BodyTimeout:   defaultBodyTimeout,
		WriteTimeout:  defaultWriteTimeout,
		IdleTimeout:   defaultIdleTimeout,
		PerClient:     defaultPerClient(),
		Log:           newEventLog(log, defaultLogEvery, time.Now),
	}
}

// serveSite serves dir on ln with the default limits, logging nowhere; see
// siteServer.serve.
func serveSite(ctx context.Context, ln net.Listener, dir string, stdout io.Writer) error {
	return newSiteServer(dir, nil).serve(ctx, ln, stdout)
}

// serve announces the address ln is bound to on stdout and serves the site
// on it until ctx is done. The address printed is the real one, so that
// port 0 (a free port) can be found.
func (s *siteServer) serve(ctx context.Context, ln net.Listener, stdout io.Writer) error {
	s.guard = newGuardedListener(ln, s.PerClient, s.WriteTimeout, s.Log)
	srv := &http.Server{
		Handler:           &siteHandler{dir: s.dir, log: s.Log},
		ReadHeaderTimeout: s.HeaderTimeout,
		ReadTimeout:       s.BodyTimeout,
		IdleTimeout:       s.IdleTimeout,
		// The write timeout is the listener's, per write: net/http's
		// WriteTimeout bounds the whole response, and would cut off a
		// student downloading the .wasm over a crowded Wi-Fi.
		ErrorLog: log.New(serverLogWriter{s.Log}, "", 0),
	}
	fmt.Fprint(stdout, announcement(ln.Addr(), interfaceAddrs()))
	done := make(chan error, 1)
	go func() { done <- srv.Serve(s.guard) }()
	select {
	case err := <-done:
		return fmt.Errorf("serving %s: %w", s.dir, err)
	case <-ctx.Done():
		defer s.Log.Flush()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(shutdown); err != nil {
			srv.Close()
			return fmt.Errorf("stopping the server: %w", err)
		}
		return nil
	}
}
