package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/cayleygraph/quad"
)

// TestQueriesDuringWrites runs Gizmo queries while documents are written:
// Cayley's memstore crashes on a read during a write, and bolt deadlocks
// when a write grows the file under a query's read transactions, unless
// the Store keeps them apart.
func TestQueriesDuringWrites(t *testing.T) {
	for name, db := range map[string]string{"memory": "memory", "bolt": filepath.Join(t.TempDir(), "b")} {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s, err := Open(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			var wg sync.WaitGroup
			errs := make(chan error, 64)
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < 60; i++ {
					label := quad.IRI(fmt.Sprintf("http://x/doc%d", i%7))
					var qs []quad.Quad
					for j := 0; j < 200; j++ {
						qs = append(qs, quad.Make(quad.IRI(fmt.Sprintf("http://x/s%d", j)), quad.IRI("http://x/p"), quad.String(fmt.Sprintf("v%d-%d", i, j)), label))
					}
					if _, err := s.ReplaceDocument(ctx, label, qs); err != nil {
						errs <- err
						return
					}
				}
			}()
			for r := 0; r < 3; r++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := 0; i < 30; i++ {
						if _, err := s.Gizmo(ctx, `g.V().out("<http://x/p>").count()`, 0); err != nil {
							errs <- err
							return
						}
					}
				}()
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Fatal(err)
			}
			// Each of the 7 documents holds exactly its last version.
			for d := 0; d < 7; d++ {
				got, err := s.DocumentQuads(ctx, quad.IRI(fmt.Sprintf("http://x/doc%d", d)))
				if err != nil || len(got) != 200 {
					t.Fatalf("doc%d: %d quads, %v", d, len(got), err)
				}
			}
		})
	}
}
