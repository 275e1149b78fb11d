package body

import "github.com/decussate/decussate/scene/lesion"

// Figure is the patient of one lesion: the findings, and what follows from
// them for each limb, worked out once so that posing a frame is a few
// multiplications. Make a new Figure when the lesion changes. A Figure is
// read-only once made, so frames may be posed from several goroutines.
type Figure struct {
	find Findings
	seed uint64
	limb [2]limbTraits
}

// limbTraits is what one side's weakness does to its arm and leg, each 0
// to 1.
type limbTraits struct {
	// armPosture is the flexed, adducted, pronated arm of a chronic upper
	// motor neuron lesion (the antigravity muscles of the arm are its
	// flexors); legPosture the extended leg with the foot pointing down
	// and in.
	armPosture, legPosture float32
	// armLimp and legLimp are flaccid limbs that hang where gravity puts
	// them.
	armLimp, legLimp float32
	// armDrift is the spastic weakness that makes a held-out arm drift
	// down and pronate; armFall the flaccid weakness of the shoulder that
	// lets it fall.
	armDrift, armFall float32
	// footDrop is the flaccid weakness of the ankle's dorsiflexors;
	// wristDrop that of the wrist's extensors.
	footDrop, wristDrop float32
	// toeMotor is what is left of the toes' own muscles, which a plantar
	// response needs.
	toeMotor float32
	// lmn holds the lower motor neuron loss of each segment (arm: shoulder
	// cap, upper arm, forearm, hand; leg: thigh, shank, foot), which thins
	// it when atrophy is signed and makes it twitch with fasciculations.
	armLMN [4]float32
	legLMN [3]float32
}

// DefaultSeed seeds the fasciculations of a new Figure.
const DefaultSeed = 0x5eed

// NewFigure makes the figure of the lesion engine's answer; nil gives a
// healthy figure.
func NewFigure(res *lesion.Result) *Figure {
	return FigureOf(ReadFindings(res))
}

// FigureOf makes the figure of findings built directly.
func FigureOf(fd Findings) *Figure {
	f := &Figure{find: fd, seed: DefaultSeed}
	for _, s := range [2]Side{Left, Right} {
		f.limb[s] = traitsOf(&fd, s)
	}
	return f
}

// Findings returns what the figure acts out.
func (f *Figure) Findings() Findings { return f.find }

// SetSeed changes the seed of the fasciculations, which are a
// deterministic function of the seed, the muscle and the time.
func (f *Figure) SetSeed(seed uint64) { f.seed = seed }

// traitsOf works out one side's limb traits.
func traitsOf(fd *Findings, s Side) limbTraits {
	w := func(r Region) Weakness { return fd.Weak[r][s] }
	sp := func(r Region) float32 { x, _ := parts(w(r), fd.Acute); return x }
	fl := func(r Region) float32 { _, x := parts(w(r), fd.Acute); return x }
	var t limbTraits
	t.armPosture = (sp(Shoulder) + sp(ElbowFlexion) + sp(Wrist) + sp(Hand)) / 4
	t.armDrift = (sp(Shoulder) + sp(ElbowExtension) + sp(Wrist) + sp(Hand)) / 4
	t.armLimp = max(fl(Shoulder), fl(ElbowFlexion), fl(ElbowExtension))
	t.armFall = fl(Shoulder)
	t.legPosture = (sp(Hip) + sp(Knee) + sp(AnkleFoot)) / 3
	t.legLimp = max(fl(Hip), fl(Knee))
	t.footDrop = fl(AnkleFoot)
	if fd.WristDrop[s] {
		t.wristDrop = max(fl(Wrist), 0.5)
	}
	t.toeMotor = 1 - lmnShare(w(AnkleFoot))
	t.armLMN = [4]float32{
		lmnShare(w(Shoulder)),
		max(lmnShare(w(ElbowFlexion)), lmnShare(w(ElbowExtension))),
		lmnShare(w(Wrist)),
		lmnShare(w(Hand)),
	}
	t.legLMN = [3]float32{
		max(lmnShare(w(Hip)), lmnShare(w(Knee))),
		lmnShare(w(AnkleFoot)),
		lmnShare(w(AnkleFoot)),
	}
	return t
}

// lmnShare is the share of a region's motor neurons lost: what wastes and
// twitches. It does not depend on the phase: wasting takes weeks, and the
// engine signs atrophy only when it has come.
func lmnShare(w Weakness) float32 {
	switch w.Kind {
	case LMN:
		return w.Severity
	case Mixed:
		return w.Severity / 2
	}
	return 0
}

// bulk is the width of a segment that has lost lmn of its motor neurons,
// when the engine signs atrophy on its side.
func bulk(lmn float32, atrophy bool) float32 {
	if !atrophy {
		return 1
	}
	return 1 - 0.45*lmn
}
