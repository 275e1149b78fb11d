package main

import (
	"errors"
	"flag"
	"fmt"
	"image"
	"image/png"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/decussate/decussate/internal/decimal"
	"github.com/decussate/decussate/internal/quote"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/raster"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
)

// renderUsage is the render command's synopsis.
const renderUsage = "usage: decussate-cli render --out FILE.png [--size WxH] [--view " +
	"front|back|left|right|top|bottom|oblique] [--look glass|opaque|cutaway|quadrant] [--labels] [--true-scale] [--phase acute|chronic] [--panels [--ratio R]] [SITE...]"

// The limits of --size: below 16 pixels nothing is recognisable, above
// 8192 the image is larger than any print needs.
const (
	minSide = 16
	maxSide = 8192
)

// maxAt bounds --at: an impulse has long reached its muscle after a
// minute, and after that the picture no longer changes.
const maxAt = 60

// renderOptions is one picture to draw.
type renderOptions struct {
	w, h int
	// caption, when not empty, is written at the foot of the picture
	// instead of the frame's own.
	caption string
	// frame is what the explorer shows in the state the command line
	// describes.
	frame explorer.Frame
	// panels, when set, is the explorer whose panels are drawn over the
	// picture as the window draws them.
	panels *explorer.Explorer
}

// runRender is the render command: it draws the 3D scene as the explorer
// shows it, from a named view, into a PNG file; with sites, the lesion is
// drawn as lesion mode draws it and its summary written beneath. A bad
// command line, view or site exits 2 with one line on stderr; a failure to
// build or write the picture exits 1.
func runRender(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	out := fs.String("out", "", "the PNG file to write")
	sizeText := fs.String("size", "1920x1080", "the picture's size in pixels, WIDTHxHEIGHT")
	viewName := fs.String("view", "oblique", "where the camera looks from: "+strings.Join(view.Views, ", "))
	lookText := fs.String("look", "glass", "how the brain is drawn: "+strings.Join(geom.Looks, ", "))
	labels := fs.Bool("labels", false, "name the major parts")
	trueScale := fs.Bool("true-scale", false, "draw the cord at its true length, not shortened for teaching")
	phaseText := fs.String("phase", "chronic", "with sites: acute (the first days: shock) or chronic")
	traceText := fs.String("trace", "", "light the chain traced from a start: area:hand:L, nucleus:cn7_nucleus:R, horn:C8:R or region:hand:L")
	at := newFloatFlag(fs, "at", 2, 0, maxAt, "with --trace: the impulse's time in seconds since it fired")
	panels := fs.Bool("panels", false, "draw the explorer's panels over the picture as the window shows them: the hint bar, the toolbar, captions and, with sites, lesion mode's patient and report")
	ratio := newFloatFlag(fs, "ratio", 1, 1, 4, "with --panels: pixels per CSS pixel, as a screen's device pixel ratio (2 on a Retina laptop)")
	sectionText := fs.String("section", "", "cut the model at a level and look up at the cut face: capsule, midbrain, pons, caudal_pons, medulla, decussation, or a cord segment such as C8")
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "decussate-cli render: "+format+"\n", a...)
		return code
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, renderUsage)
			fmt.Fprintln(stdout, siteHelp)
			return 0
		}
		return fail(2, "%s (%s)", shortFlagError(err), renderUsage)
	}
	var opt renderOptions
	var err error
	if opt.w, opt.h, err = parseSize(*sizeText); err != nil {
		return fail(2, "%v", err)
	}
	st := explorer.DefaultState()
	if err := st.Camera.SetView(*viewName); err != nil {
		return fail(2, "--view: %v", err)
	}
	st.Labels = *labels
	if *trueScale {
		st.Proportions = geom.TrueScale
	}
	if st.Look, err = geom.ParseLook(*lookText); err != nil {
		return fail(2, "--look: %v", err)
	}
	if *out == "" {
		return fail(2, "--out is required (%s)", renderUsage)
	}
	phase, err := lesion.ParsePhase(*phaseText)
	if err != nil {
		return fail(2, "%v", err)
	}
	eng, err := loadEngine()
	if err != nil {
		return fail(1, "%v", err)
	}
	sites, err := parseSiteArgs(eng, fs.Args())
	if err != nil {
		return fail(2, "%v", err)
	}
	if len(sites) > 0 {
		// Lesion mode, as the window shows it: the lesion drawn, the model
		// dimmed; the report says what the caption would with --panels.
		st.Mode, st.Phase = explorer.Lesion, phase
		for _, s := range sites {
			st.Lesions = append(st.Lesions, explorer.PlacedOf(s))
		}
		if !*panels {
			opt.caption = words.Summary(eng.Evaluate(sites, phase))
		}
	}
	if *traceText != "" {
		if st.Trace, err = trace.ParseStart(eng.Atlas(), *traceText); err != nil {
			return fail(2, "--trace: %v", err)
		}
		st.Mode = explorer.Trace
	}
	if *sectionText != "" {
		l, err := geom.FindSectionLevel(eng.Atlas(), *sectionText)
		if err != nil {
			return fail(2, "--section: %v", err)
		}
		st.Section = l.ID
	}
	// The picture is what the explorer shows in this state: the same
	// trace, impulse and section framing as the window's.
	ex, err := explorer.New(explorer.Config{Atlas: eng.Atlas(), Engine: eng})
	if err != nil {
		return fail(1, "%v", err)
	}
	if err := ex.Set(st); err != nil {
		return fail(2, "%v", err)
	}
	if err := ex.SetImpulse(*at); err != nil {
		return fail(2, "--at: %v", err)
	}
	// The frame the window would show on a screen of this size and
	// ratio: the panels (with --panels) and the labels in what they leave.
	scale := float32(1)
	if *panels {
		opt.panels, scale = ex, float32(*ratio)
	}
	// A section is seen as a scan is, from below, whatever the view,
	// framed in what the panels leave (a first frame tells their size).
	ex.Frame(opt.w, opt.h, scale)
	if err := ex.Do(explorer.Act(explorer.AimSection)); err != nil {
		return fail(1, "%v", err)
	}
	opt.frame = ex.Frame(opt.w, opt.h, scale)
	if !*panels {
		// No panels: the labels take the whole picture.
		o := &opt.frame.Options
		o.Labels, o.LabelArea, o.LabelSize, o.LabelMin = st.Labels, view.Area{}, 0, 0
	}
	model, err := geom.Build(eng.Atlas())
	if err != nil {
		return fail(1, "%v", err)
	}
	img, err := renderImage(model, opt)
	if err != nil {
		return fail(1, "%v", err)
	}
	if err := writePNG(*out, img); err != nil {
		return fail(1, "%v", err)
	}
	return 0
}

