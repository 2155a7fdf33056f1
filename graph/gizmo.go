package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// DefaultRowLimit caps the rows one query returns.
const DefaultRowLimit = 100000

// ErrRowLimit is returned (wrapped) when a query returns more rows than its
// limit allows.
var ErrRowLimit = errors.New("query result exceeds the row limit")

// Gizmo runs a Gizmo script in a session of its own and returns its
// results as JSON-ready values. The script ends when ctx does (a timeout
// stops even a script that loops forever). limit caps the rows (0 means
// DefaultRowLimit); more rows than that is an error, never a silent cut.
func (s *Store) Gizmo(ctx context.Context, script string, limit int) ([]any, error) {
	if limit <= 0 {
		limit = DefaultRowLimit
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	sess := gizmo.NewSession(s.qs)
	it, err := sess.Execute(ctx, script, query.Options{Collation: query.JSON, Limit: limit + 1})
	if err != nil {
		return nil, fmt.Errorf("gizmo: %w", err)
	}
	defer it.Close()
	out := make([]any, 0)
	for it.Next(ctx) {
		if r := it.Result(); r != nil {
			out = append(out, r)
		}
		if len(out) > limit {
			return nil, fmt.Errorf("%w (%d)", ErrRowLimit, limit)
		}
	}
	if err := it.Err(); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("gizmo: query stopped: %w", ctx.Err())
		}
		return nil, fmt.Errorf("gizmo: %w", err)
	}
	if ctx.Err() != nil {
		return nil, fmt.Errorf("gizmo: query stopped: %w", ctx.Err())
	}
	return out, nil
}
