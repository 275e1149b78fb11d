package lesion

import "github.com/decussate/decussate/scene/anatomy"

// Thresholds of the signs that depend on how weak a muscle is. A sign needs
// its muscles at least moderately weak; a deviation needs a clear
// difference between the sides.
const (
	signWeakness   = 0.5 - 1e-9 // half, allowing for rounding in summed shares
	dropWeakness   = 0.6 - 1e-9 // a drop needs the extensors mostly gone
	deviationDiff  = 0.15
	ventilatorLoss = 0.8
	dysarthriaOne  = 0.35
	dysarthriaBoth = 0.2
	// anarthriaBoth is how weak every articulator (tongue, palate and
	// larynx, lips) must be on both sides for the patient to be mute:
	// severe, the contract's MRC 0-1.
	anarthriaBoth = 0.7
	// blinkWeakness is the upper face weakness below which the eyes are
	// said to blink still: mild (the contract's 0.35). A moderately weak
	// orbicularis oculi is not "blinking spared".
	blinkWeakness = 0.35
	wastingLoss   = 0.25
	// shockWeakness is the upper motor neuron weakness, summed over the
	// regions of both sides, an acute cord lesion must cause to shock the
	// cord: as much as one region paralysed, not one muscle group
	// moderately weak.
	shockWeakness = 1.0
)

