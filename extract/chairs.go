package extract

import (
	"slices"

	"github.com/eventgraph/eventgraph/schema"
)

// The chair of a gathering sits at its table, so takes part in it (the
// gold README's hosts "sat at the table"). A sentence names the chair of
// the contact word nearest before the wording, in any of these forms:
//
//	"met in Tarsk on Monday with X in the chair"
//	"The talks opened on Monday with A and B at one table, chaired by X"
//	"met under the chairmanship of X", "under X's chairmanship", "under her chairmanship"
//	"the first meeting between A and B, which X chaired (hosted)"
//	"met ... in the presence of X", "The meeting was held in the presence of X"
//
// A contact the rules gave two participants or more takes the chair; one
// with fewer is left to the rules that read who it was. A contact of
// countries loses those its chairs are of: a person stands for their
// country. The same contact told just before with the same people ("A and
// B held talks on Monday. The talks opened with ..., chaired by X") takes
// the chair too, so the two stay one contact.

// joinChairs adds to the contacts read from a sentence the people the
// sentence says chair them, and to the latest contact read before (in
// before) with the same kind and people.
func (x *extraction) joinChairs(si *sentInfo, cs, before []candidate) []candidate {
	if len(cs) == 0 || len(si.triggers) == 0 {
		return cs
	}
	for k := range si.s.Tokens {
		ps := x.chairAt(si, k)
		if len(ps) == 0 {
			continue
		}
		// the contact word nearest before the wording
		at, end := -1, -1
		for _, t := range si.triggers {
			if _, b := si.spanToks(t.start, t.end); b <= k && b > end {
				at, end = t.start, b
			}
		}
		if at < 0 {
			continue
		}
		if x.presenceAt(si, k) && !x.namedContactAt(cs, at) {
			// "The meeting was held in the presence of X and Y": at the
			// gathering told just before
			cs = append(cs, candidate{kind: schema.Meeting, participants: sorted(ps), represents: true, sentence: si.s.Index, trigStart: at, evidence: x.evidence(si)})
			continue
		}
		for i := range cs {
			c := &cs[i]
			if c.trigStart != at || len(c.participants) < 2 || subset(ps, c.participants) {
				continue
			}
			for j := len(before) - 1; j >= 0; j-- {
				if b := &before[j]; b.kind == c.kind && slices.Equal(b.participants, c.participants) && datesCompatible(b.date, c.date) {
					b.participants = unionSorted(b.participants, ps)
					break
				}
			}
			if x.allCountries(c.participants) {
				// "a meeting of the Joint Commission of A and B, co-chaired
				// by X and Y": the people stand for their countries (co-chairs
				// as many as the countries, one for each)
				kept := []string{}
				if len(ps) != len(c.participants) {
					of := x.res.countriesOfPeople(ps)
					for _, p := range c.participants {
						if !containsStr(of, p) {
							kept = append(kept, p)
						}
					}
				}
				c.participants = kept
			}
			c.participants = unionSorted(c.participants, ps)
		}
	}
	return cs
}

// chairAt reads the people a chair's wording starting at token k names.
func (x *extraction) chairAt(si *sentInfo, k int) []string {
	toks := si.s.Tokens
	switch w := si.ltok(k); w {
	case "chaired", "co-chaired":
		// ", chaired by X"; not "had chaired by then"
		if si.ltok(k+1) != "by" || perfectAux(si.ltok(k-1)) {
			return nil
		}
		return x.personsOf(x.entityList(si, k+2, len(toks)))
	case "under":
		// "under the chairmanship of X"
		if si.ltok(k+1) == "the" && chairmanship(si.ltok(k+2)) && si.ltok(k+3) == "of" {
			return x.personsOf(x.entityList(si, k+4, len(toks)))
		}
		// "under X's chairmanship", "under her chairmanship"
		if m := x.mentionAt(si, k+1); m != nil && m.tok0 == k+1 {
			j := m.tok1
			if w := si.ltok(j); w == "'s" || w == "’s" {
				j++
			}
			if chairmanship(si.ltok(j)) {
				return x.chairPerson(m)
			}
		}
	case "with":
		// "with X (again) in the chair", "with only X in the room"
		from := k + 1
		if si.ltok(from) == "only" || si.ltok(from) == "just" {
			from++
		}
		for j := k + 2; j < len(toks) && j < k+14; j++ {
			if clauseStop(si.tok(j)) || si.tok(j) == "," && si.ltok(j+1) != "and" && x.mentionAt(si, j+1) == nil {
				break
			}
			if si.ltok(j) == "in" && si.ltok(j+1) == "the" && (si.ltok(j+2) == "chair" || si.ltok(j+2) == "room") || presentWords(si, j) {
				return x.personsOf(x.entityList(si, from, j))
			}
		}
	case "in":
		// "in the presence of X and Y"
		if x.presenceAt(si, k) {
			return x.personsOf(x.entityList(si, k+4, len(toks)))
		}
	case "which", "that":
		// "a meeting between A and B, which X chaired"
		m := x.mentionAt(si, k+1)
		if m == nil || m.tok0 != k+1 {
			return nil
		}
		j := m.tok1
		if perfectAux(si.ltok(j)) {
			j++
		}
		switch si.ltok(j) {
		case "chaired", "co-chaired", "hosted", "co-hosted":
			if si.ltok(j+1) != "by" {
				return x.chairPerson(m)
			}
		}
	}
	return nil
}

