package graph

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"

	"github.com/eventgraph/eventgraph/schema"
)

// Quads returns every quad of the store's documents in N-Quads order
// (sorted by their N-Quads form), so the same store always exports the
// same bytes. The registry is left out: loading the export builds it.
func (s *Store) Quads(ctx context.Context) ([]quad.Quad, error) {
	var all []quad.Quad
	if err := s.EachQuad(ctx, func(q quad.Quad) error {
		if IsRegistry(q.Label) {
			return nil
		}
		all = append(all, q)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("read %s: %w", s.spec, err)
	}
	SortQuads(all)
	return all, nil
}

// WriteNQuads writes quads as N-Quads that any RDF 1.1 parser accepts.
func WriteNQuads(w io.Writer, quads []quad.Quad) error {
	bw := bufio.NewWriter(w)
	for _, q := range quads {
		if _, err := bw.WriteString(FormatQuad(q)); err != nil {
			return err
		}
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// WriteJSONLD writes quads as one JSON-LD document, one named graph per
// document, compacted with eventgraph's prefixes.
func WriteJSONLD(w io.Writer, quads []quad.Quad) error {
	jw := jsonld.NewWriter(w)
	ctx := make(map[string]any)
	for p, ns := range schema.Prefixes() {
		ctx[p] = ns
	}
	jw.SetLdContext(ctx)
	for _, q := range quads {
		for _, d := range quad.Directions {
			if ts, ok := q.Get(d).(quad.TypedStringer); ok {
				t := ts.TypedString()
				t.Type = t.Type.Full()
				q.Set(d, t)
			}
		}
		if err := jw.WriteQuad(q); err != nil {
			return fmt.Errorf("json-ld: %w", err)
		}
	}
	if err := jw.Close(); err != nil {
		return fmt.Errorf("json-ld: %w", err)
	}
	return nil
}
