package extract

import (
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/schema"
)

// The gathering an article is about. Reports of a summit or a ministers'
// meeting tell it in the lead without naming anyone ("Foreign ministers of
// the eight Nordic and Baltic states ended a two-day meeting in X on
// Friday") and place the people at it sentence by sentence over the
// article: "The meeting was chaired by A", "B and C had arrived that
// afternoon", "D joined both sessions by video link", "Speaking from E, F
// told the ministers ...". frameGathering collects them.

// frameLead gives the gathering the lead of the article (or of its
// section from sentence from to sentence to) tells of: a meeting, summit
// or round of talks in its first two paragraphs (the headline and the
// first paragraph), happened or planned, that names no one, or names only
// countries or a body; the first with a date or place.
func (x *extraction) frameLead(cands []candidate, from, to int) *candidate {
	var placed *candidate // the first with a place and no date
	for i := range cands {
		c := &cands[i]
		if c.sentence < from {
			continue
		}
		si := x.infos[c.sentence]
		if si.s.Paragraph > x.infos[from].s.Paragraph+1 || c.sentence > from+3 || c.sentence >= to {
			break
		}
		if c.series && !x.pluralPartyLead(x.infos[c.sentence]) || c.previous || c.reference || c.invite || c.unrealised || c.status != schema.Happened && c.status != schema.Planned {
			continue
		}
		switch c.kind {
		case schema.Meeting, schema.Summit, schema.Talks:
		default:
			continue
		}
		if putOffBefore(cands, c) {
			continue // "A summit ... has been postponed, after a quarrel threatened to wreck the meeting"
		}
		if !x.pluralPartyLead(si) && c.kind != schema.Summit && !x.gatheringWord(c) {
			continue // "The meeting was brief": no gathering of many
		}
		if (c.date != nil || c.place != "") && x.sameDays(si, c, false) {
			// (not "the summit, which opened last week" under today's stamp)
			if c.date != nil {
				if placed != nil && c.place == "" {
					cc := *c
					cc.place, cc.placeRank = placed.place, placed.placeRank
					return &cc // "... at Lisbon conference" / "closing a three-day conference on Friday"
				}
				return c
			}
			if placed == nil {
				placed = c
			}
		}
	}
	return placed
}

// putOffBefore reports a contact put off, called off or not held told
// before c in its sentence: the one c refers to ("A summit ... has been
// postponed ... after a quarrel threatened to wreck the meeting"), unlike
// one told after it ("Ministers met on Tuesday ... even as peace talks
// were put off again").
func putOffBefore(cands []candidate, c *candidate) bool {
	for i := range cands {
		if o := &cands[i]; o.sentence == c.sentence && o.trigStart < c.trigStart && (o.unrealised || o.status == schema.Postponed || o.status == schema.Cancelled) {
			return true
		}
	}
	return false
}

// gatheringWord reports a contact named by a word of a gathering of many
// ("conference", "forum", "round table").
func (x *extraction) gatheringWord(c *candidate) bool {
	si := x.infos[c.sentence]
	k := si.tokIndex(c.trigStart)
	switch si.ltok(k) {
	case "conference", "conferences", "forum", "roundtable":
		return true
	case "round":
		return si.ltok(k+1) == "table"
	}
	return false
}

// pluralPartyLead reports a sentence that names its parties in the plural:
// a plural title ("Foreign ministers", not "the two leaders"), a group of
// more than two, a body or delegations.
func (x *extraction) pluralPartyLead(si *sentInfo) bool {
	for _, sp := range si.titles {
		if t := titleOf(sp); t != nil && t.plural {
			if w := si.ltok(si.tokIndex(sp.start) - 1); w == "two" || w == "both" {
				continue // "The two leaders"
			}
			return true
		}
	}
	for _, m := range si.mentions {
		if m.Type == MentionGroup && len(m.Members) != 2 || m.Type == string(schema.Organisation) {
			return true // (not "the two leaders")
		}
	}
	for _, c := range si.cues {
		if c.has("delegation") {
			return true
		}
	}
	return false
}

