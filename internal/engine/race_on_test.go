//go:build race

package engine

// raceEnabled makes the exhaustive agreement tests sample fewer texts:
// the race detector makes regular expressions ten times slower, and those
// tests check answers, not concurrency.
const raceEnabled = true
