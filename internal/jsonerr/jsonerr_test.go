package jsonerr

import (
	"errors"
	"strings"
	"testing"
)

// TestDecodeStrict: a known field decodes; an unknown one and anything
// after the value are errors that Describe words with the field and line.
func TestDecodeStrict(t *testing.T) {
	var v struct {
		ID string `json:"id"`
	}
	if err := DecodeStrict([]byte(`{"id": "x"}`), &v); err != nil || v.ID != "x" {
		t.Fatalf("good data: %v, id %q", err, v.ID)
	}
	err := DecodeStrict([]byte("{\n\"idd\": \"x\"}"), &v)
	if field, msg := Describe([]byte("{\n\"idd\": \"x\"}"), err); field != "idd" || !strings.Contains(msg, "unknown field") {
		t.Errorf("unknown field: %q, %q", field, msg)
	}
	if err := DecodeStrict([]byte(`{"id": "x"} {}`), &v); !errors.Is(err, ErrTrailing) {
		t.Errorf("trailing data: %v, want ErrTrailing", err)
	}
	if err := DecodeStrict([]byte(`{"id": 3}`), &v); err == nil {
		t.Error("a number for a string decoded")
	} else if field, msg := Describe([]byte(`{"id": 3}`), err); field != "id" || !strings.Contains(msg, "line 1") {
		t.Errorf("wrong type: %q, %q", field, msg)
	}
}
