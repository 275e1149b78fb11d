package pagehook

// Box is a panel or a text on screen, in CSS pixels: ID names a panel
// ("report", "hint", "tool-lesion") or is "text", with Text its words.
type Box struct {
	ID, Text   string
	X, Y, W, H float32
}
