package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"mime"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/decussate/decussate/internal/decimal"
	"github.com/decussate/decussate/internal/quote"
)

// siteTypes fixes the Content-Type of the files a web build holds. A table of
// our own, rather than mime.TypeByExtension alone, because that one also reads
// the machine's mime.types, and a browser refuses to stream-compile a .wasm
// served as anything but application/wasm.
var siteTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".wasm": "application/wasm",
	".json": "application/json",
	".png":  "image/png",
	".svg":  "image/svg+xml",
	".ico":  "image/x-icon",
	".txt":  "text/plain; charset=utf-8",
}

// contentSecurityPolicy is sent with every response: the page may load
// scripts, styles, images, fonts and data from its own origin only, so that
// nothing injected into it (a crafted #hash, say) can pull code from
// elsewhere or send the lesson anywhere. 'wasm-unsafe-eval' lets the page
// compile decussate.wasm (WebAssembly.instantiateStreaming) without allowing
// JavaScript's eval; Chromium, Firefox 102+ and Safari 16+ know it. The page
// (wasm/index.html, wasm/loader.js) has no inline <script>, no inline
// style="" attribute and no event-handler attributes; loader.js and Ebiten
// set styles through the CSSOM (element.style.width = ...), which style-src
// does not restrict, so 'unsafe-inline' is needed for neither. img-src
// allows data: and blob: for the PNG the explorer exports; frame-ancestors
// 'none' keeps another site from framing the explorer.
const contentSecurityPolicy = "default-src 'self'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; " +
	"img-src 'self' data: blob:; " +
	"connect-src 'self'; " +
	"object-src 'none'; " +
	"base-uri 'self'; " +
	"form-action 'self'; " +
	"frame-ancestors 'none'"

