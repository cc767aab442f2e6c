package source

import (
	"archive/tar"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestArchiveTargets(t *testing.T) {
	te := newTestEnv(t)
	tgz := writeFile(t, filepath.Join(te.opts.WorkDir, "pkg.tgz"), makeTgz(t, []tarEnt{
		{name: "server/", typ: tar.TypeDir},
		{name: "server/index.js", body: "console.log(1)"},
		{name: "server/lib/util.js", body: "x"},
		{name: "server/link.js", typ: tar.TypeSymlink, link: "lib/util.js"},
		{name: "server/hard.js", typ: tar.TypeLink, link: "server/index.js"},
		{name: "server/bin/run", body: "#!/bin/sh", mode: 0o4755},
	}))
	tg := te.resolveOne("./pkg.tgz")
	if tg.Kind != KindArchive || !strings.HasPrefix(tg.Digest, "sha256:") || tg.Resolved != tgz {
		t.Fatalf("target = %+v", tg)
	}
	if got := readFile(t, filepath.Join(tg.Dir, "index.js")); got != "console.log(1)" {
		t.Fatalf("index.js = %q (Dir %s)", got, tg.Dir)
	}
	if got := readFile(t, filepath.Join(tg.Dir, "hard.js")); got != "console.log(1)" {
		t.Fatalf("hard link copy = %q", got)
	}
	if l, err := os.Readlink(filepath.Join(tg.Dir, "link.js")); err != nil || l != "lib/util.js" {
		t.Fatalf("in-tree link = %q, %v", l, err)
	}
	fi, err := os.Stat(filepath.Join(tg.Dir, "bin/run"))
	if err != nil || fi.Mode().Perm()&0o7222 != 0 || fi.Mode()&os.ModeSetuid != 0 {
		t.Fatalf("bin/run mode = %v, %v: want read-only, no set-id", fi.Mode(), err)
	}
	// The same bytes come from the cache the second time.
	if again := te.resolveOne(tgz); again.Dir != tg.Dir {
		t.Fatalf("second resolve Dir %s != %s", again.Dir, tg.Dir)
	}

	zipPath := writeFile(t, filepath.Join(te.opts.WorkDir, "srv.zip"), makeZip(t, []zipEnt{
		{name: "a/server.py", body: "import mcp"},
		{name: "a/dir/"},
		{name: "a/l", body: "server.py", symlink: true},
	}))
	tz := te.resolveOne(zipPath)
	if got := readFile(t, filepath.Join(tz.Dir, "server.py")); got != "import mcp" {
		t.Fatalf("zip server.py = %q", got)
	}
	whl := writeFile(t, filepath.Join(te.opts.WorkDir, "x-1.0-py3-none-any.whl"), makeZip(t, []zipEnt{
		{name: "x/__init__.py", body: "pass"},
		{name: "x-1.0.dist-info/METADATA", body: "Name: x"},
	}))
	tw := te.resolveOne(whl)
	if got := readFile(t, filepath.Join(tw.Dir, "x/__init__.py")); got != "pass" {
		t.Fatalf("wheel = %q", got)
	}
}

func TestLocalTargets(t *testing.T) {
	te := newTestEnv(t)
	writeFile(t, filepath.Join(te.opts.WorkDir, "srv", "a.py"), []byte("x"))
	writeFile(t, filepath.Join(te.opts.WorkDir, "one.py"), []byte("x"))
	d := te.resolveOne("./srv")
	if d.Kind != KindDir || d.Dir != filepath.Join(te.opts.WorkDir, "srv") || d.Resolved != d.Dir {
		t.Fatalf("dir target = %+v", d)
	}
	f := te.resolveOne("./one.py")
	if f.Kind != KindFile || f.Dir != filepath.Join(te.opts.WorkDir, "one.py") {
		t.Fatalf("file target = %+v", f)
	}
	if _, err := te.resolve("./missing"); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("missing path error = %v", err)
	}
}

