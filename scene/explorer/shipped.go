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
// and its lesion engine (ShippedCore), and the classic lesions and tours
// (ShippedLibrary). The tests and the CLI start from it.
func Shipped() (Config, error) {
	c, err := ShippedCore()
	if err != nil {
		return Config{}, err
	}
	if c.Presets, c.Tours, err = ShippedLibrary(c); err != nil {
		return Config{}, err
	}
	return c, nil
}

// ShippedCore returns the Config of the compiled-in atlas (anatomy.Shipped)
// and its lesion engine, without the classic lesions and tours: what the
// window needs for its first frame. Decoding the library's JSON the first
// time costs the browser a sixth of a second, so the window adds it after
// (SetLibrary).
func ShippedCore() (Config, error) {
	a, err := anatomy.Shipped()
	if err != nil {
		return Config{}, err
	}
	eng, err := lesion.New(a)
	if err != nil {
		return Config{}, err
	}
	return Config{Atlas: a, Engine: eng}, nil
}

// ShippedLibrary returns the shipped classic lesions and tours, each checked
// against c's atlas and engine.
func ShippedLibrary(c Config) ([]preset.Preset, []tour.Tour, error) {
	presets, err := preset.Load(assets.Presets())
	if err == nil {
		err = preset.Validate(presets, c.Engine)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("the classic lesions: %w", err)
	}
	tours, err := tour.Load(assets.Tours())
	if err == nil {
		err = tour.Validate(tours, c.Atlas, c.Engine, presets)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("the tours: %w", err)
	}
	return presets, tours, nil
}

// SetLibrary gives the explorer its classic lesions and tours, which the
// window loads after its first frame.
func (e *Explorer) SetLibrary(presets []preset.Preset, tours []tour.Tour) {
	e.cfg.Presets, e.cfg.Tours = presets, tours
	e.search()
}
