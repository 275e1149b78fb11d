package body_test

import (
	"fmt"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/body"
	"github.com/decussate/decussate/scene/lesion"
)

// ExampleFigure_Pose evaluates a lesion of the left hypoglossal nerve with
// the lesion engine and asks the figure to put its tongue out. Screen x
// grows to the viewer's right, which is the patient's left.
func ExampleFigure_Pose() {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		fmt.Println(err)
		return
	}
	eng, err := lesion.New(a)
	if err != nil {
		fmt.Println(err)
		return
	}
	site, err := eng.ParseSite("cn12:L")
	if err != nil {
		fmt.Println(err)
		return
	}
	f := body.NewFigure(eng.Evaluate([]lesion.Site{site}, lesion.Chronic))
	p := f.Pose(body.TongueOut, 2)
	fmt.Println("tongue out:", p.Face.Tongue > 0.5)
	fmt.Println("tip toward the patient's left:", p.Face.TongueX*body.ScreenX(body.Left) > 0)
	fmt.Println("left half thinner:", p.Face.TongueWidth[body.Left] < p.Face.TongueWidth[body.Right])
	// Output:
	// tongue out: true
	// tip toward the patient's left: true
	// left half thinner: true
}
