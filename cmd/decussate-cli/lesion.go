package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// loadEngine loads the embedded atlas and wires the lesion engine.
func loadEngine() (*lesion.Engine, error) {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		return nil, err
	}
	return lesion.New(a)
}

// runLesion is the lesion command: it evaluates the combined lesion of its
// sites and prints a table, or the contract's JSON with --json. A bad
// command line or site exits 2 with one line on stderr and nothing on
// stdout.
func runLesion(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("lesion", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "print the contract's JSON")
	phaseText := fs.String("phase", "chronic", "acute (the first days: shock) or chronic")
	explain := fs.Bool("explain", false, "also list the cell bodies and axons the lesion destroyed")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, "usage: decussate-cli lesion [--json] [--phase acute|chronic] [--explain] SITE...")
			fmt.Fprintln(stdout, siteHelp)
			return 0
		}
		fmt.Fprintf(stderr, "decussate-cli lesion: %s (usage: decussate-cli lesion [--json] [--phase acute|chronic] [--explain] SITE...)\n", shortFlagError(err))
		return 2
	}
	phase, err := lesion.ParsePhase(*phaseText)
	if err != nil {
		fmt.Fprintf(stderr, "decussate-cli lesion: %v\n", err)
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "decussate-cli lesion: no site given (decussate-cli sites lists them; e.g. internal_capsule.posterior_limb:L)")
		return 2
	}
	eng, err := loadEngine()
	if err != nil {
		fmt.Fprintf(stderr, "decussate-cli lesion: %v\n", err)
		return 1
	}
	var sites []lesion.Site
	for _, arg := range fs.Args() {
		if strings.HasPrefix(arg, "-") {
			fmt.Fprintf(stderr, "decussate-cli lesion: flag %s must come before the sites\n", shortIfNeeded(arg))
			return 2
		}
		s, err := eng.ParseSite(arg)
		if err != nil {
			fmt.Fprintf(stderr, "decussate-cli lesion: %v\n", err)
			return 2
		}
		sites = append(sites, s)
	}
	res := eng.Evaluate(sites, phase)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			fmt.Fprintf(stderr, "decussate-cli lesion: %v\n", err)
			return 1
		}
		return 0
	}
	writeTable(stdout, res)
	if *explain {
		writeDestroyed(stdout, res)
	}
	return 0
}

// writeTable prints a result for a person: the summary, the weak regions
// with their severity in words, and the signs.
func writeTable(w io.Writer, res *lesion.Result) {
	var sites []string
	for _, s := range res.Sites {
		t := s.ID
		if s.Side != "" {
			t += ":" + s.Side
		}
		if s.Level != "" {
			t += "@" + s.Level
		}
		sites = append(sites, t)
	}
	fmt.Fprintf(w, "Lesion: %s (%s)\n%s\n\n", strings.Join(sites, " + "), res.Phase, words.Summary(res))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if len(res.Deficits) == 0 {
		fmt.Fprintln(tw, "No weak region.")
	} else {
		fmt.Fprintln(tw, "REGION\tSIDE\tTYPE\tSEVERITY\t")
		for _, d := range res.Deficits {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%.2f %s\t\n", d.Region, d.Side, d.Type, d.Severity, severityWord(d.Severity))
		}
	}
	tw.Flush()
	if len(res.Signs) > 0 {
		fmt.Fprintln(w, "\nSIGNS")
		for _, s := range res.Signs {
			line := "  " + s.Sign
			if s.Side != "" {
				line += " " + s.Side
			}
			if s.Toward != "" {
				line += " toward " + s.Toward
			}
			if len(s.Reflexes) > 0 {
				line += ": " + strings.Join(s.Reflexes, ", ")
			}
			fmt.Fprintln(w, line)
		}
	}
}

// writeDestroyed lists what the lesion destroyed: why each region is weak.
func writeDestroyed(w io.Writer, res *lesion.Result) {
	fmt.Fprintln(w, "\nDESTROYED")
	if len(res.Destroyed) == 0 {
		fmt.Fprintln(w, "  nothing the motor pathways need")
	}
	for _, d := range res.Destroyed {
		fmt.Fprintf(w, "  %3.0f%%  %s (%s)\n", 100*d.Share, d.Name, d.Side)
	}
}

// severityWord grades a severity as the contract does.
func severityWord(s float64) string {
	switch {
	case s < 0.35:
		return "mild"
	case s <= 0.7:
		return "moderate"
	}
	return "severe"
}
