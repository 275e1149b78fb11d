package main

import (
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestSiteHandlerSecurityHeaders checks that every response, errors
// included, carries the content-security policy and nosniff.
func TestSiteHandlerSecurityHeaders(t *testing.T) {
	handler := newSiteHandler(newTestSite(t))
	for _, c := range []struct {
		method, path string
		status       int
	}{
		{"GET", "/", 200},
		{"GET", "/loader.js", 200},
		{"GET", "/decussate.wasm", 200},
		{"HEAD", "/style.css", 200},
		{"GET", "/missing.js", 404},
		{"GET", "/link-out.txt", 404},
		{"GET", "/a/../b", 400},
		{"POST", "/", 405},
	} {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(c.method, c.path, nil)
		req.Header.Set("Accept-Encoding", "br, gzip")
		handler.ServeHTTP(rec, req)
		res := rec.Result()
		if res.StatusCode != c.status {
			t.Errorf("%s %s: status %d, want %d", c.method, c.path, res.StatusCode, c.status)
		}
		if got := res.Header.Get("Content-Security-Policy"); got != contentSecurityPolicy {
			t.Errorf("%s %s: Content-Security-Policy %q, want %q", c.method, c.path, got, contentSecurityPolicy)
		}
		if got := res.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s %s: X-Content-Type-Options %q, want nosniff", c.method, c.path, got)
		}
	}
}

// TestContentSecurityPolicy checks what the policy allows: the site's own
// origin only, WebAssembly compilation but no eval or inline script, no
// plugins, no framing.
func TestContentSecurityPolicy(t *testing.T) {
	directives := map[string][]string{}
	for d := range strings.SplitSeq(contentSecurityPolicy, ";") {
		fields := strings.Fields(d)
		if len(fields) == 0 {
			t.Errorf("empty directive in %q", contentSecurityPolicy)
			continue
		}
		if _, dup := directives[fields[0]]; dup {
			t.Errorf("directive %s twice", fields[0])
		}
		directives[fields[0]] = fields[1:]
	}
	want := map[string][]string{
		"default-src":     {"'self'"},
		"script-src":      {"'self'", "'wasm-unsafe-eval'"},
		"style-src":       {"'self'"},
		"img-src":         {"'self'", "data:", "blob:"},
		"connect-src":     {"'self'"},
		"object-src":      {"'none'"},
		"base-uri":        {"'self'"},
		"frame-ancestors": {"'none'"},
	}
	for name, sources := range want {
		if got, ok := directives[name]; !ok || !slices.Equal(got, sources) {
			t.Errorf("%s %q, want %q", name, got, sources)
		}
	}
	for name, sources := range directives {
		for _, s := range sources {
			switch {
			case s == "'unsafe-inline'", s == "'unsafe-eval'", s == "*",
				strings.Contains(s, "://"), s == "http:", s == "https:", s == "ws:", s == "wss:":
				t.Errorf("%s allows %s: more than the site's own origin", name, s)
			}
		}
	}
}

