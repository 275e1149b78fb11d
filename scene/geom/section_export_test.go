package geom

// FilledArea returns the area of fillOutlines' triangles, for tests.
func FilledArea(os []Outline) float64 {
	pts, idx := fillOutlines(os)
	var a float64
	for i := 0; i+2 < len(idx); i += 3 {
		p, q, r := pts[idx[i]], pts[idx[i+1]], pts[idx[i+2]]
		a += float64(cross2(p, q, r)) / 2
	}
	return a
}

// CrossingsForTest exposes crossings.
var CrossingsForTest = crossings
