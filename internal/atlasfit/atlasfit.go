// Package atlasfit checks the atlas against the real anatomy: it samples
// the Allen Human Reference Atlas label volume (internal/nifti, with the
// capsule derived by internal/meshbuild.Derive) at every point of the atlas
// (assets/atlas) and says which lie outside the structure they name. The
// atlas's millimetres are the volume's MNI ICBM152 2009b millimetres, so a
// point that names the medullary pyramid must sample the MoPy label.
// cmd/meshbuild -check-atlas prints the result; the package's test fails
// on any point outside.
package atlasfit

import (
	"fmt"
	"math"
	"strings"

	"github.com/decussate/decussate/internal/meshbuild"
	"github.com/decussate/decussate/internal/nifti"
	"github.com/decussate/decussate/scene/anatomy"
)

// Structure is what an atlas point names, as labels of the derived volume.
type Structure struct {
	Name   string
	Labels []uint8
}

// Has tells whether label l is one of s's.
func (s Structure) Has(l uint8) bool {
	for _, x := range s.Labels {
		if x == l {
			return true
		}
	}
	return false
}

// Labels of the cingulate gyrus (rostral and caudal), which meshbuild does
// not name: no mesh shows them apart.
const (
	labelCgGr = 98
	labelCgGc = 99
)

// Labels of the superior and middle frontal gyri, where area 6 lies in
// front of the precentral gyrus: meshbuild names neither.
const (
	labelSFG = 67
	labelMFG = 68
)

// The structures atlas points name.
var (
	PrCG        = Structure{"precentral gyrus (PrCG)", []uint8{meshbuild.LabelPrCG}}
	Paracentral = Structure{"paracentral lobule (PCLr, PCLc)", []uint8{meshbuild.LabelPCLr, meshbuild.LabelPCLc}}
	// Strip is the motor strip an area's sheet spreads over: the leg's
	// from the paracentral lobule over the vertex onto the precentral
	// gyrus.
	Strip     = Structure{"motor strip (PrCG, PCLr, PCLc)", []uint8{meshbuild.LabelPrCG, meshbuild.LabelPCLr, meshbuild.LabelPCLc}}
	Cingulate = Structure{"cingulate gyrus (CgGr, CgGc)", []uint8{labelCgGr, labelCgGc}}
	// SFG and MFG hold area 6: the supplementary motor area on the
	// superior frontal gyrus's medial surface, the dorsal premotor
	// cortex on the caudal middle frontal gyrus.
	SFG        = Structure{"superior frontal gyrus (SFG)", []uint8{labelSFG}}
	MFG        = Structure{"middle frontal gyrus (MFG)", []uint8{labelMFG}}
	CoronaWM   = Structure{"forebrain white matter (FWM)", []uint8{meshbuild.LabelFWM}}
	Capsule    = Structure{"internal capsule (derived)", []uint8{meshbuild.LabelCapsule}}
	Crus       = Structure{"cerebral peduncle (cpd)", []uint8{meshbuild.LabelCpd}}
	Basis      = Structure{"basis pontis (PnBa)", []uint8{meshbuild.LabelPnBa}}
	Pyramid    = Structure{"medullary pyramid (MoPy)", []uint8{meshbuild.LabelMoPy}}
	MidbrainTg = Structure{"midbrain tegmentum (MTg)", []uint8{meshbuild.LabelMTg}}
	PonsTg     = Structure{"pontine tegmentum (PnTg)", []uint8{meshbuild.LabelPnTg}}
	MedullaTg  = Structure{"medullary tegmentum (MoTg)", []uint8{meshbuild.LabelMoTg}}
	Tegmentum  = Structure{"brainstem tegmentum (MTg, PnTg, MoTg)", []uint8{meshbuild.LabelMTg, meshbuild.LabelPnTg, meshbuild.LabelMoTg}}
	Medulla    = Structure{"medulla (MoTg, MoPy, IO, cec)", []uint8{meshbuild.LabelMoTg, meshbuild.LabelMoPy, meshbuild.LabelIO, meshbuild.LabelCec}}
)

// StationStructure is the structure each pathway station runs in.
var StationStructure = map[string]Structure{
	"corona_radiata":       CoronaWM,
	"internal_capsule":     Capsule,
	"crus":                 Crus,
	"basis_pontis_rostral": Basis,
	"basis_pontis_caudal":  Basis,
	"pyramid":              Pyramid,
}

