// Package preset reads the named lesions a student can pick from a list
// (assets/presets/*.json): each is only a list of lesion sites, written as
// decussate-cli lesion takes them, with a name, other names, a group and a
// teacher's description. The deficits are never stored: the lesion engine
// computes them from the sites.
package preset

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/decussate/decussate/internal/datafiles"
	"github.com/decussate/decussate/internal/jsonerr"
	"github.com/decussate/decussate/scene/lesion"
)

// Preset is one named lesion.
type Preset struct {
	// ID is a stable key: lower case letters, digits and underscores.
	ID string `json:"id"`
	// Name is the name shown in the list.
	Name string `json:"name"`
	// Aka lists other names the lesion goes by, for search.
	Aka []string `json:"aka,omitempty"`
	// Group is one of Groups: where along the neuraxis the lesion lies.
	Group string `json:"group"`
	// SiteSpecs are the lesion's sites as the command line writes them,
	// ID[:SIDE][@LEVEL] or point:X,Y,Z,R; Sites parses them.
	SiteSpecs []string `json:"sites"`
	// Description says what is damaged and the expected picture.
	Description string `json:"description"`
	// Src lists the atlas sources (atlas/sources.json) behind the preset.
	Src []string `json:"src"`
	// File is the preset file the preset was read from.
	File string `json:"-"`
}

// presetFields is a Preset without its methods, for the decoder. In the
// browser build the linker keeps every exported method of a type that
// reflection reaches (Ebiten's shader compiler imports text/template, which
// puts it in that mode), and Sites reaches the lesion engine, whose mathgl
// vectors would keep the whole of mathgl: half a megabyte of WebAssembly.
type presetFields Preset

// Groups lists the groups a preset may belong to, head to periphery.
var Groups = []string{"hemisphere", "brainstem", "cranial_nerve", "cord", "root", "nerve", "disease"}

// Error is a fault in a preset file, naming the file, the preset and the
// field.
type Error struct {
	File   string
	Preset string
	Field  string
	Msg    string
}

// Error returns the fault as one line: "presets presets.json: weber: sites: empty".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("presets")
	if e.File != "" {
		b.WriteString(" ")
		b.WriteString(e.File)
	}
	if e.Preset != "" {
		b.WriteString(": ")
		b.WriteString(e.Preset)
	}
	if e.Field != "" {
		b.WriteString(": ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// ValidID reports whether id is a well-formed preset or tour id: words of
// lower-case letters and digits joined by single underscores. (Written out
// rather than as a regular expression: the regexp package alone would add
// tens of kilobytes to the browser's download.)
func ValidID(id string) bool {
	if id == "" || id[0] == '_' || id[len(id)-1] == '_' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '_' && id[i-1] != '_':
		default:
			return false
		}
	}
	return true
}

