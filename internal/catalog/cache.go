package catalog

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/mcpsafe/mcpsafe/internal/bincode"
	"github.com/mcpsafe/mcpsafe/internal/parallel"
)

// The rule cache keeps what parsing and validating a set of rule files
// produced, so that the next run with the same files decodes one file in
// a few milliseconds instead of the YAML (70–110 ms of CPU for the
// built-in catalog: a fifth of a small project's scan).
//
// An entry is named by a hash of everything its content depends on: the
// files' paths and bytes, the options, the shape of the Rule type
// (bincode.Schema) and the build of mcpsafe reading it, so a changed
// rule, a new field or a new validation never reads an old entry. Only
// files that all parsed without error are cached; loads that compile
// queries (Options.QueryCheck) are never cached. The cache is an
// optimisation: an entry that cannot be read, or fails its checksum, is
// ignored and rewritten, and a cache that cannot be written changes
// nothing but the time. A folder or entry that is not the user's own, or
// that others can write to, is neither read nor written (private): the
// cached catalog decides what a scan looks for.

// cacheFormat names the layout of an entry; change it when the meaning of
// a cached rule changes without the Rule type changing.
const cacheFormat = "mcpsafe-rules-1"

// cacheMagic starts every entry file.
const cacheMagic = "MCPSAFE RULES\n"

// cacheKeep is how many entries a cache folder keeps (the newest).
const cacheKeep = 4

// cachedFile is one rule file's parse, as stored.
type cachedFile struct {
	Shown string
	Rule  *Rule
}

// loadFiles is parseFiles through the cache of Options.CacheDir.
func loadFiles(fsys fs.FS, files []string, opts Options) []parsedFile {
	if opts.CacheDir == "" || opts.QueryCheck != nil {
		return parseFiles(fsys, files, nil, opts)
	}
	datas := make([][]byte, len(files))
	for i, p := range files {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return parseFiles(fsys, files, nil, opts) // reports the error
		}
		datas[i] = data
	}
	entry := filepath.Join(opts.CacheDir, cacheKey(files, datas, opts)+".bin")
	if private(opts.CacheDir) && private(entry) {
		if out, ok := readCacheEntry(entry, len(files)); ok && revalidate(out, opts) {
			return out
		}
	}
	out := parseFiles(fsys, files, datas, opts)
	for _, pf := range out {
		if len(pf.errs) > 0 || pf.rule == nil {
			return out
		}
	}
	writeCacheEntry(opts.CacheDir, entry, out)
	return out
}

// revalidate runs the validation again on the cached rules, on every
// core: it compiles the rules' regular expressions into the process's
// cache (recache), which the engine would otherwise compile one by one,
// and it keeps a cached entry from ever bypassing the checks of the build
// reading it. A rule that fails makes the entry a miss.
func revalidate(parsed []parsedFile, opts Options) bool {
	var failed atomic.Bool
	parallel.For(runtime.GOMAXPROCS(0), len(parsed), func(i int) {
		if len(validate(parsed[i].rule, opts)) > 0 {
			failed.Store(true)
		}
	})
	return !failed.Load()
}

// cacheKey hashes what an entry's content depends on.
func cacheKey(files []string, datas [][]byte, opts Options) string {
	h := sha256.New()
	field := func(s string) {
		var n [binary.MaxVarintLen64]byte
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
		h.Write([]byte(s))
	}
	field(cacheFormat)
	field(bincode.Schema(reflect.TypeFor[[]cachedFile]()))
	field(buildIdentity())
	field(strconv.FormatBool(opts.Builtin))
	field(opts.PathPrefix)
	for i, p := range files {
		field(p)
		field(string(datas[i]))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// buildIdentity names the running build: its module version and VCS
// revision where the build recorded them, and its executable's size and
// modification time, which change with every rebuild (a development
// build's revision does not).
func buildIdentity() string {
	var b strings.Builder
	if bi, ok := debug.ReadBuildInfo(); ok {
		b.WriteString(bi.GoVersion + " " + bi.Main.Path + "@" + bi.Main.Version)
		for _, s := range bi.Settings {
			if strings.HasPrefix(s.Key, "vcs.") {
				b.WriteString(" " + s.Key + "=" + s.Value)
			}
		}
	}
	if exe, err := os.Executable(); err == nil {
		if st, err := os.Stat(exe); err == nil {
			b.WriteString(" " + exe + " " + strconv.FormatInt(st.Size(), 10) + " " + strconv.FormatInt(st.ModTime().UnixNano(), 10))
		}
	}
	return b.String()
}

// readCacheEntry returns the entry's files, or false when there is no
// usable entry.
func readCacheEntry(entry string, files int) ([]parsedFile, bool) {
	data, err := os.ReadFile(entry)
	if err != nil || len(data) < len(cacheMagic)+4 || string(data[:len(cacheMagic)]) != cacheMagic {
		return nil, false
	}
	data = data[len(cacheMagic):]
	sum, payload := binary.LittleEndian.Uint32(data), data[4:]
	if crc32.Checksum(payload, crcTable) != sum {
		return nil, false
	}
	var cached []cachedFile
	if err := bincode.Decode(payload, &cached); err != nil || len(cached) != files {
		return nil, false
	}
	out := make([]parsedFile, len(cached))
	for i, c := range cached {
		if c.Rule == nil {
			return nil, false
		}
		out[i] = parsedFile{shown: c.Shown, rule: c.Rule}
	}
	return out, true
}

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// writeCacheEntry stores the parsed files under entry: written to a
// temporary file and renamed, so a reader never sees half an entry. Older
// entries beyond cacheKeep are removed. Errors are ignored.
func writeCacheEntry(dir, entry string, parsed []parsedFile) {
	cached := make([]cachedFile, len(parsed))
	for i, pf := range parsed {
		cached[i] = cachedFile{Shown: pf.shown, Rule: pf.rule}
	}
	payload, err := bincode.Encode(cached)
	if err != nil {
		return
	}
	var buf bytes.Buffer
	buf.WriteString(cacheMagic)
	buf.Write(binary.LittleEndian.AppendUint32(nil, crc32.Checksum(payload, crcTable)))
	buf.Write(payload)
	if err := os.MkdirAll(dir, 0o755); err != nil || !private(dir) {
		return
	}
	tmp, err := os.CreateTemp(dir, "rules-*.tmp")
	if err != nil {
		return
	}
	_, werr := tmp.Write(buf.Bytes())
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), entry) != nil {
		os.Remove(tmp.Name())
		return
	}
	pruneCache(dir, entry)
}

// pruneCache removes all but the newest cacheKeep entries (keep among
// them) and temporary files left by an interrupted write an hour ago.
func pruneCache(dir, keep string) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	type entryInfo struct {
		path string
		mod  time.Time
	}
	var entries []entryInfo
	for _, de := range des {
		info, err := de.Info()
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		p := filepath.Join(dir, de.Name())
		switch {
		case strings.HasSuffix(de.Name(), ".tmp") && time.Since(info.ModTime()) > time.Hour:
			os.Remove(p)
		case strings.HasSuffix(de.Name(), ".bin") && p != keep:
			entries = append(entries, entryInfo{p, info.ModTime()})
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].mod.After(entries[j].mod) })
	for i := cacheKeep - 1; i < len(entries); i++ {
		os.Remove(entries[i].path)
	}
}
