package main

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/decussate/decussate/internal/quote"
)

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