// presentWords reports words at token j that place the people before them
// at a gathering: "(with X) present", "attending", "in attendance", "at
// the table", "at its head", "sitting in" (not "looking on": a witness).
func presentWords(si *sentInfo, j int) bool {
	switch si.ltok(j) {
	case "present", "attending":
		return true
	case "in":
		return si.ltok(j+1) == "attendance"
	case "at":
		return (si.ltok(j+1) == "the" || si.ltok(j+1) == "its") && (si.ltok(j+2) == "table" || si.ltok(j+2) == "head")
	case "sitting":
		return si.ltok(j+1) == "in"
	}
	return false
}

// presenceAt reports "in the presence of" at token k.
func (x *extraction) presenceAt(si *sentInfo, k int) bool {
	return si.ltok(k) == "in" && si.ltok(k+1) == "the" && si.ltok(k+2) == "presence" && si.ltok(k+3) == "of"
}

// namedContactAt reports a contact of the sentence at the contact word
// starting at byte at that names two people or more.
func (x *extraction) namedContactAt(cs []candidate, at int) bool {
	for _, c := range cs {
		if c.trigStart == at && len(c.participants) >= 2 {
			return true
		}
	}
	return false
}

// chairPerson is the person a chair's mention stands for: a name or a
// pronoun resolved to one.
func (x *extraction) chairPerson(m *Mention) []string {
	if m.Entity == "" || m.Type != string(schema.Person) && m.Type != MentionPronoun {
		return nil
	}
	if e := x.reg.byIRI[m.Entity]; e == nil || e.typ != schema.Person {
		return nil
	}
	return []string{m.Entity}
}

// chairmanship reports the nouns of chairing a gathering.
func chairmanship(w string) bool {
	return slices.Contains([]string{"chairmanship", "co-chairmanship", "chairpersonship", "chairwomanship"}, w)
}

// perfectAux reports the auxiliaries of a perfect ("had chaired").
func perfectAux(w string) bool { return w == "has" || w == "have" || w == "had" }

// delegationMembers reads a sentence naming more members of a delegation
// at the contact told just before: "The Swedish delegation also included
// the Minister of Trade X", "The delegation included X and Y". They join
// that contact.
func (x *extraction) delegationMembers(si *sentInfo, cs []candidate) []candidate {
	toks := si.s.Tokens
	for k := 1; k+2 < len(toks) && k < 8; k++ {
		w := si.ltok(k)
		if w != "delegation" && w != "delegations" {
			continue
		}
		j := k + 1
		if si.ltok(j) == "also" {
			j++
		}
		if v := si.ltok(j); v != "included" && v != "includes" && v != "comprised" {
			return cs
		}
		ps := x.personsOf(x.entityList(si, j+1, len(toks)))
		if len(ps) == 0 || x.contactBefore(si.s.Index) < 0 {
			return cs
		}
		return append(cs, candidate{kind: schema.Meeting, participants: sorted(ps), represents: true, sentence: si.s.Index, trigStart: toks[0].Start, evidence: x.evidence(si)})
	}
	return x.rosterMembers(si, cs)
}

// rosterMembers reads a roster of the gathering told in the sentence or
// just before: "X told the assembled leaders, who included A, B and C",
// "The leaders attending included A and B", "Participants included A and
// B". The people join that gathering, as a delegation's members do.
func (x *extraction) rosterMembers(si *sentInfo, cs []candidate) []candidate {
	toks := si.s.Tokens
	ps := x.tableRoster(si)
	if len(ps) < 2 {
		ps = x.theyWereBesides(si)
	}
	if len(ps) >= 2 && x.contactBefore(si.s.Index) >= 0 {
		// "Around the table were A, B and C", "Besides X, they were A and
		// B": the people of the gathering told just before
		return append(cs, candidate{kind: schema.Meeting, participants: ps, represents: true, roster: true, sentence: si.s.Index, trigStart: toks[0].Start, evidence: x.evidence(si)})
	}
	if ps := x.hostCopula(si); len(ps) > 0 && x.contactBefore(si.s.Index) >= 0 {
		// "X was the host.": the host of the gathering told just before
		return append(cs, candidate{kind: schema.Meeting, participants: ps, represents: true, roster: true, sentence: si.s.Index, trigStart: toks[0].Start, evidence: x.evidence(si)})
	}
	for k := 1; k+2 < len(toks); k++ {
		if v := si.ltok(k); v != "included" && v != "includes" && (v != "were" || k > 3) {
			continue // ("His guests were A, B and C")
		}
		j := k - 1
		switch si.ltok(j) {
		case "who":
			j--
			if si.tok(j) == "," {
				j--
			}
		case "attending", "present":
			j--
		}
		if !rosterNoun(si.ltok(j)) {
			continue
		}
		ps := x.personsOf(x.entityList(si, k+1, len(toks)))
		if len(ps) < 2 || len(si.triggers) == 0 && x.contactBefore(si.s.Index) < 0 {
			continue
		}
		return append(cs, candidate{kind: schema.Meeting, participants: sorted(ps), represents: true, roster: true, sentence: si.s.Index, trigStart: toks[0].Start, evidence: x.evidence(si)})
	}
	return cs
}

