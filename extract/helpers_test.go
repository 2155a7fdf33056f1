package extract

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/schema"
)

// run extracts a small article given as text (published 2025-03-10)
// with the rules alone: the learned last stage has tests of its own
// (pairs_test.go).
func run(t *testing.T, text string) *Result {
	t.Helper()
	return runWith(t, nil, text)
}

// runWith extracts text (published 2025-03-10) with the pair model m.
func runWith(t *testing.T, m *PairModel, text string) *Result {
	t.Helper()
	return runAs(t, func(ex *Extractor) *Extractor { return ex.WithPairModel(m) }, text)
}

// lexiconExtractor is the embedded lexicon's extractor, built once for the
// package's tests: building its gazetteers' automata costs far more than
// extracting a test's sentences, and Extract changes nothing in an
// Extractor (the With methods copy it).
var lexiconExtractor = sync.OnceValues(func() (*Extractor, error) { return New(data.Lexicon()) })

// runAs extracts text (published 2025-03-10) with the lexicon's extractor
// as with makes it.
func runAs(t *testing.T, with func(*Extractor) *Extractor, text string) *Result {
	t.Helper()
	ex, err := lexiconExtractor()
	if err != nil {
		t.Fatal(err)
	}
	d, err := ReadDocument("t.txt", []byte("date 2025-03-10 "+text), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := with(ex).Extract(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func short(iri string) string { return strings.TrimPrefix(iri, schema.NSData+"id/") }
