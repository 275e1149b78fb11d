package preset_test

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/preset"
)

var (
	embeddedOnce sync.Once
	embedded     []preset.Preset
	embeddedErr  error
)

// loadEmbedded returns the embedded presets and the engine over the
// embedded atlas (anatomy.Load(assets.Atlas()), lesion.New).
func loadEmbedded(t *testing.T) ([]preset.Preset, *lesion.Engine) {
	t.Helper()
	eng := testatlas.Engine(t)
	embeddedOnce.Do(func() { embedded, embeddedErr = preset.Load(assets.Presets()) })
	if embeddedErr != nil {
		t.Fatalf("loading the embedded presets: %v", embeddedErr)
	}
	return embedded, eng
}

func TestEmbeddedPresetsLoadAndValidate(t *testing.T) {
	ps, eng := loadEmbedded(t)
	if len(ps) < 30 {
		t.Errorf("%d presets, want at least 30", len(ps))
	}
	if err := preset.Validate(ps, eng); err != nil {
		t.Fatalf("the embedded presets do not validate:\n%v", err)
	}
	for i := range ps {
		p := &ps[i]
		sites, err := p.Sites(eng)
		if err != nil {
			t.Errorf("%s: %v", p.ID, err)
			continue
		}
		if len(sites) != len(p.SiteSpecs) {
			t.Errorf("%s: %d sites parsed from %d", p.ID, len(sites), len(p.SiteSpecs))
		}
		if p.File != "presets.json" {
			t.Errorf("%s: File = %q, want presets.json", p.ID, p.File)
		}
	}
}

// TestIssueCoverage: the lesions the issue names are all there.
func TestIssueCoverage(t *testing.T) {
	ps, _ := loadEmbedded(t)
	have := map[string]bool{}
	groups := map[string]int{}
	for _, p := range ps {
		have[p.ID] = true
		groups[p.Group]++
	}
	for _, id := range []string{
		"capsular_lacune", "mca_cortical", "aca_cortical", "corona_radiata",
		"weber", "millard_gubler", "foville", "raymond", "locked_in", "medial_medullary", "lateral_medullary",
		"cruciate_paralysis", "hemiplegia_cruciata",
		"brown_sequard_c5", "brown_sequard_t10", "transection_c3", "transection_c5", "transection_t6",
		"central_cord_c5", "anterior_cord_t4", "ventral_horn_c8", "poliomyelitis",
		"root_c5", "root_c7", "root_l5", "root_s1", "conus_medullaris", "cauda_equina",
		"bells_palsy", "cn3_palsy", "cn4_palsy", "cn6_palsy", "cn12_palsy", "accessory_nerve",
		"radial_spiral_groove", "ulnar_nerve", "median_nerve", "common_peroneal", "axillary_nerve",
		"long_thoracic", "femoral_nerve", "sciatic_nerve", "phrenic_bilateral",
		"als", "pls", "pma", "progressive_bulbar_palsy", "pseudobulbar_palsy",
	} {
		if !have[id] {
			t.Errorf("no preset %q", id)
		}
	}
	for _, g := range preset.Groups {
		if groups[g] == 0 {
			t.Errorf("no preset in group %q", g)
		}
	}
}

// TestEveryPresetComputesSomething: every preset gives at least one
// deficit or sign, in both phases.
func TestEveryPresetComputesSomething(t *testing.T) {
	ps, eng := loadEmbedded(t)
	for i := range ps {
		sites, err := ps[i].Sites(eng)
		if err != nil {
			t.Fatal(err)
		}
		for _, phase := range []lesion.Phase{lesion.Chronic, lesion.Acute} {
			res := eng.Evaluate(sites, phase)
			if len(res.Deficits)+len(res.Signs) == 0 {
				t.Errorf("%s (%s): no deficit and no sign (%s)", ps[i].ID, phase, res.Summary)
			}
		}
	}
}

