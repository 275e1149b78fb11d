package trace

import (
	"fmt"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl64"
)

// This file traces upper motor neurons: a cortical area's channel through
// its stations to the cranial pools it drives and through the decussation
// and the spinal tracts to the cord's pools, or a brainstem centre's fibres
// down its tracts. Which pools, on which side and with which share, is read
// from nuclei.json and columns.json, as the lesion engine reads it.

// area traces the descending fibres of area ar on side s.
func (b *builder) area(ar *anatomy.Area, s anatomy.Side) (*draft, error) {
	if c := b.a.ChannelOfArea(ar.ID); c != nil {
		return b.channel(ar, c, s), nil
	}
	if len(ar.Path) > 1 {
		return b.centre(ar, s), nil
	}
	return nil, fmt.Errorf("the %s sends no fibres of its own to the cord or the cranial motor nuclei in the atlas, so there is nothing to trace from it", ar.Name)
}

// bulbarTarget is a cranial pool a corticobulbar channel drives.
type bulbarTarget struct {
	n      *anatomy.Nucleus
	p      *anatomy.Pool
	side   anatomy.Side
	in     *anatomy.BulbarInput
	leaves int // course index of the station the fibres leave after
}

// channel traces area ar's channel c from side s: down its stations (the
// trunk, as far as its last fibres go), then to its cranial pools or
// through the decussation into the cord.
func (b *builder) channel(ar *anatomy.Area, c *anatomy.Channel, s anatomy.Side) *draft {
	d := &draft{weight: 1}
	d.to(anatomy.OnSide(ar.At, s))
	d.mark(areaCaption(b.a, ar, s))
	var targets []bulbarTarget
	last := len(c.Course) - 1
	if c.Kind == "corticobulbar" {
		last = -1
		for ni := range b.a.Nuclei {
			n := &b.a.Nuclei[ni]
			for pi := range n.Pools {
				p := &n.Pools[pi]
				for ii := range p.Inputs {
					in := &p.Inputs[ii]
					if in.Area != ar.ID {
						continue
					}
					side := s
					if in.Side == "other" {
						side = s.Other()
					}
					if !b.wantsPool(reachKey{CranialPool, p.ID, 0, side}) {
						continue
					}
					t := bulbarTarget{n, p, side, in, c.StationIndex(in.LeavesAfter)}
					targets = append(targets, t)
					last = max(last, t.leaves)
				}
			}
		}
	}
	at := make([]int, len(c.Course))
	for i := 0; i <= last; i++ {
		d.to(anatomy.OnSide(c.Course[i].At, s))
		d.mark(stationCaption(b.a, c, i, s))
		at[i] = d.last()
	}
	for _, t := range targets {
		b.bulbar(d.branchAt(at[t.leaves], t.in.W), t, s)
	}
	if c.Kind == "corticospinal" {
		b.spinal(d, c, s)
	}
	return d
}

// bulbar extends e, which leaves the channel after the target's station,
// to the target pool: across the midline near the nucleus's level for a
// pool on the other side, as corticobulbar fibres cross (ANATOMY.md 3.2).
func (b *builder) bulbar(e *draft, t bulbarTarget, s anatomy.Side) {
	nucleusAt := t.n.At
	if t.p.At != nil {
		nucleusAt = *t.p.At
	}
	note := ""
	if t.in.Comment != "" {
		note = " (" + t.in.Comment + ")"
	}
	if t.side != s {
		p, q := e.end(), anatomy.OnSide(nucleusAt, t.side)
		cross := mgl64.Vec3{0, (p.Y() + q.Y()) / 2, q.Z() + 0.25*(p.Z()-q.Z())}
		e.to(cross)
		e.mark("crossing the midline to the "+sideWord(t.side)+" "+t.n.Name+note, brainstemLevel(b.a, cross.Z()))
	}
	b.cranialPool(e, t.n, t.p, t.side, t.in.W)
}

// cordTarget is a cord pool a spinal tract drives.
type cordTarget struct {
	col  *anatomy.Column
	l    anatomy.Level
	side anatomy.Side
	w    float64
}

// cordTargets returns the pools that tract t on tractSide drives with the
// fibres of channel ch (empty for a brainstem centre's tract) that crossed
// above the cord or not, from columns.json's profiles, by segment.
func (b *builder) cordTargets(t *anatomy.SpinalTract, ch string, crossed bool, tractSide anatomy.Side) []cordTarget {
	var out []cordTarget
	end := b.a.TractEnds(t, ch)
	for l := anatomy.Level(0); l <= end; l++ {
		for ci := range b.a.Columns {
			col := &b.a.Columns[ci]
			prof := col.ProfileAt(l)
			if prof == nil {
				continue
			}
			for _, in := range prof.Inputs {
				if in.Tract != t.ID || in.Channel != ch || in.Crossed != crossed {
					continue
				}
				side := tractSide
				if in.Side == "other" {
					side = tractSide.Other()
				}
				if b.wantsPool(reachKey{CordPool, col.ID, l, side}) {
					out = append(out, cordTarget{col, l, side, in.W})
				}
			}
		}
	}
	return out
}