// renderImage draws the model as the explorer shows its frame in a window
// of opt's size, then the caption, and rasterises the frame.
func renderImage(model *geom.Model, opt renderOptions) (*image.RGBA, error) {
	var dl view.DrawList
	r := view.NewRenderer(model)
	r.SetOverlay(opt.frame.Overlay)
	cam := opt.frame.Camera
	r.Frame(&dl, &cam, opt.w, opt.h, opt.frame.Options)
	if opt.panels != nil {
		opt.panels.DrawPanels(&dl, &opt.frame)
		return raster.NewScreenPainter().Draw(&dl)
	}
	p := raster.NewPainter()
	caption := opt.caption
	if caption == "" {
		caption = opt.frame.Caption
	}
	if caption != "" {
		addCaption(&dl, p, caption)
	}
	return p.Draw(&dl)
}

// parseSize reads WIDTHxHEIGHT, each 16 to 8192 pixels.
func parseSize(s string) (w, h int, err error) {
	ws, hs, ok := strings.Cut(strings.ToLower(s), "x")
	if !ok {
		return 0, 0, fmt.Errorf("--size %s: want WIDTHxHEIGHT in pixels, e.g. 1920x1080", quote.Short(s))
	}
	side := func(name, v string) (int, error) {
		n, err := decimal.Int(strings.TrimSpace(v))
		switch {
		case errors.Is(err, decimal.ErrRange):
			return 0, fmt.Errorf("--size %s: the %s %s is outside %d..%d", quote.Short(s), name, quote.Short(v), minSide, maxSide)
		case err != nil:
			return 0, fmt.Errorf("--size %s: the %s %s is not a whole number of pixels", quote.Short(s), name, quote.Short(v))
		case n < minSide || n > maxSide:
			return 0, fmt.Errorf("--size %s: the %s %d is outside %d..%d", quote.Short(s), name, n, minSide, maxSide)
		}
		return n, nil
	}
	if w, err = side("width", ws); err != nil {
		return 0, 0, err
	}
	if h, err = side("height", hs); err != nil {
		return 0, 0, err
	}
	return w, h, nil
}

// writePNG writes img to path as writeOut does: never half a picture,
// and only over a regular file.
func writePNG(path string, img image.Image) error {
	return writeOut(path, ".decussate-render-*.png", func(w io.Writer) error { return png.Encode(w, img) })
}

// checkOutPath refuses a path that exists and is not a regular file,
// naming what it is. Lstat, not Stat: a symlink is refused as itself.
func checkOutPath(path string) error {
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", shortIfNeeded(path), bare(err))
	}
	if fi.Mode().IsRegular() {
		return nil
	}
	what := "not a regular file"
	switch m := fi.Mode(); {
	case m&fs.ModeSymlink != 0:
		what = "a symbolic link (give the path of the file itself)"
	case m.IsDir():
		what = "a directory"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeDevice != 0:
		what = "a device"
	}
	return fmt.Errorf("cannot write %s: it is %s, not a regular file; decussate-cli replaces only a regular file", shortIfNeeded(path), what)
}

// bare strips the temporary file's name from an error: the user asked for
// path, and a message naming .decussate-render-123.png would puzzle them.
func bare(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
