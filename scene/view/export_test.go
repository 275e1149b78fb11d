package view

import "fmt"

// CheckOrder reports the first pair of triangles of the last frame drawn
// nearer before farther.
func CheckOrder(r *Renderer) error {
	for i := 1; i < len(r.tris); i++ {
		if r.tris[i]>>keyShift > r.tris[i-1]>>keyShift {
			return fmt.Errorf("triangle %d (depth key %d) comes after a nearer one (%d)", i, r.tris[i]>>keyShift, r.tris[i-1]>>keyShift)
		}
	}
	return nil
}