// signs derives the clinical signs from the state of a lesion.
func (n *network) signs(st *state, phase Phase) []Sign {
	m := n.atlas.Model
	// The signs are gathered in the state's scratch and handed out in a
	// list of their own, at its size.
	out := st.signs[:0]
	shock := false
	for l := range st.cordTracts {
		for _, s := range sides {
			shock = shock || st.cordTracts[l][s] >= 0.5
		}
	}
	// Spinal shock is the cord below a severe lesion suddenly losing the
	// drive its motor neurons need: as much upper motor neuron weakness as
	// a paralysed region, or the sacral reflex centres (whose reflexes'
	// return ends spinal shock) deprived of most of theirs. A cut tract
	// that weakens nothing (the anterior corticospinal tract alone) or one
	// muscle group (a millimetre of the lateral column) does not shock the
	// cord.
	deprivation := 0.0
	for ri := range st.regions {
		for _, s := range sides {
			deprivation += st.regions[ri][s].umn
		}
	}
	deprived := deprivation >= shockWeakness
	for ri := range n.reflexes {
		for _, s := range sides {
			deprived = deprived || n.reflexes[ri].r.Kind == "segmental" && st.reflexes[ri][s].drive > m.UMNSign
		}
	}
	spinalShock := phase == Acute && shock && deprived

	// Reflexes.
	var hyper, absent [2][]string
	var babinski, clonus [2]bool
	var gag [2]reflexState
	for ri := range n.reflexes {
		rn := &n.reflexes[ri]
		for _, s := range sides {
			rs := st.reflexes[ri][s]
			intact := rs.arc < m.ReflexArcLoss
			released := rs.drive > m.UMNSign
			switch rn.r.Kind {
			case "deep":
				switch {
				case !intact:
					absent[s] = append(absent[s], rn.r.ID)
				case released && phase == Acute:
					absent[s] = append(absent[s], rn.r.ID) // shock: flaccid and areflexic first
				case released:
					hyper[s] = append(hyper[s], rn.r.ID)
					if rn.r.ID == "ankle" && rs.drive >= m.Clonus {
						clonus[s] = true
					}
				}
			case "superficial":
				// Lost with a corticospinal lesion above its segments
				// (Blumenfeld; ANATOMY 3.5), not with the loss of other
				// descending drive, and when its arc is cut.
				if !intact || rs.impaired > m.UMNSign {
					absent[s] = append(absent[s], rn.r.ID)
				}
			case "segmental":
				// Kept when only the drive from above is lost; its return
				// marks the end of spinal shock.
				if !intact || spinalShock {
					absent[s] = append(absent[s], rn.r.ID)
				}
			case "plantar":
				babinski[s] = intact && rs.cortical > m.UMNSign && !spinalShock
			case "gag":
				gag[s] = rs
			}
		}
	}
	for _, s := range sides {
		if babinski[s] {
			out = append(out, Sign{Sign: "babinski", Side: s.String()})
		}
	}
	for _, s := range sides {
		if len(hyper[s]) > 0 {
			out = append(out, Sign{Sign: "hyperreflexia", Side: s.String(), Reflexes: hyper[s]})
		}
	}
	for _, s := range sides {
		if len(absent[s]) > 0 {
			out = append(out, Sign{Sign: "areflexia", Side: s.String(), Reflexes: absent[s]})
		}
	}
	for _, s := range sides {
		if clonus[s] {
			out = append(out, Sign{Sign: "clonus", Side: s.String()})
		}
	}

	// Lower motor neuron loss: wasting and fasciculations take weeks, and
	// fasciculations come from motor units losing their cell bodies,
	// roots or cranial nerves, seldom from a limb nerve's distal lesion.
	if phase == Chronic {
		var wasted, twitching [2]bool
		for mi := range n.muscles {
			mn := &n.muscles[mi]
			if mn.region < 0 || !mn.m.CanSeeWasting() {
				continue
			}
			for _, s := range sides {
				if st.regions[mn.region][s].severity < m.Floor {
					continue
				}
				wasted[s] = wasted[s] || st.muscles[mi][s].lmn >= wastingLoss
				twitching[s] = twitching[s] || st.muscles[mi][s].proximal >= wastingLoss
			}
		}
		for _, s := range sides {
			if wasted[s] {
				out = append(out, Sign{Sign: "atrophy", Side: s.String()})
			}
		}
		for _, s := range sides {
			if twitching[s] {
				out = append(out, Sign{Sign: "fasciculations", Side: s.String()})
			}
		}
	}

	out = n.muscleSigns(st, out)
	if phase == Chronic {
		// A hand takes its shape as the denervated muscles' antagonists
		// shorten unopposed: weeks, like wasting.
		out = n.handShapes(st, out)
	}

	// Forehead sparing: the lower face weak, the upper face not.
	up, low := anatomy.RegionIndex("upper_face"), anatomy.RegionIndex("lower_face")
	for _, s := range sides {
		if st.regions[low][s].severity >= m.Floor && st.regions[up][s].severity < m.Floor {
			out = append(out, Sign{Sign: "forehead_sparing", Side: s.String()})
		}
	}

	// Horizontal gaze: the gaze centre, or the abducens nucleus with its
	// internuclear neurons.
	for _, s := range sides {
		pprf := st.damage[n.soma["pprf"][s]]
		nucleus := min(st.pools[n.cranial["cn6.motor"][s]].cells, st.pools[n.cranial["cn6.internuclear"][s]].cells)
		if max(pprf, nucleus) >= signWeakness {
			out = append(out, Sign{Sign: "horizontal_gaze_palsy", Toward: s.String()})
		}
	}

	out = append(out, n.lockedInSpared(st)...)

	// Speech: the tongue and palate (and lips) of both sides work together.
	tongue, palate := anatomy.RegionIndex("tongue"), anatomy.RegionIndex("palate_pharynx_larynx")
	var bulbar [2]float64
	one := false
	for _, s := range sides {
		bulbar[s] = max(st.regions[tongue][s].severity, st.regions[palate][s].severity)
		one = one || bulbar[s] >= dysarthriaOne
	}
	if one || min(bulbar[L], bulbar[R]) >= dysarthriaBoth {
		out = append(out, Sign{Sign: "dysarthria", Speech: n.speechKinds(st)})
	}
	// Anarthria is dysarthria at its worst, so both are given (the
	// contract's dysarthria stays true): with the tongue, the palate and
	// larynx and the lips severely weak on both sides no word can be
	// formed. One good side still articulates, however weak the other.
	lips := anatomy.RegionIndex("lower_face")
	mute := true
	for _, s := range sides {
		for _, ri := range []int{tongue, palate, lips} {
			mute = mute && st.regions[ri][s].severity > anarthriaBoth
		}
	}
	if mute {
		out = append(out, Sign{Sign: "anarthria"})
	}

	// The gag reflex: lost with its arc on one side, brisk when both sides'
	// motor neurons lose their drive; the same supranuclear loss releases
	// emotional expression (pseudobulbar affect) and frontal reflexes.
	for _, s := range sides {
		if gag[s].arc >= m.ReflexArcLoss {
			out = append(out, Sign{Sign: "absent_gag", Side: s.String()})
		}
	}
	both := gag[L].drive > m.UMNSign && gag[R].drive > m.UMNSign
	if both && phase == Chronic && gag[L].arc < m.ReflexArcLoss && gag[R].arc < m.ReflexArcLoss {
		out = append(out, Sign{Sign: "brisk_gag"})
	}
	if both && gag[L].cortical > m.UMNSign && gag[R].cortical > m.UMNSign {
		out = append(out, Sign{Sign: "pseudobulbar_affect"}, Sign{Sign: "snout_reflex"})
	}

	// A cord lesion at or above T6 that cuts the descending sympathetic
	// pathways on both sides frees the splanchnic outflow below it from
	// their control; the corticospinal tracts play no part.
	t6, _ := anatomy.ParseLevel("T6")
	var cut [2]float64
	for l := anatomy.Level(0); l <= t6; l++ {
		for _, s := range sides {
			cut[s] = max(cut[s], st.autonomic[l][s])
		}
	}
	if min(cut[L], cut[R]) >= 0.5 {
		out = append(out, Sign{Sign: "autonomic_dysreflexia_risk"})
	}
	if spinalShock {
		out = append(out, Sign{Sign: "spinal_shock_acute"})
	}
	st.signs = out
	if len(out) == 0 {
		return nil
	}
	return append([]Sign(nil), out...)
}

