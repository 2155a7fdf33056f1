package extract

import (
	"context"
	"fmt"
	"io/fs"
	"math"
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph/schema"
)

// Extractor turns documents into articles. It is built once from the
// lexicon and is safe for concurrent use.
type Extractor struct {
	lx    *lexicon
	split *splitter
	dates *DateFinder
	pairs *PairModel // nil: the pair stage makes no contacts
	// nil: the rules' dates stand
	dateModel *DateModel
}

// Result is everything extracted from a document.
type Result struct {
	Article   schema.Article
	Sentences []Sentence
	Mentions  []Mention
	Timexes   []Timex // offsets into the document file
	// Pairs are the pair stage's candidates: actors sharing a sentence
	// with a contact word that no rule paired, scored by the pair model.
	Pairs []PairCandidate `json:"-"`
	// Dates are the date stage's candidates, one list per contact as the
	// rules and the pair stage left them (before the date model's changes,
	// which may join contacts): what a date model learns from.
	Dates [][]DateCandidate `json:"-"`
	// LearnedDates are the contacts the date model dated (event IRI → the
	// model's probability for the date); the other dates are the rules'.
	LearnedDates map[string]float64 `json:"-"`
}

// New builds an extractor from the lexicon folder (data.Lexicon()).
func New(lexicon fs.FS) (*Extractor, error) {
	lx, err := loadLexicon(lexicon)
	if err != nil {
		return nil, fmt.Errorf("extractor: %w", err)
	}
	df, err := NewDateFinder(lexicon)
	if err != nil {
		return nil, fmt.Errorf("extractor: date finder: %w", err)
	}
	pm, err := loadPairModel(lexicon)
	if err != nil {
		return nil, fmt.Errorf("extractor: %w", err)
	}
	dm, err := loadDateModel(lexicon)
	if err != nil {
		return nil, fmt.Errorf("extractor: %w", err)
	}
	return &Extractor{lx: lx, split: newSplitter(lx), dates: df, pairs: pm, dateModel: dm}, nil
}

// extraction is the state of one Extract call.
type extraction struct {
	*Extractor
	ctx     context.Context
	doc     *Document
	docIRI  string
	text    string
	reg     *registry
	infos   []*sentInfo
	timexes []Timex
	res     *resolver
	// the speaker of the latest claim and its paragraph ("..., they said")
	prevSpeaker *speaker
	prevChannel string // the channel of the latest claim ("statement")
	prevPara    int
	// sentence index -> the date of a contact noun that opens it and names
	// no one ("The first encounter took place in Berlin on October 28.")
	nounDates map[int]*schema.Date
	// the byte offsets of the contact words the rules kept (not "called X
	// a liar", "a round of applause"): the pair stage reads only these
	keptTrigs map[int]bool
}

