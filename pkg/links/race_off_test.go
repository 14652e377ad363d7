//go:build !race

package links

// raceOn: the race detector is on (race_on_test.go).
const raceOn = false
