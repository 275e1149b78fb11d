// Package credits is the attribution Decussate's data needs, in one place:
// the About panel shows it and every exported model file carries it, so
// the two never say different things. The licence texts themselves are
// files (assets/allen, internal/uifont) that the web build copies beside
// the page under LicenceDir.
package credits

// Allen credits the atlas the real anatomy's meshes come from. CC BY 4.0
// asks that a changed work say so, hence "changed".
const Allen = "Allen Human Reference Atlas 3D, 2020 (Ding et al., Allen Institute for Brain Science, " +
	"RRID:SCR_017764), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); " +
	"changed: the meshes are derived from its label volume (structures merged, an internal capsule " +
	"derived, surfaces smoothed and simplified)."

// ICBM is the ICBM 2009b template's notice, which its permission asks to
// appear in all copies: it is given whole, as in assets/allen/ICBM-NOTICE.txt.
const ICBM = "ICBM 2009b Nonlinear Symmetric template: Copyright (C) 1993-2004 Louis Collins, " +
	"McConnell Brain Imaging Centre, Montreal Neurological Institute, McGill University. " +
	"Permission to use, copy, modify, and distribute this software and its documentation for any " +
	"purpose and without fee is hereby granted, provided that the above copyright notice appear in " +
	"all copies. The authors and McGill University make no representations about the suitability " +
	"of this software for any purpose. It is provided \"as is\" without express or implied warranty."

// Font credits the typeface of the explorer's texts.
const Font = "Go Regular font: Copyright (c) 2016 Bigelow & Holmes Inc., " +
	"under the Go project's BSD-style licence."

// Space says what the model's coordinates are, for a file's reader.
const Space = "MNI ICBM152 2009 millimetres (x right, y anterior, z superior)"

// LicenceDir is where the web build puts the licence texts, beside the
// page; the repository keeps them in assets/allen and internal/uifont.
const LicenceDir = "licenses/"

// Licence files, as the web build names them under LicenceDir.
const (
	CCBYFile = "LICENSE-CC-BY-4.0.txt"
	ICBMFile = "ICBM-NOTICE.txt"
	FontFile = "GO-FONT-LICENSE.txt"
)

// Data returns the data's attribution, one paragraph a line: what a file
// derived from the atlas must carry.
func Data() []string { return []string{Allen, ICBM} }
