package anatomy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/decussate/decussate/internal/jsonerr"
)

// Error is a fault in an atlas file, naming the file, the entry and the
// field, so that whoever edits the atlas can find it.
type Error struct {
	File  string
	Entry string
	Field string
	Msg   string
}

// Error returns the fault as one line: "atlas muscles.json: biceps: nerves: unknown nerve "x"".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("atlas ")
	b.WriteString(e.File)
	if e.Entry != "" {
		b.WriteString(": ")
		b.WriteString(e.Entry)
	}
	if e.Field != "" {
		b.WriteString(": ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// Load reads the atlas files at the root of fsys (assets.Atlas() gives the
// embedded ones) and checks them. The error names the file, entry and field
// of the first fault found.
func Load(fsys fs.FS) (*Atlas, error) {
	a := &Atlas{}
	var files struct {
		Sources struct {
			Sources []Source `json:"sources"`
		}
		Segments struct {
			Comment  string    `json:"comment"`
			Src      []string  `json:"src"`
			Segments []Segment `json:"segments"`
		}
		UMN struct {
			Comment string `json:"comment"`
			Areas   []Area `json:"areas"`
		}
		Pathways struct {
			Comment      string        `json:"comment"`
			Src          []string      `json:"src"`
			Stations     []Station     `json:"stations"`
			Channels     []Channel     `json:"channels"`
			Decussations []Decussation `json:"decussations"`
			Tracts       []SpinalTract `json:"spinal_tracts"`
		}
		Columns struct {
			Comment string   `json:"comment"`
			Src     []string `json:"src"`
			Columns []Column `json:"columns"`
		}
		Nuclei struct {
			Comment string    `json:"comment"`
			Src     []string  `json:"src"`
			Nuclei  []Nucleus `json:"nuclei"`
		}
		Nerves struct {
			Comment string   `json:"comment"`
			Src     []string `json:"src"`
			Nerves  []Nerve  `json:"nerves"`
		}
		Muscles struct {
			Comment string   `json:"comment"`
			Src     []string `json:"src"`
			Muscles []Muscle `json:"muscles"`
		}
		Reflexes struct {
			Comment  string   `json:"comment"`
			Src      []string `json:"src"`
			Reflexes []Reflex `json:"reflexes"`
		}
		Sites struct {
			Comment string   `json:"comment"`
			Src     []string `json:"src"`
			Sites   []Site   `json:"sites"`
		}
	}
	steps := []struct {
		file string
		into any
	}{
		{"sources.json", &files.Sources},
		{"segments.json", &files.Segments},
		{"umn.json", &files.UMN},
		{"pathways.json", &files.Pathways},
		{"columns.json", &files.Columns},
		{"nuclei.json", &files.Nuclei},
		{"nerves.json", &files.Nerves},
		{"muscles.json", &files.Muscles},
		{"reflexes.json", &files.Reflexes},
		{"sites.json", &files.Sites},
	}
	for _, s := range steps {
		if err := decodeFile(fsys, s.file, s.into); err != nil {
			return nil, err
		}
	}
	model, err := decodeModel(fsys)
	if err != nil {
		return nil, err
	}
	a.Sources = files.Sources.Sources
	a.Model = model
	a.Segments = files.Segments.Segments
	a.Areas = files.UMN.Areas
	a.Stations = files.Pathways.Stations
	a.Channels = files.Pathways.Channels
	a.Decussations = files.Pathways.Decussations
	a.Tracts = files.Pathways.Tracts
	a.Columns = files.Columns.Columns
	a.Nuclei = files.Nuclei.Nuclei
	a.Nerves = files.Nerves.Nerves
	a.Muscles = files.Muscles.Muscles
	a.Reflexes = files.Reflexes.Reflexes
	a.Sites = files.Sites.Sites

	v := validator{a: a}
	v.fileSrc("segments.json", files.Segments.Src)
	v.fileSrc("pathways.json", files.Pathways.Src)
	v.fileSrc("columns.json", files.Columns.Src)
	v.fileSrc("nuclei.json", files.Nuclei.Src)
	v.fileSrc("nerves.json", files.Nerves.Src)
	v.fileSrc("muscles.json", files.Muscles.Src)
	v.fileSrc("reflexes.json", files.Reflexes.Src)
	v.fileSrc("sites.json", files.Sites.Src)
	if err := v.run(); err != nil {
		return nil, err
	}
	return a, nil
}

// decodeFile decodes one atlas file strictly: an unknown field is a fault,
// since it is most often a misspelt one whose value would be ignored.
func decodeFile(fsys fs.FS, name string, into any) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return &Error{File: name, Msg: fmt.Sprintf("cannot read: %v", err)}
	}
	if err := jsonerr.DecodeStrict(data, into); err != nil {
		return &Error{File: name, Msg: describeJSONError(data, err)}
	}
	return nil
}

// describeJSONError turns a decoding error into words with a line number.
func describeJSONError(data []byte, err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	if field, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		// Point at the misspelt key, which is most often the fault.
		if at := bytes.Index(data, []byte(field+":")); at >= 0 {
			return fmt.Sprintf("line %d: unknown field %s (misspelt?)", jsonerr.Line(data, int64(at)), field)
		}
		return "unknown field " + field
	}
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("line %d: %v", jsonerr.Line(data, syn.Offset), syn)
	case errors.As(err, &typ):
		return fmt.Sprintf("line %d: field %s: want %v, got a JSON %s", jsonerr.Line(data, typ.Offset), typ.Field, typ.Type, typ.Value)
	}
	return err.Error()
}

// decodeModel reads model.json, whose numbers sit beside their comments.
func decodeModel(fsys fs.FS) (Model, error) {
	const name = "model.json"
	var raw map[string]json.RawMessage
	if err := decodeFile(fsys, name, &raw); err != nil {
		return Model{}, err
	}
	var m Model
	fields := []struct {
		key  string
		into *float64
	}{
		{"redundancy", &m.Redundancy},
		{"full_loss", &m.FullLoss},
		{"floor", &m.Floor},
		{"reflex_arc_loss", &m.ReflexArcLoss},
		{"umn_sign", &m.UMNSign},
		{"clonus", &m.Clonus},
		{"mixed_share", &m.MixedShare},
		{"key_muscle_weight", &m.KeyMuscleWeight},
		{"takeover", &m.Takeover},
	}
	known := map[string]bool{"comment": true, "src": true}
	for _, f := range fields {
		known[f.key] = true
		b, ok := raw[f.key]
		if !ok {
			return m, &Error{File: name, Field: f.key, Msg: "missing"}
		}
		if err := json.Unmarshal(b, f.into); err != nil || *f.into <= 0 || *f.into >= 1 {
			return m, &Error{File: name, Field: f.key, Msg: fmt.Sprintf("want a number between 0 and 1, got %s", b)}
		}
	}
	if m.FullLoss <= m.Redundancy {
		return m, &Error{File: name, Field: "full_loss", Msg: "must exceed redundancy"}
	}
	for k := range raw {
		if !known[k] && !strings.HasSuffix(k, "_comment") {
			return m, &Error{File: name, Field: k, Msg: "unknown field"}
		}
	}
	return m, nil
}
