package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/eventgraph/eventgraph/data"
)

func TestDebugDump(t *testing.T) {
	path := os.Getenv("EG_DUMP")
	if path == "" {
		t.Skip()
	}
	ex, err := New(data.Lexicon())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	d, err := ReadDocument(path, b, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := ex.Extract(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Article.Events {
		dv := ""
		if e.Date != nil {
			dv = e.Date.Value
		}
		fmt.Printf("EVENT %s | %s | %s | place=%s | %v\n", e.Label, dv, e.Status, e.Place, len(e.Evidence))
	}
	for _, c := range r.Article.Claims {
		fmt.Printf("CLAIM %s | by %v | ch=%s | %.80s\n", c.Claimant, c.ReportedBy, c.Channel, c.Text)
	}
	if os.Getenv("EG_MENTIONS") != "" {
		for _, m := range r.Mentions {
			fmt.Printf("M %d %s %q %s %v\n", m.Sentence, m.Type, m.Text, m.Entity, m.Members)
		}
		j, _ := json.MarshalIndent(r.Article.Actors, "", " ")
		fmt.Println(string(j))
	}
}

func TestDebugCands(t *testing.T) {
	path := os.Getenv("EG_CANDS")
	if path == "" {
		t.Skip()
	}
	ex, _ := New(data.Lexicon())
	b, _ := os.ReadFile(path)
	d, _ := ReadDocument(path, b, ReadOptions{})
	x := &extraction{Extractor: ex, ctx: context.Background(), doc: d, docIRI: "d", text: d.Text, reg: newRegistry(), keptTrigs: map[int]bool{}}
	sents := ex.split.split(d, nil)
	for _, tx := range ex.dates.Find(d.Text[d.Body:], d.Published) {
		tx.Start += d.Body
		tx.End += d.Body
		x.timexes = append(x.timexes, tx)
	}
	for i := range sents {
		x.infos = append(x.infos, ex.lx.analyse(d.Text, &sents[i]))
	}
	names := ex.lx.collectPeople(x.infos)
	res := &resolver{lx: ex.lx, reg: x.reg, text: d.Text, countries: ex.lx.collectCountries(x.infos, names), places: ex.lx.collectPlaces(x.infos, names)}
	x.res = res
	fmt.Println("COUNTRIES", res.countries, "PLACES", res.places)
	res.infos, res.names = x.infos, names
	for _, si := range x.infos {
		res.resolveSentence(si, names)
		for _, c := range x.events(si) {
			fmt.Printf("S%d %s weak=%v %v date=%v st=%s exp=%v place=%s anaph=%v named=%v series=%v\n", si.s.Index, c.kind, c.weak, c.participants, c.date, c.status, c.explicit, c.place, c.anaphoric, c.named, c.series)
		}
	}
	for _, iri := range x.reg.order {
		e := x.reg.byIRI[iri]
		fmt.Printf("ENT %s %s leader=%v roles=%v\n", e.name, e.typ, e.leader, e.roles)
	}
}

func TestDebugTimex(t *testing.T) {
	path := os.Getenv("EG_TIMEX")
	if path == "" {
		t.Skip()
	}
	ex, _ := New(data.Lexicon())
	b, _ := os.ReadFile(path)
	d, _ := ReadDocument(path, b, ReadOptions{})
	for _, tx := range ex.dates.Find(d.Text[d.Body:], d.Published) {
		fmt.Printf("TX %q %s %s\n", tx.Text, tx.Type, tx.Value)
	}
	for _, s := range ex.split.split(d, nil) {
		si := ex.lx.analyse(d.Text, &s)
		for _, tr := range si.triggers {
			fmt.Printf("TRIG %q %+v\n", d.Text[tr.start:tr.end], tr.phrases)
		}
	}
}
