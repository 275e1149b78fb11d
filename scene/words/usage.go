package words

import (
	"bytes"
	"strings"
)

// withoutUsage returns a site's atlas name without the parts that tell
// the command line's user how to ask for it, not what it is: each
// parenthesis, with the spaces before it, that holds no other and starts
// with "a side" or says "a level" ("(a side: L or R)", "(give a level:
// C5)"). Written out rather than as a regular expression compiled with
// the package: in the browser, compiling it ran the regexp package's
// code for the first time, unoptimised, before the first frame (up to
// tens of milliseconds; GODEBUG=inittrace=1 under Node).
func withoutUsage(name string) string {
	out := make([]byte, 0, len(name))
	rest := name
	for {
		open := strings.IndexByte(rest, '(')
		if open < 0 {
			break
		}
		inside, after, closed := strings.Cut(rest[open+1:], ")")
		if !closed {
			break
		}
		if inner := strings.IndexByte(inside, '('); inner >= 0 {
			// Another opens before this one closes: this one stays,
			// and the inner one is looked at next.
			out = append(out, rest[:open+1+inner]...)
			rest = rest[open+1+inner:]
			continue
		}
		if strings.HasPrefix(inside, "a side") || strings.Contains(inside, "a level") {
			out = append(out, rest[:open]...)
			out = bytes.TrimRight(out, " \t\n\f\r")
		} else {
			out = append(out, rest[:open+len(inside)+2]...)
		}
		rest = after
	}
	return string(append(out, rest...))
}
