package main

import (
	"fmt"

	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
)

// drawPanels draws the model and, over it, the explorer's panels as the
// window lays them out on a screen of opt's size and ratio, measuring text
// with the same face: the model's labels keep to the part the panels
// leave.
func drawPanels(dl *view.DrawList, r *view.Renderer, cam *view.Camera, opt renderOptions) error {
	face, err := screen.NewFace()
	if err != nil {
		return fmt.Errorf("drawing the panels: %w", err)
	}
	ex := opt.panels
	var c screen.Content
	ex.Overlay(&c)
	if c.Lesion {
		res, _ := ex.Result()
		p := screen.NewPatient()
		p.Update(res, 0)
		c.Patient = p
	}
	m := screen.NewMetrics(opt.w, opt.h, opt.ratio, ex.Presenter())
	s := screen.New(face)
	L := s.Place(m, &c)
	o := opt.frame.Options
	o.LabelSize, o.LabelMin = m.Size()*0.85, m.Least()
	if area, ok := L.LabelArea(); ok {
		o.LabelArea = area
	} else {
		o.Labels = false
	}
	r.Frame(dl, cam, opt.w, opt.h, o)
	s.Draw(dl, &L, &c)
	return nil
}
