package graph

import (
	"context"
	"fmt"
	"sort"
	"unicode/utf16"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/eventgraph/eventgraph/schema"
)

// The registry (schema.RegistryGraph) holds, once, what every document says
// again about an actor or a place: its preferred name (the least of the
// names the documents give it, in the order JavaScript sorts strings) and
// the union of its classes. Documents state an actor's name and classes in
// their own graph, so a country named by 20,000 documents has 20,000 name
// quads; a query that shows the country reads one quad of the registry
// instead. The store keeps it current in the transaction of every write:
// adding facts only lowers the name and widens the classes, so it merges
// them; removing any reads the node's facts again. Its value depends on
// the set of documents, never on the order they came in.

var (
	regGraph     = quad.IRI(schema.RegistryGraph)
	regPrefLabel = quad.IRI(schema.PrefLabel)
	regClass     = quad.IRI(schema.RegistryClass)
	regVersion   = quad.IRI(schema.RegistryVersion)
	regReplacing = quad.IRI(schema.RegistryReplacing)
	namePred     = quad.IRI(schema.Name)
	classPlace   = quad.IRI(schema.ClassPlace)
	// registryMarker says the store's registry is built and kept.
	registryMarker = quad.Quad{Subject: regGraph, Predicate: regVersion, Object: quad.String(schema.RegistryVersionValue), Label: regGraph}
)

// IsRegistry says whether a label is the registry's, which only the store
// writes: it is not loaded from files nor exported.
func IsRegistry(label quad.Value) bool {
	l, ok := label.(quad.IRI)
	return ok && l == regGraph
}

// regEntry is a node's registry state.
type regEntry struct {
	name    string // "" when no document names it with a plain string
	classes map[quad.IRI]bool
}

func (e regEntry) registered() bool { return e.classes[classActor] || e.classes[classPlace] }

// empty says whether e holds nothing: no name, no class.
func (e regEntry) empty() bool { return e.name == "" && len(e.classes) == 0 }

// isRegistryClass says whether a node of class c is registered.
func isRegistryClass(c quad.IRI) bool { return c == classActor || c == classPlace }

// quads lists the registry quads of node x for e: none unless registered.
func (e regEntry) quads(x quad.Value) []quad.Quad {
	if !e.registered() {
		return nil
	}
	return e.rawQuads(x)
}

// rawQuads lists the quads of e's name and classes, registered or not (an
// entry read from the store may be half-built).
func (e regEntry) rawQuads(x quad.Value) []quad.Quad {
	var out []quad.Quad
	if e.name != "" {
		out = append(out, quad.Quad{Subject: x, Predicate: regPrefLabel, Object: quad.String(e.name), Label: regGraph})
	}
	cs := make([]string, 0, len(e.classes))
	for c := range e.classes {
		cs = append(cs, string(c))
	}
	sort.Strings(cs)
	for _, c := range cs {
		out = append(out, quad.Quad{Subject: x, Predicate: regClass, Object: quad.IRI(c), Label: regGraph})
	}
	return out
}

// jsLess orders strings as JavaScript's sort does: by UTF-16 code units.
func jsLess(a, b string) bool {
	ua, ub := utf16.Encode([]rune(a)), utf16.Encode([]rune(b))
	for i := 0; i < len(ua) && i < len(ub); i++ {
		if ua[i] != ub[i] {
			return ua[i] < ub[i]
		}
	}
	return len(ua) < len(ub)
}

// regFacts are the name and class facts one write adds or removes, by
// subject.
type regFacts struct {
	added, removed []quad.Quad
}

