package extract

import (
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph/schema"
)

// claimDraft is a claim before IDs are minted.
type claimDraft struct {
	claimant   string // actor IRI, "" for an unnamed source or nobody
	anonymous  bool
	reportedBy []string
	channel    string
	date       *schema.Date
	text       string
	sentences  []int
	evidence   []schema.Evidence
	para       int
}

// addingThat splits off what a speaker adds after ", adding that": "X
// said the talks were frank, adding that Y" and "\"...,\" X said, adding
// that Y" are two claims of X's, the second Y.
func addingThat(si *sentInfo, d claimDraft) []claimDraft {
	const mark = ", adding that "
	if i := strings.Index(d.text, mark); i > 0 {
		first, second := d, d
		first.text = strings.TrimSpace(d.text[:i])
		second.text = strings.TrimRight(strings.TrimSpace(d.text[i+len(mark):]), ".")
		if second.text != "" {
			return []claimDraft{first, second}
		}
		return []claimDraft{d}
	}
	t := si.s.Text
	i := strings.Index(t, mark)
	if i < 0 || strings.Contains(d.text, t[i+len(mark):]) || !strings.Contains(t[:i], d.text) {
		return []claimDraft{d}
	}
	second := d
	second.text = strings.TrimRight(strings.TrimSpace(t[i+len(mark):]), ".")
	if second.text == "" {
		return []claimDraft{d}
	}
	return []claimDraft{d, second}
}

// speaker is who a speech verb attributes to.
type speaker struct {
	iri       string
	anonymous bool
	outlet    bool
	verbAt    int // token index of the speech verb
	verbEnd   int // token index after the speech phrase
	postposed bool
	joint     bool // several actors at once: a joint statement
	according bool // "..., according to X": the content comes before
}

// claims finds the attributed statements of the document.
func (x *extraction) claims() []claimDraft {
	var out []claimDraft
	lastReporter := map[string]string{} // claimant → outlet that last reported them
	var pending []*sentInfo             // sentences of an open quote
	for i, si := range x.infos {
		if si.s.Caption && (i == 0 || x.infos[i-1].s.Paragraph != si.s.Paragraph) {
			// a photo caption's description; the sentences after it may
			// report speech ("In her toast, the queen said ...")
			pending = nil
			continue
		}
		opens, closes := quoteBalance(si.s.Text)
		ds := x.claimsOf(si)
		if len(ds) > 0 {
			last := ds[len(ds)-1]
			x.prevSpeaker, x.prevPara, x.prevChannel = &speaker{iri: last.claimant, anonymous: last.anonymous}, si.s.Paragraph, last.channel
		}
		if len(ds) == 0 {
			if opens && !closes {
				pending = append(pending[:0], si)
			} else if len(pending) > 0 && !closes {
				pending = append(pending, si)
			} else {
				pending = nil
			}
			continue
		}
		d := ds[0]
		// a quote opened in earlier sentences closes here
		if len(pending) > 0 && pending[0].s.Paragraph == si.s.Paragraph && closes {
			var ev []schema.Evidence
			var txt []string
			for _, p := range pending {
				ev = append(ev, x.evidence(p))
				txt = append(txt, strings.Trim(p.s.Text, "\"“” "))
			}
			d.evidence = append(ev, d.evidence...)
			d.text = strings.Join(append(txt, d.text), " ")
			for _, p := range pending {
				d.sentences = append([]int{p.s.Index}, d.sentences...)
			}
			sort.Ints(d.sentences)
		}
		pending = nil
		ds[0] = d
		for _, d := range ds {
			if len(d.reportedBy) == 0 && d.claimant != "" {
				if o, ok := lastReporter[d.claimant]; ok {
					d.reportedBy = []string{o}
				}
			}
			if len(d.reportedBy) == 0 {
				// an outlet reporting elsewhere in the paragraph
				for _, o := range x.paragraphReporters(si.s.Paragraph) {
					d.reportedBy = append(d.reportedBy, o)
				}
			}
			if d.claimant != "" && len(d.reportedBy) > 0 {
				lastReporter[d.claimant] = d.reportedBy[0]
			}
			out = append(out, addingThat(si, d)...)
		}
	}
	return out
}

