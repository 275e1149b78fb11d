package decimal

import (
	"strings"
	"testing"
)

func TestFloat(t *testing.T) {
	good := map[string]float64{
		"0": 0, "10": 10, "-15": -15, "+2": 2, "1.5": 1.5, ".5": 0.5, "5.": 5,
		"-0.25": -0.25, "1e2": 100, "1E-2": 0.01, "2.5e+1": 25, "007": 7,
	}
	for in, want := range good {
		if got, err := Float(in); err != nil || got != want {
			t.Errorf("Float(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{
		"", " ", "1_0", "0x10", "0x1p-2", "Inf", "+Inf", "-inf", "infinity", "NaN", "nan",
		".", "-", "+", "e5", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "1e400", "-1e309",
		"１", "0b1", "0o7", "1__0", "--1", strings.Repeat("9", 400),
	} {
		if got, err := Float(in); err == nil {
			t.Errorf("Float(%q) = %v, want an error", in, got)
		}
	}
}

func TestInt(t *testing.T) {
	good := map[string]int{"0": 0, "256": 256, "-3": -3, "+4": 4, "010": 10}
	for in, want := range good {
		if got, err := Int(in); err != nil || got != want {
			t.Errorf("Int(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-", "+", "1_0", "0x10", "1.0", "1e3", " 1", "1 ", "99999999999999999999", "NaN"} {
		if got, err := Int(in); err == nil {
			t.Errorf("Int(%q) = %v, want an error", in, got)
		}
	}
}

// FuzzFloat checks that Float never panics and that whatever it accepts is
// finite and made only of the characters of a plain decimal.
func FuzzFloat(f *testing.F) {
	for _, s := range []string{"1.5", "1_0", "0x1p-2", "Inf", "NaN", "1e400", "-.5e-3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, err := Float(s)
		if err != nil {
			return
		}
		if x-x != 0 {
			t.Fatalf("Float(%q) = %v, not finite", s, x)
		}
		if strings.Trim(s, "0123456789.eE+-") != "" {
			t.Fatalf("Float(%q) accepted a character of no plain decimal", s)
		}
	})
}
