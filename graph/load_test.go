package graph

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/eventgraph/eventgraph/schema"
)

// fakeReader reads an article as the fixture, or fails for files whose
// text says "FAIL".
type fakeReader struct{ a *schema.Article }

func (f fakeReader) ReadArticle(_ context.Context, path string, data []byte) (*schema.Article, error) {
	if strings.Contains(string(data), "FAIL") {
		return nil, &os.PathError{Op: "read", Path: path, Err: os.ErrInvalid}
	}
	return f.a, nil
}

// idReader gives every article its own document: the fixture, renamed
// after the file, with one event named after the file's text.
type idReader struct{ a *schema.Article }

func (r idReader) ReadArticle(_ context.Context, path string, data []byte) (*schema.Article, error) {
	if strings.Contains(string(data), "FAIL") {
		return nil, fmt.Errorf("%s: bad article", path)
	}
	a := *r.a
	id := strings.TrimSuffix(filepath.Base(path), ".txt")
	a.Document.ID, a.Document.IRI = id, schema.DocumentIRI(id)
	a.Document.Source = path
	a.Events = append([]schema.Event(nil), a.Events...)
	if len(a.Events) > 0 {
		e := a.Events[0]
		e.Label = strings.TrimSpace(string(data))
		a.Events[0] = e
	}
	return &a, nil
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoaderManyFilesOneBad(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", "date 2025-10-21 fine")
	writeFile(t, dir, "b.txt", "FAIL")
	writeFile(t, dir, "c.nq", "<http://x/s> <http://x/p> \"o\" <http://x/doc2> .\n<http://x/s> <http://x/p> \"o2\" .\n")
	writeFile(t, dir, "d.nq", "<http://x/s> <http://x/p> \"o\" <http://x/doc3> .\n<http://x/s> <http://x/p> broken <http://x/doc3> .\n")
	writeFile(t, dir, "notes.md", "ignored")
	s, err := Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l := &Loader{Store: s, Articles: fakeReader{fixture(t)}}
	var seen []FileResult
	sum, err := l.Load(ctx, []string{dir}, func(r FileResult) { seen = append(seen, r) })
	if err != nil {
		t.Fatal(err)
	}
	if sum.Files != 4 || sum.Failed != 2 || sum.Documents != 2 || len(sum.Failures) != 2 {
		t.Fatalf("summary %+v", sum)
	}
	if len(seen) != 4 {
		t.Fatalf("progress saw %d files, want 4", len(seen))
	}
	for i, f := range seen {
		if want := []string{"a.txt", "b.txt", "c.nq", "d.nq"}[i]; filepath.Base(f.Path) != want {
			t.Errorf("progress %d: %s, want %s (input order)", i, f.Path, want)
		}
		bad := strings.HasSuffix(f.Path, "b.txt") || strings.HasSuffix(f.Path, "d.nq")
		if bad != (f.Err != nil) {
			t.Errorf("%s: err = %v", f.Path, f.Err)
		}
		if strings.HasSuffix(f.Path, "d.nq") && !strings.Contains(f.Err.Error(), "d.nq:2:") {
			t.Errorf("the N-Quads error does not name the line: %v", f.Err)
		}
	}
	if sum.Events == 0 || sum.Actors == 0 {
		t.Errorf("no events or actors counted: %+v", sum)
	}
	// Nothing of the bad N-Quads file was written.
	if qs, _ := s.DocumentQuads(ctx, quad.IRI("http://x/doc3")); len(qs) != 0 {
		t.Fatalf("a failed file left %d quads", len(qs))
	}
	// Loading again changes nothing.
	before := exportString(t, s)
	again, err := l.Load(ctx, []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if exportString(t, s) != before {
		t.Fatal("loading the same files twice changed the store")
	}
	if again.Change.Added != 1 || again.Change.Removed != 0 { // the unlabelled quad is added again (a no-op)
		t.Fatalf("second load: %+v", again.Change)
	}
}

// TestLoaderSameStoreWhateverTheWorkers loads the same files with
// different worker counts and batch sizes, into memory and bolt: the
// exports must be equal, and equal to one-file-at-a-time ReplaceDocument.
func TestLoaderSameStoreWhateverTheWorkers(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for i := 0; i < 40; i++ {
		writeFile(t, dir, fmt.Sprintf("art/a%02d.txt", i), fmt.Sprintf("date 2025-01-01 article %d", i))
	}
	// A later file with the same document id replaces the earlier one.
	writeFile(t, dir, "art/z/a03.txt", "date 2025-01-01 article 3, corrected")
	writeFile(t, dir, "art/bad.txt", "FAIL")
	var nq strings.Builder
	for d := 0; d < 5; d++ {
		for k := 0; k < 3; k++ {
			fmt.Fprintf(&nq, "<http://x/s%d> <http://x/p> \"v%d\" <http://x/doc%d> .\n", k, k, d)
		}
	}
	writeFile(t, dir, "dump.nq", nq.String())
	var want string
	for _, c := range []struct {
		name  string
		db    string
		jobs  int
		batch int
	}{
		{"memory, 1 worker, 1 document a transaction", "memory", 1, 1},
		{"memory, 4 workers", "memory", 4, 0},
		{"memory, 3 workers, small batches", "memory", 3, 100},
		{"bolt, 2 workers", filepath.Join(t.TempDir(), "bolt"), 2, 0},
		{"leveldb, 4 workers, small batches", "leveldb:" + filepath.Join(t.TempDir(), "ldb"), 4, 70},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := Open(ctx, c.db)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			l := &Loader{Store: s, Articles: idReader{fixture(t)}, Jobs: c.jobs, BatchQuads: c.batch}
			sum, err := l.Load(ctx, []string{dir}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if sum.Files != 43 || sum.Failed != 1 || sum.Documents != 41+5 {
				t.Fatalf("summary %+v", sum)
			}
			got := exportString(t, s)
			if want == "" {
				want = got
			} else if got != want {
				t.Fatal("the store differs from the first load's")
			}
			if !strings.Contains(got, "article 3, corrected") || strings.Contains(got, "\"article 3\"") {
				t.Fatal("the later file of the same document did not replace the earlier one")
			}
			// Reloading keeps everything.
			again, err := l.Load(ctx, []string{dir}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if exportString(t, s) != want {
				t.Fatal("reloading changed the store")
			}
			if again.Failed != 1 {
				t.Fatalf("reload summary %+v", again)
			}
		})
	}
}

func TestLoaderSizeLimits(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	big := writeFile(t, dir, "big.txt", "date 2025-01-01 "+strings.Repeat("word ", 20))
	var grouped, interleaved strings.Builder
	for d := 0; d < 4; d++ {
		for k := 0; k < 4; k++ {
			fmt.Fprintf(&grouped, "<http://x/s%d> <http://x/p> \"v\" <http://x/doc%d> .\n", k, d)
		}
	}
	for k := 0; k < 4; k++ {
		for d := 0; d < 4; d++ {
			fmt.Fprintf(&interleaved, "<http://x/s%d> <http://x/p> \"v\" <http://x/doc%d> .\n", k, d)
		}
	}
	g := writeFile(t, dir, "grouped.nq", grouped.String())
	il := writeFile(t, dir, "interleaved.nq", interleaved.String())
	line := int64(len("<http://x/s0> <http://x/p> \"v\" <http://x/doc0> ."))
	for _, c := range []struct {
		name    string
		path    string
		max     int64
		wantErr string
	}{
		{"article over the limit", big, 50, "big.txt: larger than the limit"},
		{"article, no limit", big, -1, ""},
		{"grouped N-Quads larger than the limit", g, 5 * line, ""},
		{"interleaved N-Quads over the limit", il, 5 * line, "spread over the file"},
		{"interleaved N-Quads, no limit", il, -1, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, _ := Open(ctx, "memory")
			defer s.Close()
			r := (&Loader{Store: s, Articles: fakeReader{fixture(t)}, MaxBytes: c.max}).LoadFile(ctx, c.path)
			if c.wantErr == "" && r.Err != nil {
				t.Fatal(r.Err)
			}
			if c.wantErr != "" && (r.Err == nil || !strings.Contains(r.Err.Error(), c.wantErr)) {
				t.Fatalf("got %v, want an error with %q", r.Err, c.wantErr)
			}
			if c.wantErr != "" {
				if n, _, _ := s.Stats(ctx); n != 0 {
					t.Fatalf("a failed file left %d quads", n)
				}
			}
		})
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b.txt", "a.txt", "c.nq", "sub/d.txt", "x.pdf"} {
		writeFile(t, dir, n, "x")
	}
	for _, c := range []struct {
		name string
		in   []string
		want []string
		err  bool
	}{
		{"folder, recursive, sorted", []string{dir}, []string{"a.txt", "b.txt", "c.nq", "sub/d.txt"}, false},
		{"pattern the shell left", []string{filepath.Join(dir, "*.txt")}, []string{"a.txt", "b.txt"}, false},
		{"pattern with no match", []string{filepath.Join(dir, "*.json")}, nil, true},
		{"a named file of another kind", []string{filepath.Join(dir, "x.pdf")}, nil, true},
		{"a missing path", []string{"/no/such/path"}, nil, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := Expand(c.in)
			if (err != nil) != c.err {
				t.Fatalf("err = %v", err)
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
			for i := range got {
				if rel, _ := filepath.Rel(dir, got[i]); rel != c.want[i] {
					t.Fatalf("got %v, want %v", got, c.want)
				}
			}
		})
	}
}

func TestLoadStopsWhenCancelled(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 20; i++ {
		writeFile(t, dir, fmt.Sprintf("a%02d.txt", i), "date 2025-01-01 x")
	}
	ctx, cancel := context.WithCancel(context.Background())
	s, _ := Open(context.Background(), "memory")
	defer s.Close()
	n := 0
	_, err := (&Loader{Store: s, Articles: idReader{fixture(t)}, Jobs: 2}).Load(ctx, []string{dir}, func(FileResult) {
		if n++; n == 3 {
			cancel()
		}
	})
	if err == nil {
		t.Fatal("a cancelled load returned no error")
	}
}
