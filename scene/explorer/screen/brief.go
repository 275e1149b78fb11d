package screen

import "strings"

// Presenter mode's report is brief: a room reads it at twice the size, a
// teacher turns its pages with a clicker, and after a few pages the class
// is lost. It says the same findings in fewer lines, never in smaller
// type; the details it leaves out (which reflexes are brisk, what Bell's
// phenomenon looks like; in a tour the summary, which the step's caption
// tells) are in the report without presenter mode, where a student reads
// at their own pace.

// briefWords is the most words a bracket keeps in a brief report: the
// clinical name of a sign ("(dysarthria)", "(horizontal gaze palsy)")
// stays, a list of reflexes or an explanation goes.
const briefWords = 3

// briefSigns returns signs with their long brackets left out: a
// bracket holding a list of more than two, or more than briefWords
// words. "Hyperreflexia (biceps, knee, ankle); loud sounds hurt
// (hyperacusis)" reads "Hyperreflexia; loud sounds hurt (hyperacusis)";
// a short list stays, where it tells which reflexes are lost beside
// others brisk ("hyperreflexia; reduced or absent reflexes (biceps,
// brachioradialis)").
func briefSigns(signs string) string {
	var b strings.Builder
	rest := signs
	for {
		open := strings.Index(rest, " (")
		if open < 0 {
			break
		}
		end := strings.IndexByte(rest[open:], ')')
		if end < 0 {
			break
		}
		inner := rest[open+2 : open+end]
		b.WriteString(rest[:open])
		if !strings.ContainsAny(inner, ";(") && strings.Count(inner, ",") <= 1 && len(strings.Fields(inner)) <= briefWords {
			b.WriteString(rest[open : open+end+1])
		}
		rest = rest[open+end+1:]
	}
	b.WriteString(rest)
	return b.String()
}

// briefChars is the least characters a line of a brief report holds
// where the panel is narrow (a phone's).
const briefChars = 24
