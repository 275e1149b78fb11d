package screen

import "github.com/decussate/decussate/scene/view"

// The quiz's words go above the model. On a phone held upright whose
// panels are open (compact.go), the patient and the findings already
// take half the middle: the words at their full size would leave the
// model a sliver, and the quiz is about pointing at the model. There the
// model keeps modelShare of the screen's height: the words are set
// smaller (never below a phone's 14 CSS pixels) and the panels give up
// a little of their top; words still too long for the room left (a wrong
// answer's differences) head the report instead, which pages them.

// modelShare is the least share of a phone's height the model keeps
// under the quiz's words with the panels open.
const modelShare = 1.0 / 3

// panelsGive is the most share of their height the open panels give the
// model: below it, their report would have room for a line or two.
const panelsGive = 0.2

// In presenter mode on a wide screen the words, set large for a room, in
// a panel above the model took most of the middle's height, and the
// report beside it the most of its width: the model was left a corner
// under them. There the words head the report instead, which is empty
// until a lesion is placed and pages what follows, and the report is
// narrower (presenterQuizReport), so that the model keeps the middle.

// presenterQuizReport is the share of a wide screen's width the report
// takes in the quiz in presenter mode: the patient's and the report's
// panels leave the model more than 40 % of the width.
const presenterQuizReport = 0.38

// placeQuiz places the quiz's words, text, at the top of the model's
// room (Centre), and takes their room from it; or, in presenter mode on a
// wide screen, or on a phone whose panels are open and leave no room for
// them, sets them at the report's head (quizLead).
func (L *Layout) placeQuiz(f *Typeset, text string) {
	pad := L.Pad
	if L.M.Presenter && L.Right.ID == "report" && L.Strip.W == 0 {
		L.quizText, L.quizLead = nil, text
		return
	}
	open := L.Strip.W > 0 && L.Left.W > 0
	if !open {
		L.quizText = f.Wrap(text, L.Size, L.Centre.W-2*pad)
		L.setQuizBox(float32(len(L.quizText))*L.Size*lineGap + L.Size)
		return
	}
	keep := float32(L.M.H) * modelShare
	give := L.Left.H * panelsGive
	least := minTextCSS * L.M.Ratio
	qs := L.Size
	var qh float32
	for {
		L.quizText = f.Wrap(text, qs, L.Centre.W-2*pad)
		qh = float32(len(L.quizText))*qs*lineGap + qs
		if L.Centre.H-qh-pad*0.5 >= keep || qs <= least {
			break
		}
		qs = max(least, qs*0.9)
	}
	if L.Centre.H-qh-pad*0.5+give < keep {
		L.quizText, L.quizLead = nil, text
	} else {
		L.quizSize = qs
		L.setQuizBox(qh)
	}
	// The panels' top comes down, if the model needs it.
	d := min(max(0, keep-L.Centre.H), give)
	for _, b := range []*view.Box{&L.Left, &L.Right} {
		b.Y += d
		b.H -= d
	}
	L.Centre.H += d
}

// setQuizBox places the quiz's words' panel, h high, at the top of the
// model's room, and takes it from the model.
func (L *Layout) setQuizBox(h float32) {
	L.Quiz = view.Box{ID: "quiz", X: L.Centre.X, Y: L.Centre.Y, W: L.Centre.W, H: min(h, L.Centre.H)}
	L.Centre.Y += L.Quiz.H + L.Pad*0.5
	L.Centre.H = max(0, L.Centre.H-L.Quiz.H-L.Pad*0.5)
}
