package explorer_test

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/decussate/decussate/internal/atlasfit"
	"github.com/decussate/decussate/internal/meshbuild"
	"github.com/decussate/decussate/internal/nifti"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

var (
	labelsOnce sync.Once
	labels     *nifti.Volume
	labelsErr  error
)

// labelVolume is the Allen label volume with the capsule derived, as
// internal/atlasfit samples it.
func labelVolume(t *testing.T) *nifti.Volume {
	t.Helper()
	labelsOnce.Do(func() {
		f, err := os.Open("../../assets/allen/AllenAtlas.nii.gz")
		if err != nil {
			labelsErr = err
			return
		}
		defer f.Close()
		v, err := nifti.Read(f)
		if err != nil {
			labelsErr = err
			return
		}
		labels = meshbuild.Derive(v)
	})
	if labelsErr != nil {
		t.Fatal(labelsErr)
	}
	return labels
}

// thalamusLabels are the thalamus's labels: unassigned and its nuclei.
func thalamusLabels() []uint8 {
	var ls []uint8
	for l := meshbuild.LabelTHM; l <= meshbuild.LabelHN; l++ {
		ls = append(ls, uint8(l))
	}
	return ls
}

// deepTarget is a structure a student clicks for a lesion, and what the
// findings of a lesion there are.
type deepTarget struct {
	name string
	// mesh is the model's mesh a click must pick; near, when set, keeps
	// only its points within nearR mm of it (the hand knob of the gyrus,
	// the capsule's posterior limb, which carries the pathway: the
	// anterior limb's textbook answer is no weakness).
	mesh  string
	near  mgl32.Vec3
	nearR float32
	// labels are the Allen labels the lesion's centre must lie in (or
	// within slack millimetres of: the cortex's sink reaches the white
	// matter under the gyrus's grey).
	labels []uint8
	slack  float64
	// findings checks the result; "" when it is the textbook one.
	findings func(res *lesion.Result, at mgl32.Vec3) string
	// must tells that the structure shows from every view and look.
	must bool
	// textbook fails the test on findings other than the textbook ones;
	// without it they are logged (see below).
	textbook bool
}

// weakRegions returns the regions weak on side, by severity, and whether
// any weakness is on the other side.
func weakRegions(res *lesion.Result, side string) (map[string]float64, bool) {
	out, other := map[string]float64{}, false
	for _, d := range res.Deficits {
		if d.Side == side {
			out[d.Region] = max(out[d.Region], d.Severity)
		} else if d.Type == "UMN" {
			other = true
		}
	}
	return out, other
}

// deficitList writes the deficits for a failure's message.
func deficitList(res *lesion.Result) string {
	var s []string
	for _, d := range res.Deficits {
		s = append(s, fmt.Sprintf("%s %s %s %.2f", d.Side, d.Region, d.Type, d.Severity))
	}
	return "[" + strings.Join(s, "; ") + "]"
}

// hemiparesis checks a contralateral (right) hemiparesis: arm or hand and
// leg weak on the right, nothing on the left; with spareFace, the face
// spared (the pyramid lies below the facial nucleus).
func hemiparesis(spareFace bool) func(*lesion.Result, mgl32.Vec3) string {
	return func(res *lesion.Result, _ mgl32.Vec3) string {
		w, other := weakRegions(res, "R")
		switch {
		case other:
			return "weakness on the left too"
		case w["hand"] == 0 && w["wrist"] == 0 && w["shoulder"] == 0 && w["elbow_extension"] == 0:
			return "the right arm is not weak"
		case w["ankle_foot"] == 0 && w["knee"] == 0 && w["hip"] == 0:
			return "the right leg is not weak"
		case spareFace && (w["lower_face"] > 0 || w["upper_face"] > 0):
			return "the face is weak"
		}
		return ""
	}
}

// worst checks that the right side's worst region is one of regions.
func worst(regions ...string) func(*lesion.Result, mgl32.Vec3) string {
	return func(res *lesion.Result, _ mgl32.Vec3) string {
		w, other := weakRegions(res, "R")
		best, sev := "", 0.0
		for r, s := range w {
			if s > sev {
				best, sev = r, s
			}
		}
		switch {
		case other:
			return "weakness on the left too"
		case best == "":
			return "nothing on the right is weak"
		}
		for _, r := range regions {
			if r == best {
				return ""
			}
		}
		return fmt.Sprintf("the worst region is %s, want one of %v", best, regions)
	}
}

