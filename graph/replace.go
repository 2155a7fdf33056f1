package graph

import (
	"context"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/query/path"
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
	if IsRegistry(label) {
		return Change{}, fmt.Errorf("replace %s: %w", label, errRegistryLabel)
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
	if err := s.writeDeltas(ctx, deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
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
	if err := s.applyDeltas(ctx, deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
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
		if IsRegistry(q.Label) {
			return ch, fmt.Errorf("write quads: %w", errRegistryLabel)
		}
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	if len(deltas) == 0 {
		return ch, nil
	}
	if err := s.applyDeltas(ctx, deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return ch, fmt.Errorf("write quads: %w", err)
	}
	ch.Added = len(quads)
	return ch, nil
}

// EstimateQuads is about how many quads the store holds, from its
// backend's counters, without counting them (exact on memory, bolt and
// leveldb; PostgreSQL's planner estimate).
func (s *Store) EstimateQuads(ctx context.Context) (int64, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	st, err := s.qs.Stats(ctx, false)
	if err != nil {
		return 0, fmt.Errorf("stats of %s: %w", s.spec, err)
	}
	return st.Quads.Value, nil
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

// errRegistryLabel refuses quads in the registry's graph from outside.
var errRegistryLabel = fmt.Errorf("the graph <%s> is the registry, which eventgraph derives from the documents; it is not written from input (drop those quads)", regGraph)

// applyDeltas writes deltas, with the registry's changes, in one
// transaction, exclusive of reads.
func (s *Store) applyDeltas(ctx context.Context, deltas []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.writeDeltas(ctx, deltas, opts)
}

// writeDeltas is applyDeltas for a caller that holds the write lock.
//
// Cayley's key-value stores (bolt, leveldb) count each value's quads and,
// in one transaction, resolve the values of added quads only among those
// whose count does not drop: a quad added next to deletions that lower
// the count of one of its values (the label of a document that shrinks) is
// written without that value. So such a write goes in two transactions,
// the additions first, then the deletions; between them a marker in the
// registry names each document being replaced. A crash in between leaves
// the old and the new quads (nothing lost) and the marker, which `load`
// reports (Store.Interrupted); loading the document again completes it.
func (s *Store) writeDeltas(ctx context.Context, deltas []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	ok := false
	defer func() { s.registryWritten(ok) }()
	all, err := s.withRegistry(ctx, deltas)
	if err != nil {
		return err
	}
	all, err = s.clearInterrupted(ctx, all)
	if err != nil {
		return err
	}
	if err := s.applyRaw(all, opts); err != nil {
		return err
	}
	s.registryBuilt, ok = true, true
	return nil
}

// applyRaw writes deltas as they are: in one transaction, or, when an added
// quad would lose a value, in two (see writeDeltas).
func (s *Store) applyRaw(all []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	if !addsLoseValues(all) {
		return s.qs.ApplyDeltas(all, opts)
	}
	var adds, dels []cgraph.Delta
	marked := map[string]bool{}
	for _, d := range all {
		if d.Action == cgraph.Add {
			adds = append(adds, d)
			continue
		}
		dels = append(dels, d)
		if d.Quad.Label != nil && !IsRegistry(d.Quad.Label) && !marked[FormatValue(d.Quad.Label)] {
			marked[FormatValue(d.Quad.Label)] = true
			m := interruptedMarker(d.Quad.Label)
			adds = append(adds, cgraph.Delta{Quad: m, Action: cgraph.Add})
			dels = append(dels, cgraph.Delta{Quad: m, Action: cgraph.Delete})
		}
	}
	if err := s.qs.ApplyDeltas(adds, opts); err != nil {
		return err
	}
	if err := s.qs.ApplyDeltas(dels, opts); err != nil {
		return fmt.Errorf("%w (the new quads are written, the old ones not yet removed: load the document again)", err)
	}
	return nil
}

// addsLoseValues says whether an added quad has a value whose count of
// quads the deltas lower (see writeDeltas).
func addsLoseValues(deltas []cgraph.Delta) bool {
	// Only a value of a deleted quad can lose count: net those.
	var net map[any]int
	for _, d := range deltas {
		if d.Action != cgraph.Delete {
			continue
		}
		if net == nil {
			net = map[any]int{}
		}
		for _, v := range []quad.Value{d.Quad.Subject, d.Quad.Predicate, d.Quad.Object, d.Quad.Label} {
			if v != nil {
				net[valueKey(v)]--
			}
		}
	}
	if net == nil {
		return false
	}
	touched := map[any]bool{}
	for _, d := range deltas {
		if d.Action != cgraph.Add {
			continue
		}
		for _, v := range []quad.Value{d.Quad.Subject, d.Quad.Predicate, d.Quad.Object, d.Quad.Label} {
			if v == nil {
				continue
			}
			k := valueKey(v)
			if n, ok := net[k]; ok {
				net[k] = n + 1
				touched[k] = true
			}
		}
	}
	for k := range touched {
		if net[k] < 0 {
			return true
		}
	}
	return false
}

// valueKey identifies a value as a map key: IRIs and plain strings as
// themselves (no text to build), others by their N-Quads form.
func valueKey(v quad.Value) any {
	switch v.(type) {
	case quad.IRI, quad.String, quad.BNode:
		return v
	}
	return FormatValue(v)
}

// interruptedMarker is the registry's note that label is being replaced.
func interruptedMarker(label quad.Value) quad.Quad {
	return quad.Quad{Subject: regGraph, Predicate: regReplacing, Object: label, Label: regGraph}
}

// clearInterrupted adds to deltas the removal of the markers of the
// documents they rewrite (left by an interrupted write).
func (s *Store) clearInterrupted(ctx context.Context, deltas []cgraph.Delta) ([]cgraph.Delta, error) {
	pending, err := s.interrupted(ctx)
	if err != nil || len(pending) == 0 {
		return deltas, err
	}
	done := map[string]bool{}
	for _, d := range deltas {
		if d.Quad.Label == nil || IsRegistry(d.Quad.Label) {
			continue
		}
		k := FormatValue(d.Quad.Label)
		if pending[k] != nil && !done[k] {
			done[k] = true
			deltas = append(deltas, cgraph.Delta{Quad: interruptedMarker(pending[k]), Action: cgraph.Delete})
		}
	}
	return deltas, nil
}

// interrupted reads the markers of interrupted replacements, by label.
func (s *Store) interrupted(ctx context.Context) (map[string]quad.Value, error) {
	out := map[string]quad.Value{}
	err := path.StartPath(s.qs, regGraph).Out(regReplacing).Iterate(ctx).EachValue(s.qs, func(v quad.Value) error {
		out[FormatValue(v)] = v
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read the documents left mid-replace: %w", err)
	}
	return out, nil
}

// Interrupted lists the documents whose replacement a crash interrupted:
// they hold their old and new quads until loaded again.
func (s *Store) Interrupted(ctx context.Context) ([]string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	m, err := s.interrupted(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, labelName(v))
	}
	sort.Strings(out)
	return out, nil
}