// precompressed lists the encodings a build may hold a copy in, best first:
// the suffix of the copy beside the plain file and the Content-Encoding name.
var precompressed = []struct{ coding, suffix string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

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

// newSiteHandler returns the handler that serves the web build in dir,
// logging nothing; see siteHandler.
func newSiteHandler(dir string) http.Handler {
	return &siteHandler{dir: dir}
}

// siteHandler serves the web build in dir: GET and HEAD only, no request
// bodies, no directory listings, nothing outside dir, and a precompressed
// copy (file.br, file.gz) when the client accepts it. It logs to log what
// it refuses or fails to read.
type siteHandler struct {
	dir string
	log *eventLog
}

// ServeHTTP answers one request.
func (s *siteHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// Set first, so that errors carry them too.
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	if r.ContentLength != 0 || len(r.TransferEncoding) > 0 {
		s.refuseBody(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, status := siteFileName(r.URL.Path)
	if status != http.StatusOK {
		http.Error(w, http.StatusText(status), status)
		return
	}
	// The root is opened per request, not once: make web replaces the
	// directory, and a root held open would go on serving the old one.
	// os.Root also refuses symlinks and ".." that lead out of dir.
	root, err := os.OpenRoot(s.dir)
	if err != nil {
		s.log.Printf(eventFile, "cannot open the site directory %s: %v", s.dir, err)
		http.Error(w, "site directory unavailable", http.StatusInternalServerError)
		return
	}
	defer root.Close()
	s.serveFile(w, r, root, name)
}

// refuseBody answers a request that carries a body, which nothing on a
// static site takes: 400 for a GET or HEAD (a body has no meaning there),
// 405 for any other method, and the connection closed without reading
// the body. Read, a body sent one byte at a time would hold the
// connection (and its descriptors) for as long as the client liked.
func (s *siteHandler) refuseBody(w http.ResponseWriter, r *http.Request) {
	s.log.Printf(eventBody, "refused a %s request with a body from %s", quote.Short(r.Method), clientOf(remoteAddr(r.RemoteAddr)))
	// Connection: close keeps net/http from reading the body to reuse
	// the connection before it answers; the past read deadline stops the
	// read it makes when the handler ends, so the connection closes as
	// soon as the answer is sent.
	w.Header().Set("Connection", "close")
	http.NewResponseController(w).SetReadDeadline(time.Now())
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		http.Error(w, "400 bad request: a GET or HEAD request must not carry a body", http.StatusBadRequest)
		return
	}
	w.Header().Set("Allow", "GET, HEAD")
	http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
}

// remoteAddr is a request's RemoteAddr as a net.Addr, for clientOf.
type remoteAddr string

func (a remoteAddr) Network() string { return "tcp" }
func (a remoteAddr) String() string  { return string(a) }

// siteFileName maps a request path to the name of a file in the site, or
// returns the status to refuse it with: 400 for paths no browser sends
// (backslashes, NUL, "." or ".." segments, empty segments that would make the
// name absolute), 404 for a directory other than the root.
func siteFileName(urlPath string) (string, int) {
	if urlPath == "/" || urlPath == "" {
		return "index.html", http.StatusOK
	}
	if !strings.HasPrefix(urlPath, "/") || strings.ContainsAny(urlPath, "\\\x00") {
		return "", http.StatusBadRequest
	}
	if strings.HasSuffix(urlPath, "/") {
		return "", http.StatusNotFound
	}
	name := urlPath[1:]
	for seg := range strings.SplitSeq(name, "/") {
		if seg == "" || seg == "." || seg == ".." {
			return "", http.StatusBadRequest
		}
	}
	// filepath.IsLocal also catches what only some systems treat as
	// absolute or special (a drive letter, NUL, CON on Windows).
	if !filepath.IsLocal(filepath.FromSlash(name)) {
		return "", http.StatusBadRequest
	}
	return name, http.StatusOK
}

// serveFile serves the regular file name from root, or the best
// precompressed copy of it that the request accepts. A file that is there
// but cannot be read is a fault of the site, not of the request: it gets
// a 403 (permission) or 500 and a line in the log, not a silent 404.
func (s *siteHandler) serveFile(w http.ResponseWriter, r *http.Request, root *os.Root, name string) {
	plain, err := root.Stat(name)
	if err != nil || !plain.Mode().IsRegular() {
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			s.unreadable(w, name, err)
			return
		}
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	h := w.Header()
	// The representation depends on Accept-Encoding, and a cache must know.
	h.Set("Vary", "Accept-Encoding")
	// Revalidate each time, so that a new build shows at the next reload
	// without a stale .wasm from the browser's cache. With the ETag that
	// serveContent adds, a reload costs each student a 304 of a few hundred
	// bytes, not the .wasm again. "public, max-age=N" would spare even the
	// round trip, but for N seconds after make web a class would run the old
	// build, and the names (decussate.wasm, loader.js) carry no version to
	// bust the cache with; 200 conditional GETs on a LAN are nothing.
	h.Set("Cache-Control", "no-cache")
	ctype := siteTypes[path.Ext(name)]
	if ctype == "" {
		ctype = mime.TypeByExtension(path.Ext(name))
	}
	if ctype != "" {
		h.Set("Content-Type", ctype)
	}

	acceptEncoding := r.Header.Get("Accept-Encoding")
	for _, pc := range precompressed {
		if !acceptsEncoding(acceptEncoding, pc.coding) {
			continue
		}
		f, info, err := openRegular(root, name+pc.suffix)
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				// The plain file may still be readable: log, and try it.
				s.log.Printf(eventFile, "cannot serve %s from %s: %v", quote.Short(name+pc.suffix), s.dir, bare(err))
			}
			continue
		}
		defer f.Close()
		if ctype == "" {
			// Never let ServeContent sniff the type from compressed bytes.
			h.Set("Content-Type", "application/octet-stream")
		}
		h.Set("Content-Encoding", pc.coding)
		h.Set("ETag", fileETag(info, pc.coding))
		http.ServeContent(lengthWriter{w, info.Size(), plain.Size()}, r, name, info.ModTime(), f)
		return
	}
	f, info, err := openRegular(root, name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			http.Error(w, "404 page not found", http.StatusNotFound)
			return
		}
		s.unreadable(w, name, err)
		return
	}
	defer f.Close()
	h.Set("ETag", fileETag(info, "identity"))
	http.ServeContent(w, r, name, info.ModTime(), f)
}