// absentPeople are the people said to stay away from a gathering ("X
// pulled out at the last minute", "Y skipped the summit"): the person
// named last before the word.
func (x *extraction) absentPeople() map[string]bool {
	out := map[string]bool{}
	for _, si := range x.infos {
		for _, c := range si.cues {
			if !c.has("absence") {
				continue
			}
			k := si.tokIndex(c.start)
			var who *Mention
			for i := range si.mentions {
				m := &si.mentions[i]
				if m.tok1 <= k && (k-m.tok1 <= 12 || relativeClauseBetween(si, m.tok1, k)) && (m.Type == string(schema.Person) || m.Type == MentionPronoun) && !m.possessive {
					who = m
				}
			}
			if who != nil && who.Entity != "" {
				out[who.Entity] = true
			}
		}
	}
	return out
}

// relativeClauseBetween reports that tokens [a, b) are a relative clause
// set off by commas, all of it: "X, whose troops form the largest
// contingent of the force, stayed away".
func relativeClauseBetween(si *sentInfo, a, b int) bool {
	if b-a > 30 || si.tok(a) != "," || si.tok(b-1) != "," {
		return false
	}
	switch si.ltok(a + 1) {
	case "who", "whose", "which":
	default:
		return false
	}
	for k := a + 1; k < b-1; k++ {
		if si.tok(k) == "," || clauseStop(si.tok(k)) {
			return false
		}
	}
	return true
}

// presentPeople are the people a sentence places at the gathering told of
// before it: those of a sentence with a word of presence ("arrived", "took
// his seat", "by video link", "told the ministers", "on the sidelines")
// not in a quotation, not a possessor, not absent.
func (x *extraction) presentPeople(si *sentInfo, future bool, absent map[string]bool) []string {
	present := false
	for _, c := range si.cues {
		if c.has("presence") || c.has("arrival") || future && (c.has("attendance") || c.has("expected")) {
			present = true
		}
	}
	if !present {
		return nil
	}
	return x.sentencePeople(si, absent)
}

// sentencePeople are the people a sentence names (and the person a
// pronoun opening it stands for: "She will chair it"), but for possessors,
// those quoted and the absent.
func (x *extraction) sentencePeople(si *sentInfo, absent map[string]bool) []string {
	quoted := quotedTokens(si)
	var ps []string
	for i := range si.mentions {
		m := &si.mentions[i]
		person := m.Type == string(schema.Person) || m.Type == MentionPronoun && m.tok0 == 0 && x.reg.byIRI[m.Entity] != nil && x.reg.byIRI[m.Entity].typ == schema.Person
		if person && !quoted[m.tok0] && !m.possessive && !absent[m.Entity] && !containsStr(ps, m.Entity) {
			ps = append(ps, m.Entity) // (and "She will chair it": the subject pronoun's)
		}
	}
	return sorted(ps)
}

// frameGathering adds to the events the gathering the article's lead tells
// of, with the people placed at it over the article (and those who
// represented countries at it with no contact told just before), when
// that makes three people or more. A gathering of another day or place
// told of later ends its reach.
func (x *extraction) frameGathering(cands []candidate, evs []*candidate, evidence [][]schema.Evidence, reps []candidate) ([]*candidate, [][]schema.Evidence, []int) {
	// a round-up's sections ("QUAD IN TOKYO") each tell their own
	starts := x.sectionStarts()
	absent := x.absentPeople()
	var travels []int
	for i, from := range starts {
		to := len(x.infos)
		if i+1 < len(starts) {
			to = starts[i+1]
		}
		var tr []int
		evs, evidence, tr = x.sectionGathering(cands, evs, evidence, reps, absent, from, to)
		travels = append(travels, tr...)
	}
	return evs, evidence, travels
}

// sectionStarts are the first sentences of an article's sections: its
// start, and each heading in capitals on a line of its own ("QUAD IN
// TOKYO", "WHO IS COMING?").
func (x *extraction) sectionStarts() []int {
	starts := []int{0}
	for i, si := range x.infos {
		if i == 0 {
			continue
		}
		words, lower := 0, false
		for _, t := range si.s.Tokens {
			if t.Kind == Word {
				words++
				if t.Text != strings.ToUpper(t.Text) {
					lower = true
				}
			}
		}
		if !lower && words >= 1 && words <= 8 && x.infos[i-1].s.Paragraph != si.s.Paragraph && (i+1 >= len(x.infos) || x.infos[i+1].s.Paragraph != si.s.Paragraph) {
			starts = append(starts, i)
			continue
		}
		if x.infos[i-1].s.Paragraph != si.s.Paragraph && x.gatheringSubject(si) >= 0 && x.pluralPartyLead(si) && !x.presenceCue(si) {
			// a paragraph opening with another gathering: "The meeting of
			// foreign ministers that was to prepare the summit will go
			// ahead on Wednesday"
			starts = append(starts, i)
		}
	}
	return starts
}

