package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestWasmKeepsMathglOutOfInterfaces links the browser build with the
// linker's dependency dump and fails if a mathgl type is marked as used in
// an interface. In the browser build the linker keeps every exported method
// of such a type (Ebiten's shader compiler imports text/template, which puts
// it in reflect-method mode), and mathgl's methods reach each other: one
// vector that reflection can reach keeps half a megabyte of WebAssembly and
// puts the page over its size budget (make bench). The failure names the
// chain from the function that made the conversion to the mathgl type, so
// that the type to change is plain.
func TestWasmKeepsMathglOutOfInterfaces(t *testing.T) {
	if testing.Short() {
		t.Skip("links the browser build")
	}
	cmd := exec.Command("go", "build", "-ldflags=-dumpdep", "-o", filepath.Join(t.TempDir(), "decussate.wasm"), ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	// The linker writes its dump to standard error, and go build passes it
	// on, with any build error.
	var dump bytes.Buffer
	cmd.Stderr = &dump
	if err := cmd.Run(); err != nil {
		t.Fatalf("building for the browser: %v\n%s", err, tail(dump.String(), 2000))
	}
	g := readDependencies(&dump)
	if len(g.marked) == 0 {
		t.Fatalf("the linker's dump has no types used in interfaces; has -dumpdep changed?\n%s", tail(dump.String(), 2000))
	}
	var leaks []string
	for sym := range g.marked {
		if strings.Contains(sym, "mathgl/mgl") && !strings.HasPrefix(sym, "type:func") {
			leaks = append(leaks, sym)
		}
	}
	if len(leaks) > 0 {
		// The first leak found from a function is the one to fix; the rest
		// follow from it.
		for _, sym := range leaks {
			if chain := g.chainTo(sym); chain != nil {
				t.Fatalf("%d mathgl types are used in interfaces in the browser build; the first:\n  %s",
					len(leaks), strings.Join(chain, "\n  <- "))
			}
		}
		t.Fatalf("%d mathgl types are used in interfaces in the browser build, e.g. %s", len(leaks), leaks[0])
	}
}

// dependencies is the linker's graph, reduced to the edges that carry the
// mark: from a function (which converts) or a marked type to a marked type.
type dependencies struct {
	marked map[string]bool
	from   map[string][]string
}

// readDependencies parses -dumpdep lines, "A [<UsedInIface>] -> B
// [<UsedInIface>]". A conversion to a non-empty interface refers to an itab,
// "go:itab.T,I", whose edge to T the dump leaves out: it is added.
func readDependencies(dump *bytes.Buffer) dependencies {
	const mark = " <UsedInIface>"
	g := dependencies{marked: map[string]bool{}, from: map[string][]string{}}
	sc := bufio.NewScanner(dump)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	itabs := map[string][]string{}
	for sc.Scan() {
		a, b, ok := strings.Cut(sc.Text(), " -> ")
		if !ok {
			continue
		}
		if t, ok := strings.CutPrefix(b, "go:itab."); ok {
			t, _, _ = strings.Cut(t, ",")
			itabs["type:"+t] = append(itabs["type:"+t], strings.TrimSuffix(a, mark))
			continue
		}
		if !strings.HasSuffix(b, mark) {
			continue
		}
		aMarked := strings.HasSuffix(a, mark)
		a, b = strings.TrimSuffix(a, mark), strings.TrimSuffix(b, mark)
		g.marked[b] = true
		if strings.HasPrefix(a, "type:") && !aMarked {
			continue
		}
		g.from[b] = append(g.from[b], a)
	}
	for t, users := range itabs {
		if g.marked[t] {
			g.from[t] = append(g.from[t], users...)
		}
	}
	return g
}

// chainTo returns the shortest chain from sym back to a function, or nil.
func (g dependencies) chainTo(sym string) []string {
	prev := map[string]string{sym: ""}
	queue := []string{sym}
	for len(queue) > 0 {
		x := queue[0]
		queue = queue[1:]
		for _, a := range g.from[x] {
			if _, seen := prev[a]; seen {
				continue
			}
			prev[a] = x
			if !strings.HasPrefix(a, "type:") {
				var chain []string
				for s := a; s != ""; s = prev[s] {
					chain = append(chain, s)
				}
				// The mathgl type first, the function last.
				slices.Reverse(chain)
				return chain
			}
			queue = append(queue, a)
		}
	}
	return nil
}

// tail returns the last n bytes of s.
func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}