// registryDeltas lists the registry changes that deltas, about to be
// written in one transaction, make. The caller holds the write lock.
func (s *Store) registryDeltas(ctx context.Context, deltas []cgraph.Delta) ([]cgraph.Delta, error) {
	order, bySubject := groupBySubject(deltas, func(q quad.Quad) bool {
		p, ok := q.Predicate.(quad.IRI)
		return ok && (p == namePred || p == typePred)
	})
	var out []cgraph.Delta
	for _, x := range order {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		k := FormatValue(x)
		f := bySubject[valueKey(x)]
		cur, cached := s.regCache[k]
		stored := true
		if !cached {
			ref, err := s.qs.ValueOf(x)
			if err != nil {
				return nil, fmt.Errorf("look up %s: %w", k, err)
			}
			if stored = ref != nil; stored {
				if cur, err = s.readEntry(ctx, x); err != nil {
					return nil, err
				}
			} else {
				cur = regEntry{classes: map[quad.IRI]bool{}}
			}
		}
		var next regEntry
		if len(f.removed) == 0 && cur.empty() && !addsClass(f.added, isRegistryClass) {
			// Facts added to a node the registry holds nothing of, none of
			// them making it an actor or a place: it still holds nothing.
			next = cur
		} else if len(f.removed) == 0 && (cur.registered() || !stored) {
			// Facts added to a kept entry, or to a node the store has
			// never seen: merge them.
			next = mergeEntry(cur, f.added)
		} else {
			// Newly registered (its earlier facts were not kept) or losing
			// facts: read them all.
			var err error
			if next, err = s.fullEntry(ctx, x, f); err != nil {
				return nil, err
			}
		}
		if !sameEntry(cur, next) {
			out = appendEntryDiff(out, x, cur, next)
		}
		if s.regCache != nil {
			if !next.registered() {
				next = regEntry{classes: map[quad.IRI]bool{}} // what the store holds of it: nothing
			}
			s.regPending[k] = next
		}
	}
	return out, nil
}

// groupBySubject gathers the document quads (not the registry's) that keep
// accepts, added and removed, by subject: the subjects in first-seen order
// and their facts, keyed by valueKey.
func groupBySubject(deltas []cgraph.Delta, keep func(quad.Quad) bool) ([]quad.Value, map[any]*regFacts) {
	by := map[any]*regFacts{}
	var order []quad.Value
	for _, d := range deltas {
		q := d.Quad
		if IsRegistry(q.Label) || !keep(q) {
			continue
		}
		k := valueKey(q.Subject)
		f := by[k]
		if f == nil {
			f = &regFacts{}
			by[k] = f
			order = append(order, q.Subject)
		}
		if d.Action == cgraph.Delete {
			f.removed = append(f.removed, q)
		} else {
			f.added = append(f.added, q)
		}
	}
	return order, by
}

// regCacheMax bounds the registry entries a store keeps in memory.
const regCacheMax = 200000

// registryWritten keeps the entries of a write that succeeded, or, when it
// failed, forgets every cached entry.
func (s *Store) registryWritten(ok bool) {
	if s.regCache == nil {
		return
	}
	keepPending(s.regCache, s.regPending, ok)
	if !ok {
		s.digCache.clear()
	} else {
		for k, e := range s.digPending {
			s.digCache.put(k, e)
		}
	}
	clear(s.digPending)
}

// genCache is a map bounded by generations: when the current one is full
// it becomes the old one, and what the old one held is forgotten unless it
// was read since. The nodes writes touch again and again (actors, places,
// contacts many documents report) stay; the rest (a document's own claims
// and evidence) pass.
type genCache[E any] struct {
	cur, old map[string]E
	max      int
}

func newGenCache[E any](max int) *genCache[E] {
	return &genCache[E]{cur: map[string]E{}, old: map[string]E{}, max: max}
}

func (c *genCache[E]) get(k string) (E, bool) {
	if e, ok := c.cur[k]; ok {
		return e, true
	}
	e, ok := c.old[k]
	if ok {
		c.put(k, e)
	}
	return e, ok
}

func (c *genCache[E]) put(k string, e E) {
	c.cur[k] = e
	if len(c.cur) >= c.max {
		c.old, c.cur = c.cur, make(map[string]E, c.max/4)
	}
}

func (c *genCache[E]) clear() {
	clear(c.cur)
	clear(c.old)
}

// keepPending moves a write's pending entries into the cache when it
// succeeded, or forgets the whole cache when it failed.
func keepPending[E any](cache, pending map[string]E, ok bool) {
	if !ok {
		clear(cache)
	} else {
		if len(cache)+len(pending) > regCacheMax {
			clear(cache)
		}
		for k, e := range pending {
			cache[k] = e
		}
	}
	clear(pending)
}

// sameEntry says whether two entries write the same quads.
func sameEntry(a, b regEntry) bool {
	if a.registered() != b.registered() {
		return false
	}
	if !a.registered() {
		// Neither writes quads, but a half-built entry read from the
		// store must still be removed.
		return a.name == "" && len(a.classes) == 0
	}
	if a.name != b.name || len(a.classes) != len(b.classes) {
		return false
	}
	for c := range a.classes {
		if !b.classes[c] {
			return false
		}
	}
	return true
}

