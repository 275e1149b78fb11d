package game

// tickSeconds is the time a tick advances the explorer by (Ebiten's 60
// ticks a second).
const tickSeconds = 1.0 / 60
