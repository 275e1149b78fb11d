// Package atlasgen writes the shipped atlas (assets/atlas/*.json, loaded
// and checked by anatomy.Load) as Go files of package anatomy, from which
// anatomy.Shipped gives it to the program without decoding JSON at start.
// cmd/atlasgen writes the files; a test here holds them to the atlas files.
package atlasgen

import (
	"bytes"
	"fmt"
	"go/format"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/decussate/decussate/scene/anatomy"
)

// Generator names the command that writes the files, in their header.
const Generator = "cmd/atlasgen"

// Files returns the Go files of package anatomy, by name, that declare the
// atlas a as the variable shipped: every field the atlas files give, and
// none that checking derives (anatomy.Shipped checks it at start instead).
// Each list of the atlas (sources, segments, channels, nuclei, ...) has a
// file of its own, shipped_<list>.go, so that no file holds the whole
// atlas; shipped_atlas.go joins them. A list longer than maxLines (the
// sites, the muscles) is cut in parts, shipped_<list>_partN.go, which its
// own file joins. The values are plain literals, which
// the Go linker lays out as data.
func Files(a *anatomy.Atlas) (map[string][]byte, error) {
	files := map[string][]byte{}
	v := reflect.ValueOf(*a)
	t := v.Type()
	var join bytes.Buffer
	join.WriteString("var shipped = Atlas{\n")
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || v.Field(i).IsZero() {
			continue
		}
		name := "shipped" + f.Name
		fmt.Fprintf(&join, "%s: %s,\n", f.Name, name)
		w := &goWriter{}
		fmt.Fprintf(&w.body, "// %s is the atlas's %s, unchecked.\nvar %s = ", name, words(f.Name), name)
		w.value(v.Field(i))
		w.body.WriteString("\n")
		if len(w.pointees) > 0 {
			w.body.WriteString("\n// The values the optional fields point to.\nvar (\n")
			for k, p := range w.pointees {
				fmt.Fprintf(&w.body, "%s%d %s\n", name, k, p)
			}
			w.body.WriteString(")\n")
		}
		src, err := file(bytes.ReplaceAll(w.body.Bytes(), []byte("@@"), []byte(name)))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		base := "shipped_" + strings.ToLower(f.Name)
		if f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.Struct {
			split, err := splitList(files, base, name, words(f.Name), v.Field(i), bytes.Count(src, []byte("\n")))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f.Name, err)
			}
			if split {
				continue
			}
		}
		files[base+".go"] = src
	}
	join.WriteString("}\n")
	src, err := file(append([]byte("// shipped is assets/atlas/*.json as Go values, unchecked.\n"), join.Bytes()...))
	if err != nil {
		return nil, err
	}
	files["shipped_atlas.go"] = src
	return files, nil
}

// maxLines is the most lines a file of one list holds: a longer list (the
// sites, the muscles) is written in parts of about one length, each a
// file, which the list's own file joins.
const maxLines = 400

// maxWhole is the most lines a list's whole file may hold with the values
// its optional fields point to, where the list alone is within maxLines:
// past it (the areas, once their sheets grew) the list is cut in two.
const maxWhole = 450

// splitList writes list, the atlas's list called what and declared as
// name, in parts to files: base_partN.go each declare namePartN, and
// base.go joins them as name, with the values its optional fields point
// to, and tells whether it did: a list of at most maxLines lines, whose
// whole file (wholeLines long) is within maxWhole, is left whole. The
// parts are joined at start, which copies a few kilobytes.
func splitList(files map[string][]byte, base, name, what string, list reflect.Value, wholeLines int) (bool, error) {
	w := &goWriter{}
	var elems [][]byte
	total := 0
	for j := range list.Len() {
		start := w.body.Len()
		w.fields(list.Index(j))
		w.body.WriteString(",\n")
		e := bytes.ReplaceAll(w.body.Bytes()[start:], []byte("@@"), []byte(name))
		elems = append(elems, e)
		total += bytes.Count(e, []byte("\n"))
	}
	// Each element goes to the part its middle line falls in, the list's
	// lines cut in k equal lengths.
	k := (total + maxLines - 1) / maxLines
	if k < 2 && wholeLines > maxWhole {
		k = 2
	}
	if k < 2 {
		return false, nil
	}
	parts := make([][][]byte, k)
	at := 0
	for _, e := range elems {
		n := bytes.Count(e, []byte("\n"))
		p := min(k-1, (at+n/2)*k/total)
		parts[p] = append(parts[p], e)
		at += n
	}
	elem := typeName(list.Type().Elem())
	join := fmt.Sprintf("[]%s(nil)", elem)
	for p, es := range parts {
		part := fmt.Sprintf("%sPart%d", name, p+1)
		join = fmt.Sprintf("append(%s, %s...)", join, part)
		var body bytes.Buffer
		fmt.Fprintf(&body, "// %s is the atlas's %s, part %d of %d, unchecked.\nvar %s = []%s{\n", part, what, p+1, len(parts), part, elem)
		for _, e := range es {
			body.Write(e)
		}
		body.WriteString("}\n")
		src, err := file(body.Bytes())
		if err != nil {
			return false, err
		}
		files[fmt.Sprintf("%s_part%d.go", base, p+1)] = src
	}
	var body bytes.Buffer
	fmt.Fprintf(&body, "// %s is the atlas's %s, unchecked, joined from %d parts (%s_part*.go):\n// one file would be too long to read.\nvar %s = %s\n", name, what, len(parts), base, name, join)
	if len(w.pointees) > 0 {
		body.WriteString("\n// The values the optional fields point to.\nvar (\n")
		for k, p := range w.pointees {
			fmt.Fprintf(&body, "%s%d %s\n", name, k, p)
		}
		body.WriteString(")\n")
	}
	src, err := file(body.Bytes())
	if err != nil {
		return false, err
	}
	files[base+".go"] = src
	return true, nil
}