// NucleusStructure is the tegmentum, at its level, that holds each cranial
// motor nucleus and its pools: III and IV in the midbrain, V, VI and VII in
// the pons, the ambiguus and XII in the medulla.
var NucleusStructure = map[string]Structure{
	"cn3_nucleus":       MidbrainTg,
	"cn4_nucleus":       MidbrainTg,
	"cn5_motor_nucleus": PonsTg,
	"cn6_nucleus":       PonsTg,
	"cn7_nucleus":       PonsTg,
	"nucleus_ambiguus":  MedullaTg,
	"cn12_nucleus":      MedullaTg,
}

// Kind is what sort of atlas point a Point is.
type Kind string

// The kinds of atlas point.
const (
	KindArea        Kind = "area"
	KindAreaPath    Kind = "area path"
	KindSpot        Kind = "hot spot"
	KindStation     Kind = "station"
	KindNucleus     Kind = "nucleus"
	KindPool        Kind = "pool"
	KindDecussation Kind = "decussation"
	KindSegment     Kind = "segment"
)

// Point is one atlas point and the structure it names.
type Point struct {
	Kind Kind
	// ID names the point within its kind.
	ID   string
	At   [3]float64
	Want Structure
	// Slack is how far outside Want the point may lie and still count
	// as inside, in millimetres: none but for the cord's top.
	Slack float64
}

// CentreStructure is the tegmentum, at its level, that holds a brainstem
// centre with a level of its own: the horizontal gaze centre beside VI and
// Barrington's nucleus in the pons, the ventral respiratory group beside
// the ambiguus in the medulla. The reticular formation spans both.
var CentreStructure = map[string]Structure{
	"pprf": PonsTg,
	"pmc":  PonsTg,
	"vrg":  MedullaTg,
}

// AreaStructure returns the structure a cortical or brainstem area lies
// in: the leg and bladder on the paracentral lobule, the rest of the
// motor strip on the precentral gyrus, the cingulate motor area on the
// cingulate gyrus, the supplementary motor area on the superior and the
// dorsal premotor cortex on the middle frontal gyrus, brainstem centres in the tegmentum (at their level,
// for those CentreStructure names). The hot spots of an area's sheet lie
// anywhere on the strip (Strip).
func AreaStructure(ar anatomy.Area) Structure {
	if s, ok := CentreStructure[ar.ID]; ok && ar.Kind == "brainstem" {
		return s
	}
	switch {
	case ar.Kind == "cortex" && (ar.ID == "leg" || ar.ID == "bladder"):
		return Paracentral
	case ar.Kind == "cortex":
		return PrCG
	case ar.Kind == "cingulate":
		return Cingulate
	case ar.Kind == "premotor" && ar.ID == "sma":
		return SFG
	case ar.Kind == "premotor":
		return MFG
	}
	return Tegmentum
}

