package extract

import (
	"slices"

	"github.com/eventgraph/eventgraph/schema"
)

// One after the other: "X met A first, then B, and in the evening C",
// "X and Y first saw A, then B, in separate rooms", "X met A alone in his
// cabin, then B". The people after the verb, set apart by "then",
// "later", "finally" or a part of the day, are met one at a time: one
// contact with each, not one gathering of all (the list reader takes them
// for one list, or stops after the first).

// sequenceWords mark a later turn in a run of objects.
var sequenceWords = []string{"then", "later", "afterwards", "finally", "next"}

// partOfDay are the parts of a day a later turn may be told by ("and in
// the evening C").
var partOfDay = []string{"morning", "afternoon", "evening", "night"}

// metInTurn splits the contacts of a sentence whose verb's objects are met
// one after the other into one contact with each.
func (x *extraction) metInTurn(si *sentInfo, cs []candidate) []candidate {
	var out []candidate
	for _, c := range cs {
		objs, subj := x.turnObjects(si, &c)
		if len(objs) < 2 {
			out = append(out, c)
			continue
		}
		for _, o := range objs {
			d := c
			d.participants = unionSorted(subj, []string{o})
			out = append(out, d)
		}
	}
	return out
}

// turnObjects reads, for a contact told by a verb, the people its verb
// meets in turn and the people who meet them (those named before the
// verb); nil unless there are two turns or more.
func (x *extraction) turnObjects(si *sentInfo, c *candidate) ([]string, []string) {
	if c.anaphoric || len(c.participants) < 2 {
		return nil, nil
	}
	a, b := -1, -1
	for _, t := range si.triggers {
		if t.start == c.trigStart && t.phrases[0].pos == "verb" {
			a, b = si.spanToks(t.start, t.end)
		}
	}
	if a < 0 {
		return nil, nil
	}
	var subj []string
	for _, m := range si.mentions {
		if m.tok1 <= a && m.Entity != "" && containsStr(c.participants, m.Entity) && !containsStr(subj, m.Entity) {
			subj = append(subj, m.Entity)
		}
	}
	if len(subj) == 0 {
		return nil, nil
	}
	// the first object: a person right after the verb
	first := x.personMentionFrom(si, b, b+3)
	if first == nil {
		return nil, nil
	}
	objs := []string{first.Entity}
	turned := si.ltok(first.tok1) == "first" // "met A first, then B"
	k := first.tok1
	for k < len(si.s.Tokens) {
		// past the turn's own words ("alone in his cabin") to a comma
		j := k
		for j < len(si.s.Tokens) && j < k+10 && si.tok(j) != "," {
			if m := x.mentionAt(si, j); clauseStop(si.tok(j)) || si.isTrigger(j) || m != nil && m.Type == string(schema.Person) {
				return turnResult(objs, subj, turned)
			}
			j++
		}
		if si.tok(j) != "," {
			break
		}
		// ", then B", ", and later B", ", and in the evening B"
		q, marked := j+1, false
		for q < len(si.s.Tokens) && q < j+6 {
			w := si.ltok(q)
			if slices.Contains(sequenceWords, w) || slices.Contains(partOfDay, w) {
				marked = true
			} else if w != "and" && w != "in" && w != "the" && w != "on" {
				break
			}
			q++
		}
		m := x.personMentionFrom(si, q, q+1)
		if !marked || m == nil || containsStr(objs, m.Entity) || containsStr(subj, m.Entity) {
			break
		}
		turned = true
		objs = append(objs, m.Entity)
		k = m.tok1
	}
	return turnResult(objs, subj, turned)
}

func turnResult(objs, subj []string, turned bool) ([]string, []string) {
	if !turned || len(objs) < 2 {
		return nil, nil
	}
	return objs, subj
}

// personMentionFrom is the mention of a person (or a pronoun standing for
// one) starting at a token from k up to lim, past a title's words.
func (x *extraction) personMentionFrom(si *sentInfo, k, lim int) *Mention {
	for j := k; j < lim && j < len(si.s.Tokens); j++ {
		m := x.mentionAt(si, j)
		if m == nil {
			continue
		}
		if m.tok0 != j {
			return nil
		}
		if e := x.reg.byIRI[m.Entity]; e != nil && e.typ == schema.Person && (m.Type == string(schema.Person) || m.Type == MentionPronoun) {
			return m
		}
		return nil
	}
	return nil
}

// travelForGathering reads "A, B and C are due in Brussels for the
// European Council summit", "X flew to Oslo for the Nordic summit": the
// travellers attend the gathering named after "for" (a name, not "the
// meeting" told before, which they join), which names no one else; their
// journeys are no visits of their own.
func (x *extraction) travelForGathering(si *sentInfo, cs []candidate) []candidate {
	for _, t := range si.triggers {
		if t.phrases[0].flag != "travel" || t.phrases[0].pos != "verb" {
			continue
		}
		a, b := si.spanToks(t.start, t.end)
		g := -1 // the gathering's candidate
		for k := b; k < len(si.s.Tokens) && k < b+8 && g < 0; k++ {
			if si.ltok(k) != "for" {
				continue
			}
			for i := range cs {
				c := &cs[i]
				ct := si.tokIndex(c.trigStart)
				if c.anaphoric && c.named && (c.kind == schema.Summit || c.kind == schema.Meeting || c.kind == schema.Talks) && ct > k && ct <= k+6 {
					g = i
					break
				}
			}
		}
		if g < 0 {
			continue
		}
		people := x.personsOf(x.subjectOf(si, a))
		if len(people) < 2 {
			continue
		}
		cs[g].participants, cs[g].anaphoric, cs[g].named = sorted(people), false, false
		kept := cs[:0]
		for i, c := range cs {
			if i == g || c.trigStart != t.start {
				kept = append(kept, c)
			}
		}
		cs = kept
	}
	return cs
}

// sameContactNoun folds into a contact told by a verb the contact noun an
// adverbial after a comma names again with more people, or with its
// hosts: "A and B met at the airport, in talks hosted by C and D" is one
// contact of the four on the verb's day and place, not a second one with
// no date.
func (x *extraction) sameContactNoun(si *sentInfo, cs []candidate) []candidate {
	drop := map[int]bool{}
	for i := range cs {
		n := &cs[i]
		k := si.tokIndex(n.trigStart)
		j := k - 1
		for j > 0 && j >= k-3 && (determinerWord(si.ltok(j)) || si.s.Tokens[j].Kind == Word && !isCapWord(si.s.Tokens[j]) && x.lx.stop[si.ltok(j)] == "") {
			j-- // "in a meeting", "at trilateral talks"
		}
		if w := si.ltok(j); w != "in" && w != "at" && w != "during" || si.tok(j-1) != "," {
			continue
		}
		hosted := len(n.passive) > 0 // "in talks hosted by C and D": the hosts
		if len(n.participants) < 3 && !hosted {
			continue
		}
		for o := range cs {
			v := &cs[o]
			if o == i || drop[o] || v.trigStart >= n.trigStart || v.status != n.status || len(v.participants) < 2 || !hosted && !subset(v.participants, n.participants) {
				continue
			}
			v.participants = unionSorted(v.participants, x.personsOf(n.participants))
			drop[i] = true
			break
		}
	}
	if len(drop) == 0 {
		return cs
	}
	var out []candidate
	for i := range cs {
		if !drop[i] {
			out = append(out, cs[i])
		}
	}
	return out
}