// hostile archives: each must fail with a clear error and leave nothing.
func TestHostileArchives(t *testing.T) {
	zeros := bytes.Repeat([]byte{0}, 4<<20)
	bombTar := makeTar(t, []tarEnt{{name: "p/zeros", body: string(zeros)}})
	truncated := makeTgz(t, []tarEnt{{name: "p/a.js", body: strings.Repeat("abcdefgh", 50000)}})
	truncated = truncated[:len(truncated)/2]

	cases := []struct {
		name string
		file string
		data []byte
		want string
		is   error
	}{
		{"zip-slip tar", "a.tgz", makeTgz(t, []tarEnt{{name: "p/ok.js", body: "x"}, {name: "p/../../../../evil", body: "x"}}), "points outside", ErrUnsafeArchive},
		{"absolute tar", "a.tgz", makeTgz(t, []tarEnt{{name: "/tmp/evil", body: "x"}}), "absolute path", ErrUnsafeArchive},
		{"backslash slip", "a.tgz", makeTgz(t, []tarEnt{{name: "p\\..\\..\\evil", body: "x"}}), "points outside", ErrUnsafeArchive},
		{"symlink absolute", "a.tgz", makeTgz(t, []tarEnt{{name: "p/l", typ: tar.TypeSymlink, link: "/etc/passwd"}}), "outside the archive", ErrUnsafeArchive},
		{"symlink up", "a.tgz", makeTgz(t, []tarEnt{{name: "p/l", typ: tar.TypeSymlink, link: "../../evil"}}), "outside the archive", ErrUnsafeArchive},
		{"symlink chain", "a.tgz", makeTgz(t, []tarEnt{
			{name: "a/b/s", typ: tar.TypeSymlink, link: ".."},
			{name: "a/b/l", typ: tar.TypeSymlink, link: "s/../../evil"},
		}), "may lead outside", ErrUnsafeArchive},
		{"symlink then write through", "a.tgz", makeTgz(t, []tarEnt{
			{name: "p/d", typ: tar.TypeSymlink, link: "/tmp"},
			{name: "p/d/evil", body: "x"},
		}), "outside the archive", ErrUnsafeArchive},
		{"hard link escape", "a.tgz", makeTgz(t, []tarEnt{{name: "p/h", typ: tar.TypeLink, link: "../../etc/passwd"}}), "hard link", ErrUnsafeArchive},
		{"hard link absolute", "a.tgz", makeTgz(t, []tarEnt{{name: "p/h", typ: tar.TypeLink, link: "/etc/passwd"}}), "hard link", ErrUnsafeArchive},
		{"char device", "a.tgz", makeTgz(t, []tarEnt{{name: "p/null", typ: tar.TypeChar}}), "device", ErrUnsafeArchive},
		{"block device", "a.tgz", makeTgz(t, []tarEnt{{name: "p/sda", typ: tar.TypeBlock}}), "device", ErrUnsafeArchive},
		{"fifo", "a.tgz", makeTgz(t, []tarEnt{{name: "p/fifo", typ: tar.TypeFifo}}), "FIFO", ErrUnsafeArchive},
		{"gzip bomb", "a.tgz", gz(t, bombTar), "compression ratio", ErrLimit},
		{"truncated", "a.tgz", truncated, "truncated", nil},
		{"not an archive", "a.tgz", []byte("hello, this is not a tarball at all, just text......................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................"), "", nil},
		{"zip slip", "a.zip", makeZip(t, []zipEnt{{name: "../../evil", body: "x"}}), "points outside", ErrUnsafeArchive},
		{"zip absolute", "a.zip", makeZip(t, []zipEnt{{name: "/evil", body: "x"}}), "absolute", ErrUnsafeArchive},
		{"zip drive letter", "a.zip", makeZip(t, []zipEnt{{name: "C:\\evil", body: "x"}}), "absolute", ErrUnsafeArchive},
		{"zip symlink escape", "a.zip", makeZip(t, []zipEnt{{name: "l", body: "../../../etc", symlink: true}}), "outside the archive", ErrUnsafeArchive},
		{"zip device", "a.zip", makeZip(t, []zipEnt{{name: "dev", body: "", mode: os.ModeDevice | os.ModeCharDevice | 0o644}}), "device", ErrUnsafeArchive},
		{"zip bomb", "a.whl", makeZip(t, []zipEnt{{name: "zeros", body: string(zeros)}}), "compression ratio", ErrLimit},
		{"zip truncated", "a.zip", makeZip(t, []zipEnt{{name: "a.py", body: strings.Repeat("x", 1000)}})[:50], "zip", nil},
		{"file and folder", "a.tgz", makeTgz(t, []tarEnt{{name: "p/x", body: "1"}, {name: "p/x/y", body: "2"}}), "under a file", ErrUnsafeArchive},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			te := newTestEnv(t)
			te.opts.MaxRatio = 100
			p := writeFile(t, filepath.Join(te.opts.WorkDir, c.file), c.data)
			_, err := te.resolve(p)
			if err == nil {
				t.Fatal("hostile archive accepted")
			}
			if c.want != "" && !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q does not mention %q", err, c.want)
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Errorf("error %q is not %v", err, c.is)
			}
			te.assertClean()
		})
	}
}

