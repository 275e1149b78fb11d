// Command decussate-cli is Decussate's headless tool: it evaluates lesions
// with the same engine the explorer uses, lists the lesion sites the atlas
// knows, draws the 3D scene into PNG files, exports the 3D model as OBJ or
// glTF files, and serves the web build. It needs neither Ebiten nor cgo.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/decussate/decussate/internal/quote"
)

// usage is printed for -h and for an unknown or missing command.
const usage = `usage: decussate-cli COMMAND [ARGS]

commands:
  lesion [--json] [--phase acute|chronic] [--explain] SITE...   the weakness a lesion causes
  sites                                             every lesion site id, one per line
  serve [--addr HOST:PORT] [--dir DIR]              serve the web build (default 127.0.0.1:8080, dist/web)
  render --out FILE.png [--size WxH] [--view VIEW] [--labels] [SITE...]
                                                    draw the 3D scene to a PNG (VIEW front, back, left,
                                                    right, top, bottom or oblique); sites add the summary
  export --format obj|glb --out FILE [--look glass|opaque] [--true-scale=false] [SITE...]
                                                    write the 3D model for Blender or a 3D printer, each
                                                    part named by its ID, at true scale in millimetres

A SITE is ID[:SIDE][@LEVEL] (SIDE L, R, B or M; LEVEL C1..Co1) or point:X,Y,Z,R, a sphere of
radius R mm at (X, Y, Z) in MNI ICBM152 2009 millimetres (x right, y anterior, z superior).
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches one command line and returns the process exit status:
// 0 on success, 1 when the command failed, 2 when the command line was wrong.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "lesion":
		return runLesion(args[1:], stdout, stderr)
	case "sites":
		return runSites(args[1:], stdout, stderr)
	case "serve":
		return runServe(args[1:], stdout, stderr)
	case "render":
		return runRender(args[1:], stdout, stderr)
	case "export":
		return runExport(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "decussate-cli: unknown command %s (want lesion, sites, serve, render or export)\n", quote.Short(args[0]))
		return 2
	}
}
