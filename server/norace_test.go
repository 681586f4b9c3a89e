//go:build !race

package server

// raceSlowdown is 1 without the race detector.
const raceSlowdown = 1
