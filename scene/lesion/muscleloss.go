package lesion

import "github.com/decussate/decussate/scene/anatomy"

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
	count := 0
	for mi := range n.muscles {
		for _, s := range sides {
			if st.muscles[mi][s].weakness() >= floor {
				count++
			}
		}
	}
	var ms []MuscleLoss
	if count > 0 {
		ms = make([]MuscleLoss, 0, count)
	}
	for mi := range n.muscles {
		mn := &n.muscles[mi]
		m := mn.m
		for _, s := range sides {
			w := st.muscles[mi][s]
			if w.weakness() < floor {
				continue
			}
			ms = append(ms, MuscleLoss{Muscle: m.ID, Name: mn.words, Region: m.Region, Side: s.String(),
				Movement: m.Movement, Weakness: round2(w.weakness()), LMN: round2(w.lmn)})
		}
	}
	// The movements are ranked by their weakness as listed (rounded),
	// ties in the network's order; their index is k*2 plus the side.
	r := st.ranks.r[:0]
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
			i := 2*k + int(s)
			st.moveLMN[i] = lmn
			r = append(r, ranked{cents: cents(min(1, weak)), i: int32(i)})
		}
	}
	st.ranks.r = r
	if len(r) == 0 {
		return ms, nil
	}
	st.ranks.rank()
	mv := make([]MovementLoss, len(r))
	for j, rk := range r {
		k, s := rk.i/2, anatomy.Side(rk.i%2)
		m := n.muscles[n.movements[k].muscles[0]].m
		mv[j] = MovementLoss{Movement: m.Movement, Region: m.Region, Side: s.String(),
			Weakness: rk.key(), LMN: round2(min(1, st.moveLMN[rk.i]))}
	}
	return ms, mv
}
