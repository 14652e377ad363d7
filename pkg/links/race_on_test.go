//go:build race

package links

// raceOn: the race detector is on, which multiplies time and memory by
// about ten (tests with big inputs scale them down).
const raceOn = true
