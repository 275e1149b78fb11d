package game

import "github.com/decussate/decussate/scene/geom"

// The look of the real anatomy (glass, opaque, cutaway) is the explorer's
// state: V and the toolbar's Look button cycle it (explorer.CycleLook),
// the link carries it (look=), and every frame draws with it
// (frameOptions).

// lookTag is the tag the top right shows for a look other than the
// default glass, "" for glass.
func lookTag(l geom.Look) string {
	switch l {
	case geom.Opaque:
		return "opaque"
	case geom.Cutaway:
		return "cutaway: the near hemisphere hidden"
	}
	return ""
}
