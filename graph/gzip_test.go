package graph

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"
)

// TestLoadGzippedNQuadsRoundTrip exports the fixture as .nq.gz, loads it
// into a fresh store and checks the store then exports the same quads.
func TestLoadGzippedNQuadsRoundTrip(t *testing.T) {
	ctx := context.Background()
	a := fixture(t)
	qs := ArticleQuads(a)
	var nq bytes.Buffer
	if err := WriteNQuads(&nq, qs); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	if _, err := w.Write(nq.Bytes()); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "dump.nq.gz")
	if err := os.WriteFile(p, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r := (&Loader{Store: s}).LoadFile(ctx, p)
	if r.Err != nil || r.Documents != 1 || r.Change.Added != len(qs) {
		t.Fatalf("load: %+v", r)
	}
	if got := exportString(t, s); got != nq.String() {
		t.Fatal("the store does not export what the .nq.gz held")
	}
	if got, _ := s.DocumentQuads(ctx, quad.IRI(a.Document.IRI)); len(got) != len(qs) {
		t.Fatalf("document has %d quads, want %d", len(got), len(qs))
	}
	bad := filepath.Join(t.TempDir(), "bad.nq.gz")
	if err := os.WriteFile(bad, []byte("not gzip"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := (&Loader{Store: s}).LoadFile(ctx, bad); r.Err == nil {
		t.Fatal("a .nq.gz that is not gzip was accepted")
	}
}
