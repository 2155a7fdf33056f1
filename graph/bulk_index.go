package graph

import (
	"context"
	"encoding/json"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	cbolt "github.com/cayleygraph/cayley/graph/kv/bolt"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// Cayley's embedded (kv) stores index quads by subject-predicate and by
// object-predicate-subject only, so reading the quads of one label — what
// ReplaceDocument does for every document already in the store — scans
// the whole store: reloading N documents took O(N²) time (1,000 articles
// on bolt: 111 s, against 4 s for the first load). eventgraph creates its
// embedded stores with a third index, label-subject, which makes that read
// a prefix scan.
//
// The list of indexes is fixed when a store is created: Cayley's Init
// writes it to the store's metadata and New reads it from there (Init
// meant to take it from $CAYLEY_KV_INDEXES, but decodes that into
// unexported fields, so the variable has no effect). initKVStore lets
// Cayley create the store, then rewrites that metadata and adds the
// index's bucket before anything is written. Stores created before keep
// their two indexes (they work, with slow replacements).
var kvIndexes = append(append([]kv.QuadIndex(nil), kv.DefaultQuadIndexes...),
	kv.QuadIndex{Dirs: []quad.Direction{quad.Label, quad.Subject}})

// Where Cayley's kv store keeps its list of indexes.
var keyMetaIndexes = hkv.Key{[]byte("meta"), []byte("indexes")}

// initKVStore creates an empty embedded store with eventgraph's indexes.
func initKVStore(ctx context.Context, backend, dir string) error {
	if err := cgraph.InitQuadStore(backend, dir, nil); err != nil {
		return err
	}
	db, err := openRawKV(backend, dir)
	if err != nil {
		return fmt.Errorf("add the label index: %w", err)
	}
	defer db.Close()
	meta, err := json.Marshal(kvIndexes)
	if err != nil {
		return fmt.Errorf("add the label index: %w", err)
	}
	err = hkv.Update(ctx, db, func(tx hkv.Tx) error {
		for _, ind := range kvIndexes[len(kv.DefaultQuadIndexes):] {
			if err := hkv.CreateBucket(ctx, tx, indexBucket(ind)); err != nil {
				return err
			}
		}
		return tx.Put(ctx, keyMetaIndexes, meta)
	})
	if err != nil {
		return fmt.Errorf("add the label index: %w", err)
	}
	return db.Close()
}

// indexBucket is the bucket Cayley keeps an index in: the prefixes of its
// directions ("cs" for label-subject).
func indexBucket(ind kv.QuadIndex) hkv.Key {
	b := make([]byte, len(ind.Dirs))
	for i, d := range ind.Dirs {
		b[i] = d.Prefix()
	}
	return hkv.Key{b}
}

func openRawKV(backend, dir string) (hkv.KV, error) {
	if backend == "bolt" {
		return cbolt.Create(dir, nil)
	}
	for _, name := range []string{backend, "flat." + backend} {
		if r := hkv.ByName(name); r != nil {
			return r.OpenPath(dir)
		}
	}
	return nil, fmt.Errorf("no key-value backend %q", backend)
}
