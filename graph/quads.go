package graph

import (
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/eventgraph/eventgraph/schema"
)

// ArticleQuads turns what was extracted from one document into quads, every
// one labelled with the document's IRI. The result is sorted and free of
// duplicates, so the same article always gives the same quads.
func ArticleQuads(a *schema.Article) []quad.Quad {
	doc := a.Document
	docIRI := doc.IRI
	if docIRI == "" {
		docIRI = schema.DocumentIRI(doc.ID)
	}
	b := quadBuilder{label: quad.IRI(docIRI), seen: make(map[quad.Quad]bool)}
	d := quad.IRI(docIRI)
	b.iri(d, schema.Type, schema.ClassDocument)
	b.str(d, schema.Name, doc.Title)
	if !doc.Published.IsZero() {
		b.add(d, schema.DatePublished, quad.Time(dayUTC(doc.Published)))
	}
	b.str(d, schema.URL, doc.URL)
	b.iri(d, schema.Publisher, doc.Outlet)
	b.str(d, schema.Source, doc.Source)

	for _, ac := range a.Actors {
		id := quad.IRI(ac.ID)
		b.iri(id, schema.Type, schema.ClassActor)
		b.iri(id, schema.Type, ac.Type.Class())
		if ac.Type == schema.Outlet {
			b.iri(id, schema.Type, schema.ClassOrganisation)
		}
		b.str(id, schema.Name, ac.Name)
		for _, al := range ac.Aliases {
			if al != ac.Name {
				b.str(id, schema.AlternateName, al)
			}
		}
		for _, r := range ac.Roles {
			role := quad.IRI(schema.RoleIRI(ac.ID, r.Title, r.Of))
			b.add(id, schema.HasRole, role)
			b.iri(role, schema.Type, schema.ClassRole)
			b.str(role, schema.JobTitle, r.Title)
			b.iri(role, schema.RoleOf, r.Of)
		}
	}
	for _, p := range a.Places {
		id := quad.IRI(p.ID)
		b.iri(id, schema.Type, schema.ClassPlace)
		b.str(id, schema.Name, p.Name)
		b.iri(id, schema.PlaceIn, p.In)
	}
	for _, e := range a.Events {
		id := quad.IRI(e.ID)
		b.iri(id, schema.Type, schema.ClassEvent)
		b.iri(id, schema.EventType, e.Kind.IRI())
		b.str(id, schema.Name, e.Label)
		b.iri(id, schema.EventStatus, e.Status.IRI())
		b.str(id, schema.CAMEO, e.CAMEO)
		if e.DateConfidence > 0 {
			b.add(id, schema.DateConfidence, quad.Float(e.DateConfidence))
		}
		if e.Confidence > 0 {
			b.add(id, schema.Confidence, quad.Float(e.Confidence))
		}
		for _, p := range e.Participants {
			b.iri(id, schema.HasActor, p)
		}
		for _, h := range e.Hosts {
			b.iri(id, schema.Host, h)
		}
		b.iri(id, schema.HasPlace, e.Place)
		b.date(id, e.Date)
		b.iri(id, schema.WasDerivedFrom, docIRI)
		for _, ev := range e.Evidence {
			b.evidence(id, doc.ID, docIRI, ev)
		}
	}
	for _, c := range a.Claims {
		id := quad.IRI(c.ID)
		b.iri(id, schema.Type, schema.ClassClaim)
		b.iri(id, schema.WasAttributedTo, c.Claimant)
		for _, o := range c.ReportedBy {
			b.iri(id, schema.ReportedBy, o)
		}
		b.str(id, schema.Channel, c.Channel)
		b.date(id, c.Date)
		b.str(id, schema.Text, c.Text)
		for _, ev := range c.About {
			b.iri(id, schema.About, ev)
		}
		b.iri(id, schema.WasDerivedFrom, docIRI)
		for _, ev := range c.Evidence {
			b.evidence(id, doc.ID, docIRI, ev)
		}
	}
	SortQuads(b.out)
	return b.out
}

