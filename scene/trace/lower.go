package trace

import (
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl64"
)

// This file traces lower motor neurons: from a cranial pool or a cord
// column's pool out through the ventral root and the nerves to the muscles,
// as muscles.json wires them.

// musclePart is a muscle on one side with the share of its motor neurons
// that one pool holds.
type musclePart struct {
	m     *anatomy.Muscle
	side  anatomy.Side
	share float64
}

// cranialMuscles returns the muscles cranial pool id on side s supplies:
// on the pool's side, or the other for a pool_side "other" muscle (the
// superior oblique from the trochlear nucleus, the superior rectus).
func (b *builder) cranialMuscles(id string, s anatomy.Side) []musclePart {
	var out []musclePart
	for i := range b.a.Muscles {
		m := &b.a.Muscles[i]
		if m.Pool != id {
			continue
		}
		ms := s
		if m.PoolSide == "other" {
			ms = s.Other()
		}
		if b.wants(m, ms) {
			out = append(out, musclePart{m, ms, 1})
		}
	}
	return out
}

// cordMuscles returns the muscles column col supplies from segment l on
// side s, with the segment's share of each.
func (b *builder) cordMuscles(col string, l anatomy.Level, s anatomy.Side) []musclePart {
	var out []musclePart
	for i := range b.a.Muscles {
		m := &b.a.Muscles[i]
		if m.Column != col {
			continue
		}
		for _, sh := range m.Supply {
			if sh.Level == l && b.wants(m, s) {
				out = append(out, musclePart{m, s, sh.W})
			}
		}
	}
	return out
}

// cranialPool extends d to pool p of nucleus n on side s, which receives
// share w of its drive along d, and on to its muscles. It reports whether
// the pool was wanted.
func (b *builder) cranialPool(d *draft, n *anatomy.Nucleus, p *anatomy.Pool, s anatomy.Side, w float64) bool {
	if !b.wantsPool(reachKey{CranialPool, p.ID, 0, s}) {
		return false
	}
	parts := b.cranialMuscles(p.ID, s)
	if len(parts) == 0 {
		return false // the internuclear neurons: the atlas gives them no muscle
	}
	at := n.At
	if p.At != nil {
		at = *p.At
	}
	d.to(anatomy.OnSide(at, s))
	d.mark(poolCaption(n, p, s), brainstemLevel(b.a, at[2]))
	b.pool(d, reachKey{CranialPool, p.ID, 0, s}, w, parts)
	b.periphery(d, parts, -1)
	return true
}

// cordPool extends d to column col's pool at segment l on side s, which
// receives share w of its drive along d, and out through the root and
// nerves. It reports whether the pool was wanted.
func (b *builder) cordPool(d *draft, col *anatomy.Column, l anatomy.Level, s anatomy.Side, w float64) bool {
	if !b.wantsPool(reachKey{CordPool, col.ID, l, s}) {
		return false
	}
	parts := b.cordMuscles(col.ID, l, s)
	if len(parts) == 0 {
		return false
	}
	seg := b.a.Segment(l)
	d.to(b.a.CordPoint(l, col.At[0], col.At[1], s, (seg.Top+seg.Bottom)/2))
	d.mark(hornCaption(col, l, s), l.String())
	b.pool(d, reachKey{CordPool, col.ID, l, s}, w, parts)
	b.periphery(d, parts, l)
	return true
}

// pool records that d reaches pool k with weight w and, through it, the
// muscles parts and their regions.
func (b *builder) pool(d *draft, k reachKey, w float64, parts []musclePart) {
	d.reached = true
	b.add(k, w)
	for _, p := range parts {
		b.add(reachKey{Muscle, p.m.ID, 0, p.side}, w*p.share)
		if p.m.Region != "" {
			b.add(reachKey{Region, p.m.Region, 0, p.side}, w*p.share*p.m.W)
		}
		d.supply += w * p.share
	}
}

// nerveGroup is muscles whose axons take the same way out: the same
// nerves in series, the ventral root or not, on one side.
type nerveGroup struct {
	nerves []string
	root   bool
	side   anatomy.Side
	parts  []musclePart
}