// Extract extracts the events, claims, actors and places of a document.
func (e *Extractor) Extract(ctx context.Context, doc *Document) (*Result, error) {
	if doc == nil {
		return nil, fmt.Errorf("extract: nil document")
	}
	x := &extraction{Extractor: e, ctx: ctx, doc: doc, docIRI: schema.DocumentIRI(doc.ID), text: doc.Text, reg: newRegistry(), keptTrigs: map[int]bool{}}
	lx := e.lx
	sents := e.split.split(doc, func(p Paragraph) bool {
		head := doc.Text[p.Start:min(p.End, p.Start+40)]
		for _, c := range lx.captions {
			if strings.HasPrefix(head, c) || strings.Contains(doc.Text[p.Start:p.End], " "+c) {
				return true
			}
		}
		return false
	})
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract %s: %w", doc.ID, err)
	}
	// Dates over the body, offsets moved to the file.
	for _, t := range e.dates.Find(doc.Text[doc.Body:], doc.Published) {
		t.Start += doc.Body
		t.End += doc.Body
		t.Value = weekendWeek(t.Value)
		x.timexes = append(x.timexes, t)
	}
	x.infos = make([]*sentInfo, len(sents))
	for i := range sents {
		x.infos[i] = lx.analyse(doc.Text, &sents[i])
	}
	names := lx.collectPeople(x.infos)
	releaseSurnames(x.infos, names)
	res := &resolver{lx: lx, reg: x.reg, text: doc.Text, countries: lx.collectCountries(x.infos, names), places: lx.collectPlaces(x.infos, names)}
	for c := range res.countries {
		delete(res.places, c) // a country the article reads as one is no settlement
		res.compound = res.compound || strings.ContainsAny(c, " -")
	}
	x.res = res
	res.infos, res.names = x.infos, names
	res.pubYear = doc.Published.Year()
	// Mentions and events sentence by sentence: the participants of a
	// contact are the group later sentences refer to ("the two ministers").
	var cands []candidate
	for _, si := range x.infos {
		res.resolveSentence(si, names)
		cs := seriesPeople(x.events(si), cands)
		res.noteContacts(si, cs)
		cands = append(cands, x.delegationMembers(si, x.joinChairs(si, x.travelForGathering(si, x.metInTurn(si, x.sameContactNoun(si, cs))), cands))...)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract %s: %w", doc.ID, err)
	}
	x.nameOffices(cands)
	x.sectionDates(cands)
	x.nounDateNext(cands)
	x.priorDate(cands)
	x.cameAfter(cands)
	x.parallelDates(cands)
	x.sidesLed(cands)
	events := x.dropCountryTwins(x.mergeEvents(cands))
	pairs := x.pairCandidates(events)
	events = append(events, x.pairEvents(pairs, len(events))...)
	dates := x.dateCandidates(events)
	events, redated := redate(x.dateModel, events, dates, doc.ID)
	var learnedDates map[string]float64
	for _, r := range redated {
		for i := range pairs {
			if pairs[i].Event == r.from {
				pairs[i].Event = r.to
			}
		}
		if learnedDates == nil {
			learnedDates = map[string]float64{}
		}
		learnedDates[r.to] = math.Round(r.score*1000) / 1000
		for i := range events {
			if events[i].ID == r.to {
				events[i].DateConfidence = learnedDates[r.to]
			}
		}
	}
	drafts := x.claims()

	art := schema.Article{Document: schema.Document{
		ID: doc.ID, IRI: x.docIRI, Title: doc.Title, Published: doc.Published, URL: doc.URL, Source: doc.Path,
	}}
	if doc.Outlet != "" {
		o := x.reg.get(doc.Outlet, schema.Outlet, 0)
		art.Document.Outlet = o.iri
	}
	art.Events = events
	for i, d := range drafts {
		c := schema.Claim{ID: schema.ClaimIRI(doc.ID, i), Claimant: d.claimant, ReportedBy: d.reportedBy, Channel: d.channel, Date: d.date, Text: d.text, Evidence: d.evidence}
		for _, ev := range events {
			for _, evd := range ev.Evidence {
				if containsInt(d.sentences, evd.Sentence) && !containsStr(c.About, ev.ID) {
					c.About = append(c.About, ev.ID)
				}
			}
		}
		art.Claims = append(art.Claims, c)
	}
	// Actors and places that the events and claims use, plus every actor named.
	used := map[string]bool{}
	places := map[string]bool{}
	for _, ev := range events {
		for _, p := range ev.Participants {
			used[p] = true
		}
		for _, p := range ev.Hosts {
			used[p] = true
		}
		if ev.Place != "" {
			places[ev.Place] = true
		}
	}
	// a country a contact names only by its adjective ("the Chilean and
	// Peruvian delegations") is an actor too
	for p := range used {
		if x.reg.byIRI[p] == nil {
			if name := x.lx.countryByIRI(p); name != "" {
				e := x.reg.get(name, schema.Country, 0)
				e.place = true
			}
		}
	}
	for _, c := range art.Claims {
		if c.Claimant != "" {
			used[c.Claimant] = true
		}
		for _, o := range c.ReportedBy {
			used[o] = true
		}
	}
	if art.Document.Outlet != "" {
		used[art.Document.Outlet] = true
	}
	var mentions []Mention
	for _, si := range x.infos {
		for _, m := range si.mentions {
			mentions = append(mentions, m)
			if m.Entity != "" && m.Type != MentionPlace {
				used[m.Entity] = true
			}
		}
	}
	// containing places of event places
	for p := range places {
		for e := x.reg.byIRI[p]; e != nil && e.placeIn != "" && !places[e.placeIn]; e = x.reg.byIRI[e.placeIn] {
			places[e.placeIn] = true
		}
	}
	for _, iri := range x.reg.order {
		ent := x.reg.byIRI[iri]
		if used[iri] && ent.typ != "" {
			a := schema.Actor{ID: iri, Name: ent.name, Type: ent.typ, Aliases: ent.aliases, Roles: ent.roles}
			art.Actors = append(art.Actors, a)
		}
		if places[iri] {
			pl := schema.Place{ID: iri, Name: ent.name, In: ent.placeIn}
			if pl.In != "" {
				if pe := x.reg.byIRI[pl.In]; pe == nil {
					// a containing place the document never names: keep the link only if known
					pl.In = ""
				}
			}
			art.Places = append(art.Places, pl)
		}
	}
	// every role's country is an actor
	have := map[string]bool{}
	for _, a := range art.Actors {
		have[a.ID] = true
	}
	for _, a := range art.Actors {
		for _, r := range a.Roles {
			if r.Of != "" && !have[r.Of] {
				if ent := x.reg.byIRI[r.Of]; ent != nil {
					art.Actors = append(art.Actors, schema.Actor{ID: ent.iri, Name: ent.name, Type: schema.Country, Aliases: ent.aliases})
					have[r.Of] = true
				}
			}
		}
	}
	sort.SliceStable(art.Actors, func(i, j int) bool { return art.Actors[i].ID < art.Actors[j].ID })
	sort.SliceStable(art.Places, func(i, j int) bool { return art.Places[i].ID < art.Places[j].ID })
	return &Result{Article: art, Sentences: sents, Mentions: mentions, Timexes: x.timexes, Pairs: pairs, Dates: dates, LearnedDates: learnedDates}, nil
}

// weekendWeek gives a weekend its ISO week ("at the weekend" →
// 2025-W44, not 2025-W44-WE): the gold convention for weeks, and a value a
// contact can be dated by.
func weekendWeek(v string) string {
	if w, ok := strings.CutSuffix(v, "-WE"); ok && len(w) == 8 && w[4] == '-' && w[5] == 'W' {
		return w
	}
	return v
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