func TestExtractLimits(t *testing.T) {
	var ents []tarEnt
	for i := 0; i < 50; i++ {
		ents = append(ents, tarEnt{name: "p/f" + string(rune('a'+i%26)) + string(rune('a'+i/26)), body: strings.Repeat("y", 1000)})
	}
	data := makeTgz(t, ents)

	te := newTestEnv(t)
	te.opts.MaxEntries = 10
	p := writeFile(t, filepath.Join(te.opts.WorkDir, "many.tgz"), data)
	if _, err := te.resolve(p); !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "entries") {
		t.Fatalf("entry limit: %v", err)
	}
	te.assertClean()

	te2 := newTestEnv(t)
	te2.opts.MaxExtractedBytes = 10_000
	p = writeFile(t, filepath.Join(te2.opts.WorkDir, "big.tgz"), data)
	if _, err := te2.resolve(p); !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "bytes") {
		t.Fatalf("size limit: %v", err)
	}
	te2.assertClean()

	// zip: the central directory's entry count is checked before extracting.
	var zents []zipEnt
	for i := 0; i < 20; i++ {
		zents = append(zents, zipEnt{name: "f" + string(rune('a'+i)), body: "x"})
	}
	te3 := newTestEnv(t)
	te3.opts.MaxEntries = 5
	p = writeFile(t, filepath.Join(te3.opts.WorkDir, "many.zip"), makeZip(t, zents))
	if _, err := te3.resolve(p); !errors.Is(err, ErrLimit) {
		t.Fatalf("zip entry limit: %v", err)
	}
	te3.assertClean()
}

func TestCheckLinkTarget(t *testing.T) {
	ok := [][2]string{{"a/l", "b"}, {"a/l", "../b"}, {"a/b/l", "../../c"}, {"a/l", "./x/y"}, {"l", "x"}}
	bad := [][2]string{{"l", "../x"}, {"a/l", "../../x"}, {"a/b/l", "s/../../x"}, {"a/l", "/etc"}, {"a/l", ""}, {"a/l", "x\\..\\.."}}
	for _, c := range ok {
		if err := checkLinkTarget(c[0], c[1]); err != nil {
			t.Errorf("checkLinkTarget(%q, %q) = %v, want ok", c[0], c[1], err)
		}
	}
	for _, c := range bad {
		if err := checkLinkTarget(c[0], c[1]); err == nil {
			t.Errorf("checkLinkTarget(%q, %q) accepted", c[0], c[1])
		}
	}
}
