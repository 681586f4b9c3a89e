//go:build !race

package briefings

const raceDetector = false
