// Package timeline builds eventgraph's timeline JSON, and Knight Lab's
// TimelineJS3 JSON, from a store. It reads the store only through the
// stored queries (timeline, claims, actors, documents), so it works for any
// quads that follow the schema, whoever wrote them.
package timeline

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/eventgraph/eventgraph/queries"
)

// Ref names an actor or a place.
type Ref struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type,omitempty"`
}

// Evidence is a span of a document.
type Evidence struct {
	Document string `json:"document"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text,omitempty"`
}

// Document is a loaded article.
type Document struct {
	ID        string  `json:"id"`
	Title     *string `json:"title"`
	Published *string `json:"published"`
	URL       *string `json:"url"`
	Publisher *Ref    `json:"publisher"`
	Source    *string `json:"source"`
}

// Role is a title an actor holds.
type Role struct {
	Title string `json:"title"`
	Of    *Ref   `json:"of"`
}

// Actor is a person, organisation, country or news outlet.
type Actor struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Type    *string  `json:"type"`
	Aliases []string `json:"aliases"`
	Roles   []Role   `json:"roles"`
}

// Event is a contact between actors.
type Event struct {
	ID          string   `json:"id"`
	Type        *string  `json:"type"`
	Label       *string  `json:"label"`
	Date        *string  `json:"date"`
	DateText    *string  `json:"date_text"`
	Granularity *string  `json:"granularity"`
	Begin       *string  `json:"begin"`
	End         *string  `json:"end"`
	Status      *string  `json:"status"`
	CAMEO       *string  `json:"cameo"`
	Confidence  *float64 `json:"confidence"` // the learned pair stage's score; null for a rule's contact
	// DateConfidence is the learned date stage's probability of the
	// date; null for a date a rule gave.
	DateConfidence *float64   `json:"date_confidence"`
	Participants   []Ref      `json:"participants"`
	Hosts          []Ref      `json:"hosts"`
	Place          *Ref       `json:"place"`
	Claims         []string   `json:"claims"`
	Documents      []string   `json:"documents"`
	Evidence       []Evidence `json:"evidence"`
}

// Claim is something an actor said, as reported.
type Claim struct {
	ID         string     `json:"id"`
	Claimant   *Ref       `json:"claimant"`
	ReportedBy []Ref      `json:"reported_by"`
	Channel    *string    `json:"channel"`
	Date       *string    `json:"date"`
	DateText   *string    `json:"date_text"`
	Begin      *string    `json:"begin"`
	End        *string    `json:"end"`
	Text       *string    `json:"text"`
	About      []string   `json:"about"`
	Documents  []string   `json:"documents"`
	Evidence   []Evidence `json:"evidence"`
}

// Timeline is eventgraph's timeline JSON (schema/timeline.schema.json).
type Timeline struct {
	Documents []Document `json:"documents"`
	Actors    []Actor    `json:"actors"`
	Events    []Event    `json:"events"`
	Claims    []Claim    `json:"claims"`
}

// Filter narrows a timeline. Empty fields don't filter.
type Filter struct {
	Actor string // an actor's IRI, name, alias or surname
	From  string // ISO date: events whose date reaches it or later
	To    string // ISO date: events whose date starts by its end
}

func (f Filter) empty() bool { return f.Actor == "" && f.From == "" && f.To == "" }

func (f Filter) params() map[string]string {
	p := map[string]string{}
	if f.Actor != "" {
		p["actor"] = f.Actor
	}
	if f.From != "" {
		p["from"] = f.From
	}
	if f.To != "" {
		p["to"] = f.To
	}
	return p
}

// Build reads a timeline from the store through the stored queries. Events
// come in date order, undated last. With no filter it holds every event and
// claim; with one, the events that pass it, the claims about them (and,
// with an actor, the claims that actor made within the dates), and the
// actors and documents they name. A filtered timeline reads only those
// claims, actors and documents (with the prelude's helpers), not the whole
// store's.
func Build(ctx context.Context, ex queries.Executor, set *queries.Set, f Filter) (*Timeline, error) {
	t := &Timeline{}
	if err := run(ctx, ex, set, "timeline", f.params(), &t.Events); err != nil {
		return nil, err
	}
	if f.empty() {
		if err := run(ctx, ex, set, "claims", nil, &t.Claims); err != nil {
			return nil, err
		}
		if err := t.fillActorsAndDocuments(ctx, ex, set); err != nil {
			return nil, err
		}
		ensureSlices(t)
		return t, nil
	}
	inEvents := map[string]bool{}
	var about []string // claims about the events, in the order the events name them
	for _, e := range t.Events {
		inEvents[e.ID] = true
		about = append(about, e.Claims...)
	}
	have := map[string]bool{}
	if f.Actor != "" { // the claims the actor made or reported
		var claims []Claim
		if err := run(ctx, ex, set, "claims", map[string]string{"actor": f.Actor}, &claims); err != nil {
			return nil, err
		}
		for _, c := range claims {
			keep := false
			for _, a := range c.About {
				keep = keep || inEvents[a]
			}
			if !keep && c.Claimant != nil && inDates(c, f) {
				keep = true
			}
			if keep {
				have[c.ID] = true
				t.Claims = append(t.Claims, c)
			}
		}
	}
	var rest []string // the other claims about the events: eg:Claim nodes
	for _, id := range about {
		if !have[id] {
			have[id] = true
			rest = append(rest, id)
		}
	}
	var claims []Claim
	if err := script(ctx, ex, set, claimsByID, rest, &claims); err != nil {
		return nil, err
	}
	t.Claims = append(t.Claims, claims...)
	usedA, usedD := t.used()
	if err := script(ctx, ex, set, actorsByID, usedA, &t.Actors); err != nil {
		return nil, err
	}
	if err := script(ctx, ex, set, documentsByID, usedD, &t.Documents); err != nil {
		return nil, err
	}
	ensureSlices(t)
	return t, nil
}

