package lesion

import "sort"

// MuscleLoss is how weak one muscle is on one side: what the words that
// tell two lesions apart are made of (the thumb's abductor weak in a
// median palsy, the interossei in an ulnar one; the larynx, the palate or
// the tongue in a patient's speech), read from the muscles the lesion
// weakens rather than from its name.
type MuscleLoss struct {
	// Muscle is the atlas id, Name its words ("gastrocnemius and soleus").
	Muscle, Name string
	Region, Side string
	// Movement is the movement an examiner tests it by, "" for none.
	Movement string
	// Weakness is 0-1; LMN the part of it from motor neurons or axons
	// lost.
	Weakness, LMN float64
}

// MovementLoss is how weak one movement an examiner tests is on one side
// (its muscles' weighted weakness): "pushing the foot down" 0.7 in an S1
// root lesion, where the leg's other movements are moderately weak.
type MovementLoss struct {
	Movement, Region, Side string
	Weakness, LMN          float64
}

// muscleLosses lists the muscles weaker than floor in st, by atlas order
// and side, and the movements weaker than floor, weakest first.
func (n *network) muscleLosses(st *state, floor float64) ([]MuscleLoss, []MovementLoss) {
	var ms []MuscleLoss
	for mi := range n.muscles {
		m := n.muscles[mi].m
		for _, s := range sides {
			w := st.muscles[mi][s]
			if w.weakness() < floor {
				continue
			}
			ms = append(ms, MuscleLoss{Muscle: m.ID, Name: m.Words(), Region: m.Region, Side: s.String(),
				Movement: m.Movement, Weakness: round2(w.weakness()), LMN: round2(w.lmn)})
		}
	}
	var mv []MovementLoss
	for k := range n.movements {
		v := &n.movements[k]
		for _, s := range sides {
			var weak, lmn float64
			for i, mi := range v.muscles {
				weak += v.shares[i] * st.muscles[mi][s].weakness()
				lmn += v.shares[i] * st.muscles[mi][s].lmn
			}
			if weak < floor {
				continue
			}
			mv = append(mv, MovementLoss{Movement: n.muscles[v.muscles[0]].m.Movement, Region: n.muscles[v.muscles[0]].m.Region,
				Side: s.String(), Weakness: round2(min(1, weak)), LMN: round2(min(1, lmn))})
		}
	}
	// sort.SliceStable, not slices.SortStableFunc (see Evaluate).
	sort.SliceStable(mv, func(i, j int) bool { return mv[i].Weakness > mv[j].Weakness })
	return ms, mv
}
