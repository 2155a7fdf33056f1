package evaluate

import (
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/extract"
	"github.com/eventgraph/eventgraph/schema"
)

// whyFixture is an invented extraction: who is named in which sentence,
// one contact the rules made (sentence 0) and the pair stage's candidates.
func whyFixture() *extract.Result {
	iri := func(n string) string {
		return "https://w3id.org/eventgraph/id/" + strings.ReplaceAll(strings.ToLower(n), " ", "-")
	}
	actors := []string{"Henrik Vass", "Ana Lind", "Ola Berg", "Karl Tamm", "Eva Holm", "Tor Sand", "Mia Dahl", "Leo Falk"}
	res := &extract.Result{}
	for _, a := range actors {
		res.Article.Actors = append(res.Article.Actors, schema.Actor{ID: iri(a), Name: a, Type: schema.Person})
	}
	sents := []string{
		"Henrik Vass met Ana Lind in Oslo, with Ola Berg at the table.",
		"Karl Tamm and Eva Holm held talks.",
		"Tor Sand did not meet Mia Dahl.",
		"Leo Falk praised Henrik Vass.",
		"Karl Tamm later spoke.",
		"Ana Lind called Tor Sand.",
	}
	named := [][]string{{"Henrik Vass", "Ana Lind", "Ola Berg"}, {"Karl Tamm", "Eva Holm"}, {"Tor Sand", "Mia Dahl"}, {"Leo Falk", "Henrik Vass"}, {"Karl Tamm"}, {"Ana Lind", "Tor Sand"}}
	for i, s := range sents {
		res.Sentences = append(res.Sentences, extract.Sentence{Index: i, Text: s})
		for _, n := range named[i] {
			res.Mentions = append(res.Mentions, extract.Mention{Text: n, Type: "person", Entity: iri(n), Sentence: i})
		}
	}
	res.Article.Events = []schema.Event{{Kind: schema.Meeting, Participants: []string{iri("Ana Lind"), iri("Henrik Vass")}, Evidence: []schema.Evidence{{Sentence: 0}}}}
	res.Pairs = []extract.PairCandidate{
		{Sentence: 0, A: iri("Henrik Vass"), B: iri("Ana Lind"), Paired: true, Told: true},
		{Sentence: 0, A: iri("Henrik Vass"), B: iri("Ola Berg"), Told: true},
		{Sentence: 1, A: iri("Karl Tamm"), B: iri("Eva Holm")},
		{Sentence: 2, A: iri("Tor Sand"), B: iri("Mia Dahl"), Hedged: true},
		{Sentence: 5, A: iri("Ana Lind"), B: iri("Tor Sand"), Told: true},
	}
	return res
}

func TestWhyMissed(t *testing.T) {
	res := whyFixture()
	tests := []struct {
		name     string
		event    GoldEvent
		want     string // "" = found
		evidence string
	}{
		{"found", GoldEvent{Participants: []string{"Henrik Vass", "Ana Lind"}}, "", "Henrik Vass met Ana Lind"},
		{"a member the contact lacks", GoldEvent{Participants: []string{"Ana Lind", "Ola Berg"}}, WhyOtherParticipants, "Henrik Vass met Ana Lind in Oslo"},
		{"an actor never named", GoldEvent{Participants: []string{"Henrik Vass", "Nils Unknown"}}, WhyActorNotFound, "Henrik Vass met Ana Lind"},
		{"an open candidate", GoldEvent{Participants: []string{"Karl Tamm", "Eva Holm"}}, WhyNotAccepted, "Karl Tamm and Eva Holm held talks"},
		{"a hedged candidate", GoldEvent{Participants: []string{"Tor Sand", "Mia Dahl"}}, WhyHedged, "somewhere else"},
		{"a candidate in a sentence a rule read", GoldEvent{Participants: []string{"Ana Lind", "Tor Sand"}}, WhyReadByRule, "somewhere else"},
		{"together without a contact word", GoldEvent{Participants: []string{"Leo Falk", "Henrik Vass"}}, WhyNoContactWord, "somewhere else"},
		{"never together", GoldEvent{Participants: []string{"Leo Falk", "Karl Tamm"}}, WhyNeverTogether, "somewhere else"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := tt.event
			ev.Kind, ev.Status, ev.Evidence = schema.Meeting, schema.Happened, tt.evidence
			g := Gold{Document: "d", Events: []GoldEvent{ev}}
			d := scoreDocument(g, Prediction{Article: res.Article, Result: res})
			if tt.want == "" {
				if len(d.Why) != 0 {
					t.Fatalf("found pair counted as missed: %v", d.Why)
				}
				return
			}
			if d.Why[tt.want] != 1 || len(d.Why) != 1 {
				t.Errorf("why = %v, want {%s: 1}", d.Why, tt.want)
			}
		})
	}
}

func TestPairsBySize(t *testing.T) {
	res := whyFixture()
	g := Gold{Document: "d", Events: []GoldEvent{
		{Kind: schema.Meeting, Status: schema.Happened, Participants: []string{"Henrik Vass", "Ana Lind"}, Evidence: "Henrik Vass met Ana Lind"},
		{Kind: schema.Summit, Status: schema.Happened, Participants: []string{"Henrik Vass", "Ana Lind", "Ola Berg"}, Evidence: "Henrik Vass met Ana Lind"},
	}}
	d := scoreDocument(g, Prediction{Article: res.Article})
	// Vass|Lind is a pair of two (found); Vass|Berg and Lind|Berg are of three (missed)
	if d.PairsBySize.Two.Hit != 1 || d.PairsBySize.Two.Total != 1 || d.PairsBySize.Group.Hit != 0 || d.PairsBySize.Group.Total != 2 {
		t.Errorf("by size = %+v", d.PairsBySize)
	}
	if d.Why != nil {
		t.Errorf("why without the extraction = %v, want nil", d.Why)
	}
	tot := d.add(d)
	if tot.PairsBySize.Group.Total != 4 {
		t.Errorf("sum of sizes = %+v", tot.PairsBySize)
	}
	rep := Report{Total: tot}
	if s := rep.WhyTable(); !strings.Contains(s, "of three or more: 0/4") {
		t.Errorf("WhyTable = %q", s)
	}
}
