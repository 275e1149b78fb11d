// Package quote quotes user input for error messages: briefly, on one
// line, however long or strange the input. An error that echoed a
// 131,000-byte argument whole would be a 262 KB line that buries the
// message; one that echoed a newline or an escape sequence would let the
// input write on the user's terminal.
package quote

import (
	"strconv"
	"unicode/utf8"
)

// MaxRunes is how much of the input Short quotes: enough to recognise any
// site id, flag or value the program takes, and a mistyped one.
const MaxRunes = 48

// Short returns s quoted as Go quotes it (%q: printable ASCII as is,
// anything else escaped), cut after MaxRunes runes with "…" and the
// input's whole length in bytes, so that the result is one line of at
// most 10*MaxRunes+30 bytes (\U0010ffff is the longest escape).
func Short(s string) string {
	if utf8.RuneCountInString(s) <= MaxRunes {
		return strconv.Quote(s)
	}
	cut := 0
	for i := 0; i < MaxRunes; i++ {
		_, size := utf8.DecodeRuneInString(s[cut:])
		cut += size
	}
	return strconv.Quote(s[:cut]) + "… (" + strconv.Itoa(len(s)) + " bytes)"
}
