package geom

import (
	"fmt"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/mesh"
)

// Quarter names the quarter of a hemisphere the quadrant look cuts away:
// the upper front or upper back quarter of the left or right hemisphere,
// whichever faces the camera.
type Quarter uint8

// The quarters. NoQuarter marks a mesh every look but the quadrant one may
// draw whole.
const (
	NoQuarter Quarter = iota
	LeftFront
	LeftBack
	RightFront
	RightBack
)

// QuarterOf returns the upper quarter of side's hemisphere, its front or
// its back.
func QuarterOf(side anatomy.Side, front bool) Quarter {
	q := LeftFront
	if side == anatomy.Right {
		q = RightFront
	}
	if !front {
		q++
	}
	return q
}

// Side returns the hemisphere q cuts.
func (q Quarter) Side() anatomy.Side {
	if q == RightFront || q == RightBack {
		return anatomy.Right
	}
	return anatomy.Left
}

// Front reports whether q is a front quarter.
func (q Quarter) Front() bool { return q == LeftFront || q == RightFront }

// String names q, as an id's suffix does.
func (q Quarter) String() string {
	switch q {
	case NoQuarter:
		return "whole"
	case LeftFront, RightFront, LeftBack, RightBack:
		where := "back"
		if q.Front() {
			where = "front"
		}
		return where + "." + q.Side().String()
	}
	return fmt.Sprintf("Quarter(%d)", uint8(q))
}

// DrawnIn reports whether the look draws m when the camera faces quarter
// q: the quadrant look draws, for q's hemisphere, the cortex with q cut
// away and the cap that closes the cut, in place of the whole cortex;
// every other look draws only whole meshes.
func DrawnIn(m *Mesh, look Look, q Quarter) bool {
	if m.Quarter != NoQuarter {
		return look == Quadrant && m.Quarter == q
	}
	return look != Quadrant || !m.Cortex || m.Side != q.Side()
}

// Where the quadrant look cuts (MNI millimetres): the floor of the cut is
// the axial plane just below the top of the lentiform nucleus and the
// thalamus' middle, so that the deep nuclei, the capsule and the tracts
// in it stand on it in place; the front quarter's back wall is a coronal
// plane behind the thalamus and the motor strip, the back quarter's front
// wall one through the capsule's genu, so that either opens the posterior
// limb.
const (
	quarterFloorZ = float32(2)
	quarterFrontY = float32(-36)
	quarterBackY  = float32(2)
)

// quarterBox is the part of the left hemisphere a quarter takes away:
// above the floor and beyond the wall.
type quarterBox struct {
	front bool
}

// wall returns how far p lies beyond the quarter's coronal wall, into the
// part cut away (negative on the side kept).
func (b quarterBox) wall(p [3]float32) float32 {
	if b.front {
		return p[1] - quarterFrontY
	}
	return quarterBackY - p[1]
}

// floor returns how far p lies above the quarter's floor.
func (b quarterBox) floor(p [3]float32) float32 { return p[2] - quarterFloorZ }

// AddQuarters adds to the model, the first time it is called, the
// quadrant look's meshes: for each quarter, the copies of its
// hemisphere's cortex parts with the quarter cut away (and their coarse
// copies), and the cap that closes the cut; the right hemisphere's are the
// left's mirrored. They are cut once, so that a frame only chooses which
// meshes to draw, and not by Build: cutting takes longer than building the
// rest of the model, which start-up should not pay for a look few open.
// The meshes are appended: the indices of those already there stay.
func (m *Model) AddQuarters() error {
	if m.quartered {
		return nil
	}
	m.quartered = true
	return addQuarters(m)
}

// addQuarters adds the quarters' meshes (see AddQuarters).
func addQuarters(m *Model) error {
	set, err := shippedMeshes()
	if err != nil {
		return err
	}
	var left []int
	for i := range m.Meshes {
		if c := &m.Meshes[i]; c.Cortex && c.Side == anatomy.Left && c.Quarter == NoQuarter {
			left = append(left, i)
		}
	}
	if len(left) == 0 {
		return fmt.Errorf("no left cortex to cut")
	}
	for _, front := range []bool{true, false} {
		b := quarterBox{front: front}
		var cut []Mesh
		for _, i := range left {
			whole := &m.Meshes[i]
			c := cutAwayQuarter(whole, b)
			if len(c.Indices) == 0 {
				continue // the quarter takes all of it: the paracentral lobule
			}
			// A label points at what is left of the part, clear of the
			// cut; a sliver left along the cut has none (keptAnchor).
			var kept bool
			c.Anchor, kept = keptAnchor(c.Positions, whole.Anchor, b)
			c.Major = c.Major && kept
			if whole.Coarse != nil {
				if cc := cutAwayQuarter(whole.Coarse, b); len(cc.Indices) > 0 {
					c.Coarse = &cc
				}
			}
			cut = append(cut, c)
		}
		capMesh, err := quarterCap(set.Left[mesh.Hemisphere], b)
		if err != nil {
			return err
		}
		cut = append(cut, capMesh)
		for _, c := range cut {
			c.Quarter = QuarterOf(anatomy.Left, front)
			if err := m.add(c); err != nil {
				return fmt.Errorf("%s cut away: %w", c.Quarter, err)
			}
		}
		for _, c := range cut {
			r := mirrored(&c, rightID(c.ID), rightName(c.Name))
			r.Major = false
			r.Quarter = QuarterOf(anatomy.Right, front)
			if r.Coarse != nil {
				r.Coarse.Quarter = r.Quarter
			}
			if err := m.add(r); err != nil {
				return fmt.Errorf("%s cut away: %w", r.Quarter, err)
			}
		}
	}
	return nil
}

// rightID and rightName turn a left part's id and name into its mirror's.
func rightID(id string) string {
	return strings.TrimSuffix(id, "."+anatomy.Left.String()) + "." + anatomy.Right.String()
}

func rightName(name string) string {
	return strings.Replace(name, sided(anatomy.Left, ""), sided(anatomy.Right, ""), 1)
}
