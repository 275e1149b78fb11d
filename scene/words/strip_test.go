package words_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// dottedID finds an atlas id with a dot in it ("cn7.lower", "internal_capsule.genu").
var dottedID = regexp.MustCompile(`[a-z0-9]\.[a-z]`)

// TestDestroyedOnTheStrip checks the hover over what a lesion of the
// motor strip destroyed: the neurons for each muscle on every area's
// sheet are named by the movement they make (or the body part), with the
// gyrus and area they lie in, never by the muscle's id or its Latin.
func TestDestroyedOnTheStrip(t *testing.T) {
	a := testatlas.Atlas(t)
	spots := 0
	for _, ar := range a.Areas {
		for _, sp := range ar.Sheet {
			m := a.Muscle(sp.Muscle)
			if m == nil {
				t.Fatalf("area %s: no muscle %s", ar.ID, sp.Muscle)
			}
			latin := strings.ReplaceAll(m.ID, "_", " ")
			for _, side := range []string{"L", "R"} {
				d := lesion.Destroyed{Name: ar.ID + " neurons for " + sp.Muscle, Side: side}
				w := words.Destroyed(a, d)
				spots++
				if idLike.MatchString(w) || dottedID.MatchString(w) || strings.Contains(w, latin) {
					t.Errorf("%q reads %q: it names an id or the muscle", d.Name, w)
				}
				if m.Movement != "" && !strings.Contains(w, m.Movement) {
					t.Errorf("%q reads %q: it does not say the movement %q", d.Name, w, m.Movement)
				}
				if !strings.Contains(w, words.AreaAlone(&ar)) || !strings.Contains(w, words.Side(side)+" ") {
					t.Errorf("%q reads %q: it does not say the area and the side", d.Name, w)
				}
			}
		}
	}
	if spots < 40 {
		t.Errorf("only %d spots named: the atlas's sheets are not reached", spots)
	}
	d := lesion.Destroyed{Name: "hand neurons for flexor_digitorum_profundus", Side: "L"}
	if got, want := words.Destroyed(a, d), "neurons of the left precentral gyrus (hand area) for gripping with the fingers"; got != want {
		t.Errorf("Destroyed(%q) = %q, want %q", d.Name, got, want)
	}
}

// TestDestroyedOverTheCortex sweeps small lesions over both hemispheres,
// from the vertex down to the internal capsule, and checks that nothing
// they destroy is named by an id or by a muscle's Latin.
func TestDestroyedOverTheCortex(t *testing.T) {
	eng := testatlas.Engine(t)
	a := eng.Atlas()
	var latin []string
	for _, m := range a.Muscles {
		latin = append(latin, strings.ReplaceAll(m.ID, "_", " "))
	}
	named := 0
	for x := -60; x <= 60; x += 10 {
		for y := -40; y <= 20; y += 10 {
			for z := 10; z <= 75; z += 10 {
				site, err := eng.ParseSite(fmt.Sprintf("point:%d,%d,%d,6", x, y, z))
				if err != nil {
					t.Fatal(err)
				}
				for _, d := range eng.Evaluate([]lesion.Site{site}, lesion.Chronic).Destroyed {
					w := words.Destroyed(a, d)
					named++
					bad := idLike.MatchString(w) || dottedID.MatchString(w)
					for _, l := range latin {
						bad = bad || strings.Contains(w, l)
					}
					if bad {
						t.Errorf("(%d, %d, %d): %q reads %q", x, y, z, d.Name, w)
					}
				}
			}
		}
	}
	if named < 100 {
		t.Errorf("only %d elements named: the sweep is not reaching the cortex", named)
	}
}

// TestDestroyedSaysTheSideWithThePlace: the side goes with the place the
// neurons or axons are in, for every area, never before "neurons".
func TestDestroyedSaysTheSideWithThePlace(t *testing.T) {
	a := testatlas.Atlas(t)
	for _, ar := range a.Areas {
		for _, form := range []string{" neurons", " axons"} {
			d := lesion.Destroyed{Name: ar.ID + form, Side: "R"}
			w := words.Destroyed(a, d)
			if !strings.HasPrefix(w, "neurons of the right ") && !strings.HasPrefix(w, "axons from the right ") {
				t.Errorf("%q reads %q", d.Name, w)
			}
		}
	}
	d := lesion.Destroyed{Name: "cma neurons", Side: "L"}
	if got, want := words.Destroyed(a, d), "neurons of the left cingulate motor area (upper face)"; got != want {
		t.Errorf("Destroyed(%q) = %q, want %q", d.Name, got, want)
	}
}
