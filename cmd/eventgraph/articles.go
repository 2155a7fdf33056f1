package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/extract"
	"github.com/eventgraph/eventgraph/schema"
)

// articleReader reads articles with the extractor; it is the graph
// loader's ArticleReader. The extractor is built when the first article
// comes (a few hundred milliseconds): loading only N-Quads never builds it.
type articleReader struct {
	once     sync.Once
	ex       *extract.Extractor // set, or built by the first extract
	exErr    error
	date     time.Time // publication date for files without one
	maxBytes int64
}

func newArticleReader(date string, maxBytes int64) (*articleReader, error) {
	r := &articleReader{maxBytes: maxBytes}
	if date != "" {
		t, err := time.Parse("2006-01-02", date)
		if err != nil {
			return nil, usageError{fmt.Errorf("--date %q: want YYYY-MM-DD", date)}
		}
		r.date = t
	}
	return r, nil
}

// ReadArticle implements graph.ArticleReader.
func (r *articleReader) ReadArticle(ctx context.Context, path string, data []byte) (*schema.Article, error) {
	res, err := r.extract(ctx, path, data)
	if err != nil {
		return nil, err
	}
	return &res.Article, nil
}

func (r *articleReader) extract(ctx context.Context, path string, body []byte) (*extract.Result, error) {
	doc, err := extract.ReadDocument(path, body, extract.ReadOptions{Date: r.date, MaxBytes: r.maxBytes})
	if err != nil {
		return nil, err
	}
	r.once.Do(func() {
		if r.ex == nil {
			if r.ex, r.exErr = extract.New(data.Lexicon()); r.exErr != nil {
				r.exErr = fmt.Errorf("load the extractor: %w", r.exErr)
			}
		}
	})
	if r.exErr != nil {
		return nil, r.exErr
	}
	res, err := r.ex.Extract(ctx, doc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return res, nil
}
