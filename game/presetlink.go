package game

import "fmt"

// applyPreset titles lesion mode with the classic lesion a link names by
// id (preset=wallenberg), and places its sites when the link names none.
// An empty id does nothing; an unknown one is an error.
func (g *Game) applyPreset(id string) error {
	if id == "" {
		return nil
	}
	for _, p := range g.presets.all {
		if p.ID != id {
			continue
		}
		if len(g.lesions.lesions) == 0 {
			g.lesions.setSites(p.Name, p.SiteSpecs)
		}
		g.lesions.title, g.lesions.preset = p.Name, p.ID
		return nil
	}
	return fmt.Errorf("unknown classic lesion %q ignored", id)
}
