package words

import (
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/words/say"
)

// The lesion report groups its weak regions by type and side, and within
// a group by grade, so that a long list reads in a few lines on a
// projector or a phone: "On both sides" over "Severe: lower face, jaw,
// tongue". These name the parts of such a row.

// SideGroup names a group of weak regions by their side: "On the right",
// "On the left", "On both sides". side is L, R or B (both).
func SideGroup(side string) string {
	if w := say.Side(side); w != "" {
		return "On the " + w
	}
	return "On both sides"
}

// RegionAlone names a region without its side, for a row under its
// side's group: "upper face", "shoulder".
func RegionAlone(region string) string { return anatomy.RegionName(region) }

// ExamHow says, under the patient's command, how to change the
// examination on device d.
func ExamHow(d Device) string {
	if d == Touch {
		return "Tap: the next examination"
	}
	return "G / Shift-G or a click: next / previous examination"
}

// ExamHowShort is ExamHow for a panel short of room, where the patient's
// figure comes first (the list of controls says it whole).
func ExamHowShort(d Device) string {
	if d == Touch {
		return "Tap: next"
	}
	return "G: next"
}