// Points lists every point of the atlas that names a structure of the
// volume, on the left (the right mirrors x): cortical areas with the hot
// spots of their sheets, brainstem centres with their axons' paths, each channel's point at each station,
// cranial nuclei and pools with a place of their own, the pyramidal
// decussations, and the top of the cord (C1's top, where the medulla
// ends) when the volume reaches it (zmin is its lowest z). The volume
// labels no cord, so the rest of the cord is not checked here.
func Points(a *anatomy.Atlas, zmin float64) ([]Point, error) {
	var out []Point
	for _, ar := range a.Areas {
		out = append(out, Point{Kind: KindArea, ID: ar.ID, At: ar.At, Want: AreaStructure(ar)})
		// An area's sheet of hot spots lies on the motor strip.
		for _, sp := range ar.Sheet {
			out = append(out, Point{Kind: KindSpot, ID: ar.ID + " for " + sp.Muscle, At: sp.At, Want: Strip})
		}
		// A brainstem centre's axons run down the tegmentum to the cord.
		for i, p := range ar.Path {
			if i > 0 {
				out = append(out, Point{Kind: KindAreaPath, ID: fmt.Sprintf("%s [%d]", ar.ID, i), At: p, Want: Medulla})
			}
		}
	}
	for _, ch := range a.Channels {
		for _, cp := range ch.Course {
			want, ok := StationStructure[cp.Station]
			if !ok {
				return nil, fmt.Errorf("channel %s: station %q has no structure to check against", ch.ID, cp.Station)
			}
			out = append(out, Point{Kind: KindStation, ID: ch.ID + " @ " + cp.Station, At: cp.At, Want: want})
		}
	}
	for _, n := range a.Nuclei {
		want, ok := NucleusStructure[n.ID]
		if !ok {
			return nil, fmt.Errorf("nucleus %s has no structure to check against", n.ID)
		}
		out = append(out, Point{Kind: KindNucleus, ID: n.ID, At: n.At, Want: want})
		for _, pl := range n.Pools {
			if pl.At != nil {
				out = append(out, Point{Kind: KindPool, ID: pl.ID, At: *pl.At, Want: want})
			}
		}
	}
	for _, d := range a.Decussations {
		out = append(out, Point{Kind: KindDecussation, ID: d.ID, At: DecussationPoint(a, d), Want: Medulla})
	}
	if len(a.Segments) > 0 && a.Segments[0].Top >= zmin {
		c1 := a.Segments[0]
		// The volume's medulla tapers to a point at its lower end
		// (z about -69), so the cord's top may sit just beyond its tip.
		out = append(out, Point{Kind: KindSegment, ID: c1.ID + " (top)", At: [3]float64{0, c1.Y, c1.Top}, Want: Medulla, Slack: 1.5})
	}
	return out, nil
}

// DecussationPoint returns where a decussation is sampled: beside the
// midline where its crossing fibres meet, on the path
// anatomy.Atlas.DecussationPath draws for the first channel that crosses
// there (its point on the midline, moved 1 mm left, since the volume's
// labels may leave the midline's own voxels out).
func DecussationPoint(a *anatomy.Atlas, d anatomy.Decussation) [3]float64 {
	for i := range a.Channels {
		ch := &a.Channels[i]
		if ch.Decussation != d.ID {
			continue
		}
		if p := a.DecussationPath(ch, anatomy.Right); len(p) > 2 {
			return [3]float64{-1, p[2].Y(), p[2].Z()}
		}
	}
	return [3]float64{-1, 0, d.Z}
}

// Result is one point sampled in the volume.
type Result struct {
	Point
	// Got is the label at the point.
	Got uint8
	// Inside tells that Got is one of the wanted structure's labels, or
	// that one lies within the point's Slack.
	Inside bool
	// Dist is the distance to the nearest voxel of the wanted structure on
	// the point's side (+Inf beyond SearchMM), Nearest that voxel's centre;
	// both are set only for a point whose own voxel is outside.
	Dist    float64
	Nearest [3]float64
}

// SearchMM bounds the search for the nearest voxel of a missed structure.
const SearchMM = 25

// Check samples dv, a volume made by meshbuild.Derive, at every point of
// the atlas.
func Check(a *anatomy.Atlas, dv *nifti.Volume) ([]Result, error) {
	pts, err := Points(a, dv.ToMM(0, 0, 0)[2])
	if err != nil {
		return nil, err
	}
	out := make([]Result, len(pts))
	for i, p := range pts {
		r := Result{Point: p, Got: dv.LabelAtMM(p.At)}
		r.Inside = p.Want.Has(r.Got)
		if !r.Inside {
			r.Dist, r.Nearest = Nearest(dv, p.At, p.Want.Labels, SearchMM)
			r.Inside = r.Dist <= p.Slack
		}
		out[i] = r
	}
	return out, nil
}

// Nearest returns the distance from p to the nearest voxel centre whose
// label is in labels, on p's side of the midline or on it, searching
// within radiusMM; +Inf when there is none.
func Nearest(v *nifti.Volume, p [3]float64, labels []uint8, radiusMM float64) (float64, [3]float64) {
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

// LabelNames returns the abbreviation of each label from the volume's
// label list (ITK-SNAP's format), with names for the derived labels.
func LabelNames(labelList string) [256]string {
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
		if _, err := fmt.Sscanf(line, "%d", &idx); err != nil || idx <= 0 || idx > 255 {
			continue
		}
		if q := strings.Index(line, "\""); q >= 0 {
			if f := strings.Fields(line[q+1:]); len(f) > 0 {
				n[idx] = strings.TrimSuffix(f[0], "\"")
			}
		}
	}
	return n
}