// spinal adds to the trunk d, which ends in the pyramid on side s, a
// branch for each corticospinal tract channel c's fibres take: crossed in
// the pyramidal decussation into the other side's lateral tract, uncrossed
// in this side's, and down the anterior tract.
func (b *builder) spinal(d *draft, c *anatomy.Channel, s anatomy.Side) {
	for ti := range b.a.Tracts {
		t := &b.a.Tracts[ti]
		if t.From != "cortex" || !(t.ByChannel || contains(t.Channels, c.ID)) {
			continue
		}
		for _, crossed := range []bool{true, false} {
			tractSide := s
			if crossed {
				tractSide = s.Other()
			}
			targets := b.cordTargets(t, c.ID, crossed, tractSide)
			if len(targets) == 0 {
				continue
			}
			at := t.At
			if t.ByChannel {
				at = c.Lateral
			}
			top := b.a.CordPoint(0, at[0], at[1], tractSide, b.a.Segments[0].Top)
			e := d.branchAt(d.last(), 0)
			switch {
			case crossed && t.ByChannel:
				path := b.a.DecussationPath(c, tractSide)
				e.along(path[1:3])
				e.mark(b.decussationCaption(c), levelJunction)
				e.along(path[3:])
			case crossed:
				e.to(mgl64.Vec3{0, e.end().Y() - 4, b.decussationZ(c)})
				e.mark(b.decussationCaption(c), levelJunction)
			}
			e.to(top)
			name := sideWord(tractSide) + " " + t.Name
			if t.ByChannel && !crossed {
				name += " (uncrossed fibres)"
			}
			e.mark(name, anatomy.Level(0).String())
			b.descend(e, at, tractSide, targets)
			e.maxChildWeight()
		}
	}
}

// decussationZ returns the height at which channel c's fibres cross.
func (b *builder) decussationZ(c *anatomy.Channel) float64 {
	for _, dec := range b.a.Decussations {
		if dec.ID == c.Decussation {
			return dec.Z
		}
	}
	return c.Course[len(c.Course)-1].At[2]
}

// decussationCaption names where channel c's fibres cross.
func (b *builder) decussationCaption(c *anatomy.Channel) string {
	name := "pyramidal decussation"
	for _, dec := range b.a.Decussations {
		if dec.ID == c.Decussation {
			name = dec.Name
		}
	}
	return "crossing the midline in the " + name + ", at the " + levelJunction
}

// centre traces brainstem centre ar on side s: its axons down to the cord,
// then its tracts, crossed in the medulla or not.
func (b *builder) centre(ar *anatomy.Area, s anatomy.Side) *draft {
	d := &draft{weight: 1}
	path := anatomy.PathOnSide(ar.Path, s)
	d.to(path[0])
	d.mark(areaCaption(b.a, ar, s))
	d.along(path[1:])
	for ti := range b.a.Tracts {
		t := &b.a.Tracts[ti]
		if t.From != ar.ID {
			continue
		}
		for _, crossed := range []bool{false, true} {
			tractSide := s
			if crossed {
				tractSide = s.Other()
			}
			targets := b.cordTargets(t, "", crossed, tractSide)
			if len(targets) == 0 {
				continue
			}
			// The fibres' last stretch to the cord is the lesion
			// engine's (anatomy.CentreJoin): a crossed one crosses the
			// midline where the centre's path ends.
			e := d.branchAt(d.last(), 0)
			join := b.a.CentreJoin(t, s, tractSide)
			for _, p := range join[1:] {
				e.to(p)
				if p.X() == 0 {
					level := brainstemLevel(b.a, p.Z())
					e.mark("crossing the midline in the "+level, level)
				}
			}
			e.mark(sideWord(tractSide)+" "+t.Name, anatomy.Level(0).String())
			b.descend(e, t.At, tractSide, targets)
			e.maxChildWeight()
		}
	}
	return d
}

// descend extends e, which ends at the top of C1 in a tract at fractions
// at of the half-widths on side s, down the cord to the lowest target's
// segment, with a branch to each target leaving at the top of its segment
// (where the lesion engine has the fibres leave the tract), crossing in the
// anterior white commissure for a pool on the other side.
func (b *builder) descend(e *draft, at [2]float64, s anatomy.Side, targets []cordTarget) {
	lowest := anatomy.Level(0)
	for _, t := range targets {
		lowest = max(lowest, t.l)
	}
	tops := make([]int, lowest+1)
	tops[0] = e.last()
	for l := anatomy.Level(0); l <= lowest; l++ {
		e.to(b.a.CordPoint(l, at[0], at[1], s, b.a.Segment(l).Bottom))
		if l < lowest {
			tops[l+1] = e.last()
		}
	}
	for _, t := range targets {
		h := e.branchAt(tops[t.l], t.w)
		if t.side != s {
			seg := b.a.Segment(t.l)
			h.to(b.a.CordPoint(t.l, 0, 0.3, s, seg.Top+(seg.Bottom-seg.Top)/4))
			h.mark("crossing in the anterior white commissure at "+t.l.String(), t.l.String())
		}
		b.cordPool(h, t.col, t.l, t.side, t.w)
	}
}

// contains reports whether list holds s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
