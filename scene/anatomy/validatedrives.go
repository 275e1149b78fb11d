package anatomy

import "fmt"

// centreDrives checks the cortical drive of the brainstem centres: only a
// centre has one, its inputs come from areas whose channels pass the
// station they leave at, and they sum to one.
func (v *validator) centreDrives() {
	const file = "umn.json"
	a := v.a
	for ai := range a.Areas {
		ar := &a.Areas[ai]
		cd := ar.Cortical
		if cd == nil {
			continue
		}
		if ar.Kind != "brainstem" {
			v.fail(file, ar.ID, "cortical", "only a brainstem centre takes a cortical drive")
			continue
		}
		v.src(file, ar.ID, cd.Src)
		if cd.Spare < 0 || cd.Spare >= 1 {
			v.fail(file, ar.ID, "cortical.spare", "must lie in [0, 1), not %g", cd.Spare)
		}
		if cd.Share <= 0 || cd.Share > 1 {
			v.fail(file, ar.ID, "cortical.share", "must lie in (0, 1], not %g", cd.Share)
		}
		if len(cd.Inputs) == 0 {
			v.fail(file, ar.ID, "cortical.inputs", "empty")
			continue
		}
		total := 0.0
		for k, in := range cd.Inputs {
			field := fmt.Sprintf("cortical.inputs[%d]", k)
			total += in.W
			ch := a.channelOfArea(in.Area)
			if ch == nil {
				v.fail(file, ar.ID, field, "no corticofugal channel comes from area %q", in.Area)
				continue
			}
			if in.Side != "same" && in.Side != "other" {
				v.fail(file, ar.ID, field, "side must be same or other, not %q", in.Side)
			}
			if ch.StationIndex(in.LeavesAfter) < 0 {
				v.fail(file, ar.ID, field, "channel %s does not pass %q, so its fibres cannot leave there", ch.ID, in.LeavesAfter)
			}
		}
		v.sumsToOne(file, ar.ID, "cortical.inputs", total)
	}
}