func TestSitesErrorNamesPresetAndSite(t *testing.T) {
	_, eng := loadEmbedded(t)
	p := preset.Preset{ID: "bad", File: "x.json", SiteSpecs: []string{"cn3:L", "cn3:Q"}}
	_, err := p.Sites(eng)
	if err == nil {
		t.Fatal("a bad side parsed")
	}
	for _, want := range []string{"x.json", "bad", "sites[1]", `"cn3:Q"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %s", err, want)
		}
	}
}

func TestValidateErrors(t *testing.T) {
	_, eng := loadEmbedded(t)
	for _, c := range []struct {
		site, src string
		want      []string
	}{
		{"cn99:L", "blumenfeld2021", []string{"sites[1]", `"cn99:L"`, "unknown site"}},
		{"cn3:Q", "blumenfeld2021", []string{"sites[1]", `"cn3:Q"`, "side"}},
		{"ventral_root:L", "blumenfeld2021", []string{"sites[1]", `"ventral_root:L"`, "needs a level"}},
		{"ventral_root:L@Z9", "blumenfeld2021", []string{"sites[1]", "level"}},
		{"cn7:L@C5", "blumenfeld2021", []string{"sites[1]", "takes no level"}},
		{"cord.transection:L@C5", "blumenfeld2021", []string{"sites[1]", "does not take side L"}},
		{"point:1,2,3", "blumenfeld2021", []string{"sites[1]", "point"}},
		{"cn7:L", "nobody2099", []string{"src[0]", `"nobody2099"`}},
	} {
		ps := []preset.Preset{
			{ID: "fine", File: "p.json", SiteSpecs: []string{"cn7:L"}, Src: []string{"blumenfeld2021"}},
			{ID: "broken", File: "p.json", SiteSpecs: []string{"cn6:L", c.site}, Src: []string{c.src}},
		}
		err := preset.Validate(ps, eng)
		if err == nil {
			t.Errorf("%s / %s: validated", c.site, c.src)
			continue
		}
		var pe *preset.Error
		if !errors.As(err, &pe) || pe.Preset != "broken" || pe.File != "p.json" {
			t.Errorf("%s: error %v does not name the file and the preset", c.site, err)
		}
		for _, want := range append(c.want, "p.json", "broken") {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%s: error %q does not say %q", c.site, err, want)
			}
		}
		if strings.Contains(err.Error(), "fine") {
			t.Errorf("%s: error %q blames the good preset", c.site, err)
		}
	}
}

// good is one valid preset, as JSON, for the broken-file cases to change.
const good = `{"id": "weber", "name": "Weber syndrome", "aka": ["ventral midbrain"], "group": "brainstem",
 "sites": ["cerebral_peduncle:L", "cn3:L"], "description": "Midbrain.", "src": ["blumenfeld2021"]}`

func file(presets ...string) string {
	return `{"comment": "test", "presets": [` + strings.Join(presets, ",\n") + `]}`
}

func TestLoadErrors(t *testing.T) {
	for _, c := range []struct {
		name  string
		files map[string]string
		want  []string // each must be in the error
	}{
		{"syntax", map[string]string{"a.json": "{\"presets\": [\n" + good + ",\n}"}, []string{"a.json", "line 4"}},
		{"not an object", map[string]string{"a.json": `[1]`}, []string{"a.json", "want"}},
		{"trailing data", map[string]string{"a.json": file(good) + "{}"}, []string{"a.json", "trailing"}},
		{"unknown top field", map[string]string{"a.json": `{"presetz": []}`}, []string{"a.json", "presetz", "unknown field"}},
		{"no presets list", map[string]string{"a.json": `{"comment": "x"}`}, []string{"a.json", "presets", "missing"}},
		{"unknown preset field", map[string]string{"a.json": file(strings.Replace(good, `"aka"`, `"akaa"`, 1))}, []string{"a.json: weber: akaa: unknown field"}},
		{"wrong type", map[string]string{"a.json": file(strings.Replace(good, `["cerebral_peduncle:L", "cn3:L"]`, `"cn3:L"`, 1))}, []string{"a.json: weber: sites: ", "want []string"}},
		{"missing name", map[string]string{"a.json": file(strings.Replace(good, `"Weber syndrome"`, `""`, 1))}, []string{"a.json: weber: name: missing"}},
		{"missing id", map[string]string{"a.json": file(good, strings.Replace(good, `"id": "weber"`, `"id": ""`, 1))}, []string{"a.json: preset 2: id: missing"}},
		{"bad id", map[string]string{"a.json": file(strings.Replace(good, `"id": "weber"`, `"id": "Weber Syndrome"`, 1))}, []string{"a.json: Weber Syndrome: id: "}},
		{"empty sites", map[string]string{"a.json": file(strings.Replace(good, `["cerebral_peduncle:L", "cn3:L"]`, `[]`, 1))}, []string{"a.json: weber: sites: empty"}},
		{"no sites", map[string]string{"a.json": file(strings.Replace(good, `"sites": ["cerebral_peduncle:L", "cn3:L"],`, ``, 1))}, []string{"a.json: weber: sites: empty"}},
		{"empty site", map[string]string{"a.json": file(strings.Replace(good, `"cn3:L"`, `" "`, 1))}, []string{"a.json: weber: sites[1]: empty"}},
		{"bad group", map[string]string{"a.json": file(strings.Replace(good, `"brainstem"`, `"pons"`, 1))}, []string{"a.json: weber: group: unknown group \"pons\""}},
		{"no description", map[string]string{"a.json": file(strings.Replace(good, `"Midbrain."`, `""`, 1))}, []string{"a.json: weber: description: missing"}},
		{"no src", map[string]string{"a.json": file(strings.Replace(good, `["blumenfeld2021"]`, `[]`, 1))}, []string{"a.json: weber: src: missing"}},
		{"empty aka", map[string]string{"a.json": file(strings.Replace(good, `["ventral midbrain"]`, `["x", ""]`, 1))}, []string{"a.json: weber: aka[1]: empty"}},
		{"duplicate id", map[string]string{"a.json": file(good, good)}, []string{"a.json: weber: id: duplicate id (first in a.json)"}},
		{"duplicate id across files", map[string]string{"a.json": file(good), "b.json": file(good)}, []string{"b.json: weber: id: duplicate id (first in a.json)"}},
		{"no files", map[string]string{"readme.txt": "x"}, []string{"no preset files"}},
		{"two faults", map[string]string{"a.json": file(strings.Replace(good, `"Weber syndrome"`, `""`, 1), strings.Replace(strings.Replace(good, "weber", "raymond", 1), `"Midbrain."`, `""`, 1))},
			[]string{"a.json: weber: name: missing", "a.json: raymond: description: missing"}},
	} {
		fsys := fstest.MapFS{}
		for name, text := range c.files {
			fsys[name] = &fstest.MapFile{Data: []byte(text)}
		}
		ps, err := preset.Load(fsys)
		if err == nil {
			t.Errorf("%s: loaded %d presets", c.name, len(ps))
			continue
		}
		if ps != nil {
			t.Errorf("%s: returned presets beside the error", c.name)
		}
		var pe *preset.Error
		if !errors.As(err, &pe) {
			t.Errorf("%s: %v is not a *preset.Error", c.name, err)
		}
		for _, want := range c.want {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%s: error %q does not say %q", c.name, err, want)
			}
		}
	}
}

func TestLoadGood(t *testing.T) {
	raymond := strings.NewReplacer(`"weber"`, `"raymond"`, `"Weber syndrome"`, `"Raymond syndrome"`).Replace(good)
	fsys := fstest.MapFS{
		"b.json":     {Data: []byte(file(raymond))},
		"a.json":     {Data: []byte(file(good))},
		"notes.txt":  {Data: []byte("not a preset file")},
		"sub/c.json": {Data: []byte("not even JSON")},
	}
	ps, err := preset.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || ps[0].ID != "weber" || ps[1].ID != "raymond" || ps[0].File != "a.json" || ps[1].File != "b.json" {
		t.Fatalf("got %+v, want weber from a.json then raymond from b.json", ps)
	}
	w := ps[0]
	if w.Name != "Weber syndrome" || w.Group != "brainstem" || len(w.Aka) != 1 || w.Description != "Midbrain." ||
		strings.Join(w.SiteSpecs, " ") != "cerebral_peduncle:L cn3:L" || strings.Join(w.Src, " ") != "blumenfeld2021" {
		t.Errorf("weber read as %+v", w)
	}
}

func TestErrorWithoutFile(t *testing.T) {
	e := &preset.Error{Preset: "weber", Field: "sites[0]", Msg: "bad"}
	if got := e.Error(); got != "presets: weber: sites[0]: bad" {
		t.Errorf("got %q", got)
	}
}
