//go:build race

package briefings

// raceDetector: the race detector slows code five- to twentyfold, so
// tests that bound time leave the bound to runs without it.
const raceDetector = true
