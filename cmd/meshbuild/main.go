// Command meshbuild regenerates the real anatomy's meshes (assets/meshes)
// from the committed Allen Human Reference Atlas label volume
// (assets/allen/AllenAtlas.nii.gz): for each part, its labels' voxels →
// marching tetrahedra → Taubin smoothing → quadric-error decimation → the
// quantised .mesh format of scene/mesh. It uses only the standard library
// and runs single-threaded in a fixed order, so every run on every machine
// writes the same bytes. Run it from the repository's root:
//
//	go run ./cmd/meshbuild             # or: make meshes
//	go run ./cmd/meshbuild -check-atlas  # where the atlas's points fall in the volume
//	go run ./cmd/meshbuild -render DIR   # PNG views of the shipped meshes
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/decussate/decussate/internal/meshbuild"
	"github.com/decussate/decussate/internal/nifti"
	"github.com/decussate/decussate/scene/mesh"
)

func main() {
	volume := flag.String("volume", "assets/allen/AllenAtlas.nii.gz", "the label volume (NIfTI-1, uint8, MNI ICBM152 2009b millimetres)")
	out := flag.String("out", "assets/meshes", "the folder to write the .mesh files to")
	check := flag.Bool("check-atlas", false, "instead of building, report which atlas points (MNI mm) lie outside the structure they name")
	only := flag.String("part", "", "build only this part (for trying a recipe; the files of the others are left alone)")
	render := flag.String("render", "", "instead of building, draw PNG views of the meshes in -out into this folder")
	flag.Parse()
	if err := run(os.Stdout, *volume, *out, *check, *render, *only); err != nil {
		fmt.Fprintln(os.Stderr, "meshbuild:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, volumePath, outDir string, check bool, render, only string) error {
	if render != "" {
		return renderViews(outDir, render)
	}
	f, err := os.Open(volumePath)
	if err != nil {
		return err
	}
	defer f.Close()
	v, err := nifti.Read(f)
	if err != nil {
		return fmt.Errorf("%s: %w", volumePath, err)
	}
	if check {
		names, err := os.ReadFile(filepath.Join(filepath.Dir(volumePath), "itksnap_label_description_Br.txt"))
		if err != nil {
			return fmt.Errorf("the label list beside the volume: %w", err)
		}
		return checkAtlas(w, v, string(names))
	}
	return build(w, v, outDir, only)
}

func build(w io.Writer, v *nifti.Volume, outDir, only string) error {
	dv := meshbuild.Derive(v)
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	total := 0
	write := func(p mesh.Part, s *meshbuild.Surface, st meshbuild.Stats, cortex bool) error {
		m := meshbuild.ToMesh(s, v, cortex)
		b, err := mesh.Encode(m)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		// Check what was written, as the game will read it.
		back, err := mesh.Decode(b)
		if err != nil {
			return fmt.Errorf("%s: the encoded mesh does not decode: %w", p, err)
		}
		if err := mesh.CheckClosed(back); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if err := os.WriteFile(filepath.Join(outDir, p.File()), b, 0o644); err != nil {
			return err
		}
		total += len(b)
		fmt.Fprintf(w, "%-18s %8d voxels %8d marched → %6d triangles %6d vertices genus %4d  volume %8.0f voxels %8.0f smoothed %8.0f final mm³  %7d bytes\n",
			p, st.Voxels, st.Marched, st.Triangles, st.Vertices, st.Genus, st.VoxelMM3, st.SmoothMM3, st.FinalMM3, len(b))
		return nil
	}
	for _, p := range mesh.Parts() {
		r, ok := meshbuild.Recipes[p]
		if !ok || only != "" && only != p.ID() {
			continue // the coarse hemisphere is made with the fine one
		}
		s, st, err := meshbuild.Build(dv, r)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if err := write(p, s, st, r.Cortex); err != nil {
			return err
		}
		if r.Coarse > 0 {
			// The coarse level continues the fine one's decimation, so the
			// two share their shape and labels.
			coarse := &meshbuild.Surface{Pos: append([][3]float64(nil), s.Pos...), Tris: append([][3]int32(nil), s.Tris...)}
			coarse.Decimate(r.Coarse)
			cst := st
			cst.Triangles, cst.Vertices, cst.FinalMM3, cst.Genus = len(coarse.Tris), len(coarse.Pos), coarse.Volume(), coarse.Genus()
			if err := write(mesh.HemisphereCoarse, coarse, cst, r.Cortex); err != nil {
				return err
			}
		}
	}
	fmt.Fprintf(w, "total %d bytes in %s\n", total, outDir)
	return nil
}
