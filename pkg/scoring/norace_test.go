//go:build !race

package scoring

// raceDetector: the tests run under the race detector (race_test.go).
const raceDetector = false
