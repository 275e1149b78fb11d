package main

import (
	"fmt"
	"io"
	"math"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/internal/atlasfit"
	"github.com/decussate/decussate/internal/meshbuild"
	"github.com/decussate/decussate/internal/nifti"
	"github.com/decussate/decussate/scene/anatomy"
)

// checkAtlas samples the derived label volume at every point of the
// atlas (internal/atlasfit) and reports which lie outside the structure
// they name, with the distance to the nearest voxel of it and where that
// is.
func checkAtlas(w io.Writer, v *nifti.Volume, labelList string) error {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		return err
	}
	results, err := atlasfit.Check(a, meshbuild.Derive(v))
	if err != nil {
		return err
	}
	abbrev := atlasfit.LabelNames(labelList)
	inside, outside := 0, 0
	for _, r := range results {
		p := r.At
		if r.Inside {
			inside++
			near := ""
			if !r.Want.Has(r.Got) {
				near = fmt.Sprintf(" (%.1f mm from it, within the point's slack)", r.Dist)
			}
			fmt.Fprintf(w, "ok    %-11s %-34s (%6.1f %6.1f %6.1f) in %s%s\n", r.Kind, r.ID, p[0], p[1], p[2], r.Want.Name, near)
			continue
		}
		outside++
		where := fmt.Sprintf("none within %d mm", atlasfit.SearchMM)
		if !math.IsInf(r.Dist, 1) {
			where = fmt.Sprintf("%.1f mm away, nearest (%.1f %.1f %.1f)", r.Dist, r.Nearest[0], r.Nearest[1], r.Nearest[2])
		}
		fmt.Fprintf(w, "OUT   %-11s %-34s (%6.1f %6.1f %6.1f) in %-6s want %s: %s\n", r.Kind, r.ID, p[0], p[1], p[2], abbrev[r.Got], r.Want.Name, where)
	}
	fmt.Fprintf(w, "%d points inside the structure they name, %d outside; the volume ends at z = %.1f mm, below which the cord is not labelled\n", inside, outside, v.ToMM(0, 0, 0)[2])
	return nil
}
