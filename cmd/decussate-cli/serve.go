package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
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
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: decussate-cli serve [--addr HOST:PORT] [--dir DIR]")
		fs.PrintDefaults()
	}
	addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on; port 0 picks a free one")
	dir := fs.String("dir", "dist/web", "`directory` of the web build, as make web writes it")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "decussate-cli serve: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	if err := checkSite(*dir); err != nil {
		fmt.Fprintf(stderr, "decussate-cli serve: %v\n", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "decussate-cli serve: %v\n", err)
		return 1
	}
	// Ctrl-C ends the server cleanly, so make serve stops without an error.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serveSite(ctx, ln, *dir, stdout); err != nil {
		fmt.Fprintf(stderr, "decussate-cli serve: %v\n", err)
		return 1
	}
	return 0
}

// checkSite reports, naming dir, why dir cannot be served: that it does not
// exist, is not a directory, or has no index.html (most often because the
// build was not made yet).
func checkSite(dir string) error {
	info, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("site directory %s: %w (run make web first)", dir, err)
	}
	if !info.IsDir() {
		return fmt.Errorf("site directory %s is not a directory", dir)
	}
	index := filepath.Join(dir, "index.html")
	info, err = os.Stat(index)
	if err != nil {
		return fmt.Errorf("site directory %s has no index.html (run make web first): %w", dir, err)
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("site directory %s: index.html is not a regular file", dir)
	}
	return nil
}

// serveSite announces the address ln is bound to on stdout and serves dir on
// it until ctx is done. The address printed is the real one, so that port 0
// (a free port) can be found.
func serveSite(ctx context.Context, ln net.Listener, dir string, stdout io.Writer) error {
	srv := &http.Server{
		Handler: newSiteHandler(dir),
		// No request to a static site needs long to send its headers;
		// the limit keeps idle half-open connections from piling up.
		ReadHeaderTimeout: 10 * time.Second,
	}
	fmt.Fprint(stdout, announcement(ln.Addr(), interfaceAddrs()))
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serving %s: %w", dir, err)
	case <-ctx.Done():
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(shutdown); err != nil {
			return fmt.Errorf("stopping the server: %w", err)
		}
		return nil
	}
}

// newSiteHandler returns the handler that serves the web build in dir: GET
// and HEAD only, no directory listings, nothing outside dir, and a
// precompressed copy (file.br, file.gz) when the client accepts it.
func newSiteHandler(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Set first, so that errors carry them too.
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
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
		root, err := os.OpenRoot(dir)
		if err != nil {
			http.Error(w, "site directory unavailable", http.StatusInternalServerError)
			return
		}
		defer root.Close()
		serveSiteFile(w, r, root, name)
	})
}

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

// serveSiteFile serves the regular file name from root, or the best
// precompressed copy of it that the request accepts.
func serveSiteFile(w http.ResponseWriter, r *http.Request, root *os.Root, name string) {
	plain, err := root.Stat(name)
	if err != nil || !plain.Mode().IsRegular() {
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
		f, info, ok := openRegular(root, name+pc.suffix)
		if !ok {
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
	f, info, ok := openRegular(root, name)
	if !ok {
		http.Error(w, "404 page not found", http.StatusNotFound)
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

// openRegular opens name in root if it is a regular file.
func openRegular(root *os.Root, name string) (*os.File, os.FileInfo, bool) {
	f, err := root.Open(name)
	if err != nil {
		return nil, nil, false
	}
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, nil, false
	}
	return f, info, true
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
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
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