type quadBuilder struct {
	label quad.Value
	out   []quad.Quad
	seen  map[quad.Quad]bool
}

func (b *quadBuilder) add(s quad.Value, p string, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: b.label}
	if b.seen[q] {
		return
	}
	b.seen[q] = true
	b.out = append(b.out, q)
}

func (b *quadBuilder) iri(s quad.Value, p, o string) {
	if o != "" {
		b.add(s, p, quad.IRI(o))
	}
}

func (b *quadBuilder) str(s quad.Value, p, o string) {
	if o = strings.TrimSpace(o); o != "" {
		b.add(s, p, quad.String(o))
	}
}

// date stores a date so that Gizmo can compare it: the start and end of
// the span it names as xsd:dateTime, and beside them its value at its own
// granularity, the granularity and the text as written.
func (b *quadBuilder) date(s quad.Value, d *schema.Date) {
	if d == nil || d.Value == "" {
		return
	}
	b.str(s, schema.DateValue, d.Value)
	b.str(s, schema.DateText, d.Text)
	iv, err := schema.ParseDateValue(d.Value)
	if err != nil { // a value such as PAST_REF names no span: keep it as text only
		return
	}
	b.str(s, schema.Granularity, iv.Granularity)
	b.add(s, schema.HasTimeStamp, quad.Time(iv.Begin))
	b.add(s, schema.HasBeginTimeStamp, quad.Time(iv.Begin))
	b.add(s, schema.HasEndTimeStamp, quad.Time(iv.End))
	b.dateIndex(s, iv.Begin, iv.End)
}

// dateIndex links s to the months its span [begin, end) overlaps, or to the
// years when that is more than schema.MaxIndexedMonths months (see
// schema.InMonth).
func (b *quadBuilder) dateIndex(s quad.Value, begin, end time.Time) {
	if !end.After(begin) {
		end = begin.Add(time.Nanosecond)
	}
	last := end.Add(-time.Nanosecond).UTC()
	begin = begin.UTC()
	first := begin.Year()*12 + int(begin.Month()) - 1
	lastM := last.Year()*12 + int(last.Month()) - 1
	if lastM-first+1 <= schema.MaxIndexedMonths {
		for m := first; m <= lastM; m++ {
			b.iri(s, schema.InMonth, schema.MonthIRI(m/12, m%12+1))
		}
		return
	}
	for y := begin.Year(); y <= last.Year(); y++ {
		b.iri(s, schema.InYear, schema.YearIRI(y))
	}
}

func (b *quadBuilder) evidence(s quad.Value, docID, docIRI string, ev schema.Evidence) {
	e := quad.IRI(schema.EvidenceIRI(docID, ev.Start, ev.End))
	b.add(s, schema.DenotedBy, e)
	b.iri(e, schema.Type, schema.ClassEvidence)
	b.iri(e, schema.InDocument, docIRI)
	b.add(e, schema.Sentence, quad.Int(ev.Sentence))
	b.add(e, schema.Start, quad.Int(ev.Start))
	b.add(e, schema.End, quad.Int(ev.End))
	b.str(e, schema.Text, ev.Text)
}

func dayUTC(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// SortQuads sorts quads by label, then by their N-Quads form: the order
// export writes.
func SortQuads(qs []quad.Quad) {
	keys := make([]string, len(qs))
	for i, q := range qs {
		// By label first, so an export holds each document's quads together
		// and loads back streaming, one document at a time.
		keys[i] = FormatValue(q.Label) + "\x00" + FormatQuad(q)
	}
	sort.Sort(byKey{qs, keys})
}

type byKey struct {
	q []quad.Quad
	k []string
}

func (b byKey) Len() int           { return len(b.q) }
func (b byKey) Less(i, j int) bool { return b.k[i] < b.k[j] }
func (b byKey) Swap(i, j int) {
	b.q[i], b.q[j] = b.q[j], b.q[i]
	b.k[i], b.k[j] = b.k[j], b.k[i]
}
