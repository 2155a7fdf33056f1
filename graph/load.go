package graph

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/eventgraph/eventgraph/schema"
)

// ArticleReader turns an article file into schema values; the extractor
// implements it. graph/ does not know how articles are read. Load calls it
// from several goroutines at once.
type ArticleReader interface {
	ReadArticle(ctx context.Context, path string, data []byte) (*schema.Article, error)
}

// DefaultMaxBytes is the default size limit of one input file.
const DefaultMaxBytes = 16 << 20

// Loader loads article and N-Quads files into a store.
//
// Articles are read and extracted by a pool of Jobs workers; one writer
// takes their results in input order and writes each document in one
// transaction that replaces what the store had under its label (see
// Store.ReplaceDocument). Documents whose label the store does not hold yet
// are written several to a transaction when they queue up (group commit,
// at most BatchQuads quads): there is nothing to replace, and a transaction
// holds whole documents only, so a crash never leaves part of a document.
// If such a shared transaction fails, its documents are written again one
// by one, so a bad document fails alone. Memory is bounded by the files in
// flight (a few per worker) and the batch, not by the corpus.
type Loader struct {
	Store    *Store
	Articles ArticleReader // needed for .txt files
	// MaxBytes limits the size of one article file, and the bytes of
	// N-Quads held in memory at once while an N-Quads file is written
	// (the quads of the documents not yet complete); 0 means
	// DefaultMaxBytes, a negative value no limit.
	MaxBytes int64
	// Jobs is the number of files read and extracted at once; 0 means
	// runtime.GOMAXPROCS(0).
	Jobs int
	// BatchQuads is the most quads of new documents written in one
	// transaction; 0 means DefaultBatchQuads (MemoryNQuadsBatchQuads for
	// the N-Quads files of a memory store), 1 one document per transaction.
	BatchQuads int
}

// DefaultBatchQuads is the default of Loader.BatchQuads.
const DefaultBatchQuads = 50000

// MemoryNQuadsBatchQuads is the default of Loader.BatchQuads for N-Quads
// files loaded into a memory store. Cayley's memstore removes a quad by
// walking a list of every quad it holds, and each transaction replaces the
// digests of the nodes it touches (graph/digest.go): fewer, larger
// transactions replace fewer. The store holds the whole corpus in memory
// anyway, and N-Quads are read fast enough that progress still moves.
const MemoryNQuadsBatchQuads = 1000000

// FileResult is what loading one file did.
type FileResult struct {
	Path      string
	Documents int // documents (labels) written
	Quads     int // quads the file holds
	Change    Change
	Events    int // events the file's documents describe
	Claims    int // claims the file's documents hold
	Err       error
}

// Summary is what a load did.
type Summary struct {
	Files     int          // files read
	Failed    int          // files that failed
	Failures  []FileResult // the files that failed, in input order
	Documents int          // documents written
	Quads     int          // quads the loaded files hold
	Change    Change
	// Events, Claims and Actors count the distinct events, claims and
	// actors of the documents written (an actor named in many articles
	// counts once).
	Events, Claims, Actors int
	Elapsed                time.Duration
}

// IsArticle reports whether a path is read as an article.
func IsArticle(path string) bool { return strings.EqualFold(filepath.Ext(path), ".txt") }

// IsNQuads reports whether a path is read as N-Quads.
func IsNQuads(path string) bool {
	p := strings.ToLower(path)
	return strings.HasSuffix(p, ".nq") || strings.HasSuffix(p, ".nq.gz")
}

// Expand turns files, folders and glob patterns into the list of files to
// load: folders are walked recursively for .txt, .nq and .nq.gz files, in
// name order; a path that does not exist but holds *, ? or [ is expanded as
// a pattern (filepath.Glob: the shell did not, because it was quoted or
// matched nothing), in name order. A named file of another kind, a path
// that does not exist and a pattern that matches nothing are errors.
func Expand(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil && errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(p, "*?[") {
			matches, gerr := filepath.Glob(p)
			if gerr != nil {
				return nil, fmt.Errorf("%s: %w", p, gerr)
			}
			if len(matches) == 0 {
				return nil, fmt.Errorf("%s: no file matches", p)
			}
			sort.Strings(matches)
			more, err := Expand(matches)
			if err != nil {
				return nil, err
			}
			out = append(out, more...)
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		if !st.IsDir() {
			if !IsArticle(p) && !IsNQuads(p) {
				return nil, fmt.Errorf("%s: not an article (.txt) or N-Quads (.nq, .nq.gz) file", p)
			}
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && (IsArticle(path) || IsNQuads(path)) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", p, err)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

// Load loads every file paths name (see Expand). A file that fails is
// reported in its FileResult and leaves the store as it was; the others
// load. progress, if not nil, is called once per file, in input order,
// after the file's documents are committed, from one goroutine. The error
// is for the load as a whole (a bad path, a cancelled ctx); failed files
// are counted in the Summary.
func (l *Loader) Load(ctx context.Context, paths []string, progress func(FileResult)) (Summary, error) {
	files, err := Expand(paths)
	if err != nil {
		return Summary{}, err
	}
	return l.LoadFiles(ctx, files, progress)
}

// LoadFile loads one article or N-Quads file.
func (l *Loader) LoadFile(ctx context.Context, path string) FileResult {
	r := FileResult{Path: path}
	_, err := l.LoadFiles(ctx, []string{path}, func(fr FileResult) { r = fr })
	if err != nil && r.Err == nil {
		r.Err = err
	}
	return r
}

// prepared is what a worker made of one file: an article's quads, or a
// validated N-Quads file to be streamed into the store.
type prepared struct {
	err  error
	doc  *document // an article
	plan *nqPlan   // an N-Quads file
}

// task is one file on its way through the pool.
type task struct {
	path string
	done chan prepared // buffered: the worker never waits
}

func (l *Loader) jobs() int {
	if l.Jobs > 0 {
		return l.Jobs
	}
	return runtime.GOMAXPROCS(0)
}

func (l *Loader) maxBytes() int64 {
	switch {
	case l.MaxBytes == 0:
		return DefaultMaxBytes
	case l.MaxBytes < 0:
		return 0
	}
	return l.MaxBytes
}

// LoadFiles loads the given files (no folders or patterns). See Load.
func (l *Loader) LoadFiles(ctx context.Context, files []string, progress func(FileResult)) (Summary, error) {
	start := time.Now()
	if err := l.Store.EnsureRegistry(ctx); err != nil {
		return Summary{}, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := l.jobs()
	tasks := make(chan *task)
	order := make(chan *task, 4*jobs) // files in flight, in input order
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // feeder
		defer wg.Done()
		defer close(tasks)
		defer close(order)
		for _, f := range files {
			t := &task{path: f, done: make(chan prepared, 1)}
			select {
			case order <- t:
			case <-ctx.Done():
				return
			}
			select {
			case tasks <- t:
			case <-ctx.Done():
				return
			}
		}
	}()
	for i := 0; i < jobs; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				t.done <- l.prepare(ctx, t.path)
			}
		}()
	}
	w := newBatchWriter(l.Store, l.BatchQuads, l.maxBytes(), progress)
	if l.BatchQuads <= 0 && l.Store.spec.Backend == "memory" {
		w.nqBatchQuads = MemoryNQuadsBatchQuads
	}
	err := l.write(ctx, w, order)
	cancel()
	wg.Wait()
	w.sum.Elapsed = time.Since(start)
	return w.sum, err
}

