package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// gzipped returns data compressed as make web's precompress step does.
func gzipped(t *testing.T, data string) string {
	t.Helper()
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(zw, data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// The plain files of the test site.
const (
	indexHTML = "<!doctype html><title>Decussate</title>"
	loaderJS  = "console.log('loading Decussate');"
	wasmBytes = "\x00asm\x01\x00\x00\x00"
	styleCSS  = "body { background: #101418; }"
	atlasJSON = `{"structures": []}`
	pngBytes  = "\x89PNG\r\n\x1a\n"
	innerHTML = "<p>inner</p>"
	secret    = "outside the site"
	brLoader  = "pretend brotli of loader.js"
)

// newTestSite writes a small web build into a temp dir: plain files, .gz and
// .br copies of some, a subdirectory, and two symlinks, one that stays in the
// site and one that leads out of it to a secret file beside the site.
func newTestSite(t *testing.T) string {
	t.Helper()
	parent := t.TempDir()
	site := filepath.Join(parent, "site")
	files := map[string]string{
		"index.html":          indexHTML,
		"index.html.gz":       gzipped(t, indexHTML),
		"loader.js":           loaderJS,
		"loader.js.gz":        gzipped(t, loaderJS),
		"loader.js.br":        brLoader,
		"decussate.wasm":      wasmBytes,
		"decussate.wasm.gz":   gzipped(t, wasmBytes),
		"style.css":           styleCSS,
		"atlas.json":          atlasJSON,
		"logo.png":            pngBytes,
		"sub/inner.html":      innerHTML,
		"../secret.txt":       secret,
		"orphan.css.gz":       gzipped(t, "only compressed"),
		"sub/dir.gz/keep.txt": "a directory named like a compressed copy",
	}
	for name, data := range files {
		p := filepath.Join(site, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join("..", "secret.txt"), filepath.Join(site, "link-out.txt")); err != nil {
		t.Skipf("cannot make symlinks here: %v", err)
	}
	if err := os.Symlink("style.css", filepath.Join(site, "link-in.css")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(parent, filepath.Join(site, "escape")); err != nil {
		t.Fatal(err)
	}
	return site
}

func TestSiteHandler(t *testing.T) {
	site := newTestSite(t)
	handler := newSiteHandler(site)

	const (
		htmlType = "text/html; charset=utf-8"
		jsType   = "text/javascript; charset=utf-8"
		cssType  = "text/css; charset=utf-8"
	)
	tests := []struct {
		name           string
		method         string // GET when empty
		target         string
		acceptEncoding string
		wantStatus     int
		wantType       string // checked when not empty
		wantEncoding   string // Content-Encoding; checked on every 200
		wantBody       string // checked on every 200 GET
	}{
		// What each file is served as.
		{name: "root is index.html", target: "/", wantStatus: 200, wantType: htmlType, wantBody: indexHTML},
		{name: "index.html by name", target: "/index.html", wantStatus: 200, wantType: htmlType, wantBody: indexHTML},
		{name: "js", target: "/loader.js", wantStatus: 200, wantType: jsType, wantBody: loaderJS},
		{name: "wasm", target: "/decussate.wasm", wantStatus: 200, wantType: "application/wasm", wantBody: wasmBytes},
		{name: "css", target: "/style.css", wantStatus: 200, wantType: cssType, wantBody: styleCSS},
		{name: "json", target: "/atlas.json", wantStatus: 200, wantType: "application/json", wantBody: atlasJSON},
		{name: "png", target: "/logo.png", wantStatus: 200, wantType: "image/png", wantBody: pngBytes},
		{name: "file in a subdirectory", target: "/sub/inner.html", wantStatus: 200, wantType: htmlType, wantBody: innerHTML},
		{name: "query is ignored", target: "/style.css?v=2", wantStatus: 200, wantType: cssType, wantBody: styleCSS},

		// Precompressed copies.
		{name: "gzip accepted", target: "/loader.js", acceptEncoding: "gzip", wantStatus: 200, wantType: jsType, wantEncoding: "gzip", wantBody: gzipped(t, loaderJS)},
		{name: "br preferred to gzip", target: "/loader.js", acceptEncoding: "gzip, deflate, br, zstd", wantStatus: 200, wantType: jsType, wantEncoding: "br", wantBody: brLoader},
		{name: "br refused with q=0", target: "/loader.js", acceptEncoding: "br;q=0, gzip", wantStatus: 200, wantType: jsType, wantEncoding: "gzip", wantBody: gzipped(t, loaderJS)},
		{name: "gzip refused with q=0", target: "/loader.js", acceptEncoding: "gzip;q=0", wantStatus: 200, wantType: jsType, wantBody: loaderJS},
		{name: "wildcard accepts", target: "/loader.js", acceptEncoding: "*", wantStatus: 200, wantType: jsType, wantEncoding: "br", wantBody: brLoader},
		{name: "no br copy falls back to gzip", target: "/decussate.wasm", acceptEncoding: "br, gzip", wantStatus: 200, wantType: "application/wasm", wantEncoding: "gzip", wantBody: gzipped(t, wasmBytes)},
		{name: "no copy at all falls back to plain", target: "/style.css", acceptEncoding: "br, gzip", wantStatus: 200, wantType: cssType, wantBody: styleCSS},
		{name: "root compressed", target: "/", acceptEncoding: "gzip", wantStatus: 200, wantType: htmlType, wantEncoding: "gzip", wantBody: gzipped(t, indexHTML)},
		{name: "compressed copy without plain file", target: "/orphan.css", acceptEncoding: "gzip", wantStatus: 404},
		{name: "unsupported encoding only", target: "/loader.js", acceptEncoding: "deflate", wantStatus: 200, wantType: jsType, wantBody: loaderJS},

		// Methods.
		{name: "HEAD", method: "HEAD", target: "/decussate.wasm", acceptEncoding: "gzip", wantStatus: 200, wantType: "application/wasm", wantEncoding: "gzip"},
		{name: "POST", method: "POST", target: "/index.html", wantStatus: 405},
		{name: "PUT", method: "PUT", target: "/x.js", wantStatus: 405},
		{name: "DELETE", method: "DELETE", target: "/", wantStatus: 405},

		// No listings, nothing that is not there.
		{name: "directory with slash", target: "/sub/", wantStatus: 404},
		{name: "directory without slash", target: "/sub", wantStatus: 404},
		{name: "missing file", target: "/missing.js", wantStatus: 404},
		{name: "missing file accepting gzip", target: "/missing.js", acceptEncoding: "gzip", wantStatus: 404},
		{name: "directory named like a copy", target: "/sub/dir", acceptEncoding: "gzip", wantStatus: 404},

		// Nothing outside the site.
		{name: "dot-dot", target: "/../secret.txt", wantStatus: 400},
		{name: "dot-dot inside", target: "/sub/../../secret.txt", wantStatus: 400},
		{name: "encoded dot-dot", target: "/%2e%2e/secret.txt", wantStatus: 400},
		{name: "encoded dot-dot upper case", target: "/%2E%2E/secret.txt", wantStatus: 400},
		{name: "encoded slash and dot-dot", target: "/sub%2f..%2f..%2fsecret.txt", wantStatus: 400},
		{name: "dot segment", target: "/./index.html", wantStatus: 400},
		{name: "backslash", target: `/..\secret.txt`, wantStatus: 400},
		{name: "encoded backslash", target: "/..%5csecret.txt", wantStatus: 400},
		{name: "absolute path", target: "//etc/passwd", wantStatus: 400},
		{name: "encoded NUL", target: "/index.html%00.png", wantStatus: 400},
		{name: "symlink out of the site", target: "/link-out.txt", wantStatus: 404},
		{name: "symlinked directory out of the site", target: "/escape/secret.txt", wantStatus: 404},
		{name: "symlink within the site", target: "/link-in.css", wantStatus: 200, wantType: cssType, wantBody: styleCSS},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method := tt.method
			if method == "" {
				method = "GET"
			}
			req := httptest.NewRequest(method, tt.target, nil)
			if tt.acceptEncoding != "" {
				req.Header.Set("Accept-Encoding", tt.acceptEncoding)
			}
			rec := httptest.NewRecorder()
			handler.ServeHTTP(rec, req)
			res := rec.Result()
			body := rec.Body.String()

			if res.StatusCode != tt.wantStatus {
				t.Fatalf("%s %s: status %d, want %d (body %q)", method, tt.target, res.StatusCode, tt.wantStatus, body)
			}
			if strings.Contains(body, secret) {
				t.Fatalf("%s %s: the response holds the secret from outside the site", method, tt.target)
			}
			if res.StatusCode == 405 && res.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("405 with Allow %q, want %q", res.Header.Get("Allow"), "GET, HEAD")
			}
			if res.StatusCode != 200 {
				if enc := res.Header.Get("Content-Encoding"); enc != "" {
					t.Errorf("error response with Content-Encoding %q", enc)
				}
				return
			}
			if tt.wantType != "" && res.Header.Get("Content-Type") != tt.wantType {
				t.Errorf("Content-Type %q, want %q", res.Header.Get("Content-Type"), tt.wantType)
			}
			if got := res.Header.Get("Content-Encoding"); got != tt.wantEncoding {
				t.Errorf("Content-Encoding %q, want %q", got, tt.wantEncoding)
			}
			if got := res.Header.Get("Vary"); got != "Accept-Encoding" {
				t.Errorf("Vary %q, want Accept-Encoding", got)
			}
			if method == "HEAD" {
				if body != "" {
					t.Errorf("HEAD returned a body of %d bytes", len(body))
				}
				want := strconv.Itoa(len(gzipped(t, wasmBytes)))
				if got := res.Header.Get("Content-Length"); got != want {
					t.Errorf("HEAD Content-Length %q, want %s (the compressed size)", got, want)
				}
				return
			}
			if body != tt.wantBody {
				t.Errorf("body %q, want %q", body, tt.wantBody)
			}
			if got, want := res.Header.Get("Content-Length"), strconv.Itoa(len(tt.wantBody)); got != want {
				t.Errorf("Content-Length %q, want %s", got, want)
			}
		})
	}
}

// TestSiteHandlerNotModified checks that a reload revalidates instead of
// downloading the .wasm again, and that a 304 carries no Content-Encoding.
func TestSiteHandlerNotModified(t *testing.T) {
	handler := newSiteHandler(newTestSite(t))
	first := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/decussate.wasm", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	handler.ServeHTTP(first, req)
	lastModified := first.Result().Header.Get("Last-Modified")
	if lastModified == "" {
		t.Fatal("no Last-Modified header")
	}
	if got := first.Result().Header.Get("Cache-Control"); got != "no-cache" {
		t.Errorf("Cache-Control %q, want no-cache", got)
	}

	again := httptest.NewRecorder()
	req = httptest.NewRequest("GET", "/decussate.wasm", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	req.Header.Set("If-Modified-Since", lastModified)
	handler.ServeHTTP(again, req)
	res := again.Result()
	if res.StatusCode != http.StatusNotModified {
		t.Fatalf("status %d, want 304", res.StatusCode)
	}
	if res.Header.Get("Content-Encoding") != "" || res.Header.Get("Content-Length") != "" {
		t.Errorf("304 with Content-Encoding %q, Content-Length %q", res.Header.Get("Content-Encoding"), res.Header.Get("Content-Length"))
	}
}

// TestSiteHandlerRebuiltSite checks that the handler follows a site that is
// deleted and written again, as make web does while make serve runs.
func TestSiteHandlerRebuiltSite(t *testing.T) {
	site := newTestSite(t)
	handler := newSiteHandler(site)
	get := func() string {
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, httptest.NewRequest("GET", "/style.css", nil))
		return rec.Body.String()
	}
	if got := get(); got != styleCSS {
		t.Fatalf("before the rebuild: %q", got)
	}
	if err := os.RemoveAll(site); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(site, 0o755); err != nil {
		t.Fatal(err)
	}
	const rebuilt = "body { background: black; }"
	if err := os.WriteFile(filepath.Join(site, "style.css"), []byte(rebuilt), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := get(); got != rebuilt {
		t.Fatalf("after the rebuild: %q, want %q", got, rebuilt)
	}
}

func TestAcceptsEncoding(t *testing.T) {
	tests := []struct {
		header, coding string
		want           bool
	}{
		{"", "gzip", false},
		{"gzip", "gzip", true},
		{"GZIP", "gzip", true},
		{"deflate, gzip;q=1.0, *;q=0.5", "gzip", true},
		{"deflate, gzip;q=1.0, *;q=0.5", "br", true},
		{"gzip;q=0", "gzip", false},
		{"gzip; q=0.000", "gzip", false},
		{"gzip;q=0.001", "gzip", true},
		{"*;q=0, gzip", "gzip", true},
		{"*;q=0, gzip", "br", false},
		{"brotli", "br", false},
		{"gzip, deflate, br, zstd", "br", true},
		{"identity", "gzip", false},
		// Go's number syntax is no quality: such a q is ignored.
		{"gzip;q=0x0", "gzip", true},
		{"gzip;q=0_0", "gzip", true},
		{"gzip;q=NaN", "gzip", true},
	}
	for _, tt := range tests {
		if got := acceptsEncoding(tt.header, tt.coding); got != tt.want {
			t.Errorf("acceptsEncoding(%q, %q) = %v, want %v", tt.header, tt.coding, got, tt.want)
		}
	}
}

func TestRunServeCommandLine(t *testing.T) {
	site := newTestSite(t)
	noIndex := t.TempDir()
	file := filepath.Join(site, "style.css")
	tests := []struct {
		name       string
		args       []string
		wantStatus int
		wantStderr string // a part of stderr
	}{
		{"unknown flag", []string{"--port", "80"}, 2, "flag provided but not defined: -port"},
		{"flag without value", []string{"--addr"}, 2, "flag needs an argument: -addr"},
		{"extra argument", []string{"--dir", site, "extra"}, 2, `unexpected argument "extra"`},
		{"help", []string{"-h"}, 0, "usage: decussate-cli serve"},
		{"missing dir", []string{"--dir", filepath.Join(noIndex, "nowhere")}, 1, filepath.Join(noIndex, "nowhere")},
		{"dir without index.html", []string{"--dir", noIndex}, 1, noIndex + " has no index.html"},
		{"dir is a file", []string{"--dir", file}, 1, file + " is not a directory"},
		{"bad address", []string{"--dir", site, "--addr", "127.0.0.1:notaport"}, 1, "notaport"},
		{"no connection per client", []string{"--dir", site, "--per-client", "0"}, 2, `invalid value "0" for flag -per-client: out of range: want 1 to`},
		{"per client in Go's syntax", []string{"--dir", site, "--per-client", "1_0"}, 2, "want a whole decimal number"},
		{"per client in hex", []string{"--dir", site, "--per-client", "0x10"}, 2, "want a whole decimal number"},
		{"huge unknown flag", []string{"--" + strings.Repeat("p", 100000)}, 2, "flag provided but not defined: \"-ppp"},
		{"huge address", []string{"--dir", site, "--addr", strings.Repeat("a", 100000) + ":80"}, 2, "too long for HOST:PORT"},
		{"huge directory", []string{"--dir", strings.Repeat("d", 100000)}, 1, "(100000 bytes)"},
		{"huge extra argument", []string{"--dir", site, strings.Repeat("x", 100000)}, 2, "… (100000 bytes)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := runServe(tt.args, &stdout, &stderr)
			if status != tt.wantStatus {
				t.Errorf("status %d, want %d (stderr %q)", status, tt.wantStatus, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.wantStderr) {
				t.Errorf("stderr %q does not contain %q", stderr.String(), tt.wantStderr)
			}
			if stdout.Len() != 0 {
				t.Errorf("stdout %q, want nothing", stdout.String())
			}
		})
	}
}

// TestServeSite runs the real server on a free port: it must announce the
// address it is bound to, serve the site, refuse a raw encoded dot-dot that
// no client library would send, and stop when its context is cancelled.
func TestServeSite(t *testing.T) {
	site := newTestSite(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() { done <- serveSite(ctx, ln, site, pw) }()

	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, pr)
	want := "Decussate is served at http://" + ln.Addr().String() + "/\n"
	if line != want {
		t.Fatalf("announced %q, want %q", line, want)
	}

	res, err := http.Get("http://" + ln.Addr().String() + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	// http.Get asks for gzip itself and undoes it, so this also checks
	// that the .gz copy arrives whole.
	if res.StatusCode != 200 || string(body) != indexHTML || !res.Uncompressed {
		t.Errorf("GET /: status %d, uncompressed by the client %v, body %q", res.StatusCode, res.Uncompressed, body)
	}

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	io.WriteString(conn, "GET /%2e%2e/secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	raw, _ := io.ReadAll(conn)
	conn.Close()
	if !bytes.HasPrefix(raw, []byte("HTTP/1.1 400")) || bytes.Contains(raw, []byte(secret)) {
		t.Errorf("raw encoded dot-dot: got %q", raw)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serveSite after cancel: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serveSite did not stop after its context was cancelled")
	}
	pw.Close()
}

// TestSiteHandlerDecodedLength checks the X-Decoded-Length that the page's
// loader divides by: the plain file's size on a compressed 200, and absent
// on a plain one, where Content-Length already counts the bytes the page
// reads.
func TestSiteHandlerDecodedLength(t *testing.T) {
	handler := newSiteHandler(newTestSite(t))
	tests := []struct {
		acceptEncoding string
		want           string
	}{
		{"gzip", strconv.Itoa(len(wasmBytes))},
		{"", ""},
	}
	for _, tt := range tests {
		req := httptest.NewRequest("GET", "/decussate.wasm", nil)
		if tt.acceptEncoding != "" {
			req.Header.Set("Accept-Encoding", tt.acceptEncoding)
		}
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, req)
		if got := rec.Result().Header.Get("X-Decoded-Length"); got != tt.want {
			t.Errorf("Accept-Encoding %q: X-Decoded-Length %q, want %q", tt.acceptEncoding, got, tt.want)
		}
	}
}
