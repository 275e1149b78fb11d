package view

import (
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
)

// still is what the last frame drawn by FrameIfChanged depended on, and
// how much of its DrawList was the model's.
type still struct {
	valid bool
	dl    *DrawList
	cam   Camera
	w, h  int
	// opt is the frame's options but their markers, which markers holds
	// (a copy).
	opt     optionsKey
	markers []Marker
	// nv, ni, nt and nb are the lengths of the list's vertices, indices,
	// texts and boxes the frame wrote; bg its background.
	nv, ni, nt, nb int
	bg             [4]float32
}

// FrameIfChanged draws the frame as Frame does and reports true, unless
// nothing it depends on (the camera, the size, the options, the overlay)
// changed since its last call with the same dl and no other frame was
// drawn since: then it cuts dl back to what that frame drew (dropping
// what the caller appended after it, the panels) and reports false. A
// still explorer thus does no 3D work, and picking still answers for the
// frame on screen.
func (r *Renderer) FrameIfChanged(dl *DrawList, cam *Camera, w, h int, opt FrameOptions) bool {
	s := &r.still
	key := keyOf(&opt)
	if s.valid && s.dl == dl && s.cam == *cam && s.w == w && s.h == h && s.opt == key && sameMarkers(s.markers, opt.Markers) &&
		len(dl.Vertices) >= s.nv && len(dl.Indices) >= s.ni && len(dl.Texts) >= s.nt && len(dl.Boxes) >= s.nb {
		dl.Vertices, dl.Indices = dl.Vertices[:s.nv], dl.Indices[:s.ni]
		dl.Texts, dl.Boxes = dl.Texts[:s.nt], dl.Boxes[:s.nb]
		dl.Background = s.bg
		return false
	}
	r.Frame(dl, cam, w, h, opt)
	*s = still{valid: true, dl: dl, cam: *cam, w: w, h: h, opt: key, markers: append(s.markers[:0], opt.Markers...),
		nv: len(dl.Vertices), ni: len(dl.Indices), nt: len(dl.Texts), nb: len(dl.Boxes), bg: dl.Background}
	return true
}

func sameMarkers(a, b []Marker) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// optionsKey is FrameOptions but its markers: comparable with ==. A test
// checks that it has every other field.
type optionsKey struct {
	proportions          geom.Proportions
	look                 geom.Look
	moving, labels       bool
	highlight            int
	textScale, labelSize float32
	labelMin, dim        float32
	light, clip          bool
	clipZ                float32
	labelArea            Area
	dimKeepsSolid        bool
	labelKeepOff         [4]Area
	labelFirst           string
	labelSide            anatomy.Side
	labelSided           bool
	labelFloor           float32
}

func keyOf(o *FrameOptions) optionsKey {
	return optionsKey{o.Proportions, o.Look, o.Moving, o.Labels, o.Highlight, o.TextScale, o.LabelSize,
		o.LabelMin, o.Dim, o.Light, o.Clip, o.ClipZ, o.LabelArea, o.DimKeepsSolid,
		o.LabelKeepOff, o.LabelFirst, o.LabelSide, o.LabelSided, o.LabelFloor}
}
