package anatomy

import "fmt"

// The checks of the motor cortex's sheet (Area.Sheet, Area.Territory):
// each hot spot names a muscle of its own that its area drives.

// sheet checks an area's spots: only the motor cortex has them, each
// with a radius and a muscle of its own. That the muscle's motor neurons
// take drive from the area is checked with the muscles.
func (v *validator) sheet(file string, ar *Area) {
	if len(ar.Sheet) > 0 && ar.Kind != "cortex" {
		v.fail(file, ar.ID, "sheet", "only an area of the motor cortex has a sheet of hot spots")
	}
	if len(ar.Territory) > 0 && len(ar.Sheet) == 0 {
		v.fail(file, ar.ID, "territory", "only an area with a sheet of hot spots has a territory")
	}
	for i, sp := range ar.Sheet {
		entry := fmt.Sprintf("%s sheet [%d]", ar.ID, i)
		v.positive(file, entry, "r", sp.R)
		if sp.Muscle == "" {
			v.fail(file, entry, "muscle", "a hot spot names its muscle")
		}
		for _, q := range ar.Sheet[:i] {
			if q.Muscle == sp.Muscle {
				v.fail(file, entry, "muscle", "%s has a hot spot already", sp.Muscle)
			}
		}
	}
}

// spotMuscles checks that each hot spot of an area's sheet names a muscle
// whose motor neurons the area drives: through a cranial pool's input, or
// a cord column's at one of the muscle's segments.
func (v *validator) spotMuscles() {
	const file = "umn.json"
	a := v.a
	for _, ar := range a.Areas {
		for i, sp := range ar.Sheet {
			entry := fmt.Sprintf("%s sheet [%d]", ar.ID, i)
			mi, ok := a.muscleIndex[sp.Muscle]
			if !ok {
				v.fail(file, entry, "muscle", "unknown muscle %q", sp.Muscle)
				continue
			}
			if !a.drives(ar.ID, &a.Muscles[mi]) {
				v.fail(file, entry, "muscle", "area %s does not drive %s's motor neurons", ar.ID, sp.Muscle)
			}
		}
	}
}

// drives reports whether area drives some of m's motor neurons.
func (a *Atlas) drives(area string, m *Muscle) bool {
	if m.Pool != "" {
		pi, ok := a.poolIndex[m.Pool]
		if !ok {
			return false
		}
		for _, in := range a.Nuclei[pi[0]].Pools[pi[1]].Inputs {
			if in.Area == area {
				return true
			}
		}
		return false
	}
	ci, ok := a.columnIndex[m.Column]
	if !ok {
		return false
	}
	for _, sh := range m.Supply {
		p := a.Columns[ci].ProfileAt(sh.Level)
		if p == nil {
			continue
		}
		for _, in := range p.Inputs {
			if ch := a.Channel(in.Channel); ch != nil && ch.Area == area {
				return true
			}
		}
	}
	return false
}
