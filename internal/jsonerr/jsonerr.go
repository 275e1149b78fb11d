// Package jsonerr words the errors of decoding the project's data files
// (atlas, presets, tours) the same way everywhere: the field at fault and
// a message with the line, so that whoever edits a file can find the
// fault.
package jsonerr

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ErrTrailing is DecodeStrict's error for data with more after its value.
var ErrTrailing = errors.New("trailing data after the JSON value")

// DecodeStrict decodes one JSON value of data into into, refusing unknown
// fields (most often a misspelt one, whose value would be ignored) and
// anything after the value. Describe words its errors.
func DecodeStrict(data []byte, into any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(into); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return ErrTrailing
	}
	return nil
}

// Describe turns a decoding error of data into the field at fault (if
// known) and words, with a line number where the decoder gives an offset.
func Describe(data []byte, err error) (field, msg string) {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return strings.Trim(f, `"`), "unknown field (misspelt?)"
	}
	switch {
	case errors.As(err, &syn):
		return "", fmt.Sprintf("line %d: %v", Line(data, syn.Offset), syn)
	case errors.As(err, &typ):
		return typ.Field, fmt.Sprintf("line %d: want %v, got a JSON %s", Line(data, typ.Offset), typ.Type, typ.Value)
	}
	return "", err.Error()
}

// Line returns the 1-based line of a byte offset in data.
func Line(data []byte, offset int64) int {
	offset = min(max(offset, 0), int64(len(data)))
	return bytes.Count(data[:offset], []byte("\n")) + 1
}
