package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"
)

// loadClients is the size of the class TestServeSiteClass serves at once.
const loadClients = 200

// fakeBytes returns n reproducible bytes that do not compress, like a real
// .wasm's compressed copy.
func fakeBytes(seed uint64, n int) []byte {
	b := make([]byte, n)
	r := rand.NewChaCha8([32]byte{byte(seed)})
	r.Read(b)
	return b
}

// TestServeSiteClass holds a class of 200 browsers on loopback: each
// downloads index.html, loader.js and decussate.wasm, accepting br, all
// starting at the same moment. Every response must be a 200 with the whole,
// right bytes. The deadline is generous: it only catches a server that
// hangs, it does not time anything.
func TestServeSiteClass(t *testing.T) {
	if testing.Short() {
		t.Skip("moves about a gigabyte over loopback")
	}
	// Each client holds a connection, the server its end of it, and per
	// request an open file and the site's root: four descriptors a client,
	// with room to spare.
	if limit, ok := openFileLimit(); ok && limit < 4*loadClients+100 {
		t.Skipf("open-file limit %d is too low for %d clients", limit, loadClients)
	}
	fdsBefore, countable := openFDs()

	site := t.TempDir()
	index := bytes.Repeat([]byte("<!doctype html><title>Decussate</title>\n"), 100)
	loader := bytes.Repeat([]byte("console.log('loading Decussate');\n"), 300)
	loaderBr := fakeBytes(1, 2000)
	wasm := fakeBytes(2, 8<<20)
	wasmBr := fakeBytes(3, 3<<20)
	files := map[string][]byte{
		"index.html":        index,
		"loader.js":         loader,
		"loader.js.br":      loaderBr,
		"decussate.wasm":    wasm,
		"decussate.wasm.br": wasmBr,
		"decussate.wasm.gz": fakeBytes(4, 4<<20),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(site, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	type want struct {
		path, encoding string
		sum            [32]byte
		size           int
	}
	wants := []want{
		{"/", "", sha256.Sum256(index), len(index)},
		{"/loader.js", "br", sha256.Sum256(loaderBr), len(loaderBr)},
		{"/decussate.wasm", "br", sha256.Sum256(wasmBr), len(wasmBr)},
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	serveCtx, stopServing := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- serveSite(serveCtx, ln, site, io.Discard) }()
	base := "http://" + ln.Addr().String()

	transport := &http.Transport{
		// A connection per client, all kept between its three requests.
		MaxConnsPerHost:     0,
		MaxIdleConns:        2 * loadClients,
		MaxIdleConnsPerHost: 2 * loadClients,
		IdleConnTimeout:     time.Minute,
		// The test asks for br itself and checks the bytes as sent.
		DisableCompression: true,
		DialContext:        (&net.Dialer{Timeout: 30 * time.Second}).DialContext,
	}
	client := &http.Client{Transport: transport}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	start := make(chan struct{})
	var ready, finished sync.WaitGroup
	errs := make(chan error, loadClients*len(wants))
	for i := range loadClients {
		ready.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			ready.Done()
			<-start
			for _, w := range wants {
				if err := fetchAndCheck(ctx, client, base+w.path, w.encoding, w.sum, w.size); err != nil {
					errs <- fmt.Errorf("client %d: %w", i, err)
					return
				}
			}
		}()
	}
	ready.Wait()
	began := time.Now()
	close(start)
	done := make(chan struct{})
	go func() { finished.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		t.Fatalf("%d clients not done after %v: the server hangs", loadClients, time.Since(began))
	}
	t.Logf("%d clients served in %v", loadClients, time.Since(began).Round(time.Millisecond))
	close(errs)
	n := 0
	for err := range errs {
		if n++; n <= 10 {
			t.Error(err)
		}
	}
	if n > 10 {
		t.Errorf("and %d more failures", n-10)
	}

	transport.CloseIdleConnections()
	stopServing()
	if err := <-served; err != nil {
		t.Errorf("serveSite: %v", err)
	}
	// Every file and connection is closed again once the class has gone.
	if countable {
		var after int
		for range 50 {
			if after, _ = openFDs(); after <= fdsBefore+10 {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if after > fdsBefore+10 {
			t.Errorf("%d open descriptors after the class, %d before", after, fdsBefore)
		}
	}
}

// fetchAndCheck GETs url accepting encoding and checks that the response is
// a 200 in that coding whose body has the given size and SHA-256. It hashes
// as it reads, so that 200 clients do not hold 200 copies of the .wasm.
func fetchAndCheck(ctx context.Context, client *http.Client, url, encoding string, sum [32]byte, size int) error {
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		return err
	}
	if encoding != "" {
		req.Header.Set("Accept-Encoding", encoding)
	}
	res, err := client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: status %d", url, res.StatusCode)
	}
	if got := res.Header.Get("Content-Encoding"); got != encoding {
		return fmt.Errorf("GET %s: Content-Encoding %q, want %q", url, got, encoding)
	}
	if got := res.Header.Get("Content-Length"); got != strconv.Itoa(size) {
		return fmt.Errorf("GET %s: Content-Length %q, want %d", url, got, size)
	}
	h := sha256.New()
	n, err := io.Copy(h, res.Body)
	if err != nil {
		return fmt.Errorf("GET %s: after %d bytes: %w", url, n, err)
	}
	if n != int64(size) || !bytes.Equal(h.Sum(nil), sum[:]) {
		return fmt.Errorf("GET %s: %d bytes, not the %d sent", url, n, size)
	}
	return nil
}

// openFDs counts the process's open file descriptors where the system
// shows them (/proc/self/fd on Linux).
func openFDs() (int, bool) {
	if runtime.GOOS != "linux" {
		return 0, false
	}
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return 0, false
	}
	return len(entries), true
}
