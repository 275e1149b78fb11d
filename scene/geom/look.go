package geom

import (
	"fmt"
	"strings"

	"github.com/decussate/decussate/internal/quote"
)

// Look is how the real anatomy's surfaces are drawn.
type Look uint8

// The looks. Glass (the default) draws the cortex, cerebellum and deep
// nuclei translucent, the gyri still shaded, so that the pathways show
// inside. Opaque draws the brain as a specimen is seen: solid cortex,
// cerebellum and brainstem, nothing inside them. Cutaway hides the
// hemisphere nearer the camera and draws the other solid, so that the near
// side's capsule, deep nuclei and pathways stand out against the far
// hemisphere's medial wall, from whichever side the camera looks. Quadrant
// draws the cortex solid with the upper quarter of the near hemisphere
// that faces the camera (its front or its back) cut away and the cut
// closed, white matter banded with grey, as an atlas's dissection shows
// the capsule, the deep nuclei and the pathways in place with the rest of
// the brain around them.
const (
	Glass Look = iota
	Opaque
	Cutaway
	Quadrant
	lookCount
)

var lookNames = [lookCount]string{"glass", "opaque", "cutaway", "quadrant"}

// Looks lists the looks' names, in the order Next cycles them.
var Looks = lookNames[:]

// String returns the look's name, as a link and --look write it.
func (l Look) String() string {
	if l < lookCount {
		return lookNames[l]
	}
	return fmt.Sprintf("Look(%d)", uint8(l))
}

// Next returns the look after l, back to Glass after the last.
func (l Look) Next() Look { return (l + 1) % lookCount }

// ParseLook reads a look's name (any case).
func ParseLook(s string) (Look, error) {
	for i, n := range lookNames {
		if strings.EqualFold(strings.TrimSpace(s), n) {
			return Look(i), nil
		}
	}
	return Glass, fmt.Errorf("unknown look %s (want one of %s)", quote.Short(s), strings.Join(Looks, ", "))
}
