//go:build !race

package ui

// raceSlowdown is 1 without the race detector.
const raceSlowdown = 1
