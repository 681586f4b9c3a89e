//go:build race

package ui

// raceSlowdown: the race detector slows rendering five- to twentyfold, so
// tests that bound time allow that much more under it (still a bound: what
// they guard against never ends).
const raceSlowdown = 20
