// Package decimal reads the numbers a user types: plain decimals only. The
// standard library's parsers read Go's syntax, which a user does not mean
// to type: strconv.ParseFloat takes "1_0" (10), "0x1p-2" (0.25), "Inf" and
// "NaN"; flag.Int takes "0x10" and "010" (8). Here each of those is an
// error, and so is a number too large for a float64.
package decimal

import (
	"errors"
	"math"
	"strconv"
)

// ErrSyntax is the error for text that is not a plain decimal number.
var ErrSyntax = errors.New("not a plain decimal number")

// ErrRange is the error for a number too large to hold.
var ErrRange = errors.New("out of range")

// Float reads s as [+-]DIGITS[.DIGITS][e[+-]DIGITS] (digits on at least
// one side of the point), a finite float64.
func Float(s string) (float64, error) {
	if !isFloat(s) {
		return 0, ErrSyntax
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(x, 0) || math.IsNaN(x) {
		return 0, ErrRange
	}
	return x, nil
}

// Int reads s as [+-]DIGITS, an int.
func Int(s string) (int, error) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	if digits(s[i:]) != len(s)-i || i == len(s) {
		return 0, ErrSyntax
	}
	n, err := strconv.ParseInt(s, 10, 0)
	if err != nil {
		return 0, ErrRange
	}
	return int(n), nil
}

// isFloat reports whether s is a plain decimal, by hand rather than by a
// regular expression, to keep this package free of one.
func isFloat(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	whole := digits(s[i:])
	i += whole
	frac := 0
	if i < len(s) && s[i] == '.' {
		i++
		frac = digits(s[i:])
		i += frac
	}
	if whole == 0 && frac == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		exp := digits(s[i:])
		if exp == 0 {
			return false
		}
		i += exp
	}
	return i == len(s)
}

// digits returns how many ASCII digits s starts with.
func digits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
