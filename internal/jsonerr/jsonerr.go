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
	"strings"
)

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
