package anatomy

// The upper motor neurons (umn.json): the areas of the motor cortex,
// with their hot spots on the sheet, and the brainstem centres.

// Area is a population of upper motor neurons: a somatotopic area of the
// motor cortex or a brainstem centre. At is the left one's centre.
type Area struct {
	ID   string  `json:"id"`
	Name string  `json:"name"`
	Kind string  `json:"kind"`
	At   Point   `json:"at"`
	R    float64 `json:"r"`
	// Path is a brainstem centre's axons down to the cord.
	Path []Point `json:"path"`
	// Sheet, for an area of the motor cortex, lays its neurons out on
	// the real cortical sheet, muscle by muscle (see Spot); without it
	// the area is one population at At.
	Sheet []Spot `json:"sheet"`
	// Territory, for an area with a sheet, samples the part of the real
	// strip it covers, the central sulcus's bank included: points a few
	// millimetres under the drawn surface, inside the strip, each standing
	// for an equal patch of the sheet. A muscle's neurons are not only at its hot spot but spread
	// thinly over the representation of its part of the body (Schieber
	// 2001): the lesion engine splits the territory between the area's
	// body regions by their muscles' nearest hot spots (scene/lesion,
	// territory.go). internal/atlasfit/sheetfit lays it out.
	Territory []Point `json:"territory"`
	// Cortical, for a brainstem centre, is its drive from the cortex
	// (see CentreDrive), or nil for a centre that needs none.
	Cortical *CentreDrive `json:"cortical"`
	Src      []string     `json:"src"`
}

// CentreDrive is a brainstem centre's drive from the cortex: the
// corticoreticular fibres, which leave the cortex with the corticospinal
// ones and run with them (through the corona radiata, the internal
// capsule, the crus and the basis pontis) to the level of the centre,
// where they leave them for the tegmentum. Their neurons lie mostly in
// the premotor and supplementary motor areas; the model holds those as
// sources of the body parts' channels (Channel.Sources), not of these
// routes, so only their fibres can be cut: each input is
// the fibres of an area's channel down to the station where they leave
// it (LeavesAfter), from the same or the other hemisphere. The centre
// drives its pools as long as it keeps more than Spare of that input;
// past it, it loses its cortical command (Share of its drive) in
// proportion, all of it when every cortical fibre to it is cut. A bilateral ventral pontine lesion
// leaves the reticulospinal tracts whole but without a cortex to command
// them.
type CentreDrive struct {
	Inputs []BulbarInput `json:"inputs"`
	// Spare is the share of its cortical input the centre can lose with
	// no loss of its own drive: one hemisphere's fibres are enough.
	Spare float64 `json:"spare"`
	// Share is the part of the centre's drive that is the cortex's
	// command, lost when all its cortical input is: the rest comes from
	// its other inputs (vestibular, collicular, spinal), which a lesion
	// of the corticofugal fibres leaves alone.
	Share   float64  `json:"share"`
	Comment string   `json:"comment"`
	Src     []string `json:"src"`
}

// Spot is where, on the cortical sheet, an area's neurons for one muscle
// are densest: the muscle's hot spot. The strip is not a mosaic of body
// parts but of overlapping muscle maps, each peaking at its hot spot and
// thinning out around it (Schieber 2001), laid out in Penfield's order
// (toes deep on the paracentral lobule, the hip at the vertex, then the
// shoulder, elbow, wrist, fingers and thumb down the convexity, then the
// brow, eyelids, lips, jaw, tongue and throat; Penfield and Rasmussen
// 1950). A spot is a population like an area's, densest at At and
// thinning out to R; the area is the sum of its spots.
type Spot struct {
	Muscle string  `json:"muscle"`
	At     Point   `json:"at"`
	R      float64 `json:"r"`
}
