package anatomy

import "strings"

// The periphery's checks: the nerves, the muscles they supply and the
// movements the muscles make (their shares, and the muscles that assist
// another movement), and the reflexes that test them.

func (v *validator) nerves() {
	const file = "nerves.json"
	a := v.a
	a.nerveIndex = v.unique(file, len(a.Nerves), func(i int) string { return a.Nerves[i].ID })
	for _, n := range a.Nerves {
		v.src(file, n.ID, n.Src)
		if len(n.Path) < 2 {
			v.fail(file, n.ID, "path", "needs at least two points")
		}
		v.positive(file, n.ID, "r", n.R)
	}
}

func (v *validator) muscles() {
	const file = "muscles.json"
	a := v.a
	a.muscleIndex = v.unique(file, len(a.Muscles), func(i int) string { return a.Muscles[i].ID })
	regionWeight := make(map[string]float64)
	for mi := range a.Muscles {
		m := &a.Muscles[mi]
		v.src(file, m.ID, m.Src)
		if m.Region == "" {
			if len(m.Signs) == 0 && !watchedByReflex(a, m.ID) {
				v.fail(file, m.ID, "region", "a muscle needs a region, signs or a reflex that watches it")
			}
		} else if RegionIndex(m.Region) < 0 {
			v.fail(file, m.ID, "region", "unknown region %q (one of %s)", m.Region, strings.Join(Regions[:], ", "))
		} else {
			if m.W <= 0 {
				v.fail(file, m.ID, "w", "a muscle in a region needs a positive weight")
			}
			regionWeight[m.Region] += m.W
		}
		switch {
		case m.Pool != "" && m.Column != "":
			v.fail(file, m.ID, "column", "a muscle has a cranial pool or a cord column, not both")
		case m.Pool != "":
			if _, ok := a.poolIndex[m.Pool]; !ok {
				v.fail(file, m.ID, "pool", "unknown pool %q", m.Pool)
			}
			if m.PoolSide != "" && m.PoolSide != "same" && m.PoolSide != "other" {
				v.fail(file, m.ID, "pool_side", "must be same or other, not %q", m.PoolSide)
			}
			if len(m.Segments) > 0 {
				v.fail(file, m.ID, "segments", "a cranial muscle has no cord segments")
			}
		case m.Column != "":
			ci, ok := a.columnIndex[m.Column]
			if !ok {
				v.fail(file, m.ID, "column", "unknown column %q", m.Column)
				continue
			}
			if len(m.Segments) == 0 {
				v.fail(file, m.ID, "segments", "a cord muscle needs its segments")
				continue
			}
			supply, err := parseShares(m.Segments)
			if err != nil {
				v.fail(file, m.ID, "segments", "%v", err)
				continue
			}
			m.Supply = supply
			total := 0.0
			for _, s := range supply {
				total += s.W
				if a.Columns[ci].ProfileAt(s.Level) == nil {
					v.fail(file, m.ID, "segments", "column %s has no pools at %s", m.Column, s.Level)
				}
			}
			v.sumsToOne(file, m.ID, "segments", total)
		default:
			v.fail(file, m.ID, "pool", "a muscle needs a cranial pool or a cord column")
		}
		for _, n := range m.Nerves {
			if _, ok := a.nerveIndex[n]; !ok {
				v.fail(file, m.ID, "nerves", "unknown nerve %q", n)
			}
		}
		if m.Pyramidal != nil && (*m.Pyramidal < 0 || *m.Pyramidal > 1) {
			v.fail(file, m.ID, "pyramidal", "must lie between 0 and 1")
		}
		for _, s := range m.Signs {
			if !contains(MuscleSigns, s) {
				v.fail(file, m.ID, "signs", "unknown sign %q", s)
			}
		}
		for _, o := range m.Antagonists {
			if _, ok := a.muscleIndex[o]; !ok || o == m.ID {
				v.fail(file, m.ID, "antagonists", "unknown or own muscle %q", o)
			}
		}
		if m.Yoke != "" {
			if _, ok := a.poolIndex[m.Yoke]; !ok || m.Pool == "" || m.Yoke == m.Pool {
				v.fail(file, m.ID, "yoke", "%q is not another cranial pool (a yoke needs a cranial muscle)", m.Yoke)
			}
		}
	}
	v.spotMuscles()
	v.movements()
	for _, r := range Regions {
		if w, ok := regionWeight[r]; ok {
			v.sumsToOne(file, r, "w", w)
		} else {
			v.fail(file, r, "region", "no muscle moves this region")
		}
	}
}

// movements checks that a movement is made by muscles of one region: a
// region is graded by its weakest movement (lesion.sumRegions).
func (v *validator) movements() {
	const file = "muscles.json"
	region := map[string]string{}
	for _, m := range v.a.Muscles {
		if m.Movement == "" {
			continue
		}
		if m.Region == "" {
			v.fail(file, m.ID, "movement", "a muscle without a region moves nothing an examiner grades")
			continue
		}
		if r, ok := region[m.Movement]; ok && r != m.Region {
			v.fail(file, m.ID, "movement", "%q is a movement of region %s, not %s", m.Movement, r, m.Region)
		}
		region[m.Movement] = m.Region
	}
	for _, m := range v.a.Muscles {
		for _, as := range m.Assists {
			_, ok := region[as.Movement]
			switch {
			case !ok:
				v.fail(file, m.ID, "assists", "no muscle makes the movement %q", as.Movement)
			case as.Movement == m.Movement:
				v.fail(file, m.ID, "assists", "%q is the muscle's own movement", as.Movement)
			case !(as.W > 0 && as.W <= 1):
				v.fail(file, m.ID, "assists", "weight %g for %q, want in (0, 1]", as.W, as.Movement)
			}
		}
	}
}

func (v *validator) reflexes() {
	const file = "reflexes.json"
	a := v.a
	v.unique(file, len(a.Reflexes), func(i int) string { return a.Reflexes[i].ID })
	for ri := range a.Reflexes {
		r := &a.Reflexes[ri]
		v.src(file, r.ID, r.Src)
		if !contains(ReflexKinds, r.Kind) {
			v.fail(file, r.ID, "kind", "unknown kind %q", r.Kind)
		}
		mi, ok := a.muscleIndex[r.Muscle]
		if !ok {
			v.fail(file, r.ID, "muscle", "unknown muscle %q", r.Muscle)
			continue
		}
		m := &a.Muscles[mi]
		for _, n := range r.Afferent {
			if _, ok := a.nerveIndex[n]; !ok {
				v.fail(file, r.ID, "afferent", "unknown nerve %q", n)
			}
		}
		if m.Column == "" {
			if len(r.Segments) > 0 {
				v.fail(file, r.ID, "segments", "a cranial reflex has no cord segments")
			}
			continue
		}
		arc, err := parseShares(r.Segments)
		if err != nil || len(arc) == 0 {
			v.fail(file, r.ID, "segments", "a cord reflex needs the segments of its arc")
			continue
		}
		r.Arc = arc
		total := 0.0
		for _, s := range arc {
			total += s.W
			if _, ok := m.Segments[s.Level.String()]; !ok {
				v.fail(file, r.ID, "segments", "%s does not supply %s", s.Level, m.ID)
			}
		}
		v.sumsToOne(file, r.ID, "segments", total)
	}
}

// watchedByReflex reports whether a reflex watches muscle id: such a muscle
// (the cremaster) belongs in the atlas for its reflex alone.
func watchedByReflex(a *Atlas, id string) bool {
	for _, r := range a.Reflexes {
		if r.Muscle == id {
			return true
		}
	}
	return false
}