// sectionGathering is frameGathering over the sentences from to to.
func (x *extraction) sectionGathering(cands []candidate, evs []*candidate, evidence [][]schema.Evidence, reps []candidate, absent map[string]bool, from, to int) ([]*candidate, [][]schema.Evidence, []int) {
	lead := x.frameLead(cands, from, to)
	if lead == nil {
		return evs, evidence, nil
	}
	f := *lead
	f.anaphoric, f.named, f.lastSentence = false, false, lead.sentence
	f.participants = x.personsOf(lead.participants)
	if lead.anaphoric && !x.ownContact(cands, lead.sentence, nil) {
		// "X took part in the meeting of foreign ministers in Y, held
		// under the chairmanship of Z": the people of the lead
		f.participants = x.sentencePeople(x.infos[lead.sentence], absent)
	}
	ev := []schema.Evidence{lead.evidence}
	held := -1         // the event the lead's contact is part of, when it names people
	countries := false // it names only countries
	for i, e := range evs {
		if lead.anaphoric && e.sentence >= from && e.sentence <= lead.sentence+2 && !e.remote && !future(e.status) == !future(lead.status) && datesCompatible(e.date, lead.date) && len(x.personsOf(e.participants)) >= 3 {
			// "Leaders of the six member states ... gathered in X on
			// Tuesday": the lead's gathering, told with its people
			held = i
			f.participants = x.personsOf(e.participants)
			break
		}
	}
	if !lead.anaphoric {
		for i, e := range evs {
			if e.sentence == lead.sentence && kindsCompatible(e, lead) && datesCompatible(e.date, lead.date) && len(x.personsOf(e.participants)) >= 2 {
				held = i
				break
			}
		}
		if held < 0 && x.pluralPartyLead(x.infos[lead.sentence]) {
			countries = true
			// "The prime ministers of A, B and C met in X on Tuesday":
			// the countries' gathering, its people placed at it later
			for i, e := range evs {
				if e.sentence == lead.sentence && kindsCompatible(e, lead) && datesCompatible(e.date, lead.date) && len(x.personsOf(e.participants)) == 0 && len(e.participants) >= 2 {
					held = i
					break
				}
			}
		}
		if held < 0 {
			return evs, evidence, nil
		}
		f.participants = x.personsOf(evs[held].participants)
	}
	ev = append(ev, x.placedAt(cands, &f, lead.sentence+1, to, absent, reps)...)
	if len(f.participants) < 3 {
		return evs, evidence, nil
	}
	// "X, who had arrived in Lisbon on Tuesday night": a journey to the
	// gathering, no visit of its own
	var travels []int
	for i, e := range evs {
		if e.travel && e.kind == schema.Visit && f.place != "" && e.place == f.place && !future(e.status) {
			for _, p := range x.personsOf(e.participants) {
				if containsStr(f.participants, p) {
					travels = append(travels, i)
					break
				}
			}
		}
	}
	if held >= 0 {
		e := evs[held]
		if countries && len(f.participants) >= len(e.participants) {
			e.participants = nil // the people stand for their countries
		}
		e.participants = unionSorted(e.participants, f.participants)
		if e.date == nil {
			e.date = f.date // "The prime ministers ... met in Prague on Wednesday. The Czech host welcomed A, B and C"
		}
		if e.place == "" {
			e.place, e.placeRank = f.place, f.placeRank
		}
		for _, v := range ev[1:] {
			evidence[held] = append(evidence[held], v)
		}
		return evs, evidence, travels
	}
	return append(evs, &f), append(evidence, ev), travels
}