// capsule checks a lesion of the left internal capsule by its limb: none
// weak for the anterior limb (frontopontine and thalamic fibres), the
// lower face for the genu (corticobulbar), a right hemiparesis for the
// posterior limb; the limbs told apart by the centre's y (the genu about
// y = 0 at the capsule's corticobulbar station, assets/atlas).
func capsule(res *lesion.Result, at mgl32.Vec3) string {
	w, other := weakRegions(res, "R")
	switch {
	case other:
		return "weakness on the left"
	case at[1] > 8:
		if len(w) > 0 {
			return "the anterior limb weakens the right side"
		}
		return ""
	case at[1] > -2:
		if w["lower_face"] == 0 {
			return "the genu spares the face"
		}
		return ""
	}
	return hemiparesis(false)(res, at)
}

// onlyRight checks that any weakness is of the right side.
func onlyRight(res *lesion.Result, _ mgl32.Vec3) string {
	if _, other := weakRegions(res, "R"); other {
		return "weakness on the left"
	}
	return ""
}

var deepTargets = []deepTarget{
	{name: "crus", mesh: "peduncle.L", labels: []uint8{meshbuild.LabelCpd}, findings: hemiparesis(false), must: true, textbook: true},
	{name: "basis pontis", mesh: "pons", labels: []uint8{meshbuild.LabelPnBa}, findings: nil, must: true},
	{name: "medullary pyramid", mesh: "pyramid.L", labels: []uint8{meshbuild.LabelMoPy}, slack: 0.5, findings: hemiparesis(true), textbook: true},
	{name: "internal capsule", mesh: "internal_capsule.L", near: mgl32.Vec3{-20, -10, 6}, nearR: 10, labels: []uint8{meshbuild.LabelCapsule}, findings: capsule, textbook: true},
	{name: "thalamus", mesh: "thalamus.L", labels: thalamusLabels(), findings: onlyRight},
	{name: "hand knob", mesh: "precentral.L", near: mgl32.Vec3{-38, -22, 60}, nearR: 8, labels: []uint8{meshbuild.LabelPrCG}, slack: 3,
		findings: worst("hand", "wrist"), must: true, textbook: true},
	{name: "paracentral lobule", mesh: "paracentral.L", labels: []uint8{meshbuild.LabelPCLr, meshbuild.LabelPCLc}, slack: 3,
		findings: worst("ankle_foot", "knee", "hip"), textbook: true},
}

// clickView is a way the student looks at the model: the first view, or
// one of the named ones.
type clickView struct {
	name string
	from string // view.Views name; "" for the first view
}

