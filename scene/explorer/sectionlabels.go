package explorer

import (
	"strings"
	"unicode"

	"github.com/decussate/decussate/scene/geom"
)

// A section without labels teaches little: opening one turns the labels
// on, so that its cut structures and tracts are named, and closing it
// turns them off again, unless the student chose them with the labels key
// in between (their choice stays). The state keeps one Labels, so that a
// link holds what is shown and opens it again as it was.

// openSection cuts the model at the section's level, named: where it last
// cut, or, in lesion mode, through the lesions when the last level shows
// none of them (lesionLevel).
func (e *Explorer) openSection() {
	s := &e.st
	if i, ok := e.lesionLevel(); ok {
		e.sectionAt = i
	}
	s.Section = e.Level().ID
	if !s.Labels {
		s.Labels, e.sectionLabelled = true, true
	}
	e.aimSection()
}

// closeSection takes the section away, and the labels opening it turned
// on.
func (e *Explorer) closeSection() {
	s := &e.st
	if s.Section != "" && e.sectionLabelled {
		s.Labels = false
	}
	s.Section, e.sectionLabelled = "", false
}

// stepLabelsSection reports whether a tour's step labels its section
// although the labels are off: a step's section names what its caption
// names (stepSectionNames), whatever labels it keeps for the model. The
// state's labels stay the step's, so that its camera frames the cut as
// its author saw it, without room set aside for the model's names.
func (e *Explorer) stepLabelsSection() bool {
	return e.player != nil && e.st.Section != ""
}

// stepSectionNames returns a tour's step's section as it is drawn: without
// the cerebellum's cut face behind the brainstem, which left the labels no
// room beside the nuclei near its back (a step is about the brainstem),
// and naming only what its caption names, when it names any of the cut's
// structures: the names beside them crowded those the caption is about
// out of the free area (the hypoglossal nucleus at the medulla on a
// phone). The nuclei the caption does not name are never named: they are
// the cut's many small discs. Beside lesion mode's panels (narrow), a
// caption naming a nucleus has it named alone: there the pyramids' names
// left the nucleus ambiguus none.
func stepSectionNames(meshes []geom.Mesh, caption string, narrow bool) []geom.Mesh {
	words := captionWords(caption)
	out := meshes[:0]
	named, nucleiAlone := false, false
	for i := range meshes {
		m := &meshes[i]
		if strings.HasPrefix(m.ID, "section.cerebellum") {
			continue
		}
		out = append(out, *m)
		if m.Major && captionNames(words, m.Name) {
			named = true
			nucleiAlone = nucleiAlone || narrow && strings.HasPrefix(m.ID, "section.nucleus.")
		}
	}
	for i := range out {
		m := &out[i]
		isNucleus := strings.HasPrefix(m.ID, "section.nucleus.")
		if m.Major && (!captionNames(words, m.Name) && (named || isNucleus) || nucleiAlone && !isNucleus) {
			m.Major = false
		}
	}
	return out
}

// lesionSectionNames returns the section lesion mode draws: without the
// cerebellum's cut face behind the brainstem, as a tour's step does
// (stepSectionNames). A lesion there is about the brainstem, and beside
// the cerebellum's and the peduncles' names the nucleus under a lesion's
// mark had no room (the left facial motor nucleus of Foville's syndrome
// at the caudal pons, its right twin named alone).
func lesionSectionNames(meshes []geom.Mesh) []geom.Mesh {
	out := meshes[:0]
	for i := range meshes {
		if !strings.HasPrefix(meshes[i].ID, "section.cerebellum") {
			out = append(out, meshes[i])
		}
	}
	return out
}

// captionWords returns caption's words, in lower case.
func captionWords(caption string) []string {
	return strings.FieldsFunc(strings.ToLower(caption), func(r rune) bool { return !unicode.IsLetter(r) })
}

// vagueWords name no structure alone: a caption saying "motor" or
// "nucleus" names none of the cut's.
var vagueWords = map[string]bool{"left": true, "right": true, "nucleus": true, "motor": true, "inferior": true, "superior": true,
	"internal": true, "cerebral": true, "medullary": true, "pontine": true, "tract": true, "fibres": true, "lateral": true, "anterior": true}

// captionNames reports whether a caption of words names the structure
// called name: by a word of its name, not a vague one, that starts one of
// the caption's words (the olive of the inferior olive, the crus of the
// crus cerebri, the facial nucleus of the facial motor nucleus, pyramids).
func captionNames(words []string, name string) bool {
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i]
	}
	for _, nw := range strings.Fields(strings.ToLower(name)) {
		if len(nw) < 4 || vagueWords[nw] {
			continue
		}
		for _, cw := range words {
			if strings.HasPrefix(cw, nw) {
				return true
			}
		}
	}
	return false
}

// SectionMeshes returns the section's cut face, with the traced chain's
// fibres lit on it; nothing when the model is not cut.
func (e *Explorer) SectionMeshes() []geom.Mesh {
	if e.st.Section == "" {
		return nil
	}
	meshes := geom.Section(e.cfg.Atlas, e.Level().Z, e.Chain(geom.TrueScale))
	if e.player != nil {
		meshes = stepSectionNames(meshes, e.player.Step().Caption, e.st.Lesioning())
	} else if e.st.Lesioning() {
		meshes = lesionSectionNames(meshes)
	}
	return meshes
}
