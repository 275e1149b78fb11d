package lesion

import "github.com/decussate/decussate/scene/anatomy"

// The signs in this file are read from single muscles the way an
// examiner reads them: what breathing is left when the diaphragm fails,
// what a patient's speech sounds like, what shape a hand takes. Each names
// the muscles that make it, so a lesion anywhere that weakens those
// muscles gives the sign, whatever the lesion is called.

// muscleSigns appends to out the signs the atlas ties to muscles
// (muscles.json signs): deviations toward or away from the weak side,
// signs of a weak muscle, signs of lower motor neuron loss, ventilator
// dependence.
func (n *network) muscleSigns(st *state, out []Sign) []Sign {
	for si, sign := range anatomy.MuscleSigns {
		var weak, lmn [2]float64
		count := 0
		for _, mi := range n.signMuscles[si] {
			count++
			yoke := n.muscles[mi].yoke
			for _, s := range sides {
				w := st.muscles[mi][s].weakness()
				if yoke[s] >= 0 {
					// Weakness the other eye's yoked muscle shares
					// moves both eyes alike: no deviation.
					w = max(0, w-st.pools[yoke[s]].cells)
				}
				weak[s] += w
				lmn[s] += st.muscles[mi][s].lmn
			}
		}
		if count == 0 {
			continue
		}
		for _, s := range sides {
			weak[s] /= float64(count)
			lmn[s] /= float64(count)
		}
		if sign == "scapular_winging" {
			// Either muscle alone lets the scapula wing.
			weak, lmn = n.worstOf(st, si)
		}
		switch sign {
		case "tongue_deviation", "jaw_deviation":
			// Toward the weak side: the strong muscle pushes across.
			if weak[L]-weak[R] >= deviationDiff {
				out = append(out, Sign{Sign: sign, Toward: "L"})
			} else if weak[R]-weak[L] >= deviationDiff {
				out = append(out, Sign{Sign: sign, Toward: "R"})
			}
		case "uvula_deviation":
			// Away from the weak side: the strong levator pulls it over.
			if weak[L]-weak[R] >= deviationDiff {
				out = append(out, Sign{Sign: sign, Toward: "R"})
			} else if weak[R]-weak[L] >= deviationDiff {
				out = append(out, Sign{Sign: sign, Toward: "L"})
			}
		case "ventilator_dependent":
			if min(weak[L], weak[R]) >= ventilatorLoss {
				out = append(out, n.breathing(st))
			}
		case "hyperacusis", "scapular_winging", "wrist_drop", "foot_drop":
			// Signs of a flaccid, denervated muscle.
			need := signWeakness
			if sign == "wrist_drop" || sign == "foot_drop" {
				need = dropWeakness
			}
			for _, s := range sides {
				if lmn[s] >= need {
					out = append(out, Sign{Sign: sign, Side: s.String()})
					if sign == "foot_drop" {
						out = append(out, Sign{Sign: "steppage_gait", Side: s.String()})
					}
				}
			}
		default:
			pull := n.antagonistStrength(st, si)
			for _, s := range sides {
				// A deviation needs the antagonists to pull: an eye whose
				// muscles are all weak stays in the primary position.
				if weak[s] >= signWeakness && weak[s]-(1-pull[s]) >= deviationDiff {
					out = append(out, Sign{Sign: sign, Side: s.String()})
				}
			}
		}
	}
	return out
}

// antagonistStrength returns, per side, the strength left in the weakest
// antagonist of the muscles that give sign si of anatomy.MuscleSigns
// (muscles.json antagonists), or full strength when they have none.
func (n *network) antagonistStrength(st *state, si int) [2]float64 {
	pull := [2]float64{1, 1}
	for _, oi := range n.signAntagonists[si] {
		for _, s := range sides {
			pull[s] = min(pull[s], 1-st.muscles[oi][s].weakness())
		}
	}
	return pull
}