// TestClicksLandInTheStructureClicked: at 1440×900@2, from the first view,
// the left side and the front, in the glass, cutaway and quadrant looks, a
// click on each of the crus, basis pontis, pyramid, internal capsule,
// thalamus, hand knob and paracentral lobule (where the pick finds it, at
// the middle of the pixels that pick it) places, through the explorer's
// click, a lesion centred inside that structure (the Allen label volume),
// with the textbook findings: a contralateral hemiparesis for the crus,
// the capsule's limb's (none for the anterior limb a front view shows, the
// face for the genu, a hemiparesis for the posterior limb), the
// contralateral hand for the hand knob and leg for the paracentral lobule.
// A pyramid's must be the textbook ones too (a hemiparesis, the face
// spared): a click on its lowest tip, below the arm fibres' crossing, once
// took the leg alone; kept above the crossing, the centre may lie in the
// mesh's smoothed tip, up to 2 mm behind the label volume's. The pons's are
// logged only: its one mesh spans both sides. A click on the crus once sank toward the
// hemisphere's middle and weakened the bladder.
func TestClicksLandInTheStructureClicked(t *testing.T) {
	if testing.Short() {
		t.Skip("draws and picks many frames")
	}
	vol := labelVolume(t)
	w := newWindow(t, 2880, 1800, 2)
	w.do(t, act(explorer.EnterLesion))
	model := w.r.Model()
	views := []clickView{{"first view", ""}, {"side", "left"}, {"front", "front"}}
	looks := []geom.Look{geom.Glass, geom.Cutaway, geom.Quadrant}
	found, notTextbook, clicked := map[string]int{}, 0, 0
	for _, look := range looks {
		for w.ex.State().Look != look {
			w.do(t, act(explorer.CycleLook))
		}
		for _, v := range views {
			if v.from == "" {
				w.do(t, act(explorer.ResetView))
			} else if err := w.ex.LookFrom(v.from); err != nil {
				t.Fatal(err)
			}
			cam := w.ex.Camera()
			for _, tg := range deepTargets {
				where := fmt.Sprintf("%s, %s look, %s", v.name, look, tg.name)
				w.do(t, explorer.Action{Kind: explorer.SetCamera, Camera: cam})
				f := w.ex.Frame(w.w, w.h, w.ratio)
				var dl view.DrawList
				c := f.Camera
				w.r.Frame(&dl, &c, w.w, w.h, f.Options)
				mi, pos, x, y, ok := pickOn(w, &dl, c, model, tg)
				if !ok {
					if tg.must && look == geom.Glass {
						t.Errorf("%s: no pixel picks the %s", where, tg.mesh)
					} else {
						t.Logf("%s: not visible", where)
					}
					continue
				}
				found[tg.name]++
				clicked++
				a := w.ex.LesionClick(model.Meshes[mi].ID, pos, false)
				w.do(t, a)
				res, msg := w.ex.Result()
				if res == nil {
					t.Fatalf("%s: no result: %s", where, msg)
				}
				p := [3]float64{float64(a.At[0]), float64(a.At[1]), float64(a.At[2])}
				d, _ := atlasfit.Nearest(vol, p, tg.labels, 6)
				if d > tg.slack+1.5 {
					t.Errorf("%s: the click at (%.0f, %.0f) on %v puts the centre at %.1f, %.1f, %.1f, %.1f mm from the structure",
						where, x, y, geom.Teaching.Unwarp(pos), a.At[0], a.At[1], a.At[2], d)
				}
				if tg.findings != nil {
					if why := tg.findings(res, a.At); why != "" && tg.textbook {
						t.Errorf("%s: the lesion at %.1f, %.1f, %.1f (r %g): %s: %s", where, a.At[0], a.At[1], a.At[2], a.Radius, why, deficitList(res))
					} else if why != "" {
						// The atlas's pathway is a line of thin bundles
						// (assets/atlas/pathways.json), its arm fibres
						// crossed above the pyramid's lower half; a
						// sphere in the real structure can miss them,
						// and the capsule seen from in front shows its
						// anterior limb: logged, not failed.
						notTextbook++
						t.Logf("NOT TEXTBOOK: %s: the lesion at %.1f, %.1f, %.1f (r %g): %s: %s", where, a.At[0], a.At[1], a.At[2], a.Radius, why, deficitList(res))
					}
				}
				t.Logf("%s: (%.0f, %.0f) on %v → %.1f, %.1f, %.1f r %g: %q %s", where, x, y, geom.Teaching.Unwarp(pos), a.At[0], a.At[1], a.At[2], a.Radius, w.ex.Report().Title, deficitList(res))
				w.do(t, act(explorer.RemoveLesion))
			}
		}
	}
	t.Logf("%d of %d clicks gave other than the textbook findings", notTextbook, clicked)
	for _, tg := range deepTargets {
		if found[tg.name] == 0 {
			t.Errorf("no view and look shows the %s to click", tg.name)
		}
	}
}

// pickOn finds a screen point of frame dl where the pick returns tg's
// mesh: of its vertices' projections that pick it, the one nearest their
// middle, as a student clicks a structure's middle, or nearest where
// tg.near is drawn.
func pickOn(w *window, dl *view.DrawList, cam view.Camera, model *geom.Model, tg deepTarget) (int, mgl32.Vec3, float32, float32, bool) {
	var m *geom.Mesh
	for i := range model.Meshes {
		if model.Meshes[i].ID == tg.mesh && model.Meshes[i].Quarter == geom.NoQuarter {
			m = &model.Meshes[i]
			break
		}
	}
	if m == nil {
		return 0, mgl32.Vec3{}, 0, 0, false
	}
	type hit struct {
		mi   int
		pos  mgl32.Vec3
		x, y float32
	}
	var hits []hit
	step := max(1, len(m.Positions)/400)
	for i := 0; i < len(m.Positions); i += step {
		v := m.Positions[i]
		if tg.near != (mgl32.Vec3{}) && v.Sub(tg.near).Len() > tg.nearR {
			continue
		}
		x, y, ok := cam.Project(v, w.w, w.h)
		if !ok || x < 0 || y < 0 || x >= float32(w.w) || y >= float32(w.h) {
			continue
		}
		mi, pos, ok := w.r.PickPoint(dl, x, y)
		if ok && model.Meshes[mi].ID == tg.mesh {
			hits = append(hits, hit{mi, pos, x, y})
		}
	}
	if len(hits) == 0 {
		return 0, mgl32.Vec3{}, 0, 0, false
	}
	xs, ys := make([]float64, len(hits)), make([]float64, len(hits))
	for i, h := range hits {
		xs[i], ys[i] = float64(h.x), float64(h.y)
	}
	sort.Float64s(xs)
	sort.Float64s(ys)
	mx, my := xs[len(xs)/2], ys[len(ys)/2]
	if tg.near != (mgl32.Vec3{}) {
		// A place of the structure: clicked where it is drawn.
		if x, y, ok := cam.Project(tg.near, w.w, w.h); ok {
			mx, my = float64(x), float64(y)
		}
	}
	best, bd := 0, math.Inf(1)
	for i, h := range hits {
		if d := math.Hypot(float64(h.x)-mx, float64(h.y)-my); d < bd {
			best, bd = i, d
		}
	}
	h := hits[best]
	return h.mi, h.pos, h.x, h.y, true
}

