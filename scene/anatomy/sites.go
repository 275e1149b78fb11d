package anatomy

// The named lesion sites (sites.json) and what each destroys.

// Site is a named lesion site: what it destroys.
type Site struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind"`
	// Sides lists the accepted sides among L, R, B and M.
	Sides string `json:"sides"`
	// Level is "required", "optional" or empty (no level).
	Level  string   `json:"level"`
	Levels string   `json:"levels"`
	Cuts   []Cut    `json:"cuts"`
	Src    []string `json:"src"`

	// First and Last are Levels parsed.
	First, Last Level `json:"-"`
}

// Cut is one part of what a site destroys.
type Cut struct {
	Soma        []string      `json:"soma"`
	Station     string        `json:"station"`
	Channels    ChannelShares `json:"channels"`
	Decussation string        `json:"decussation"`
	Pools       []string      `json:"pools"`
	Columns     []string      `json:"columns"`
	Nerves      []string      `json:"nerves"`
	Roots       string        `json:"roots"`
	// Plexus is the levels (within PlexusLevels) whose fibres the cut
	// takes in the brachial plexus's trunks, below the roots' branches.
	Plexus        string   `json:"plexus"`
	Cord          []string `json:"cord"`
	Levels        string   `json:"levels"`
	DefaultLevels string   `json:"default_levels"`
	// MedialToLateral, for a laminated tract, gives the share destroyed of
	// the most medial and of the most lateral of its channels present at
	// the level cut, the ones between in proportion to their place: a
	// central lesion takes the medial fibres, those ending nearest the
	// level, most and the lateral ones less.
	MedialToLateral *[2]float64 `json:"medial_to_lateral"`
	// Side is same (the side asked for) or both.
	Side     string   `json:"side"`
	Fraction *float64 `json:"fraction"`
	// Comment gives the reason for a modelled fraction.
	Comment string `json:"comment"`
}

// Share returns the share of the cut elements destroyed.
func (c *Cut) Share() float64 {
	if c.Fraction == nil {
		return 1
	}
	return *c.Fraction
}

// ChannelShare returns the share of channel ch the cut destroys, or 0 if it
// does not name it; a cut that names no channels takes all at the share.
func (c *Cut) ChannelShare(ch string) float64 {
	if len(c.Channels) == 0 {
		return c.Share()
	}
	f, ok := c.Channels[ch]
	if !ok {
		return 0
	}
	return f * c.Share()
}