// tableRoster reads the people a sentence seats at a table: "Around the
// table were A, B and C", "At the table sat A and B", "Across the table
// from her sat A and B" (her too).
func (x *extraction) tableRoster(si *sentInfo) []string {
	k := 0
	var from []string
	switch si.ltok(0) {
	case "around", "at", "across":
		k = 1
	default:
		return nil
	}
	if si.ltok(k) != "the" || si.ltok(k+1) != "table" {
		return nil
	}
	k += 2
	if si.ltok(0) == "across" {
		if si.ltok(k) != "from" {
			return nil
		}
		m := x.mentionAt(si, k+1)
		if m == nil || m.tok0 != k+1 || m.possessive && si.ltok(k+1) != "her" {
			return nil // ("from her sat": the object, not a possessive)
		}
		from = x.personsOf(mentionEntities(m))
		if len(from) == 0 {
			return nil
		}
		k = m.tok1
		if si.tok(k) == "," {
			// past an apposition: "from Iran's minister, X, sat"
			for k++; k < len(si.s.Tokens) && si.tok(k) != ","; k++ {
			}
			k++
		}
	}
	switch si.ltok(k) {
	case "were", "was", "sat":
	default:
		return nil
	}
	ps := x.personsOf(x.entityList(si, k+1, len(si.s.Tokens)))
	if len(ps) == 0 {
		return nil
	}
	for j := k + 1; j < len(si.s.Tokens); j++ {
		if si.tok(j) == ":" {
			// "..., and two visitors from the capitals: A, and B"
			ps = append(ps, x.personsOf(x.entityList(si, j+1, len(si.s.Tokens)))...)
			break
		}
	}
	return unionSorted(from, sorted(ps))
}

// theyWereBesides reads "Besides the host and X, they were A, B and C"
// ("Apart from X, they were ..."): the people named in both parts.
func (x *extraction) theyWereBesides(si *sentInfo) []string {
	k := 1
	switch si.ltok(0) {
	case "besides":
	case "apart":
		if si.ltok(1) != "from" {
			return nil
		}
		k = 2
	default:
		return nil
	}
	c := -1
	for j := k; j < len(si.s.Tokens) && j < k+20; j++ {
		if clauseStop(si.tok(j)) {
			return nil
		}
		if si.tok(j) == "," && si.ltok(j+1) == "they" && si.ltok(j+2) == "were" {
			c = j // (past an apposition: "Besides the host, X, and Y, they were")
			break
		}
	}
	if c < 0 {
		return nil
	}
	ps := x.personsOf(x.entityList(si, c+3, len(si.s.Tokens)))
	if len(ps) < 2 {
		return nil
	}
	var before []string
	for j := k; j < c; j++ {
		if m := x.mentionAt(si, j); m != nil && m.tok0 == j && !m.possessive {
			before = append(before, x.personsOf(mentionEntities(m))...)
		}
	}
	return unionSorted(sorted(before), sorted(ps))
}

// hostCopula reads the person a sentence says was the host: "X was the
// host.", "The host was X.", "X, the prime minister, was host."
func (x *extraction) hostCopula(si *sentInfo) []string {
	n := len(si.s.Tokens)
	if n < 4 || n > 14 {
		return nil
	}
	end := n
	if si.s.Tokens[n-1].Kind != Word {
		end--
	}
	if si.ltok(0) == "the" && si.ltok(1) == "host" && si.ltok(2) == "was" {
		if m := x.mentionAt(si, 3); m != nil && m.tok0 == 3 && m.tok1 == end {
			return x.personsOf(mentionEntities(m))
		}
		return nil
	}
	if si.ltok(end-1) != "host" {
		return nil
	}
	k := end - 2
	if si.ltok(k) == "the" {
		k--
	}
	if si.ltok(k) != "was" {
		return nil
	}
	if m := x.mentionAt(si, 0); m != nil && m.tok0 == 0 && (m.tok1 == k || si.tok(m.tok1) == ",") && !m.possessive {
		return x.personsOf(mentionEntities(m))
	}
	return nil
}

// rosterNoun reports the plural nouns a roster of a gathering is told by
// ("the assembled leaders, who included", "participants included").
func rosterNoun(w string) bool {
	switch w {
	case "leaders", "ministers", "participants", "attendees", "guests", "delegates", "presidents", "heads":
		return true
	}
	return false
}

// contactBefore is the sentence of a contact word in one of the two
// sentences before sentence i, or -1.
func (x *extraction) contactBefore(i int) int {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if len(x.infos[j].triggers) > 0 {
			return j
		}
	}
	return -1
}
