package main

import (
	"strings"
	"testing"
)

// FuzzLesionCommandLine runs the lesion command on a flag or value and a
// site from the fuzzer: it must never panic, must exit 0 (with nothing on
// stderr) or 2 (with one short line on stderr and nothing on stdout), and
// that line must hold no control character of the input.
func FuzzLesionCommandLine(f *testing.F) {
	for _, seed := range [][2]string{
		{"--json", "pyramid:L"},
		{"--phase=acute", "cord.hemisection:L@C5"},
		{"--phase=ACUTE", "point:-15,-5,8,3"},
		{"--explain", "point:1_0,0,0,5"},
		{"--json", "point:0x1p-2,0,0,5"},
		{"--json", "point:Inf,0,0,5"},
		{"--phase=" + strings.Repeat("a", 5000), "pyramid:L"},
		{"--" + strings.Repeat("v", 5000), "pyramid:L"},
		{"--json=" + strings.Repeat("v", 5000), "pyramid:L"},
		{"--json", strings.Repeat("x", 20000)},
		{"--json", "pyramid:" + strings.Repeat("L", 5000)},
		{"--json", "cord.hemisection:L@" + strings.Repeat("C", 5000)},
		{"--json", "bad\nid\x1b[2J"},
		{"", ""},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, flagArg, site string) {
		args := []string{"lesion"}
		if flagArg != "" {
			args = append(args, flagArg)
		}
		args = append(args, site)
		code, stdout, stderr := runCLI(args...)
		switch code {
		case 0:
			if stderr != "" {
				t.Fatalf("lesion %.80q: exit 0 with stderr %.300q", args, stderr)
			}
		case 2:
			if stdout != "" && !strings.HasPrefix(stdout, "usage:") {
				t.Fatalf("lesion %.80q: exit 2 with stdout %.300q", args, stdout)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.HasSuffix(stderr, "\n") || len(stderr) > maxErrorBytes {
				t.Fatalf("lesion %.80q: stderr of %d bytes is not one short line: %.300q", args, len(stderr), stderr)
			}
			if strings.ContainsAny(strings.TrimSuffix(stderr, "\n"), "\x00\r\n\x1b") {
				t.Fatalf("lesion %.80q: stderr holds a control character: %.300q", args, stderr)
			}
		default:
			t.Fatalf("lesion %.80q: exit %d (stderr %.300q)", args, code, stderr)
		}
	})
}
