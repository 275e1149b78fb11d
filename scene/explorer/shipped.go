package explorer

import (
	"fmt"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/preset"
	"github.com/decussate/decussate/scene/tour"
)

// Shipped returns the Config of the shipped data: the compiled-in atlas
// (anatomy.Shipped), its lesion engine, and the classic lesions and tours,
// each checked against them. The window and the tests start from it.
func Shipped() (Config, error) {
	a, err := anatomy.Shipped()
	if err != nil {
		return Config{}, err
	}
	eng, err := lesion.New(a)
	if err != nil {
		return Config{}, err
	}
	presets, err := preset.Load(assets.Presets())
	if err == nil {
		err = preset.Validate(presets, eng)
	}
	if err != nil {
		return Config{}, fmt.Errorf("the classic lesions: %w", err)
	}
	tours, err := tour.Load(assets.Tours())
	if err == nil {
		err = tour.Validate(tours, a, eng, presets)
	}
	if err != nil {
		return Config{}, fmt.Errorf("the tours: %w", err)
	}
	return Config{Atlas: a, Engine: eng, Presets: presets, Tours: tours}, nil
}