// placedAt adds to the gathering f the people sentences from to to place
// at it, up to a gathering of another day, and gives the sentences'
// evidence.
func (x *extraction) placedAt(cands []candidate, f *candidate, from, to int, absent map[string]bool, reps []candidate) []schema.Evidence {
	var ev []schema.Evidence
	for _, si := range x.infos[from:to] {
		if x.otherGathering(cands, si.s.Index, f) && !x.presenceCue(si) {
			break
		}
		if d := x.opensOn(si, f.date); d != nil {
			f.date, f.endDays = d, 0 // "It now opens with a leaders' dinner on Tuesday, November 12"
		}
		if d := x.openedBefore(cands, si.s.Index, f); d != nil {
			f.date, f.endDays = d, 0 // "entered its second day on Tuesday ... The round opened on Monday"
		}
		if !x.sameDays(si, f, true) {
			continue // "09:40 Ana Ruiz was among the first to arrive", on another day
		}
		if x.ownContact(cands, si.s.Index, f) {
			continue // "Vass was joined by X for a three-way meeting": a contact of its own
		}
		ps := x.presentPeople(si, future(f.status), absent)
		for _, r := range reps {
			if r.sentence == si.s.Index {
				ps = append(ps, r.participants...)
			}
		}
		if len(ps) == 0 {
			continue
		}
		f.participants = unionSorted(f.participants, sorted(dedupe(ps)))
		f.lastSentence = si.s.Index
		ev = append(ev, x.evidence(si))
	}
	return ev
}

// sameDays reports that a sentence names no day (and is under no heading
// of a day) other than one the gathering f may have taken place on (or
// been arrived at); months and years are passed over, and with daysOnly
// weeks too.
func (x *extraction) sameDays(si *sentInfo, f *candidate, daysOnly bool) bool {
	if f.date == nil {
		return true
	}
	var ds []*schema.Date
	if hd := x.entryDate(si); hd != nil {
		ds = append(ds, hd)
	}
	for k := range x.timexes {
		if tx := &x.timexes[k]; tx.Start >= si.s.Start && tx.End <= si.s.End && (tx.Type == "DATE" || tx.Type == "TIME") && calendarValue(dayValue(tx.Value)) && !x.saidWhen(si, tx) {
			ds = append(ds, &schema.Date{Value: dayValue(tx.Value), Text: tx.Text})
		}
	}
	first := f.date
	if d := firstDay(f); d != nil {
		first = d
	}
	for _, d := range ds {
		d2 := &schema.Date{Value: dayValue(d.Value), Text: d.Text}
		if len(d2.Value) != 10 && (daysOnly || !strings.Contains(d2.Value, "-W")) {
			continue // "her first summit since 2019", "after last year's earthquake": no day
		}
		if !datesCompatible(d2, f.date) && !withinSpan(f, d2) && !daysAround(d2, first) {
			return false
		}
	}
	return true
}

// opensOn reads the day a sentence about the gathering says it opens on
// ("It now opens with a leaders' dinner on Tuesday, November 12", "The
// summit begins on Monday"), when within the span the gathering was dated
// by (next week, November): that day, or nil.
func (x *extraction) opensOn(si *sentInfo, d *schema.Date) *schema.Date {
	if d == nil || len(d.Value) == 10 || si.ltok(0) != "it" && x.gatheringSubject(si) < 0 {
		return nil
	}
	opens := false
	for k := range si.s.Tokens {
		switch si.ltok(k) {
		case "opens", "open", "opened", "begins", "begin", "began", "starts", "start", "started":
			opens = true
		}
	}
	if !opens {
		return nil
	}
	for k := range x.timexes {
		tx := &x.timexes[k]
		if tx.Start >= si.s.Start && tx.End <= si.s.End && tx.Type == "DATE" && len(tx.Value) == 10 {
			if nd := (&schema.Date{Value: tx.Value, Text: tx.Text}); datesCompatible(nd, d) {
				return nd
			}
		}
	}
	return nil
}

// openedBefore gives the day a gathering of f's kind told of in a
// sentence opening with it ("The round opened on Monday") took place
// when it is up to three days before f's day: the first of its days.
func (x *extraction) openedBefore(cands []candidate, sent int, f *candidate) *schema.Date {
	if f.date == nil || len(f.date.Value) != 10 || x.gatheringSubject(x.infos[sent]) < 0 {
		return nil
	}
	for i := range cands {
		c := &cands[i]
		if c.sentence == sent && c.anaphoric && c.kind == f.kind && c.date != nil && len(c.date.Value) == 10 && c.date.Value < f.date.Value && daysAround(f.date, c.date) {
			return c.date
		}
	}
	return nil
}