// mergeEntry adds facts to an entry.
func mergeEntry(e regEntry, added []quad.Quad) regEntry {
	next := regEntry{name: e.name, classes: make(map[quad.IRI]bool, len(e.classes)+1)}
	for c := range e.classes {
		next.classes[c] = true
	}
	for _, q := range added {
		addFact(&next, q)
	}
	return next
}

func addFact(e *regEntry, q quad.Quad) {
	switch q.Predicate {
	case namePred:
		if n, ok := q.Object.(quad.String); ok && n != "" && (e.name == "" || jsLess(string(n), e.name)) {
			e.name = string(n)
		}
	case typePred:
		if c, ok := q.Object.(quad.IRI); ok {
			e.classes[c] = true
		}
	}
}

// readEntry reads node x's registry quads.
func (s *Store) readEntry(ctx context.Context, x quad.Value) (regEntry, error) {
	e := regEntry{classes: map[quad.IRI]bool{}}
	err := path.StartPath(s.qs, x).Out(regPrefLabel).Iterate(ctx).EachValue(s.qs, func(v quad.Value) error {
		if n, ok := v.(quad.String); ok {
			e.name = string(n)
		}
		return nil
	})
	if err == nil {
		err = path.StartPath(s.qs, x).Out(regClass).Iterate(ctx).EachValue(s.qs, func(v quad.Value) error {
			if c, ok := v.(quad.IRI); ok {
				e.classes[c] = true
			}
			return nil
		})
	}
	if err != nil {
		return regEntry{}, fmt.Errorf("read the registry entry of %s: %w", FormatValue(x), err)
	}
	return e, nil
}

// fullEntry computes node x's entry from every document's facts as they
// will be once f is written.
func (s *Store) fullEntry(ctx context.Context, x quad.Value, f *regFacts) (regEntry, error) {
	// How many quads (one per document) state each fact now.
	count := map[string]int{}
	facts := map[string]quad.Quad{}
	for _, p := range []quad.IRI{namePred, typePred} {
		err := path.StartPath(s.qs, x).Out(p).Iterate(ctx).EachValue(s.qs, func(v quad.Value) error {
			q := quad.Quad{Subject: x, Predicate: p, Object: v}
			k := FormatQuad(q)
			count[k]++
			facts[k] = q
			return nil
		})
		if err != nil {
			return regEntry{}, fmt.Errorf("read the names and classes of %s: %w", FormatValue(x), err)
		}
	}
	for _, q := range f.removed {
		k := FormatQuad(quad.Quad{Subject: q.Subject, Predicate: q.Predicate, Object: q.Object})
		count[k]--
	}
	for _, q := range f.added {
		q = quad.Quad{Subject: q.Subject, Predicate: q.Predicate, Object: q.Object}
		k := FormatQuad(q)
		count[k]++
		facts[k] = q
	}
	e := regEntry{classes: map[quad.IRI]bool{}}
	for k, n := range count {
		if n > 0 {
			addFact(&e, facts[k])
		}
	}
	return e, nil
}

