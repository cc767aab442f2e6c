package lang

/*
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
static int mcpsafe_trim(void) { return malloc_trim(0); }
static int mcpsafe_can_trim(void) { return 1; }
#else
static int mcpsafe_trim(void) { return 0; }
static int mcpsafe_can_trim(void) { return 0; }
#endif
*/
import "C"

// TrimMalloc hands the C allocator's free pages back to the system
// (glibc's malloc_trim; elsewhere it does nothing) and reports whether it
// released any.
//
// Trees and compiled queries live in C memory. glibc keeps one arena per
// thread that allocates (up to eight per core), and Go runs cgo calls on
// whichever of its OS threads is free, so the trees of a scan are spread
// over many arenas, and each arena keeps the pages of the large trees it
// once held: freed, but still resident. Trimming after a large file's tree
// is closed keeps the peak near what is live (fast mode on the benchmark
// corpus: 305–380 MB without, 220–238 MB with; docs/performance.md).
func TrimMalloc() bool {
	return C.mcpsafe_trim() == 1
}

// canTrimMalloc reports whether TrimMalloc does anything here (glibc).
func canTrimMalloc() bool {
	return C.mcpsafe_can_trim() == 1
}
