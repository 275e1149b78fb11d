package view

import (
	"math"

	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// How a mesh becomes the frame's triangles: every vertex is projected,
// the triangles facing away are culled on screen, and only the vertices
// the kept triangles use are lit, once the mesh's triangles are done. On
// a closed surface that is about half of them. The three steps are tight
// loops of their own, with what a mesh's style decides read once a mesh:
// this is most of a frame's time.

// projected is a vertex of the frame on screen: its pixel, its depth (clip
// w) and, once a kept triangle uses it, its number in the list's vertices
// (-1 until then), side by side so that a triangle reads each corner once.
type projected struct {
	x, y, w float32
	out     int32
}

// drawMesh projects, culls and lights one mesh into the pass: moved to
// at and scaled by scale (markers), brightened by boost, dimmed by dim (the
// model behind a trace).
func (r *Renderer) drawMesh(p *pass, md *meshData, mesh *geom.Mesh, st style, mi int, boost, dim float32, at mgl32.Vec3, scale float32) {
	// A section's own cut face and marks lie on its plane: never cut.
	clip := p.clip && mesh.Group != "section"
	// The model is cut away on the camera's side of the section, so that
	// its cut face shows; a trace is kept only in a thin slab on that
	// side, where it crosses the section (nearSideOnly), the fibres
	// around the cut only in one behind it (clipOf).
	kind := clipNearSide
	if clip {
		kind = r.clipOf(mesh)
	}
	if kind == clipHidden {
		p.vi += len(md.pos)
		return
	}
	// facing: md.planes and its bounds are known (not a marker's).
	facing := scale == 1 && md.planes != nil
	if facing && clip && kind == clipNearSide {
		// A mesh wholly on one side of the section is cut away whole,
		// or not cut: the brain above a section of the cord.
		if md.centre[2]+md.radius < p.clipZ {
			p.vi += len(md.pos)
			return
		}
		clip = md.centre[2]-md.radius < p.clipZ
	}
	if facing && !clip && p.inFront(md) {
		r.drawFacing(p, md, mesh, st, mi, boost, dim)
		return
	}
	base := p.vi
	proj := r.proj[:len(md.pos)]
	behind := p.project(proj, md.pos, at, scale)
	if clip {
		r.markClip(p, md.pos, at, scale, kind)
	}
	p.vi += len(md.pos)
	from := p.no
	r.cull(p, proj, md.idx, uint32(base), uint16(mi), behind, clip, kind)
	r.place(p, proj, uint32(base), from)
	r.shade(p, md, mesh, st, uint32(base), from, boost, dim)
}

// project writes each of pos's vertices, moved to at and scaled by scale,
// on screen into proj, none lit yet, and reports whether any lies behind
// the camera.
func (p *pass) project(proj []projected, pos []mgl32.Vec3, at mgl32.Vec3, scale float32) (behind bool) {
	// The projection, written out: mgl32's Mul4x1 copies the matrix,
	// and this loop runs for every vertex of every frame.
	m := &p.m
	hw, hh := p.hw, p.hh
	// The matrix's rows for clip x, y and w, one number a register.
	x0, x1, x2, x3 := m[0], m[4], m[8], m[12]
	y0, y1, y2, y3 := m[1], m[5], m[9], m[13]
	w0, w1, w2, w3 := m[3], m[7], m[11], m[15]
	pos = pos[:len(proj)]
	for k := range proj {
		q := pos[k]
		if scale != 1 {
			q = at.Add(q.Mul(scale))
		}
		q0, q1, q2 := q[0], q[1], q[2]
		w := w0*q0 + w1*q1 + w2*q2 + w3
		if !(w > minDepth) {
			behind = true
			proj[k] = projected{w: w, out: -1}
			continue
		}
		cx := x0*q0 + x1*q1 + x2*q2 + x3
		cy := y0*q0 + y1*q1 + y2*q2 + y3
		proj[k] = projected{x: hw + cx/w*hw, y: hh - cy/w*hh, w: w, out: -1}
	}
	return behind
}

// markClip marks, under a section's clip, the vertices pos of the mesh
// being drawn on the cut-away side (above) and, for a mesh drawn only in
// a stub (kind), those past it (deep).
func (r *Renderer) markClip(p *pass, pos []mgl32.Vec3, at mgl32.Vec3, scale float32, kind clipKind) {
	above, deep := r.above[:len(pos)], r.deep[:len(pos)]
	slab := kind == clipStubBelow
	behind := kind == clipStubBehind
	for k, q := range pos {
		if scale != 1 {
			q = at.Add(q.Mul(scale))
		}
		above[k] = (q[2] < p.clipZ) != slab
		deep[k] = slab && q[2] < p.clipZ-traceStub || behind && q[2] > p.clipZ+contextSlab
	}
}

// cull adds to the pass the triangles of idx (vertex numbers into proj,
// the mesh's vertices, which start at the frame's vertex base) that face
// the camera and are not clipped away, as frame mesh mi, numbering the
// vertices they use in the order triangles first use them.
func (r *Renderer) cull(p *pass, proj []projected, idx []uint32, base uint32, mi uint16, behind, clip bool, kind clipKind) {
	idx = idx[:len(idx)/3*3]
	r.kept = grow(r.kept, len(idx)/3)
	var kept []uint32
	if behind || clip {
		kept = r.keepClipped(proj, idx, behind, clip, kind)
	} else {
		kept = keepFacing(r.kept, proj, idx)
	}
	src := r.src
	tris, faces, faceMesh := p.tris, p.faces, p.faceMesh
	invFar := p.invFar
	no, ti := int32(p.no), p.ti
	for _, i := range kept {
		t := idx[i : i+3 : i+3]
		ka, kb, kc := t[0], t[1], t[2]
		va, vb, vc := &proj[ka], &proj[kb], &proj[kc]
		// Vertices are numbered one after another, in the order
		// triangles first use them: the list holds only those in use.
		// Written without branches, as keepFacing: whether a corner is
		// new is as hard to guess. src has room for one more than
		// the frame's vertices, so the write for a corner that is not
		// new always fits (the next new one overwrites it).
		no = number(&va.out, src, no, base+ka)
		no = number(&vb.out, src, no, base+kb)
		no = number(&vc.out, src, no, base+kc)
		// The key: the mean depth as a share of the farthest, in 16
		// bits.
		d := (va.w + vb.w + vc.w) * invFar
		tris[ti] = uint64(triKey(d))<<keyShift | uint64(ti)
		f := faces[3*ti : 3*ti+3 : 3*ti+3]
		f[0], f[1], f[2] = uint32(va.out), uint32(vb.out), uint32(vc.out)
		faceMesh[ti] = mi
		ti++
	}
	p.no, p.ti = int(no), ti
}

// number gives a vertex whose list number is *out, if it has none yet
// (-1), the list's next vertex number no, noting in src that it is vertex
// k of the frame, and returns the next number free.
func number(out *int32, src []uint32, no int32, k uint32) int32 {
	o := *out
	isNew := int32(uint32(o) >> 31) // numbers are never negative: -1 is none
	src[no] = k
	if o < 0 {
		o = no
	}
	*out = o
	return no + isNew
}

// keepFacing writes to kept where in idx each triangle facing the camera
// starts, and returns them. It is written without a branch on the facing:
// on a folded surface which way the next triangle faces is a coin toss
// the processor would lose often.
func keepFacing(kept []uint32, proj []projected, idx []uint32) []uint32 {
	n := 0
	for i := 0; i+2 < len(idx); i += 3 {
		t := idx[i : i+3 : i+3]
		va, vb, vc := &proj[t[0]], &proj[t[1]], &proj[t[2]]
		// Screen y runs down, so a face turned to the camera winds
		// clockwise on screen: negative area here. Shells too show
		// only their near face here; their far side is drawn as a mesh
		// of its own, its triangles wound the other way (farSide).
		area := (vb.x-va.x)*(vc.y-va.y) - (vb.y-va.y)*(vc.x-va.x)
		kept[n] = uint32(i)
		if area < 0 {
			n++
		}
	}
	return kept[:n]
}

// keepClipped is keepFacing for a mesh some of whose vertices lie behind
// the camera, or which a section's clip cuts.
func (r *Renderer) keepClipped(proj []projected, idx []uint32, behind, clip bool, kind clipKind) []uint32 {
	above, deep, kept := r.above, r.deep, r.kept
	slab := clip && kind == clipStubBelow
	stub := clip && kind == clipStubBehind
	n := 0
	for i := 0; i+2 < len(idx); i += 3 {
		t := idx[i : i+3 : i+3]
		ka, kb, kc := t[0], t[1], t[2]
		va, vb, vc := &proj[ka], &proj[kb], &proj[kc]
		if behind && (va.w <= minDepth || vb.w <= minDepth || vc.w <= minDepth) {
			continue // behind the camera
		}
		if (vb.x-va.x)*(vc.y-va.y)-(vb.y-va.y)*(vc.x-va.x) >= 0 {
			continue // turned away
		}
		if clip && !slab && (above[ka] || above[kb] || above[kc]) {
			// Cut away on the section's near side: a triangle the plane
			// crosses goes too, or a tube cut there would stick out of
			// the cut face toward the viewer as a shard.
			continue
		}
		if clip && slab && above[ka] && above[kb] && above[kc] {
			continue // a trace's far side
		}
		if slab && deep[ka] && deep[kb] && deep[kc] {
			continue // a trace past its stub below the section
		}
		if stub && (deep[ka] || deep[kb] || deep[kc]) {
			continue // a fibre past its stub behind the cut face
		}
		kept[n] = uint32(i)
		n++
	}
	return kept[:n]
}

// place writes the pass's vertices from number from on, which cull took
// from the mesh projected into proj (its vertices starting at the frame's
// base), to the list: where they lie on screen.
func (r *Renderer) place(p *pass, proj []projected, base uint32, from int) {
	verts := p.verts[from:p.no]
	src := r.src[from:p.no]
	src = src[:len(verts)]
	for i := range verts {
		pr := &proj[src[i]-base]
		verts[i].X, verts[i].Y = pr.x, pr.y
	}
}

// projectUsed projects the pass's vertices from number from on, which
// drawFacing took from md (its vertices starting at the frame's base), to
// the list's screen positions, as project does, and notes their depths.
func (r *Renderer) projectUsed(p *pass, md *meshData, base uint32, from int) {
	verts := p.verts[from:p.no]
	src := r.src[from:p.no]
	src = src[:len(verts)]
	depth := r.depth[from:p.no]
	depth = depth[:len(verts)]
	pos := md.pos
	m := &p.m
	hw, hh := p.hw, p.hh
	x0, x1, x2, x3 := m[0], m[4], m[8], m[12]
	y0, y1, y2, y3 := m[1], m[5], m[9], m[13]
	w0, w1, w2, w3 := m[3], m[7], m[11], m[15]
	for i := range verts {
		q := &pos[src[i]-base]
		q0, q1, q2 := q[0], q[1], q[2]
		w := w0*q0 + w1*q1 + w2*q2 + w3
		cx := x0*q0 + x1*q1 + x2*q2 + x3
		cy := y0*q0 + y1*q1 + y2*q2 + y3
		v := &verts[i]
		v.X, v.Y = hw+cx/w*hw, hh-cy/w*hh
		depth[i] = w
	}
}

// shade lights the pass's vertices from number from on, which cull took
// from this mesh (its vertices starting at the frame's base), and writes
// their colours to the list. Its numbers are scalars, not arrays, which the
// compiler keeps in memory, and its choices by the sign of a dot product
// are written without branches (absf): which way the next vertex of the
// folded cortex faces is as hard to guess as in keepFacing.
func (r *Renderer) shade(p *pass, md *meshData, mesh *geom.Mesh, st style, base uint32, from int, boost, dim float32) {
	verts := p.verts[from:p.no]
	src := r.src[from:p.no]
	src = src[:len(verts)]
	nrm, colors := md.nrm, md.colors
	if boost == 1 && dim == 0 {
		shadePlain(verts, src, nrm, colors, &mesh.Color, base, p.light, p.back, st)
		return
	}
	l0, l1, l2 := p.light[0], p.light[1], p.light[2]
	b0, b1, b2 := p.back[0], p.back[1], p.back[2]
	opaque, shell, backFace := st.opaque, st.shell, st.back
	fade := 1 - 0.8*dim
	keepSolid := st.keepSolid
	solidFade := 1 - 0.45*dim
	for i := range verts {
		k := src[i] - base
		n := &nrm[k]
		n0, n1, n2 := n[0], n[1], n[2]
		c := &mesh.Color
		if colors != nil {
			c = &colors[k]
		}
		cr, cg, cb, ca := c[0], c[1], c[2], c[3]
		ndl := n0*l0 + n1*l1 + n2*l2
		// ambient, plus diffuse light where the face is turned to it:
		// (ndl+|ndl|)/2 is ndl above 0, else 0, exactly.
		shade := ambient + diffuse*((ndl+absf(ndl))*0.5)
		if opaque {
			ca = 1
		}
		if shell {
			// A translucent shell shows as a rim: clearer face on,
			// denser at its silhouette, like glass.
			shade = ambient + diffuse*absf(ndl)
			// Facing is measured against the camera's axis, not the
			// ray to each vertex: at a 30° field of view the two
			// differ by under 4 %, and the axis spares a square root
			// and a division for every vertex of the glass brain.
			facing := absf(n0*b0 + n1*b1 + n2*b2)
			ca *= 0.55 + 1.3*(1-facing)
			if backFace {
				// The far side is seen through the near one,
				// blurred: a fainter, darker echo, so that its gyri
				// read without veiling the pathways in front of it.
				ca *= backAlpha
				shade *= backShade
			}
		}
		if boost != 1 {
			shade = min(1/max(cr, cg, cb, 1e-3), shade*boost)
		}
		if dim > 0 {
			// Dimmed parts fade and lose their colour, so that what
			// is lit stands out.
			grey := (cr + cg + cb) / 3
			cr, cg, cb = cr+(grey-cr)*dim, cg+(grey-cg)*dim, cb+(grey-cb)*dim
			if keepSolid {
				// Greyed and darker, but solid: the look stays the
				// one chosen.
				shade *= solidFade
			} else {
				ca *= fade
				shade *= fade
			}
		}
		v := &verts[i]
		// A comparison, not min, which pays for NaN handling (and is
		// a call of the runtime's in WebAssembly).
		if ca > 1 {
			ca = 1
		}
		v.R, v.G, v.B, v.A = cr*shade, cg*shade, cb*shade, ca
	}
}

// shadePlain is shade for a mesh neither brightened nor dimmed, most of
// a frame: the same loop without those steps, whose numbers the browser
// build otherwise keeps in memory, not registers (a tenth of its frame).
func shadePlain(verts []Vertex, src []uint32, nrm []mgl32.Vec3, colors [][4]float32, color *[4]float32, base uint32, light, back mgl32.Vec3, st style) {
	src = src[:len(verts)]
	l0, l1, l2 := light[0], light[1], light[2]
	b0, b1, b2 := back[0], back[1], back[2]
	opaque, shell, backFace := st.opaque, st.shell, st.back
	for i := range verts {
		k := src[i] - base
		n := &nrm[k]
		n0, n1, n2 := n[0], n[1], n[2]
		c := color
		if colors != nil {
			c = &colors[k]
		}
		ca := c[3]
		ndl := n0*l0 + n1*l1 + n2*l2
		shade := ambient + diffuse*((ndl+absf(ndl))*0.5)
		if opaque {
			ca = 1
		}
		if shell {
			shade = ambient + diffuse*absf(ndl)
			facing := absf(n0*b0 + n1*b1 + n2*b2)
			ca *= 0.55 + 1.3*(1-facing)
			if backFace {
				ca *= backAlpha
				shade *= backShade
			}
		}
		if ca > 1 {
			ca = 1
		}
		v := &verts[i]
		v.R, v.G, v.B, v.A = c[0]*shade, c[1]*shade, c[2]*shade, ca
	}
}

// absf is |x|, without a branch.
func absf(x float32) float32 {
	return math.Float32frombits(math.Float32bits(x) &^ (1 << 31))
}
