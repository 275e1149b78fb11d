package anatomy_test

import "testing"

// TestMuscleWordsReadAsEnglish: a muscle entry that stands for two muscles
// is named with "and" where captions list it ("right jaw muscles: masseter
// and temporalis, pterygoids"), not with its id's words run together.
func TestMuscleWordsReadAsEnglish(t *testing.T) {
	a := loadEmbedded(t)
	for id, want := range map[string]string{
		"zygomaticus_buccinator": "zygomaticus and buccinator",
		"masseter_temporalis":    "masseter and temporalis",
		"gastrocnemius_soleus":   "gastrocnemius and soleus",
		"tibialis_anterior":      "tibialis anterior",
	} {
		m := a.Muscle(id)
		if m == nil {
			t.Fatalf("no muscle %s", id)
		}
		if got := m.Words(); got != want {
			t.Errorf("%s reads %q, want %q", id, got, want)
		}
	}
}
