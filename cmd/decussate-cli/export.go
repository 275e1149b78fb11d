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
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// exportUsage is the export command's synopsis.
const exportUsage = "usage: decussate-cli export --format obj|glb --out FILE [--look glass|opaque] " +
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

// parseExportLook reads --look: glass keeps the explorer's translucent parts
// translucent (GLB only: OBJ has no alpha); opaque makes every part solid,
// for a print.
func parseExportLook(s string) (opaque bool, err error) {
	switch strings.ToLower(s) {
	case "glass":
		return false, nil
	case "opaque":
		return true, nil
	}
	return false, fmt.Errorf("--look %s: want glass or opaque", quote.Short(s))
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
	lookText := fs.String("look", "glass", "glass (translucent cortex, as the explorer draws it) or opaque (solid parts, for a print)")
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
	opaque, err := parseExportLook(*lookText)
	if err != nil {
		return fail(2, "%v", err)
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
	var sites []lesion.Site
	for _, arg := range fs.Args() {
		if strings.HasPrefix(arg, "-") {
			return fail(2, "flag %s must come before the sites", shortIfNeeded(arg))
		}
		s, err := eng.ParseSite(arg)
		if err != nil {
			return fail(2, "%v", err)
		}
		sites = append(sites, s)
	}
	model, err := geom.Build(eng.Atlas())
	if err != nil {
		return fail(1, "%v", err)
	}
	if len(sites) > 0 {
		model.Meshes = append(model.Meshes, exportLesionMeshes(eng.Atlas(), sites, eng.Evaluate(sites, phase))...)
	}
	opt := modelfile.Options{Opaque: opaque, Proportions: geom.Teaching, Generator: "decussate-cli export"}
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

// exportColors are the colours of lesion mode's overlay
// (game/lesionmode.go), so that an exported lesion looks as the explorer
// shows it.
var exportColors = struct{ lesion, deadCell, degenerate, cut [4]float32 }{
	lesion:     [4]float32{0.86, 0.12, 0.12, 0.55},
	deadCell:   [4]float32{0.12, 0.08, 0.08, 1},
	degenerate: [4]float32{0.42, 0.42, 0.44, 1},
	cut:        [4]float32{0.9, 0.16, 0.14, 1},
}

// exportLesionMeshes returns what lesion mode draws over the model for these
// sites and their result: a sphere per point site, the cell bodies
// destroyed, the axons cut where they are cut, and the cut bundles
// degenerating below.
func exportLesionMeshes(a *anatomy.Atlas, sites []lesion.Site, res *lesion.Result) []geom.Mesh {
	var out []geom.Mesh
	for i, s := range sites {
		if s.ID == "point" {
			out = append(out, geom.Sphere(fmt.Sprintf("lesion.%d", i), "lesion "+s.String(), geom.Vec32(s.Centre), float32(s.Radius), exportColors.lesion))
		}
	}
	for i, d := range res.Destroyed {
		if d.Share < 0.3 || len(d.Path) == 0 {
			continue
		}
		if d.Axons {
			out = append(out, geom.Tube(fmt.Sprintf("cut.%d", i), words.Destroyed(a, d)+" (cut)", geom.Path32(d.Path), float32(max(0.6, d.Radius*0.9)), exportColors.cut))
		} else {
			out = append(out, geom.Sphere(fmt.Sprintf("dead.%d", i), words.Destroyed(a, d)+" (lost)", geom.Vec32(d.Path[0]), float32(max(1, d.Radius*0.8)), exportColors.deadCell))
		}
	}
	for i, c := range res.Cuts {
		ch := a.Channel(c.Channel)
		if ch == nil {
			continue
		}
		path := geom.ChannelPath(a, ch, c.Side)
		if c.From >= len(path)-1 {
			continue
		}
		out = append(out, geom.Tube(fmt.Sprintf("degenerate.%d", i), "degenerating "+words.ChannelFibres(a, c.Channel), path[c.From:], 1.1, exportColors.degenerate))
	}
	return out
}
