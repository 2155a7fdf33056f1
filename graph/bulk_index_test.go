package graph

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// TestNewStoresIndexLabels: a new embedded store lists the label-subject
// index in its metadata, and reads and replaces documents through it.
func TestNewStoresIndexLabels(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct{ backend, db string }{
		{"bolt", "bolt:" + filepath.Join(t.TempDir(), "b")},
		{"leveldb", "leveldb:" + filepath.Join(t.TempDir(), "l")},
	} {
		t.Run(c.backend, func(t *testing.T) {
			s, err := Open(ctx, c.db)
			if err != nil {
				t.Fatal(err)
			}
			a := fixture(t)
			label := quad.IRI(a.Document.IRI)
			qs := ArticleQuads(a)
			if _, err := s.ReplaceDocument(ctx, label, qs); err != nil {
				t.Fatal(err)
			}
			if _, err := s.ReplaceDocument(ctx, label, qs[1:]); err != nil {
				t.Fatal(err)
			}
			got, err := s.DocumentQuads(ctx, label)
			if err != nil || len(got) != len(qs)-1 {
				t.Fatalf("%d quads, %v; want %d", len(got), err, len(qs)-1)
			}
			spec := s.Spec()
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			db, err := openRawKV(spec.Backend, spec.Address)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var list []kv.QuadIndex
			err = hkv.View(ctx, db, func(tx hkv.Tx) error {
				b, err := tx.Get(ctx, keyMetaIndexes)
				if err != nil {
					return err
				}
				return json.Unmarshal(b, &list)
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(list) != 3 || len(list[2].Dirs) != 2 || list[2].Dirs[0] != quad.Label {
				t.Fatalf("indexes %+v, want a third on label-subject", list)
			}
		})
	}
}
