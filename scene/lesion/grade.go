package lesion

import "github.com/decussate/decussate/scene/anatomy"

// An examiner grades a region by the movements that test it, not by the
// mean of its muscles: the hand by gripping, straightening and spreading
// the fingers and raising the thumb, each graded on its own (MRC 1976), and
// the region's weakness is its weakest movement's. A small infarct that
// takes most of one muscle's cortical neurons (the thumb's at the lateral
// end of the hand area, the hip abductors' on the paracentral lobule)
// leaves that movement clearly weak though the region's other muscles are
// whole, and the student reads a weak hand or hip, as the patient shows.
// A muscle that no examiner tests alone is graded with the muscles it
// helps (the anconeus with the triceps, in straightening the elbow), or,
// where none is tested with it (the stylopharyngeus), only in the region's
// mean: its palsy alone barely counts. The movements are the atlas's
// (muscles.json movement).

// movement is the muscles that make one movement an examiner tests, with
// each one's share of it (its weight within its region, over the
// movement's).
type movement struct {
	region  int
	muscles []int
	shares  []float64
}

// addMovements groups the muscles wired so far by their movements.
func (n *network) addMovements() {
	index := map[string]int{}
	for mi := range n.muscles {
		mn := &n.muscles[mi]
		if mn.region < 0 || mn.m.Movement == "" {
			continue
		}
		k, ok := index[mn.m.Movement]
		if !ok {
			k = len(n.movements)
			index[mn.m.Movement] = k
			n.movements = append(n.movements, movement{region: mn.region})
		}
		mv := &n.movements[k]
		mv.muscles = append(mv.muscles, mi)
		mv.shares = append(mv.shares, mn.m.W)
	}
	// A muscle that helps another region's movement (the long finger
	// flexors bending the wrist) joins it with its weight there, after the
	// movement's own muscles: the first names the movement (muscleLosses).
	for mi := range n.muscles {
		mn := &n.muscles[mi]
		for _, as := range mn.m.Assists {
			k, ok := index[as.Movement]
			if !ok {
				continue
			}
			mv := &n.movements[k]
			mv.muscles = append(mv.muscles, mi)
			mv.shares = append(mv.shares, as.W)
		}
	}
	for k := range n.movements {
		mv := &n.movements[k]
		total := 0.0
		for _, w := range mv.shares {
			total += w
		}
		for i := range mv.shares {
			mv.shares[i] /= total
		}
	}
}

// sumRegions turns muscle weakness into region severity: the weighted mean
// of the region's muscles, raised to its weakest movement's weakness. The
// kinds of weakness are summed alike, for kind.
func (n *network) sumRegions(st *state, m anatomy.Model) {
	for mi := range n.muscles {
		mn := &n.muscles[mi]
		if mn.region < 0 {
			continue
		}
		w := mn.m.W
		for _, s := range sides {
			ms := st.muscles[mi][s]
			r := &st.regions[mn.region][s]
			r.severity += w * ms.weakness()
			r.lmn += w * ms.lmn
			r.umn += w * ms.umn
			r.mixed += w * ms.mixed
			if w >= m.KeyMuscleWeight/2 {
				r.denervated = max(r.denervated, ms.lmn)
			}
		}
	}
	for k := range n.movements {
		mv := &n.movements[k]
		for _, s := range sides {
			var weak, lmn, umn float64
			for i, mi := range mv.muscles {
				ms := st.muscles[mi][s]
				weak += mv.shares[i] * ms.weakness()
				lmn += mv.shares[i] * ms.lmn
				umn += mv.shares[i] * ms.umn
			}
			r := &st.regions[mv.region][s]
			r.worst = max(r.worst, weak)
			r.worstLMN = max(r.worstLMN, lmn)
			r.worstUMN = max(r.worstUMN, umn)
		}
	}
	for ri := range st.regions {
		for _, s := range sides {
			r := &st.regions[ri][s]
			r.severity = min(1, max(r.severity, r.worst))
		}
	}
}
