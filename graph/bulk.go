package graph

import (
	"context"
	"fmt"
	"hash/fnv"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/eventgraph/eventgraph/schema"
)

// document is the quads of one label, ready to be written: an article's,
// or one label's of an N-Quads file. A nil label holds unlabelled quads,
// which are added, never replaced.
type document struct {
	label quad.Value
	quads []quad.Quad // every one carries label; no duplicates
	tally tally
}

// tally lists (as hashes) the events, claims and actors a document types.
type tally struct{ events, claims, actors []uint64 }

var (
	typePred    = quad.IRI(schema.Type)
	classEvent  = quad.IRI(schema.ClassEvent)
	classClaim  = quad.IRI(schema.ClassClaim)
	classActor  = quad.IRI(schema.ClassActor)
	hashOfValue = func(v quad.Value) uint64 {
		h := fnv.New64a()
		_, _ = h.Write([]byte(FormatValue(v)))
		return h.Sum64()
	}
)

func newDocument(label quad.Value, quads []quad.Quad) *document {
	d := &document{label: label, quads: quads}
	for _, q := range quads {
		if p, ok := q.Predicate.(quad.IRI); !ok || p != typePred {
			continue
		}
		o, _ := q.Object.(quad.IRI)
		switch o {
		case classEvent:
			d.tally.events = append(d.tally.events, hashOfValue(q.Subject))
		case classClaim:
			d.tally.claims = append(d.tally.claims, hashOfValue(q.Subject))
		case classActor:
			d.tally.actors = append(d.tally.actors, hashOfValue(q.Subject))
		}
	}
	return d
}

// dedupe drops repeated quads, keeping the first of each.
func dedupe(qs []quad.Quad) []quad.Quad {
	seen := make(map[[4]any]bool, len(qs))
	out := qs[:0]
	for _, q := range qs {
		k := quadKey(q)
		if !seen[k] {
			seen[k] = true
			out = append(out, q)
		}
	}
	return out
}

// quadKey identifies a quad as a map key (see valueKey).
func quadKey(q quad.Quad) [4]any {
	var k [4]any
	for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v != nil {
			k[i] = valueKey(v)
		}
	}
	return k
}

// fileState is one file's result while its documents are being written.
type fileState struct {
	res    FileResult
	open   int  // documents queued, not committed yet
	sealed bool // all its documents are queued
}

func (f *fileState) fail(err error) {
	if f.res.Err == nil {
		f.res.Err = err
	}
}

type pendingDoc struct {
	f *fileState
	d *document
}

// batchWriter writes documents to the store: a document whose label the
// store holds replaces it in a transaction of its own; new documents queue
// and are committed together, up to batchQuads quads, when flush is called
// or the batch is full. It reports files in input order once all their
// documents are committed.
type batchWriter struct {
	s            *Store
	batchQuads   int
	nqBatchQuads int // batchQuads while an N-Quads file is written
	maxBytes     int64
	progress     func(FileResult)

	pending       []pendingDoc
	pendingQuads  int
	pendingLabels map[string]bool

	files []*fileState // opened, not reported yet, in input order
	sum   Summary
	seen  [3]map[uint64]struct{} // events, claims, actors written
}

func newBatchWriter(s *Store, batchQuads int, maxBytes int64, progress func(FileResult)) *batchWriter {
	if batchQuads <= 0 {
		batchQuads = DefaultBatchQuads
	}
	w := &batchWriter{s: s, batchQuads: batchQuads, nqBatchQuads: batchQuads, maxBytes: maxBytes, progress: progress, pendingLabels: map[string]bool{}}
	for i := range w.seen {
		w.seen[i] = map[uint64]struct{}{}
	}
	return w
}

// open starts the result of the next file.
func (w *batchWriter) open(path string) *fileState {
	f := &fileState{res: FileResult{Path: path}}
	w.files = append(w.files, f)
	return f
}

// seal says all of f's documents are queued.
func (w *batchWriter) seal(f *fileState) {
	f.sealed = true
	w.report()
}