// pickedLabels are the Allen labels of the structures a tap may pick, by
// mesh id without its side.
var pickedLabels = map[string][]uint8{
	"peduncle":          {meshbuild.LabelCpd},
	"pons":              {meshbuild.LabelPnBa},
	"pyramid":           {meshbuild.LabelMoPy},
	"internal_capsule":  {meshbuild.LabelCapsule},
	"thalamus":          thalamusLabels(),
	"tegmentum":         {meshbuild.LabelMTg, meshbuild.LabelRN, meshbuild.LabelSN, meshbuild.LabelSC, meshbuild.LabelIC, meshbuild.LabelAq},
	"pontine_tegmentum": {meshbuild.LabelPnTg},
	"medulla":           {meshbuild.LabelMoTg, meshbuild.LabelMoPy, meshbuild.LabelIO, meshbuild.LabelCec},
	"lentiform":         {meshbuild.LabelPu, meshbuild.LabelGPe, meshbuild.LabelGPi},
	"caudate":           {meshbuild.LabelCaH, meshbuild.LabelCaB, meshbuild.LabelCaT},
}

// TestTapOnThePhoneLandsInWhatItPicks: on a phone held upright, in the
// first view, a tap on the middle of the model (and a few points about
// it) places the lesion in the structure the tap picked, as the report's
// hover named it; a tap there once put a lesion in the midbrain
// "with no motor pathway" whatever it touched.
func TestTapOnThePhoneLandsInWhatItPicks(t *testing.T) {
	if testing.Short() {
		t.Skip("draws and picks frames")
	}
	vol := labelVolume(t)
	w := newWindow(t, 1170, 2532, 3)
	w.do(t, act(explorer.EnterLesion), act(explorer.ResetView))
	w.ticks(1)
	cam := w.ex.Camera()
	model := w.r.Model()
	checked := 0
	for dy := -3; dy <= 3; dy++ {
		for dx := -2; dx <= 2; dx++ {
			w.do(t, explorer.Action{Kind: explorer.SetCamera, Camera: cam})
			f := w.ex.Frame(w.w, w.h, w.ratio)
			var dl view.DrawList
			c := f.Camera
			w.r.Frame(&dl, &c, w.w, w.h, f.Options)
			box := f.Layout.Centre
			x, y := box.X+box.W*(0.5+0.1*float32(dx)), box.Y+box.H*(0.5+0.08*float32(dy))
			mi, pos, ok := w.r.PickPoint(&dl, x, y)
			if !ok {
				continue
			}
			id := model.Meshes[mi].ID
			name := id
			if dot := strings.LastIndex(id, "."); dot > 0 && (strings.HasSuffix(id, ".L") || strings.HasSuffix(id, ".R")) {
				name = id[:dot]
			}
			labels, known := pickedLabels[name]
			a := w.ex.LesionClick(id, pos, false)
			w.do(t, a)
			if known {
				checked++
				p := [3]float64{float64(a.At[0]), float64(a.At[1]), float64(a.At[2])}
				if d, _ := atlasfit.Nearest(vol, p, labels, 6); d > 1.5 {
					t.Errorf("a tap at (%.0f, %.0f) on %s at %v puts the lesion at %v, %.1f mm from it", x, y, id, geom.Teaching.Unwarp(pos), a.At, d)
				}
			}
			t.Logf("tap (%.0f, %.0f) on %s: %q", x, y, id, w.ex.Report().Title)
			w.do(t, act(explorer.RemoveLesion))
		}
	}
	if checked == 0 {
		t.Error("no tap about the middle of the model picked a structure of the brainstem or the deep nuclei")
	}
}

