package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/cayleygraph/quad"
)

// N-Quads files are read twice, streaming, and never held whole:
//
//  1. planNQuads (in a worker) parses the whole file and writes nothing:
//     a malformed line fails the file before any of it reaches the store.
//     It counts the quads of each label and where in the file they are.
//  2. streamNQuads (in the writer) parses it again and collects each
//     label's quads; when a label has all its quads (the count of pass 1),
//     it is written as one document, replacing that label in the store.
//
// Memory is the quads of the labels open at once: one document when the
// file is grouped by label (as `eventgraph extract` writes it), more when
// labels interleave. Pass 1 computes that peak, and a file whose peak is
// over the limit (Loader.MaxBytes) fails before anything is written; group
// such a file by its fourth element, or raise --max-bytes. Unlabelled
// quads are added in chunks of unlabelledChunk.

const unlabelledChunk = 10000

// nqPlan is what pass 1 learnt of an N-Quads file.
type nqPlan struct {
	path   string
	counts map[string]int // quads per label (FormatValue)
	quads  int
}

type labelSpan struct {
	count       int
	bytes       int64
	first, last int // line numbers
}

// planNQuads is pass 1: it checks the whole file and counts its labels.
func planNQuads(path string, maxBytes int64) (*nqPlan, error) {
	rc, err := openInput(path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	spans := map[string]*labelSpan{}
	plan := &nqPlan{path: path}
	var keys labelKeys
	err = scanNQuads(path, rc, func(line int, q quad.Quad, size int) error {
		plan.quads++
		if q.Label == nil {
			return nil
		}
		k := keys.of(q.Label)
		s := spans[k]
		if s == nil {
			s = &labelSpan{first: line}
			spans[k] = s
		}
		s.count++
		s.bytes += int64(size)
		s.last = line
		return nil
	})
	if err != nil {
		return nil, err
	}
	if maxBytes > 0 {
		if peak := peakBytes(spans); peak > maxBytes {
			return nil, fmt.Errorf("%s: the quads of its documents (graph labels) are spread over the file: about %d bytes of them would be held at once, over the limit of %d (group the file by label, or raise --max-bytes)", path, peak, maxBytes)
		}
	}
	plan.counts = make(map[string]int, len(spans))
	for k, s := range spans {
		plan.counts[k] = s.count
	}
	return plan, nil
}

// peakBytes bounds the bytes of quads held at once in pass 2: a label is
// counted whole from its first line to its last.
func peakBytes(spans map[string]*labelSpan) int64 {
	type step struct {
		line  int
		delta int64
	}
	steps := make([]step, 0, 2*len(spans))
	for _, s := range spans {
		steps = append(steps, step{s.first, s.bytes}, step{s.last + 1, -s.bytes})
	}
	sort.Slice(steps, func(i, j int) bool {
		if steps[i].line != steps[j].line {
			return steps[i].line < steps[j].line
		}
		return steps[i].delta < steps[j].delta
	})
	var cur, peak int64
	for _, s := range steps {
		cur += s.delta
		peak = max(peak, cur)
	}
	return peak
}

// streamNQuads is pass 2: it writes each label of the file as a document
// once all its quads are read. A goroutine parses the file and collects
// the documents while this one writes them, streamDocs at most queued
// between the two.
func (w *batchWriter) streamNQuads(ctx context.Context, f *fileState, plan *nqPlan) error {
	rc, err := openInput(plan.path)
	if err != nil {
		f.fail(err)
		return nil
	}
	defer rc.Close()
	limit := w.batchQuads
	w.batchQuads = w.nqBatchQuads
	defer func() { w.batchQuads = limit }()
	docs := make(chan *document, streamDocs)
	quit := make(chan struct{})
	var readErr error // the file's own error; set before docs is closed
	go func() {
		defer close(docs)
		readErr = collectDocuments(plan, rc, docs, quit)
	}()
	var stop error // a cancelled ctx, as opposed to a failed file
	for d := range docs {
		if stop == nil {
			stop = w.put(ctx, f, d)
			if stop != nil {
				close(quit)
			}
		}
	}
	if stop != nil {
		return stop
	}
	if readErr != nil {
		f.fail(readErr)
	}
	return nil
}

// streamDocs is how many parsed documents may wait for the writer.
const streamDocs = 32

// collectDocuments parses the file of plan and sends each label's quads,
// deduplicated, as a document once they are all read (and unlabelled quads
// in chunks), until the file ends or quit is closed.
func collectDocuments(plan *nqPlan, r io.Reader, docs chan<- *document, quit <-chan struct{}) error {
	type openDoc struct {
		quads []quad.Quad
		left  int
	}
	open := map[string]*openDoc{}
	var unlabelled []quad.Quad
	var keys labelKeys
	errQuit := errors.New("quit")
	send := func(d *document) error {
		select {
		case docs <- d:
			return nil
		case <-quit:
			return errQuit
		}
	}
	err := scanNQuads(plan.path, r, func(line int, q quad.Quad, _ int) error {
		if q.Label == nil {
			unlabelled = append(unlabelled, q)
			if len(unlabelled) >= unlabelledChunk {
				if err := send(newDocument(nil, unlabelled)); err != nil {
					return err
				}
				unlabelled = nil
			}
			return nil
		}
		k := keys.of(q.Label)
		d := open[k]
		if d == nil {
			n, ok := plan.counts[k]
			if !ok {
				return fmt.Errorf("%s:%d: the file changed while it was loaded", plan.path, line)
			}
			d = &openDoc{left: n}
			open[k] = d
		}
		d.quads = append(d.quads, q)
		d.left--
		if d.left == 0 {
			delete(open, k)
			plan.counts[k] = 0 // a label seen again means the file changed
			return send(newDocument(q.Label, dedupe(d.quads)))
		}
		return nil
	})
	if err == errQuit {
		return nil
	}
	if err == nil && len(open) > 0 {
		err = fmt.Errorf("%s: the file changed while it was loaded", plan.path)
	}
	if err != nil {
		return err
	}
	if len(unlabelled) > 0 {
		return send(newDocument(nil, unlabelled))
	}
	return nil
}

// labelKeys is FormatValue for the labels of a file's quads, which come in
// runs of the same label: it keeps the last one's.
type labelKeys struct {
	last quad.Value
	key  string
}

func (l *labelKeys) of(v quad.Value) string {
	if l.last == nil || v != l.last {
		l.last, l.key = v, FormatValue(v)
	}
	return l.key
}
