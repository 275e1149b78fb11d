package geom

import "github.com/go-gl/mathgl/mgl32"

// Tube returns a mesh of a tube of radius r along path (atlas
// millimetres), for what a mode draws over the model: a traced chain, say.
func Tube(id, name string, path []mgl32.Vec3, r float32, color [4]float32) Mesh {
	m := tube(path, r, 6, 10).mesh(id, name, "overlay", color)
	m.withCoarse(tube(path, r, 3, 30))
	return m
}

// UnitSphere returns a coarse sphere of radius 1 about the origin, the
// shape of markers the view places every frame.
func UnitSphere() Mesh {
	return ellipsoid(mgl32.Vec3{}, mgl32.Vec3{1, 1, 1}, 6, 8).mesh("marker", "marker", "overlay", [4]float32{1, 1, 1, 1})
}

// Sphere returns a sphere mesh of radius r about c (atlas millimetres): a
// lesion, or a population of cell bodies it destroyed.
func Sphere(id, name string, c mgl32.Vec3, r float32, color [4]float32) Mesh {
	m := ellipsoid(c, mgl32.Vec3{r, r, r}, 10, 14).mesh(id, name, "overlay", color)
	m.withCoarse(ellipsoid(c, mgl32.Vec3{r, r, r}, 6, 8))
	return m
}
