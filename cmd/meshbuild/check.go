package main

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/internal/meshbuild"
	"github.com/decussate/decussate/internal/nifti"
	"github.com/decussate/decussate/scene/anatomy"
)

// structure is what an atlas point names, as labels of the derived volume.
type structure struct {
	name   string
	labels []uint8
}

var (
	prcg        = structure{"precentral gyrus (PrCG)", []uint8{meshbuild.LabelPrCG}}
	paracentral = structure{"paracentral lobule (PCLr, PCLc)", []uint8{meshbuild.LabelPCLr, meshbuild.LabelPCLc}}
	cingulate   = structure{"cingulate gyrus (CgGr, CgGc)", []uint8{98, 99}}
	coronaWM    = structure{"forebrain white matter (FWM)", []uint8{meshbuild.LabelFWM}}
	capsule     = structure{"internal capsule (derived)", []uint8{meshbuild.LabelCapsule}}
	crus        = structure{"cerebral peduncle (cpd)", []uint8{meshbuild.LabelCpd}}
	basis       = structure{"basis pontis (PnBa)", []uint8{meshbuild.LabelPnBa}}
	pyramid     = structure{"medullary pyramid (MoPy)", []uint8{meshbuild.LabelMoPy}}
	midbrainTg  = structure{"midbrain tegmentum (MTg)", []uint8{meshbuild.LabelMTg}}
	ponsTg      = structure{"pontine tegmentum (PnTg)", []uint8{meshbuild.LabelPnTg}}
	medullaTg   = structure{"medullary tegmentum (MoTg)", []uint8{meshbuild.LabelMoTg}}
	tegmentum   = structure{"brainstem tegmentum (MTg, PnTg, MoTg)", []uint8{meshbuild.LabelMTg, meshbuild.LabelPnTg, meshbuild.LabelMoTg}}
	medulla     = structure{"medulla (MoTg, MoPy, IO, cec)", []uint8{meshbuild.LabelMoTg, meshbuild.LabelMoPy, meshbuild.LabelIO, meshbuild.LabelCec}}
)

var stationStructure = map[string]structure{
	"corona_radiata":       coronaWM,
	"internal_capsule":     capsule,
	"crus":                 crus,
	"basis_pontis_rostral": basis,
	"basis_pontis_caudal":  basis,
	"pyramid":              pyramid,
}

var nucleusStructure = map[string]structure{
	"cn3_nucleus":       midbrainTg,
	"cn4_nucleus":       midbrainTg,
	"cn5_motor_nucleus": ponsTg,
	"cn6_nucleus":       ponsTg,
	"cn7_nucleus":       ponsTg,
	"nucleus_ambiguus":  medullaTg,
	"cn12_nucleus":      medullaTg,
}

