//go:build !js

package cmdline

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// usage is the line the flag package's help starts with.
const usage = `Decussate: a 3D explorer of the human motor pathways, in a window.

Usage: decussate [-fullscreen] [-state STATE]

`

func init() {
	if underGoTest(os.Args[0]) {
		// go test's binary of package main carries its own flags, which
		// its testing package reads after init; its tests build and run
		// the program itself.
		return
	}
	Parsed = parse(flag.CommandLine, os.Args[1:])
	if err := displayMissing(os.Getenv); err != nil {
		fmt.Fprintf(os.Stderr, "decussate: %v\n", err)
		os.Exit(1)
	}
}

// parse reads args into Options through fs, which exits as the flag
// package does: 0 after --help, 2 with the usage after a bad flag. The
// flag package leaves the browser build: it is kept out of the page's
// download.
func parse(fs *flag.FlagSet, args []string) Options {
	var o Options
	fs.BoolVar(&o.Fullscreen, "fullscreen", false, "start full screen, as on a classroom projector")
	fs.StringVar(&o.State, "state", "", "open a state as a link holds it, e.g. 'mode=lesion&lesion=internal_capsule.posterior_limb:L'; "+
		"a point lesion, point:X,Y,Z,R, and the camera are in MNI ICBM152 2009 millimetres (x right, y anterior, z superior)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	_ = fs.Parse(args) // ExitOnError: the flag package exits on an error
	return o
}

// underGoTest reports whether the program is a test binary, which go test
// names after its package: decussate.test.
func underGoTest(arg0 string) bool {
	base := strings.TrimSuffix(filepath.Base(arg0), ".exe")
	return strings.HasSuffix(base, ".test")
}
