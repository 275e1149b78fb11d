package main

import (
	"errors"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
	"syscall"

	"github.com/decussate/decussate/internal/decimal"
	"github.com/decussate/decussate/internal/quote"
)

// How the handler sends one file of the site: its type, its caching
// headers and entity tag, and the best precompressed copy the client
// takes.

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

// precompressed lists the encodings a build may hold a copy in, best first:
// the suffix of the copy beside the plain file and the Content-Encoding name.
var precompressed = []struct{ coding, suffix string }{
	{"br", ".br"},
	{"gzip", ".gz"},
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