// checkAtlas samples the derived label volume at every point of the
// atlas (cortical areas and centres, the channels' course through each
// station, cranial nuclei and pools, the pyramidal decussation and the
// cord's top segments) and reports which lie outside the structure they
// name, with the distance to the nearest voxel of it and where that is.
func checkAtlas(w io.Writer, v *nifti.Volume, labelList string) error {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		return err
	}
	dv := meshbuild.Derive(v)
	abbrev := labelNames(labelList)
	inside, outside := 0, 0
	report := func(kind, id string, p [3]float64, want structure) {
		got := dv.LabelAtMM(p)
		for _, l := range want.labels {
			if got == l {
				inside++
				fmt.Fprintf(w, "ok    %-11s %-34s (%6.1f %6.1f %6.1f) in %s\n", kind, id, p[0], p[1], p[2], want.name)
				return
			}
		}
		outside++
		d, at := nearest(dv, p, want.labels, 25)
		where := "none within 25 mm"
		if !math.IsInf(d, 1) {
			where = fmt.Sprintf("%.1f mm away, nearest (%.1f %.1f %.1f)", d, at[0], at[1], at[2])
		}
		fmt.Fprintf(w, "OUT   %-11s %-34s (%6.1f %6.1f %6.1f) in %-6s want %s: %s\n", kind, id, p[0], p[1], p[2], abbrev[got], want.name, where)
	}
	for _, ar := range a.Areas {
		var want structure
		switch {
		case ar.Kind == "cortex" && (ar.ID == "leg" || ar.ID == "bladder"):
			want = paracentral
		case ar.Kind == "cortex":
			want = prcg
		case ar.Kind == "cingulate":
			want = cingulate
		default:
			want = tegmentum
		}
		report("area", ar.ID, ar.At, want)
	}
	for _, ch := range a.Channels {
		for _, cp := range ch.Course {
			want, ok := stationStructure[cp.Station]
			if !ok {
				return fmt.Errorf("channel %s: station %q has no structure to check against", ch.ID, cp.Station)
			}
			report("station", ch.ID+" @ "+cp.Station, cp.At, want)
		}
	}
	for _, n := range a.Nuclei {
		want, ok := nucleusStructure[n.ID]
		if !ok {
			return fmt.Errorf("nucleus %s has no structure to check against", n.ID)
		}
		report("nucleus", n.ID, n.At, want)
		for _, pl := range n.Pools {
			if pl.At != nil {
				report("pool", pl.ID, *pl.At, want)
			}
		}
	}
	// The decussation is given by level only: sample it between the
	// pyramids, where the crossing fibres run, at the pyramid's depth.
	for _, d := range a.Decussations {
		report("decussation", d.ID, [3]float64{-1, -36, d.Z}, medulla)
	}
	zmin := v.ToMM(0, 0, 0)[2]
	for _, s := range a.Segments {
		c := (s.Top + s.Bottom) / 2
		if s.Top < zmin {
			break
		}
		report("segment", s.ID+" (top)", [3]float64{0, s.Y, s.Top}, medulla)
		if c >= zmin {
			report("segment", s.ID+" (centre)", [3]float64{0, s.Y, c}, medulla)
		}
	}
	fmt.Fprintf(w, "%d points inside the structure they name, %d outside; the volume ends at z = %.1f mm, below which the cord is not labelled\n", inside, outside, zmin)
	return nil
}

// nearest returns the distance from p to the nearest voxel centre whose
// label is in labels, on p's side of the midline or on it, searching
// within radiusMM; +Inf when there is none.
func nearest(v *nifti.Volume, p [3]float64, labels []uint8, radiusMM float64) (float64, [3]float64) {
	var want [256]bool
	for _, l := range labels {
		want[l] = true
	}
	c, err := v.ToVoxel(p)
	if err != nil {
		return math.Inf(1), p
	}
	r := int(math.Ceil(radiusMM / math.Abs(v.Affine[0][0])))
	best, at := math.Inf(1), p
	ci, cj, ck := int(math.Round(c[0])), int(math.Round(c[1])), int(math.Round(c[2]))
	for k := ck - r; k <= ck+r; k++ {
		for j := cj - r; j <= cj+r; j++ {
			for i := ci - r; i <= ci+r; i++ {
				if !want[v.At(i, j, k)] {
					continue
				}
				q := v.ToMM(float64(i), float64(j), float64(k))
				if q[0]*p[0] < 0 {
					continue // the other side
				}
				dx, dy, dz := q[0]-p[0], q[1]-p[1], q[2]-p[2]
				if d := math.Sqrt(dx*dx + dy*dy + dz*dz); d < best && d <= radiusMM {
					best, at = d, q
				}
			}
		}
	}
	return best, at
}

// labelNames returns the abbreviation of each label, for the report.
func labelNames(labelList string) [256]string {
	var n [256]string
	n[0] = "bg"
	for l := range n {
		if l != 0 {
			n[l] = fmt.Sprint(l)
		}
	}
	n[meshbuild.LabelCerebellarWM] = "cbWM"
	n[meshbuild.LabelBrainstemWM] = "bsWM"
	n[meshbuild.LabelCapsule] = "IC*"
	for _, line := range strings.Split(labelList, "\n") {
		var idx int
		var name string
		if _, err := fmt.Sscanf(line, "%d", &idx); err != nil || idx <= 0 || idx > 255 {
			continue
		}
		if q := strings.Index(line, "\""); q >= 0 {
			name = strings.Fields(line[q+1:])[0]
			n[idx] = name
		}
	}
	return n
}
