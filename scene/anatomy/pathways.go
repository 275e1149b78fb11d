package anatomy

// The corticofugal pathway (pathways.json): its stations from corona
// radiata to pyramid, the channels that pass them, the decussation, and
// the cord's descending tracts.

// Station is a level of the corticofugal pathway, from corona radiata to
// pyramid, in the order the fibres pass them.
type Station struct {
	ID   string   `json:"id"`
	Name string   `json:"name"`
	R    float64  `json:"r"`
	Src  []string `json:"src"`
}

// Channel is one somatotopic bundle of corticofugal fibres: those of one
// cortical area, followed station by station.
type Channel struct {
	ID   string `json:"id"`
	Area string `json:"area"`
	// Kind is corticobulbar (ends in the brainstem) or corticospinal.
	Kind   string        `json:"kind"`
	Course []CoursePoint `json:"course"`
	// Decussation is the part of the pyramidal decussation a corticospinal
	// channel crosses in: rostral or caudal.
	Decussation string `json:"decussation"`
	// Lateral is the channel's place in the lateral corticospinal tract's
	// cross-section, in fractions of the cord's half-widths.
	Lateral [2]float64 `json:"lateral"`
	// Ends is the lowest segment the channel's lateral tract reaches.
	Ends string `json:"ends"`
	// Sources are the other cortical areas whose fibres run in the
	// channel: area 6's (the dorsal premotor cortex, the supplementary
	// motor area), which join the area's own fibres at the channel's
	// corona radiata point and run with them from there to the pyramid.
	// The channel's own area has the share the sources leave.
	Sources []ChannelSource `json:"sources"`
	Src     []string        `json:"src"`
}

// ChannelSource is another cortical area's share of a channel's fibres.
type ChannelSource struct {
	Area string  `json:"area"`
	W    float64 `json:"w"`
}

// OwnShare returns the share of the channel's fibres that come from its
// own area: what its sources leave.
func (c *Channel) OwnShare() float64 {
	own := 1.0
	for _, s := range c.Sources {
		own -= s.W
	}
	return own
}

// CoursePoint is where a channel passes one station (left side).
type CoursePoint struct {
	Station string `json:"station"`
	At      Point  `json:"at"`
}

// Decussation is one part of the pyramidal decussation.
type Decussation struct {
	ID   string   `json:"id"`
	Name string   `json:"name"`
	Z    float64  `json:"z"`
	Src  []string `json:"src"`
}

// SpinalTract is a descending tract of the cord.
type SpinalTract struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// From is "cortex" for corticospinal tracts or a brainstem centre's area.
	From string `json:"from"`
	// ByChannel tells that the tract keeps its channels apart (lateral
	// corticospinal tract); its places are then the channels' Lateral.
	ByChannel bool `json:"by_channel"`
	// Channels lists the cortical channels an unlaminated corticospinal
	// tract carries.
	Channels []string `json:"channels"`
	// Autonomic tells that the tract carries the descending control of the
	// sympathetic outflow (T1-L2), whose loss on both sides above the
	// splanchnic outflow risks autonomic dysreflexia.
	Autonomic bool       `json:"autonomic"`
	At        [2]float64 `json:"at"`
	R         float64    `json:"r"`
	Ends      string     `json:"ends"`
	Src       []string   `json:"src"`
}
