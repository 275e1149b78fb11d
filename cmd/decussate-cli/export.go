package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/decussate/decussate/internal/modelfile"
	"github.com/decussate/decussate/internal/quote"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
)

// exportUsage is the export command's synopsis.
const exportUsage = "usage: decussate-cli export --format obj|glb --out FILE [--look glass|opaque|cutaway|quadrant] " +
	"[--true-scale=false] [--phase acute|chronic] [SITE...]"

// siteHelp says what a site is, and what a point's coordinates are, in
// the help of every command that takes sites.
const siteHelp = "A SITE is ID[:SIDE][@LEVEL] (decussate-cli sites lists them) or point:X,Y,Z,R, a sphere of " +
	"radius R mm at (X, Y, Z) in MNI ICBM152 2009 millimetres (x right, y anterior, z superior)."

// exportFormat is a file format export writes.
type exportFormat string

// The formats.
const (
	formatOBJ exportFormat = "obj"
	formatGLB exportFormat = "glb"
)

// parseFormat reads --format, or without it the extension of --out.
func parseFormat(format, out string) (exportFormat, error) {
	if format == "" {
		switch strings.ToLower(filepath.Ext(out)) {
		case ".obj":
			return formatOBJ, nil
		case ".glb":
			return formatGLB, nil
		}
		return "", fmt.Errorf("--format is required when --out does not end in .obj or .glb (%s)", exportUsage)
	}
	switch f := exportFormat(strings.ToLower(format)); f {
	case formatOBJ, formatGLB:
		return f, nil
	}
	return "", fmt.Errorf("--format %s: want obj (Wavefront, any 3D program) or glb (glTF 2.0 binary)", quote.Short(format))
}

// runExport is the export command: it writes the model as the explorer
// draws it, each part an object named by its mesh ID, in MNI ICBM152 2009
// millimetres at true scale unless asked otherwise, with the data's
// attribution in the file. Sites add what lesion mode draws: the lesion
// spheres, what they destroyed and the fibres degenerating below. A bad
// command line or site exits 2 with one line on stderr; a failure to build
// or write the file exits 1.
func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	out := fs.String("out", "", "the file to write (replaced whole, never left half written)")
	formatText := fs.String("format", "", "obj or glb; without it, taken from --out's extension")
	lookText := fs.String("look", "glass", "glass (translucent cortex, as the explorer draws it), opaque (solid parts, for a print) cutaway (solid, the left hemisphere's cortex left out so that the capsule and pathways show) or quadrant (solid, the upper front quarter of the left hemisphere cut away and the cut closed, the deep nuclei and pathways in place)")
	trueScale := fs.Bool("true-scale", true, "keep the atlas's true millimetres; --true-scale=false shortens the cord as the explorer's teaching view does")
	phaseText := fs.String("phase", "chronic", "with sites: acute (the first days: shock) or chronic")
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "decussate-cli export: "+format+"\n", a...)
		return code
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, exportUsage)
			fmt.Fprintln(stdout, siteHelp)
			fmt.Fprintln(stdout, "The model is written in the same millimetres, true scale unless --true-scale=false, "+
				"with the Allen atlas's and the ICBM template's attribution in the file.")
			return 0
		}
		return fail(2, "%s (%s)", shortFlagError(err), exportUsage)
	}
	if *out == "" {
		return fail(2, "--out is required (%s)", exportUsage)
	}
	format, err := parseFormat(*formatText, *out)
	if err != nil {
		return fail(2, "%v", err)
	}
	look, err := geom.ParseLook(*lookText)
	if err != nil {
		return fail(2, "--look: %v", err)
	}
	phase, err := lesion.ParsePhase(*phaseText)
	if err != nil {
		return fail(2, "%v", err)
	}
	// Refused before the model is built: a FIFO or a directory at --out is
	// a mistake on the command line, said at once.
	if err := checkOutPath(*out); err != nil {
		return fail(1, "%v", err)
	}
	eng, err := loadEngine()
	if err != nil {
		return fail(1, "%v", err)
	}
	sites, err := parseSiteArgs(eng, fs.Args())
	if err != nil {
		return fail(2, "%v", err)
	}
	model, err := geom.Build(eng.Atlas())
	if err != nil {
		return fail(1, "%v", err)
	}
	if len(sites) > 0 {
		model.Meshes = append(model.Meshes, explorer.LesionMeshes(eng.Atlas(), placedOf(sites), -1, eng.Evaluate(sites, phase))...)
	}
	if look == geom.Cutaway {
		model.Meshes = cutAway(model.Meshes)
	}
	opt := modelfile.Options{Opaque: look != geom.Glass, Proportions: geom.Teaching, Generator: "decussate-cli export", Look: look}
	if *trueScale {
		opt.Proportions = geom.TrueScale
	}
	write := modelfile.WriteOBJ
	if format == formatGLB {
		write = modelfile.WriteGLB
	}
	if err := writeOut(*out, ".decussate-export-*."+string(format), func(w io.Writer) error { return write(w, model, opt) }); err != nil {
		return fail(1, "%v", err)
	}
	return 0
}

// cutAway returns the meshes without the left hemisphere's cortex: the
// cutaway look of an export, which has no camera to say which hemisphere
// is nearer, opens the left side, where the explorer's tours and first
// views look from.
func cutAway(meshes []geom.Mesh) []geom.Mesh {
	kept := meshes[:0]
	for _, m := range meshes {
		if m.Cortex && m.Side == anatomy.Left {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}
