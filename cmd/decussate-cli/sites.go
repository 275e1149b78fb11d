package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/decussate/decussate/internal/quote"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/lesion"
)

// runSites is the sites command: every named lesion site, one per line,
// with the sides and levels it takes and what it is.
func runSites(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "decussate-cli sites: unexpected argument %s (sites takes none)\n", quote.Short(args[0]))
		return 2
	}
	eng, err := loadEngine()
	if err != nil {
		fmt.Fprintf(stderr, "decussate-cli sites: %v\n", err)
		return 1
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	for _, s := range eng.Sites() {
		sides := ":" + s.Sides
		level := ""
		switch s.Level {
		case "required":
			level = "@" + s.Levels
		case "optional":
			level = "[@" + s.Levels + "]"
		}
		fmt.Fprintf(tw, "%s\t%s%s\t%s\n", s.ID, sides, level, s.Name)
	}
	fmt.Fprintf(tw, "point\t:X,Y,Z,R\ta sphere of radius R mm at (X, Y, Z) MNI ICBM152 2009 millimetres (x right, y anterior, z superior)\n")
	tw.Flush()
	return 0
}

// parseSiteArgs reads the sites that follow render's and export's flags,
// refusing a flag among them (the flag package stops at the first site).
func parseSiteArgs(eng *lesion.Engine, args []string) ([]lesion.Site, error) {
	var sites []lesion.Site
	for _, arg := range args {
		if strings.HasPrefix(arg, "-") {
			return nil, fmt.Errorf("flag %s must come before the sites", shortIfNeeded(arg))
		}
		s, err := eng.ParseSite(arg)
		if err != nil {
			return nil, err
		}
		sites = append(sites, s)
	}
	return sites, nil
}

// placedOf returns the sites as the explorer places them.
func placedOf(sites []lesion.Site) []explorer.Placed {
	placed := make([]explorer.Placed, len(sites))
	for i, s := range sites {
		placed[i] = explorer.PlacedOf(s)
	}
	return placed
}