// Load reads every *.json file at the root of fsys (assets.Presets() gives
// the embedded ones), in name order, strictly: an unknown field, a missing
// id, name, group, description or source, an empty site list and an id used
// twice are faults. The error names the file, the preset and the field of
// every fault found.
func Load(fsys fs.FS) ([]Preset, error) {
	names, err := datafiles.JSON(fsys)
	if err != nil {
		return nil, &Error{File: "*.json", Msg: err.Error()}
	}
	if len(names) == 0 {
		return nil, &Error{File: "*.json", Msg: "no preset files"}
	}
	var out []Preset
	var errs []error
	first := map[string]string{} // id -> file where it first appears
	for _, name := range names {
		ps, ferrs := loadFile(fsys, name)
		errs = append(errs, ferrs...)
		for _, p := range ps {
			if p.ID != "" {
				if f, dup := first[p.ID]; dup {
					errs = append(errs, &Error{File: name, Preset: p.ID, Field: "id", Msg: "duplicate id (first in " + f + ")"})
					continue
				}
				first[p.ID] = name
			}
			out = append(out, p)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// loadFile reads one preset file.
func loadFile(fsys fs.FS, name string) ([]Preset, []error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, []error{&Error{File: name, Msg: fmt.Sprintf("cannot read: %v", err)}}
	}
	var file struct {
		Comment string            `json:"comment"`
		Presets []json.RawMessage `json:"presets"`
	}
	if err := jsonerr.DecodeStrict(data, &file); err != nil {
		field, msg := jsonerr.Describe(data, err)
		return nil, []error{&Error{File: name, Field: field, Msg: msg}}
	}
	if file.Presets == nil {
		return nil, []error{&Error{File: name, Field: "presets", Msg: "missing: want a list of presets"}}
	}
	var out []Preset
	var errs []error
	for i, raw := range file.Presets {
		label := presetLabel(raw, i)
		var decoded presetFields
		if err := jsonerr.DecodeStrict(raw, &decoded); err != nil {
			field, msg := jsonerr.Describe(raw, err)
			errs = append(errs, &Error{File: name, Preset: label, Field: field, Msg: msg})
			continue
		}
		p := Preset(decoded)
		p.File = name
		if ferrs := check(&p, name, label); len(ferrs) > 0 {
			errs = append(errs, ferrs...)
			continue
		}
		out = append(out, p)
	}
	return out, errs
}

// presetLabel names a preset for an error: its id when it has a usable
// one, else its position.
func presetLabel(raw json.RawMessage, i int) string {
	var head struct {
		ID any `json:"id"`
	}
	if json.Unmarshal(raw, &head) == nil {
		if id, ok := head.ID.(string); ok && strings.TrimSpace(id) != "" {
			return id
		}
	}
	return fmt.Sprintf("preset %d", i+1)
}

// check returns the faults of one decoded preset.
func check(p *Preset, file, label string) []error {
	var errs []error
	fail := func(field, msg string) {
		errs = append(errs, &Error{File: file, Preset: label, Field: field, Msg: msg})
	}
	switch {
	case p.ID == "":
		fail("id", "missing")
	case !ValidID(p.ID):
		fail("id", fmt.Sprintf("%q: want lower case letters and digits joined by single underscores", p.ID))
	}
	if strings.TrimSpace(p.Name) == "" {
		fail("name", "missing")
	}
	for i, a := range p.Aka {
		if strings.TrimSpace(a) == "" {
			fail(fmt.Sprintf("aka[%d]", i), "empty")
		}
	}
	switch {
	case p.Group == "":
		fail("group", "missing (want one of "+strings.Join(Groups, ", ")+")")
	case !slices.Contains(Groups, p.Group):
		fail("group", fmt.Sprintf("unknown group %q (want one of %s)", p.Group, strings.Join(Groups, ", ")))
	}
	if len(p.SiteSpecs) == 0 {
		fail("sites", "empty: a preset needs at least one site")
	}
	for i, s := range p.SiteSpecs {
		if strings.TrimSpace(s) == "" {
			fail(fmt.Sprintf("sites[%d]", i), "empty site")
		}
	}
	if strings.TrimSpace(p.Description) == "" {
		fail("description", "missing")
	}
	if len(p.Src) == 0 {
		fail("src", "missing: name at least one source of atlas/sources.json")
	}
	return errs
}

// Sites parses the preset's sites with the engine's atlas. The error names
// the preset and the bad site.
func (p *Preset) Sites(eng *lesion.Engine) ([]lesion.Site, error) {
	out := make([]lesion.Site, 0, len(p.SiteSpecs))
	for i, spec := range p.SiteSpecs {
		s, err := eng.ParseSite(spec)
		if err != nil {
			return nil, &Error{File: p.File, Preset: p.ID, Field: fmt.Sprintf("sites[%d]", i), Msg: fmt.Sprintf("%q: %v", spec, err)}
		}
		out = append(out, s)
	}
	return out, nil
}

// Validate checks the presets against the engine's atlas: every site
// parses and every source is one of the atlas's. The error names the
// preset and the bad site or source of every fault.
func Validate(presets []Preset, eng *lesion.Engine) error {
	sources := map[string]bool{}
	for _, s := range eng.Atlas().Sources {
		sources[s.ID] = true
	}
	var errs []error
	for i := range presets {
		p := &presets[i]
		for j, spec := range p.SiteSpecs {
			if _, err := eng.ParseSite(spec); err != nil {
				errs = append(errs, &Error{File: p.File, Preset: p.ID, Field: fmt.Sprintf("sites[%d]", j), Msg: fmt.Sprintf("%q: %v", spec, err)})
			}
		}
		for j, src := range p.Src {
			if !sources[src] {
				errs = append(errs, &Error{File: p.File, Preset: p.ID, Field: fmt.Sprintf("src[%d]", j), Msg: fmt.Sprintf("unknown source %q (atlas/sources.json lists them)", src)})
			}
		}
	}
	return errors.Join(errs...)
}