// saidWhen reports a date after a reporting verb: when something was said
// ("his office confirmed on Monday") or a day in what was said ("told the
// summit that trucks could cross from May 20"), not the gathering's.
func (x *extraction) saidWhen(si *sentInfo, tx *Timex) bool {
	k := si.tokIndex(tx.Start)
	for _, sp := range si.speech {
		if _, b := si.spanToks(sp.start, sp.end); b <= k {
			return true
		}
	}
	return false
}

// daysAround reports d from the day before the day first (arriving on the
// eve) to three days after it (a gathering of several days).
func daysAround(d, first *schema.Date) bool {
	a, err1 := time.Parse("2006-01-02", d.Value)
	b, err2 := time.Parse("2006-01-02", first.Value)
	return err1 == nil && err2 == nil && !a.Before(b.AddDate(0, 0, -1)) && !a.After(b.AddDate(0, 0, 3))
}

// presenceCue reports a word of presence ("told the meeting") in a
// sentence: the gathering it names is the one told of.
func (x *extraction) presenceCue(si *sentInfo) bool {
	for _, c := range si.cues {
		if c.has("presence") {
			return true
		}
	}
	return false
}

// ownContact reports a sentence that tells a contact of its own, with its
// people, other than one on the sidelines of "the summit" told before.
func (x *extraction) ownContact(cands []candidate, sent int, f *candidate) bool {
	si := x.infos[sent]
	for i := range cands {
		c := &cands[i]
		if c.sentence != sent || c.anaphoric || c.represents || len(c.participants) < 2 || c.travel && !future(c.status) && (f == nil || c.place == "" || c.place == f.place) {
			continue // (arriving for the gathering)
		}
		sidelines := false
		for _, cu := range si.cues {
			if cu.has("presence") && (si.ltok(si.tokIndex(cu.start)+1) == "sidelines" || si.ltok(si.tokIndex(cu.start)+1) == "margins" || si.ltok(si.tokIndex(cu.start)+1) == "fringes") {
				sidelines = true
			}
		}
		if !sidelines || c.named || c.date != nil && !c.later {
			return true
		}
	}
	return false
}

// otherGathering reports a sentence that tells of a gathering other than
// f: one of another day, or planned when f took place.
func (x *extraction) otherGathering(cands []candidate, sent int, f *candidate) bool {
	for i := range cands {
		c := &cands[i]
		if c.sentence != sent || c.kind != schema.Summit && c.kind != schema.Meeting && c.kind != schema.Talks {
			continue
		}
		if c.anaphoric && !c.series && c.date != nil && !datesCompatible(c.date, f.date) && !withinSpan(f, c.date) && !(f.date != nil && c.kind == f.kind && daysAround(c.date, f.date) && x.gatheringSubject(x.infos[sent]) >= 0) {
			return true // (not "The round opened on Monday", of a round on its second day)
		}
		if c.anaphoric && c.series {
			return true
		}
	}
	return false
}

// dropCountryTwins drops a contact of countries alone told only by
// sentences that tell a contact of the same kind and day among three or
// more people: the same gathering, its people standing for their
// countries ("The prime ministers of A, B and C sat down for a summit
// dinner on Tuesday. X chaired the summit.").
func (x *extraction) dropCountryTwins(events []schema.Event) []schema.Event {
	out := events[:0:0]
	for i, ev := range events {
		if len(ev.Participants) < 2 || len(x.personsOf(ev.Participants)) > 0 || !x.twinOfPeople(events, i) {
			out = append(out, ev)
		}
	}
	return out
}

// twinOfPeople reports a contact of three or more people with the kind and
// date of contact i and every one of its sentences.
func (x *extraction) twinOfPeople(events []schema.Event, i int) bool {
	ev := events[i]
	for j, o := range events {
		if j == i || o.Kind != ev.Kind || dateValueOf(o.Date) != dateValueOf(ev.Date) || len(x.personsOf(o.Participants)) < 3 {
			continue
		}
		all := true
		for _, e := range ev.Evidence {
			found := false
			for _, f := range o.Evidence {
				found = found || f.Sentence == e.Sentence
			}
			all = all && found
		}
		if all {
			return true
		}
	}
	return false
}

func dateValueOf(d *schema.Date) string {
	if d == nil {
		return ""
	}
	return d.Value
}
