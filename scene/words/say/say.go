// Package say owns the words the lesion engine's one-sentence summary and
// the report's coarser summary share: how a side, a kind of weakness, a
// weak body part and a sign worth a summary are said. The engine
// (scene/lesion) may not import scene/words, which reads its results, so
// the words both write live here, each said once, and the two sentences
// cannot drift apart. Like scene/words/list it imports nothing of the
// scene.
package say

// sideWords names the patient's sides.
var sideWords = map[string]string{"L": "left", "R": "right"}

// Side names side L or R, "left" or "right"; "" for any other (both
// sides, the midline, none), which each caller says its own way.
func Side(side string) string { return sideWords[side] }

// Opposite names the side opposite L or R, "right" for L, as a
// hemisphere's or a lesion's other side is said; "" for any other.
func Opposite(side string) string { return sideWords[opposite[side]] }

// opposite is the side across the midline from each.
var opposite = map[string]string{"L": "R", "R": "L"}

// OnSide writes where a sign is: " on the right", " on both sides" (B,
// or any side but L and R), or nothing for a sign without a side ("").
func OnSide(side string) string {
	switch side {
	case "":
		return ""
	case "L", "R":
		return " on the " + sideWords[side]
	}
	return " on both sides"
}

// To writes a direction, " to the left", or nothing when toward is
// neither L nor R.
func To(toward string) string {
	if w := sideWords[toward]; w != "" {
		return " to the " + w
	}
	return ""
}

// typeWords spells out the contract's deficit types.
var typeWords = map[string]string{
	"UMN":   "upper motor neuron",
	"LMN":   "lower motor neuron",
	"mixed": "mixed upper and lower motor neuron",
}

// Type spells out a deficit type, "upper motor neuron" for UMN; "" for a
// type the contract does not name.
func Type(kind string) string { return typeWords[kind] }