// aimTarget is a place on a structure of the motor pathway a student
// clicks for its textbook lesion, and what that lesion must give.
type aimTarget struct {
	deepTarget
	// kind is the textbook finding: crus (a contralateral hemiparesis
	// with a central facial palsy, Weber's motor part), basis (a
	// contralateral hemiparesis), pyramid (a contralateral hemiparesis
	// sparing the face).
	kind string
}

// aimTargets are the places of issue 11/12's deep clicks: the crus's
// upper (the posterior crus about z -9 the side view shows), middle and
// lower parts, the basis pontis's front, its back by the tegmentum and its
// front beside the midline, and the pyramid's middle.
var aimTargets = []aimTarget{
	{deepTarget{name: "upper crus", mesh: "peduncle.L", near: mgl32.Vec3{-17, -19, -10.5}, nearR: 4, labels: []uint8{meshbuild.LabelCpd}}, "crus"},
	{deepTarget{name: "middle crus", mesh: "peduncle.L", near: mgl32.Vec3{-17, -16, -15}, nearR: 4, labels: []uint8{meshbuild.LabelCpd}}, "crus"},
	{deepTarget{name: "lower crus", mesh: "peduncle.L", near: mgl32.Vec3{-13, -18, -20}, nearR: 4, labels: []uint8{meshbuild.LabelCpd}}, "crus"},
	{deepTarget{name: "anterior basis pontis", mesh: "pons", near: mgl32.Vec3{-8, -14, -33}, nearR: 5, labels: []uint8{meshbuild.LabelPnBa}}, "basis"},
	{deepTarget{name: "posterior basis pontis", mesh: "pons", near: mgl32.Vec3{-13, -33, -36}, nearR: 5, labels: []uint8{meshbuild.LabelPnBa}}, "basis"},
	{deepTarget{name: "basis pontis by the midline", mesh: "pons", near: mgl32.Vec3{-1, -13, -33}, nearR: 3, labels: []uint8{meshbuild.LabelPnBa}}, "basis"},
	{deepTarget{name: "pyramid", mesh: "pyramid.L", near: mgl32.Vec3{-3.5, -32, -56}, nearR: 4, labels: []uint8{meshbuild.LabelMoPy}}, "pyramid"},
}

// textbookFindings returns why res, of a lesion on side (of its centre
// at) clicked for kind, is not the textbook answer, or "": the other
// side's arm and leg weak and nothing of side's own (no crossed syndrome
// of a cranial nerve's fascicle the click did not aim at), with the
// other side's lower face weak for the crus and spared for the pyramid.
func textbookFindings(kind string, side anatomy.Side, res *lesion.Result) string {
	contra := side.Other().String()
	w, other := weakRegions(res, contra)
	var own []string
	for _, d := range res.Deficits {
		// A crus lesion takes the oculomotor fascicles beside it in
		// the textbook too (Weber's syndrome): its eye is allowed.
		if d.Side != contra && !(kind == "crus" && strings.HasPrefix(d.Region, "eye_")) {
			own = append(own, d.Region)
		}
	}
	switch {
	case other || len(own) > 0:
		return fmt.Sprintf("the %s side is weak too (%v)", sideWord(side), own)
	case w["hand"] == 0 && w["wrist"] == 0 && w["shoulder"] == 0 && w["elbow_extension"] == 0:
		return "the other side's arm is not weak"
	case w["ankle_foot"] == 0 && w["knee"] == 0 && w["hip"] == 0:
		return "the other side's leg is not weak"
	case kind == "crus" && w["lower_face"] < 0.3:
		return fmt.Sprintf("the other side's lower face is weak %.2f, not a central facial palsy", w["lower_face"])
	case kind == "pyramid" && (w["lower_face"] > 0 || w["upper_face"] > 0):
		return "the face is weak"
	}
	return ""
}

