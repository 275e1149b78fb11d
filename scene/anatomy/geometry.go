package anatomy

import "github.com/go-gl/mathgl/mgl64"

// Side is a side of the body, as the patient has it.
type Side int

// The two sides. The atlas gives left-side coordinates; right ones mirror x.
const (
	Left Side = iota
	Right
)

// String returns "L" or "R".
func (s Side) String() string {
	if s == Right {
		return "R"
	}
	return "L"
}

// Other returns the opposite side.
func (s Side) Other() Side { return 1 - s }

// Point is a position in the atlas, in millimetres, as the atlas files give
// it. It is a plain array, not an mgl64.Vec3, because the atlas is decoded by
// reflection: in the browser build every method of a type that reflection
// can reach is kept (Ebiten's shader compiler imports text/template, which
// puts the linker in its reflect-method mode), and mgl64.Vec3's methods reach
// the whole of mathgl, half a megabyte of WebAssembly. Arithmetic starts with
// a conversion, mgl64.Vec3(p), or with OnSide and PathOnSide.
type Point [3]float64

// OnSide returns the left-side point p moved to side s: mirrored in the
// midsagittal plane for the right.
func OnSide[P ~[3]float64](p P, s Side) mgl64.Vec3 {
	v := mgl64.Vec3(p)
	if s == Right {
		v[0] = -v[0]
	}
	return v
}

// PathOnSide returns a left-side path moved to side s, as a new slice of
// vectors.
func PathOnSide[P ~[3]float64](path []P, s Side) []mgl64.Vec3 {
	out := make([]mgl64.Vec3, len(path))
	for i, p := range path {
		out[i] = OnSide(p, s)
	}
	return out
}

// CordPoint returns the point of segment l's cross-section at fractions
// (fx, fy) of its half-widths (fx from the midline toward side s, fy
// forward), at height z.
func (a *Atlas) CordPoint(l Level, fx, fy float64, s Side, z float64) mgl64.Vec3 {
	seg := &a.Segments[l]
	p := mgl64.Vec3{-fx * seg.RX, seg.Y + fy*seg.RY, z}
	return OnSide(p, s)
}

// CordColumn returns the short vertical path of a tract or column at
// segment l: from the segment's top to its bottom, at fractions (fx, fy).
func (a *Atlas) CordColumn(l Level, fx, fy float64, s Side) []mgl64.Vec3 {
	seg := &a.Segments[l]
	return []mgl64.Vec3{a.CordPoint(l, fx, fy, s, seg.Top), a.CordPoint(l, fx, fy, s, seg.Bottom)}
}

// StationPath returns the path of channel c through its station at course
// index i on side s: from halfway from the previous point (the cortex for
// the first) to halfway to the next (the decussation or the last nucleus
// for the last).
func (a *Atlas) StationPath(c *Channel, i int, s Side) []mgl64.Vec3 {
	here := mgl64.Vec3(c.Course[i].At)
	var prev, next mgl64.Vec3
	if i == 0 {
		prev = mgl64.Vec3(a.Area(c.Area).At)
	} else {
		prev = mgl64.Vec3(c.Course[i-1].At)
	}
	if i+1 < len(c.Course) {
		next = mgl64.Vec3(c.Course[i+1].At)
	} else {
		next = here.Add(mgl64.Vec3{0, 0, -6})
	}
	return PathOnSide([]mgl64.Vec3{
		prev.Add(here).Mul(0.5), here, here.Add(next).Mul(0.5),
	}, s)
}

// SourceJoinPath returns the path, on side s, of the fibres from area (one
// of channel c's sources) to the channel, in the white matter as the
// channel's first station's element is (StationPath): from half way
// between the area and the channel's first station's point down to the
// point, and on, with the channel's own fibres, half way to the next.
func (a *Atlas) SourceJoinPath(c *Channel, area string, s Side) []mgl64.Vec3 {
	here := mgl64.Vec3(c.Course[0].At)
	next := here.Add(mgl64.Vec3{0, 0, -6})
	if len(c.Course) > 1 {
		next = mgl64.Vec3(c.Course[1].At)
	}
	from := mgl64.Vec3(a.Area(area).At).Add(here).Mul(0.5)
	return PathOnSide([]mgl64.Vec3{from, here, here.Add(next).Mul(0.5)}, s)
}

// DecussationPath returns the path of channel c's crossing fibres that end
// in the lateral tract on side dest: from the other side's pyramid through
// the midline to the top of dest's lateral column at C1.
func (a *Atlas) DecussationPath(c *Channel, dest Side) []mgl64.Vec3 {
	src := dest.Other()
	pyr := mgl64.Vec3(c.Course[len(c.Course)-1].At)
	z := pyr.Z()
	for _, d := range a.Decussations {
		if d.ID == c.Decussation {
			z = d.Z
		}
	}
	c1 := a.Segments[0]
	top := c1.Top
	// The crossing lies on the way from behind the pyramid to the front
	// of the cord's top: the closed medulla narrows and moves back as it
	// descends, so the lower the crossing the further back.
	front, cordFront := pyr.Y()-4, c1.Y+c1.RY
	crossY := front
	if pyr.Z() > top {
		crossY += (cordFront - front) * max(0, min(1, (pyr.Z()-z)/(pyr.Z()-top)))
	}
	return []mgl64.Vec3{
		OnSide(pyr, src),
		// The fibres keep to the pyramid until just above their
		// crossing, then turn back and in across the midline: a lesion
		// of the pyramid's lower half still takes both the arm's and the
		// leg's.
		OnSide(mgl64.Vec3{pyr.X() * 0.6, pyr.Y() - 2, z + 0.3*(pyr.Z()-z)}, src),
		{0, crossY, z},
		a.CordPoint(0, c.Lateral[0], c.Lateral[1], dest, (z+top)/2),
		a.CordPoint(0, c.Lateral[0], c.Lateral[1], dest, top),
	}
}

