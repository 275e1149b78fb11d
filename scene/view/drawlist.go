// Package view turns the 3D model into what a frame shows: it owns the
// camera (orbit, zoom, pan), the lighting, the back-to-front ordering of
// translucent and opaque triangles, and picking, and writes each frame as a
// DrawList of plain screen-space triangles and text. It never imports
// Ebiten: the game draws a DrawList with Ebiten, scene/raster draws the same
// list into a PNG.
package view

// Vertex is one corner of a screen-space triangle: its position in pixels
// (origin top left, y down) and its colour, straight (not premultiplied)
// alpha, each channel 0 to 1.
type Vertex struct {
	X, Y       float32
	R, G, B, A float32
}

// Align is where a text's anchor lies along its line.
type Align uint8

// The alignments of a text to its anchor point.
const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
)

// Text is one line of text: anchored at (X, Y), the baseline's left end,
// centre or right end by Align, Size pixels high, in a colour with straight
// alpha.
type Text struct {
	X, Y       float32
	Size       float32
	R, G, B, A float32
	Align      Align
	S          string
}

// DrawList is one frame: a background, triangles in drawing order (back to
// front) and texts drawn over them. It is rebuilt every frame into the same
// slices, so a steady state allocates nothing.
type DrawList struct {
	Width, Height int
	// Background is the straight-alpha colour the frame is cleared to.
	Background [4]float32
	Vertices   []Vertex
	// Indices holds three vertex indices per triangle, in drawing order.
	Indices []uint32
	Texts   []Text
	// Boxes are the panels of the overlay, each named, in the order drawn:
	// what a layout check and the page's window.decussate.boxes read.
	Boxes []Box
}

// Box is a named rectangle of the screen, in pixels.
type Box struct {
	ID         string
	X, Y, W, H float32
}

// Overlaps reports whether b and o share more than a sliver (tol pixels)
// of area.
func (b Box) Overlaps(o Box, tol float32) bool {
	return b.X+tol < o.X+o.W && o.X+tol < b.X+b.W && b.Y+tol < o.Y+o.H && o.Y+tol < b.Y+b.H
}

// Inside reports whether b lies within o, give or take tol pixels.
func (b Box) Inside(o Box, tol float32) bool {
	return b.X >= o.X-tol && b.Y >= o.Y-tol && b.X+b.W <= o.X+o.W+tol && b.Y+b.H <= o.Y+o.H+tol
}

// Reset empties the list for a new frame of w × h pixels, keeping its
// storage.
func (d *DrawList) Reset(w, h int) {
	d.Width, d.Height = w, h
	d.Vertices = d.Vertices[:0]
	d.Indices = d.Indices[:0]
	d.Texts = d.Texts[:0]
	d.Boxes = d.Boxes[:0]
}

// Triangle appends one triangle of a single colour.
func (d *DrawList) Triangle(x0, y0, x1, y1, x2, y2 float32, c [4]float32) {
	base := uint32(len(d.Vertices))
	d.Vertices = append(d.Vertices,
		Vertex{x0, y0, c[0], c[1], c[2], c[3]},
		Vertex{x1, y1, c[0], c[1], c[2], c[3]},
		Vertex{x2, y2, c[0], c[1], c[2], c[3]})
	d.Indices = append(d.Indices, base, base+1, base+2)
}

// Line appends a straight line of width w pixels as two triangles.
func (d *DrawList) Line(x0, y0, x1, y1, w float32, c [4]float32) {
	dx, dy := x1-x0, y1-y0
	l := sqrt32(dx*dx + dy*dy)
	if l == 0 {
		return
	}
	nx, ny := -dy/l*w/2, dx/l*w/2
	base := uint32(len(d.Vertices))
	d.Vertices = append(d.Vertices,
		Vertex{x0 + nx, y0 + ny, c[0], c[1], c[2], c[3]},
		Vertex{x1 + nx, y1 + ny, c[0], c[1], c[2], c[3]},
		Vertex{x1 - nx, y1 - ny, c[0], c[1], c[2], c[3]},
		Vertex{x0 - nx, y0 - ny, c[0], c[1], c[2], c[3]})
	d.Indices = append(d.Indices, base, base+1, base+2, base, base+2, base+3)
}

// Rect appends a filled rectangle.
func (d *DrawList) Rect(x, y, w, h float32, c [4]float32) {
	base := uint32(len(d.Vertices))
	d.Vertices = append(d.Vertices,
		Vertex{x, y, c[0], c[1], c[2], c[3]},
		Vertex{x + w, y, c[0], c[1], c[2], c[3]},
		Vertex{x + w, y + h, c[0], c[1], c[2], c[3]},
		Vertex{x, y + h, c[0], c[1], c[2], c[3]})
	d.Indices = append(d.Indices, base, base+1, base+2, base, base+2, base+3)
}

// Panel appends a filled rectangle that is one of the overlay's panels,
// and records its box under id.
func (d *DrawList) Panel(id string, x, y, w, h float32, c [4]float32) {
	d.Rect(x, y, w, h, c)
	d.Boxes = append(d.Boxes, Box{ID: id, X: x, Y: y, W: w, H: h})
}

// Label appends a text.
func (d *DrawList) Label(x, y, size float32, c [4]float32, align Align, s string) {
	d.Texts = append(d.Texts, Text{X: x, Y: y, Size: size, R: c[0], G: c[1], B: c[2], A: c[3], Align: align, S: s})
}