// worstOf returns the weakness and lower motor neuron loss of the worst
// muscle on each side among those that give sign si of
// anatomy.MuscleSigns.
func (n *network) worstOf(st *state, si int) (weak, lmn [2]float64) {
	for _, mi := range n.signMuscles[si] {
		for _, s := range sides {
			weak[s] = max(weak[s], st.muscles[mi][s].weakness())
			lmn[s] = max(lmn[s], st.muscles[mi][s].lmn)
		}
	}
	return weak, lmn
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// buildSignMuscles lists, per sign of anatomy.MuscleSigns, the muscles
// that give it and their antagonists, in network order: muscleSigns reads
// them every evaluation.
func (n *network) buildSignMuscles() {
	n.signMuscles = make([][]int, len(anatomy.MuscleSigns))
	n.signAntagonists = make([][]int, len(anatomy.MuscleSigns))
	for si, sign := range anatomy.MuscleSigns {
		for mi := range n.muscles {
			m := n.muscles[mi].m
			if !contains(m.Signs, sign) {
				continue
			}
			n.signMuscles[si] = append(n.signMuscles[si], mi)
			for _, id := range m.Antagonists {
				// An unknown id reads as the first muscle, as the map
				// gives it; the atlas's loader rejects one.
				n.signAntagonists[si] = append(n.signAntagonists[si], n.muscleByID[id])
			}
		}
	}
}

// muscleWeak returns the weakness and the lower motor neuron part of
// muscle id on side s, and false when the atlas has no such muscle (a
// hand-built atlas).
func (n *network) muscleWeak(st *state, id string, s anatomy.Side) (weak, lmn float64, ok bool) {
	mi, ok := n.muscleByID[id]
	if !ok {
		return 0, 0, false
	}
	ms := st.muscles[mi][s]
	return ms.weakness(), ms.lmn, true
}

// breathing grades what breathing is left once both halves of the
// diaphragm are paralysed, from what paralysed it and the muscles that
// remain. With the phrenic nerves or their motor neurons lost (a lower
// motor neuron palsy) the intercostals and the neck's accessory muscles
// still take their automatic drive: the patient breathes unaided upright
// but is breathless lying flat, where the abdomen's contents push the
// flaccid diaphragm up (orthopnoea), and often needs ventilation by mask
// at night. With the intercostals paralysed too (a cord lesion at or
// above C3), or the diaphragm paralysed from above (the bulbospinal
// respiratory fibres, which drive the intercostals' inspiratory motor
// neurons as well as the phrenic ones), the accessory muscles alone cannot
// sustain breathing: dependent on a ventilator.
func (n *network) breathing(st *state) Sign {
	chest := 1.0
	for _, s := range sides {
		w, _, ok := n.muscleWeak(st, "intercostals", s)
		d, lmn, _ := n.muscleWeak(st, "diaphragm", s)
		if !ok || lmn < d/2 {
			return Sign{Sign: "ventilator_dependent"}
		}
		chest = min(chest, w)
	}
	if chest >= ventilatorLoss {
		return Sign{Sign: "ventilator_dependent"}
	}
	return Sign{Sign: "orthopnoea"}
}

// Speech kinds, by the muscles weak: the larynx's (a hoarse voice,
// dysphonia), the palate's (air escaping through the nose, nasal speech)
// and the tongue's and lips' (slurred articulation, dysarthria proper).
const (
	SpeechHoarse  = "hoarse"
	SpeechNasal   = "nasal"
	SpeechSlurred = "slurred"
)

// speechKinds returns how speech is disordered, from which of its muscles
// are weak: a muscle counts when it is weak enough on one side
// (dysarthriaOne) or on both (dysarthriaBoth), as the sign itself does.
func (n *network) speechKinds(st *state) []string {
	weak := func(ids ...string) bool {
		for _, id := range ids {
			var w [2]float64
			for _, s := range sides {
				w[s], _, _ = n.muscleWeak(st, id, s)
			}
			if max(w[L], w[R]) >= dysarthriaOne || min(w[L], w[R]) >= dysarthriaBoth {
				return true
			}
		}
		return false
	}
	var kinds []string
	if weak("genioglossus", "other_tongue_muscles", "orbicularis_oris") {
		kinds = append(kinds, SpeechSlurred)
	}
	if weak("levator_veli_palatini") {
		kinds = append(kinds, SpeechNasal)
	}
	if weak("laryngeal_muscles") {
		kinds = append(kinds, SpeechHoarse)
	}
	return kinds
}

// Thresholds of the hand's shapes.
const (
	// handStrong is the weakness below which a muscle still pulls the
	// fingers into a shape.
	handStrong = 0.35
	// flexorPart is the weakness of the deep finger flexor above which
	// part of it is lost and below flexorWhole part is kept: the half for
	// the index and middle fingers (median) or the ring and little
	// fingers (ulnar).
	flexorPart, flexorWhole = 0.25, 0.7
)

// handShapes appends to out the shapes a hand takes when some of its
// muscles are denervated and their antagonists are not (nothing for a
// hand-built atlas without them):
//   - a claw: the interossei (and the lumbricals beside them) flex the
//     knuckles and straighten the fingers; lost, the finger extensors
//     straighten the knuckles and the long flexors bend the fingers. With
//     the thumb's abductor strong, the median nerve's lumbricals to the
//     index and middle fingers are strong too, so only the ring and little
//     fingers claw (ulnar claw);
//   - the hand of benediction on making a fist: the superficial finger
//     flexor lost (nearly all of it) and the deep one only in part, so the
//     fingers whose deep flexor half is lost (the index and middle, the
//     median's) stay straight while the others bend. A loss spread over
//     all the flexors alike (a motor neuron disease) weakens the fist
//     without parting the fingers;
//   - the wrist bent toward the side whose flexor is left.
func (n *network) handShapes(st *state, out []Sign) []Sign {
	start := len(out)
	for _, s := range sides {
		_, inter, ok1 := n.muscleWeak(st, "interossei", s)
		ext, _, ok2 := n.muscleWeak(st, "extensor_digitorum", s)
		fdp, _, ok3 := n.muscleWeak(st, "flexor_digitorum_profundus", s)
		_, fds, ok4 := n.muscleWeak(st, "flexor_digitorum_superficialis", s)
		thumb, _, ok5 := n.muscleWeak(st, "abductor_pollicis_brevis", s)
		if !(ok1 && ok2 && ok3 && ok4 && ok5) {
			return out[:start]
		}
		if inter >= signWeakness && ext < handStrong && fdp < flexorWhole {
			sign := "claw_hand"
			if thumb < handStrong {
				sign = "ulnar_claw"
			}
			out = append(out, Sign{Sign: sign, Side: s.String()})
		}
		if fds >= flexorWhole && fdp >= flexorPart && fdp < flexorWhole {
			out = append(out, Sign{Sign: "hand_of_benediction", Side: s.String()})
		}
		// The wrist flexes toward the side whose flexor is left: the
		// ulnar side with the radial flexor lost (median), the radial
		// side with the ulnar flexor lost (ulnar).
		fcrW, fcr, ok6 := n.muscleWeak(st, "flexor_carpi_radialis", s)
		fcuW, fcu, ok7 := n.muscleWeak(st, "flexor_carpi_ulnaris", s)
		switch {
		case !ok6 || !ok7:
		case fcr >= signWeakness && fcuW < handStrong:
			out = append(out, Sign{Sign: "wrist_flexes_ulnar", Side: s.String()})
		case fcu >= signWeakness && fcrW < handStrong:
			out = append(out, Sign{Sign: "wrist_flexes_radial", Side: s.String()})
		}
	}
	return out
}