// CentreJoin returns the path of brainstem tract t's fibres from the end
// of their centre's own path (umn.json, on side src) to the tract's place
// at the top of the cord (C1's top) on side dest: the lowest medulla,
// which the centre's path stops short of, so that a lesion there cuts
// them as it cuts the corticospinal fibres beside them. Fibres for the
// other side's tract cross the midline on the way, as the trace draws
// them (scene/trace), at the level where the centre's path ends. It
// returns nil for a tract from the cortex or a centre without a path.
func (a *Atlas) CentreJoin(t *SpinalTract, src, dest Side) []mgl64.Vec3 {
	ar := a.Area(t.From)
	if ar == nil || len(ar.Path) == 0 || len(a.Segments) == 0 {
		return nil
	}
	end := OnSide(ar.Path[len(ar.Path)-1], src)
	top := a.CordPoint(0, t.At[0], t.At[1], dest, a.Segments[0].Top)
	if src == dest {
		return []mgl64.Vec3{end, top}
	}
	// They cross where the centre's path ends and descend beside the
	// uncrossed fibres of the other side, so that a lesion of one side of
	// the lowest medulla cuts both kinds.
	return []mgl64.Vec3{end, {0, end.Y(), end.Z()}, OnSide(ar.Path[len(ar.Path)-1], dest), top}
}

// RootPath returns the path of segment l's ventral root on side s: from the
// cord's surface at the segment's centre out to its foramen. The upper
// cervical roots run straight out; the lower ones first go down beside the
// cord (the thoracic roots along its surface). The lumbosacral ones run
// beside the conus to below its tip and on down the canal as the cauda
// equina, the sacral roots nearest the filum and the lumbar ones lateral to
// them, so that none passes through the cord.
func (a *Atlas) RootPath(l Level, s Side) []mgl64.Vec3 {
	seg := &a.Segments[l]
	mid := (seg.Top + seg.Bottom) / 2
	start := a.CordPoint(l, 0.9, 0.35, s, mid)
	out := OnSide(mgl64.Vec3{-20, seg.Y + 2, seg.Exit}, s)
	if mid-seg.Exit < 15 {
		return []mgl64.Vec3{start, out}
	}
	beside := OnSide(mgl64.Vec3{-(seg.RX + 1), seg.Y + 1, mid - 3}, s)
	if l < levelL2 {
		return []mgl64.Vec3{
			start,
			beside,
			OnSide(mgl64.Vec3{-(seg.RX + 1.5), seg.Y + 1, seg.Exit + 8}, s),
			out,
		}
	}
	tip := a.Segments[NumLevels-1].Bottom
	canal := 2 + 0.6*float64(NumLevels-1-l)
	return []mgl64.Vec3{
		start,
		beside,
		OnSide(mgl64.Vec3{-canal, seg.Y + 1, tip - 4}, s),
		OnSide(mgl64.Vec3{-canal, seg.Y + 1, seg.Exit + 8}, s),
		out,
	}
}

// plexusCords is where the brachial plexus's trunks end, dividing into
// its cords behind the clavicle above the axilla, on the left: the arm's
// nerves (nerves.json) begin about there.
var plexusCords = mgl64.Vec3{-58, -33, -168}

// PlexusPath returns the path of segment l's fibres through the brachial
// plexus on side s: from the foramen, where its ventral root ends and the
// roots' own branches (long thoracic, phrenic) leave, down and out between
// the scalenes in its trunk to the cords.
func (a *Atlas) PlexusPath(l Level, s Side) []mgl64.Vec3 {
	root := a.RootPath(l, s)
	start := root[len(root)-1]
	end := OnSide(plexusCords, s)
	mid := start.Add(end).Mul(0.5).Add(OnSide(mgl64.Vec3{-4, -4, 0}, s))
	return []mgl64.Vec3{start, mid, end}
}

// Where the spinal accessory rootlets run, in fractions of the cord's
// half-widths: they leave the lateral surface between the dorsal and
// ventral roots and ascend beside the cord, behind the denticulate
// ligament, to the foramen magnum.
const (
	rootletExitY  = 0.0
	rootletAscent = 1.3
)

// RootletPath returns the path of the axons of column col's motor neurons
// at segment l on side s that leave the cord by rootlets of their own (the
// spinal accessory nerve's): out through the lateral funiculus to the
// cord's surface at the segment, then up beside the cord to the top of C1,
// where the nerve's trunk begins. A lesion inside the cord at one segment
// cuts only that segment's rootlets; one beside the cord cuts those from
// the segments below it too.
func (a *Atlas) RootletPath(l Level, col *Column, s Side) []mgl64.Vec3 {
	seg := &a.Segments[l]
	mid := (seg.Top + seg.Bottom) / 2
	path := []mgl64.Vec3{
		a.CordPoint(l, col.At[0], col.At[1], s, mid),
		a.CordPoint(l, 1, rootletExitY, s, mid),
		a.CordPoint(l, rootletAscent, rootletExitY, s, mid+1),
	}
	for k := l; k >= 0; k-- {
		path = append(path, a.CordPoint(k, rootletAscent, rootletExitY, s, a.Segments[k].Top))
	}
	return path
}

// levelL2 is where the cauda equina's roots begin.
const levelL2 Level = 21
