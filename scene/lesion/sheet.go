package lesion

import "math"

// A body part's representation in the motor cortex is not a patch of
// uniform density with a sharp edge: beneath the somatotopic gradient
// each part's output neurons are densest at the centre of its
// representation and thin out into its neighbours' (Schieber 2001), as
// the map of a hand muscle's responses to magnetic stimulation peaks at
// its hot spot and falls off around it. A cortical area of umn.json is
// therefore a population whose density on the sheet falls off from its
// centre as a Gaussian, with its radius r at two standard deviations
// (where the density is down to about a seventh of the centre's; 86 % of
// the population lies inside r), the rest cut off at r.
//
// A small infarct of the centre of an area then takes most of the part's
// corticospinal neurons, as small cortical infarcts of the hand knob
// show: a clear weakness of the opposite hand alone, often moderate (MRC
// 3 to 4) (Kim 2001, twelve patients; Peters et al. 2009, twenty-nine),
// where a uniform patch put a centimetre-wide infarct at half the neurons
// and a mild weakness. sheetSigmas is a modelling choice: no source gives
// the density's fall-off, and two standard deviations at r keeps a
// centimetre-wide infarct of the hand knob moderate (0.68) rather than
// severe. A lesion that grazes the area's edge takes less than a
// uniform patch would: only the part's outlying neurons, mixed among its
// neighbours'.
const sheetSigmas = 2

// sheetShare returns the share of a cortical area's neurons (radius r on
// the sheet) inside a disc of the sheet of radius rad whose centre lies d
// from the area's centre.
func sheetShare(d, rad, r float64) float64 {
	if rad <= 0 || r <= 0 || d >= rad+r {
		return 0
	}
	sigma := r / sheetSigmas
	// cdf is the share of the untruncated population within radius rho of
	// the area's centre.
	cdf := func(rho float64) float64 { return 1 - math.Exp(-rho*rho/(2*sigma*sigma)) }
	total := cdf(r)
	// The rings of the area wholly inside the lesion's disc...
	inner := 0.0
	if rad > d {
		inner = cdf(min(rad-d, r))
	}
	// ...and those it covers in part: the arc of each ring inside the
	// disc, by the midpoint rule.
	lo, hi := math.Abs(rad-d), min(rad+d, r)
	if hi > lo && d > 0 {
		const steps = 24
		step := (hi - lo) / steps
		for i := 0; i < steps; i++ {
			rho := lo + (float64(i)+0.5)*step
			cos := (rho*rho + d*d - rad*rad) / (2 * rho * d)
			arc := math.Acos(clampCos(cos)) / math.Pi
			inner += arc * rho / (sigma * sigma) * math.Exp(-rho*rho/(2*sigma*sigma)) * step
		}
	}
	return clamp01(inner / total)
}

// sheetWhole sets the damage of each area laid out on the sheet, as one
// population, to the share of its neurons lost: the mean of its spots',
// each the same share of the area. The pools' drive is reckoned from it
// (and so the reflexes and signs); each muscle's own weakness from its
// spot (see muscleSpot).
func (n *network) sheetWhole(d []float64) {
	for area, ps := range n.spots {
		for _, s := range sides {
			sum := 0.0
			for _, p := range ps {
				sum += d[p[s]]
			}
			d[n.soma[area][s]] = sum / float64(len(ps))
		}
	}
}