// fileETag returns a strong entity tag for the file info describes, served in
// the given content coding: its size and modification time in nanoseconds,
// as nginx does, plus the coding, since the plain file and each compressed
// copy are different representations and a cache must not mix them up. A
// content hash would be more exact but costs reading the whole .wasm (many
// megabytes) once per build, and make web writes every file anew, so a new
// build always has new times. http.ServeContent answers If-None-Match
// against it with 304.
func fileETag(info os.FileInfo, coding string) string {
	return fmt.Sprintf(`"%x-%x-%s"`, info.Size(), info.ModTime().UnixNano(), coding)
}

// unreadable answers a request for a file the site holds but cannot
// serve, and logs why: 403 when the server may not read it, 500 when the
// disk fails, and 404 for the rest (a symlink out of the site, say), which
// tells a client nothing it may not know.
func (s *siteHandler) unreadable(w http.ResponseWriter, name string, err error) {
	s.log.Printf(eventFile, "cannot serve %s from %s: %v", quote.Short(name), s.dir, bare(err))
	switch {
	case errors.Is(err, fs.ErrPermission):
		http.Error(w, "403 forbidden: the server cannot read this file", http.StatusForbidden)
	case errors.Is(err, syscall.EIO):
		http.Error(w, "500 internal server error: the server cannot read this file", http.StatusInternalServerError)
	default:
		http.Error(w, "404 page not found", http.StatusNotFound)
	}
}

// openRegular opens name in root if it is a regular file. Anything else
// there (a directory, a device) is as good as absent: fs.ErrNotExist.
func openRegular(root *os.Root, name string) (*os.File, os.FileInfo, error) {
	f, err := root.Open(name)
	if err != nil {
		return nil, nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, nil, fs.ErrNotExist
	}
	return f, info, nil
}

// acceptsEncoding reports whether an Accept-Encoding header value accepts
// coding, by name or by "*", with a quality above zero ("br;q=0" refuses br).
func acceptsEncoding(header, coding string) bool {
	accepted := false
	for item := range strings.SplitSeq(header, ",") {
		name, params, _ := strings.Cut(item, ";")
		name = strings.TrimSpace(name)
		if !strings.EqualFold(name, coding) && name != "*" {
			continue
		}
		q := 1.0
		for p := range strings.SplitSeq(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				// A plain decimal only (RFC 9110: 0 to 1, three
				// decimals at most); anything else leaves the default.
				if f, err := decimal.Float(strings.TrimSpace(v)); err == nil {
					q = f
				}
			}
		}
		if strings.EqualFold(name, coding) {
			// An explicit entry decides, whatever "*" said.
			return q > 0
		}
		accepted = q > 0
	}
	return accepted
}

// lengthWriter puts back the Content-Length that http.ServeContent leaves out
// of a full response when Content-Encoding is set (it expects on-the-fly
// compression). The copy on disk is already compressed, so its size is the
// length. It also sends the plain file's size as X-Decoded-Length: a browser
// hands the page the body decompressed, so the page's loader needs that size,
// not the compressed one, to show how much of the download has arrived.
type lengthWriter struct {
	http.ResponseWriter
	size, decodedSize int64
}

// WriteHeader sets Content-Length and X-Decoded-Length for a full 200
// response; ranges, 304s and errors keep what ServeContent chose.
func (w lengthWriter) WriteHeader(code int) {
	if code == http.StatusOK {
		if w.Header().Get("Content-Length") == "" {
			w.Header().Set("Content-Length", strconv.FormatInt(w.size, 10))
		}
		w.Header().Set("X-Decoded-Length", strconv.FormatInt(w.decodedSize, 10))
	}
	w.ResponseWriter.WriteHeader(code)
}
