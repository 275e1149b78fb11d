// Package body poses and draws the patient of lesion mode: a simple
// front-view figure and a face close-up that act out what a lesion does.
// The lesion engine says which regions are weak, of which type, and which
// signs follow; this package turns that into movement over time: an arm
// that drifts, a face that droops, a tongue that deviates, a reflex that is
// brisk, absent or beats in clonus.
//
// The work is split in two, as the rest of scene/ splits it:
//
//   - Figure.Pose is a pure function of the findings, a command (an Action)
//     and the seconds since the command was given. It returns a Pose: plain
//     data (joint positions, face parameters, tints), so that tests ask
//     questions of it ("is the right hand lower than the left?") without
//     looking at pixels. Nothing reads the clock and nothing is random:
//     fasciculations come from a seeded hash of the muscle and the time.
//   - Figure.Draw (the front view), Figure.DrawFace and Figure.DrawLegs (the
//     close-ups; DrawCloseUp picks the one the action needs) write a Pose
//     into a view.DrawList as plain triangles, lines and labels, which the
//     game hands to Ebiten and scene/raster draws into a PNG.
//
// # Sides and directions
//
// Two conventions meet here and are easy to confuse, so they are kept
// apart by type. Arrays indexed by Side hold the patient's Left and Right,
// as the engine names them. Positions are in screen orientation: the figure
// faces the viewer, x grows to the viewer's right, which is the patient's
// LEFT, and y grows downward. So the patient's left arm is drawn on the
// right of the picture, and a tongue deviating to the patient's left has a
// positive TongueX. Side.ScreenX and Toward.ScreenX give the sign.
//
// # Figure units
//
// A Pose measures the figure in figure units: about 100 from the top of the
// head (y = 0) to the soles, x = 0 on the midline; the face's parameters
// are fractions (see Face). Each drawing scales what it draws into the box
// it is given.
//
// Pose and Draw allocate nothing, so the figure can be animated every frame.
package body
