package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/schema"
)

// run extracts a small article given as text (published 2025-03-10).
func run(t *testing.T, text string) *Result {
	t.Helper()
	ex, err := New(data.Lexicon())
	if err != nil {
		t.Fatal(err)
	}
	d, err := ReadDocument("t.txt", []byte("date 2025-03-10 "+text), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// the rules alone: the learned last stage has tests of its own
	// (pairs_test.go)
	r, err := ex.WithPairModel(nil).Extract(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func short(iri string) string { return strings.TrimPrefix(iri, schema.NSData+"id/") }
