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
	ID           string     `json:"id"`
	Type         *string    `json:"type"`
	Label        *string    `json:"label"`
	Date         *string    `json:"date"`
	DateText     *string    `json:"date_text"`
	Granularity  *string    `json:"granularity"`
	Begin        *string    `json:"begin"`
	End          *string    `json:"end"`
	Status       *string    `json:"status"`
	CAMEO        *string    `json:"cameo"`
	Participants []Ref      `json:"participants"`
	Hosts        []Ref      `json:"hosts"`
	Place        *Ref       `json:"place"`
	Claims       []string   `json:"claims"`
	Documents    []string   `json:"documents"`
	Evidence     []Evidence `json:"evidence"`
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
// actors and documents they name.
func Build(ctx context.Context, ex queries.Executor, set *queries.Set, f Filter) (*Timeline, error) {
	t := &Timeline{}
	if err := run(ctx, ex, set, "timeline", f.params(), &t.Events); err != nil {
		return nil, err
	}
	var claims []Claim
	cp := map[string]string{}
	if f.Actor != "" {
		cp["actor"] = f.Actor
	}
	if err := run(ctx, ex, set, "claims", cp, &claims); err != nil {
		return nil, err
	}
	if f.empty() {
		t.Claims = claims
	} else {
		inEvents := map[string]bool{}
		for _, e := range t.Events {
			inEvents[e.ID] = true
		}
		for _, c := range claims {
			keep := false
			for _, a := range c.About {
				keep = keep || inEvents[a]
			}
			if !keep && f.Actor != "" && c.Claimant != nil && inDates(c, f) {
				keep = true
			}
			if keep {
				t.Claims = append(t.Claims, c)
			}
		}
		if f.Actor != "" { // claims about the actor's events made by others
			var all []Claim
			if err := run(ctx, ex, set, "claims", nil, &all); err != nil {
				return nil, err
			}
			have := map[string]bool{}
			for _, c := range t.Claims {
				have[c.ID] = true
			}
			for _, c := range all {
				for _, a := range c.About {
					if inEvents[a] && !have[c.ID] {
						have[c.ID] = true
						t.Claims = append(t.Claims, c)
					}
				}
			}
		}
	}
	if err := t.fillActorsAndDocuments(ctx, ex, set, f.empty()); err != nil {
		return nil, err
	}
	ensureSlices(t)
	return t, nil
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

func (t *Timeline) fillActorsAndDocuments(ctx context.Context, ex queries.Executor, set *queries.Set, everything bool) error {
	var actors []Actor
	if err := run(ctx, ex, set, "actors", nil, &actors); err != nil {
		return err
	}
	var docs []Document
	if err := run(ctx, ex, set, "documents", nil, &docs); err != nil {
		return err
	}
	usedA, usedD := map[string]bool{}, map[string]bool{}
	for _, e := range t.Events {
		for _, p := range append(append([]Ref{}, e.Participants...), e.Hosts...) {
			usedA[p.ID] = true
		}
		for _, d := range e.Documents {
			usedD[d] = true
		}
	}
	for _, c := range t.Claims {
		if c.Claimant != nil {
			usedA[c.Claimant.ID] = true
		}
		for _, r := range c.ReportedBy {
			usedA[r.ID] = true
		}
		for _, d := range c.Documents {
			usedD[d] = true
		}
	}
	for _, a := range actors {
		if everything || usedA[a.ID] {
			t.Actors = append(t.Actors, a)
		}
	}
	for _, d := range docs {
		if everything || usedD[d.ID] {
			t.Documents = append(t.Documents, d)
		}
	}
	return nil
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
	b, err := json.Marshal(rows)
	if err != nil {
		return fmt.Errorf("query %s: encode rows: %w", name, err)
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("query %s: rows do not have the timeline's shape: %w", name, err)
	}
	return nil
}
