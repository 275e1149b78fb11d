package anatomy

// requiredLists fails on the first list of the atlas that must hold
// entries and is empty (or missing): without sites every lesion would be
// "unknown", blaming the user for a broken atlas; without muscles nothing
// could weaken. It runs before the other checks, so that the fault named
// is the empty list, not what it leaves dangling.
func (v *validator) requiredLists() {
	a := v.a
	for _, l := range []struct {
		file, field string
		n           int
	}{
		{"sources.json", "sources", len(a.Sources)},
		{"segments.json", "segments", len(a.Segments)},
		{"umn.json", "areas", len(a.Areas)},
		{"pathways.json", "stations", len(a.Stations)},
		{"pathways.json", "channels", len(a.Channels)},
		{"pathways.json", "decussations", len(a.Decussations)},
		{"pathways.json", "spinal_tracts", len(a.Tracts)},
		{"columns.json", "columns", len(a.Columns)},
		{"nuclei.json", "nuclei", len(a.Nuclei)},
		{"nerves.json", "nerves", len(a.Nerves)},
		{"muscles.json", "muscles", len(a.Muscles)},
		{"reflexes.json", "reflexes", len(a.Reflexes)},
		{"sites.json", "sites", len(a.Sites)},
	} {
		if l.n == 0 {
			v.fail(l.file, "", l.field, "the list is empty or missing: the atlas needs at least one")
		}
	}
	// The lists inside entries that the engine cannot do without.
	for _, c := range a.Columns {
		if len(c.Profiles) == 0 {
			v.fail("columns.json", c.ID, "profiles", "empty: a column needs the drive of its pools")
		}
	}
	for _, n := range a.Nuclei {
		if len(n.Pools) == 0 {
			v.fail("nuclei.json", n.ID, "pools", "empty: a nucleus needs its pools")
		}
	}
}
