package graph

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/eventgraph/eventgraph/schema"
)

// ArticleReader turns an article file into schema values; the extractor
// implements it. graph/ does not know how articles are read.
type ArticleReader interface {
	ReadArticle(ctx context.Context, path string, data []byte) (*schema.Article, error)
}

// DefaultMaxBytes is the default size limit of one input file.
const DefaultMaxBytes = 16 << 20

// Loader loads article and N-Quads files into a store.
type Loader struct {
	Store    *Store
	Articles ArticleReader // needed for .txt files
	MaxBytes int64         // size limit of one file; 0 means DefaultMaxBytes
}

// FileResult is what loading one file did.
type FileResult struct {
	Path      string
	Documents int // documents (labels) written
	Quads     int // quads the file holds
	Change    Change
	Err       error
}

// Summary is what a load did, file by file.
type Summary struct {
	Files     []FileResult
	Documents int
	Quads     int
	Change    Change
	Failed    int
}

// IsArticle reports whether a path is read as an article.
func IsArticle(path string) bool { return strings.EqualFold(filepath.Ext(path), ".txt") }

// IsNQuads reports whether a path is read as N-Quads.
func IsNQuads(path string) bool {
	p := strings.ToLower(path)
	return strings.HasSuffix(p, ".nq") || strings.HasSuffix(p, ".nq.gz")
}

// Expand turns files and folders into the list of files to load: folders
// are walked recursively for .txt, .nq and .nq.gz files, in name order. A
// named file of another kind, or a path that does not exist, is an error.
func Expand(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
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
// load. progress, if not nil, is called after each file.
func (l *Loader) Load(ctx context.Context, paths []string, progress func(FileResult)) (Summary, error) {
	var sum Summary
	files, err := Expand(paths)
	if err != nil {
		return sum, err
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		r := l.LoadFile(ctx, f)
		sum.Files = append(sum.Files, r)
		if r.Err != nil {
			sum.Failed++
		} else {
			sum.Documents += r.Documents
			sum.Quads += r.Quads
			sum.Change.Added += r.Change.Added
			sum.Change.Removed += r.Change.Removed
			sum.Change.Kept += r.Change.Kept
		}
		if progress != nil {
			progress(r)
		}
	}
	return sum, nil
}

// LoadFile loads one article or N-Quads file.
func (l *Loader) LoadFile(ctx context.Context, path string) FileResult {
	r := FileResult{Path: path}
	data, err := l.read(path)
	if err != nil {
		r.Err = err
		return r
	}
	var groups map[string][]quad.Quad
	var labels []quad.Value
	if IsNQuads(path) {
		groups, labels, err = ParseNQuads(path, data)
	} else {
		if l.Articles == nil {
			r.Err = fmt.Errorf("%s: no article reader configured", path)
			return r
		}
		var a *schema.Article
		a, err = l.Articles.ReadArticle(ctx, path, data)
		if err == nil {
			qs := ArticleQuads(a)
			label := quad.IRI(a.Document.IRI)
			if a.Document.IRI == "" {
				label = quad.IRI(schema.DocumentIRI(a.Document.ID))
			}
			groups = map[string][]quad.Quad{FormatValue(label): qs}
			labels = []quad.Value{label}
		}
	}
	if err != nil {
		r.Err = err
		return r
	}
	for _, label := range labels {
		qs := groups[FormatValue(label)]
		var ch Change
		if label == nil {
			ch, err = l.Store.AddQuads(ctx, qs)
		} else {
			ch, err = l.Store.ReplaceDocument(ctx, label, qs)
			r.Documents++
		}
		if err != nil {
			r.Err = fmt.Errorf("%s: %w", path, err)
			return r
		}
		r.Quads += len(qs)
		r.Change.Added += ch.Added
		r.Change.Removed += ch.Removed
		r.Change.Kept += ch.Kept
	}
	return r
}

func (l *Loader) read(path string) ([]byte, error) {
	max := l.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rd io.Reader = f
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: not gzip data: %w", path, err)
		}
		defer gz.Close()
		rd = gz
	}
	data, err := io.ReadAll(io.LimitReader(rd, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", path, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s: larger than the limit of %d bytes (raise it with --max-bytes)", path, max)
	}
	return data, nil
}

// ParseNQuads reads N-Quads data, grouping quads by label. labels lists the
// labels in first-seen order (nil for unlabelled quads). Any malformed line
// fails the whole file, with the file name and line number.
func ParseNQuads(path string, data []byte) (map[string][]quad.Quad, []quad.Value, error) {
	groups := make(map[string][]quad.Quad)
	var labels []quad.Value
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		q, err := ParseQuad(line)
		if err != nil {
			return nil, nil, fmt.Errorf("%s:%d: malformed N-Quads: %w", path, n, unwrapParse(err))
		}
		if !q.IsValid() {
			return nil, nil, fmt.Errorf("%s:%d: malformed N-Quads: incomplete quad", path, n)
		}
		k := FormatValue(q.Label)
		if _, ok := groups[k]; !ok {
			labels = append(labels, q.Label)
		}
		groups[k] = append(groups[k], q)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s:%d: %w", path, n+1, err)
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
