package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"
)

// Change counts what a write did.
type Change struct {
	Added, Removed, Kept int
}

// DocumentQuads returns the quads labelled label (a document's IRI).
func (s *Store) DocumentQuads(ctx context.Context, label quad.Value) ([]quad.Quad, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.documentQuads(ctx, label)
}

func (s *Store) documentQuads(ctx context.Context, label quad.Value) ([]quad.Quad, error) {
	ref, err := s.qs.ValueOf(label)
	if err != nil {
		return nil, fmt.Errorf("look up %s: %w", label, err)
	}
	if ref == nil {
		return nil, nil
	}
	var out []quad.Quad
	it := s.qs.QuadIterator(quad.Label, ref)
	err = iterator.Iterate(ctx, it).Each(func(r cgraph.Ref) error {
		q, err := s.qs.Quad(r)
		if err != nil {
			return err
		}
		out = append(out, q)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read quads of %s: %w", label, err)
	}
	return out, nil
}

// ReplaceDocument makes the quads labelled label exactly quads, in one
// transaction: quads the store has under that label and quads lacks are
// removed, the new ones added. Loading the same document again is a no-op;
// a failed write leaves the store as it was. Every quad must carry label.
func (s *Store) ReplaceDocument(ctx context.Context, label quad.Value, quads []quad.Quad) (Change, error) {
	if err := ctx.Err(); err != nil {
		return Change{}, err
	}
	for _, q := range quads {
		if q.Label == nil || FormatValue(q.Label) != FormatValue(label) {
			return Change{}, fmt.Errorf("replace %s: quad %s has another label", label, FormatQuad(q))
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old, err := s.documentQuads(ctx, label)
	if err != nil {
		return Change{}, err
	}
	deltas, ch := replaceDeltas(quads, old)
	if len(deltas) == 0 {
		return ch, nil
	}
	if err := ctx.Err(); err != nil {
		return Change{}, err
	}
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return Change{}, fmt.Errorf("write quads of %s: %w", label, err)
	}
	return ch, nil
}

// replaceFrom writes the deltas that turn old, the quads the store holds
// under label, into quads, in one transaction. The bulk loader, the only
// writer of its store, reads old first and calls it.
func (s *Store) replaceFrom(ctx context.Context, label quad.Value, quads, old []quad.Quad) (Change, error) {
	deltas, ch := replaceDeltas(quads, old)
	if len(deltas) == 0 {
		return ch, nil
	}
	if err := ctx.Err(); err != nil {
		return Change{}, err
	}
	if err := s.applyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return Change{}, fmt.Errorf("write quads of %s: %w", label, err)
	}
	return ch, nil
}

// replaceDeltas lists the deletions and additions that turn old into
// quads. Quads are compared by their N-Quads form (a time read back from a
// store is the same instant, not always the same Go value).
func replaceDeltas(quads, old []quad.Quad) ([]cgraph.Delta, Change) {
	var ch Change
	want := make(map[string]bool, len(quads))
	for _, q := range quads {
		want[FormatQuad(q)] = true
	}
	var deltas []cgraph.Delta
	have := make(map[string]bool, len(old))
	for _, q := range old {
		k := FormatQuad(q)
		have[k] = true
		if !want[k] {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
			ch.Removed++
		} else {
			ch.Kept++
		}
	}
	for _, q := range quads {
		if k := FormatQuad(q); !have[k] {
			have[k] = true
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
			ch.Added++
		}
	}
	return deltas, ch
}

// AddQuads adds quads that belong to no document (no label) in one
// transaction; those already stored are skipped.
func (s *Store) AddQuads(ctx context.Context, quads []quad.Quad) (Change, error) {
	var ch Change
	if err := ctx.Err(); err != nil {
		return ch, err
	}
	deltas := make([]cgraph.Delta, 0, len(quads))
	for _, q := range quads {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	if len(deltas) == 0 {
		return ch, nil
	}
	if err := s.applyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return ch, fmt.Errorf("write quads: %w", err)
	}
	ch.Added = len(quads)
	return ch, nil
}

// Stats returns the number of quads and nodes in the store.
func (s *Store) Stats(ctx context.Context) (quads, nodes int64, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	st, err := s.qs.Stats(ctx, true)
	if err != nil {
		return 0, 0, fmt.Errorf("stats of %s: %w", s.spec, err)
	}
	return st.Quads.Value, st.Nodes.Value, nil
}

// EachQuad calls fn for every quad in the store.
func (s *Store) EachQuad(ctx context.Context, fn func(quad.Quad) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	it := s.qs.QuadsAllIterator()
	return iterator.Iterate(ctx, it).Each(func(r cgraph.Ref) error {
		q, err := s.qs.Quad(r)
		if err != nil {
			return err
		}
		return fn(q)
	})
}

// applyDeltas writes deltas in one transaction, exclusive of reads.
func (s *Store) applyDeltas(deltas []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.qs.ApplyDeltas(deltas, opts)
}