// quoteBalance reports whether a sentence opens a quote and whether it
// ends one that is open (odd number of straight quotes counts as either).
func quoteBalance(s string) (opens, closes bool) {
	straight := strings.Count(s, "\"")
	lo, lc := strings.Count(s, "“"), strings.Count(s, "”")
	t := strings.TrimSpace(s)
	opens = (straight%2 == 1 && (strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“"))) || lo > lc
	closes = straight%2 == 1 && !strings.HasPrefix(t, "\"") || lc > lo
	return opens, closes
}

// paragraphReporters are the outlets named as reporters in a paragraph.
func (x *extraction) paragraphReporters(para int) []string {
	var out []string
	for _, si := range x.infos {
		if si.s.Paragraph != para {
			continue
		}
		for _, o := range x.reportersOf(si) {
			if !containsStr(out, o) {
				out = append(out, o)
			}
		}
	}
	return out
}

// reportersOf gives the outlets a sentence names as relaying what it says:
// subjects of speech verbs, objects of "told", after "according to" or
// "citing", and "the X report".
func (x *extraction) reportersOf(si *sentInfo) []string {
	var out []string
	for i := range si.mentions {
		m := &si.mentions[i]
		if !m.outlet {
			continue
		}
		if x.nearSpeech(si, m) {
			out = append(out, m.Entity)
		}
	}
	return dedupe(out)
}

// nearSpeech reports whether an outlet mention relays speech: right before
// or after a speech phrase, or followed by "report".
func (x *extraction) nearSpeech(si *sentInfo, m *Mention) bool {
	if w := si.ltok(m.tok1); w == "report" || w == "reports" || w == "reported" || w == "readout" {
		return true
	}
	for _, sp := range si.speech {
		a, b := si.spanToks(sp.start, sp.end)
		if b <= m.tok0 && m.tok0-b <= 2 || a >= m.tok1 && a-m.tok1 <= 3 {
			return true
		}
	}
	return false
}

// verbClaim is a reporting verb of a sentence with its speaker.
type verbClaim struct {
	a, b  int
	class string
	spk   speaker
	coord bool // "... and called for": a new statement of the same speaker
}

// claimsOf reads the attributions of a sentence: one claim per reporting
// clause with its own content. Coordinated reporting verbs of one speaker
// ("said ... and called for") are claims of their own; a reporting verb
// inside another's content is one only when its speaker is another ("a
// source told CNN that ... X told a rally that ..."); "according to" and
// "citing" name the speaker of the clause they attach to, or relay it.
func (x *extraction) claimsOf(si *sentInfo) []claimDraft {
	var acc []speaker
	var reporters []string
	var verbs []verbClaim
	var lastSpeaker speaker
	haveLast := false
	toks := si.s.Tokens
	verbSpans := si.speech
	if len(si.naming) > 0 {
		verbSpans = append(append([]span(nil), si.speech...), si.naming...)
		sort.SliceStable(verbSpans, func(i, j int) bool { return verbSpans[i].start < verbSpans[j].start })
	}
	for _, sp := range verbSpans {
		a, b := si.spanToks(sp.start, sp.end)
		class := sp.phrases[0].class
		if insideQuotation(si, a) {
			// "\"He listened, and he told me the money isn't there,\" X
			// said": speech inside the quotation is part of X's claim
			continue
		}
		switch class {
		case "name":
			// "called the talks 'productive'": a quotation right after a
			// short object; not a label ("what the Indian side called
			// 'scheduling constraints'")
			if !x.quoteAfterObject(si, b) || x.whatClauseBefore(si, a) {
				continue
			}
			class = "judge"
		case "urge":
			// "called on both sides to keep talking": an infinitive right
			// after the object
			if !x.infinitiveAfterObject(si, b) {
				continue
			}
			class = "say"
		}
		switch class {
		case "according", "cite":
			lim := b + 12
			for k := b; k < lim && k < len(toks); k++ {
				if toks[k].Text == "," && k > b+1 && !x.appositiveAhead(si, k) || clauseStop(toks[k].Text) {
					lim = k
				}
			}
			ms := x.mentionsFrom(si, b, lim)
			if doc := x.documentSeenBy(si, b, lim); doc != nil {
				// "according to a diplomatic cable seen by The Guardian":
				// a document no one speaks for, relayed by the outlet
				reporters = append(reporters, doc.Entity)
				acc = append(acc, x.accordingTo(speaker{anonymous: true, verbAt: a}, class, lim))
				continue
			}
			if x.acronymAfterNoun(si, b, lim) == nil {
				if e := x.apposedBodyIn(si, b, lim); e != nil {
					// "according to the UN refugee agency, UNHCR,": the
					// body named in apposition
					if e.typ == schema.Outlet {
						reporters = append(reporters, e.iri)
					}
					acc = append(acc, speaker{iri: e.iri, verbAt: a, verbEnd: lim, according: true, outlet: e.typ == schema.Outlet})
					continue
				}
			}
			if acr := x.acronymAfterNoun(si, b, lim); acr != nil && !x.sourceAt(si, b, lim) {
				// "according to the UN food agency WFP"; "according to the
				// state news agency Nortel": an outlet
				if acr.typ == schema.Outlet {
					reporters = append(reporters, acr.iri)
				}
				acc = append(acc, speaker{iri: acr.iri, verbAt: a, verbEnd: lim, according: true, outlet: acr.typ == schema.Outlet})
				continue
			}
			if x.sourceAt(si, b, lim) {
				acc = append(acc, x.accordingTo(speaker{anonymous: true, verbAt: a}, class, lim))
			} else if len(ms) > 0 {
				m := ms[0]
				if m.possessive && (m.Type == string(schema.Country) || m.Type == string(schema.Organisation)) {
					// "citing Ravonia's ambassador in Ankara, Ivo Marek"
					for _, o := range ms[1:] {
						if o.Type == string(schema.Person) {
							m = o
							break
						}
					}
				}
				switch {
				case m.outlet:
					// "according to TASS": the outlet relays it, and
					// speaks itself when no one inside the content does
					reporters = append(reporters, m.Entity)
					acc = append(acc, speaker{iri: m.Entity, verbAt: a, verbEnd: lim, according: true, outlet: true})
				case m.Type == MentionGroup && m.countries:
					acc = append(acc, x.accordingTo(speaker{joint: true, verbAt: a}, class, lim))
				case (actorMention(m) || m.Type == string(schema.Organisation)) && m.Type != MentionGroup:
					// "according to the United Nations": not a destination
					acc = append(acc, speaker{iri: m.Entity, verbAt: a, verbEnd: lim, according: true})
				}
			} else if x.inCue(si, b, "channel") || x.inCue(si, b+1, "channel") || x.inCue(si, b+2, "channel") {
				if x.jointAt(si, b, lim) {
					acc = append(acc, x.accordingTo(speaker{joint: true, verbAt: a}, class, lim))
				} else if w := si.ltok(b); (w == "the" || w == "its" || w == "that" || w == "this") && x.inCue(si, b+1, "channel") && x.prevChannel != "" && strings.Contains(x.prevChannel, si.ltok(b+1)) && x.prevSpeaker != nil && x.prevSpeaker.iri != "" && si.s.Index > 0 && x.prevPara >= x.infos[si.s.Index-1].s.Paragraph {
					// "..., X said in a statement. According to the
					// statement, ...": the speaker of the claim just told,
					// from this or the paragraph before
					acc = append(acc, speaker{iri: x.prevSpeaker.iri, verbAt: a, verbEnd: lim, according: true})
				}
			}
			continue
		}
		if class == "judge" && !x.hasContent(si, b) && !x.contentLater(si, b) && !x.accusedOf(si, a, b) {
			// "Russia dismissed the tour": no proposition; its speaker may
			// still say more ("welcomed the truce but called for ...")
			if spk, ok := x.speakerBefore(si, a); ok {
				lastSpeaker, haveLast = spk, true
			}
			continue
		}
		if w := si.ltok(a - 1); (w == "not" || w == "n't" || w == "never") && !x.hasContent(si, b) {
			continue // "officials have not commented on the idea": nothing said
		}
		vc := verbClaim{a: a, b: b, class: class}
		var spk speaker
		found := false
		if x.participle(si, a) {
			if len(verbs) > 0 {
				if w := si.ltok(a); (w == "adding" || w == "telling") && x.hasContent(si, b) {
					// "X said ..., adding that ...": a further statement of X
					vc.spk, vc.coord = verbs[len(verbs)-1].spk, true
					vc.spk.verbAt, vc.spk.verbEnd, vc.spk.postposed = a, b, false
					verbs = append(verbs, vc)
				}
				continue // "..., saying": the same statement
			}
			// "X criticised ..., saying": the subject of the sentence
			if subj := x.subjectOf(si, a); len(subj) == 1 {
				spk, found = speaker{iri: subj[0]}, true
			}
		} else {
			spk, found = x.speakerBefore(si, a)
		}
		if !found && (len(verbs) > 0 || haveLast) && x.coordinated(si, a) {
			if !x.hasContent(si, b) && class != "say" {
				continue // "... and urged the US to": part of the statement
			}
			if len(verbs) > 0 {
				spk = verbs[len(verbs)-1].spk
			} else {
				spk = lastSpeaker
			}
			found = true
			vc.coord = len(verbs) > 0 && (x.hasContent(si, b) || sayVerb(si.ltok(a)))
		}
		if !found && x.coordinated(si, a) {
			// "X met Y and said ...": the subject of the clause's first verb
			spk, found = x.clauseSubject(si, a)
		}
		if !found && x.invertable(si, a) {
			spk, found = x.speakerAfter(si, b)
			spk.postposed = true
		}
		if !found {
			continue
		}
		spk.verbAt, spk.verbEnd = a, b
		if a >= 2 && (si.tok(a-1) == "," || isQuote(si.tok(a-1))) || spk.postposed {
			spk.postposed = true
		}
		if spk.outlet {
			reporters = append(reporters, spk.iri)
		}
		if class == "tell" {
			// "told CNN": the audience relays
			// "told the state news agency Nortel": past lower-case words
			lim := b + 2
			for lim < len(toks) && lim < b+6 && toks[lim-1].Kind == Word && !isCapWord(toks[lim-1]) && si.ltok(lim-1) != "that" {
				lim++
			}
			for _, m := range x.mentionsFrom(si, b, lim) {
				if m.outlet {
					reporters = append(reporters, m.Entity)
				}
			}
		}
		vc.spk = spk
		verbs = append(verbs, vc)
	}
	// a noun of saying with its speaker and a that-clause: "X's
	// announcement that ...", "the announcement by X that ..."
	for _, c := range si.cues {
		if !c.has("speechnoun") {
			continue
		}
		a, b := si.spanToks(c.start, c.end)
		var m *Mention
		if possessiveTokens[si.tok(a-1)] {
			m = x.mentionAt(si, a-2)
		} else if si.ltok(b) == "by" {
			if m = x.mentionAt(si, b+1); m != nil && m.tok0 == b+1 {
				b = m.tok1
			} else {
				m = nil
			}
		}
		if m == nil || si.ltok(b) != "that" {
			continue
		}
		spk, ok := x.speakerOf(m)
		if !ok || spk.outlet {
			continue
		}
		spk.verbAt, spk.verbEnd = a, b
		at := len(verbs)
		for at > 0 && verbs[at-1].a > a {
			at--
		}
		verbs = append(verbs[:at], append([]verbClaim{{a: a, b: b, class: "say", spk: spk}}, verbs[at:]...)...)
	}
	// "the Al Jazeera report", "a Reuters report"
	for i := range si.mentions {
		m := &si.mentions[i]
		if m.outlet && (si.ltok(m.tok1) == "report" || si.ltok(m.tok1) == "reports") {
			reporters = append(reporters, m.Entity)
		}
	}
	if len(verbs) == 0 && len(acc) == 0 {
		return nil
	}
	// group the verbs into claims
	type group struct {
		verbs []verbClaim
	}
	var groups []group
	for _, v := range verbs {
		if len(groups) > 0 && !v.coord {
			g := &groups[len(groups)-1]
			first := g.verbs[0].spk
			if first.iri == v.spk.iri && first.anonymous == v.spk.anonymous || v.spk.outlet || first.outlet || v.spk.postposed || x.inComplement(si, g.verbs[len(g.verbs)-1], v) {
				g.verbs = append(g.verbs, v)
				continue
			}
		}
		groups = append(groups, group{verbs: []verbClaim{v}})
	}
	rank := func(s speaker) int {
		switch {
		case s.iri != "" && !s.outlet && x.reg.byIRI[s.iri] != nil && x.reg.byIRI[s.iri].typ == schema.Person:
			return 4
		case s.iri != "" && !s.outlet, s.joint:
			return 3
		case s.anonymous:
			return 2
		}
		return 1
	}
	var out []claimDraft
	if len(groups) == 0 {
		groups = append(groups, group{})
	}
	for gi, g := range groups {
		d := claimDraft{para: si.s.Paragraph, sentences: []int{si.s.Index}, evidence: []schema.Evidence{x.evidence(si)}}
		d.reportedBy = dedupe(reporters)
		// claimant: a named non-outlet speaker first, then an anonymous
		// source, then an outlet speaking for itself
		var cands []speaker
		for _, v := range g.verbs {
			cands = append(cands, v.spk)
		}
		if gi == 0 {
			cands = append(cands, acc...)
		}
		best := -1
		for i, s := range cands {
			if best < 0 || rank(s) > rank(cands[best]) {
				best = i
			}
		}
		s := cands[best]
		if !s.anonymous && !s.joint {
			d.claimant = s.iri
			if e := x.reg.byIRI[s.iri]; e != nil && e.stateOf != "" && e.delegation {
				// "the Velmoran side emphasized": the country speaks
				c := x.reg.get(e.stateOf, schema.Country, e.last)
				c.place = true
				d.claimant = c.iri
			}
		}
		d.anonymous = s.anonymous
		end := si.s.End
		if gi+1 < len(groups) {
			na := groups[gi+1].verbs[0].a
			end = toks[na].Start
			for k := na - 1; k > g.verbs[0].b && k >= 0; k-- {
				if toks[k].Text == ";" {
					end = toks[k].Start // "X says ...; Y has not ruled out ..."
					break
				}
			}
		}
		d.text = trimConjunction(x.claimText(si, s, end, len(groups) > 1))
		// "... with Y, who \"reaffirmed ...\", her office said": the quoted
		// words are the relative clause's, Y's
		if who := x.quotedRelative(si, s.verbAt); who != "" {
			d.claimant, d.anonymous = who, false
			if q := quoted(si.s.Text); q != "" {
				d.text = q
			}
		}
		d.channel = x.channelOf(si)
		d.date = x.statementDate(si, s, d.text)
		out = append(out, d)
	}
	return out
}

// accordingTo marks an anonymous or joint speaker after "according to"
// ("..., according to two officials"): the content comes before it.
func (x *extraction) accordingTo(s speaker, class string, lim int) speaker {
	if class == "according" {
		s.verbEnd, s.according = lim, true
	}
	return s
}

// documentSeenBy reads "a cable/document/memo seen by <outlet>" from token
// b to lim: the outlet's mention, or nil.
func (x *extraction) documentSeenBy(si *sentInfo, b, lim int) *Mention {
	for k := b; k+2 < lim; k++ {
		if w := si.ltok(k); (w == "seen" || w == "obtained" || w == "reviewed") && si.ltok(k+1) == "by" {
			m := x.mentionAt(si, k+2)
			if m == nil && si.ltok(k+2) == "the" {
				m = x.mentionAt(si, k+3)
			}
			if m != nil && m.outlet {
				return m
			}
			return nil
		}
		if x.mentionAt(si, k) != nil {
			return nil // "according to X, seen by ...": X speaks
		}
	}
	return nil
}

// acronymAfterNoun reads an organisation named by an acronym the lexicon
// lacks, in apposition after a common noun for one: "the UN food agency
// WFP", "the state news agency Nortel".
func (x *extraction) acronymAfterNoun(si *sentInfo, a, b int) *entity {
	for k := a + 1; k < b && k < len(si.s.Tokens); k++ {
		t := si.s.Tokens[k]
		if m := x.mentionAt(si, k); t.Kind != Word || !isAllCaps(t.Text) || m != nil && !(m.outlet && m.tok0 == k && m.tok1 == k+1) {
			continue
		}
		if c := x.lx.stop[si.ltok(k-1)]; (c == "org" || c == "noun") && !isCapWord(si.s.Tokens[k-1]) {
			typ := schema.Organisation
			if w := si.ltok(k - 2); w == "news" || w == "press" || si.ltok(k-1) == "broadcaster" || si.ltok(k-1) == "newspaper" {
				typ = schema.Outlet
			}
			return x.reg.get(t.Text, typ, t.Start)
		}
	}
	return nil
}

// inComplement reports a reporting verb whose speaker opens the content of
// the reporting verb before it: "X said the fund had praised ...".
func (x *extraction) inComplement(si *sentInfo, prev, v verbClaim) bool {
	if v.spk.postposed || v.a <= prev.b {
		return false
	}
	k := prev.b
	for k < v.a && (si.ltok(k) == "that" || x.inTimex(si, k) || si.ltok(k) == "on") {
		k++
	}
	m := x.mentionAt(si, k)
	if m == nil && si.ltok(k) == "the" {
		m = x.mentionAt(si, k+1)
	}
	return m != nil && m.Entity == v.spk.iri && m.tok1 <= v.a
}

// quotedRelative is the person a quotation before the reporting verb at
// a belongs to when it opens right after ", who" ("Y, who \"reaffirmed
// ...\", her office said"), else "".
func (x *extraction) quotedRelative(si *sentInfo, a int) string {
	closing := false
	for k := a - 1; k >= 2; k-- {
		if !isQuote(si.tok(k)) {
			if !closing && k < a-5 {
				return "" // the quotation must end right before the speaker
			}
			continue
		}
		if !closing {
			closing = true
			continue
		}
		if si.ltok(k-1) != "who" {
			continue
		}
		j := k - 2
		if si.tok(j) == "," {
			j--
		}
		if m := x.mentionAt(si, j); m != nil && m.Type == string(schema.Person) && m.Entity != "" {
			return m.Entity
		}
		return ""
	}
	return ""
}

// statementDate is when a statement was made: a timex near the verb or
// speaker not owned by an event.
func (x *extraction) statementDate(si *sentInfo, s speaker, content string) *schema.Date {
	if s.according {
		return nil // "..., according to X" says when nothing was said
	}
	// the content's own dates are what it speaks of: "X will visit in May,
	// the ministry said" (unless the content found holds the verb itself)
	cs, ce := -1, -1
	if i := strings.Index(si.s.Text, content); content != "" && i >= 0 {
		cs, ce = si.s.Start+i, si.s.Start+i+len(content)
		if v := si.s.Tokens[s.verbAt].Start; v >= cs && v < ce {
			cs, ce = -1, -1
		}
	}
	// the nearest such timex: "..., next year, her office said Wednesday"
	var best *Timex
	bestDist := 0
	for k := range x.timexes {
		tx := &x.timexes[k]
		if tx.Start < si.s.Start || tx.End > si.s.End || !calendarValue(tx.Value) || tx.Start >= cs && tx.End <= ce {
			continue
		}
		ta, tb := si.spanToks(tx.Start, tx.End)
		d := min(abs(ta-s.verbAt), abs(tb-s.verbAt))
		inAttribution := false
		if ta > s.verbAt {
			d = ta - s.verbAt - 1 // after the verb: "said on Monday"
			if s.verbEnd > s.verbAt && tb <= x.skipAttribution(si, s.verbEnd) {
				d = 0 // "said in a televised address on Tuesday that"
				inAttribution = true
			}
		}
		if d <= 4 && (inAttribution || !x.nearTrigger(si, ta, tb)) && (best == nil || d < bestDist) {
			best, bestDist = tx, d
		}
	}
	if best == nil {
		return nil
	}
	return &schema.Date{Value: best.Value, Text: best.Text}
}

// hasContent reports a reporting verb followed by its content: a
// that-clause, a quotation, or "for" ("called for a joint fund"), after at
// most a short audience ("told reporters that").
func (x *extraction) hasContent(si *sentInfo, b int) bool {
	if w := si.ltok(b - 1); w == "for" {
		return true
	}
	for k := b; k < len(si.s.Tokens) && k < b+4; k++ {
		if w := si.ltok(k); w == "that" || isQuote(si.tok(k)) || w == ":" {
			return true
		}
		if si.tok(k) == "," {
			return si.ltok(k+1) == "saying"
		}
	}
	return false
}

// quoteAfterObject reports a quotation opening within five words after
// token b, with no comma or clause stop before it:
// "called the hike \"a photo opportunity\"", "called it \"frank\"".
func (x *extraction) quoteAfterObject(si *sentInfo, b int) bool {
	for k := b; k < len(si.s.Tokens) && k <= b+5; k++ {
		w := si.tok(k)
		if isQuote(w) || w == "``" {
			return k > b || si.ltok(b-1) == "calls" || si.ltok(b-1) == "called" // "she calls \"my hardest month\""
		}
		if w == "," || clauseStop(w) {
			return false
		}
	}
	return false
}

// placePreposition: a preposition of place before a name ("in Oslo").
func placePreposition(w string) bool {
	switch w {
	case "in", "at", "near", "outside", "inside", "into", "via", "across", "around":
		return true
	}
	return false
}

// infinitiveAfterObject reports an object of at most six tokens after
// token b followed by "to" and a verb: "called on Bogota to act", "called
// on all ministries to \"keep the same pace\"".
func (x *extraction) infinitiveAfterObject(si *sentInfo, b int) bool {
	for k := b + 1; k < len(si.s.Tokens) && k <= b+7; k++ {
		w := si.tok(k)
		if w == "," || clauseStop(w) {
			return false
		}
		if strings.EqualFold(w, "to") {
			n := si.s.Tokens[min(k+1, len(si.s.Tokens)-1)]
			return k+1 < len(si.s.Tokens) && (n.Kind == Word && !isCapWord(n) && x.mentionAt(si, k+1) == nil || isQuote(n.Text))
		}
		if m := x.mentionAt(si, k); m != nil {
			k = m.tok1 - 1
			continue
		}
		if si.ltok(k) == "at" || si.ltok(k) == "in" || si.ltok(k) == "on" {
			return false // "called on X at the ministry": a visit
		}
	}
	return false
}

// accusedOf reports "accused X of doing Y": the charge is what is claimed.
func (x *extraction) accusedOf(si *sentInfo, a, b int) bool {
	if w := si.ltok(a); w != "accused" && w != "accuses" && w != "accusing" {
		return false
	}
	for k := b; k+1 < len(si.s.Tokens) && k < b+8; k++ {
		if clauseStop(si.tok(k)) || si.tok(k) == "," {
			return false
		}
		if si.ltok(k) == "of" {
			return strings.HasSuffix(si.ltok(k+1), "ing")
		}
	}
	return false
}

// contentLater reports a quotation or ", saying" later in the sentence:
// "criticised the timing of the trip, saying ...".
func (x *extraction) contentLater(si *sentInfo, b int) bool {
	for k := b; k < len(si.s.Tokens); k++ {
		if isQuote(si.tok(k)) || si.tok(k) == "," && si.ltok(k+1) == "saying" {
			return true
		}
	}
	return false
}

// sayVerb reports the plain reporting verbs whose coordination is always a
// statement of its own ("and said", "but added").
func sayVerb(w string) bool {
	switch w {
	case "said", "says", "added", "adds", "told", "tells", "stated", "wrote":
		return true
	}
	return false
}

// coordinated reports a reporting verb coordinated with an earlier one:
// "and called for", "but added that", "and also said".
func (x *extraction) coordinated(si *sentInfo, a int) bool {
	k := a - 1
	for k >= 0 {
		switch si.ltok(k) {
		case "also", "later", "then", "further":
			k--
			continue
		case "and", "but":
			return true
		}
		return false
	}
	return false
}

// clauseSubject is the speaker of a reporting verb at token a coordinated
// with a verb before it ("X visited the plant and said ..."): the actor
// opening the clause, followed by a verb in lower case (past an
// apposition between commas).
func (x *extraction) clauseSubject(si *sentInfo, a int) (speaker, bool) {
	start := 0
	for k := a - 1; k >= 0; k-- {
		if w := si.tok(k); clauseStop(w) || w == "—" || w == "–" {
			start = k + 1
			break
		}
	}
	if d := datelineEnd(si); d > start && d < a {
		start = d
	}
	for start < a && (si.s.Tokens[start].Kind == Punct || si.ltok(start) == "the") {
		start++
	}
	m := x.mentionAt(si, start)
	if m == nil || m.tok0 != start || m.possessive || !actorMention(m) || m.Type == MentionGroup {
		return speaker{}, false
	}
	k := m.tok1
	if si.tok(k) == "," {
		// "X, the envoy, met Y and said": past the apposition
		for k++; k < a && si.tok(k) != ","; k++ {
		}
		k++
	}
	if t := si.s.Tokens[min(k, len(si.s.Tokens)-1)]; k >= a || t.Kind != Word || isCapWord(t) {
		return speaker{}, false
	}
	for j := k; j < a; j++ {
		if w := si.tok(j); clauseStop(w) || x.speechAt(si, j) {
			return speaker{}, false
		}
	}
	return x.speakerOf(m)
}

// participle reports a reporting participle after a comma or "by": ",
// saying", ", adding that", "by saying".
func (x *extraction) participle(si *sentInfo, a int) bool {
	// also "justified the choice by saying": the subject's words
	return strings.HasSuffix(si.ltok(a), "ing") && (si.tok(a-1) == "," || si.ltok(a-1) == "by")
}

// appositiveAhead reports a comma that opens a name in apposition
// ("citing Ravonia's ambassador in Ankara, Ivo Marek, that").
func (x *extraction) appositiveAhead(si *sentInfo, k int) bool {
	// ("according to those figures, X's store ...": a possessive opens the
	// content, no name in apposition)
	// ("according to a cable, X held talks": X opens the content; "according
	// to his spokesman, X, the talks ...": X is in apposition)
	if _, ok := x.apposedBody(si, k, false); ok {
		return true // "according to the UN refugee agency, UNHCR,"
	}
	if !x.personStartsAt(si, k+1) || x.mentionAt(si, k+1).possessive {
		return false
	}
	e := x.mentionAt(si, k+1).tok1
	return e >= len(si.s.Tokens) || si.s.Tokens[e].Kind == Punct
}

// apposedBodyIn is the organisation named in apposition in tokens [b,
// lim) (see apposedBody), or nil.
func (x *extraction) apposedBodyIn(si *sentInfo, b, lim int) *entity {
	for k := b + 1; k < lim; k++ {
		if e, _ := x.apposedBody(si, k, true); e != nil {
			return e
		}
	}
	return nil
}

// apposedBody is the organisation named in apposition after the comma at
// token k that closes a common noun for one: "the UN refugee agency,
// UNHCR," (an acronym the lexicon may lack, registered when mint) or "the
// bloc's executive, the Nordic Council,".
func (x *extraction) apposedBody(si *sentInfo, k int, mint bool) (*entity, bool) {
	toks := si.s.Tokens
	if c := x.lx.stop[si.ltok(k-1)]; si.tok(k) != "," || k < 1 || k+1 >= len(toks) || isCapWord(toks[k-1]) || c != "org" && c != "noun" {
		return nil, false
	}
	j := k + 1
	if si.ltok(j) == "the" {
		j++
	}
	m := x.mentionAt(si, j)
	end := j + 1
	switch {
	case m != nil:
		if m.tok0 != j || m.possessive || m.Type != string(schema.Organisation) && !m.outlet {
			return nil, false
		}
		end = m.tok1
	case j < len(toks) && toks[j].Kind == Word && isAllCaps(toks[j].Text) && len(toks[j].Text) >= 2:
	default:
		return nil, false
	}
	if end < len(toks) && toks[end].Kind != Punct {
		return nil, false
	}
	switch {
	case !mint:
		return nil, true
	case m != nil:
		e := x.reg.byIRI[m.Entity]
		return e, e != nil
	}
	return x.reg.get(toks[j].Text, schema.Organisation, toks[j].Start), true
}

// jointAt reports a joint statement: "according to a joint communique".
func (x *extraction) jointAt(si *sentInfo, a, b int) bool {
	for k := a; k < b && k < len(si.s.Tokens); k++ {
		if si.ltok(k) == "joint" {
			return true
		}
	}
	return false
}

// wordsFrom counts the words of a sentence from token k on.
func wordsFrom(si *sentInfo, k int) int {
	n := 0
	for ; k < len(si.s.Tokens); k++ {
		if si.s.Tokens[k].Kind == Word {
			n++
		}
	}
	return n
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// nearTrigger reports whether a timex sits right by an event trigger.
func (x *extraction) nearTrigger(si *sentInfo, ta, tb int) bool {
	for _, t := range si.triggers {
		a, b := si.spanToks(t.start, t.end)
		if abs(a-tb) <= 2 || abs(ta-b) <= 2 {
			return true
		}
	}
	return false
}

// mentionsFrom lists the mentions starting in tokens [a, b).
func (x *extraction) mentionsFrom(si *sentInfo, a, b int) []*Mention {
	var out []*Mention
	for i := range si.mentions {
		m := &si.mentions[i]
		if m.tok0 >= a && m.tok0 < b {
			out = append(out, m)
		}
	}
	return out
}

// sourceAt reports an anonymous source phrase in tokens [a, b).
func (x *extraction) sourceAt(si *sentInfo, a, b int) bool {
	for _, c := range si.cues {
		ca, _ := si.spanToks(c.start, c.end)
		if c.has("source") && ca >= a && ca < b {
			return true
		}
	}
	return false
}

// speakerBefore finds the speaker ending before the verb at a.
func (x *extraction) speakerBefore(si *sentInfo, a int) (speaker, bool) {
	k := a - 1
	if w := si.ltok(k - 1); (w == "the" || w == "its" || w == "that") && x.inCue(si, k, "channel") && !x.inCue(si, k-1, "channel") && x.mentionAt(si, k) == nil && (k == 1 || si.tok(k-2) == ",") &&
		x.prevChannel != "" && strings.Contains(x.prevChannel, si.ltok(k)) && x.prevSpeaker != nil && x.prevSpeaker.iri != "" && si.s.Index > 0 && x.prevPara >= x.infos[si.s.Index-1].s.Paragraph {
		// "X said in a statement. ..., the statement said": the speaker of
		// the claim just told, through that channel
		return speaker{iri: x.prevSpeaker.iri}, true
	}
	for k >= 0 {
		w := si.ltok(k)
		switch w {
		case "also", "has", "have", "had", "reportedly", "later", "earlier", "again", "then", "further", "previously", "once", "publicly", "repeatedly", "was", "is", "instead", "already", "now", "can", "could", "categorically":
			k--
			continue
		}
		// the kind of an outlet after its name: "the Westland Courier newspaper said"
		if (w == "newspaper" || w == "daily" || w == "tabloid" || w == "weekly" || w == "broadcaster" || w == "agency" && si.ltok(k-1) == "news") && k >= 1 {
			j := k - 1
			if w == "agency" {
				j--
			}
			if m := x.mentionAt(si, j); m != nil && m.outlet {
				k = j
				continue
			}
		}
		// where the speaker sits: "his office in Brussels said"
		if m := x.mentionAt(si, k); m != nil && m.tok1 == k+1 && m.Type == MentionPlace && m.tok0 >= 2 && (si.ltok(m.tok0-1) == "in" || si.ltok(m.tok0-1) == "at") && si.s.Tokens[m.tok0-2].Kind == Word {
			k = m.tok0 - 2
			continue
		}
		// a timex or channel phrase between: "Darrow in a Facebook post said"
		if isQuote(si.tok(k)) || x.inTimex(si, k) || x.inCue(si, k, "channel") || w == "in" || w == "a" || w == "an" || w == "on" || w == "the" && x.inCue(si, k+1, "channel") {
			k--
			continue
		}
		break
	}
	if j := skipParenBack(si, k); j != k {
		k = j // "the Korean Central News Agency (KCNA) said"
	}
	if k < 0 {
		return speaker{}, false
	}
	if w := si.ltok(k); (w == "who" || w == "which") && si.tok(k-1) == "," && wordsFrom(si, a+1) >= 3 {
		// "hosted by X, who said ...": the antecedent of the relative
		if m := x.mentionAt(si, skipParenBack(si, k-2)); m != nil {
			return x.speakerOf(m)
		}
		return speaker{}, false
	}
	return x.speakerEnding(si, k, true)
}

// speakerEnding reads the speaker whose phrase ends at token k: a mention,
// an office or unnamed spokesperson of a person ("his office", "Brandt's
// spokesman"), an anonymous source with its modifiers ("officials in
// Brenholm", "a senior diplomat"), staff of an organisation ("analysts at
// Bankhaus"), or, across an appositive, relative or participle phrase
// between commas, the phrase before it ("Dorn, a keen amateur historian,
// told"; "A Kremlin spokesman, Ivan Petrov, said").
func (x *extraction) speakerEnding(si *sentInfo, k int, apposition bool) (speaker, bool) {
	if w := si.ltok(k); (w == "they" || w == "it" || w == "one") && (k == 0 || si.tok(k-1) == ",") {
		if m := x.mentionAt(si, k); m == nil || m.Type == MentionGroup || m.Type == MentionPronoun && x.reg.byIRI[m.Entity] == nil {
			switch {
			case w == "one":
				// "..., one said, ...": one of the sources spoken of
				return speaker{anonymous: true}, true
			case x.prevSpeaker != nil && x.prevPara == si.s.Paragraph && (x.prevSpeaker.iri != "" || x.prevSpeaker.anonymous):
				// "..., they said": the speakers of the paragraph's
				// latest claim
				return speaker{iri: x.prevSpeaker.iri, anonymous: x.prevSpeaker.anonymous}, true
			}
		}
	}
	if t := si.s.Tokens[k]; t.Kind == Word && !isCapWord(t) && (k == 0 || si.tok(k-1) == ",") && x.mentionAt(si, k) == nil {
		// ", hydrologists warn, ...": unnamed people of a trade
		for _, suf := range []string{"ists", "ers", "ents", "ians"} {
			if w := si.ltok(k); strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
				return speaker{anonymous: true}, true
			}
		}
	}
	if s, ok := x.unnamedSpokesperson(si, k); ok {
		return s, true
	}
	if m := x.mentionAt(si, k); m != nil {
		if x.coordinatedSubject(si, m) {
			return speaker{joint: true}, true // "A and B said": a joint statement
		}
		if m.Type == string(schema.Organisation) || m.Type == string(schema.Country) || m.Type == MentionPlace {
			// "Sabine Roth of the Velgrad Institute said": the person
			j := m.tok0 - 1
			if si.ltok(j) == "the" {
				j--
			}
			if w := si.ltok(j); w == "of" || w == "at" || w == "from" {
				if p := x.mentionAt(si, j-1); p != nil && p.tok1 == j && p.Type == string(schema.Person) {
					return x.speakerOf(p)
				}
			}
		}
		if w := si.ltok(m.tok0 - 1); w == "to" || w == "of" || x.inCue(si, m.tok0-1, "sourcemod") {
			// "an aide to X", "a source close to X": anonymous
			for j := m.tok0 - 2; j >= 0 && j >= m.tok0-4; j-- {
				if x.inCue(si, j, "source") {
					return speaker{anonymous: true}, true
				}
				if si.tok(j) == "," {
					break
				}
			}
		}
		if e := x.reg.byIRI[m.Entity]; m.Type == MentionPlace && e != nil && e.capital && e.country != "" && !m.possessive && !prepositionWord(si.ltok(m.tok0-1)) && !placePreposition(si.ltok(m.tok0-1)) && !quotedTokens(si)[m.tok0] {
			// "Moscow said", "Baghdad says": the capital speaks for its
			// country's government (not inside a quotation)
			return speaker{iri: e.country}, true
		}
		if m.Type == MentionPlace || m.Type == string(schema.Organisation) && !m.possessive {
			// "officials in Oslo", "analysts at Bankhaus"
			if s, ok := x.sourceWithModifier(si, m); ok {
				return s, true
			}
		}
		return x.speakerOf(m)
	}
	if t := si.s.Tokens[k]; isCapWord(t) && si.covered[k] == 0 && (si.ltok(k-1) == "at" || si.ltok(k-1) == "from") && x.inCue(si, k-2, "source") {
		// "analysts at Bankhaus": staff of an organisation the lexicon lacks
		j := k
		for j > 0 && isCapWord(si.s.Tokens[j-1]) && si.covered[j-1] == 0 {
			j--
		}
		if j == k {
			e := x.reg.get(t.Text, schema.Organisation, t.Start)
			return speaker{iri: e.iri}, true
		}
	}
	if x.inCue(si, k, "office") {
		// "his office said", "Brandt's spokesman said", "X's press
		// service said": the principal
		j := k - 1
		for j >= 0 && x.inCue(si, j, "office") {
			j--
		}
		for j >= 0 && si.covered[j] != 0 && x.mentionAt(si, j) == nil {
			j--
		}
		if possessiveTokens[si.tok(j)] {
			j--
		}
		if m := x.mentionAt(si, j); m != nil && (m.Type == string(schema.Person) || m.Type == MentionPronoun) {
			return speaker{iri: m.Entity}, true
		}
	}
	if x.sourceEnding(si, k) || x.pluralTitleEnding(si, k) || x.quantifiedEnding(si, k) {
		if m := x.mentionAt(si, k-1); m != nil && m.Type == string(schema.Organisation) && !m.possessive && m.tok1 == k && x.inCue(si, k, "source") && x.reg.byIRI[m.Entity] != nil && x.reg.byIRI[m.Entity].country == "" {
			// "a NATO official": unnamed staff of a named organisation (a
			// country's body, "a White House official", stays anonymous)
			return speaker{iri: m.Entity}, true
		}
		return speaker{anonymous: true}, true
	}
	// a short source phrase: "officials from both sides", "a U.S. official"
	for j := k; j >= 0 && j >= k-4; j-- {
		if clauseStop(si.tok(j)) || si.tok(j) == "," {
			break
		}
		if x.inCue(si, j, "source") {
			if m := x.mentionAt(si, j-1); m != nil && m.Type == string(schema.Organisation) && !m.possessive && m.tok1 == j && si.tok(j) != "," && x.reg.byIRI[m.Entity] != nil && x.reg.byIRI[m.Entity].country == "" {
				// "a NATO official": unnamed staff of a named organisation
				return speaker{iri: m.Entity}, true
			}
			return speaker{anonymous: true}, true
		}
	}
	if apposition && si.tok(k) == "," {
		for j := k - 1; j >= 1 && j >= k-25; j-- {
			if j == k-1 && skipParenBack(si, j) != j {
				j = skipParenBack(si, j) + 1 // "Norvale Motors (NM),"
				continue
			}
			if clauseStop(si.tok(j)) {
				break
			}
			if si.tok(j) != "," {
				continue
			}
			// the phrase between the commas is a name: the speaker
			if p := x.mentionAt(si, j+1); p != nil && p.tok0 == j+1 && p.tok1 == k && (p.Type == string(schema.Person) || p.Type == string(schema.Organisation)) {
				return speaker{iri: p.Entity}, true
			}
			// a company's name with its acronym: "Another carmaker,
			// Norvale Motors (NM), announced"
			if e := skipParenBack(si, k-1); e != k-1 {
				if p := x.mentionAt(si, j+1); p != nil && p.tok0 == j+1 && p.tok1 == e+1 && p.Type == string(schema.Organisation) {
					return speaker{iri: p.Entity}, true
				}
			}
			if s, ok := x.speakerEnding(si, j-1, false); ok {
				return s, true
			}
			break
		}
	}
	if iri := x.describedSpeaker(si, k); iri != "" {
		return speaker{iri: iri}, true
	}
	return x.relativeAntecedent(si, k)
}

// describedSpeaker is the person a definite description ending at token k
// stands for as a speech verb's subject ("the former judge told the
// Herald", "the 52-year-old said"; its head a "personnoun" of cues.tsv or
// an age): the person the sentences before were about; "" for anything
// else (an indefinite "a diplomat" is a source; "the statement said").
func (x *extraction) describedSpeaker(si *sentInfo, k int) string {
	e := x.reg.byIRI[si.about]
	if e == nil || e.typ != schema.Person {
		return ""
	}
	_, _, aged := ageEpithet(si, max(k-4, 0))
	if si.s.Tokens[k].Kind != Word || !aged && !x.inCue(si, k, "personnoun") {
		return "" // "the former judge", "the 52-year-old"; not "the centre said"
	}
	for j := k; j >= 0 && j >= k-6; j-- {
		t := si.s.Tokens[j]
		if x.mentionAt(si, j) != nil || x.inTimex(si, j) || x.inCue(si, j, "source") && !x.inCue(si, j, "personnoun") {
			return ""
		}
		if si.ltok(j) == "the" {
			if p := si.tok(j - 1); j == 0 || p == "," || isQuote(p) || clauseStop(p) {
				return si.about
			}
			return ""
		}
		if t.Kind == Word && isCapWord(t) || t.Kind == Punct && t.Text != "-" {
			return ""
		}
	}
	return ""
}

// unnamedSpokesperson reads an unnamed spokesperson of a body ending at
// token k: "a Kremlin spokesman", "a Commission spokesperson", "a
// government spokesman" (the government of the country of the sentence's
// first person of a known country). The body speaks.
func (x *extraction) unnamedSpokesperson(si *sentInfo, k int) (speaker, bool) {
	for _, t := range si.titles {
		a, b := si.spanToks(t.start, t.end)
		if b != k+1 {
			continue
		}
		if te := titleOf(t); te == nil || te.class != "spokesperson" || x.mentionAt(si, k+1) != nil || si.tok(k+1) == "," {
			return speaker{}, false // ("A Kremlin spokesman, Ivan Petrov, said": the person)
		}
		if m := x.mentionAt(si, a-1); m != nil && m.tok1 == a && (m.Type == string(schema.Organisation) || m.Type == string(schema.Country)) {
			return speaker{iri: m.Entity}, true
		}
		for _, h := range si.heads {
			if ha, hb := si.spanToks(h.start, h.end); hb == a && x.mentionAt(si, ha) == nil {
				for i := range si.mentions {
					p := &si.mentions[i]
					if p.Type != string(schema.Person) {
						continue
					}
					if e := x.reg.byIRI[p.Entity]; e != nil && e.country != "" {
						if c := x.reg.byIRI[e.country]; c != nil && c.typ == schema.Country {
							return speaker{iri: x.res.genericBody(c.name, h.phrases[0].canon, h.start).iri}, true
						}
					}
					break
				}
			}
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// coordinatedSubject reports the last of two actors coordinated as the
// subject opening a clause: "Chile and Peru said", "X - A and B said".
func (x *extraction) coordinatedSubject(si *sentInfo, m *Mention) bool {
	one := func(m *Mention) bool {
		return m.Entity != "" && !m.possessive && !m.outlet && m.Type != MentionGroup && actorMention(m)
	}
	if si.ltok(m.tok0-1) != "and" || !one(m) {
		return false
	}
	p := x.mentionAt(si, m.tok0-2)
	if p == nil || p.tok1 != m.tok0-1 || p.Entity == m.Entity || !one(p) {
		return false
	}
	a := p.tok0
	if si.ltok(a-1) == "the" {
		a--
	}
	return a == 0 || a == datelineEnd(si) || si.tok(a-1) == ","
}

// quantifiedEnding reports an unnamed plural subject ending at token k:
// "some customers", "several national banks", or a quantifier alone
// opening a clause ("Some say", "..., but others said").
func (x *extraction) quantifiedEnding(si *sentInfo, k int) bool {
	if x.inCue(si, k, "quantifier") {
		return k == 0 || si.tok(k-1) == "," || si.ltok(k-1) == "but" || si.ltok(k-1) == "and"
	}
	if !strings.HasSuffix(si.ltok(k), "s") {
		return false
	}
	for j := k; j >= 0 && j >= k-3; j-- {
		t := si.s.Tokens[j]
		if x.inCue(si, j, "quantifier") {
			return j < k
		}
		if t.Kind != Word || x.mentionAt(si, j) != nil {
			return false
		}
	}
	return false
}

// pluralTitleEnding reports unnamed office holders ending at token k:
// "European leaders", "Western diplomats" speak as anonymous sources.
func (x *extraction) pluralTitleEnding(si *sentInfo, k int) bool {
	for _, t := range si.titles {
		if _, b := si.spanToks(t.start, t.end); b-1 == k {
			if te := titleOf(t); te != nil && te.plural && x.mentionAt(si, k) == nil {
				return true
			}
		}
	}
	return false
}

// sourceWithModifier reads an anonymous source followed by a place or an
// organisation: "officials in Brenholm" (a source), "analysts at
// Bankhaus" (the organisation).
func (x *extraction) sourceWithModifier(si *sentInfo, m *Mention) (speaker, bool) {
	j := m.tok0 - 1
	prep := si.ltok(j)
	if prep != "in" && prep != "at" && prep != "from" && prep != "of" {
		return speaker{}, false
	}
	if si.ltok(j-1) == "the" {
		j--
	}
	if !x.inCue(si, j-1, "source") {
		return speaker{}, false
	}
	if m.Type == string(schema.Organisation) {
		return speaker{iri: m.Entity}, true
	}
	return speaker{anonymous: true}, true
}

// relativeAntecedent finds "X, who ..., said": walking back to ", who".
func (x *extraction) relativeAntecedent(si *sentInfo, k int) (speaker, bool) {
	if si.tok(k) != "," {
		return speaker{}, false
	}
	for j := k - 1; j >= 1; j-- {
		if si.ltok(j) == "who" && si.tok(j-1) == "," {
			if m := x.mentionAt(si, j-2); m != nil {
				return x.speakerOf(m)
			}
			return speaker{}, false
		}
		if clauseStop(si.tok(j)) {
			break
		}
	}
	return speaker{}, false
}

// sourceEnding reports an anonymous-source phrase ending at token k ("the
// source said", "a source familiar with the matter told").
func (x *extraction) sourceEnding(si *sentInfo, k int) bool {
	for _, c := range si.cues {
		if !c.has("source") {
			continue
		}
		ca, cb := si.spanToks(c.start, c.end)
		if cb-1 == k {
			return true
		}
		// "a source familiar with the matter", "a person close to the
		// talks": the cue opens a short modifier phrase
		if ca < k && k-cb <= 5 && x.inCue(si, cb, "sourcemod") {
			ok := true
			for j := cb; j <= k; j++ {
				if si.tok(j) == "," || x.mentionAt(si, j) != nil && !strings.EqualFold(si.tok(j), "the") {
					ok = false
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// invertable reports a reporting verb at a whose speaker may follow it:
// one after its content ("\"...,\" said Petrov"; "..., said Petrov") or
// opening the sentence. Elsewhere what follows is the verb's object: "The
// Secretary-General urged Norway to ...".
func (x *extraction) invertable(si *sentInfo, a int) bool {
	return a == 0 || a == datelineEnd(si) || si.tok(a-1) == "," || isQuote(si.tok(a-1)) || si.tok(a-1) == ":"
}

// speakerAfter reads an inverted attribution: "said Petrov".
func (x *extraction) speakerAfter(si *sentInfo, b int) (speaker, bool) {
	m := x.mentionAt(si, b)
	// a person named after their organisation and title: "said Norvale
	// analyst Ivo Marek", "said the firm's chief executive, Ivo Marek"
	for k := b; k < len(si.s.Tokens) && k < b+6; k++ {
		if p := x.mentionAt(si, k); p != nil && p.tok0 == k && p.Type == string(schema.Person) && si.covered[k] == 2 {
			if k > b {
				return x.speakerOf(p)
			}
			break
		}
		t := si.s.Tokens[k]
		w := si.ltok(k)
		if t.Kind != Word && !possessiveTokens[t.Text] && !(t.Text == "." && t.Glued) || w == "that" {
			break
		}
		if mk := x.mentionAt(si, k); mk != nil && mk.Type != string(schema.Organisation) && mk.Type != string(schema.Country) {
			break
		}
		if !isCapWord(t) && w != "the" && !x.inCue(si, k, "orgref") && !possessiveTokens[t.Text] && t.Text != "." {
			break
		}
	}
	if m != nil {
		return x.speakerOf(m)
	}
	return speaker{}, false
}

func (x *extraction) speakerOf(m *Mention) (speaker, bool) {
	switch {
	case m.Type == MentionGroup && m.countries:
		return speaker{joint: true}, true // "the two countries said"
	case m.outlet:
		return speaker{iri: m.Entity, outlet: true}, true
	case m.Type == string(schema.Person), m.Type == MentionPronoun, m.Type == string(schema.Organisation), m.Type == string(schema.Country):
		if m.Entity == "" {
			return speaker{}, false
		}
		if p := x.presidentOf(m.Entity); p != "" {
			return speaker{iri: p}, true
		}
		return speaker{iri: m.Entity}, true
	}
	return speaker{}, false
}

// presidentOf gives the one president of its country the article names
// for a country's presidency ("the Quellanian presidency said"): the office
// speaks for the person; else "".
func (x *extraction) presidentOf(iri string) string {
	e := x.reg.byIRI[iri]
	if e == nil || e.typ != schema.Organisation || e.country == "" || !strings.HasSuffix(strings.ToLower(e.name), " presidency") {
		return ""
	}
	found := ""
	for _, id := range x.reg.order {
		p := x.reg.byIRI[id]
		if p.typ == schema.Person && p.country == e.country && holdsTitle(p, "President") {
			if found != "" {
				return ""
			}
			found = id
		}
	}
	return found
}

func (x *extraction) inTimex(si *sentInfo, k int) bool {
	if k < 0 || k >= len(si.s.Tokens) {
		return false
	}
	off := si.s.Tokens[k].Start
	for _, tx := range x.timexes {
		if off >= tx.Start && off < tx.End {
			return true
		}
	}
	return false
}

func (x *extraction) inCue(si *sentInfo, k int, class string) bool {
	if k < 0 || k >= len(si.s.Tokens) {
		return false
	}
	off := si.s.Tokens[k].Start
	for _, c := range si.cues {
		if c.has(class) && off >= c.start && off < c.end {
			return true
		}
	}
	return false
}

// channelOf names the channel of a statement ("Facebook post", "readout").
func (x *extraction) channelOf(si *sentInfo) string {
	for _, c := range si.cues {
		if c.has("channel") {
			return x.text[c.start:c.end]
		}
	}
	return ""
}

// claimText is what was claimed: the quoted words, what follows "said
// that" (past a time, a channel and an audience: "said on Monday in a
// statement that", "told AFP that"), the clause the verb takes ("urged
// both sides to ..."), or, when nothing but attribution follows the verb
// ("..., the ministry said in a statement."), the words before the
// speaker.
func (x *extraction) claimText(si *sentInfo, s speaker, end int, several bool) string {
	text := si.s.Text
	if q := quoted(text); q != "" && len(q) > len(text)/3 && !several {
		return q
	}
	toks := si.s.Tokens
	if s.verbAt >= len(toks) {
		return text
	}
	if j := x.citedAfterReport(si, s.verbAt); j > 0 {
		// "Y wants Z to join the talks, Radio X reported, citing a
		// foreign ministry source": what comes before the report
		from := si.s.Start
		if d := datelineEnd(si); d > 0 && d < j {
			from = toks[d].Start
		}
		return strings.TrimSpace(strings.Trim(x.text[from:toks[j].Start], "\"“” "))
	}
	b := s.verbEnd
	if b <= s.verbAt {
		b = s.verbAt + 1
	}
	k := x.skipAttribution(si, b)
	if si.ltok(s.verbAt) == "citing" {
		// "X reported, citing a foreign ministry source, that ...": past
		// the source to the content
		for j := b; j+1 < len(toks) && j < b+12 && !clauseStop(toks[j].Text); j++ {
			if toks[j].Text == "," && si.ltok(j+1) == "that" {
				k = j + 1
				break
			}
		}
	}
	if k < len(toks) && strings.EqualFold(toks[k].Text, "that") {
		k++
	}
	for k < len(toks) && toks[k].Kind == Punct && !isQuote(toks[k].Text) {
		k++
	}
	words := 0
	for j := k; j < len(toks) && toks[j].Start < end; j++ {
		if toks[j].Kind != Punct {
			words++
		}
	}
	if s.according && words < 3 && s.verbAt >= 2 && toks[s.verbAt-1].Text == "," {
		// "About 30,000 people have fled, according to the UN"
		from := si.s.Start
		if d := datelineEnd(si); d > 0 && d < s.verbAt-1 {
			from = toks[d].Start
		}
		return strings.TrimSpace(strings.Trim(x.text[from:toks[s.verbAt-1].Start], "\"“” "))
	}
	if p := x.speakerStart(si, s); p >= 2 && words <= 5 && (isQuote(si.tok(p-1)) || si.tok(p-1) == "," && isQuote(si.tok(p-2))) && x.quoteClosesBefore(si, p) {
		// ""... no extension after August," X told the opening session":
		// the quotation before the speaker, not the audience after
		from := si.s.Start
		if d := datelineEnd(si); d > 0 && d < p-1 {
			from = toks[d].Start
		}
		return strings.TrimSpace(strings.Trim(x.text[from:toks[p-1].Start], "\"“”, "))
	}
	// a comma right after the attribution opens no content: ", citing"
	comma := k > b && toks[k-1].Text == "," && !isQuote(si.tok(k))
	if words >= 3 && !comma && k < len(toks) {
		return strings.TrimSpace(strings.Trim(x.text[toks[k].Start:x.relayTail(si, k, end)], " "))
	}
	if words > 0 && k < len(toks) && isQuote(toks[k].Text) && k >= 1 && (toks[k-1].Text == ":" || toks[k-1].Text == ",") {
		// `she said: "He listened.`: the quotation opened after the
		// verb, however short, not the words before the speaker
		return strings.TrimSpace(strings.Trim(x.text[toks[k].Start:end], "\"“” "))
	}
	if p := x.speakerStart(si, s); p > 0 {
		from := si.s.Start
		if d := datelineEnd(si); d > 0 && d < p-1 {
			from = toks[d].Start
		}
		before := strings.TrimSpace(strings.Trim(x.text[from:toks[p-1].Start], "\"“”, "))
		if comma && toks[p-1].Text == "," && words >= 3 && k < len(toks) && !several {
			// "Had the talks not collapsed, one said, X would have come":
			// the statement goes on after the attribution
			return before + ", " + strings.TrimSpace(x.text[toks[k].Start:end])
		}
		return before
	}
	if words > 0 && k < len(toks) {
		return strings.TrimSpace(x.text[toks[k].Start:end])
	}
	return text
}

// quoteClosesBefore reports a quotation mark closing right before the
// speaker at token p (after a comma or not) with no other quotation mark
// before it in the sentence, or one opening at the sentence's start: the
// sentence up to the speaker is the quotation, or its last part.
func (x *extraction) quoteClosesBefore(si *sentInfo, p int) bool {
	n := 0
	for k := 0; k < p; k++ {
		if isQuote(si.tok(k)) {
			n++
		}
	}
	return n == 1 || n == 2 && isQuote(si.tok(0))
}

// citedAfterReport reads a source cited at token v after a closing
// report (", X reported, citing Y" ending the sentence, or ", X said,
// citing Y"): the token of the comma before the report, or -1.
func (x *extraction) citedAfterReport(si *sentInfo, v int) int {
	if si.ltok(v) != "citing" || v < 4 || si.tok(v-1) != "," || !x.speechAt(si, v-2) {
		return -1
	}
	k := v - 2
	for k > 0 && x.speechAt(si, k-1) {
		k--
	}
	m := x.mentionAt(si, k-1)
	if m == nil || m.tok1 != k {
		return -1
	}
	j := m.tok0 - 1
	if si.ltok(j) == "the" {
		j--
	}
	if j < 2 || si.tok(j) != "," {
		return -1
	}
	return j
}

// trimConjunction drops a conjunction left at the end of a claim's text
// by the next reporting verb: "the border would stay shut and" (", and
// called for ...").
func trimConjunction(text string) string {
	for _, c := range []string{" and", " but", ","} {
		if t := strings.TrimSpace(strings.TrimSuffix(text, c)); t != text && t != "" {
			return strings.TrimSuffix(t, ",")
		}
	}
	return text
}

// relayTail is where content running from token k to byte end stops
// before a closing attribution: "X said the talks went well, Reuters
// reported." ends at the comma before the outlet.
func (x *extraction) relayTail(si *sentInfo, k, end int) int {
	toks := si.s.Tokens
	for j := k + 3; j < len(toks) && toks[j].Start < end; j++ {
		if toks[j].Text != "," {
			continue
		}
		m := x.mentionAt(si, j+1)
		if m == nil && strings.EqualFold(si.tok(j+1), "the") {
			m = x.mentionAt(si, j+2)
		}
		if m == nil || !x.speechAt(si, m.tok1) {
			continue
		}
		rest := m.tok1 + 1
		for rest < len(toks) && x.speechAt(si, rest) {
			rest++
		}
		if rest >= len(toks) || toks[rest].Kind == Punct && toks[rest].Text != "," && rest == len(toks)-1 {
			return toks[j].Start
		}
	}
	return end
}

// skipAttribution passes what may follow a reporting verb before its
// content: a time ("on Monday"), a channel ("in a statement", "on X"), an
// audience ("told AFP", "told reporters"), "separately", "also".
func (x *extraction) skipAttribution(si *sentInfo, k int) int {
	toks := si.s.Tokens
	for k < len(toks) {
		w := si.ltok(k)
		switch {
		case x.inTimex(si, k), x.inCue(si, k, "channel"), x.inCue(si, k, "aside"):
			k++
		case w == "separately" || w == "also" || w == "publicly" || x.inCue(si, k, "audience"):
			k++
		case (w == "afterwards" || w == "afterward" || w == "later" || w == "again" || w == "earlier" || w == "subsequently" || w == "repeatedly" || w == "then") && si.ltok(k+1) == "that":
			k++ // "said afterwards that ..."
		case k > 0 && toks[k].Kind == Word && !isCapWord(toks[k]) && x.lx.stop[w] == "" && x.inCue(si, k+1, "channel") && (si.ltok(k-1) == "a" || si.ltok(k-1) == "an" || si.ltok(k-1) == "the"):
			k++ // "in a separate statement", "in a written reply"
		case (w == "in" || w == "on" || w == "at" || w == "during" || w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "its" || w == "their") && k+1 < len(toks) && (x.inTimex(si, k+1) || x.inCue(si, k+1, "channel") || x.skipAttribution(si, k+1) > k+1):
			k++
		default:
			if m := x.mentionAt(si, k); m != nil && m.tok0 == k && m.Type != MentionGroup {
				// an audience: "told AFP", "told Hayashi that"
				if n := x.skipAttribution(si, m.tok1); n >= len(toks) || si.ltok(n) == "that" || toks[n].Kind == Punct && !isQuote(toks[n].Text) {
					k = m.tok1
					continue
				}
				if (m.Type == "outlet" || m.outlet || m.Type == string(schema.Person) || m.Type == MentionPronoun) && (si.ltok(k-1) == "told" || si.ltok(k-1) == "tells") {
					k = m.tok1 // "told Reuters the talks had stalled", "told him the door is open": the one told
					continue
				}
			}
			if (si.ltok(k-1) == "told" || si.ltok(k-1) == "tells") && objectPronoun(w) {
				k++ // "I told them we would come"
				continue
			}
			if t := toldAudienceThat(si, k); t > k {
				k = t // "told the council that ...": the audience
				continue
			}
			return k
		}
	}
	return k
}

// toldAudienceThat is the "that" closing an audience of "told" starting
// at token k ("told the council that", "told a news conference on Monday
// that"): words only, at most five; k when there is none.
func toldAudienceThat(si *sentInfo, k int) int {
	if w := si.ltok(k - 1); w != "told" && w != "tells" {
		return k
	}
	for j := k; j < len(si.s.Tokens) && j <= k+5; j++ {
		if si.ltok(j) == "that" {
			if j > k {
				return j
			}
			return k
		}
		if si.s.Tokens[j].Kind != Word {
			return k
		}
	}
	return k
}

// objectPronoun reports a personal pronoun in the object case.
func objectPronoun(w string) bool {
	switch w {
	case "him", "her", "them", "me", "us", "you":
		return true
	}
	return false
}

// datelineEnd is the first token after a dateline opening the sentence
// ("NAIROBI (Reuters) -", "RENDSHOLM, Ostmark (AP) —"), else 0.
func datelineEnd(si *sentInfo) int {
	toks := si.s.Tokens
	if len(toks) == 0 || !isAllCaps(toks[0].Text) || len(toks[0].Text) < 3 {
		return 0
	}
	for k := 1; k < len(toks) && k < 12; k++ {
		switch toks[k].Text {
		case "-", "–", "—", "--":
			return k + 1
		}
	}
	// "NEW DELHI, March 9 (PTI) Prime Minister X": a credit ends it
	for k := 2; k+1 < len(toks) && k < 12; k++ {
		if toks[k].Text == ")" && toks[k-2].Text == "(" && isAllCaps(toks[k-1].Text) && toks[k+1].Kind == Word && isCapWord(toks[k+1]) {
			return k + 1
		}
	}
	return 0
}

// speakerStart is the first token of the speaker phrase of a reporting
// verb, past an appositive ("Vilde, 58, said"), after the comma or quote
// that ends the content before it; 0 when the sentence opens with it.
func (x *extraction) speakerStart(si *sentInfo, s speaker) int {
	toks := si.s.Tokens
	if s.verbAt <= 0 || s.verbAt > len(toks) {
		return 0
	}
	for j := s.verbAt - 1; j >= 0; j-- {
		if t := toks[j].Text; t == "," || isQuote(t) {
			if j == 0 {
				return 0
			}
			// an appositive: the speaker is before it ("Vilde, 58, said")
			if t == "," && j+1 < s.verbAt && x.mentionAt(si, j-1) != nil && len(x.mentionsFrom(si, j+1, s.verbAt)) == 0 && !x.sourceAt(si, j+1, s.verbAt) && !x.inCue(si, j+1, "office") {
				continue
			}
			if t == "," && j+1 == s.verbAt {
				continue // "X, a veteran, said": the comma closing the appositive
			}
			return j + 1
		}
	}
	return 0
}

// quoted is the text inside the quotation marks of s, joined.
func quoted(s string) string {
	var parts []string
	for _, pair := range [][2]string{{"“", "”"}, {"\"", "\""}} {
		rest := s
		for {
			i := strings.Index(rest, pair[0])
			if i < 0 {
				break
			}
			rest = rest[i+len(pair[0]):]
			j := strings.Index(rest, pair[1])
			if j < 0 {
				break
			}
			parts = append(parts, strings.TrimRight(strings.TrimSpace(rest[:j]), ","))
			rest = rest[j+len(pair[1]):]
		}
	}
	return strings.Join(parts, " ")
}

// insideQuotation reports token k inside a quotation that opens the
// sentence and is attributed after it: "\"He listened, and he told me
// the money isn't there,\" X told reporters".
func insideQuotation(si *sentInfo, k int) bool {
	toks := si.s.Tokens
	if len(toks) == 0 || !doubleQuote(toks[0].Text) || k == 0 {
		return false
	}
	for c := 1; c < len(toks); c++ {
		if !doubleQuote(toks[c].Text) {
			continue
		}
		if c < k {
			return false // closed before k
		}
		for _, sp := range si.speech {
			if a, _ := si.spanToks(sp.start, sp.end); a > c && a <= c+8 {
				return true
			}
		}
		return false
	}
	return false
}

func doubleQuote(t string) bool { return t == "\"" || t == "“" || t == "”" }
