package words

import (
	"fmt"

	"github.com/decussate/decussate/scene/words/say"
)

// Grade is a weakness as the clinic grades it: a word (the contract's
// mild, moderate or severe) and an MRC grade, 0 (no contraction) to 5
// (normal power).
type Grade struct {
	Word string
	// MRC is the Medical Research Council grade; -1 where the scale does
	// not apply (the face, the eyes, the sphincters).
	MRC int
}

// The contract's thresholds (clinical/README.md): severity below 0.35 is
// mild, up to 0.7 moderate, above severe.
const (
	moderateFrom = 0.35
	severeFrom   = 0.7
)

// mrc3From is the severity from which a weakness no longer resists the
// examiner: MRC 3/5.
const mrc3From = 0.55

// mrcOf maps the engine's severity (the share of strength lost, 0–1) to
// an MRC grade. The mapping is an estimate, not a measurement: the engine
// models the share of drive lost, and MRC grades describe what the muscle
// still does. It keeps the contract's words and the grades in step as a
// clinician would expect:
//
//	severity    word       MRC
//	< 0.55      mild or    4/5  moves against some resistance
//	            moderate
//	0.55–0.7    moderate   3/5  against gravity, not resistance
//	0.7–0.85    severe     2/5  only with gravity eliminated
//	0.85–0.97   severe     1/5  a flicker of contraction
//	≥ 0.97      severe     0/5  no contraction
//
// Grade 4 spans most of the range of force (a muscle that still resists
// the examiner's hand may have lost half its strength), so the lower half
// of moderate is 4/5: an ulnar palsy's wrist flexion, which keeps flexor
// carpi radialis, palmaris longus and most of the long finger flexors
// (about 0.4 lost), is 4/5 at the bedside, not 3/5.
func mrcOf(severity float64) int {
	switch {
	case severity < mrc3From:
		return 4
	case severity <= severeFrom:
		return 3
	case severity < 0.85:
		return 2
	case severity < 0.97:
		return 1
	}
	return 0
}

// mrcRegions are the regions whose power the MRC scale grades: the neck,
// the shoulder girdle, the limbs and the trunk.
var mrcRegions = map[string]bool{
	"neck": true, "scm": true, "trapezius": true, "shoulder": true, "elbow_flexion": true,
	"elbow_extension": true, "wrist": true, "hand": true, "trunk": true, "hip": true,
	"knee": true, "ankle_foot": true,
}

// GradeOf returns the grade of a region's weakness of severity (0–1).
func GradeOf(region string, severity float64) Grade {
	g := Grade{Word: "severe", MRC: -1}
	switch {
	case severity < moderateFrom:
		g.Word = "mild"
	case severity <= severeFrom:
		g.Word = "moderate"
	}
	if !mrcRegions[region] {
		return g
	}
	g.MRC = mrcOf(severity)
	return g
}

// String writes the grade as "severe, MRC 1/5", or the word alone where
// the MRC scale does not apply.
func (g Grade) String() string {
	if g.MRC < 0 {
		return g.Word
	}
	return fmt.Sprintf("%s, MRC %d/5", g.Word, g.MRC)
}

// MRCNote says, after a list of graded regions, what the grades mean and
// that the explorer estimates them rather than measures them.
//
// It is short, two lines of a projector's report in presenter mode: a
// footnote, not a paragraph.
const MRCNote = "MRC grade: muscle power, 0 (none) to 5 (normal); estimated, not measured."

// Type spells out a deficit type: "upper motor neuron" for UMN.
func Type(kind string) string {
	if w := say.Type(kind); w != "" {
		return w
	}
	return plain(kind)
}

// Deficit writes one weak region as a report's row: "Right shoulder:
// severe, MRC 1/5, upper motor neuron". side is L, R or B (both).
func Deficit(region, side, kind string, severity float64) string {
	return Capital(Region(region, side)) + ": " + GradeOf(region, severity).String() + ", " + Type(kind)
}

// TypeHeading heads a report's list of one type's weak regions: "Upper
// motor neuron weakness".
func TypeHeading(kind string) string { return Capital(Type(kind)) + " weakness" }

// Weakness writes one weak region under its type's heading: "Right
// shoulder: severe, MRC 1/5". side is L, R or B (both).
func Weakness(region, side string, severity float64) string {
	return Capital(Region(region, side)) + ": " + GradeOf(region, severity).String()
}
