package meshbuild

// Labels of the Allen Human Reference Atlas 3D (2020) volume as NiiVue's
// remapped copy numbers them (assets/allen/itksnap_label_description_Br.txt).
const (
	LabelCaH   = 6
	LabelCaB   = 7
	LabelCaT   = 8
	LabelPu    = 9
	LabelGPe   = 11
	LabelGPi   = 12
	LabelFWM   = 51 // forebrain white matter
	LabelCBV   = 62 // cerebellar vermis
	LabelCbDN  = 63 // dentate nucleus
	LabelHWM   = 64 // hindbrain white matter
	LabelPrCG  = 66
	LabelSFG   = 67
	LabelMFG   = 68
	LabelPCLr  = 76
	LabelPoCG  = 78
	LabelPCLc  = 83
	LabelMTg   = 112
	LabelRN    = 113
	LabelSN    = 114
	LabelSC    = 115
	LabelIC    = 116
	LabelCpd   = 117
	LabelScp   = 118
	LabelAq    = 119
	LabelCBPV  = 120
	LabelCBL   = 121
	LabelPnBa  = 122
	LabelPnTg  = 123
	LabelMoPy  = 124
	LabelMoTg  = 125
	LabelIO    = 126
	LabelIcp   = 127
	LabelMcp   = 128
	LabelCec   = 130
	LabelMiN   = 131
	LabelPuPV  = 134
	LabelTHM   = 27 // thalamus, unassigned; its nuclei follow up to 42
	LabelHN    = 42
	LabelPin   = 43
	LabelPTR   = 111
	labelsUsed = 141

	// Labels the build adds to its working copy of the volume; the atlas
	// uses 1–141.

	// LabelCerebellarWM is hindbrain white matter nearer the cerebellum's
	// grey matter than the brainstem's.
	LabelCerebellarWM = 250
	// LabelBrainstemWM is hindbrain white matter nearer the brainstem's
	// grey matter.
	LabelBrainstemWM = 251
	// LabelCapsule is forebrain white matter derived as internal capsule.
	LabelCapsule = 252
)

func span(lo, hi uint8) []uint8 {
	var out []uint8
	for l := int(lo); l <= int(hi); l++ {
		out = append(out, uint8(l))
	}
	return out
}

func join(sets ...[]uint8) []uint8 {
	var out []uint8
	for _, s := range sets {
		out = append(out, s...)
	}
	return out
}

// Label sets of the structures the meshes show.
var (
	// Cerebral is every label of the telencephalon and diencephalon
	// (grey matter, white matter, ventricles), which the pial surface
	// encloses; the midbrain, hindbrain and cerebellum are left out.
	Cerebral = join(span(1, 61), span(65, 110), span(131, 141), []uint8{LabelCapsule})
	// Gyral is the cortical grey matter labels a pial vertex takes its
	// area from.
	Gyral = join(span(66, 110), span(132, 133), span(135, 139))
	// CerebellarGrey is the cerebellum's cortex and nuclei.
	CerebellarGrey = []uint8{LabelCBV, LabelCbDN, LabelCBPV, LabelCBL}
	// CerebellumAll adds the cerebellar share of the hindbrain white matter.
	CerebellumAll = join(CerebellarGrey, []uint8{LabelCerebellarWM})
	// BrainstemGrey is the brainstem's labelled tissue apart from white
	// matter labels shared with the cerebellum.
	BrainstemGrey = []uint8{LabelMTg, LabelRN, LabelSN, LabelSC, LabelIC, LabelCpd, LabelAq, LabelPnBa, LabelPnTg, LabelMoPy, LabelMoTg, LabelIO, LabelCec, LabelPTR}
	// BrainstemRest is the midbrain and medulla apart from the parts
	// meshed on their own.
	BrainstemRest = []uint8{LabelMTg, LabelRN, LabelSN, LabelSC, LabelIC, LabelAq, LabelMoTg, LabelCec, LabelPTR, LabelBrainstemWM}
	// HindbrainWM is the white matter split between cerebellum and
	// brainstem by nearest grey matter.
	HindbrainWM = []uint8{LabelHWM, LabelScp, LabelIcp, LabelMcp}
	// Thalamus is the thalamic nuclei (THM … HN and MiN); the pineal and
	// zona incerta are left out.
	Thalamus = join(span(LabelTHM, LabelHN), []uint8{LabelMiN})
	// Lentiform is the putamen (with its posteroventral part) and both
	// segments of the globus pallidus.
	Lentiform = []uint8{LabelPu, LabelPuPV, LabelGPe, LabelGPi}
	// Caudate is the caudate's head, body and tail.
	Caudate = []uint8{LabelCaH, LabelCaB, LabelCaT}
	// ThalamusCaudate is the medial wall of the internal capsule: the
	// thalamus and the caudate's head and body. The tail is left out: the
	// white matter between it and the putamen is the sublenticular and
	// temporal stem, not the capsule's limbs.
	ThalamusCaudate = join(Thalamus, []uint8{LabelCaH, LabelCaB})
)
