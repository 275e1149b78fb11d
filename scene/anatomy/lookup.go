package anatomy

// Area returns the upper motor neuron area id, or nil.
func (a *Atlas) Area(id string) *Area {
	if i, ok := a.areaIndex[id]; ok {
		return &a.Areas[i]
	}
	return nil
}

// Station returns the station id's position in the pathway, or -1.
func (a *Atlas) StationIndex(id string) int {
	if i, ok := a.stationIndex[id]; ok {
		return i
	}
	return -1
}

// Channel returns the channel id, or nil.
func (a *Atlas) Channel(id string) *Channel {
	if i, ok := a.channelIndex[id]; ok {
		return &a.Channels[i]
	}
	return nil
}

// ChannelIndex returns the index of channel id in Channels, or -1.
func (a *Atlas) ChannelIndex(id string) int {
	if i, ok := a.channelIndex[id]; ok {
		return i
	}
	return -1
}

// ChannelOfArea returns the channel that carries the fibres of area id, or
// nil.
func (a *Atlas) ChannelOfArea(id string) *Channel { return a.channelOfArea(id) }

// Tract returns the spinal tract id, or nil.
func (a *Atlas) Tract(id string) *SpinalTract {
	if i, ok := a.tractIndex[id]; ok {
		return &a.Tracts[i]
	}
	return nil
}

// Column returns the cord motor column id, or nil.
func (a *Atlas) Column(id string) *Column {
	if i, ok := a.columnIndex[id]; ok {
		return &a.Columns[i]
	}
	return nil
}

// Pool returns the cranial pool id and its nucleus, or nils.
func (a *Atlas) Pool(id string) (*Pool, *Nucleus) {
	if i, ok := a.poolIndex[id]; ok {
		n := &a.Nuclei[i[0]]
		return &n.Pools[i[1]], n
	}
	return nil, nil
}

// Nerve returns the nerve id, or nil.
func (a *Atlas) Nerve(id string) *Nerve {
	if i, ok := a.nerveIndex[id]; ok {
		return &a.Nerves[i]
	}
	return nil
}

// Muscle returns the muscle id, or nil.
func (a *Atlas) Muscle(id string) *Muscle {
	if i, ok := a.muscleIndex[id]; ok {
		return &a.Muscles[i]
	}
	return nil
}

// Site returns the named lesion site id, or nil.
func (a *Atlas) Site(id string) *Site {
	if i, ok := a.siteIndex[id]; ok {
		return &a.Sites[i]
	}
	return nil
}

// Segment returns the cord segment at level l.
func (a *Atlas) Segment(l Level) *Segment { return &a.Segments[l] }

// TractCrosses reports whether some motor column takes fibres of tract id
// that crossed above the cord (columns.json inputs marked crossed).
func (a *Atlas) TractCrosses(id string) bool {
	for ci := range a.Columns {
		for _, p := range a.Columns[ci].Profiles {
			for _, in := range p.Inputs {
				if in.Tract == id && in.Crossed {
					return true
				}
			}
		}
	}
	return false
}
