package main

import (
	"bytes"
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/decussate/decussate/internal/nifti"
)

// TestCheckAtlasReports: the refit report samples every kind of atlas
// point and accounts for each one, inside or out.
func TestCheckAtlasReports(t *testing.T) {
	if testing.Short() {
		t.Skip("derives the whole label volume")
	}
	v := readVolume(t)
	names, err := os.ReadFile("../../assets/allen/itksnap_label_description_Br.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := checkAtlas(&out, v, string(names)); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, kind := range []string{"area", "station", "nucleus", "pool", "decussation", "segment"} {
		if !regexp.MustCompile(`(?m)^(ok|OUT) +` + kind + ` `).MatchString(text) {
			t.Errorf("no %s in the report", kind)
		}
	}
	m := regexp.MustCompile(`(\d+) points inside the structure they name, (\d+) outside`).FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("no summary line in:\n%s", text)
	}
	in, _ := strconv.Atoi(m[1])
	outN, _ := strconv.Atoi(m[2])
	lines := len(regexp.MustCompile(`(?m)^(ok|OUT) `).FindAllString(text, -1))
	if in+outN != lines {
		t.Errorf("summary counts %d+%d points, the report lists %d", in, outN, lines)
	}
	// The landmark the issue names: the hand knob is on the precentral gyrus.
	if !regexp.MustCompile(`(?m)^(ok|OUT) +area +hand `).MatchString(text) {
		t.Error("the hand area is not checked")
	}
}

// readVolume reads the committed label volume.
func readVolume(t *testing.T) *nifti.Volume {
	t.Helper()
	f, err := os.Open("../../assets/allen/AllenAtlas.nii.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v, err := nifti.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