// TestSiteHandlerETag checks the entity tags of the .wasm and its
// compressed copy: one per representation, 304 on If-None-Match, and a new
// tag once the file is rebuilt.
func TestSiteHandlerETag(t *testing.T) {
	site := newTestSite(t)
	handler := newSiteHandler(site)
	get := func(encoding, ifNoneMatch string) *http.Response {
		t.Helper()
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", "/decussate.wasm", nil)
		if encoding != "" {
			req.Header.Set("Accept-Encoding", encoding)
		}
		if ifNoneMatch != "" {
			req.Header.Set("If-None-Match", ifNoneMatch)
		}
		handler.ServeHTTP(rec, req)
		return rec.Result()
	}

	plain := get("", "")
	gz := get("gzip", "")
	plainTag, gzTag := plain.Header.Get("ETag"), gz.Header.Get("ETag")
	for _, tag := range []string{plainTag, gzTag} {
		if len(tag) < 3 || tag[0] != '"' || tag[len(tag)-1] != '"' || strings.HasPrefix(tag, "W/") {
			t.Fatalf("ETag %q is not a strong entity tag", tag)
		}
	}
	if plainTag == gzTag {
		t.Errorf("plain and gzip copies share ETag %q", plainTag)
	}
	for _, res := range []*http.Response{plain, gz} {
		if got := res.Header.Get("Cache-Control"); got != "no-cache" {
			t.Errorf("Cache-Control %q, want no-cache", got)
		}
	}
	if got := gz.Header.Get("Content-Length"); got == "" {
		t.Error("gzip copy without Content-Length")
	}

	for _, c := range []struct{ encoding, tag string }{{"", plainTag}, {"gzip", gzTag}} {
		res := get(c.encoding, c.tag)
		if res.StatusCode != http.StatusNotModified {
			t.Errorf("Accept-Encoding %q, If-None-Match %s: status %d, want 304", c.encoding, c.tag, res.StatusCode)
			continue
		}
		if got := res.Header.Get("ETag"); got != c.tag {
			t.Errorf("304 with ETag %q, want %q", got, c.tag)
		}
		if res.Header.Get("Content-Encoding") != "" || res.Header.Get("Content-Length") != "" || res.ContentLength > 0 {
			t.Errorf("304 with Content-Encoding %q, Content-Length %q", res.Header.Get("Content-Encoding"), res.Header.Get("Content-Length"))
		}
		// A tag of the other representation must not match.
		other := gzTag
		if c.tag == gzTag {
			other = plainTag
		}
		if res := get(c.encoding, other); res.StatusCode != http.StatusOK {
			t.Errorf("Accept-Encoding %q with the other copy's tag: status %d, want 200", c.encoding, res.StatusCode)
		}
	}
	if res := get("", `"something-else", `+plainTag); res.StatusCode != http.StatusNotModified {
		t.Errorf("tag in a list: status %d, want 304", res.StatusCode)
	}

	// A rebuild writes the file anew: the browser's copy must no longer match.
	p := filepath.Join(site, "decussate.wasm")
	if err := os.WriteFile(p, []byte(wasmBytes+"\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(p, later, later); err != nil {
		t.Fatal(err)
	}
	res := get("", plainTag)
	if res.StatusCode != http.StatusOK || res.Header.Get("ETag") == plainTag {
		t.Errorf("after a rebuild: status %d, ETag %q (old %q), want 200 and a new tag", res.StatusCode, res.Header.Get("ETag"), plainTag)
	}
}

func ipNet(s string) net.Addr {
	ip, n, err := net.ParseCIDR(s)
	if err != nil {
		panic(err)
	}
	n.IP = ip
	return n
}

func TestAnnouncement(t *testing.T) {
	lan := []net.Addr{
		ipNet("192.168.1.20/24"),
		ipNet("fe80::1/64"),
		ipNet("127.0.0.1/8"),
		ipNet("10.0.0.5/8"),
		ipNet("192.168.1.20/24"), // the same address on a second interface
		&net.IPAddr{IP: net.ParseIP("172.16.0.9")},
		ipNet("2001:db8::5/64"),
	}
	const block = "Decussate is served on port 8080 of every network interface.\n" +
		"Students on the same network open:\n" +
		"  http://192.168.1.20:8080/\n" +
		"  http://10.0.0.5:8080/\n" +
		"  http://172.16.0.9:8080/\n" +
		"On this machine: http://127.0.0.1:8080/\n"
	for _, c := range []struct {
		name  string
		addr  net.Addr
		addrs []net.Addr
		want  string
	}{
		{"loopback", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8080}, lan,
			"Decussate is served at http://127.0.0.1:8080/\n"},
		{"one address", &net.TCPAddr{IP: net.IPv4(192, 168, 1, 20), Port: 8080}, lan,
			"Decussate is served at http://192.168.1.20:8080/\n"},
		{"IPv6 loopback", &net.TCPAddr{IP: net.IPv6loopback, Port: 8080}, lan,
			"Decussate is served at http://[::1]:8080/\n"},
		{"IPv4 any", &net.TCPAddr{IP: net.IPv4zero, Port: 8080}, lan,
			block},
		{"IPv6 any", &net.TCPAddr{IP: net.IPv6unspecified, Port: 8080}, lan,
			block},
		{"no host", &net.TCPAddr{Port: 8080}, lan,
			block},
		{"no network", &net.TCPAddr{IP: net.IPv4zero, Port: 8080}, []net.Addr{ipNet("127.0.0.1/8"), ipNet("fe80::1/64")},
			"Decussate is served on port 8080 of every network interface.\n" +
				"No network address found: students cannot reach this machine yet; on it, open http://127.0.0.1:8080/\n"},
	} {
		if got := announcement(c.addr, c.addrs); got != c.want {
			t.Errorf("%s: got\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
}

// TestAnnouncementThisMachine only checks that the real interfaces can be
// listed and announced; what they hold depends on the machine.
func TestAnnouncementThisMachine(t *testing.T) {
	got := announcement(&net.TCPAddr{IP: net.IPv4zero, Port: 8080}, interfaceAddrs())
	if !strings.HasPrefix(got, "Decussate is served on port 8080 of every network interface.\n") || !strings.Contains(got, "http://127.0.0.1:8080/\n") {
		t.Errorf("announcement on this machine:\n%s", got)
	}
	t.Logf("this machine:\n%s", got)
}

// TestVirtualInterface: container bridges, virtual machines' networks and
// VPN tunnels are not where students connect; Ethernet and Wi-Fi are.
func TestVirtualInterface(t *testing.T) {
	for name, want := range map[string]bool{
		"docker0": true, "br-5f2a": true, "veth12ab": true, "virbr0": true, "vboxnet0": true,
		"tun0": true, "utun3": true, "wg0": true, "tailscale0": true,
		"eth0": false, "enp3s0": false, "wlan0": false, "wlp2s0": false, "en0": false, "Ethernet": false, "Wi-Fi": false,
	} {
		if got := virtualInterface(name); got != want {
			t.Errorf("virtualInterface(%q) = %v, want %v", name, got, want)
		}
	}
}
