package preset_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/preset"
)

// These tests check the presets and the engine together: for each group,
// what the engine computes from a preset's sites must be the anatomy the
// group stands for.

var (
	cranialRegions = []string{"upper_face", "lower_face", "jaw", "palate_pharynx_larynx", "scm", "trapezius", "tongue",
		"eye_adduction_elevation_depression", "eye_intorsion", "eye_abduction"}
	armRegions  = []string{"shoulder", "elbow_flexion", "elbow_extension", "wrist", "hand"}
	legRegions  = []string{"hip", "knee", "ankle_foot"}
	limbRegions = append(slices.Clone(armRegions), legRegions...)
	umnSigns    = []string{"babinski", "hyperreflexia", "clonus"}
	lmnSigns    = []string{"atrophy", "fasciculations"}
	other       = map[string]string{"L": "R", "R": "L"}
)

// evaluated is a preset with the engine's answer.
type evaluated struct {
	p     *preset.Preset
	sites []lesion.Site
	res   *lesion.Result
	// side is the side of every site when they share one, L or R; else "".
	side string
}

// evaluateAll evaluates every embedded preset of group at phase.
func evaluateAll(t *testing.T, group string, phase lesion.Phase) map[string]evaluated {
	t.Helper()
	ps, eng := loadEmbedded(t)
	out := map[string]evaluated{}
	for i := range ps {
		p := &ps[i]
		if p.Group != group {
			continue
		}
		sites, err := p.Sites(eng)
		if err != nil {
			t.Fatal(err)
		}
		side := sites[0].Side
		for _, s := range sites {
			if s.Side != side {
				side = ""
			}
		}
		if side != "L" && side != "R" {
			side = ""
		}
		out[p.ID] = evaluated{p: p, sites: sites, res: eng.Evaluate(sites, phase), side: side}
	}
	if len(out) == 0 {
		t.Fatalf("no preset in group %s", group)
	}
	return out
}

// need returns the named presets of m, failing if one is missing, so that
// a check cannot pass for want of presets.
func need(t *testing.T, m map[string]evaluated, ids ...string) []evaluated {
	t.Helper()
	var out []evaluated
	for _, id := range ids {
		e, ok := m[id]
		if !ok {
			t.Fatalf("no preset %s in the group", id)
		}
		out = append(out, e)
	}
	return out
}

// deficit returns the deficit of region on side, if weak.
func (e evaluated) deficit(region, side string) (lesion.Deficit, bool) {
	for _, d := range e.res.Deficits {
		if d.Region == region && d.Side == side {
			return d, true
		}
	}
	return lesion.Deficit{}, false
}

// weak reports whether any of regions is weak on side with type typ ("" any).
func (e evaluated) weak(regions []string, side, typ string) bool {
	for _, r := range regions {
		if d, ok := e.deficit(r, side); ok && (typ == "" || d.Type == typ) {
			return true
		}
	}
	return false
}

// sign reports whether sign is present on side (or toward side; "" any).
func (e evaluated) sign(sign, side string) bool {
	for _, s := range e.res.Signs {
		if s.Sign == sign && (side == "" || s.Side == side || s.Toward == side) {
			return true
		}
	}
	return false
}

// reflexLost reports whether reflex is among the lost reflexes on side.
func (e evaluated) reflexLost(reflex, side string) bool {
	for _, s := range e.res.Signs {
		if s.Sign == "areflexia" && s.Side == side && slices.Contains(s.Reflexes, reflex) {
			return true
		}
	}
	return false
}

func (e evaluated) maxSeverity(regions []string) float64 {
	m := 0.0
	for _, d := range e.res.Deficits {
		if slices.Contains(regions, d.Region) {
			m = max(m, d.Severity)
		}
	}
	return m
}

func (e evaluated) errorf(t *testing.T, format string, args ...any) {
	t.Helper()
	t.Errorf("%s (%s): "+format+"\n  %s", append(append([]any{e.p.ID, strings.Join(e.p.SiteSpecs, " ")}, args...), e.res.Summary)...)
}

// onlyType checks that every deficit is of type typ.
func (e evaluated) onlyType(t *testing.T, typ string) {
	t.Helper()
	for _, d := range e.res.Deficits {
		if d.Type != typ {
			e.errorf(t, "%s %s is %s, want only %s deficits", d.Region, d.Side, d.Type, typ)
		}
	}
}

// onlySide checks that every deficit and every sided sign is on side.
func (e evaluated) onlySide(t *testing.T, side string) {
	t.Helper()
	for _, d := range e.res.Deficits {
		if d.Side != side {
			e.errorf(t, "%s weak on %s, want only side %s", d.Region, d.Side, side)
		}
	}
	for _, s := range e.res.Signs {
		if s.Side != "" && s.Side != side {
			e.errorf(t, "sign %s on %s, want only side %s", s.Sign, s.Side, side)
		}
	}
}

// noSigns checks that none of signs is present.
func (e evaluated) noSigns(t *testing.T, signs ...string) {
	t.Helper()
	for _, s := range signs {
		if e.sign(s, "") {
			e.errorf(t, "has %s", s)
		}
	}
}

func siteIDs(e evaluated) []string {
	var out []string
	for _, s := range e.sites {
		out = append(out, s.ID)
	}
	return out
}
