package explorer_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// TestPicker: the list of classic lesions opens with every lesion and an
// empty query; typing narrows it, erasing widens it, the arrows choose
// within it, and Enter or a tap on a row places the lesion and closes the
// list. Nothing acts while it is closed.
func TestPicker(t *testing.T) {
	e := newExplorer(t)
	all := len(e.Presets())
	do := func(actions ...explorer.Action) {
		t.Helper()
		for _, a := range actions {
			if err := e.Do(a); err != nil {
				t.Fatalf("%v: %v", a.Kind, err)
			}
		}
	}
	typed := func(s string) explorer.Action { return explorer.Action{Kind: explorer.PickerType, Text: s} }
	move := func(n int) explorer.Action { return explorer.Action{Kind: explorer.PickerMove, Row: n} }

	do(typed("w"), act(explorer.PickerChoose))
	if e.Lesioning() || len(e.PresetList().Query) != 0 {
		t.Fatal("the closed picker took a letter or placed a lesion")
	}
	do(act(explorer.OpenPicker))
	if l := e.PresetList(); len(l.Matches) != all || len(l.Query) != 0 || all < 5 {
		t.Fatalf("the picker opened with %d of %d lesions, query %q", len(l.Matches), all, string(l.Query))
	}
	do(move(-3))
	if c := e.PresetList().Chosen; c != 0 {
		t.Errorf("up from the first row chose %d", c)
	}
	do(move(all + 5))
	if c := e.PresetList().Chosen; c != all-1 {
		t.Errorf("down past the last row chose %d, want %d", c, all-1)
	}
	do(typed("w"), typed("a"), typed("l"), typed("l"))
	l := e.PresetList()
	if string(l.Query) != "wall" || len(l.Matches) == 0 || len(l.Matches) >= all || l.Chosen != 0 {
		t.Fatalf("after typing: query %q, %d matches, chosen %d", string(l.Query), len(l.Matches), l.Chosen)
	}
	want := l.Matches[0].ID
	do(act(explorer.PickerErase), act(explorer.PickerErase), act(explorer.PickerErase), act(explorer.PickerErase), act(explorer.PickerErase))
	if l := e.PresetList(); len(l.Query) != 0 || len(l.Matches) != all {
		t.Errorf("after erasing: query %q, %d matches", string(l.Query), len(l.Matches))
	}
	do(typed("wall"), act(explorer.PickerChoose))
	if e.Picker() || !e.Lesioning() || e.State().Preset != want {
		t.Errorf("Enter: picker open %v, lesion mode %v, preset %q; want %q placed", e.Picker(), e.Lesioning(), e.State().Preset, want)
	}
	do(act(explorer.OpenPicker), explorer.Action{Kind: explorer.PickRow, Row: all + 1})
	if !e.Picker() {
		t.Error("a tap below the last row closed the picker")
	}
	do(explorer.Action{Kind: explorer.PickRow, Row: 1})
	if e.Picker() || e.State().Preset != e.Presets()[1].ID {
		t.Errorf("a tap on the second row placed %q", e.State().Preset)
	}
}

// TestPickerScrolls: on a phone the list shows fewer rows than there are
// lesions; scrolling moves the rows shown without choosing, paging and
// the arrows keep the chosen row in view, and typing starts at the top.
func TestPickerScrolls(t *testing.T) {
	e := newExplorer(t)
	all := len(e.Presets())
	if err := e.Do(act(explorer.OpenPicker)); err != nil {
		t.Fatal(err)
	}
	e.Frame(390, 844, 1) // the list's box, which rows are measured against
	row := func(k explorer.Kind, n int) {
		t.Helper()
		if err := e.Do(explorer.Action{Kind: k, Row: n}); err != nil {
			t.Fatal(err)
		}
	}
	row(explorer.PickerScroll, 10)
	if l := e.PresetList(); l.First != 10 || l.Chosen != 0 {
		t.Errorf("scrolling 10 rows: first %d, chosen %d; want 10, 0", l.First, l.Chosen)
	}
	row(explorer.PickerScroll, all*2)
	last := e.PresetList().First
	if last <= 10 || last >= all {
		t.Errorf("scrolling past the end stops at first row %d of %d", last, all)
	}
	row(explorer.PickerPage, 1)
	l := e.PresetList()
	if l.Chosen == 0 || l.Chosen < l.First {
		t.Errorf("a page down chose %d with row %d first", l.Chosen, l.First)
	}
	row(explorer.PickerMove, all)
	if l := e.PresetList(); l.Chosen != all-1 || l.First > l.Chosen {
		t.Errorf("down to the last: chosen %d, first %d", l.Chosen, l.First)
	}
	if err := e.Do(explorer.Action{Kind: explorer.PickerType, Text: "a"}); err != nil {
		t.Fatal(err)
	}
	if l := e.PresetList(); l.First != 0 || l.Chosen != 0 {
		t.Errorf("typing left the list at first %d, chosen %d", l.First, l.Chosen)
	}
}