// file returns body as a formatted Go file of package anatomy.
func file(body []byte) ([]byte, error) {
	var out bytes.Buffer
	fmt.Fprintf(&out, "// Code generated by %s; DO NOT EDIT.\n\npackage anatomy\n\n", Generator)
	out.Write(body)
	formatted, err := format.Source(out.Bytes())
	if err != nil {
		return nil, fmt.Errorf("formatting the atlas as Go: %w", err)
	}
	return formatted, nil
}

// words returns a field's name as words: "SpinalTract" → "spinal tract".
func words(name string) string {
	var b strings.Builder
	for i, r := range name {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// goWriter writes Go literals of the atlas's types.
type goWriter struct {
	body bytes.Buffer
	// pointees are the literals that optional (pointer) fields point to,
	// declared as variables of their own so that the whole stays data.
	pointees []string
}

// typeName is t as package anatomy writes it.
func typeName(t reflect.Type) string {
	return strings.ReplaceAll(t.String(), "anatomy.", "")
}

// value writes v as a Go literal; the type is left out where Go infers it
// (the elements of a slice of structs).
func (w *goWriter) value(v reflect.Value) {
	b := &w.body
	switch v.Kind() {
	case reflect.Struct:
		b.WriteString(typeName(v.Type()))
		w.fields(v)
	case reflect.Slice, reflect.Array:
		b.WriteString(typeName(v.Type()))
		w.elements(v)
	case reflect.Map:
		b.WriteString(typeName(v.Type()))
		b.WriteString("{")
		keys := v.MapKeys()
		slices.SortFunc(keys, func(x, y reflect.Value) int { return strings.Compare(x.String(), y.String()) })
		for _, k := range keys {
			fmt.Fprintf(b, "%s: ", strconv.Quote(k.String()))
			w.value(v.MapIndex(k))
			b.WriteString(", ")
		}
		b.WriteString("}")
	case reflect.Pointer:
		inner := &goWriter{}
		inner.value(v.Elem())
		fmt.Fprintf(b, "&@@%d", len(w.pointees))
		w.pointees = append(w.pointees, typeName(v.Elem().Type())+" = "+inner.body.String())
	case reflect.String:
		b.WriteString(strconv.Quote(v.String()))
	case reflect.Float64:
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	default:
		panic("atlasgen: no literal for a " + v.Type().String())
	}
}

// fields writes a struct's set fields, one a line, leaving out the
// unexported and those no atlas file gives (json:"-").
func (w *goWriter) fields(v reflect.Value) {
	b := &w.body
	b.WriteString("{\n")
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || f.Tag.Get("json") == "-" || v.Field(i).IsZero() {
			continue
		}
		fmt.Fprintf(b, "%s: ", f.Name)
		w.value(v.Field(i))
		b.WriteString(",\n")
	}
	b.WriteString("}")
}

// elements writes a slice's or array's elements: structs one a line,
// their type left out; anything else on one line.
func (w *goWriter) elements(v reflect.Value) {
	b := &w.body
	b.WriteString("{")
	structs := v.Type().Elem().Kind() == reflect.Struct
	if structs {
		b.WriteString("\n")
	}
	for i := range v.Len() {
		e := v.Index(i)
		if structs {
			w.fields(e)
			b.WriteString(",\n")
			continue
		}
		if i > 0 {
			b.WriteString(", ")
		}
		w.value(e)
	}
	b.WriteString("}")
}
