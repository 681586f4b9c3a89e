//go:build race

package server

// raceSlowdown: the race detector slows the reader five- to twentyfold and
// a hundred sessions multiply that on a 2-core machine, so tests that bound
// time allow this much more under it (still a bound: a session that never
// answers still fails).
const raceSlowdown = 10