// Scripts that read given nodes (P.ids, a JSON array of IRIs) as the stored
// queries claims, actors and documents would, for a filtered timeline: the
// nodes of the class, in the order of those queries.
const (
	claimsByID = `sortByDate(claimObjects(JSON.parse(P.ids).map(ref).filter(function (c) { return isA(c, T.Claim); })))
  .forEach(function (c) { g.emit(c); });`
	actorsByID    = `actorObjects(JSON.parse(P.ids)).sort(byName).forEach(function (o) { g.emit(o); });`
	documentsByID = `documentObjects(JSON.parse(P.ids).map(ref).filter(function (d) { return isA(d, T.Document); })).sort(function (a, b) {
  var x = a.published || "", y = b.published || "";
  return x !== y ? (x < y ? 1 : -1) : (a.id < b.id ? -1 : 1);
}).forEach(function (d) { g.emit(d); });`
)

// script runs body (with the prelude) over the nodes ids and decodes its
// rows into out.
func script(ctx context.Context, ex queries.Executor, set *queries.Set, body string, ids []string, out any) error {
	if len(ids) == 0 {
		return nil
	}
	b, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	sc, err := set.UserScript(body, map[string]string{"ids": string(b)})
	if err != nil {
		return err
	}
	rows, err := ex.Gizmo(ctx, sc, 0)
	if err != nil {
		return err
	}
	return decode("timeline", rows, out)
}

func inDates(c Claim, f Filter) bool {
	if f.From == "" && f.To == "" {
		return true
	}
	if c.Begin == nil {
		return false
	}
	if f.To != "" && (*c.Begin)[:min(len(f.To), len(*c.Begin))] > f.To {
		return false
	}
	if f.From != "" && c.End != nil && *c.End <= padStamp(f.From) {
		return false
	}
	return true
}

func padStamp(d string) string {
	const pad = "0000-01-01T00:00:00Z"
	if len(d) >= len(pad) {
		return d
	}
	return d + pad[len(d):]
}

// fillActorsAndDocuments reads every actor and document (an unfiltered
// timeline).
func (t *Timeline) fillActorsAndDocuments(ctx context.Context, ex queries.Executor, set *queries.Set) error {
	if err := run(ctx, ex, set, "actors", nil, &t.Actors); err != nil {
		return err
	}
	return run(ctx, ex, set, "documents", nil, &t.Documents)
}

// used gives the actors and documents the timeline's events and claims
// name, each once, in the order first named.
func (t *Timeline) used() (actors, docs []string) {
	seenA, seenD := map[string]bool{}, map[string]bool{}
	a := func(id string) {
		if !seenA[id] {
			seenA[id] = true
			actors = append(actors, id)
		}
	}
	d := func(id string) {
		if !seenD[id] {
			seenD[id] = true
			docs = append(docs, id)
		}
	}
	for _, e := range t.Events {
		for _, p := range e.Participants {
			a(p.ID)
		}
		for _, h := range e.Hosts {
			a(h.ID)
		}
		for _, x := range e.Documents {
			d(x)
		}
	}
	for _, c := range t.Claims {
		if c.Claimant != nil {
			a(c.Claimant.ID)
		}
		for _, r := range c.ReportedBy {
			a(r.ID)
		}
		for _, x := range c.Documents {
			d(x)
		}
	}
	return actors, docs
}

func ensureSlices(t *Timeline) {
	if t.Documents == nil {
		t.Documents = []Document{}
	}
	if t.Actors == nil {
		t.Actors = []Actor{}
	}
	if t.Events == nil {
		t.Events = []Event{}
	}
	if t.Claims == nil {
		t.Claims = []Claim{}
	}
	sort.SliceStable(t.Claims, func(i, j int) bool { return claimKey(t.Claims[i]) < claimKey(t.Claims[j]) })
}

func claimKey(c Claim) string {
	b := "~"
	if c.Begin != nil {
		b = *c.Begin
	}
	return b + " " + c.ID
}

// run runs a stored query and decodes its rows into out (a pointer to a
// slice), so a row of the wrong shape is an error here, not in a reader.
func run(ctx context.Context, ex queries.Executor, set *queries.Set, name string, params map[string]string, out any) error {
	rows, err := set.Run(ctx, ex, name, params, 0)
	if err != nil {
		return err
	}
	return decode(name, rows, out)
}

func decode(name string, rows []any, out any) error {
	b, err := json.Marshal(rows)
	if err != nil {
		return fmt.Errorf("query %s: encode rows: %w", name, err)
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("query %s: rows do not have the timeline's shape: %w", name, err)
	}
	return nil
}
