package lesion_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/lesion"
)

// spinalRegions are the regions the corticospinal tracts drive.
var spinalRegions = map[string]bool{
	"neck": true, "shoulder": true, "elbow_flexion": true, "elbow_extension": true, "wrist": true,
	"hand": true, "trunk": true, "hip": true, "knee": true, "ankle_foot": true,
}

// TestBrainstemExaminer plays the examiner over several hundred small
// lesions of the left brainstem, placed at random (a fixed seed) around
// the channels' points in the crus, the basis pontis and the pyramid and
// around the cranial nuclei and brainstem centres, each wholly left of the
// midline, and rejects what a neurologist would: a limb weak of upper motor
// neuron type, or a Babinski sign or brisk reflexes, on the lesion's own
// side above the pyramidal decussation; a cranial muscle weak of upper
// motor neuron type on its side; a lower motor neuron deficit on the other
// side (but for the superior oblique, whose nucleus supplies the other
// eye, and the superior rectus subnucleus, which does too); a central
// facial weakness from a lesion below the facial nucleus, in the medulla.
func TestBrainstemExaminer(t *testing.T) {
	a := testatlas.Atlas(t)
	type target struct {
		name   string
		at     [3]float64
		jitter float64
	}
	var targets []target
	for _, c := range a.Channels {
		for _, p := range c.Course {
			switch p.Station {
			case "crus", "basis_pontis_rostral", "basis_pontis_caudal", "pyramid":
				targets = append(targets, target{p.Station + " " + c.ID, [3]float64(p.At), 2.5})
			}
		}
	}
	for _, n := range a.Nuclei {
		targets = append(targets, target{n.ID, [3]float64(n.At), 1.5})
	}
	for _, ar := range a.Areas {
		if ar.Kind == "brainstem" {
			targets = append(targets, target{ar.ID, [3]float64(ar.At), 1.5})
		}
	}
	decussation := a.Decussations[0].Z
	for _, d := range a.Decussations {
		decussation = max(decussation, d.Z)
	}
	facial := a.Channel("face").Course[a.StationIndex("basis_pontis_caudal")].At[2]
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 600; i++ {
		tg := targets[rng.Intn(len(targets))]
		p := tg.at
		for k := range p {
			p[k] += (rng.Float64()*2 - 1) * tg.jitter
		}
		p[0] = min(p[0], -0.5)
		r := min(1+rng.Float64()*3, -p[0])
		site := fmt.Sprintf("point:%.1f,%.1f,%.1f,%.1f", p[0], p[1], p[2], r)
		res := evaluate(t, lesion.Chronic, site)
		above := p[2]-r > decussation
		var wrong []string
		for _, d := range res.Deficits {
			switch {
			case spinalRegions[d.Region] && d.Type == "UMN" && d.Side == "L" && above:
				wrong = append(wrong, "ipsilateral "+d.Region+" UMN")
			case !spinalRegions[d.Region] && d.Type == "UMN" && d.Side == "L" && above && d.Region != "bladder_bowel" && d.Region != "diaphragm":
				wrong = append(wrong, "ipsilateral cranial "+d.Region+" UMN")
			case d.Type != "UMN" && d.Side == "R" && d.Region != "eye_intorsion" && d.Region != "eye_adduction_elevation_depression":
				wrong = append(wrong, "contralateral "+d.Region+" "+d.Type)
			case d.Region == "lower_face" && d.Type == "UMN" && p[2]+r < facial-6:
				wrong = append(wrong, "central facial weakness from the medulla")
			}
		}
		for _, s := range res.Signs {
			if (s.Sign == "babinski" || s.Sign == "hyperreflexia") && s.Side == "L" && above {
				wrong = append(wrong, "ipsilateral "+s.Sign)
			}
		}
		if len(wrong) > 0 {
			t.Errorf("%s (near %s): %s; got %s | %s", site, tg.name, strings.Join(wrong, ", "), deficitsText(res), signsText(res))
		}
	}
}
