package geom

import (
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl32"
	"github.com/go-gl/mathgl/mgl64"
)

// pathwayRadius is the drawn radius of a channel's tube, in millimetres.
const pathwayRadius = 0.9

// ChannelPath returns the course of channel c's fibres from the cortex of
// side s: through its stations, and for a corticospinal channel across the
// decussation and down the other side's lateral column to its last
// segment. The trace and the view both follow it.
func ChannelPath(a *anatomy.Atlas, c *anatomy.Channel, s anatomy.Side) []mgl32.Vec3 {
	var path []mgl64.Vec3
	path = append(path, anatomy.OnSide(a.Area(c.Area).At, s))
	for _, p := range c.Course {
		path = append(path, anatomy.OnSide(p.At, s))
	}
	if c.Kind == "corticospinal" {
		dest := s.Other()
		dec := a.DecussationPath(c, dest)
		path = append(path, dec[1:]...)
		end, _ := anatomy.ParseLevel(c.Ends)
		for l := anatomy.Level(0); l <= end; l++ {
			path = append(path, a.CordPoint(l, c.Lateral[0], c.Lateral[1], dest, a.Segment(l).Bottom))
		}
	}
	return Path32(path)
}

// addPathways adds every channel's fibres from both hemispheres as tubes
// in the channel's colour, and the anterior corticospinal tracts.
func addPathways(m *Model, a *anatomy.Atlas) error {
	for i := range a.Channels {
		c := &a.Channels[i]
		for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
			path := ChannelPath(a, c, side)
			name := sideWord(side) + " " + c.Kind + " fibres from the " + areaWords(a, c.Area)
			r := pathwayRadius * m.FibreScale
			mesh := tube(path, r, 6, 12).mesh("pathway."+c.ID+"."+side.String(), name, "pathway", channelColors[c.ID])
			mesh.withCoarse(tube(path, r, 3, 40))
			mesh.Anchor = path[2]
			if err := m.add(mesh); err != nil {
				return err
			}
		}
	}
	ant := a.Tract("anterior_cst")
	end, _ := anatomy.ParseLevel(ant.Ends)
	for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
		var path []mgl64.Vec3
		pyr := a.Channel("neck").Course[len(a.Channel("neck").Course)-1].At
		path = append(path, anatomy.OnSide(pyr, side))
		for l := anatomy.Level(0); l <= end; l++ {
			path = append(path, a.CordPoint(l, ant.At[0], ant.At[1], side, a.Segment(l).Top))
		}
		p32 := Path32(path)
		r := pathwayRadius * 0.7 * m.FibreScale
		mesh := tube(p32, r, 5, 16).mesh("pathway.anterior_cst."+side.String(), sideWord(side)+" anterior corticospinal tract", "pathway", anteriorColor)
		mesh.withCoarse(tube(p32, r, 3, 60))
		mesh.Anchor = p32[3]
		if err := m.add(mesh); err != nil {
			return err
		}
	}
	return nil
}

// nerveShown is how much of a cranial nerve the scene draws, in
// millimetres from its nucleus: its fascicle, its exit from the brainstem
// and the start of its course, without a tangle of nerves in the face.
const nerveShown = 60

// truncate returns the first length millimetres of path.
func truncate(path []mgl32.Vec3, length float32) []mgl32.Vec3 {
	out := []mgl32.Vec3{path[0]}
	for i := 1; i < len(path); i++ {
		d := path[i].Sub(path[i-1])
		if l := d.Len(); l < length {
			out = append(out, path[i])
			length -= l
			continue
		} else {
			return append(out, path[i-1].Add(d.Mul(length/l)))
		}
	}
	return out
}

// addCranial adds the cranial motor nuclei and their nerves.
func addCranial(m *Model, a *anatomy.Atlas) error {
	for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
		for _, n := range a.Nuclei {
			c := Vec32(anatomy.OnSide(n.At, side))
			r := float32(n.R)
			mesh := ellipsoid(c, mgl32.Vec3{r, r, r}, 8, 10).mesh("nucleus."+n.ID+"."+side.String(), sideWord(side)+" "+n.Name, "nucleus", nucleusColor)
			mesh.withCoarse(ellipsoid(c, mgl32.Vec3{r, r, r}, 4, 5))
			mesh.Anchor = c
			if err := m.add(mesh); err != nil {
				return err
			}
		}
		for _, nv := range a.Nerves {
			if len(nv.ID) < 2 || nv.ID[:2] != "cn" {
				continue // the limbs' nerves are not part of the scene
			}
			path := truncate(Path32(anatomy.PathOnSide(nv.Path, side)), nerveShown)
			mesh := tube(path, float32(nv.R)*0.45, 5, 12).mesh("nerve."+nv.ID+"."+side.String(), sideWord(side)+" "+nv.Name, "nerve", nerveColor)
			mesh.withCoarse(tube(path, float32(nv.R)*0.45, 3, 30))
			mesh.Anchor = path[len(path)/2]
			if err := m.add(mesh); err != nil {
				return err
			}
		}
	}
	return nil
}

// areaWords names a cortical area for a hover, without the aside in its
// atlas name: "hand area", not the id "hand".
func areaWords(a *anatomy.Atlas, id string) string {
	ar := a.Area(id)
	if ar == nil {
		return strings.ReplaceAll(id, "_", " ") + " area"
	}
	name, _, _ := strings.Cut(ar.Name, " (")
	return name
}
