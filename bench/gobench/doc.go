// Package gobench holds the Go benchmarks of mcpsafe's hot paths, per
// language, on synthetic MCP sources (bench/synth): parsing, the fast
// engine with the whole catalog, deep mode's per-file lowering and the
// project-wide taint analysis.
//
//	go test -run XXX -bench . -benchmem ./bench/gobench
//
// CI runs them once each (-benchtime=1x) so that they cannot rot.
package gobench
