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

// speaker is who a speech verb attributes to.
type speaker struct {
	iri       string
	anonymous bool
	outlet    bool
	verbAt    int // token index of the speech verb
	postposed bool
}

// claims finds the attributed statements of the document.
func (x *extraction) claims() []claimDraft {
	var out []claimDraft
	lastReporter := map[string]string{} // claimant → outlet that last reported them
	var pending []*sentInfo             // sentences of an open quote
	for _, si := range x.infos {
		if si.s.Caption {
			pending = nil
			continue
		}
		opens, closes := quoteBalance(si.s.Text)
		d, ok := x.claimOf(si)
		if !ok {
			if opens && !closes {
				pending = append(pending[:0], si)
			} else if len(pending) > 0 && !closes {
				pending = append(pending, si)
			} else {
				pending = nil
			}
			continue
		}
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
		out = append(out, d)
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

// claimOf reads the attribution of a sentence.
func (x *extraction) claimOf(si *sentInfo) (claimDraft, bool) {
	var speakers []speaker
	var reporters []string
	toks := si.s.Tokens
	for _, sp := range si.speech {
		a, b := si.spanToks(sp.start, sp.end)
		class := sp.phrases[0].class
		switch class {
		case "according", "cite":
			lim := b + 6
			for k := b; k < lim && k < len(toks); k++ {
				if toks[k].Text == "," {
					lim = k
				}
			}
			ms := x.mentionsFrom(si, b, lim)
			anon := x.sourceAt(si, b, lim)
			if anon {
				speakers = append(speakers, speaker{anonymous: true, verbAt: a})
			} else if len(ms) > 0 {
				m := ms[0]
				if m.outlet {
					reporters = append(reporters, m.Entity)
				} else if actorMention(m) && m.Type != MentionGroup {
					speakers = append(speakers, speaker{iri: m.Entity, verbAt: a})
				}
			}
			continue
		}
		// speaker before the verb (skipping adverbs, auxiliaries, channels)
		spk, found := x.speakerBefore(si, a)
		if !found {
			spk, found = x.speakerAfter(si, b)
			spk.postposed = true
		}
		if !found {
			continue
		}
		spk.verbAt = a
		if a >= 2 && (si.tok(a-1) == "," || isQuote(si.tok(a-1))) || spk.postposed {
			spk.postposed = true
		}
		if spk.outlet {
			reporters = append(reporters, spk.iri)
		}
		if class == "tell" {
			// "told CNN": the audience relays
			for _, m := range x.mentionsFrom(si, b, b+2) {
				if m.outlet {
					reporters = append(reporters, m.Entity)
				}
			}
		}
		speakers = append(speakers, spk)
	}
	// "the Al Jazeera report", "a Reuters report"
	for i := range si.mentions {
		m := &si.mentions[i]
		if m.outlet && (si.ltok(m.tok1) == "report" || si.ltok(m.tok1) == "reports") {
			reporters = append(reporters, m.Entity)
		}
	}
	if len(speakers) == 0 {
		return claimDraft{}, false
	}
	d := claimDraft{para: si.s.Paragraph, sentences: []int{si.s.Index}, evidence: []schema.Evidence{x.evidence(si)}}
	d.reportedBy = dedupe(reporters)
	// claimant: a named non-outlet speaker first, then an anonymous source,
	// then an outlet speaking for itself
	best := -1
	rank := func(s speaker) int {
		switch {
		case s.iri != "" && !s.outlet && x.reg.byIRI[s.iri] != nil && x.reg.byIRI[s.iri].typ == schema.Person:
			return 4
		case s.iri != "" && !s.outlet:
			return 3
		case s.anonymous:
			return 2
		}
		return 1
	}
	for i, s := range speakers {
		if best < 0 || rank(s) > rank(speakers[best]) {
			best = i
		}
	}
	s := speakers[best]
	if !s.anonymous {
		d.claimant = s.iri
	}
	d.anonymous = s.anonymous
	d.text = x.claimText(si, s)
	d.channel = x.channelOf(si)
	// the date of the statement: a timex near the verb or speaker not owned
	// by an event
	for k := range x.timexes {
		tx := &x.timexes[k]
		if tx.Start < si.s.Start || tx.End > si.s.End || !calendarValue(tx.Value) {
			continue
		}
		ta, tb := si.spanToks(tx.Start, tx.End)
		if abs(ta-s.verbAt) <= 4 || abs(tb-s.verbAt) <= 4 {
			if !x.nearTrigger(si, ta, tb) {
				d.date = &schema.Date{Value: tx.Value, Text: tx.Text}
				break
			}
		}
	}
	_ = toks
	return d, true
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
	for k >= 0 {
		w := si.ltok(k)
		switch w {
		case "also", "has", "have", "had", "reportedly", "later", "earlier", "again", "then", "further", "previously", "once", "publicly", "repeatedly", "was", "is":
			k--
			continue
		}
		// a timex or channel phrase between: "Orban in a Facebook post said"
		if isQuote(si.tok(k)) || x.inTimex(si, k) || x.inCue(si, k, "channel") || w == "in" || w == "a" || w == "an" || w == "on" || w == "the" && x.inCue(si, k+1, "channel") {
			k--
			continue
		}
		break
	}
	if k < 0 {
		return speaker{}, false
	}
	if m := x.mentionAt(si, k); m != nil {
		return x.speakerOf(m)
	}
	// ", who ..., said": the antecedent of a relative clause
	if x.sourceEnding(si, k) {
		return speaker{anonymous: true}, true
	}
	return x.relativeAntecedent(si, k)
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
		// "a source familiar with the matter": the cue opens a short phrase
		if ca < k && k-cb <= 5 {
			ok := true
			for j := cb; j <= k; j++ {
				if si.tok(j) == "," || x.mentionAt(si, j) != nil && !strings.EqualFold(si.tok(j), "the") {
					ok = false
				}
			}
			if ok && si.ltok(cb) == "familiar" {
				return true
			}
		}
	}
	return false
}

// speakerAfter reads an inverted attribution: "said Lavrov".
func (x *extraction) speakerAfter(si *sentInfo, b int) (speaker, bool) {
	if m := x.mentionAt(si, b); m != nil {
		return x.speakerOf(m)
	}
	return speaker{}, false
}

func (x *extraction) speakerOf(m *Mention) (speaker, bool) {
	switch {
	case m.outlet:
		return speaker{iri: m.Entity, outlet: true}, true
	case m.Type == string(schema.Person), m.Type == MentionPronoun, m.Type == string(schema.Organisation), m.Type == string(schema.Country):
		if m.Entity == "" {
			return speaker{}, false
		}
		return speaker{iri: m.Entity}, true
	}
	return speaker{}, false
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
// that", or the sentence without its attribution.
func (x *extraction) claimText(si *sentInfo, s speaker) string {
	text := si.s.Text
	if q := quoted(text); q != "" && len(q) > len(text)/3 {
		return q
	}
	toks := si.s.Tokens
	if s.verbAt < len(toks) {
		if s.postposed {
			// "..., X said." — the words before the attribution
			for k := s.verbAt - 1; k > 0; k-- {
				if toks[k].Text == "," {
					return strings.TrimSpace(strings.Trim(x.text[si.s.Start:toks[k].Start], "\"“” "))
				}
			}
		}
		k := s.verbAt + 1
		for k < len(toks) && (toks[k].Kind == Punct || strings.EqualFold(toks[k].Text, "that")) {
			k++
		}
		if k < len(toks) {
			return strings.TrimSpace(x.text[toks[k].Start:si.s.End])
		}
	}
	return text
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
			parts = append(parts, strings.TrimSpace(rest[:j]))
			rest = rest[j+len(pair[1]):]
		}
	}
	return strings.Join(parts, " ")
}
