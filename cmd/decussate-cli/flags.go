package main

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/decussate/decussate/internal/decimal"
	"github.com/decussate/decussate/internal/quote"
)

// floatFlag is a number flag that takes plain decimals only, within
// [min, max]: flag.Float64 would take "Inf", "NaN", "0x1p-2" and "1_0".
type floatFlag struct {
	v        *float64
	min, max float64
}

// newFloatFlag defines the flag name on fs, with the default value def.
func newFloatFlag(fs *flag.FlagSet, name string, def, min, max float64, usage string) *float64 {
	v := def
	fs.Var(&floatFlag{v: &v, min: min, max: max}, name, usage)
	return &v
}

func (f *floatFlag) String() string {
	if f.v == nil {
		return ""
	}
	return strconv.FormatFloat(*f.v, 'g', -1, 64)
}

// Set reads s, refusing what is not a plain decimal in range.
func (f *floatFlag) Set(s string) error {
	x, err := decimal.Float(s)
	if err != nil {
		return fmt.Errorf("want a plain decimal number from %g to %g", f.min, f.max)
	}
	if x < f.min || x > f.max {
		return fmt.Errorf("out of range: want %g to %g", f.min, f.max)
	}
	*f.v = x
	return nil
}

// intFlag is a whole-number flag that takes plain decimals only, within
// [min, max]: flag.Int would read "0x10" as 16, "010" as 8 and "1_0" as 10.
type intFlag struct {
	v        *int
	min, max int
}

// newIntFlag defines the flag name on fs, with the default value def.
func newIntFlag(fs *flag.FlagSet, name string, def, min, max int, usage string) *int {
	v := def
	fs.Var(&intFlag{v: &v, min: min, max: max}, name, usage)
	return &v
}

func (f *intFlag) String() string {
	if f.v == nil {
		return ""
	}
	return strconv.Itoa(*f.v)
}

// Set reads s, refusing what is not a whole decimal number in range.
func (f *intFlag) Set(s string) error {
	n, err := decimal.Int(s)
	if err != nil && !errors.Is(err, decimal.ErrRange) {
		return fmt.Errorf("want a whole decimal number from %d to %d", f.min, f.max)
	}
	if err != nil || n < f.min || n > f.max {
		return fmt.Errorf("out of range: want %d to %d", f.min, f.max)
	}
	*f.v = n
	return nil
}

// maxErrorLine bounds an error line that quotes something flag.Parse did
// not word through shortFlagError's patterns.
const maxErrorLine = 300

// shortFlagError words an error of flag.Parse with the user's text in it
// (an unknown flag's name, a bad value) cut short by quote.Short, so that
// a 100,000-byte argument gives one short line, not a 100,000-byte one.
func shortFlagError(err error) string {
	msg := err.Error()
	for _, p := range []string{"flag provided but not defined: ", "bad flag syntax: "} {
		if rest, ok := strings.CutPrefix(msg, p); ok {
			return p + shortIfNeeded(rest)
		}
	}
	// "invalid value %q for flag -%s: %v" and its boolean twin.
	for _, p := range []string{"invalid value ", "invalid boolean value "} {
		if rest, ok := strings.CutPrefix(msg, p); ok {
			if q, err := strconv.QuotedPrefix(rest); err == nil {
				if v, err := strconv.Unquote(q); err == nil {
					return p + quote.Short(v) + shortIfNeeded(rest[len(q):])
				}
			}
		}
	}
	return shortIfNeeded(msg)
}

// shortIfNeeded returns s as it is when it is short and printable, and
// cut short and quoted otherwise.
func shortIfNeeded(s string) string {
	if len(s) <= maxErrorLine && strings.IndexFunc(s, func(r rune) bool { return !strconv.IsPrint(r) }) < 0 {
		return s
	}
	return quote.Short(s)
}