// TestDeepClicksGiveTheTextbookAnswer: at 1440×900@2 and on a phone held
// upright (390×844@3), from the first view, the left side, the front and
// the back, in the glass, cutaway and quadrant looks, a click on the
// upper, middle and lower crus, the basis pontis's front, its back by the
// tegmentum and its front by the midline, and the pyramid (where the pick
// finds each) places a lesion centred in the structure clicked (the Allen
// label volume) with the textbook findings: a contralateral hemiparesis
// with a central facial palsy for a crus (the side view's click on the
// upper crus once took the leg's fibres alone), a contralateral
// hemiparesis for the basis pontis (its back once took the face alone, its
// midline both sides, and in the quadrant look the abducens and facial
// fascicles), one sparing the face for the pyramid. A click on the basis
// pontis, one mesh for both sides, means the side ClickSide says, and the
// hover names that side.
func TestDeepClicksGiveTheTextbookAnswer(t *testing.T) {
	if testing.Short() {
		t.Skip("draws and picks many frames")
	}
	vol := labelVolume(t)
	devices := []struct {
		name  string
		w, h  int
		ratio float32
	}{{"1440×900@2", 2880, 1800, 2}, {"390×844@3", 1170, 2532, 3}}
	views := []clickView{{"first view", ""}, {"side", "left"}, {"front", "front"}, {"back", "back"}}
	looks := []geom.Look{geom.Glass, geom.Cutaway, geom.Quadrant}
	found := map[string]int{}
	for _, dev := range devices {
		w := newWindow(t, dev.w, dev.h, dev.ratio)
		w.do(t, act(explorer.EnterLesion))
		model := w.r.Model()
		for _, look := range looks {
			for w.ex.State().Look != look {
				w.do(t, act(explorer.CycleLook))
			}
			for _, v := range views {
				if v.from == "" {
					w.do(t, act(explorer.ResetView))
				} else if err := w.ex.LookFrom(v.from); err != nil {
					t.Fatal(err)
				}
				cam := w.ex.Camera()
				for _, tg := range aimTargets {
					where := fmt.Sprintf("%s, %s, %s look, %s", dev.name, v.name, look, tg.name)
					w.do(t, explorer.Action{Kind: explorer.SetCamera, Camera: cam})
					f := w.ex.Frame(w.w, w.h, w.ratio)
					var dl view.DrawList
					c := f.Camera
					w.r.Frame(&dl, &c, w.w, w.h, f.Options)
					mi, pos, x, y, ok := pickOn(w, &dl, c, model, tg.deepTarget)
					if !ok {
						t.Logf("%s: not visible", where)
						continue
					}
					found[tg.name]++
					m := &model.Meshes[mi]
					p := w.ex.State().Proportions
					now := w.ex.Camera()
					side := explorer.ClickSide(m.ID, p.Unwarp(pos), p.Unwarp(now.Eye()))
					hover := w.ex.HoverName(m, pos)
					a := w.ex.LesionClick(m.ID, pos, false)
					w.do(t, a)
					res, msg := w.ex.Result()
					if res == nil {
						t.Fatalf("%s: no result: %s", where, msg)
					}
					at := [3]float64{float64(a.At[0]), float64(a.At[1]), float64(a.At[2])}
					if d, _ := atlasfit.Nearest(vol, at, tg.labels, 6); d > 1.5 {
						t.Errorf("%s: the click at (%.0f, %.0f) on %v puts the centre at %.1f, %.1f, %.1f, %.1f mm from the structure",
							where, x, y, p.Unwarp(pos), a.At[0], a.At[1], a.At[2], d)
					}
					if (side == anatomy.Left) != (a.At[0] < 0) {
						t.Errorf("%s: a click meaning the %s side puts the centre at x %.1f", where, sideWord(side), a.At[0])
					}
					if why := textbookFindings(tg.kind, side, res); why != "" {
						t.Errorf("%s: the click at (%.0f, %.0f) on %v: the lesion at %.1f, %.1f, %.1f (r %g): %s: %s",
							where, x, y, p.Unwarp(pos), a.At[0], a.At[1], a.At[2], a.Radius, why, deficitList(res))
					}
					if tg.kind == "basis" && !strings.Contains(strings.ToLower(hover), sideWord(side)+" ") {
						t.Errorf("%s: the hover %q does not say the %s side the click means", where, hover, sideWord(side))
					}
					t.Logf("%s: (%.0f, %.0f) on %v → %.1f, %.1f, %.1f r %g: %q %s", where, x, y, p.Unwarp(pos), a.At[0], a.At[1], a.At[2], a.Radius, hover, deficitList(res))
					w.do(t, act(explorer.RemoveLesion))
				}
			}
		}
	}
	for _, tg := range aimTargets {
		if found[tg.name] < 3 {
			t.Errorf("the %s shows in %d views and looks, want 3 or more", tg.name, found[tg.name])
		}
	}
}

// sideWord is a side as the hover says it.
func sideWord(s anatomy.Side) string {
	if s == anatomy.Right {
		return "right"
	}
	return "left"
}
