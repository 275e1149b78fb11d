package tour

import (
	"errors"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/preset"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
)

// Validate checks the tours against the atlas, the lesion engine and the
// presets: every camera view name, trace start, lesion site, preset id and
// section level must exist. The error names the tour, the step and the bad
// value of every fault found.
func Validate(tours []Tour, a *anatomy.Atlas, eng *lesion.Engine, presets []preset.Preset) error {
	ids := make(map[string]bool, len(presets))
	for _, p := range presets {
		ids[p.ID] = true
	}
	var errs []error
	for _, t := range tours {
		for i, s := range t.Steps {
			fault := func(field, msg string) {
				errs = append(errs, &Error{File: t.File, Tour: t.ID, Step: i + 1, Field: field, Msg: msg})
			}
			if s.Camera != nil && s.Camera.View != "" {
				var c view.Camera
				if err := c.SetView(s.Camera.View); err != nil {
					fault("camera.view", err.Error())
				}
			}
			if s.Trace != "" {
				if _, err := trace.ParseStart(a, s.Trace); err != nil {
					fault("trace", err.Error())
				}
			}
			if s.Arrived && s.EffectiveMode() != Trace {
				fault("arrived", "a step arrives at the muscles only in trace mode, with a trace")
			}
			for _, m := range s.Marks {
				if _, err := ParseMark(a, m); err != nil {
					fault("marks", err.Error())
				}
			}
			for _, site := range s.Sites {
				if _, err := eng.ParseSite(site); err != nil {
					fault("sites", err.Error())
				}
			}
			if s.Preset != "" && !ids[s.Preset] {
				fault("preset", "unknown preset "+quote(s.Preset))
			}
			if s.Section != "" {
				if _, err := geom.FindSectionLevel(a, s.Section); err != nil {
					fault("section", err.Error())
				}
			}
		}
	}
	return errors.Join(errs...)
}

func quote(s string) string { return `"` + s + `"` }

// LesionSites returns the sites a lesion step stands for: its own, or its
// preset's, parsed by eng; nil for a step with neither.
func (s Step) LesionSites(eng *lesion.Engine, presets []preset.Preset) ([]lesion.Site, error) {
	if s.Preset != "" {
		for i := range presets {
			if presets[i].ID == s.Preset {
				return presets[i].Sites(eng)
			}
		}
		return nil, errors.New("unknown preset " + quote(s.Preset))
	}
	var out []lesion.Site
	for _, text := range s.Sites {
		site, err := eng.ParseSite(text)
		if err != nil {
			return nil, err
		}
		out = append(out, site)
	}
	return out, nil
}
