package credits_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/credits"
)

// root is the repository, from this package's folder.
const root = "../.."

// words returns s's words with dashes made one kind, for comparing a
// notice across line breaks and typography.
func words(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "–", "-")), " ")
}

// TestICBMIsTheNotice: the notice the files and the panel carry is the
// template's own, word for word, as assets/allen/ICBM-NOTICE.txt holds it.
func TestICBMIsTheNotice(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(root, "assets/allen/ICBM-NOTICE.txt"))
	if err != nil {
		t.Fatal(err)
	}
	notice := string(b)
	if i := strings.Index(notice, "Copyright"); i >= 0 {
		notice = notice[i:]
	}
	got := credits.ICBM[strings.Index(credits.ICBM, "Copyright"):]
	if words(got) != words(notice) {
		t.Errorf("credits.ICBM's notice differs from ICBM-NOTICE.txt's:\n%s\n---\n%s", words(got), words(notice))
	}
}

// TestLicenceFilesShip: the licence files the About panel names exist in
// the repository, and the web build copies each under LicenceDir.
func TestLicenceFilesShip(t *testing.T) {
	mk, err := os.ReadFile(filepath.Join(root, "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	for name, src := range map[string]string{
		credits.CCBYFile: "assets/allen/LICENSE-CC-BY-4.0.txt",
		credits.ICBMFile: "assets/allen/ICBM-NOTICE.txt",
		credits.FontFile: "internal/uifont/LICENSE",
	} {
		if _, err := os.Stat(filepath.Join(root, src)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if !strings.Contains(string(mk), src) || !strings.Contains(string(mk), "$(WEB).tmp/"+credits.LicenceDir) {
			t.Errorf("make web does not copy %s to %s", src, credits.LicenceDir)
		}
		dst := credits.LicenceDir + name
		if filepath.Base(src) != name && !strings.Contains(string(mk), dst) {
			t.Errorf("make web does not name the copy of %s %s", src, dst)
		}
	}
}