// groupByNerves groups parts by their way out, in atlas order. A muscle
// whose axons divide among parallel nerves (the flexor digitorum
// profundus: median and ulnar) is in the group of each.
func groupByNerves(parts []musclePart) []*nerveGroup {
	var groups []*nerveGroup
	put := func(nerves []string, p musclePart) {
		key := strings.Join(nerves, ">")
		for _, g := range groups {
			if strings.Join(g.nerves, ">") == key && g.root == p.m.UsesRoot() && g.side == p.side {
				g.parts = append(g.parts, p)
				return
			}
		}
		groups = append(groups, &nerveGroup{nerves, p.m.UsesRoot(), p.side, []musclePart{p}})
	}
	for _, p := range parts {
		if p.m.Parallel {
			for _, nv := range p.m.Nerves {
				put([]string{nv}, p)
			}
		} else {
			put(p.m.Nerves, p)
		}
	}
	return groups
}

// periphery extends d from a pool to its muscles parts: through the
// ventral root of segment root (-1 for a cranial pool), then one branch
// per way out, or d itself when there is only one.
func (b *builder) periphery(d *draft, parts []musclePart, root anatomy.Level) {
	groups := groupByNerves(parts)
	shared := root >= 0
	for _, g := range groups {
		shared = shared && g.root
	}
	if shared {
		b.root(d, root, parts[0].side)
	}
	// Muscles without a nerve of their own in the atlas (the trunk's, the
	// psoas) end where the root does; the others get a branch per way out,
	// or continue d when there is only one.
	var out []*nerveGroup
	for _, g := range groups {
		if len(g.nerves) == 0 && (shared || !g.root) {
			d.mark(musclesCaption(g.parts, g.side, ""), levelPeriphery)
			continue
		}
		out = append(out, g)
	}
	if len(out) > 1 {
		d.supply = 0 // counted in the branches, which choose the principal route among them
	}
	for _, g := range out {
		e := d
		if len(out) > 1 {
			e = d.branchAt(d.last(), d.weight)
			e.reached = true // it ends in muscles
			for _, p := range g.parts {
				e.supply += d.weight * p.share
			}
		}
		if !shared && g.root && root >= 0 {
			b.root(e, root, g.side)
		}
		if !g.root && root >= 0 {
			b.rootlets(e, root, g.parts[0].m.Column, g.side)
		}
		for _, id := range g.nerves {
			nv := b.a.Nerve(id)
			path := anatomy.PathOnSide(nv.Path, g.side)
			k, at := nearestOn(path, e.end())
			e.to(at)
			e.mark(sideWord(g.side)+" "+nv.Name, levelPeriphery)
			e.along(path[k+1:])
		}
		e.mark(musclesCaption(g.parts, g.side, b.nerveWords(g.nerves)), levelPeriphery)
	}
}

// root extends d through segment l's ventral root on side s.
func (b *builder) root(d *draft, l anatomy.Level, s anatomy.Side) {
	path := b.a.RootPath(l, s)
	d.to(path[0])
	d.mark(sideWord(s)+" "+l.String()+" ventral root", l.String())
	d.along(path[1:])
}

// rootlets extends d through the rootlets of its own by which column's
// axons leave segment l on side s (the spinal accessory nerve's), up beside
// the cord to where the nerve's trunk begins.
func (b *builder) rootlets(d *draft, l anatomy.Level, column string, s anatomy.Side) {
	path := b.a.RootletPath(l, b.a.Column(column), s)
	d.to(path[0])
	d.along(path[1:])
}

// nearestOn returns the point of path nearest to p and the index of the
// segment it lies on. Axons join a nerve where it passes them: the
// accessory nerve's rootlets join it as it climbs beside the cord, and the
// atlas has no plexuses, so a root's axons go straight to the nearest part
// of their nerve.
func nearestOn(path []mgl64.Vec3, p mgl64.Vec3) (int, mgl64.Vec3) {
	best, bestK, bestAt := -1.0, 0, path[0]
	for k := 0; k+1 < len(path); k++ {
		a, ab := path[k], path[k+1].Sub(path[k])
		t := 0.0
		if l2 := ab.Dot(ab); l2 > 0 {
			t = p.Sub(a).Dot(ab) / l2
		}
		t = max(0, min(1, t))
		q := a.Add(ab.Mul(t))
		if d := q.Sub(p).Len(); best < 0 || d < best-1e-9 {
			best, bestK, bestAt = d, k, q
		}
	}
	return bestK, bestAt
}

// nerveWords names the last of nerves, the one that reaches the muscles,
// without what its name adds in brackets: "facial nerve"; "" for none.
func (b *builder) nerveWords(nerves []string) string {
	if len(nerves) == 0 {
		return ""
	}
	name, _, _ := strings.Cut(b.a.Nerve(nerves[len(nerves)-1]).Name, " (")
	return name
}
