package geom

// The palette. Somatotopic channels take the Okabe-Ito and Tol colours,
// told apart by the colour-blind; structures are muted so that the
// pathways stand out.
var (
	channelColors = map[string][4]float32{
		"face":    rgb(0xD5, 0x5E, 0x00),
		"tongue":  rgb(0xE6, 0x9F, 0x00),
		"neck":    rgb(0xF0, 0xE4, 0x42),
		"arm":     rgb(0x00, 0x9E, 0x73),
		"hand":    rgb(0x56, 0xB4, 0xE9),
		"trunk":   rgb(0x00, 0x72, 0xB2),
		"leg":     rgb(0xCC, 0x79, 0xA7),
		"bladder": rgb(0x88, 0x22, 0x55),
		"cma":     rgb(0xDD, 0xCC, 0x77),
	}
	cortexColor      = [4]float32{0.86, 0.80, 0.78, 0.13}
	postcentralColor = [4]float32{0.95, 0.93, 0.90, 0.14}
	// area6Color is the premotor cortex and the SMA: a cool grey, neither
	// the cortex's warm one nor any channel's, denser than the glass so
	// that the patch reads in front of the strip.
	area6Color     = [4]float32{0.66, 0.68, 0.80, 0.3}
	bandAlpha      = float32(0.55)
	thalamusColor  = [4]float32{0.93, 0.86, 0.55, 0.32}
	lentiformColor = [4]float32{0.72, 0.62, 0.80, 0.32}
	caudateColor   = [4]float32{0.55, 0.66, 0.84, 0.26}
	capsuleColor   = [4]float32{0.95, 0.95, 0.92, 0.4}
	brainstemColor = [4]float32{0.88, 0.84, 0.80, 0.38}
	crusColor      = [4]float32{0.95, 0.93, 0.86, 0.5}
	tegmentumColor = [4]float32{0.80, 0.76, 0.74, 0.3}
	oliveColor     = [4]float32{0.86, 0.72, 0.62, 0.5}
	cerebellColor  = [4]float32{0.80, 0.74, 0.70, 0.14}
	cordColor      = [4]float32{0.92, 0.90, 0.86, 0.30}
	greyColor      = [4]float32{0.62, 0.58, 0.62, 0.75}
	hornColor      = [4]float32{0.86, 0.42, 0.42, 0.9}
	markColor      = [4]float32{0.45, 0.45, 0.5, 0.55}
	rootColor      = [4]float32{0.90, 0.86, 0.62, 1}
	nucleusColor   = [4]float32{0.90, 0.30, 0.30, 1}
	nerveColor     = [4]float32{0.78, 0.74, 0.56, 1}
	anteriorColor  = [4]float32{0.70, 0.70, 0.74, 1}
)

// ChannelColor returns the colour of a somatotopic channel (a cortical
// area), for legends and traces.
func ChannelColor(id string) ([4]float32, bool) {
	c, ok := channelColors[id]
	return c, ok
}

func rgb(r, g, b uint8) [4]float32 {
	return [4]float32{float32(r) / 255, float32(g) / 255, float32(b) / 255, 1}
}