// report hands on the files whose documents are all committed, in order.
func (w *batchWriter) report() {
	for len(w.files) > 0 && w.files[0].sealed && w.files[0].open == 0 {
		f := w.files[0]
		w.files[0] = nil
		w.files = w.files[1:]
		w.sum.Files++
		if f.res.Err != nil {
			w.sum.Failed++
			w.sum.Failures = append(w.sum.Failures, f.res)
		} else {
			w.sum.Documents += f.res.Documents
			w.sum.Quads += f.res.Quads
			w.sum.Change.Added += f.res.Change.Added
			w.sum.Change.Removed += f.res.Change.Removed
			w.sum.Change.Kept += f.res.Change.Kept
		}
		w.sum.Events, w.sum.Claims, w.sum.Actors = len(w.seen[0]), len(w.seen[1]), len(w.seen[2])
		if w.progress != nil {
			w.progress(f.res)
		}
	}
}

// put writes d, of file f, or queues it.
func (w *batchWriter) put(ctx context.Context, f *fileState, d *document) error {
	if d.label == nil {
		w.enqueue(f, d, "")
		return w.flushIfFull(ctx)
	}
	key := FormatValue(d.label)
	if w.pendingLabels[key] { // the same document twice: the later replaces the queued one
		if err := w.flush(ctx); err != nil {
			return err
		}
	}
	old, err := w.s.DocumentQuads(ctx, d.label)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		f.fail(fmt.Errorf("%s: %w", f.res.Path, err))
		return nil
	}
	if len(old) == 0 {
		w.enqueue(f, d, key)
		return w.flushIfFull(ctx)
	}
	// A replacement: in its own transaction, after what is queued.
	if err := w.flush(ctx); err != nil {
		return err
	}
	ch, err := w.s.replaceFrom(ctx, d.label, d.quads, old)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		f.fail(fmt.Errorf("%s: %w", f.res.Path, err))
		return nil
	}
	w.committed(f, d, ch)
	return nil
}

func (w *batchWriter) enqueue(f *fileState, d *document, key string) {
	f.open++
	w.pending = append(w.pending, pendingDoc{f: f, d: d})
	w.pendingQuads += len(d.quads)
	if key != "" {
		w.pendingLabels[key] = true
	}
}

func (w *batchWriter) flushIfFull(ctx context.Context) error {
	if w.pendingQuads >= w.batchQuads {
		return w.flush(ctx)
	}
	return nil
}

// committed accounts a written document to its file.
func (w *batchWriter) committed(f *fileState, d *document, ch Change) {
	f.res.Change.Added += ch.Added
	f.res.Change.Removed += ch.Removed
	f.res.Change.Kept += ch.Kept
	f.res.Quads += len(d.quads)
	if d.label == nil {
		return
	}
	f.res.Documents++
	f.res.Events += len(d.tally.events)
	f.res.Claims += len(d.tally.claims)
	for i, hs := range [][]uint64{d.tally.events, d.tally.claims, d.tally.actors} {
		for _, h := range hs {
			w.seen[i][h] = struct{}{}
		}
	}
}

// flush commits the queued documents in one transaction. If it fails, each
// is tried alone, so that one bad document does not fail the others. Only
// a cancelled ctx is an error; a document that cannot be written fails its
// file.
func (w *batchWriter) flush(ctx context.Context) error {
	if len(w.pending) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	batch, n := w.pending, w.pendingQuads
	w.pending, w.pendingQuads = nil, 0
	clear(w.pendingLabels)
	deltas := make([]cgraph.Delta, 0, n)
	for _, p := range batch {
		deltas = appendAdds(deltas, p.d.quads)
	}
	err := w.s.applyDeltas(ctx, deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
	for _, p := range batch {
		p.f.open--
		if err != nil && len(batch) > 1 {
			if err := ctx.Err(); err != nil {
				return err
			}
			one := appendAdds(nil, p.d.quads)
			if oerr := w.s.applyDeltas(ctx, one, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); oerr != nil {
				p.f.fail(fmt.Errorf("%s: write quads of %s: %w", p.f.res.Path, labelName(p.d.label), oerr))
				continue
			}
		} else if err != nil {
			p.f.fail(fmt.Errorf("%s: write quads of %s: %w", p.f.res.Path, labelName(p.d.label), err))
			continue
		}
		w.committed(p.f, p.d, Change{Added: len(p.d.quads)})
	}
	w.report()
	return nil
}

func appendAdds(deltas []cgraph.Delta, qs []quad.Quad) []cgraph.Delta {
	for _, q := range qs {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	return deltas
}

func labelName(v quad.Value) string {
	if v == nil {
		return "unlabelled quads"
	}
	return FormatValue(v)
}