// appendEntryDiff appends the deltas that turn cur's quads into next's.
func appendEntryDiff(out []cgraph.Delta, x quad.Value, cur, next regEntry) []cgraph.Delta {
	have := map[string]quad.Quad{}
	for _, q := range cur.rawQuads(x) {
		have[FormatQuad(q)] = q
	}
	want := map[string]bool{}
	for _, q := range next.quads(x) {
		k := FormatQuad(q)
		want[k] = true
		if _, ok := have[k]; !ok {
			out = append(out, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	for k, q := range have {
		if !want[k] {
			out = append(out, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	return out
}

// withRegistry appends to deltas the registry's changes, building the
// registry first (in a transaction of its own) when the store has none. The
// caller holds the write lock and writes the result in one transaction.
func (s *Store) withRegistry(ctx context.Context, deltas []cgraph.Delta) ([]cgraph.Delta, error) {
	built, err := s.hasRegistry(ctx)
	if err != nil {
		return nil, err
	}
	if !built {
		if _, err := s.rebuildRegistry(ctx); err != nil {
			return nil, err
		}
	}
	reg, err := s.registryDeltas(ctx, deltas)
	if err != nil {
		return nil, err
	}
	dig, err := s.digestDeltas(ctx, deltas)
	if err != nil {
		return nil, err
	}
	return append(append(deltas, reg...), dig...), nil
}

// hasRegistry says whether the store's registry is built in the current
// layout (its marker is there).
func (s *Store) hasRegistry(ctx context.Context) (bool, error) {
	if s.registryBuilt {
		return true, nil
	}
	vs, err := s.registryVersions(ctx)
	if err != nil {
		return false, err
	}
	return len(vs) == 1 && vs[0] == registryMarker.Object, nil
}

// registryVersions reads the registry's version markers (none, one, or,
// after an interrupted upgrade, an old one too).
func (s *Store) registryVersions(ctx context.Context) ([]quad.Value, error) {
	var vs []quad.Value
	err := path.StartPath(s.qs, regGraph).Out(regVersion).Iterate(ctx).EachValue(s.qs, func(v quad.Value) error {
		vs = append(vs, v)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read the registry's version: %w", err)
	}
	return vs, nil
}

// buildRegistry lists the registry quads of every actor and place in the
// store (for a store written before the registry existed, or by another
// tool). It reads the store, and adds nothing: the caller writes them.
func (s *Store) buildRegistry(ctx context.Context) ([]cgraph.Delta, error) {
	nodes, err := s.nodesOfClasses(ctx, []quad.IRI{classActor, classPlace})
	if err != nil {
		return nil, fmt.Errorf("list the actors and places: %w", err)
	}
	var out []cgraph.Delta
	for _, x := range nodes {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		cur, err := s.readEntry(ctx, x)
		if err != nil {
			return nil, err
		}
		next, err := s.fullEntry(ctx, x, &regFacts{})
		if err != nil {
			return nil, err
		}
		out = appendEntryDiff(out, x, cur, next)
	}
	return out, nil
}

// nodesOfClasses lists, once each, the nodes some document types with one
// of the classes.
func (s *Store) nodesOfClasses(ctx context.Context, classes []quad.IRI) ([]quad.Value, error) {
	var nodes []quad.Value
	seen := map[string]bool{}
	for _, cls := range classes {
		err := path.StartPath(s.qs, cls).In(typePred).Iterate(ctx).EachValue(s.qs, func(v quad.Value) error {
			if k := FormatValue(v); !seen[k] {
				seen[k] = true
				nodes = append(nodes, v)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return nodes, nil
}

// RebuildRegistry computes the registry again from every document and
// writes what differs, in one transaction. Loading keeps it current; this
// is for a store another tool wrote to.
func (s *Store) RebuildRegistry(ctx context.Context) (Change, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rebuildRegistry(ctx)
}

// rebuildRegistry is RebuildRegistry for a caller that holds the write lock.
func (s *Store) rebuildRegistry(ctx context.Context) (Change, error) {
	deltas, err := s.buildRegistry(ctx)
	if err != nil {
		return Change{}, err
	}
	dig, err := s.buildDigests(ctx)
	if err != nil {
		return Change{}, err
	}
	deltas = append(deltas, dig...)
	vs, err := s.registryVersions(ctx)
	if err != nil {
		return Change{}, err
	}
	current := false
	for _, v := range vs {
		if v == registryMarker.Object {
			current = true
			continue
		}
		old := registryMarker
		old.Object = v
		deltas = append(deltas, cgraph.Delta{Quad: old, Action: cgraph.Delete})
	}
	if !current {
		deltas = append(deltas, cgraph.Delta{Quad: registryMarker, Action: cgraph.Add})
	}
	var ch Change
	for _, d := range deltas {
		if d.Action == cgraph.Delete {
			ch.Removed++
		} else {
			ch.Added++
		}
	}
	if len(deltas) == 0 {
		return ch, nil
	}
	s.registryWritten(false)
	if err := s.applyRaw(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return Change{}, fmt.Errorf("write the registry: %w", err)
	}
	s.registryBuilt = true
	return ch, nil
}

// EnsureRegistry builds the registry if the store has none (a store loaded
// before it existed, or by another tool). The loader calls it first, so
// loading files again brings an old store up to date.
func (s *Store) EnsureRegistry(ctx context.Context) error {
	s.mu.RLock()
	built, err := s.hasRegistry(ctx)
	var first cgraph.Ref
	if err == nil && !built {
		// An empty store gets its registry with its first write.
		first, err = iterator.Iterate(ctx, s.qs.QuadsAllIterator()).First()
	}
	s.mu.RUnlock()
	if err != nil || built || first == nil {
		return err
	}
	if _, err := s.RebuildRegistry(ctx); err != nil {
		return fmt.Errorf("build the registry of %s: %w", s.spec, err)
	}
	return nil
}
