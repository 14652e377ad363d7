//go:build race

package scoring

// raceDetector: the tests run under the race detector, which allocates on
// its own and makes sync.Pool drop what it is given at random.
const raceDetector = true