// write takes the prepared files in input order and writes them. When the
// next file is not ready yet, it commits what it has (group commit): while
// extraction is slower than the store, each document is committed as soon
// as it is extracted; when the store is slower, documents queue up and go
// in larger transactions.
func (l *Loader) write(ctx context.Context, w *batchWriter, order <-chan *task) error {
	for t := range order {
		var p prepared
		select {
		case p = <-t.done:
		default:
			if err := w.flush(ctx); err != nil {
				return err
			}
			select {
			case p = <-t.done:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		f := w.open(t.path)
		switch {
		case p.err != nil:
			f.fail(p.err)
		case p.doc != nil:
			if err := w.put(ctx, f, p.doc); err != nil {
				return err
			}
		case p.plan != nil:
			if err := w.streamNQuads(ctx, f, p.plan); err != nil {
				return err
			}
		}
		w.seal(f)
	}
	if err := w.flush(ctx); err != nil {
		return err
	}
	return ctx.Err()
}

// prepare reads one file: an article is extracted into its quads, an
// N-Quads file is checked whole (nothing of it is written yet).
func (l *Loader) prepare(ctx context.Context, path string) prepared {
	if err := ctx.Err(); err != nil {
		return prepared{err: err}
	}
	if IsNQuads(path) {
		plan, err := planNQuads(path, l.maxBytes())
		return prepared{plan: plan, err: err}
	}
	if l.Articles == nil {
		return prepared{err: fmt.Errorf("%s: no article reader configured", path)}
	}
	data, err := l.read(path)
	if err != nil {
		return prepared{err: err}
	}
	a, err := l.Articles.ReadArticle(ctx, path, data)
	if err != nil {
		return prepared{err: err}
	}
	label := quad.IRI(a.Document.IRI)
	if a.Document.IRI == "" {
		label = quad.IRI(schema.DocumentIRI(a.Document.ID))
	}
	return prepared{doc: newDocument(label, ArticleQuads(a))}
}

func (l *Loader) read(path string) ([]byte, error) {
	max := l.maxBytes()
	rc, err := openInput(path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var rd io.Reader = rc
	if max > 0 {
		rd = io.LimitReader(rc, max+1)
	}
	data, err := io.ReadAll(rd)
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", path, err)
	}
	if max > 0 && int64(len(data)) > max {
		return nil, fmt.Errorf("%s: larger than the limit of %d bytes (raise it with --max-bytes)", path, max)
	}
	return data, nil
}

// openInput opens a file, decompressing .gz files.
func openInput(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(strings.ToLower(path), ".gz") {
		return f, nil
	}
	gz, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: not gzip data: %w", path, err)
	}
	return gzipFile{gz, f}, nil
}

type gzipFile struct {
	*gzip.Reader
	f *os.File
}

func (g gzipFile) Close() error {
	err := g.Reader.Close()
	if ferr := g.f.Close(); err == nil {
		err = ferr
	}
	return err
}

// ParseNQuads reads N-Quads data, grouping quads by label. labels lists the
// labels in first-seen order (nil for unlabelled quads). Any malformed line
// fails the whole file, with the file name and line number.
func ParseNQuads(path string, data []byte) (map[string][]quad.Quad, []quad.Value, error) {
	groups := make(map[string][]quad.Quad)
	var labels []quad.Value
	err := scanNQuads(path, bytes.NewReader(data), func(_ int, q quad.Quad, _ int) error {
		k := FormatValue(q.Label)
		if _, ok := groups[k]; !ok {
			labels = append(labels, q.Label)
		}
		groups[k] = append(groups[k], q)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return groups, labels, nil
}

func unwrapParse(err error) error {
	for {
		u := errors.Unwrap(err)
		if u == nil {
			return err
		}
		err = u
	}
}