// lockedInSpared returns what a patient who can look neither left nor
// right still does, the point of the locked-in state: the eyes still move
// up and down, and the lids still blink. Vertical gaze is the midbrain's
// (the rostral interstitial nucleus of the MLF beside the oculomotor
// nuclei, and the oculomotor and trochlear nuclei and nerves it drives),
// above a pontine lesion; the model has no vertical gaze centre of its
// own, so the oculomotor and trochlear motor neurons, their nerves and
// the muscles they move stand for it. Blinking keeps the upper face's
// brainstem drive (nuclei.json's cn7.upper): spared while the facial
// motor neurons live and the upper face is at most mildly weak, though a
// corticobulbar loss weakens it (ANATOMY.md 11). Said only where
// horizontal gaze is lost both ways, where it is what a teacher points to.
func (n *network) lockedInSpared(st *state) []Sign {
	for _, s := range sides {
		pprf := st.damage[n.soma["pprf"][s]]
		nucleus := min(st.pools[n.cranial["cn6.motor"][s]].cells, st.pools[n.cranial["cn6.internuclear"][s]].cells)
		if max(pprf, nucleus) < signWeakness {
			return nil
		}
	}
	floor := n.atlas.Model.Floor
	for _, r := range []string{"eye_adduction_elevation_depression", "eye_intorsion"} {
		ri := anatomy.RegionIndex(r)
		for _, s := range sides {
			if st.regions[ri][s].severity >= floor {
				return nil
			}
		}
	}
	for _, id := range []string{"cn3.sr", "cn3.ir", "cn3.io", "cn3.levator", "cn4"} {
		for _, s := range sides {
			if st.pools[n.cranial[id][s]].cells >= signWeakness {
				return nil
			}
		}
	}
	out := []Sign{{Sign: "vertical_gaze_spared"}}
	up := anatomy.RegionIndex("upper_face")
	for _, s := range sides {
		if st.pools[n.cranial["cn7.upper"][s]].cells >= signWeakness || st.regions[up][s].severity >= blinkWeakness {
			return out
		}
	}
	return append(out, Sign{Sign: "blinking_spared"})
}
