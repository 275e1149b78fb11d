package anatomy_test

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/decussate/decussate/scene/anatomy"
)

func TestLoadBrokenAtlas(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(t *testing.T, m fstest.MapFS)
		// The *anatomy.Error must have exactly this file, entry and field,
		// and its message must contain each of msg.
		file, entry, field string
		msg                []string
	}{
		{
			name: "unknown nerve in a muscle",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "muscles.json", func(r map[string]any) {
					entry(t, r, "muscles", "deltoid")["nerves"] = []any{"axilary_nerve"}
				})
			},
			file: "muscles.json", entry: "deltoid", field: "nerves", msg: []string{`unknown nerve "axilary_nerve"`},
		},
		{
			name: "a muscle assisting a movement no muscle makes",
			mutate: func(t *testing.T, m fstest.MapFS) {
				replaceText(t, m, "muscles.json", `"assists": [{"movement": "bending the wrist down", "w": 0.3}]`, `"assists": [{"movement": "bending the wrist", "w": 0.3}]`)
			},
			file: "muscles.json", entry: "flexor_digitorum_superficialis", field: "assists", msg: []string{`no muscle makes the movement "bending the wrist"`},
		},
		{
			name: "a muscle assisting its own movement",
			mutate: func(t *testing.T, m fstest.MapFS) {
				replaceText(t, m, "muscles.json", `"assists": [{"movement": "bending the wrist down", "w": 0.3}]`, `"assists": [{"movement": "gripping with the fingers", "w": 0.3}]`)
			},
			file: "muscles.json", entry: "flexor_digitorum_superficialis", field: "assists", msg: []string{"the muscle's own movement"},
		},
		{
			name: "an assist's weight out of range",
			mutate: func(t *testing.T, m fstest.MapFS) {
				replaceText(t, m, "muscles.json", `"assists": [{"movement": "bending the wrist down", "w": 0.3}]`, `"assists": [{"movement": "bending the wrist down", "w": 0}]`)
			},
			file: "muscles.json", entry: "flexor_digitorum_superficialis", field: "assists", msg: []string{"want in (0, 1]"},
		},
		{
			name: "a muscle with no region, no signs and no reflex watching it",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "reflexes.json", func(r map[string]any) {
					entry(t, r, "reflexes", "cremasteric")["muscle"] = "abdominals"
				})
			},
			file: "muscles.json", entry: "cremaster", field: "region", msg: []string{"a muscle needs a region, signs or a reflex"},
		},
		{
			name: "medial_to_lateral on a cut without a laminated tract",
			mutate: func(t *testing.T, m fstest.MapFS) {
				replaceText(t, m, "sites.json", `{"cord": ["lateral_cst"], "medial_to_lateral"`, `{"cord": ["reticulospinal"], "medial_to_lateral"`)
			},
			file: "sites.json", entry: "cord.central", field: "cuts[1]", msg: []string{"medial_to_lateral needs a laminated tract"},
		},
		{
			name: "plexus levels outside the brachial plexus",
			mutate: func(t *testing.T, m fstest.MapFS) {
				replaceText(t, m, "sites.json", `{"plexus": "C8-T1"}`, `{"plexus": "C8-T2"}`)
			},
			file: "sites.json", entry: "brachial_plexus.lower_trunk", field: "cuts[0]", msg: []string{"outside the brachial plexus"},
		},
		{
			name: "medial_to_lateral share out of range",
			mutate: func(t *testing.T, m fstest.MapFS) {
				replaceText(t, m, "sites.json", `"medial_to_lateral": [0.85, 0.55]`, `"medial_to_lateral": [0.85, 1.55]`)
			},
			file: "sites.json", entry: "cord.central", field: "cuts[1]", msg: []string{"medial_to_lateral shares must lie in (0, 1]"},
		},
		{
			name: "unknown source id in an entry's src",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "nerves.json", func(r map[string]any) {
					entry(t, r, "nerves", "cn7")["src"] = []any{"blumenfeld2021", "blumenfeld2012"}
				})
			},
			file: "nerves.json", entry: "cn7", field: "src", msg: []string{`unknown source "blumenfeld2012"`},
		},
		{
			name: "unknown source id in a file's src",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "reflexes.json", func(r map[string]any) { r["src"] = []any{"gray1918"} })
			},
			file: "reflexes.json", entry: "", field: "src", msg: []string{`unknown source "gray1918"`},
		},
		{
			name: "missing src on an entry",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "umn.json", func(r map[string]any) { delete(entry(t, r, "areas", "leg"), "src") })
			},
			file: "umn.json", entry: "leg", field: "src", msg: []string{"no source"},
		},
		{
			name: "a hot spot of a muscle the area does not drive",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "umn.json", func(r map[string]any) {
					sheet := entry(t, r, "areas", "leg")["sheet"].([]any)
					sheet[0].(map[string]any)["muscle"] = "biceps"
				})
			},
			file: "umn.json", entry: "leg sheet [0]", field: "muscle", msg: []string{"does not drive biceps"},
		},
		{
			name: "a hot spot of an unknown muscle",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "umn.json", func(r map[string]any) {
					sheet := entry(t, r, "areas", "hand")["sheet"].([]any)
					sheet[0].(map[string]any)["muscle"] = "thenar"
				})
			},
			file: "umn.json", entry: "hand sheet [0]", field: "muscle", msg: []string{`unknown muscle "thenar"`},
		},
		{
			name: "a sheet on a brainstem centre",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "umn.json", func(r map[string]any) {
					entry(t, r, "areas", "pprf")["sheet"] = entry(t, r, "areas", "hand")["sheet"]
				})
			},
			file: "umn.json", entry: "pprf", field: "sheet", msg: []string{"only an area of the motor cortex"},
		},
		{
			name: "empty src on a site",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "sites.json", func(r map[string]any) { entry(t, r, "sites", "pyramid")["src"] = []any{} })
			},
			file: "sites.json", entry: "pyramid", field: "src", msg: []string{"no source"},
		},
		{
			name: "missing src on a file",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "columns.json", func(r map[string]any) { delete(r, "src") })
			},
			file: "columns.json", entry: "", field: "src", msg: []string{"no source"},
		},
		{
			name: "channel course skips the internal capsule",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "pathways.json", func(r map[string]any) {
					ch := entry(t, r, "channels", "arm")
					var kept []any
					for _, p := range ch["course"].([]any) {
						if p.(map[string]any)["station"] != "internal_capsule" {
							kept = append(kept, p)
						}
					}
					if len(kept) != len(ch["course"].([]any))-1 {
						t.Fatal("channel arm does not pass internal_capsule once")
					}
					ch["course"] = kept
				})
			},
			file: "pathways.json", entry: "arm", field: "course", msg: []string{"internal_capsule", "skip"},
		},
		{
			name: "corticospinal channel stops short of the pyramid",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "pathways.json", func(r map[string]any) {
					ch := entry(t, r, "channels", "leg")
					c := ch["course"].([]any)
					ch["course"] = c[:len(c)-1]
				})
			},
			file: "pathways.json", entry: "leg", field: "course", msg: []string{"pyramid"},
		},
		{
			name: "cord muscle without segments",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "muscles.json", func(r map[string]any) { delete(entry(t, r, "muscles", "deltoid"), "segments") })
			},
			file: "muscles.json", entry: "deltoid", field: "segments", msg: []string{"needs its segments"},
		},
		{
			// lateral_proximal has pools at C5-T1 and L1-S2, so not at T6.
			name: "muscle segment where its column has no pools",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "muscles.json", func(r map[string]any) {
					entry(t, r, "muscles", "deltoid")["segments"] = map[string]any{"C5": json.Number("0.7"), "T6": json.Number("0.3")}
				})
			},
			file: "muscles.json", entry: "deltoid", field: "segments", msg: []string{"lateral_proximal", "no pools at T6"},
		},
		{
			name: "muscle segment that is not a segment",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "muscles.json", func(r map[string]any) {
					entry(t, r, "muscles", "deltoid")["segments"] = map[string]any{"C5": json.Number("0.7"), "C9": json.Number("0.3")}
				})
			},
			file: "muscles.json", entry: "deltoid", field: "segments", msg: []string{`"C9"`},
		},
		{
			name: "muscle segment shares not summing to 1",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "muscles.json", func(r map[string]any) {
					entry(t, r, "muscles", "deltoid")["segments"] = map[string]any{"C5": json.Number("0.7"), "C6": json.Number("0.4")}
				})
			},
			file: "muscles.json", entry: "deltoid", field: "segments", msg: []string{"1.1"},
		},
		{
			name: "region weights not summing to 1",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "muscles.json", func(r map[string]any) {
					d := entry(t, r, "muscles", "deltoid")
					w, err := d["w"].(json.Number).Float64()
					if err != nil {
						t.Fatal(err)
					}
					d["w"] = json.Number(strconv.FormatFloat(w+0.25, 'f', -1, 64))
				})
			},
			file: "muscles.json", entry: "shoulder", field: "w", msg: []string{"not 1"},
		},
		{
			name: "muscle in an unknown region",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "muscles.json", func(r map[string]any) { entry(t, r, "muscles", "deltoid")["region"] = "shoulders" })
			},
			file: "muscles.json", entry: "deltoid", field: "region", msg: []string{`"shoulders"`},
		},
		{
			name: "a movement made by muscles of two regions",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "muscles.json", func(r map[string]any) {
					entry(t, r, "muscles", "triceps")["movement"] = "bending the elbow"
				})
			},
			file: "muscles.json", entry: "triceps", field: "movement", msg: []string{`"bending the elbow"`, "elbow_flexion"},
		},
		{
			name: "profile input weights not summing to 1",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "columns.json", func(r map[string]any) {
					prof := entry(t, r, "columns", "medial")["profiles"].([]any)[0].(map[string]any)
					if prof["id"] != "neck" {
						t.Fatalf("medial's first profile is %v, want neck", prof["id"])
					}
					in := prof["inputs"].([]any)[0].(map[string]any)
					w, err := in["w"].(json.Number).Float64()
					if err != nil {
						t.Fatal(err)
					}
					in["w"] = json.Number(strconv.FormatFloat(w+0.1, 'f', -1, 64))
				})
			},
			file: "columns.json", entry: "medial profile neck", field: "inputs", msg: []string{"1.1", "not 1"},
		},
		{
			name: "profile input from an unknown tract",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "columns.json", func(r map[string]any) {
					prof := entry(t, r, "columns", "medial")["profiles"].([]any)[0].(map[string]any)
					prof["inputs"].([]any)[0].(map[string]any)["tract"] = "rubrospinal"
				})
			},
			file: "columns.json", entry: "medial profile neck", field: "inputs[0]", msg: []string{`unknown tract "rubrospinal"`},
		},
		{
			name: "reflex naming an unknown muscle",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "reflexes.json", func(r map[string]any) { entry(t, r, "reflexes", "biceps")["muscle"] = "bicep" })
			},
			file: "reflexes.json", entry: "biceps", field: "muscle", msg: []string{`unknown muscle "bicep"`},
		},
		{
			name: "reflex arc at a segment its muscle lacks",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "reflexes.json", func(r map[string]any) {
					entry(t, r, "reflexes", "biceps")["segments"] = map[string]any{"C5": json.Number("0.5"), "C8": json.Number("0.5")}
				})
			},
			file: "reflexes.json", entry: "biceps", field: "segments", msg: []string{"C8"},
		},
		{
			name: "site cut naming an unknown pool",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "sites.json", func(r map[string]any) {
					cut := entry(t, r, "sites", "cn7_nucleus")["cuts"].([]any)[0].(map[string]any)
					cut["pools"] = []any{"cn7.upper", "cn7.middle"}
				})
			},
			file: "sites.json", entry: "cn7_nucleus", field: "cuts[0]", msg: []string{`unknown pool "cn7.middle"`},
		},
		{
			name: "site cut naming an unknown nerve",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "sites.json", func(r map[string]any) {
					entry(t, r, "sites", "median_nerve")["cuts"].([]any)[0].(map[string]any)["nerves"] = []any{"medial_nerve"}
				})
			},
			file: "sites.json", entry: "median_nerve", field: "cuts[0]", msg: []string{`unknown nerve "medial_nerve"`},
		},
		{
			name: "site with bad sides letters",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "sites.json", func(r map[string]any) { entry(t, r, "sites", "pyramid")["sides"] = "LRX" })
			},
			file: "sites.json", entry: "pyramid", field: "sides", msg: []string{`"LRX"`},
		},
		{
			name: "site with no sides",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "sites.json", func(r map[string]any) { entry(t, r, "sites", "pyramid")["sides"] = "" })
			},
			file: "sites.json", entry: "pyramid", field: "sides", msg: []string{"L, R, B and M"},
		},
		{
			name: "site with a bad level range",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "sites.json", func(r map[string]any) { entry(t, r, "sites", "anterior_cst")["levels"] = "T6-C1" })
			},
			file: "sites.json", entry: "anterior_cst", field: "levels", msg: []string{"T6-C1"},
		},
		{
			name: "repeated site id",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "sites.json", func(r map[string]any) { entry(t, r, "sites", "cn4")["id"] = "cn3" })
			},
			file: "sites.json", entry: "cn3", field: "id", msg: []string{"repeated"},
		},
		{
			name: "segment list with a gap (T4 removed)",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "segments.json", func(r map[string]any) {
					var kept []any
					for _, s := range r["segments"].([]any) {
						if s.(map[string]any)["id"] != "T4" {
							kept = append(kept, s)
						}
					}
					r["segments"] = kept
				})
			},
			file: "segments.json", entry: "T5", field: "id", msg: []string{"must be T4", "without a gap"},
		},
		{
			name: "segment list with a gap (T4 written as T5)",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "segments.json", func(r map[string]any) { entry(t, r, "segments", "T4")["id"] = "T5" })
			},
			file: "segments.json", entry: "T5", field: "id", msg: []string{"must be T4"},
		},
		{
			name: "JSON syntax error",
			mutate: func(t *testing.T, m fstest.MapFS) {
				replaceText(t, m, "muscles.json", `"id": "deltoid",`, `"id": "deltoid",,`)
			},
			file: "muscles.json", entry: "", field: "",
			// the line is filled in by the test from the file's text
			msg: []string{"line {deltoid}", "invalid character"},
		},
		{
			name: "wrong JSON type",
			mutate: func(t *testing.T, m fstest.MapFS) {
				replaceText(t, m, "nerves.json", `"r": 1.2`, `"r": "1.2"`)
			},
			file: "nerves.json", entry: "", field: "",
			msg: []string{"line {\"r\": \"1.2\"}", "float64", "string"},
		},
		{
			name: "unknown field (misspelt key)",
			mutate: func(t *testing.T, m fstest.MapFS) {
				replaceText(t, m, "muscles.json", `"id": "deltoid", "region"`, `"id": "deltoid", "regoin"`)
			},
			file: "muscles.json", entry: "", field: "", msg: []string{`unknown field "regoin"`},
		},
		{
			name: "trailing data after the JSON",
			mutate: func(t *testing.T, m fstest.MapFS) {
				m["sources.json"].Data = append(m["sources.json"].Data, []byte("\n{}\n")...)
			},
			file: "sources.json", entry: "", field: "", msg: []string{"trailing data"},
		},
		{
			name:   "missing file",
			mutate: func(t *testing.T, m fstest.MapFS) { delete(m, "reflexes.json") },
			file:   "reflexes.json", entry: "", field: "", msg: []string{"cannot read"},
		},
		{
			name: "model.json value out of range",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "model.json", func(r map[string]any) { r["redundancy"] = json.Number("1.5") })
			},
			file: "model.json", entry: "", field: "redundancy", msg: []string{"1.5", "between 0 and 1"},
		},
		{
			name: "model.json value zero",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "model.json", func(r map[string]any) { r["floor"] = json.Number("0") })
			},
			file: "model.json", entry: "", field: "floor", msg: []string{"between 0 and 1"},
		},
		{
			name: "model.json value missing",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "model.json", func(r map[string]any) { delete(r, "clonus") })
			},
			file: "model.json", entry: "", field: "clonus", msg: []string{"missing"},
		},
		{
			name: "model.json unknown key",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "model.json", func(r map[string]any) { r["redundancey"] = json.Number("0.5") })
			},
			file: "model.json", entry: "", field: "redundancey", msg: []string{"unknown field"},
		},
		// Issue 14: an empty list is the atlas's fault, named as such,
		// not every lesion's "unknown site (nearest: )".
		{
			name: "empty sites list",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "sites.json", func(r map[string]any) { r["sites"] = []any{} })
			},
			file: "sites.json", entry: "", field: "sites", msg: []string{"empty"},
		},
		{
			name: "empty muscles list",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "muscles.json", func(r map[string]any) { r["muscles"] = []any{} })
			},
			file: "muscles.json", entry: "", field: "muscles", msg: []string{"empty"},
		},
		{
			name: "empty sources list",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "sources.json", func(r map[string]any) { r["sources"] = []any{} })
			},
			file: "sources.json", entry: "", field: "sources", msg: []string{"empty"},
		},
		{
			name: "empty areas list",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "umn.json", func(r map[string]any) { r["areas"] = []any{} })
			},
			file: "umn.json", entry: "", field: "areas", msg: []string{"empty"},
		},
		{
			name: "empty channels list",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "pathways.json", func(r map[string]any) { r["channels"] = []any{} })
			},
			file: "pathways.json", entry: "", field: "channels", msg: []string{"empty"},
		},
		{
			name: "empty spinal_tracts list",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "pathways.json", func(r map[string]any) { r["spinal_tracts"] = []any{} })
			},
			file: "pathways.json", entry: "", field: "spinal_tracts", msg: []string{"empty"},
		},
		{
			name: "empty columns list",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "columns.json", func(r map[string]any) { r["columns"] = []any{} })
			},
			file: "columns.json", entry: "", field: "columns", msg: []string{"empty"},
		},
		{
			name: "empty nuclei list",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "nuclei.json", func(r map[string]any) { r["nuclei"] = []any{} })
			},
			file: "nuclei.json", entry: "", field: "nuclei", msg: []string{"empty"},
		},
		{
			name: "empty nerves list",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "nerves.json", func(r map[string]any) { r["nerves"] = []any{} })
			},
			file: "nerves.json", entry: "", field: "nerves", msg: []string{"empty"},
		},
		{
			name: "empty reflexes list",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "reflexes.json", func(r map[string]any) { r["reflexes"] = []any{} })
			},
			file: "reflexes.json", entry: "", field: "reflexes", msg: []string{"empty"},
		},
		{
			name: "empty segments list",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "segments.json", func(r map[string]any) { r["segments"] = []any{} })
			},
			file: "segments.json", entry: "", field: "segments", msg: []string{"empty"},
		},
		{
			name: "empty stations list",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "pathways.json", func(r map[string]any) { r["stations"] = []any{} })
			},
			file: "pathways.json", entry: "", field: "stations", msg: []string{"empty"},
		},
		{
			name: "empty decussations list",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "pathways.json", func(r map[string]any) { r["decussations"] = []any{} })
			},
			file: "pathways.json", entry: "", field: "decussations", msg: []string{"empty"},
		},
		{
			name: "missing sites list",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "sites.json", func(r map[string]any) { delete(r, "sites") })
			},
			file: "sites.json", entry: "", field: "sites", msg: []string{"empty or missing"},
		},
		{
			name: "empty pools of a nucleus",
			mutate: func(t *testing.T, m fstest.MapFS) {
				editJSON(t, m, "nuclei.json", func(r map[string]any) { entry(t, r, "nuclei", "cn7_nucleus")["pools"] = []any{} })
			},
			file: "nuclei.json", entry: "cn7_nucleus", field: "pools", msg: []string{"empty"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := atlasFS(t)
			if _, err := anatomy.Load(m); err != nil {
				t.Fatalf("the unmutated copy does not load: %v", err)
			}
			tc.mutate(t, m)
			a, err := anatomy.Load(m)
			if err == nil {
				t.Fatalf("Load accepted the broken atlas (got %d muscles)", len(a.Muscles))
			}
			if a != nil {
				t.Errorf("Load returned an atlas along with its error")
			}
			var ae *anatomy.Error
			if !errors.As(err, &ae) {
				t.Fatalf("Load error %v (%T) is not an *anatomy.Error", err, err)
			}
			if ae.File != tc.file || ae.Entry != tc.entry || ae.Field != tc.field {
				t.Errorf("Load error names file %q, entry %q, field %q; want %q, %q, %q\n(error: %v)",
					ae.File, ae.Entry, ae.Field, tc.file, tc.entry, tc.field, err)
			}
			text := err.Error()
			if !strings.HasPrefix(text, "atlas "+tc.file) {
				t.Errorf("error %q does not start with %q", text, "atlas "+tc.file)
			}
			for _, want := range tc.msg {
				want = expandLine(t, m, tc.file, want)
				if !strings.Contains(ae.Msg, want) {
					t.Errorf("error message %q does not mention %q", ae.Msg, want)
				}
			}
		})
	}
}
