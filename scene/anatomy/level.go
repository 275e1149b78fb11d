package anatomy

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/decussate/decussate/internal/quote"
)

// Level is a spinal segment, C1 (0) to Co1 (30).
type Level int

// NumLevels is the number of spinal segments, C1 to Co1.
const NumLevels = 31

// levelNames holds each region's letter and segment count, top down.
var levelNames = []struct {
	prefix string
	count  int
}{{"C", 8}, {"T", 12}, {"L", 5}, {"S", 5}, {"Co", 1}}

// String returns the segment's name, such as "C5" or "Co1".
func (l Level) String() string {
	n := int(l)
	for _, r := range levelNames {
		if n < r.count {
			return r.prefix + strconv.Itoa(n+1)
		}
		n -= r.count
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

// ParseLevel reads a segment name such as "C5", "t6" or "Co1".
func ParseLevel(s string) (Level, error) {
	base := 0
	for _, r := range levelNames {
		rest, ok := cutPrefixFold(s, r.prefix)
		if ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			n, err := strconv.Atoi(rest)
			if err == nil && n >= 1 && n <= r.count {
				return Level(base + n - 1), nil
			}
			break
		}
		base += r.count
	}
	return 0, fmt.Errorf("%s is not a spinal segment (C1-C8, T1-T12, L1-L5, S1-S5, Co1)", quote.Short(s))
}

// cutPrefixFold is strings.CutPrefix ignoring case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// ParseLevelRange reads a range such as "C1-C8" or a single segment.
func ParseLevelRange(s string) (first, last Level, err error) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		b = a
	}
	if first, err = ParseLevel(a); err != nil {
		return 0, 0, err
	}
	if last, err = ParseLevel(b); err != nil {
		return 0, 0, err
	}
	if last < first {
		return 0, 0, fmt.Errorf("level range %q runs upwards", s)
	}
	return first, last, nil
}

// parseShares reads a map of segment names to shares into segment order.
func parseShares(m map[string]float64) ([]SegmentShare, error) {
	var out []SegmentShare
	for name, w := range m {
		l, err := ParseLevel(name)
		if err != nil {
			return nil, err
		}
		out = append(out, SegmentShare{l, w})
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Level < out[j-1].Level; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out, nil
}

// ChannelShares gives the share of each channel a cut destroys. In the atlas
// it is a list of channel ids (all destroyed) or an object of shares.
type ChannelShares map[string]float64

// UnmarshalJSON accepts a list of ids or an object of shares.
func (c *ChannelShares) UnmarshalJSON(b []byte) error {
	var list []string
	if err := json.Unmarshal(b, &list); err == nil {
		*c = make(ChannelShares, len(list))
		for _, id := range list {
			(*c)[id] = 1
		}
		return nil
	}
	var m map[string]float64
	if err := json.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("channels must be a list of ids or an object of shares")
	}
	*c = m
	return nil
}
