package screen

import (
	"strings"

	"github.com/decussate/decussate/scene/words"
)

// Presenter mode's report is brief: a room reads it at twice the size, a
// teacher turns its pages with a clicker, and after a few pages the class
// is lost. It says the same findings in fewer lines; the details it
// leaves out (which reflexes are brisk, what Bell's phenomenon looks
// like) are in the report without presenter mode, where a student reads
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

// briefLeast is the least fraction of its size a brief report is set at
// to keep within briefPages: about the size without presenter mode, half
// presenter mode's.
const briefLeast = 0.55

// briefPages is the most pages a brief report takes on device d where
// shrinking its text a little can keep it there: three turns of a
// clicker; five on a touch screen, whose narrow panel holds a few words
// a line.
func briefPages(d words.Device) int {
	if d == words.Touch {
		return 5
	}
	return 3
}
