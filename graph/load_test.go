package graph

import (
	"context"
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

func TestLoaderManyFilesOneBad(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("a.txt", "date 2025-10-21 fine")
	write("b.txt", "FAIL")
	write("c.nq", "<http://x/s> <http://x/p> \"o\" <http://x/doc2> .\n<http://x/s> <http://x/p> \"o2\" .\n")
	write("d.nq", "<http://x/s> <http://x/p> \"o\" <http://x/doc3> .\n<http://x/s> <http://x/p> broken <http://x/doc3> .\n")
	write("notes.md", "ignored")
	s, err := Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l := &Loader{Store: s, Articles: fakeReader{fixture(t)}}
	sum, err := l.Load(ctx, []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Files) != 4 || sum.Failed != 2 || sum.Documents != 2 {
		t.Fatalf("summary %+v", sum)
	}
	for _, f := range sum.Files {
		bad := strings.HasSuffix(f.Path, "b.txt") || strings.HasSuffix(f.Path, "d.nq")
		if bad != (f.Err != nil) {
			t.Errorf("%s: err = %v", f.Path, f.Err)
		}
		if strings.HasSuffix(f.Path, "d.nq") && !strings.Contains(f.Err.Error(), "d.nq:2:") {
			t.Errorf("the N-Quads error does not name the line: %v", f.Err)
		}
	}
	// Nothing of the bad N-Quads file was written.
	if qs, _ := s.DocumentQuads(ctx, quad.IRI("http://x/doc3")); len(qs) != 0 {
		t.Fatalf("a failed file left %d quads", len(qs))
	}
	// Loading again changes nothing.
	before := exportString(t, s)
	if _, err := l.Load(ctx, []string{dir}, nil); err != nil {
		t.Fatal(err)
	}
	if exportString(t, s) != before {
		t.Fatal("loading the same files twice changed the store")
	}
}

func TestLoaderSizeLimit(t *testing.T) {
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "big.nq")
	if err := os.WriteFile(p, []byte(strings.Repeat("# padding\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	s, _ := Open(ctx, "memory")
	defer s.Close()
	r := (&Loader{Store: s, MaxBytes: 50}).LoadFile(ctx, p)
	if r.Err == nil || !strings.Contains(r.Err.Error(), "big.nq") {
		t.Fatalf("got %v, want a size error naming the file", r.Err)
	}
}

func TestExpandRejectsUnknownFiles(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(p, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Expand([]string{p}); err == nil {
		t.Fatal("a .pdf was accepted")
	}
	if _, err := Expand([]string{"/no/such/path"}); err == nil {
		t.Fatal("a missing path was accepted")
	}
}
