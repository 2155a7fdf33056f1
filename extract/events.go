package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/eventgraph/eventgraph/schema"
)

// candidate is one mention of a contact event, before mentions of the same
// contact are merged.
type candidate struct {
	kind         schema.EventKind
	weak, remote bool
	participants []string // sorted IRIs
	hosts        []string
	place        string
	placeRank    int
	date         *schema.Date
	status       schema.Status
	explicit     bool     // status from a cue, not a default
	unrealised   bool     // "had been due to": cancelled unless said to be postponed
	travel       bool     // "flew to Oslo": a visit only if no other contact says more
	separate     string   // "spoke with both X and Y": one contact of this participant with each other
	reference    bool     // "since X's visit": another contact, a point of reference
	passive      []int    // tokens of the participles whose agents passiveBy read ("hosted by X")
	stops        []string // further places of a journey: "travelled to Paris and Berlin"
	endDays      int      // "wrapped up a two-day visit on Friday": the date ends a contact of so many days
	startDays    int      // "arrived on Tuesday for a three-day visit": the date starts a contact of so many days
	returner     string   // "X is expected to return the visit": X visits the earlier visitor's country
	invite       bool     // "X invited Y to Z"
	evidence     schema.Evidence
	sentence     int
	trigStart    int
	anaphoric    bool     // no participants: "the meeting", "the Lisbon Peace Summit"
	named        bool     // an event named after an organisation: "the G20 summit"
	indefinite   bool     // "a meeting": refers back only within its sentence
	series       bool     // "the next round": a new round of the latest talks
	lastSentence int      // the latest sentence merged in
	joinBase     []string // participants of the event joined ("join the summit between X and Y")
	joinPeople   []string // people whose contact the participants join ("joined the presidents")
	represents   bool     // "Ostmark was represented by X": X joins the gathering just told of
	roster       bool     // with represents, the people of the gathering just told of: "X was the host. His guests were A and B"
	joinLatest   bool     // the participants join the contact referred to ("join the Oslo meeting")
	pronoun      bool     // "It has been pushed back to June": the contact told just before, put off
	bareJoin     bool     // a join verb with no object: "X joined twenty minutes later"
	tally        bool     // a count of undated contacts ("have spoken twice"), besides its dated member
	delegates    bool     // the participants lead the delegations of the subject ("the delegation, led by X")
	alongside    bool     // "X will attend the gathering alongside Y": all of them at the gathering referred to
	previous     bool     // "X and Y last met in May": the contact before the one the article tells
	later        bool     // "the two ministers later had lunch with X": after the contact told before, the same day
	gathered     bool     // "The meeting brought together X, Y and Z", "The meeting was chaired by X": people of the gathering told of around it
	seriesItem   bool     // "after conversations on 1 March and on 6 March": one of a series the sentence dates, whose people may be those of the latest such contact before (seriesPeople)
	attendedTold bool     // "the expanded talks were attended by X and Y": the contact told just before, with X and Y too
	parallel     int      // "While the leaders talked, their ministers, X and Y, ...": 1 + the offset of the leaders' contact's trigger, whose date X and Y's takes
}

// trigInfo is a trigger of a sentence with its token range.
type trigInfo struct {
	sp         span
	a, b       int
	kind       schema.EventKind
	pos, flag  string
	timex      *Timex
	timexDist  int
	joinTarget int // index of the noun trigger a join verb joins, -1 if none
	joiner     []string
}

// clauseStop reports tokens that end the argument window of a trigger.
func clauseStop(t string) bool {
	switch t {
	case ";", ":", "(", ")", "—", "–":
		return true
	}
	return false
}

// events finds the candidate events of a sentence.
func (x *extraction) events(si *sentInfo) []candidate {
	if x.retracted(si.s.Index) {
		return nil
	}
	if ps := x.companionsCopula(si); len(ps) > 0 {
		// "Travelling with her were A and B": they join the contact told
		// of just before
		return []candidate{{kind: schema.Meeting, participants: ps, joinLatest: true, bareJoin: true, status: schema.Happened, sentence: si.s.Index, trigStart: si.s.Tokens[0].Start, evidence: x.evidence(si)}}
	}
	toks := si.s.Tokens
	var trigs []trigInfo
	for _, sp := range si.triggers {
		a, b := si.spanToks(sp.start, sp.end)
		if a >= len(toks) {
			continue
		}
		if x.internalMeeting(si, a) {
			continue // "a limited cabinet meeting": one government's own
		}
		p := sp.phrases[0]
		if p.flag == "join" && x.internalBefore(si, a) {
			continue // "chaired a cabinet meeting ..., attended by X": its attendees
		}
		if len(sp.phrases) > 1 && p.pos == "noun" && a > 0 {
			// a word that is a noun and a verb ("visits"): the verb after
			// its subject ("X visits Y")
			if m := x.mentionAt(si, a-1); m != nil && m.tok1 == a && (m.Type == string(schema.Person) || m.Type == MentionPronoun || m.Type == MentionGroup) && !m.possessive {
				for _, q := range sp.phrases[1:] {
					if q.pos == "verb" {
						p = q
					}
				}
			}
		}
		if p.pos == "noun" && b == a+1 && participleAt(si, a) && (a == 0 || si.tok(a-1) == "," || si.ltok(a-1) == "while" || si.ltok(a-1) == "when" || si.ltok(a-1) == "after" || si.ltok(a-1) == "before") {
			// a noun in -ing that is a participle opening its phrase, before
			// the person it takes: "Meeting X in Geneva on Friday, Y said",
			// "while meeting X"
			if m := x.mentionAt(si, b); m != nil && m.tok0 == b && m.Type == string(schema.Person) && !m.possessive {
				p.pos = "verb"
			}
		}
		if m := x.mentionAt(si, a); m != nil && m.Type == string(schema.Person) && m.tok0 <= a && b <= m.tok1 {
			continue // a word of a person's title: "Host Ana Ruiz"
		}
		if nt := b; p.pos == "verb" && b == a+1 && si.ltok(a) == "negotiating" && nt < len(si.s.Tokens) && si.s.Tokens[nt].Kind == Word && !isCapWord(si.s.Tokens[nt]) && x.lx.stop[si.ltok(nt)] == "" && !strings.HasSuffix(si.ltok(nt), "ly") {
			continue // "negotiating teams", "the negotiating table": an adjective
		}
		ti := trigInfo{sp: sp, a: a, b: b, kind: schema.EventKind(p.class), pos: p.pos, flag: p.flag, joinTarget: -1}
		if p.flag == "round" && (!ordinalWord(si.ltok(a-1)) && si.ltok(a-1) != "another" && si.ltok(a-1) != "new" || si.ltok(b) == "of") {
			if w := si.ltok(a - 1); (w == "that" || w == "this" || w == "the") && si.ltok(b) != "of" && a >= 1 && (a < 2 || si.ltok(a-2) != "of") {
				// "That round has been pushed back": the round spoken of
				ti.flag = ""
			} else {
				continue // "a round of applause": only "the next round", "a fourth round"
			}
		}
		if p.flag == "travel" && (si.ltok(a) == "expected" || si.ltok(a) == "due") && a >= 2 && passiveAux(si.ltok(a-1)) && nounTriggerEndingAt(si, a-2) {
			// "A fifth round is expected in Lima in June": the round is
			// expected, no one travels
			continue
		}
		if p.pos == "verb" && si.ltok(a-1) == "to" {
			switch si.ltok(a - 2) {
			case "place", "venue", "forum", "room", "space", "way":
				// "gives them a place to talk": what the place is for,
				// no contact
				continue
			}
		}
		if p.pos == "noun" && a >= 2 && possessiveTokens[si.tok(a-1)] {
			if m := x.mentionAt(si, a-2); m != nil && m.Type == string(schema.Organisation) && !m.asPlace && x.lx.stop[si.ltok(a-2)] != "org" {
				// "alongside the Investment Bank's meetings": one body's
				// own meetings
				continue
			}
		}
		if p.pos == "verb" && b-a == 1 && (p.flag == "join" || p.flag == "host") && (possessiveTokens[si.tok(a-1)] || possessiveTokens[si.tok(a-2)] && si.s.Tokens[a-1].Kind == Word && si.covered[a-1] != 2 || determinerWord(si.ltok(a-1)) || x.adjectiveAfterDeterminer(si, a) || x.orgBefore(si, a) && !strings.HasSuffix(si.ltok(a), "s") && !strings.HasSuffix(si.ltok(a), "ed") && !strings.HasSuffix(si.ltok(a), "ing")) {
			// "this year's bloc chair", "its host", "the Nordic Council
			// chair": a noun naming an office
			continue
		}
		if p.pos == "verb" && ti.kind == schema.Call && b-a == 1 && determinerWord(si.ltok(a-1)) && (si.ltok(a-2) == "over" || si.ltok(a-2) == "on") && contactWordBefore(si, sp.start) {
			// "spoke to X over the phone on Saturday": the channel of the
			// verb before it, which keeps the date
			continue
		}
		next := si.ltok(b)
		if w := si.ltok(a); ti.kind == schema.Call && b-a == 1 && next == "on" && (w == "called" || w == "call" || w == "calls" || w == "calling") {
			at := x.pastApposedTitle(si, b+1) // "call on the head of state, X"
			if m := x.mentionAt(si, at); m == nil || m.tok0 != at {
				// "called on opposition leader X", "call on National
				// Assembly Speaker X": past a title the lexicon lacks
				for k := b + 1; k <= b+4 && k < len(si.s.Tokens); k++ {
					if pm := x.mentionAt(si, k); pm != nil && pm.tok0 == k && pm.Type == string(schema.Person) {
						at = k
						break
					}
					if t := si.s.Tokens[k]; t.Kind != Word || x.lx.stop[si.ltok(k)] == "function" {
						break
					}
				}
			}
			if m := x.mentionAt(si, at); m != nil && m.tok0 == at && m.Type == string(schema.Person) && si.ltok(m.tok1) != "to" && si.ltok(m.tok1) != "for" {
				// "X called on Premier Y at the Great Hall": a visit paid
				// in person, not a phone call nor an appeal ("called on Y
				// to resign")
				ti.kind, ti.flag, ti.pos = schema.Meeting, "", "verb"
				trigs = append(trigs, ti)
				continue
			}
		}
		// "called for", "calls on", "so-called": not a phone call ("a video
		// call on Wednesday", "spoke by phone on Monday", "joined the call
		// for its final twenty minutes", "spoke by telephone for the first
		// time", "spoke for the first time since" are)
		if ti.kind == schema.Call && (next == "for" && b-a == 1 && !forTheNthTime(si, b) && !x.durationAfter(si, b) || next == "on" && b-a == 1 && !x.inTimex(si, b+1) && ti.flag != "weak" || next == "off" || next == "it" || si.tok(a-1) == "-") {
			continue
		}
		if w := si.ltok(a - 1); b-a == 1 && (strings.EqualFold(si.tok(a), "conference") || strings.EqualFold(si.tok(a), "conferences")) && (w == "press" || w == "news" || w == "video" || w == "phone" || w == "telephone" || w == "peace") {
			continue // "a press conference" (and "a video conference", "a peace conference", read whole)
		}
		if ti.kind == schema.Talks && p.pos == "noun" && si.ltok(a-1) == "for" && recalledBefore(si, a-1) {
			continue // "the ambassador was recalled for consultations": called home, no contact
		}
		if ti.kind == schema.Call && ti.flag == "weak" && (next == "of" || next == "about") {
			continue // "she spoke of X", "heard him talk about X": talk of someone
		}
		if ti.kind == schema.Call && ti.pos == "verb" && (next == "to" || next == "with") && (x.inCue(si, b+1, "audience") || si.ltok(b+1) == "the" && x.inCue(si, b+2, "audience")) {
			continue // "X and Y spoke to reporters": an audience, no contact
		}
		if ti.kind == schema.Call && b-a == 1 && (strings.EqualFold(si.tok(a), "phone") || strings.EqualFold(si.tok(a), "telephone")) && x.contentWordAt(si, b) {
			continue // "phone operations", "telephone lines"
		}
		if ti.kind == schema.Call && p.pos == "verb" && b-a == 1 && si.ltok(a-1) == "by" && (strings.EqualFold(si.tok(a), "phone") || strings.EqualFold(si.tok(a), "telephone")) {
			continue // "spoke with X by phone last week": how, the verb before is the contact
		}
		if w := si.ltok(a); ti.kind == schema.Call && b-a == 1 && (w == "called" || w == "calls" || w == "call") && x.namingCall(si, a, b) {
			continue // "a group called X", "called X a liar": naming, not phoning
		}
		if w := si.ltok(a); ti.flag == "host" && (w == "received" || w == "receives" || w == "receive" || w == "receiving") && x.receivedThing(si, a, b) {
			continue // "the treatment X received from Y", "received U.S. clearance"
		}
		if ti.pos == "noun" && ti.flag != "weak" && (ti.kind == schema.Call || ti.kind == schema.Visit) && (si.ltok(a-1) == "to" || modalWord(si.ltok(a-1))) {
			// "to call", "would visit Lima": a verb
			ti.pos = "verb"
		}
		if ti.pos == "noun" && b-a == 1 && strings.EqualFold(si.tok(a), "meeting") && si.ltok(a-1) == "," && x.personStartsAt(si, b) {
			// ", meeting Chancellor X": a participle
			ti.pos = "verb"
		}
		if ti.pos == "noun" && b-a == 1 && strings.EqualFold(si.tok(a), "meeting") && x.personStartsAt(si, b) && a > 0 && si.s.Tokens[a-1].Kind == Word && !isCapWord(si.s.Tokens[a-1]) && x.lx.stop[si.ltok(a-1)] != "function" {
			// "did not rule out meeting X", "considered meeting X": a gerund
			ti.pos = "verb"
		}
		if ti.flag == "person" {
			// "saw X in Oslo", "to brief X": only with a person named
			// right after ("saw a chance", "briefed reporters" are none),
			// not in a question ("Asked whether he would see X")
			at := x.pastApposedTitle(si, b)
			if si.ltok(b) == "by" && passiveAux(si.ltok(a-1)) {
				// "X was summoned by Y on Monday": the agent after "by"
				at = x.pastApposedTitle(si, b+1)
			}
			if !x.personStartsAt(si, at) && !x.possessorOfPerson(si, at) && !(si.ltok(b) == "the" && x.personSoonAfter(si, b, 6)) && !(reciprocalAt(si, b) && !x.wordBetween(si, b, b+6, "room")) || whetherBefore(si, a) {
				continue
			}
			ti.flag = ""
		}
		if ti.flag == "together" {
			// "X brought Y and Z together", "X brought together Y and Z":
			// a meeting of X, Y and Z; not "brought the talks to a close",
			// nor "It brought together Y and Z" (the gathering just told
			// of: gatheredBy)
			if !x.bringsTogether(si, a, b) {
				continue
			}
			ti.flag = ""
		}
		if ti.flag == "company" {
			// "spent five hours on Tuesday with X": time spent with a
			// person named after "with", in the same clause
			with := withInClause(si, b)
			if (with < 0 || !x.personSoonAfter(si, with+1, 6)) && !togetherAfter(si, b) {
				continue
			}
			ti.flag = ""
			if strings.HasPrefix(si.ltok(a), "discuss") {
				// "discussed the plan with X": a contact of its own only
				// where no other contact word tells it ("held a call on
				// Monday and discussed ...", "in a phone call"); "by phone"
				// makes it a call
				if remoteAfter(si, with) {
					ti.kind = schema.Call
				} else if x.otherTriggerNear(si, a, b, 12) {
					continue
				}
			}
		}
		if w := si.ltok(b - 1); ti.flag == "travel" && (w == "in" || w == "at" || w == "to") {
			// "X is due in Castel": a journey only after a form of "be",
			// to a place ("the round is expected in April" is none)
			if bw := si.ltok(a - 1); bw != "is" && bw != "are" && bw != "was" && bw != "were" && bw != "be" {
				continue
			}
			if m := x.mentionAt(si, b); m == nil || m.tok0 != b || m.Entity == "" || x.reg.byIRI[m.Entity] == nil || !x.reg.byIRI[m.Entity].place {
				continue
			}
		}
		trigs = append(trigs, ti)
	}
	// "held a trilateral summit": the verb phrase's last word modifies the
	// noun trigger right after it, which names the contact
	kept := trigs[:0]
	for i, t := range trigs {
		if t.pos == "verb" && t.b-t.a >= 3 && i+1 < len(trigs) && trigs[i+1].a == t.b && trigs[i+1].pos == "noun" {
			continue
		}
		if w := si.ltok(t.b); t.pos == "noun" && (w == "by" || w == "via" || w == "over") && i+1 < len(trigs) && trigs[i+1].a == t.b+1 && trigs[i+1].flag == "remote" && trigs[i+1].pos == "noun" {
			// "their first meeting by video conference": one contact, the
			// remote one
			continue
		}
		kept = append(kept, t)
	}
	trigs = kept
	for _, t := range trigs {
		x.keptTrigs[t.sp.start] = true
	}
	if len(trigs) == 0 {
		if c, ok := x.pronounPutOff(si); ok {
			return []candidate{c}
		}
		if c, ok := x.gatheredBy(si); ok {
			return []candidate{c}
		}
		if c, ok := x.representedBy(si); ok {
			return []candidate{c}
		}
		if cs := x.ordinalItems(si); len(cs) > 0 {
			return cs
		}
		return x.captionContact(si)
	}
	// Link join verbs to the event noun they join.
	for i := range trigs {
		if trigs[i].flag != "join" {
			continue
		}
		for j := i + 1; j < len(trigs) && (trigs[j].a <= trigs[i].b+3 || trigs[j].a <= trigs[i].b+10 && x.nameRunBetween(si, trigs[i].b, trigs[j].a)); j++ {
			// "attend the Nordic Council Leaders Meeting": past
			// the capitalised name of the event
			if trigs[j].pos == "noun" {
				if si.ltok(trigs[j].a-1) == "by" && trigs[j].kind == schema.Call && trigs[j].a <= trigs[i].b+2 && !passiveAux(si.ltok(trigs[i].a-1)) {
					// "took part by video link", "joined by phone": the
					// manner of joining, not the contact joined (not "were
					// joined by video link by X": a call of their own)
					break
				}
				trigs[i].joinTarget = j
				break
			}
		}
	}
	// "X attended the opening session of Thursday's talks alongside the
	// Chilean and Peruvian delegations": X joins the contact of those named
	for i := range trigs {
		t := &trigs[i]
		if t.flag != "join" || t.joinTarget >= 0 {
			continue
		}
		for k := t.b; k < len(toks) && k < t.b+12; k++ {
			if clauseStop(si.tok(k)) || si.tok(k) == "," {
				break
			}
			if si.ltok(k) == "alongside" {
				t.joiner = x.entityList(si, k+1, len(toks))
				break
			}
		}
	}
	// Assign each timex of the sentence to its nearest trigger.
	for k := range x.timexes {
		tx := &x.timexes[k]
		if tx.Start < si.s.Start || tx.End > si.s.End || !calendarValue(tx.Value) || tx.dayPart {
			continue // ("in the morning": the narrative's day, below)
		}
		ta, tb := si.spanToks(tx.Start, tx.End)
		if x.speechTimex(si, ta) && !(si.tok(tb) == "," && si.ltok(tb+1) == "when") {
			// "said on Monday": when it was said ("had been warned two
			// days before that, when X took a call from Y" dates the call)
			continue
		}
		if datelineTimex(si, ta, tb) {
			continue // "CASTEL, Oct 7 (Coast Wire) -": when it was filed
		}
		if len(tx.Value) <= 2 {
			continue // "18th-century"
		}
		if tx.rangeEnd || tx.anchor {
			continue // "on 20-22 April": the first day dates the contact; "the day before X on 6 October": the day before
		}
		if si.ltok(ta-1) == "by" && len(tx.Value) == 4 && tx.Value > x.doc.Published.Format("2006") {
			continue // "agreed to unplug their grids by 2025": a deadline in a later year
		}
		if w := si.ltok(ta - 1); (w == "until" || w == "till") && !x.postponedCue(si) {
			continue // "agreed to keep the gates open until the end of February"
		}
		if x.modifiesOtherNoun(si, trigs, ta, tb) {
			continue // "a bid to host the 2030 regional games"
		}
		if x.datesCalling(si, trigs, ta, tb) {
			continue // "the visit was called off on Tuesday": when it was called off
		}
		// "since 2011", "since the border deal of 2021": a point of reference
		// for what precedes
		since := false
		for k := ta - 1; k >= 0 && k >= ta-5 && si.tok(k) != ","; k-- {
			if si.ltok(k) == "since" {
				since = true
			}
		}
		if since && !(si.tok(tb) == "," && si.ltok(tb+1) == "when") {
			// "have spoken several times since January": a series' start
			// ("since 2011, when X visited Y" dates the visit)
			continue
		}
		// past the thing the date counts from: "on the eve of the summit,
		// when X and Y dined"
		dateFrom := tb
		for _, o := range trigs {
			if o.pos == "noun" && o.a > tb && anchorNoun(si, tb, o.a) {
				dateFrom = o.b
			}
		}
		whenClause := false
		if si.tok(dateFrom) == "," && (si.ltok(dateFrom+1) == "when" || si.ltok(dateFrom+1) == "where") {
			dateFrom += 2 // "in 2011, when X visited Madrid"
			whenClause = true
		}
		// "The last time X and Y met was in late February, when she flew
		// to Z for talks": a date a copula predicates of a contact before
		// it is that contact's
		copular := false
		if w := si.ltok(ta - 1); w == "was" || w == "were" || (w == "in" || w == "on") && (si.ltok(ta-2) == "was" || si.ltok(ta-2) == "were") {
			for _, o := range trigs {
				if o.b <= ta && o.flag != "join" && !x.clauseBetween(si, o.b, ta) {
					copular = true
				}
			}
		}
		contactBefore := false
		if whenClause {
			for _, o := range trigs {
				if o.flag != "join" && o.b <= ta && ta-o.b <= 6 && !since && !x.clauseBetween(si, o.b, ta) && !x.wordBetween(si, o.b, ta, "since") {
					contactBefore = true
				}
			}
		}
		best, bestD := -1, 1<<30
		for i, t := range trigs {
			if t.flag == "join" {
				continue
			}
			d := 0
			switch {
			case tb <= t.a:
				d = t.a - tb
				if copular {
					continue
				}
				if t.pos == "noun" && anchorNoun(si, tb, t.a) {
					continue // "on the eve of the talks", "the day after the summit": the noun anchors the date
				}
				if x.clauseBetween(si, dateFrom, t.a) {
					continue // "... later this month, and that X was ready to meet"
				}
				if whenClause && t.a >= dateFrom && contactBefore {
					continue // "will meet in Paris on 2 October, when X will host the talks": the contact before's (the clause shares it, below)
				}
				if e := openingPhraseEnd(si); e >= 0 && tb <= e && t.a > e && x.triggerBefore(trigs, e) {
					continue // "After receiving X on Tuesday, she flew to Y", "After a lunch with X on Monday, she flew": the opening phrase's day
				}
				if subordinateDate(si, ta, tb, t.a) {
					continue // "before the mandate expires on Aug. 20, at a summit": the clause's own time
				}
				if x.wordBetween(si, tb, t.a, "and", "but") {
					// "due in X on Monday and will meet Y the following day";
					// "met X in Oslo on Wednesday and invited him"
					d += 12
				}
				if x.wordBetween(si, tb, t.a, "after", "before", "since", "until") {
					d += 12 // "in May, two months after hosting him": May is the visit's
				}
				if x.wordBetween(si, tb, t.a, "where") {
					// "leaves on Friday for X, where she will hold talks
					// with Y on Saturday": the clause's own day first
					d += 12
				}
				if x.inRelativeClause(si, ta) && x.wordBetween(si, tb, t.a, ",") {
					if !x.triggerInClause(trigs, si, ta) {
						continue // "X, who took office in 2023, has met Y": the clause's own time
					}
					d += 12 // "X, who arrived on Monday, met Y the following day": Monday is the arrival's
				}
				if si.tok(tb) == "," && determinerWord(si.ltok(tb+1)) && t.pos == "noun" {
					d += 8 // "visited X in March, the first such trip": an appositive's noun
				}
				if si.tok(tb) == "," && determinerWord(si.ltok(tb+1)) && t.pos == "verb" && si.ltok(t.a-1) == "to" && x.triggerBefore(trigs, ta) {
					// "held talks with X on Thursday, the first minister to
					// visit the country in a decade": an infinitive in the
					// appositive after the contact
					d += 8
				}
				if t.pos == "verb" && passiveParticiple(si.ltok(t.a)) && si.ltok(t.b) == "by" {
					d += 12 // "a summit in Vessaro in April hosted by X": the summit's date
				}
				if t.pos == "noun" && x.wordBetween(si, tb, t.a, "about", "regarding") {
					d += 12 // "spoke on Monday about the summit": the call's day
				}
				if t.pos == "verb" && si.ltok(t.a-1) == "to" {
					// "a visit to Vessaro on November 10 to meet X": the
					// purpose shares the date of the visit before it
					for _, o := range trigs {
						if o.kind == schema.Visit && o.pos == "noun" && o.b <= ta && ta-o.b <= 8 && !x.clauseBetween(si, o.b, ta) {
							d += 12
							break
						}
					}
				}
			case ta >= t.b:
				d = ta - t.b
				if t.pos == "noun" && x.ownArgsBetween(si, t.b, ta) {
					d = 0 // "A call between the two heads of state on Sunday cleared the way for the trip"
				}
				opened := x.whichOpened(si, trigs, &t, ta)
				if opened == 0 && (since || x.wordBetween(si, t.b, ta, "since")) {
					continue // "the first meeting since 2016": another time
				}
				if x.speechBetween(si, t.b, ta) {
					continue // "X, who chaired the call, said ... in October": what was said
				}
				from := t.b
				if t.pos == "noun" {
					if r := x.relativeAfterList(si, trigs, from, ta); r >= 0 {
						// "a meeting between X's minister, A, and his
						// counterpart, B, that was scheduled for next week"
						from = r
					}
				}
				if si.ltok(from) == "that" {
					from++
				}
				if t.pos == "noun" && prepositionWord(si.ltok(from)) {
					// "talks between the two countries' experts, which was to
					// be held next week": the relative clause after the
					// trigger's phrase is still about the trigger
					for j := from + 1; j < ta && j < from+10; j++ {
						if si.tok(j) == "," {
							if si.ltok(j+1) == "which" {
								from = j
							}
							break
						}
						if w := si.ltok(j); (w == "that" || w == "which") && x.mentionAt(si, j-1) != nil {
							// "a meeting of the two teams in Castel that had
							// been set for Thursday"
							from = j + 1
							break
						}
						if clauseStop(si.tok(j)) || x.isTriggerTok(trigs, j) {
							break
						}
					}
				}
				if si.tok(from) == "," && (si.ltok(from+1) == "which" || si.ltok(from+1) == "when") {
					from += 2 // "the G20 summit, which opens on Tuesday"
					if t.pos == "noun" && openingVerb(si, from) {
						// "The summit, which opened at the resort on Friday
						// with a working lunch": the day the noun's own
						// clause tells, over a contact within it
						d = min(d, 1)
					}
				} else if w := opened; w > 0 {
					// "The meeting that X has been waiting for since the
					// floods, which took place on Monday": past the
					// restrictive clause
					from, d = w, min(d, 1)
				}
				if x.clauseBetween(si, from, ta) {
					continue
				}
			}
			if d < bestD {
				best, bestD = i, d
			}
		}
		if best >= 0 && trigs[best].timex != nil && strings.ContainsAny(tx.Text, "0123456789") && len(tx.Value) == 10 && x.appositiveDate(si, trigs[best].timex, ta) {
			// "had met Y a day earlier, on March 9": the date restated
			trigs[best].timex = tx
			continue
		}
		if best >= 0 && trigs[best].timex != nil {
			// "In November she paid a state visit from 9 to 11 November":
			// of two dates of one contact, one inside the other, the finer
			// ("in the autumn, before X celebrates in November": another
			// time)
			o := trigs[best].timex
			oa, ob := si.spanToks(o.Start, o.End)
			from, to := min(ob, tb), max(oa, ta)
			// "should meet this year", said on Thursday; "spoken repeatedly
			// this year, most recently on 14 July": a series and its last)
			if !x.clauseBetween(si, from, to) && !x.speechBetween(si, from, to) && !x.wordBetween(si, from, to, "before", "after", "since", "until", "while", "ahead", "recently", "latest", "last", "first") {
				if strictlyInside(dayValue(tx.Value), dayValue(o.Value)) {
					trigs[best].timex, trigs[best].timexDist = tx, bestD
					continue
				} else if strictlyInside(dayValue(o.Value), dayValue(tx.Value)) {
					continue
				}
			}
		}
		if best >= 0 && (trigs[best].timex == nil || bestD < trigs[best].timexDist) {
			trigs[best].timex = tx
			trigs[best].timexDist = bestD
		}
		if whenClause && best >= 0 && trigs[best].b <= ta && trigs[best].flag != "weak" {
			// "The first meeting took place in September 2019, when X met
			// Y": the clause the date introduces has it too
			for i := range trigs {
				t := &trigs[i]
				if t.a < dateFrom || t.flag == "join" || t.pos != "verb" {
					continue
				}
				if t.timex == nil && !x.clauseBetween(si, dateFrom, t.a) && !x.speechBetween(si, dateFrom, t.a) {
					t.timex, t.timexDist = tx, t.a-tb
				}
				break
			}
		}
	}
	var out []candidate
	var orphan *schema.Date
	var dropped []*trigInfo // weak nouns that named no contact, with a timex

	for i := range trigs {
		t := &trigs[i]
		if t.flag == "join" {
			continue
		}
		if ps, st := x.amongThose(si, t); len(ps) > 0 {
			// "Among those on the call were A and B": they join it
			out = append(out, candidate{kind: t.kind, remote: t.flag == "remote" || t.kind == schema.Call, participants: ps, joinLatest: true, status: st, sentence: si.s.Index, trigStart: t.sp.start, evidence: x.evidence(si)})
			continue
		}
		c, ok := x.candidateOf(si, trigs, i)
		if !ok && x.relativeHost(si, trigs, i, out) {
			continue
		}
		if !ok {
			if t.timex != nil && (t.flag == "weak" && t.pos == "noun" || t.kind == schema.Visit && t.pos == "verb") {
				// a weak noun, or a journey to no one named ("flew to X
				// for talks with Y"): its date goes on to the contact after it
				dropped = append(dropped, t)
			}
			if t.timex != nil && t.kind == schema.Visit && t.flag == "weak" && i == 0 {
				// "The trip began in Vienna on 13 May, where ...": the date
				// of the contacts of the sentence
				orphan = &schema.Date{Value: dayValue(t.timex.Value), Text: t.timex.Text}
			}
			continue
		}
		if len(c.stops) > 0 {
			// one visit per stop of the journey
			_, visitor := x.hostAndVisitor(c.participants)
			for _, p := range c.stops {
				d := c
				d.stops = nil
				d.participants = unionSorted([]string{visitor}, []string{x.countryOfPlace(p)})
				d.place, d.placeRank = p, 3
				if d.participants[0] != d.participants[1] && !x.ownCountry(visitor, x.countryOfPlace(p)) {
					out = append(out, d)
				}
			}
			c.stops = nil
		}
		if c.kind == schema.Visit && c.separate == "" && len(c.participants) >= 3 {
			// "X toured Norway and Chile": a visit to each country
			var person string
			countries := 0
			for _, p := range c.participants {
				switch e := x.reg.byIRI[p]; {
				case e != nil && e.typ == schema.Person && person == "":
					person = p
				case e != nil && e.typ == schema.Country:
					countries++
				}
			}
			if person != "" && countries == len(c.participants)-1 {
				c.separate = person
			}
		}
		if c.separate != "" {
			for _, p := range c.participants {
				if p != c.separate {
					d := c
					d.participants = unionSorted([]string{c.separate}, []string{p})
					out = append(out, d)
				}
			}
			continue
		}
		out = append(out, c)
	}
	// "their only encounter was at a summit in Vessaro hosted by X and Y": the
	// contact the participle's own rule read is the noun's, with its people
	for i := range out {
		if len(out[i].passive) == 0 {
			continue
		}
		own, passive := out[i].trigStart, out[i].passive
		kept := out[:0]
		var more []string
		for j, o := range out {
			if j != i && containsInt(passive, si.tokIndex(o.trigStart)) {
				more = unionSorted(more, o.participants)
				continue
			}
			kept = append(kept, o)
		}
		if len(more) > 0 {
			for j := range kept {
				if kept[j].trigStart == own {
					kept[j].participants = unionSorted(kept[j].participants, more)
				}
			}
		}
		out = kept
		break
	}
	// "X and Y agreed on Monday to fast-track negotiations ..., at their
	// annual consultation": a timex a weak noun took dates the contact
	// after it in the same clause
	// "had last met at a NATO summit in July": the gathering a contact
	// took place at dates it
	for i := range trigs {
		t := &trigs[i]
		if t.pos != "noun" || t.timex == nil || !calendarValue(t.timex.Value) {
			continue
		}
		j := x.venueOfContact(si, trigs, i)
		if j < 0 {
			continue
		}
		place, rank := "", 0
		for _, v := range out {
			if v.trigStart == t.sp.start {
				place, rank = v.place, v.placeRank // the gathering's place too
			}
		}
		for k := range out {
			if c := &out[k]; c.date == nil && !c.anaphoric && c.trigStart == trigs[j].sp.start {
				c.date = &schema.Date{Value: dayValue(t.timex.Value), Text: t.timex.Text}
				if c.place == "" && place != "" {
					c.place, c.placeRank = place, rank
				}
			}
		}
	}
	for _, t := range dropped {
		if t.kind == schema.Visit && si.ltok(t.a-1) == "to" {
			// "X invited Y to visit Z before the end of the year": the
			// infinitive's date is the invitation's
			for i := range out {
				c := &out[i]
				if ct := si.tokIndex(c.trigStart); c.invite && c.date == nil && ct < t.a && t.a-ct <= 6 {
					c.date = &schema.Date{Value: dayValue(t.timex.Value), Text: t.timex.Text}
				}
			}
		}
		ta, tb := si.spanToks(t.timex.Start, t.timex.End)
		if ta > t.a && t.flag == "weak" {
			continue
		}
		// "On Wednesday, X flew home and Y met Z": a date opening the
		// sentence dates its coordinated clauses too
		opening := si.tok(tb) == "," && (ta == 0 || ta == 1 && (si.ltok(0) == "on" || si.ltok(0) == "in"))
		best := -1
		for i := range out {
			c := &out[i]
			ct := si.tokIndex(c.trigStart)
			if c.date != nil || c.anaphoric || ct < t.b || x.clauseBetween(si, ta, ct) || !opening && x.wordBetween(si, ta, ct, "and", "but") && !sameSubjectAfterAnd(si, ta, ct) {
				continue
			}
			if best < 0 || ct < si.tokIndex(out[best].trigStart) {
				best = i
			}
		}
		if best >= 0 {
			out[best].date = &schema.Date{Value: dayValue(t.timex.Value), Text: t.timex.Text}
		}
	}
	x.listedContactNouns(si, trigs, out)
	if len(out) == 0 && len(dropped) == 1 {
		// "The first encounter took place in Berlin on October 28": a
		// contact noun opening the sentence, dated, with no one named
		if t := dropped[0]; t.flag == "weak" && t.pos == "noun" && t.a <= 3 && !actorBefore(si, t.a) && calendarValue(t.timex.Value) && len(t.timex.Value) >= 7 {
			if x.nounDates == nil {
				x.nounDates = map[int]*schema.Date{}
			}
			x.nounDates[si.s.Index] = &schema.Date{Value: dayValue(t.timex.Value), Text: t.timex.Text}
		}
	}
	out = x.invitedHere(si, out)
	out = x.summitHost(si, out)
	x.unrealisedAfterSemicolon(si, out)
	out = x.lastBefore(si, trigs, out)
	x.relativeDates(si, out)
	x.wayWith(si, out)
	out = x.gappedVisits(si, out)
	out = x.gappedPlaces(si, out)
	out = x.datedSeries(si, trigs, out)
	out = x.countedDates(si, out)
	out = x.gappedObjects(si, out)
	out = x.gappedPairs(si, out)
	out = x.asDid(si, out)
	out = x.whileCounterparts(si, out)
	x.toldIn(si, out)
	x.metAtSummit(si, out)
	x.asClauseDate(si, out)
	x.agreedAboutNamed(si, out)
	x.theirHost(si, out)
	x.relativeAlongside(si, trigs, out)
	x.summitAttendees(si, trigs, out)
	x.hostedWhere(si, trigs, out)
	// "X travelled last month to A, and then to B, where he was received by
	// Y": a contact at a journey's stop takes the journey's date
	for i := range out {
		c := &out[i]
		if c.date != nil || c.anaphoric {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		w := -1
		for k := ct - 1; k > 0 && k >= ct-6; k-- {
			if si.ltok(k) == "where" && si.tok(k-1) == "," {
				w = k
				break
			}
		}
		if w < 0 {
			continue
		}
		for j := len(trigs) - 1; j >= 0; j-- {
			t := &trigs[j]
			if t.b > w || t.kind != schema.Visit || t.pos != "verb" {
				continue
			}
			if t.timex != nil && !x.clauseBetween(si, t.b, w) {
				c.date = &schema.Date{Value: dayValue(t.timex.Value), Text: t.timex.Text}
			}
			break
		}
	}
	if si.s.Caption {
		// "X, left, and Y at the opening of talks in Lima": the event the
		// caption names is the contact of the people it shows
		if parts, end := x.captionPeople(si); len(parts) >= 2 && (si.ltok(end) == "at" || si.ltok(end) == "before" || si.ltok(end) == "during") {
			for i := range out {
				if out[i].anaphoric && !out[i].series && out[i].trigStart > si.s.Tokens[end].Start {
					out[i].anaphoric, out[i].named, out[i].indefinite, out[i].participants = false, false, false, parts
				}
			}
		}
	}
	out = x.clauseFallback(si, trigs, out)
	out = x.noneSuch(si, trigs, out)
	out = x.combineVisits(si, trigs, out)
	out = x.gappedPassive(si, out)
	x.hostedNoun(si, trigs, out)
	out = x.hostedForNoun(si, trigs, out)
	out = x.appositiveContact(si, out)
	x.whenClausePeople(si, out)
	x.invitedFor(si, trigs, out)
	x.residenceHosts(si, out)
	out = x.tallies(si, out)
	x.serialDates(si, out)
	// "The trip began in Vienna on 13 May, where X held talks with Y": the
	// contact takes the date of the participant-less mention it belongs to
	if hd := x.dateParagraphBefore(si); hd != nil && x.entryDate(si) == nil {
		// "May 30, 2017 / 14:20" on its own above a readout: the day of
		// the contacts it tells as done with no date of their own
		for i := range out {
			if out[i].date == nil && !out[i].anaphoric && out[i].status == schema.Happened && !out[i].previous && !out[i].tally {
				out[i].date = hd
			}
		}
	}
	if hd := x.entryDate(si); hd != nil {
		// "- Nov. 3, 2021: X visits Y; talks with Z end": a chronology's
		// entry dates the contacts it lists, in all its sentences ("-
		// June 2013: First contact. X and Y meet in Geneva"); its present
		// tense tells of the past when the entry's date is past
		for i := range out {
			if out[i].date == nil && !out[i].anaphoric {
				out[i].date = hd
				if out[i].status == schema.Planned && !out[i].explicit && x.past(hd.Value) {
					out[i].status = schema.Happened
				}
			}
		}
	}
	shared := orphan
	sharedFuture := false
	sharedAt := -1
	dated := 0
	for _, c := range out {
		if c.anaphoric && c.date != nil && !c.named && !c.reference {
			shared, sharedFuture, sharedAt = c.date, future(c.status), si.tokIndex(c.trigStart)
		}
		if !c.anaphoric && c.date != nil {
			dated++
		}
	}
	if shared != nil {
		for i := range out {
			if out[i].explicit && future(out[i].status) != sharedFuture {
				continue // "X, who hosted Y at a summit on May 2, is ready to meet Z"
			}
			if out[i].anaphoric || out[i].date != nil {
				continue
			}
			if dated > 0 {
				// other contacts of the sentence have dates of their own:
				// only a contact in the mention's clause takes its date ("X
				// met Y on the sidelines of the summit on Friday, and the
				// following day ...")
				ct := si.tokIndex(out[i].trigStart)
				lo, hi := min(ct, sharedAt), max(ct, sharedAt)
				if sharedAt < 0 || x.clauseBetween(si, lo, hi) || x.wordBetween(si, lo, hi, "and", "but") {
					continue
				}
			}
			out[i].date = shared
		}
	}
	// "arrived in X on Sunday for a two-day visit, during which she held
	// talks with Y": a contact in a relative clause on a dated journey
	// takes the journey's date
	for i := range out {
		c := &out[i]
		if c.date != nil || c.anaphoric {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		rel := -1
		for k := ct - 1; k >= 1 && k >= ct-8; k-- {
			if w := si.ltok(k); (w == "which" && (si.ltok(k-1) == "during" || si.ltok(k-1) == "in")) || w == "where" && si.tok(k-1) == "," {
				rel = k
				break
			}
		}
		if rel < 0 {
			continue
		}
		for j := len(trigs) - 1; j >= 0; j-- {
			t := &trigs[j]
			if t.b > rel {
				continue
			}
			if t.kind != schema.Visit {
				break
			}
			if t.timex != nil && calendarValue(t.timex.Value) {
				// the journey's first word with a date: "arrived ... on
				// Sunday for a two-day visit"
				c.date = &schema.Date{Value: dayValue(t.timex.Value), Text: t.timex.Text}
				break
			}
		}
	}
	// "Ostmark was represented by Foreign Minister X": X at the gathering
	// just told of, when the sentence names no contact of its own ("...,
	// who hosted the meeting" speaks of that gathering)
	own := false
	for _, c := range out {
		own = own || !c.anaphoric
	}
	if !own {
		if c, ok := x.representedBy(si); ok {
			out = append(out, c)
		} else if c, ok := x.gatheredBy(si); ok {
			// "The two-day summit, held on June 12-13 in the capital,
			// brought together X, Y and Z": the gathering with its people
			kept := out[:0]
			for _, o := range out {
				if !o.anaphoric || o.kind != schema.Summit && o.kind != schema.Meeting {
					kept = append(kept, o)
				}
			}
			out = append(kept, c)
		}
	}
	// Join verbs: the joiner with the participants of the joined event.
	for i := range trigs {
		t := &trigs[i]
		if t.flag == "join" && t.joinTarget < 0 {
			// "X and Y joined the presidents", "Dorn was joined by Z": they
			// join the contact of the people joined
			lim := len(toks)
			if i+1 < len(trigs) {
				lim = trigs[i+1].a
			}
			var joiners, joined []string
			by := t.b
			if si.ltok(by) == "on" && si.ltok(by+1) == "the" && (si.ltok(by+2) == "line" || si.ltok(by+2) == "call") && si.ltok(by+3) == "by" {
				by += 3 // "was joined on the line by X"
			}
			if w := si.ltok(t.a - 1); (w == "was" || w == "were") && (si.ltok(by) == "at" || si.ltok(by) == "for" || si.ltok(by) == "in") {
				// "was joined at the two-day gathering by X": past the
				// place, to the people joining
				for k := by + 1; k < len(toks) && k <= by+6; k++ {
					if clauseStop(si.tok(k)) || si.tok(k) == "," || x.mentionAt(si, k) != nil {
						break
					}
					if si.ltok(k) == "by" {
						by = k
						break
					}
				}
			}
			if si.ltok(by) == "by" && (si.ltok(by+1) == "video" || si.ltok(by+1) == "phone" || si.ltok(by+1) == "telephone") {
				// "were joined by video link by X": past the manner
				for k := by + 2; k < len(toks) && k <= by+4; k++ {
					if si.ltok(k) == "by" {
						by = k
						break
					}
				}
			}
			if len(t.joiner) > 0 {
				joiners, joined = x.subjectOf(si, t.a), t.joiner
			} else if si.ltok(by) == "by" && !x.bareJoin(si, t) {
				if x.participleOfNoun(si, trigs, t.a) {
					continue // "..., and the summit on Monday, attended by X and Y": the noun's own people
				}
				joiners, joined = x.entityList(si, by+1, lim), x.subjectOf(si, t.a)
				if len(joined) == 0 {
					// "X, who proposed the call, was joined by Y"
					joined = x.subjectPastRelative(si, t.a)
				}
				if len(x.personsOf(joiners)) == 0 {
					// "were joined by the executive secretary of the bloc, X",
					// "by the Head of the Presidential Administration X and
					// the chairman of the railway company, Y": the list from
					// the first person named
					if j := x.firstPersonTokAfter(si, by+1, lim, 12); j >= 0 {
						joiners = x.personsOf(x.entityList(si, j, lim))
					}
				}
				if r := x.relativeJoin(si, t.a, out); r >= 0 && len(joiners) > 0 {
					// "held a video call on Tuesday that was joined by X"
					out[r].participants = unionSorted(out[r].participants, joiners)
					continue
				}
			} else {
				joiners, joined = x.subjectOf(si, t.a), x.objectOf(si, t.b, lim)
				if si.ltok(t.b) == "the" && x.sideEnd(si, t.b+1) > 0 {
					joined = nil // "joined the American side": of the contact told of
				}
				if len(joined) > 0 && sameSet(joined, joiners) {
					// "A and B then joined them": a pronoun object is not
					// its own subject, but the people of the contact told of
					joined = nil
				}
			}
			if ps := x.personsOf(joiners); len(ps) > 0 && len(joined) == 0 && si.ltok(by) == "by" && !x.negated(si, t.a) && passiveJoinOfTold(si, trigs, t.a) {
				// "the sides were joined by X": X in the contact told of
				c := candidate{kind: t.kind, participants: sorted(ps), joinLatest: true, bareJoin: true, sentence: si.s.Index, trigStart: t.sp.start, evidence: x.evidence(si)}
				c.date = x.dateAfterJoin(si, t)
				c.status, c.explicit = x.statusOf(si, trigs, i, nil)
				out = append(out, c)
				continue
			}
			if ps := x.personsOf(joiners); len(ps) > 0 && len(joined) == 0 && !x.negated(si, t.a) && x.ceremonyObject(si, t.b) {
				// "X attended the signing": X at the gathering just told of
				out = append(out, candidate{kind: schema.Meeting, participants: sorted(ps), represents: true, sentence: si.s.Index, trigStart: t.sp.start, evidence: x.evidence(si)})
				continue
			}
			if len(joiners) > 0 && len(joined) == 0 && !x.negated(si, t.a) && x.alsoToAttend(si, t) {
				// "X is also expected to attend.": X joins the latest
				// contact still to come
				c := candidate{kind: t.kind, participants: joiners, joinLatest: true, sentence: si.s.Index, trigStart: t.sp.start, evidence: x.evidence(si)}
				c.status, c.explicit = x.statusOf(si, trigs, i, nil)
				if !c.explicit {
					c.status = schema.Planned
				}
				out = append(out, c)
				continue
			}
			if ps := x.personsOf(joiners); len(ps) > 0 && len(joined) == 0 && !x.negated(si, t.a) && x.bareJoin(si, t) {
				// "X joined about twenty minutes later": X in the contact
				// told of just before
				c := candidate{kind: t.kind, participants: sorted(ps), joinLatest: true, bareJoin: true, sentence: si.s.Index, trigStart: t.sp.start, evidence: x.evidence(si)}
				// "X joined the group in 2010": only a contact of that time
				c.date = x.dateAfterJoin(si, t)
				c.status, c.explicit = x.statusOf(si, trigs, i, nil)
				out = append(out, c)
				continue
			}
			if len(joiners) == 0 || len(joined) == 0 || x.negated(si, t.a) {
				continue
			}
			all := unionSorted(joined, joiners)
			if len(all) == len(joined) {
				continue
			}
			if kind, ok := x.attendAlongside(si, t.b, lim); ok {
				// "Both men are due to attend the gathering alongside X,
				// its host, and Y": all of them at the gathering the
				// article speaks of
				c := candidate{kind: kind, participants: all, alongside: true, sentence: si.s.Index, trigStart: t.sp.start, evidence: x.evidence(si)}
				c.status, c.explicit = x.statusOf(si, trigs, i, nil)
				if !c.explicit {
					c.status = schema.Happened
				}
				out = append(out, c)
				continue
			}
			if r := x.joinedFor(si, t.b, out); r >= 0 && len(x.personsOf(joined)) >= 2 {
				// "X and Y were joined by Z for six hours of talks": the
				// talks named after are theirs
				out[r].participants, out[r].anaphoric = all, false
				continue
			}
			jc := candidate{kind: schema.Meeting, participants: all, joinPeople: sorted(joined), sentence: si.s.Index, trigStart: t.sp.start, evidence: x.evidence(si)}
			if len(x.personsOf(joined)) > 0 && x.remoteManner(si, t.b, lim) {
				// "X joined Y and the state leaders by video link":
				// with no contact of Y's to join, a call of their own
				jc.kind, jc.remote = schema.Call, true
				jc.date = x.dateAfterJoin(si, t)
				jc.status, jc.explicit = x.statusOf(si, trigs, i, jc.date)
				if !jc.explicit && pastJoinVerb(si, t.a) {
					jc.status = schema.Happened
				}
			}
			out = append(out, jc)
			continue
		}
		if t.flag != "join" || t.joinTarget < 0 {
			continue
		}
		subj := x.subjectOf(si, t.a)
		if len(subj) == 0 {
			continue
		}
		base, ok := x.candidateOf(si, trigs, t.joinTarget)
		if agents := x.joinedAtBy(si, trigs, t); ok && len(agents) > 0 && !x.negated(si, t.a) {
			// "X, the host, was joined at the summit by Y and Z": the
			// gathering's contact, of X and those joining X
			c := base
			c.participants, c.anaphoric, c.named, c.joinLatest = unionSorted(subj, agents), false, false, false
			c.status, c.explicit = x.statusOf(si, trigs, i, nil)
			kept := out[:0]
			for _, o := range out {
				if !(o.anaphoric && o.trigStart == trigs[t.joinTarget].sp.start) {
					kept = append(kept, o)
				}
			}
			out = append(kept, c)
			continue
		}
		if ok && base.anaphoric && !base.named && !base.series && !x.negated(si, t.a) {
			// "X be invited to join the Oslo meeting": the contact
			// referred to, with X
			c := base
			c.participants, c.joinLatest = subj, true
			tb := trigs[t.joinTarget].b
			if si.tok(tb) == "," && si.ltok(tb+1) == "as" && (si.ltok(tb+2) == "did" || si.ltok(tb+2) == "do" || si.ltok(tb+2) == "will" || si.ltok(tb+2) == "would") {
				// "X sat in on the meeting, as did Y and Z": they too
				for _, p := range x.entityList(si, tb+3, len(toks)) {
					if e := x.reg.byIRI[p]; e != nil && e.typ == schema.Person {
						c.participants = unionSorted(c.participants, []string{p})
					}
				}
			}
			if si.ltok(tb) == "together" && si.ltok(tb+1) == "with" {
				tb++
			}
			if w := si.ltok(tb); w == "alongside" || w == "with" && si.ltok(tb-1) == "together" {
				// "X attended the summit alongside Y": both at it
				if others := x.personsOf(x.entityList(si, tb+1, len(toks))); len(others) > 0 && len(unionSorted(subj, others)) >= 2 {
					c.participants, c.joinLatest, c.anaphoric, c.alongside = unionSorted(subj, others), false, false, true
					kept := out[:0]
					for _, o := range out {
						if !(o.anaphoric && o.trigStart == trigs[t.joinTarget].sp.start) {
							kept = append(kept, o)
						}
					}
					out = kept
				}
			}
			if people := x.personsOf(subj); c.joinLatest && len(people) >= 2 && x.nameRunBetween(si, t.b, trigs[t.joinTarget].a) && trigs[t.joinTarget].a > t.b+1 {
				// "Both leaders will attend the Nordic Council
				// Leaders Meeting": a contact of their own at a named event
				// (the noun's own reading is this one)
				c.participants, c.joinLatest, c.anaphoric = people, false, false
				kept := out[:0]
				for _, o := range out {
					if !(o.anaphoric && o.trigStart == trigs[t.joinTarget].sp.start) {
						kept = append(kept, o)
					}
				}
				out = kept
			}
			c.status, c.explicit = x.statusOf(si, trigs, i, nil)
			if !c.explicit && !c.alongside && !pastJoinVerb(si, t.a) {
				c.status = schema.Planned
			}
			if x.invitedJoiner(si, trigs, i) && !x.cueAfter(si, t.b, "accepted") {
				// "did not rule out inviting X to join the meeting": an
				// invitation is a proposal until it is accepted
				c.status, c.explicit = schema.Proposed, true
			}
			out = append(out, c)
			continue
		}
		if ok && base.anaphoric && base.named && base.kind == schema.Summit && len(subj) == 1 && !x.negated(si, t.a) {
			// "X attended the Arab League summit": the one attendee named
			// and the organisation whose summit it is
			ta := trigs[t.joinTarget].a
			others := false // other people in the sentence may attend too
			for _, o := range si.mentions {
				if (o.Type == string(schema.Person) || o.Type == MentionGroup) && !containsStr(subj, o.Entity) {
					others = true
				}
			}
			if m := x.mentionAt(si, ta-1); !others && m != nil && m.tok1 == ta && m.Type == string(schema.Organisation) && !containsStr(subj, m.Entity) {
				c := base
				c.participants, c.anaphoric, c.named = unionSorted(subj, []string{m.Entity}), false, false
				if st, ex := x.statusOf(si, trigs, i, c.date); ex || c.status == "" {
					c.status, c.explicit = st, ex
				}
				out = append(out, c)
				continue
			}
		}
		if !ok || base.anaphoric {
			continue
		}
		c := base
		c.joinBase = base.participants
		c.participants = unionSorted(base.participants, subj)
		if len(c.participants) == len(base.participants) {
			// "X is ready to chair a meeting with Y and Z", X already
			// counted: the join verb's status is the meeting's
			if st, ex := x.statusOf(si, trigs, i, nil); ex {
				for j := range out {
					if out[j].trigStart == trigs[t.joinTarget].sp.start && !out[j].explicit {
						out[j].status, out[j].explicit = st, true
						if st != schema.Happened && out[j].date != nil && trigs[t.joinTarget].timex == nil {
							out[j].date = nil // a date shared from another contact
						}
					}
				}
			}
			continue
		}
		c.status, c.explicit = x.statusOf(si, trigs, i, nil)
		if !c.explicit {
			c.status = schema.Planned
		}
		c.date = nil
		out = append(out, c)
	}
	out = x.hostedGathering(si, out)
	x.trailingCompanion(si, out)
	return x.headlineInfinitive(si, x.historicPresent(si, x.dropGreeters(si, x.dropAbsentees(si, x.occasionHost(si, out)))))
}

// hostedGathering reads co-hosts of a gathering named right after the verb
// of hosting: "X and Y will host a summit in Oslo next week" is a summit
// of X and Y in Oslo, not a meeting of the two and a summit of no one.
func (x *extraction) hostedGathering(si *sentInfo, out []candidate) []candidate {
	for i := range out {
		h := &out[i]
		ht := si.tokIndex(h.trigStart)
		if h.anaphoric || len(h.participants) < 2 || !strings.HasPrefix(si.ltok(ht), "host") && !strings.HasPrefix(si.ltok(ht), "co-host") {
			continue
		}
		for j := range out {
			g := &out[j]
			gt := si.tokIndex(g.trigStart)
			if j == i || !g.anaphoric || len(g.participants) > 0 || g.named || gt <= ht || gt > ht+4 {
				continue
			}
			if k := ht + 1; si.ltok(k) != "a" && si.ltok(k) != "an" && si.ltok(k) != "the" {
				continue
			}
			h.kind, h.weak, h.remote = g.kind, false, g.remote
			if h.place == "" {
				h.place, h.placeRank = g.place, g.placeRank
			}
			if h.date == nil {
				h.date = g.date
			}
			return append(out[:j:j], out[j+1:]...)
		}
	}
	return out
}

// trailingCompanion adds the people named after "together with" or "along
// with" in the clause of the one contact a sentence tells: "X and Y will
// hold talks in Oslo next week, together with Z" (Z too).
func (x *extraction) trailingCompanion(si *sentInfo, out []candidate) {
	one := -1
	for i := range out {
		if out[i].anaphoric || len(out[i].participants) < 2 {
			continue
		}
		if one >= 0 {
			return // two contacts: whose companion is unclear
		}
		one = i
	}
	if one < 0 {
		return
	}
	c := &out[one]
	ct := si.tokIndex(c.trigStart)
	n := len(si.s.Tokens)
	for k := ct + 1; k+2 < n && k <= ct+20; k++ {
		if w := si.tok(k); clauseStop(w) || si.ltok(k) == "which" || si.ltok(k) == "who" || si.ltok(k) == "where" || si.ltok(k) == "when" || w == "," && (si.ltok(k+1) == "and" || si.ltok(k+1) == "but") {
			return // (", and together with Z they signed": another clause)
		}
		if w := si.ltok(k); (w == "together" || w == "along") && si.ltok(k+1) == "with" {
			if ps := x.personsOf(x.entityList(si, k+2, n)); len(ps) > 0 {
				c.participants = unionSorted(c.participants, ps)
			}
			return
		}
	}
}

// dropAbsentees takes out of a contact named by a definite noun the
// people who stay away from it: "X missed the meeting with Y", "X skipped
// the talks with Y", "X did not attend the summit with Y" (an absence cue
// right before "the" and the noun): X is no participant; a contact left
// with fewer than two goes. "X left early, skipping a meeting with Y" is
// X's own contact, called off.
func (x *extraction) dropAbsentees(si *sentInfo, out []candidate) []candidate {
	kept := out[:0]
	for _, c := range out {
		ct := si.tokIndex(c.trigStart)
		var absent []string
		for _, cu := range si.cues {
			if !cu.has("absence") {
				continue
			}
			ca, cb := si.spanToks(cu.start, cu.end)
			near := cb <= ct && ct-cb <= 3
			for k := cb; near && k < ct; k++ {
				switch si.ltok(k) {
				case "the", "a", "his", "her", "their", "its", "of", "from", "this", "that":
				default:
					near = false
				}
			}
			if near && si.ltok(ct-1) == "the" || ca < ct && cb > ct {
				// (not "skipping a meeting with Y": the absentee's own
				// contact, called off)
				absent = append(absent, x.subjectOf(si, ca)...)
			}
		}
		if len(absent) > 0 {
			ps := minus(c.participants, absent)
			if len(ps) < 2 {
				continue
			}
			c.participants = ps
		}
		kept = append(kept, c)
	}
	return kept
}

// headlineInfinitive reads a headline's infinitive as its future ("X and Y
// to meet in Oslo on Thursday", "X to hold talks with Y on Friday"): the
// contact is planned, and a weekday the date reader took for the past one
// is the coming one.
func (x *extraction) headlineInfinitive(si *sentInfo, cs []candidate) []candidate {
	if !x.headline(si) {
		return cs
	}
	for i := range cs {
		c := &cs[i]
		a := si.tokIndex(c.trigStart)
		to := si.ltok(a-1) == "to" || si.ltok(a-2) == "to" && lightVerbBefore(si, a) == a-1
		if !to || c.explicit && c.status != schema.Happened {
			continue
		}
		c.status, c.explicit = schema.Planned, true
		if c.date == nil || !weekdayName(c.date.Text) {
			continue
		}
		if d, err := time.Parse("2006-01-02", c.date.Value); err == nil && d.Before(x.doc.Published) {
			c.date = &schema.Date{Value: d.AddDate(0, 0, 7).Format("2006-01-02"), Text: c.date.Text}
		}
	}
	return cs
}

// weekdayName reports a date written as a weekday ("Thursday", "on
// Friday", "Friday evening").
func weekdayName(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch strings.Trim(w, ".,") {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
			return true
		}
	}
	return false
}

// datedEntry reports a sentence opening with a date set off by a dash or
// a colon: an entry of a timeline ("Feb. 20, 2007 - ...", "March 1997:
// ...").
func (x *extraction) datedEntry(si *sentInfo) bool {
	for k := range x.timexes {
		tx := &x.timexes[k]
		if len(si.s.Tokens) == 0 || tx.Start != si.s.Tokens[0].Start {
			continue
		}
		_, b := si.spanToks(tx.Start, tx.End)
		switch si.tok(b) {
		case "-", "–", "—", ":":
			return true
		}
	}
	return false
}

// historicPresent makes happened a contact of a timeline's entry planned
// only by its verb's present tense when its own date is over before the
// article's day: "Feb. 20, 2007 - X travels to Y for talks with Z".
func (x *extraction) historicPresent(si *sentInfo, cs []candidate) []candidate {
	if !x.datedEntry(si) {
		return cs
	}
	for i := range cs {
		c := &cs[i]
		if c.status != schema.Planned || c.explicit || c.unrealised || c.date == nil {
			continue
		}
		if iv, err := schema.ParseDateValue(c.date.Value); err == nil && !iv.End.After(x.doc.Published) {
			c.status = schema.Happened
		}
	}
	return cs
}

// dropGreeters takes out of a sentence's contacts who only greets a visitor
// on arrival: "X was greeted at the airport by Y before Z received him"
// (a ceremonial welcome is no contact of its own).
func (x *extraction) dropGreeters(si *sentInfo, out []candidate) []candidate {
	var greeters []string
	toks := si.s.Tokens
	for k := 0; k+3 < len(toks); k++ {
		switch si.ltok(k) {
		case "greeted", "welcomed", "met", "received":
		default:
			continue
		}
		arrival, by := false, -1
		for j := k + 1; j < len(toks) && j < k+8; j++ {
			switch si.ltok(j) {
			case "airport", "tarmac", "airfield", "runway":
				arrival = true
			case "by":
				if by < 0 {
					by = j
				}
			}
		}
		if !arrival || by < 0 {
			continue
		}
		for _, p := range x.entityList(si, by+1, len(toks)) {
			if e := x.reg.byIRI[p]; e != nil && e.typ == schema.Person {
				greeters = append(greeters, p)
			}
		}
	}
	if len(greeters) == 0 {
		return out
	}
	kept := out[:0]
	for _, c := range out {
		var ps []string
		for _, p := range c.participants {
			if !containsStr(greeters, p) {
				ps = append(ps, p)
			}
		}
		if len(ps) < 2 && len(c.participants) >= 2 {
			continue
		}
		c.participants = ps
		kept = append(kept, c)
	}
	return kept
}

// rescheduled reports a definite contact noun now set for a new date after
// the contact was put off: "had postponed a trip to X, where she had been
// due to meet Y next Monday. The meeting would now take place in May".
func (x *extraction) rescheduled(c, e *candidate) bool {
	if c.date == nil || !future(c.status) || e.status != schema.Postponed && e.status != schema.Cancelled && !e.unrealised {
		return false
	}
	if e.date != nil && e.date.Value == c.date.Value || c.sentence < 0 || c.sentence >= len(x.infos) || e.lastSentence < c.sentence-1 {
		return false
	}
	si := x.infos[c.sentence]
	ct := si.tokIndex(c.trigStart)
	for k := ct + 1; k < len(si.s.Tokens) && k <= ct+4; k++ {
		if si.ltok(k) == "now" {
			return x.definiteTrigger(c)
		}
	}
	return false
}

// pronounPutOff reads a sentence whose subject "it" is put off or called
// off, with no contact word of its own: "It has now been pushed back to
// June", "It was cancelled". Its candidate carries the status and, if put
// off to one, the new date.
func (x *extraction) pronounPutOff(si *sentInfo) (candidate, bool) {
	k := 0
	if w := si.ltok(0); w == "but" || w == "now" {
		k = 1
	}
	if si.ltok(k) != "it" {
		return candidate{}, false
	}
	for _, c := range si.cues {
		ca, cb := si.spanToks(c.start, c.end)
		if ca <= k || ca > k+5 || !c.has("postponed") && !c.has("cancelled") {
			continue
		}
		for j := k + 1; j < ca; j++ {
			if si.tok(j) == "," || x.mentionAt(si, j) != nil {
				return candidate{}, false
			}
		}
		st := schema.Cancelled
		if c.has("postponed") {
			st = schema.Postponed
		}
		cand := candidate{pronoun: true, anaphoric: true, status: st, explicit: true, sentence: si.s.Index, trigStart: si.s.Tokens[ca].Start, evidence: x.evidence(si)}
		if st == schema.Postponed && si.ltok(cb) != "indefinitely" {
			for q := cb; q < len(si.s.Tokens) && q <= cb+2; q++ {
				if tx := x.timexCovering(si, q); tx != nil && calendarValue(tx.Value) && (si.ltok(q-1) == "to" || si.ltok(q-1) == "until" || si.ltok(q-1) == "till" || si.ltok(q-1) == "for") {
					cand.date = &schema.Date{Value: dayValue(tx.Value), Text: tx.Text}
					break
				}
			}
		}
		return cand, true
	}
	return candidate{}, false
}

// laterDate reports a date whose span begins after another's.
func laterDate(a, b *schema.Date) bool {
	ia, err1 := schema.ParseDateValue(a.Value)
	ib, err2 := schema.ParseDateValue(b.Value)
	return err1 == nil && err2 == nil && ia.Begin.After(ib.Begin)
}

// delayed reports a definite contact noun put off explicitly after the
// contact was arranged: "X and Y were due to meet on 12 March, but the
// meeting was pushed back to 2 April (has been postponed)". Its new date,
// if it has one, lies after the arranged one.
func (x *extraction) delayed(c, e *candidate) bool {
	if !c.explicit || c.status != schema.Postponed || e.unrealised || e.status != schema.Planned && e.status != schema.Proposed {
		return false
	}
	if c.sentence < 0 || c.sentence >= len(x.infos) || e.lastSentence < c.sentence-1 {
		return false
	}
	if heading(x.infos[c.sentence]) {
		return false // "Summit postponed": a heading over what follows
	}
	if e.sentence >= 0 && e.sentence < len(x.infos) && x.infos[e.sentence].hasBetween(0, len(x.infos[e.sentence].s.Tokens), "now") {
		return false // "are now set to meet in May. The meeting ... was postponed twice": already the new plan
	}
	talk := func(k schema.EventKind) bool { return k == schema.Meeting || k == schema.Talks }
	if c.kind != e.kind && !(talk(c.kind) && talk(e.kind)) {
		return false // "The summit ... has been postponed": not the visit before
	}
	if c.date != nil && e.date != nil && !laterDate(c.date, e.date) {
		return false
	}
	return x.definiteTrigger(c)
}

// ofType keeps the actors of one type among ids, in order.
func (x *extraction) ofType(ids []string, typ schema.ActorType) []string {
	var out []string
	for _, id := range ids {
		if e := x.reg.byIRI[id]; e != nil && e.typ == typ {
			out = append(out, id)
		}
	}
	return out
}

// personsOf keeps the people of a list of actors.
func (x *extraction) personsOf(ids []string) []string { return x.ofType(ids, schema.Person) }

// nameRunBetween reports only "the" and capitalised words (a name) in
// tokens [a, b).
func (x *extraction) nameRunBetween(si *sentInfo, a, b int) bool {
	for k := a; k < b; k++ {
		t := si.s.Tokens[k]
		if !(k == a && si.ltok(k) == "the") && !(t.Kind == Word && isCapWord(t)) && !possessiveTokens[t.Text] {
			return false
		}
	}
	return true
}

// ownArgsBetween reports that only a noun trigger's own participants and
// a preposition stand between it (ending at b) and a timex at ta: "a call
// between the two heads of state on Sunday", "talks with X on Monday".
func (x *extraction) ownArgsBetween(si *sentInfo, b, ta int) bool {
	switch si.ltok(b) {
	case "between", "with", "among":
	default:
		return false
	}
	if ta-b < 2 {
		return false
	}
	switch si.ltok(ta - 1) {
	case "on", "in", "at":
	default:
		return false
	}
	for k := b + 1; k < ta-1; k++ {
		if m := x.mentionAt(si, k); m != nil {
			if !actorMention(m) && m.Type != MentionGroup && m.Type != string(schema.Country) {
				return false
			}
			k = m.tok1 - 1
			continue
		}
		if w := si.ltok(k); w != "and" && w != "," && w != "the" && si.covered[k] == 0 {
			return false
		}
	}
	return true
}

// relativeAlongside gives a summit noun the people of a relative clause
// about it that opens, hosts or attends it alongside others: "the Alpine
// summit, which X opened on Tuesday alongside A, B and C" (X, A, B, C).
func (x *extraction) relativeAlongside(si *sentInfo, trigs []trigInfo, out []candidate) {
	for i := range out {
		c := &out[i]
		if !c.anaphoric || c.series || c.kind != schema.Summit {
			continue
		}
		t := trigOf(trigs, c.trigStart)
		if t == nil || si.tok(t.b) != "," || si.ltok(t.b+1) != "which" {
			continue
		}
		toks := si.s.Tokens
		v := -1
		for k := t.b + 2; k < len(toks) && k < t.b+14; k++ {
			switch si.ltok(k) {
			case "opened", "hosted", "co-hosted", "chaired", "co-chaired", "attended", "inaugurated", "addressed":
				v = k
			}
			if v >= 0 || clauseStop(si.tok(k)) {
				break
			}
		}
		if v < 0 {
			continue
		}
		var people []string
		for _, p := range x.entityList(si, t.b+2, v) {
			if e := x.reg.byIRI[p]; e != nil && e.typ == schema.Person {
				people = append(people, p)
			}
		}
		if len(people) == 0 {
			continue
		}
		for k := v + 1; k < len(toks) && k < v+10; k++ {
			w := si.ltok(k)
			if clauseStop(si.tok(k)) || w == "," && !x.inTimex(si, k+1) {
				break
			}
			if w == "alongside" || w == "with" && si.ltok(k-1) == "together" || w == "with" && !x.inTimex(si, k+1) {
				for _, p := range x.entityList(si, k+1, len(toks)) {
					if e := x.reg.byIRI[p]; e != nil && e.typ == schema.Person {
						people = append(people, p)
					}
				}
				break
			}
		}
		if people = dedupe(people); len(people) >= 2 {
			sort.Strings(people)
			c.participants, c.anaphoric = people, false
		}
	}
}

// theirHost adds to a gathering of several the host the sentence names in
// apposition: "When the presidents of A, B and C gather in Castel,
// their host, X, hopes ..." (X takes part).
func (x *extraction) theirHost(si *sentInfo, out []candidate) {
	for k := 1; k+2 < len(si.s.Tokens); k++ {
		if si.ltok(k) != "host" || (si.ltok(k-1) != "their" && si.ltok(k-1) != "the") || si.tok(k+1) != "," {
			continue
		}
		m := x.mentionAt(si, k+2)
		if m == nil || m.Type != string(schema.Person) || m.tok0 != k+2 {
			continue
		}
		for i := range out {
			c := &out[i]
			if c.kind == schema.Summit && !c.anaphoric && len(c.participants) >= 2 && si.tokIndex(c.trigStart) < k && !containsStr(c.participants, m.Entity) {
				c.participants = unionSorted(c.participants, []string{m.Entity})
			}
		}
	}
}

// agreedAboutNamed gives a named event of a that-clause the people of the
// group that opens the sentence: "They also agreed that the Joint Leaders'
// Forum, which had been expected to take place in December, would be
// postponed" (the meeting is theirs).
func (x *extraction) agreedAboutNamed(si *sentInfo, out []candidate) {
	g := x.mentionAt(si, 0)
	if g == nil || g.tok0 != 0 || g.Type != MentionGroup || len(g.Members) < 2 || len(x.personsOf(g.Members)) != len(g.Members) {
		return
	}
	for i := range out {
		c := &out[i]
		if !c.anaphoric || c.series {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		// a proper name: "the Joint Leaders' Meeting"
		if pw := si.tok(ct - 1); ct < 1 || !isCapWord(si.s.Tokens[ct]) || !isCapWord(si.s.Tokens[ct-1]) && !possessiveTokens[pw] && pw != "'" && pw != "’" {
			continue
		}
		that := false
		for k := g.tok1; k < ct; k++ {
			if si.ltok(k) == "that" && (si.ltok(k-1) == "agreed" || si.ltok(k-1) == "announced" || si.ltok(k-1) == "decided") {
				that = true
			}
		}
		if that {
			c.participants, c.anaphoric = sorted(g.Members), false
		}
	}
}

// asClauseDate dates an undated event noun of an as-clause by the contact
// of the clause before it: "X sat down with Y for talks on Tuesday, as Nordic
// leaders gathered in Vessaro for a summit" (the summit was on Tuesday too).
func (x *extraction) asClauseDate(si *sentInfo, out []candidate) {
	for i := range out {
		c := &out[i]
		if !c.anaphoric || c.date != nil || c.series || c.kind != schema.Summit {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		as := -1
		for k := ct - 1; k > 0 && k >= ct-15; k-- {
			if si.ltok(k) == "as" && si.tok(k-1) == "," {
				as = k
				break
			}
			if clauseStop(si.tok(k)) {
				break
			}
		}
		if as < 0 {
			continue
		}
		for _, o := range out {
			if o.date != nil && len(o.date.Value) == 10 && si.tokIndex(o.trigStart) < as && !o.reference {
				c.date = o.date
			}
		}
	}
}

// metAtSummit dates an undated contact held at a summit, or on the
// sidelines of a gathering named after a body, by that gathering: "since
// they met at the Alpine summit in Talsk in May" (they met in May, in
// Talsk), "last met on the sidelines of the APEC meetings in San Francisco
// last week".
func (x *extraction) metAtSummit(si *sentInfo, out []candidate) {
	for i := range out {
		o := &out[i]
		if o.anaphoric || o.date != nil || len(o.participants) < 2 {
			continue
		}
		ot := si.tokIndex(o.trigStart)
		for _, c := range out {
			ct := si.tokIndex(c.trigStart)
			if !c.anaphoric || c.kind != schema.Summit && !c.named || c.date == nil || c.series || ct <= ot || ct-ot > 12 || !x.wordBetween(si, ot, ct, "at", "sidelines", "margins", "fringes") || x.wordBetween(si, ot, ct, ",") {
				continue
			}
			o.date = c.date
			if o.place == "" {
				o.place, o.placeRank = c.place, c.placeRank
			}
			break
		}
	}
}

// occasionHost puts the host of the occasion a contact was held at in the
// contact: "X and Y met on 11 January at a dinner hosted by Z" is one
// meeting of X, Y and Z, not a second one of the three undated.
func (x *extraction) occasionHost(si *sentInfo, out []candidate) []candidate {
	drop := -1
	for i := range out {
		h := &out[i]
		ht := si.tokIndex(h.trigStart)
		if si.ltok(ht) != "hosted" && si.ltok(ht) != "given" || si.ltok(ht+1) != "by" {
			continue
		}
		at := -1 // "at a (working) dinner hosted by"
		for k := ht - 2; k >= 0 && k >= ht-4; k-- {
			if si.ltok(k) == "at" && determinerWord(si.ltok(k+1)) {
				at = k
				break
			}
		}
		if at < 0 {
			continue
		}
		for j := range out {
			o := &out[j]
			ot := si.tokIndex(o.trigStart)
			all := unionSorted(o.participants, h.participants)
			if j == i || o.anaphoric || o.joinPeople != nil || o.joinLatest || ot >= at || at-ot > 20 || len(o.participants) < 2 || len(all) == len(o.participants) || len(all) == len(o.participants)+len(h.participants) || x.clauseBetween(si, ot, at) {
				continue // (no one shared: another contact)
			}
			if o.date != nil && h.date != nil && !datesCompatible(o.date, h.date) {
				continue
			}
			o.participants, o.date = all, finer(o.date, h.date)
			if o.place == "" {
				o.place, o.placeRank = h.place, h.placeRank
			}
			drop = i
			break
		}
		if drop >= 0 {
			break
		}
	}
	if drop < 0 {
		return out
	}
	return append(out[:drop:drop], out[drop+1:]...)
}

// hostedWhere gives a summit noun a host verb takes in a where-clause
// after a contact the people of that contact and the host: "X and Y will
// meet again next week in Talsk, where Z will host the first summit of
// the region's leaders" (X, Y and Z at the summit).
func (x *extraction) hostedWhere(si *sentInfo, trigs []trigInfo, out []candidate) {
	for i := range out {
		c := &out[i]
		if !c.anaphoric || c.series || c.kind != schema.Summit {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		for _, t := range trigs {
			if t.flag != "host" || t.pos != "verb" || t.b > ct || ct-t.b > 8 || x.clauseBetween(si, t.b, ct) {
				continue
			}
			w := -1
			for k := t.a - 1; k > 0 && k >= t.a-12; k-- {
				if si.ltok(k) == "where" && si.tok(k-1) == "," {
					w = k
					break
				}
			}
			if w < 0 {
				break
			}
			var host []string
			for _, p := range x.subjectOf(si, t.a) {
				if e := x.reg.byIRI[p]; e != nil && e.typ == schema.Person {
					host = append(host, p)
				}
			}
			if len(host) == 0 {
				break
			}
			for j := range out {
				o := &out[j]
				if o.anaphoric || len(o.participants) < 2 || si.tokIndex(o.trigStart) >= w {
					continue
				}
				c.participants, c.anaphoric = unionSorted(o.participants, host), false
				if c.place == "" {
					c.place, c.placeRank = o.place, o.placeRank
				}
				if dayInWeek(o.date, c.date) {
					o.date = c.date // "next week ..., on March 15": that day
				}
				break
			}
			break
		}
	}
}

// pastRelative gives the token before a relative clause that ends in a
// comma at token j ("Ostmark, which holds the chair, ..." from the comma
// after "chair" gives "Ostmark"), the clause opening with one of words;
// else j.
func pastRelative(si *sentInfo, j int, words ...string) int {
	if si.tok(j) != "," {
		return j
	}
	for l := j - 1; l >= 1 && l > j-20; l-- {
		if si.tok(l) == "," && slices.Contains(words, si.ltok(l+1)) {
			return l - 1
		}
	}
	return j
}

// representedBy reads "Ostmark was represented by Foreign Minister X" (or
// "Ostmark, which ..., was represented by X"): X, to join the gathering
// just told of.
func (x *extraction) representedBy(si *sentInfo) (candidate, bool) {
	toks := si.s.Tokens
	if v := x.gatheringSubject(si); v > 0 && v+3 < len(toks) && (si.ltok(v) == "was" || si.ltok(v) == "were") {
		if si.ltok(v+1) == "also" {
			v++ // "The call ... was also attended by X"
		}
		switch si.ltok(v + 1) {
		case "chaired", "co-chaired", "hosted", "co-hosted", "opened", "attended", "joined", "addressed":
			if si.ltok(v+2) != "by" {
				break
			}
			// "The meeting, which opened on Tuesday, was chaired by X": X
			// at the gathering, whose other people are named around it;
			// "by the UN special envoy for the region, X"
			if ps := x.peopleFrom(si, v+3, 12); len(ps) == 1 {
				return candidate{kind: schema.Meeting, participants: ps, represents: true, gathered: true, sentence: si.s.Index, trigStart: toks[v].Start, evidence: x.evidence(si)}, true
			}
		}
	}
	if v := x.gatheringSubject(si); v > 0 && v+2 < len(toks) {
		if si.ltok(v) == "also" {
			v++
		}
		if si.ltok(v) == "heard" && si.ltok(v+1) == "from" {
			// "The round table also heard from X, head of ..., and from
			// the chair of the council, Y": the speakers at the gathering
			var ps []string
			for j := v + 2; j < len(toks) && !clauseStop(si.tok(j)); j++ {
				if m := x.mentionAt(si, j); m != nil && m.Type == string(schema.Person) && !possessiveTokens[si.tok(si.tokEnd(m.End))] && !containsStr(ps, m.Entity) {
					ps = append(ps, m.Entity)
				}
			}
			if len(ps) > 0 {
				return candidate{kind: schema.Meeting, participants: sorted(ps), represents: true, sentence: si.s.Index, trigStart: toks[v].Start, evidence: x.evidence(si)}, true
			}
		}
	}
	for k := 2; k+2 < len(toks); k++ {
		if w := si.ltok(k + 1); si.ltok(k) != "sent" || w != "its" && w != "his" && w != "her" && w != "their" {
			continue
		}
		// "Vanuatu, whose minister stayed at home, sent its ambassador,
		// X": X stands for the country at the gathering
		if m := x.mentionAt(si, pastRelative(si, k-1, "which", "whose")); m == nil || m.Type != string(schema.Country) && m.Type != string(schema.Organisation) {
			continue
		}
		if p := x.firstPersonAfter(si, k+2, len(toks), 10); p != "" {
			return candidate{kind: schema.Meeting, participants: []string{p}, represents: true, sentence: si.s.Index, trigStart: toks[k].Start, evidence: x.evidence(si)}, true
		}
	}
	for k := 2; k+2 < len(toks); k++ {
		if si.ltok(k) != "represented" || si.ltok(k+1) != "by" || (si.ltok(k-1) != "was" && si.ltok(k-1) != "were") {
			continue
		}
		// "Ostmark, which holds the chair this year, was represented by
		// X"; a territory ("Greenland") too
		if m := x.mentionAt(si, pastRelative(si, k-2, "which", "who", "whose")); m == nil || m.Type != string(schema.Country) && m.Type != string(schema.Organisation) && m.Type != "place" {
			return candidate{}, false
		}
		// "by the junta-appointed foreign minister, X": the first person
		// named
		ps := x.peopleFrom(si, k+2, 10)
		if len(ps) == 0 {
			return candidate{}, false
		}
		return candidate{kind: schema.Meeting, participants: sorted(ps), represents: true, sentence: si.s.Index, trigStart: toks[k].Start, evidence: x.evidence(si)}, true
	}
	return candidate{}, false
}

// ceremonyObject reports "the signing", "the opening ceremony", "the
// dinner" from token k: a part of a gathering, the object of a join verb.
func (x *extraction) ceremonyObject(si *sentInfo, k int) bool {
	if si.ltok(k) == "as" {
		// "attended as guests of the chair", "attended as an observer"
		j := k + 1
		if w := si.ltok(j); w == "a" || w == "an" {
			j++
		}
		switch si.ltok(j) {
		case "guest", "guests", "observer", "observers":
			return true
		}
		return false
	}
	switch si.ltok(k) {
	case "both", "all", "each":
		// "took part in both sessions"
		switch si.ltok(k + 1) {
		case "sessions", "session", "days", "rounds":
			return true
		}
		return false
	case "the":
	default:
		return false
	}
	for j := k + 1; j < len(si.s.Tokens) && j <= k+2; j++ {
		switch si.ltok(j) {
		case "session", "sessions", "deliberations":
			n := si.tok(j + 1)
			return j+1 >= len(si.s.Tokens) || n == "." || n == "," || n == ";"
		case "signing", "ceremony", "opening", "closing", "dinner", "banquet", "luncheon", "reception", "plenary":
			n := si.tok(j + 1)
			return j+1 >= len(si.s.Tokens) || n == "." || n == "," || n == ";" || si.ltok(j+1) == "ceremony" || si.ltok(j+1) == "session"
		}
	}
	return false
}

// alsoToAttend reports a join verb with no object that ends its clause
// after "also" and a verb of expectation: "X is also expected to attend",
// "Y will also attend.", "Z is also due to take part".
func (x *extraction) alsoToAttend(si *sentInfo, t *trigInfo) bool {
	if n := si.tok(t.b); t.b < len(si.s.Tokens) && n != "." && n != "," && n != ";" {
		return false
	}
	for k := t.a - 1; k >= 0 && k >= t.a-5; k-- {
		if w := si.ltok(k); w == "also" || w == "all" && si.ltok(k-1) != "at" {
			return true // "X is also expected to attend", "A, B and C have all confirmed they will attend"
		}
	}
	return false
}

// dateAfterJoin is the first calendar date after a join verb in its
// clause ("joined the group in 2010", "joined Y by video link on
// Tuesday"), nil if none.
func (x *extraction) dateAfterJoin(si *sentInfo, t *trigInfo) *schema.Date {
	for k := range x.timexes {
		if tx := &x.timexes[k]; tx.Start >= si.s.Tokens[t.b-1].End && tx.End <= si.s.End && calendarValue(tx.Value) && !x.clauseBetween(si, t.b-1, si.tokIndex(tx.Start)) {
			return &schema.Date{Value: dayValue(tx.Value), Text: tx.Text}
		}
	}
	return nil
}

// remoteManner reports a manner of contact at a distance in tokens [b,
// lim) of a clause: "by video link", "by phone", "via video", "on the
// line".
func (x *extraction) remoteManner(si *sentInfo, b, lim int) bool {
	for k := b; k < lim && k < len(si.s.Tokens); k++ {
		if clauseStop(si.tok(k)) {
			return false
		}
		switch w := si.ltok(k); w {
		case "by", "via":
			switch si.ltok(k + 1) {
			case "video", "videolink", "video-link", "phone", "telephone", "videoconference", "teleconference":
				return true
			}
		case "on":
			if si.ltok(k+1) == "the" && si.ltok(k+2) == "line" {
				return true
			}
		}
	}
	return false
}

// amongThose reads the people a sentence opening with a contact noun after
// a copula says attended it: "Among those on the call were A and B",
// "Also at the meeting was A", "Also present at the talks were A and B":
// they took part (nil if the sentence is not so).
func (x *extraction) amongThose(si *sentInfo, t *trigInfo) ([]string, schema.Status) {
	if t.pos != "noun" {
		return nil, ""
	}
	k := 0
	switch {
	case si.ltok(0) == "among" && si.ltok(1) == "those":
		k = 2
	case si.ltok(0) == "also":
		k = 1
	default:
		return nil, ""
	}
	if si.ltok(k) == "present" {
		k++
	}
	if w := si.ltok(k); w != "on" && w != "at" && w != "in" || si.ltok(k+1) != "the" || t.a < k+2 || t.a > k+3 {
		return nil, ""
	}
	if w := si.ltok(t.b); w != "were" && w != "was" {
		return nil, ""
	}
	return sorted(x.personsOf(x.entityList(si, t.b+1, len(si.s.Tokens)))), schema.Happened
}

// tableWord reports a word of the phrases that place people at a contact
// ("at the table", "in the room", "by video", "on the call", "later").
func tableWord(w string) bool {
	switch w {
	case "at", "around", "in", "on", "by", "the", "table", "room", "present", "video", "phone", "call", "line", "later":
		return true
	}
	return false
}

// companionsCopula reads the people of a sentence that opens with the
// company a person kept: "Travelling with her were A and B",
// "Accompanying him were ...", "With them were ...".
func (x *extraction) companionsCopula(si *sentInfo) []string {
	k := 0
	switch si.ltok(0) {
	case "accompanying", "joining":
		k = 1
	case "travelling", "traveling":
		if si.ltok(1) != "with" {
			return nil
		}
		k = 2
	case "with":
		k = 1
	case "among":
		// "Among those at the table was X", "Among those in the room were"
		if si.ltok(1) != "those" {
			return nil
		}
		k = 2
		for k < 7 && tableWord(si.ltok(k)) && !trigAt(si, k, "noun") {
			k++ // (not "Among those on the call were": amongThose's)
		}
		if k == 2 {
			return nil
		}
	default:
		return nil
	}
	if si.ltok(0) != "among" {
		switch si.ltok(k) {
		case "him", "her", "them":
			k++
		default:
			// "Joining X at the table was Y": X named
			m := x.mentionAt(si, k)
			if m == nil || m.tok0 != k || m.Type != string(schema.Person) || m.possessive {
				return nil
			}
			k = m.tok1
		}
	}
	if si.ltok(0) == "joining" {
		// "Joining them by video was X", "Joining them at the table were"
		for j := k; j < k+4 && tableWord(si.ltok(j)); j++ {
			if w := si.ltok(j + 1); w == "was" || w == "were" {
				k = j + 1
			}
		}
	}
	if w := si.ltok(k); w != "were" && w != "was" {
		return nil
	}
	ps := x.personsOf(x.entityList(si, k+1, len(si.s.Tokens)))
	if len(ps) == 0 {
		// "Travelling with her were two of the best-known names in
		// business: A, chief executive of B, and C"
		for j := k + 1; j < len(si.s.Tokens) && j < k+15; j++ {
			if si.tok(j) == ":" {
				// the list's items: people right after the colon, a comma
				// or "and", past their appositions
				for i := j + 1; i < len(si.s.Tokens); i++ {
					m := x.mentionAt(si, i)
					if m == nil || m.tok0 != i || m.Type != string(schema.Person) {
						continue
					}
					if w := si.ltok(i - 1); (w == ":" || w == "," || w == "and") && !containsStr(ps, m.Entity) {
						ps = append(ps, m.Entity)
					}
					i = m.tok1 - 1
				}
				break
			}
		}
	}
	return sorted(ps)
}

// joinedAtBy reads the people a passive join verb names after its
// gathering: "X was joined at the two-day gathering by Y and Z" (Y and Z);
// nil for an active verb or none named.
func (x *extraction) joinedAtBy(si *sentInfo, trigs []trigInfo, t *trigInfo) []string {
	switch si.ltok(t.a - 1) {
	case "was", "were", "been", "is", "are":
	default:
		return nil
	}
	n := len(si.s.Tokens)
	for k := trigs[t.joinTarget].b; k < n && k < trigs[t.joinTarget].b+4; k++ {
		if clauseStop(si.tok(k)) || si.tok(k) == "," {
			return nil
		}
		if si.ltok(k) == "by" {
			return x.personsOf(x.entityList(si, k+1, n))
		}
	}
	return nil
}

// toldPeopleNoun reports a plural noun that, after "the", stands for the
// people of the contact told of: "joined the group", "the sides were
// joined by X".
func toldPeopleNoun(w string) bool {
	switch w {
	case "group", "others", "rest", "ministers", "leaders", "envoys", "delegates", "delegations", "presidents", "participants", "sides", "parties", "negotiators", "teams":
		return true
	}
	return false
}

// passiveJoinOfTold reports a passive join verb at token a whose subject
// is the contact told of or its people, with no one named: "The sides
// were joined by X", "The meeting was later joined by Y", "the two
// delegations were then joined by Z".
func passiveJoinOfTold(si *sentInfo, trigs []trigInfo, a int) bool {
	k := a - 1
	for k > 0 {
		switch si.ltok(k) {
		case "later", "then", "also", "soon", "briefly", "subsequently", "eventually":
			k--
			continue
		}
		break
	}
	if w := si.ltok(k); w != "was" && w != "were" {
		return false
	}
	k--
	noun := toldPeopleNoun(si.ltok(k))
	for _, t := range trigs {
		if t.pos == "noun" && t.b == k+1 {
			noun = true // "The meeting was later joined by"
		}
	}
	if !noun {
		return false
	}
	d := k - 1
	if cardinalWord(si.ltok(d)) {
		d--
	}
	switch si.ltok(d) {
	case "the", "both", "their", "that":
		return true
	}
	return false
}

// bareJoin reports a join verb in the past with no object, only a time or
// a manner after it: "X joined about twenty minutes later", "Y joined by
// video link", "Z joined on Tuesday." (not "was joined by", "joined the
// government").
func (x *extraction) bareJoin(si *sentInfo, t *trigInfo) bool {
	if si.ltok(t.a) != "joined" && !(si.ltok(t.a) == "took" && si.ltok(t.a+1) == "part" && t.b == t.a+2) {
		return false // (or "X took part by video link")
	}
	switch si.ltok(t.a - 1) {
	case "was", "were", "been", "be", "is", "are", "had", "has", "have":
		return false
	}
	n := len(si.s.Tokens)
	b := t.b
	pronoun := false
	if w := si.ltok(b); w == "them" || w == "him" || w == "her" {
		// "A and B then joined them to go through the text": the people of
		// the contact told of
		b++
		pronoun = true
	}
	if si.ltok(b) == "the" {
		// "joined the group", "joined the three remaining ministers": the
		// people of the contact told of
		k := b + 1
		for k < n && k <= b+3 && (cardinalWord(si.ltok(k)) || si.ltok(k) == "remaining" || si.ltok(k) == "other") {
			k++
		}
		if toldPeopleNoun(si.ltok(k)) && si.ltok(k) != "sides" && si.ltok(k) != "parties" {
			b = k + 1
		} else if e := x.sideEnd(si, b+1); e > 0 {
			b = e // "joined the American side"
		} else {
			return false
		}
	}
	if b >= n {
		return true
	}
	switch si.ltok(b) {
	case "for", "at", "in":
		if b == t.b {
			return false // "joined in", "joined for": a phrasal verb
		}
	case "to":
		if !pronoun {
			return false
		}
	case "on", ".", ",", ";", "later", "shortly", "afterwards", "soon", "briefly", "midway", "halfway", "late", "about", "some", "nearly", "almost", "only", "remotely", "virtually", "online":
	case "by":
		if w := si.ltok(b + 1); w != "video" && w != "phone" && w != "telephone" && w != "videolink" && w != "link" {
			return false
		}
	default:
		// "joined forty minutes late", "joined an hour later"
		k := b
		if w := si.ltok(k); w == "an" || w == "a" || w == "few" || cardinalWord(w) || minutesCount(w) {
			k++
		}
		if w := si.ltok(k); w != "minutes" && w != "minute" && w != "hours" && w != "hour" || k == b {
			return false
		}
		if w := si.ltok(k + 1); w != "late" && w != "later" && w != "after" {
			return false
		}
	}
	for k := b; k < n && !clauseStop(si.tok(k)) && si.tok(k) != ","; k++ {
		if m := x.mentionAt(si, k); m != nil && m.Type != MentionGroup || si.isTrigger(k) && si.ltok(b) != "by" && b == t.b {
			return false
		}
	}
	return true
}

// minutesCount reports a count of minutes or hours beyond twelve: "15",
// "twenty", "forty", "ninety".
func minutesCount(w string) bool {
	if _, err := strconv.Atoi(w); err == nil {
		return true
	}
	switch w {
	case "fifteen", "twenty", "thirty", "forty", "forty-five", "fifty", "sixty", "ninety":
		return true
	}
	return false
}

// sideEnd is the token after "[the] American side", "the Russian
// delegation" or "the Russian one" read from token k (after "the"): a side
// of a contact, whose people a join adds to the contact told of. 0 for
// none.
func (x *extraction) sideEnd(si *sentInfo, k int) int {
	if k >= len(si.s.Tokens) || !isCapWord(si.s.Tokens[k]) {
		return 0
	}
	if m := x.mentionAt(si, k); m != nil && m.tok0 == k {
		if e := x.reg.byIRI[m.Entity]; e != nil && e.delegation {
			return m.tok1
		}
	}
	for j := k + 1; j <= k+3 && j < len(si.s.Tokens); j++ {
		// the country's word ends right before the noun
		if c, cs := x.lx.countryBefore(si, j); c == "" || cs != k {
			continue
		}
		switch si.ltok(j) {
		case "side", "delegation", "team", "one":
			return j + 1
		}
	}
	return 0
}

// retracted reports a sentence of a correction note that tells what an
// earlier version of the story wrongly said ("An earlier version of this
// story said the talks were held on Wednesday", and its "It also said ..."):
// its contacts are the retracted wording, not news.
func (x *extraction) retracted(i int) bool {
	earlier := func(j int) bool {
		if j < 0 || j >= len(x.infos) {
			return false
		}
		s := x.infos[j].s
		t := strings.ToLower(x.text[s.Start:s.End])
		for _, v := range []string{"earlier version of this", "previous version of this", "earlier version of the"} {
			if strings.Contains(t, v) {
				return true
			}
		}
		return false
	}
	if earlier(i) {
		return true
	}
	if i < len(x.infos) && strings.EqualFold(x.infos[i].tok(0), "it") && (x.infos[i].ltok(1) == "said" || x.infos[i].ltok(1) == "also" && x.infos[i].ltok(2) == "said") {
		return earlier(i-1) || earlier(i-2)
	}
	return false
}

// hostedFor reads the guests of an event noun hosted for them: "X hosted
// a working breakfast at the embassy for Y and Z".
func (x *extraction) hostedFor(si *sentInfo, trigs []trigInfo, i int) []string {
	t := &trigs[i]
	if i+1 >= len(trigs) || trigs[i+1].pos != "noun" || trigs[i+1].a-t.b > 4 {
		return nil
	}
	for k := trigs[i+1].b; k < len(si.s.Tokens) && k < trigs[i+1].b+12; k++ {
		if clauseStop(si.tok(k)) || si.tok(k) == "," || x.isTriggerTok(trigs, k) {
			return nil
		}
		if si.ltok(k) == "for" {
			return x.entityList(si, k+1, len(si.s.Tokens))
		}
	}
	return nil
}

// tallies adds, for a contact counted and dated by its latest ("have
// spoken by phone twice, most recently on Oct. 15"), the undated series
// besides the dated member.
func (x *extraction) tallies(si *sentInfo, out []candidate) []candidate {
	n := len(out)
	for i := 0; i < n; i++ {
		c := out[i]
		if c.anaphoric || c.status != schema.Happened {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		if c.date == nil {
			// "have met four times since 2012, most recently in Oslo
			// last September": the series undated, its latest dated
			if m := x.latestDate(si, ct); m != nil {
				c.date = m
				out[i].date = m
			} else {
				continue
			}
		}
		count, latest := false, false
		for k := ct + 1; k < len(si.s.Tokens) && k < ct+12; k++ {
			if clauseStop(si.tok(k)) {
				break
			}
			switch w := si.ltok(k); {
			case w == "twice" || w == "times" || w == "repeatedly" || w == "regularly" || w == "frequently":
				count = true
			case count && (w == "recently" && si.ltok(k-1) == "most" || w == "latest" || w == "last" && si.ltok(k-1) == "the"):
				// "have spoken twice / repeatedly in recent weeks, most
				// recently on Tuesday"
				latest = true
			}
		}
		if !count || !latest {
			continue
		}
		d := c
		d.date, d.tally, d.place, d.placeRank = nil, true, "", 0
		if m := x.latestDate(si, ct); m != nil && m.Value != c.date.Value {
			// "have spoken repeatedly this year, most recently on 14
			// July": the series this year, its latest on 14 July
			d.date, out[i].date = c.date, m
		}
		out = append(out, d)
	}
	return out
}

// latestDate is the calendar date right after "most recently" or "the
// latest" past token ct: the latest of a series of contacts.
func (x *extraction) latestDate(si *sentInfo, ct int) *schema.Date {
	for k := ct + 1; k+2 < len(si.s.Tokens) && k < ct+14; k++ {
		if !(si.ltok(k) == "most" && si.ltok(k+1) == "recently") {
			continue
		}
		for j := range x.timexes {
			tx := &x.timexes[j]
			if ta, _ := si.spanToks(tx.Start, tx.End); tx.Start >= si.s.Start && tx.End <= si.s.End && ta > k+1 && (ta <= k+4 || ta <= k+12 && si.ltok(k+2) == "when" && !x.stopBetween(si, k+2, ta)) && calendarValue(tx.Value) {
				return &schema.Date{Value: dayValue(tx.Value), Text: tx.Text}
			}
		}
	}
	return nil
}

// stopBetween reports a clause stop or a comma in tokens (a, b).
func (x *extraction) stopBetween(si *sentInfo, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if clauseStop(si.tok(k)) || si.tok(k) == "," {
			return true
		}
	}
	return false
}

// hostedNoun gives a contact read from a verb of hosting in a relative
// clause the kind and the reported fate of the event noun the clause is
// about: "A summit of the council that X was due to host in July, with Y
// and Z among the guests, was postponed" is a summit, postponed.
func (x *extraction) hostedNoun(si *sentInfo, trigs []trigInfo, out []candidate) {
	for i := range out {
		c := &out[i]
		if c.anaphoric {
			continue
		}
		t := trigOf(trigs, c.trigStart)
		if t == nil || t.flag != "host" || t.pos != "verb" {
			continue
		}
		rel := -1
		for k := t.a - 1; k >= 0 && k >= t.a-14; k-- {
			if w := si.ltok(k); w == "that" || w == "which" {
				rel = k
				break
			}
			if clauseStop(si.tok(k)) || si.tok(k) == "," {
				break
			}
		}
		if rel < 0 {
			continue
		}
		for j := range out {
			o := &out[j]
			ot := si.tokIndex(o.trigStart)
			if !o.anaphoric || ot >= rel || rel-ot > 8 || x.wordBetween(si, ot, rel, ",") {
				continue
			}
			if o.kind == schema.Summit {
				c.kind = o.kind
			}
			if o.explicit && (o.status == schema.Postponed || o.status == schema.Cancelled) {
				c.status, c.explicit = o.status, true
				if o.status == schema.Postponed {
					c.date = o.date
				}
			}
			break
		}
	}
}

// relativeAfterList finds the relative clause that follows a noun
// trigger's list of participants ("between A, the minister, and B, who",
// "with A and B, which"): it gives the token of the comma before "which" or
// of "that", or -1 when something other than the list comes first.
func (x *extraction) relativeAfterList(si *sentInfo, trigs []trigInfo, b, lim int) int {
	switch si.ltok(b) {
	case "between", "with", "among":
	default:
		return -1
	}
	people := 0
	for k := b + 1; k < lim && k < b+30; k++ {
		w := si.ltok(k)
		if m := x.mentionAt(si, k); m != nil {
			if actorMention(m) {
				people++
			}
			k = max(k, m.tok1-1)
			continue
		}
		switch {
		case w == "that" && people >= 2:
			return k
		case w == "," && si.ltok(k+1) == "which" && people >= 2:
			return k
		case x.isTriggerTok(trigs, k) || clauseStop(si.tok(k)):
			return -1
		case w == "," || w == "and" || w == "the" || w == "of" || possessiveTokens[si.tok(k)] || si.covered[k] != 0 || isCapWord(si.s.Tokens[k]):
		case x.lx.stop[w] == "function":
			return -1
		}
	}
	return -1
}

// lastBefore reads the contact a negation dates the last of: "X has not
// spoken to Y since a stormy meeting in March" (X and Y met in March);
// "a summit with Chile and Peru, which has not been held since December
// 2019 in Lima" (that summit took place then).
func (x *extraction) lastBefore(si *sentInfo, trigs []trigInfo, out []candidate) []candidate {
	for i := range trigs {
		t := &trigs[i]
		if !x.negated(si, t.a) {
			continue
		}
		since := -1
		for k := t.b; k < len(si.s.Tokens) && k < t.b+8; k++ {
			if si.ltok(k) == "since" {
				since = k
				break
			}
			if clauseStop(si.tok(k)) || x.clauseBetween(si, k, k+1) {
				break
			}
		}
		if since < 0 {
			continue
		}
		if t.pos == "verb" && t.flag != "join" {
			// the negated contact's people had the contact after "since"
			parts := unionSorted(x.subjectOf(si, t.a), x.objectOf(si, t.b, since))
			if len(parts) < 2 {
				continue
			}
			for j := range out {
				c := &out[j]
				if ct := si.tokIndex(c.trigStart); c.anaphoric && ct > since && ct <= since+4 {
					c.participants, c.anaphoric, c.named, c.indefinite, c.reference = parts, false, false, false, false
					c.status, c.explicit = schema.Happened, true
				}
			}
			continue
		}
	}
	// "which has not been held since December 2019 in Lima": the
	// antecedent's contact took place then
	for since := 3; since+1 < len(si.s.Tokens); since++ {
		if si.ltok(since) != "since" || !x.negated(si, since-1) && !x.negated(si, since-2) {
			continue
		}
		w := -1
		for k := since - 1; k >= 0 && k >= since-6; k-- {
			if si.ltok(k) == "which" || si.ltok(k) == "that" {
				w = k
				break
			}
		}
		var tx *Timex
		for k := range x.timexes {
			if x.timexes[k].Start == si.s.Tokens[since+1].Start && calendarValue(x.timexes[k].Value) {
				tx = &x.timexes[k]
			}
		}
		if w < 0 || tx == nil {
			continue
		}
		for j := range out {
			c := out[j]
			if c.anaphoric || si.tokIndex(c.trigStart) >= w {
				continue
			}
			d := c
			d.date = &schema.Date{Value: dayValue(tx.Value), Text: tx.Text}
			d.status, d.explicit, d.reference = schema.Happened, true, false
			_, te := si.spanToks(tx.Start, tx.End)
			d.place, d.placeRank = x.placeOf(si, te, len(si.s.Tokens))
			out = append(out, d)
			break
		}
	}
	return out
}

// summitAttendees gives a named multilateral summit of a sentence ("the
// Nordic Council summit in Oslo") the people the sentence places there:
// who chair or attend it ("X will chair the Nordic Council summit, which Y
// and Z are expected to attend") or hold a contact on its sidelines.
// Summits in the dateline's city are left to the article-wide gathering.
func (x *extraction) summitAttendees(si *sentInfo, trigs []trigInfo, out []candidate) {
	dateline := strings.ToUpper(x.dateline())
	for i := range out {
		c := &out[i]
		ct := si.tokIndex(c.trigStart)
		if !c.anaphoric && c.kind == schema.Summit && !c.series && len(c.participants) >= 2 && (c.named || x.orgAfter(si, ct)) {
			// "X and Y will meet at a summit of the Council, which Z and
			// W are also expected to attend": all four; the body whose
			// summit it is takes no part
			var more []string
			for j := range trigs {
				t := &trigs[j]
				if t.flag == "join" && t.a > ct && t.a-ct <= 50 && x.wordBetween(si, ct, t.a, "which") && !x.wordBetween(si, ct, t.a, ";") {
					for _, p := range x.subjectOf(si, t.a) {
						if e := x.reg.byIRI[p]; e != nil && e.typ == schema.Person {
							more = append(more, p)
						}
					}
				}
			}
			if len(more) > 0 {
				var kept []string
				for _, p := range c.participants {
					if e := x.reg.byIRI[p]; e == nil || e.typ != schema.Organisation {
						kept = append(kept, p)
					}
				}
				c.participants = unionSorted(kept, more)
			}
			continue
		}
		if !c.anaphoric || !c.named && !x.orgAfter(si, ct) || c.kind != schema.Summit || c.series {
			continue
		}
		if e := x.reg.byIRI[c.place]; e != nil && strings.Contains(dateline, strings.ToUpper(e.name)) {
			continue
		}
		var people []string
		for j := range trigs {
			t := &trigs[j]
			if t.flag != "join" && !(t.flag == "host" && t.a > ct) {
				// "a summit ..., which X was to host"
				continue
			}
			// "chair the ... summit", "attend the ... summit"
			forward := t.b <= ct && ct-t.b <= 10 && !x.clauseBetween(si, t.b, ct)
			// "the ... summit ..., which X and Y are expected to attend"
			backward := t.a > ct && t.a-ct <= 50 && x.wordBetween(si, ct, t.a, "which") && !x.wordBetween(si, ct, t.a, ";")
			if forward || backward {
				people = unionSorted(people, x.subjectOf(si, t.a))
			}
		}
		// "X and Y met on the sidelines of the G7 summit"
		for k := ct - 1; k >= 1 && k >= ct-12; k-- {
			if w := si.ltok(k); (w == "sidelines" || w == "margins") && si.ltok(k+1) == "of" {
				for _, o := range out {
					if !o.anaphoric && !o.remote && si.tokIndex(o.trigStart) < k && len(o.participants) >= 2 {
						people = unionSorted(people, o.participants)
						if c.date == nil {
							c.date = o.date
						}
					}
				}
				break
			}
		}
		var persons []string
		for _, p := range people {
			if e := x.reg.byIRI[p]; e != nil && e.typ == schema.Person {
				persons = append(persons, p)
			}
		}
		if len(persons) >= 2 {
			c.participants, c.anaphoric = persons, false
		}
	}
}

// appositiveContact folds a contact noun in apposition to the contact
// told just before it into that contact: "X and Y held talks on Friday, a
// brief encounter brokered by Z" is one contact, with Z, who brokered it.
func (x *extraction) appositiveContact(si *sentInfo, out []candidate) []candidate {
	for i := 1; i < len(out); i++ {
		c := &out[i]
		if c.anaphoric && len(c.participants) == 0 {
			continue
		}
		a := si.tokIndex(c.trigStart)
		k := a - 1
		for k > 0 && k >= a-4 && si.s.Tokens[k].Kind == Word && !isCapWord(si.s.Tokens[k]) && si.ltok(k) != "a" && si.ltok(k) != "an" {
			k-- // "a brief but highly charged encounter"
		}
		if w := si.ltok(k); w != "a" && w != "an" || si.tok(k-1) != "," {
			continue
		}
		p := &out[i-1]
		if pa := si.tokIndex(p.trigStart); pa >= k || len(p.participants) < 2 || p.anaphoric || p.remote != c.remote || !datesCompatible(p.date, c.date) {
			continue
		}
		p.participants = unionSorted(p.participants, c.participants)
		out = append(out[:i], out[i+1:]...)
		i--
	}
	return out
}

// whenClausePeople gives a contact noun that names no one the people of
// the clause that tells what happened at it: "since the four-way meeting
// in Geneva on 17 April, when X, Y, Z and W agreed steps", "the talks in
// Oslo, at which X and Y signed". They are its people.
func (x *extraction) whenClausePeople(si *sentInfo, out []candidate) {
	for i := range out {
		c := &out[i]
		if !c.anaphoric || len(c.participants) > 0 || c.series {
			continue
		}
		a := si.tokIndex(c.trigStart)
		if x.timeBeforeNoun(si, a) {
			continue // "on the eve of the summit, when X and Y dined": the eve's
		}
		k := a + 1
		for k < len(si.s.Tokens) && k <= a+10 && si.tok(k) != "," && !clauseStop(si.tok(k)) {
			k++ // "in Geneva on 17 April"
		}
		if si.tok(k) != "," {
			continue
		}
		start := -1
		switch {
		case si.ltok(k+1) == "when" || si.ltok(k+1) == "where":
			start = k + 2
		case (si.ltok(k+1) == "at" || si.ltok(k+1) == "during") && si.ltok(k+2) == "which":
			start = k + 3
		default:
			continue
		}
		if !x.namedPersonOpens(si, start) {
			continue // (not "where aides said they", "when the two leaders")
		}
		var people []string
		for _, p := range x.entityList(si, start, len(si.s.Tokens)) {
			if e := x.reg.byIRI[p]; e != nil && (e.typ == schema.Person || e.typ == schema.Organisation) {
				people = append(people, p)
			}
		}
		if len(x.personsOf(people)) < 2 {
			continue
		}
		sort.Strings(people)
		c.participants, c.anaphoric, c.named, c.indefinite = people, false, false, false
		if !c.explicit {
			c.status = schema.Happened
		}
		for j := range x.timexes {
			// "a video conference on December 9, at which": its date
			if tx := &x.timexes[j]; c.date == nil && tx.Start >= si.s.Tokens[a].End && tx.End <= si.s.Tokens[k].Start && calendarValue(tx.Value) {
				c.date = &schema.Date{Value: dayValue(tx.Value), Text: tx.Text}
			}
		}
	}
}

// invitedFor gives a contact of several people invited to it ("X invited
// Y and Z to Oslo for talks in April") its inviter, who hosts it; an
// invitation is a proposal until it is accepted.
func (x *extraction) invitedFor(si *sentInfo, trigs []trigInfo, out []candidate) {
	for i := range out {
		c := &out[i]
		a := si.tokIndex(c.trigStart)
		if c.anaphoric || len(c.participants) < 2 || si.ltok(a-1) != "for" && !(si.ltok(a-2) == "for" && determinerWord(si.ltok(a-1))) {
			continue
		}
		for j := range trigs {
			t := &trigs[j]
			if t.flag != "invite" || t.pos != "verb" || t.b > a || a-t.b > 12 || x.clauseBetween(si, t.b, a) {
				continue
			}
			subj := x.subjectOf(si, t.a)
			obj := x.objectOf(si, t.b, a)
			if len(subj) != 1 || len(obj) < 2 || containsStr(obj, subj[0]) || !sameSet(sorted(obj), c.participants) {
				continue
			}
			if e := x.reg.byIRI[subj[0]]; e == nil || e.typ != schema.Person {
				continue
			}
			c.participants = unionSorted(c.participants, subj)
			accepted := false
			for k := a; k < len(si.s.Tokens); k++ {
				if w := si.ltok(k); w == "accepted" || w == "accept" || w == "accepts" {
					accepted = true // "..., and both accepted"
				}
			}
			if !accepted && (!c.explicit || c.status == schema.Planned) {
				c.status, c.explicit = schema.Proposed, true
			}
		}
	}
}

// timeBeforeNoun reports a contact noun at token a governed by a word of
// time before or after it: "on the eve of the summit", "ahead of the
// talks", "after the meeting".
func (x *extraction) timeBeforeNoun(si *sentInfo, a int) bool {
	for k := a - 1; k >= 0 && k >= a-5; k-- {
		switch si.ltok(k) {
		case "eve", "ahead", "before", "after", "following", "until", "day", "week", "days", "weeks":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// namedPersonOpens reports a clause opening at token k with a person
// named (not a pronoun or a group), maybe after a title: "X and Y",
// "the U.S. secretary of state, X".
func (x *extraction) namedPersonOpens(si *sentInfo, k int) bool {
	for j := k; j < len(si.s.Tokens) && j <= k+8; j++ {
		if m := x.mentionAt(si, j); m != nil {
			if m.Type == string(schema.Person) {
				return true
			}
			if m.Type != string(schema.Country) && m.Type != string(schema.Organisation) {
				return false
			}
		}
		if si.covered[j] == 0 && si.s.Tokens[j].Kind == Word && !isCapWord(si.s.Tokens[j]) && si.ltok(j) != "the" && si.ltok(j) != "of" {
			return false
		}
	}
	return false
}

// noneSuch drops the contacts still to come a negated contact noun denies:
// "Asked whether X and Y might meet ..., an official said no such meeting
// was planned" (the contacts before "no such"); "no meeting between X and
// Y was planned at the summit" (the contacts of just those people).
func (x *extraction) noneSuch(si *sentInfo, trigs []trigInfo, out []candidate) []candidate {
	for _, t := range trigs {
		if t.pos != "noun" {
			continue
		}
		such := si.ltok(t.a-1) == "such" && si.ltok(t.a-2) == "no"
		if !such && si.ltok(t.a-1) != "no" {
			continue
		}
		var named []string
		if !such {
			for k := t.b; k < len(si.s.Tokens) && k < t.b+8; k++ {
				if clauseStop(si.tok(k)) || si.tok(k) == "," {
					break
				}
				if m := x.mentionAt(si, k); m != nil && actorMention(m) {
					named = unionSorted(named, mentionEntities(m))
				}
			}
			if len(named) < 2 {
				continue
			}
		}
		kept := out[:0]
		for _, c := range out {
			drop := false
			if c.status != schema.Happened && !c.anaphoric {
				if such {
					drop = si.tokIndex(c.trigStart) < t.a && !x.wordBetween(si, si.tokIndex(c.trigStart), t.a, "but", ";")
				} else {
					drop = subset(c.participants, named)
				}
			}
			if !drop {
				kept = append(kept, c)
			}
		}
		out = kept
	}
	return out
}

// timexAt is the timex starting at token k or after a preposition there
// ("in March", "on Monday"), with the token after it; nil if none.
func (x *extraction) timexAt(si *sentInfo, k int) (*Timex, int) {
	for i := range x.timexes {
		tx := &x.timexes[i]
		if tx.Start < si.s.Start || tx.End > si.s.End || tx.Type != "DATE" {
			continue
		}
		ta, tb := si.spanToks(tx.Start, tx.End)
		if w := si.ltok(k); ta == k || ta == k+1 && (w == "in" || w == "on" || w == "at") {
			return tx, tb
		}
	}
	return nil, k
}

// gappedVisits reads a second destination with a date of its own after a
// visit's: "He visited Vessaro in March and Talsk in July last year" is
// also a visit to Talsk in July.
func (x *extraction) gappedVisits(si *sentInfo, out []candidate) []candidate {
	n := len(out)
	for i := 0; i < n; i++ {
		c := out[i]
		if c.kind != schema.Visit || c.anaphoric || len(c.participants) != 2 || c.place == "" || c.date == nil {
			continue
		}
		_, visitor := x.hostAndVisitor(c.participants)
		if visitor == "" {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		for _, m := range si.mentions {
			if m.Entity != c.place || m.tok0 <= ct {
				continue
			}
			tx, k := x.timexAt(si, m.tok1)
			if tx == nil || si.ltok(k) != "and" {
				break
			}
			m2 := x.mentionAt(si, k+1)
			if m2 == nil || m2.tok0 != k+1 {
				break
			}
			country := x.countryOfPlace(m2.Entity)
			e := x.reg.byIRI[m2.Entity]
			if country == "" || e == nil || !e.place || e.typ == schema.Country || country == visitor {
				break
			}
			tx2, _ := x.timexAt(si, m2.tok1)
			if tx2 == nil {
				break
			}
			d := c
			d.participants = unionSorted([]string{visitor}, []string{country})
			d.place, d.placeRank = m2.Entity, 3
			d.date = &schema.Date{Value: dayValue(tx2.Value), Text: tx2.Text}
			d.trigStart = m2.Start
			out = append(out, d)
			break
		}
	}
	return out
}

// gappedPlaces reads a second place with a date of its own after a
// contact's place and date, with no verb of its own: "They held talks in
// Paris on 5 March and in Rome the following day" is also talks in Rome
// on 6 March ("and on 6 March in Rome" too).
func (x *extraction) gappedPlaces(si *sentInfo, out []candidate) []candidate {
	n := len(out)
	for i := 0; i < n; i++ {
		c := out[i]
		if c.kind == schema.Visit || !ownPeople(c) || c.place == "" || c.date == nil {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		for _, m := range si.mentions {
			if m.Entity != c.place || m.tok0 <= ct || m.tok0 > ct+8 || m.tok0 < 1 || si.ltok(m.tok0-1) != "in" {
				continue
			}
			k := m.tok1
			if tx, e := x.timexAt(si, k); tx != nil && dayValue(tx.Value) == c.date.Value {
				k = e // "in Paris on 5 March"
			} else {
				break
			}
			if si.tok(k) == "," {
				k++
			}
			if si.ltok(k) != "and" {
				break
			}
			k++
			var tx2 *Timex
			place := ""
			if tx, e := x.timexAt(si, k); tx != nil {
				tx2 = tx
				_, place = x.inPlaceAt(si, e) // "and on 6 March in Rome"
			} else if e, p := x.inPlaceAt(si, k); p != "" {
				place = p
				tx2, _ = x.timexAt(si, e) // "and in Rome the following day"
			}
			if tx2 == nil || place == "" || place == c.place || dayValue(tx2.Value) == c.date.Value {
				break
			}
			d := c
			d.place, d.placeRank = place, 3
			d.date = &schema.Date{Value: dayValue(tx2.Value), Text: tx2.Text}
			d.trigStart = si.s.Tokens[k].Start
			out = append(out, d)
			break
		}
	}
	return out
}

// datedSeries reads a plural contact noun followed by a list of dates as
// one contact on each: "Friday's call was their fourth this month, after
// conversations on 1 March, on 6 March and on 16 March" (the people of the
// contact told before the noun in the sentence, or the noun's own).
func (x *extraction) datedSeries(si *sentInfo, trigs []trigInfo, out []candidate) []candidate {
	for _, t := range trigs {
		w := si.ltok(t.b - 1)
		if t.pos != "noun" || t.b-t.a != 1 || !strings.HasSuffix(w, "s") || w == "talks" || w == "negotiations" {
			continue
		}
		var dates []*Timex
		for k := t.b; ; {
			tx, e := x.timexAt(si, k)
			if tx == nil || !calendarValue(tx.Value) {
				break
			}
			dates = append(dates, tx)
			k = e
			if si.tok(k) == "," {
				k++
			}
			if si.ltok(k) == "and" {
				k++
			}
		}
		if len(dates) < 2 {
			continue
		}
		base := -1
		for j, c := range out {
			ct := si.tokIndex(c.trigStart)
			if !ownPeople(c) || ct > t.a {
				continue
			}
			if base < 0 || ct > si.tokIndex(out[base].trigStart) {
				base = j
			}
		}
		var d0 candidate
		if base >= 0 {
			d0 = out[base]
		} else {
			// "Friday's call was their fourth, after conversations on ...":
			// the people of the latest such contact before (seriesPeople)
			d0 = candidate{sentence: si.s.Index, evidence: x.evidence(si), seriesItem: true}
		}
		for _, tx := range dates {
			v := dayValue(tx.Value)
			if d0.date != nil && d0.date.Value == v {
				continue
			}
			d := d0
			d.kind, d.remote = t.kind, t.kind == schema.Call
			d.date = &schema.Date{Value: v, Text: tx.Text}
			d.status, d.explicit = schema.Happened, true
			if !x.past(v) {
				d.status = schema.Planned
			}
			d.place, d.placeRank = "", 0
			d.trigStart = tx.Start
			out = append(out, d)
		}
	}
	return out
}

// countedDates reads a contact counted ("twice", "three times") and then
// told item by item with a date each: "He has seen X twice, in Beijing in
// late March and in Dalian in early May", "has met Y twice at Panmunjom:
// on April 27 ... and again last Saturday" are a contact on each date, at
// the place named with it.
func (x *extraction) countedDates(si *sentInfo, out []candidate) []candidate {
	n := len(out)
	for i := 0; i < n; i++ {
		c := out[i]
		if !ownPeople(c) {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		want, at := 0, -1
		for k := ct + 1; k < len(si.s.Tokens) && k < ct+10; k++ {
			if clauseStop(si.tok(k)) && si.tok(k) != ":" {
				break
			}
			if w := si.ltok(k); w == "twice" {
				want, at = 2, k
			} else if w == "times" && k > 0 {
				want, at = cardinalCount(si.ltok(k-1)), k
			}
			if at >= 0 {
				break
			}
		}
		if want < 2 {
			continue
		}
		type item struct {
			date  *schema.Date
			place string
			start int
		}
		var items []item
		for k := at + 1; k < len(si.s.Tokens) && len(items) < want; k++ {
			if si.tok(k) == ";" || si.tok(k) == "(" {
				break
			}
			if w := si.ltok(k); w == "since" || w == "until" || w == "before" || w == "after" || si.isTrigger(k) || x.speechAt(si, k) {
				// "twice since X took office in January": another time;
				// "who had visited Y twice last year, met Z on Friday":
				// another contact's
				break
			}
			tx, e := x.timexAt(si, k)
			if tx == nil || !calendarValue(tx.Value) || tx.anchor {
				continue
			}
			v := dayValue(tx.Value)
			if c.status == schema.Happened && !x.past(v) && !yearWritten(tx.Text) {
				// "have met twice: ... in September" in an April article:
				// the September before
				if y, err := strconv.Atoi(v[:4]); err == nil && len(v) >= 7 {
					v = strconv.Itoa(y-1) + v[4:]
				}
			}
			it := item{date: &schema.Date{Value: v, Text: tx.Text}, start: tx.Start}
			for j := k - 1; j > at && j >= k-5; j-- {
				if _, p := x.inPlaceAt(si, j); p != "" {
					it.place = p // "in Beijing in late March"
					break
				}
			}
			items = append(items, it)
			k = e - 1
			// past a when-clause of the item ("on April 27, when they
			// crossed the line together, and again ...")
			if si.tok(e) == "," && si.ltok(e+1) == "when" {
				for k = e + 2; k < len(si.s.Tokens) && si.tok(k) != ","; k++ {
				}
			}
		}
		if len(items) != want {
			continue
		}
		for j, it := range items {
			d := c
			d.date = it.date
			if it.place != "" {
				d.place, d.placeRank = it.place, 3
			}
			if j == 0 && c.date == nil {
				out[i] = d
				continue
			}
			if c.date != nil && (c.date.Value == it.date.Value || c.date.Text == it.date.Text) {
				continue // the contact's own date (read for the tense of its verb)
			}
			d.trigStart = it.start
			out = append(out, d)
		}
	}
	return out
}

// ordinalItems reads the items of a series the sentence before counted
// ("held a video call on Tuesday, their third this year"), told by their
// ordinal and a date: "The first, on 14 January, set up the working
// group; the second, in early March, was cut short" are contacts of the
// latest contact's people then (seriesPeople fills them in).
func (x *extraction) ordinalItems(si *sentInfo) []candidate {
	if si.s.Index == 0 {
		return nil
	}
	prev := x.infos[si.s.Index-1]
	counted := false
	for k := range prev.s.Tokens {
		if countingOrdinal(prev.ltok(k)) {
			counted = true
		}
	}
	if !counted || len(prev.triggers) == 0 {
		return nil
	}
	var out []candidate
	for k := 0; k+3 < len(si.s.Tokens); k++ {
		if k > 0 && si.tok(k-1) != ";" || si.ltok(k) != "the" {
			continue
		}
		if !countingOrdinal(si.ltok(k+1)) || si.tok(k+2) != "," {
			continue
		}
		tx, e := x.timexAt(si, k+3)
		if tx == nil || !calendarValue(tx.Value) || si.tok(e) != "," {
			continue
		}
		out = append(out, candidate{status: schema.Happened, explicit: true, date: &schema.Date{Value: dayValue(tx.Value), Text: tx.Text},
			sentence: si.s.Index, trigStart: si.s.Tokens[k].Start, evidence: x.evidence(si), seriesItem: true})
	}
	return out
}

// countingOrdinal reports an ordinal that counts a contact of a series
// ("first", "third", "12th"), not one that places it ("last", "next").
func countingOrdinal(w string) bool {
	switch w {
	case "last", "next", "only", "latest", "previous", "final":
		return false
	}
	return ordinalWord(w)
}

// ownPeople reports a contact of two or more people told as itself: not a
// mention referring back, a point of reference, an earlier contact or a
// tally.
func ownPeople(c candidate) bool {
	return !c.anaphoric && !c.reference && !c.previous && !c.tally && len(c.participants) >= 2
}

// yearWritten reports four digits in a row in a date's text: its year is
// written out ("9 May 2018"), not read from the publication date.
func yearWritten(text string) bool {
	n := 0
	for _, r := range text {
		if r >= '0' && r <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// seriesPeople gives the items of a dated series with no people of their
// own (datedSeries) the people of the latest contact of their kind in the
// five sentences before, from cands; items with none are dropped.
func seriesPeople(cs, cands []candidate) []candidate {
	kept := cs[:0]
	for _, c := range cs {
		if c.seriesItem && len(c.participants) == 0 {
			for j := len(cands) - 1; j >= 0; j-- {
				o := cands[j]
				if o.sentence < c.sentence-5 {
					break
				}
				if (o.kind == c.kind || c.kind == "") && !o.anaphoric && !o.seriesItem && len(o.participants) >= 2 {
					c.participants = o.participants
					if c.kind == "" {
						// "The first, on 14 January, ...": of the kind counted
						c.kind, c.remote = o.kind, o.remote
					}
					break
				}
			}
			if len(c.participants) == 0 {
				continue
			}
		}
		kept = append(kept, c)
	}
	return kept
}

// inPlaceAt reads "in Oslo" at token k: the token after it and the
// place; k and "" when none.
func (x *extraction) inPlaceAt(si *sentInfo, k int) (int, string) {
	if si.ltok(k) != "in" {
		return k, ""
	}
	if m := x.mentionAt(si, k+1); m != nil && m.tok0 == k+1 {
		if e := x.reg.byIRI[m.Entity]; e != nil && e.place {
			return m.tok1, e.iri
		}
	}
	return k, ""
}

// inNamedPlaceAt is inPlaceAt that also passes over a capitalised name the
// lexicon lacks ("in Vellmar"): the token after the place, and the place
// when it is known ("" else).
func (x *extraction) inNamedPlaceAt(si *sentInfo, k int) (int, string) {
	if e, p := x.inPlaceAt(si, k); p != "" || si.ltok(k) != "in" {
		return e, p
	}
	j := k + 1
	for j < len(si.s.Tokens) && j <= k+3 && isCapWord(si.s.Tokens[j]) && x.mentionAt(si, j) == nil && !x.inTimex(si, j) {
		j++
	}
	if j == k+1 {
		return k, ""
	}
	return j, ""
}

// gappedObjects reads a contact verb's objects each with its own place or
// day: "meeting A in Castel and B in the port city of Mersa" (two
// contacts, the second with B at Mersa); "met A on Monday and B on
// Tuesday".
func (x *extraction) gappedObjects(si *sentInfo, out []candidate) []candidate {
	n := len(out)
	for i := 0; i < n; i++ {
		c := out[i]
		if c.anaphoric || len(c.participants) != 2 {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		var obj *Mention
		for j := range si.mentions {
			m := &si.mentions[j]
			if m.tok0 > ct && m.tok0 <= ct+4 && m.Type == string(schema.Person) && containsStr(c.participants, m.Entity) {
				obj = m
				break
			}
		}
		if obj == nil {
			continue
		}
		k, _ := x.inNamedPlaceAt(si, obj.tok1)
		if t1, e1 := x.timexAt(si, k); t1 != nil && c.date != nil {
			// "met A on Monday and B on Tuesday", "spoke to A on Sunday
			// and to B the following day", "met A in Oslo on Sunday, and
			// B in Rome two days later": B on a day of their own
			j := e1
			if si.tok(j) == "," {
				j++
			}
			if si.ltok(j) != "and" {
				continue
			}
			j++
			if w := si.ltok(j); (w == "to" || w == "with") && w == si.ltok(obj.tok0-1) {
				j++
			}
			m2 := x.mentionAt(si, j)
			if m2 != nil && m2.tok0 == j && m2.Type == string(schema.Person) && !containsStr(c.participants, m2.Entity) {
				k2, place2 := x.inNamedPlaceAt(si, m2.tok1)
				if t2, e2 := x.timexAt(si, k2); t2 != nil && calendarValue(t2.Value) && (e2 >= len(si.s.Tokens) || si.s.Tokens[e2].Kind == Punct || si.ltok(e2) == "to" || si.ltok(e2) == "for" || si.ltok(e2) == "in" || si.ltok(e2) == "at") {
					subj := c.participants[0]
					if subj == obj.Entity {
						subj = c.participants[1]
					}
					d := c
					d.participants = unionSorted([]string{subj}, []string{m2.Entity})
					d.date = &schema.Date{Value: dayValue(t2.Value), Text: t2.Text}
					d.trigStart = si.s.Tokens[m2.tok0].Start
					if place2 != "" || c.place != "" {
						d.place, d.placeRank = place2, 3
					}
					out = append(out, d)
				}
			}
			continue
		}
		if e, ok := x.placeTimePhrases(si, obj.tok1); ok && e < len(si.s.Tokens) && si.ltok(e) == "and" {
			// "met A at the palace in the morning and B in Oslo in the
			// afternoon": B the same day, at a place of their own
			if m2 := x.mentionAt(si, e+1); m2 != nil && m2.tok0 == e+1 && m2.Type == string(schema.Person) && !containsStr(c.participants, m2.Entity) {
				if e2, ok := x.placeTimePhrases(si, m2.tok1); ok && e2 > m2.tok1 && (e2 >= len(si.s.Tokens) || si.s.Tokens[e2].Kind == Punct) {
					subj := c.participants[0]
					if subj == obj.Entity {
						subj = c.participants[1]
					}
					d := c
					d.participants = unionSorted([]string{subj}, []string{m2.Entity})
					d.place, d.placeRank = x.placeOf(si, m2.tok1, e2)
					d.trigStart = si.s.Tokens[m2.tok0].Start
					if c.place == d.place && d.place != "" {
						c.place, c.placeRank = "", 0 // the place is the second's
						out[i] = c
					}
					out = append(out, d)
					continue
				}
			}
		}
		if c.place == "" || si.ltok(obj.tok1) != "in" {
			continue
		}
		pm := x.mentionAt(si, obj.tok1+1)
		if pm == nil || pm.Entity != c.place || si.ltok(pm.tok1) != "and" {
			continue
		}
		m2 := x.mentionAt(si, pm.tok1+1)
		if m2 == nil || m2.tok0 != pm.tok1+1 || m2.Type != string(schema.Person) || containsStr(c.participants, m2.Entity) {
			continue
		}
		subj := c.participants[0]
		if subj == obj.Entity {
			subj = c.participants[1]
		}
		d := c
		d.participants = unionSorted([]string{subj}, []string{m2.Entity})
		d.place, d.placeRank = x.placeOf(si, m2.tok1, len(si.s.Tokens))
		d.trigStart = si.s.Tokens[m2.tok0].Start
		out = append(out, d)
	}
	return out
}

// placeTimePhrases reads, from token k, phrases of place and time only
// ("at the palace in the morning", "in Oslo in the afternoon"): the
// token after them and whether there was at least one.
func (x *extraction) placeTimePhrases(si *sentInfo, k int) (int, bool) {
	j, n := k, len(si.s.Tokens)
	for j < n && j < k+10 {
		w := si.ltok(j)
		if w != "in" && w != "at" && w != "on" && w != "during" {
			break
		}
		q := j + 1
		if si.ltok(q) == "the" {
			if m := x.mentionAt(si, q+1); m != nil && m.tok0 == q+1 && (m.Type == MentionPlace || m.Type == string(schema.Country) || m.asPlace) {
				j = m.tok1 // "at the Élysée"
				continue
			}
		}
		if m := x.mentionAt(si, q); m != nil && m.tok0 == q && (m.Type == MentionPlace || m.Type == string(schema.Country) || m.asPlace) {
			j = m.tok1
			continue
		}
		if tx := x.timexCovering(si, q); tx != nil {
			_, tb := si.spanToks(tx.Start, tx.End)
			j = tb
			continue
		}
		// "at the palace": a determiner and one lower-case noun
		if d := si.ltok(q); (d == "the" || d == "a" || d == "his" || d == "her" || d == "their") && q+1 < n && si.s.Tokens[q+1].Kind == Word && !isCapWord(si.s.Tokens[q+1]) && !strings.HasSuffix(si.ltok(q+1), "ed") {
			j = q + 2
			continue
		}
		break
	}
	return j, j > k
}

// lowerRoleAfter reports one to three lower-case words from token k
// closed by a comma or a clause stop: a role the lexicon lacks ("X, the
// IMF's mission chief, ...").
func (x *extraction) lowerRoleAfter(si *sentInfo, k int) bool {
	j := k
	for j < len(si.s.Tokens) && j < k+3 && si.s.Tokens[j].Kind == Word && !isCapWord(si.s.Tokens[j]) && x.lx.stop[si.ltok(j)] != "function" {
		j++
	}
	return j > k && (j == len(si.s.Tokens) || si.tok(j) == "," || clauseStop(si.tok(j)))
}

// durationAfter reports a duration starting within three tokens after
// token k: "for forty minutes", "for its final twenty minutes".
func (x *extraction) durationAfter(si *sentInfo, k int) bool {
	for i := range x.timexes {
		tx := &x.timexes[i]
		if tx.Type != "DURATION" || tx.Start < si.s.Start || tx.End > si.s.End {
			continue
		}
		if ta, _ := si.spanToks(tx.Start, tx.End); ta > k && ta <= k+3 {
			return true
		}
	}
	return false
}

// listedContactNouns dates a contact noun listed after another contact
// by "and" with no date of its own by that contact's date, status and
// place: "will arrive in X on Friday for talks with Y and a separate
// meeting with Z" (the meeting with Z is on Friday too, and still to come).
func (x *extraction) listedContactNouns(si *sentInfo, trigs []trigInfo, out []candidate) {
	for i := range out {
		c := &out[i]
		if c.date != nil || c.explicit || c.anaphoric {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		noun := false
		for _, t := range trigs {
			noun = noun || t.a == ct && t.pos == "noun"
		}
		if !noun || subjectOfVerbAfter(si, ct) {
			continue // "and a meeting with Z is planned": a clause of its own
		}
		and := -1
		for k := ct - 1; k >= 1 && k >= ct-3; k-- {
			w := si.ltok(k)
			if w == "and" {
				and = k
				break
			}
			if !determinerWord(w) && w != "separate" && w != "second" && w != "private" && w != "bilateral" && w != "brief" && w != "further" {
				break
			}
		}
		if and < 0 {
			continue
		}
		best := -1
		for j := range out {
			o := &out[j]
			ot := si.tokIndex(o.trigStart)
			if j == i || o.date == nil || o.anaphoric || ot >= and || x.clauseBetween(si, ot, and) {
				continue
			}
			if best < 0 || ot > si.tokIndex(out[best].trigStart) {
				best = j
			}
		}
		if best < 0 {
			continue
		}
		o := &out[best]
		c.date, c.status = o.date, o.status
		if c.place == "" {
			c.place, c.placeRank = o.place, o.placeRank
		}
	}
}

// subjectOfVerbAfter reports an auxiliary after token k in its clause: the
// phrase at k is a subject ("a meeting with Z is planned").
func subjectOfVerbAfter(si *sentInfo, k int) bool {
	for j := k + 1; j < len(si.s.Tokens) && !clauseStop(si.tok(j)) && si.tok(j) != ","; j++ {
		switch si.ltok(j) {
		case "is", "was", "are", "were", "will", "would", "has", "had", "have", "could", "may", "might":
			return true
		}
	}
	return false
}

// sameSubjectAfterAnd reports the one "and" or "but" between tokens a
// and ct right before the contact at ct, or an adverb before it: "arrived
// on Thursday and held talks with Y", "and then met Y" (the journey's
// subject goes on), not "and Y met Z".
func sameSubjectAfterAnd(si *sentInfo, a, ct int) bool {
	for k := ct - 1; k > a && k >= ct-3; k-- {
		if w := si.ltok(k); w == "and" || w == "but" {
			return true
		}
		switch si.ltok(k) {
		case "then", "later", "also", "afterwards":
		case "was", "were", "had", "been":
			// "travelled to X last week and was received by Y"
		default:
			return false
		}
	}
	return false
}

// otherTriggerNear reports a contact word other than tokens a..b within n
// tokens of them in the sentence.
func (x *extraction) otherTriggerNear(si *sentInfo, a, b, n int) bool {
	for _, sp := range si.triggers {
		ta, tb := si.spanToks(sp.start, sp.end)
		if ta == a && tb == b {
			continue
		}
		if tb > a-n && ta < b+n {
			return true
		}
	}
	return false
}

// discussedWith reads the people a verb of discussing ending at token b
// names after "with", past what was discussed ("discussed the delay with
// President X by phone"), in the same clause.
func (x *extraction) discussedWith(si *sentInfo, b, lim int) []string {
	k := withInClause(si, b)
	if k < 0 || k >= lim {
		return nil
	}
	for j := k + 1; j < lim && j <= k+4; j++ {
		if x.personStartsAt(si, j) {
			return x.entityList(si, j, lim)
		}
	}
	return nil
}

// reciprocalAt reports "each other" or "one another" at token b: "They saw
// each other again in May".
func reciprocalAt(si *sentInfo, b int) bool {
	return si.ltok(b) == "each" && si.ltok(b+1) == "other" || si.ltok(b) == "one" && si.ltok(b+1) == "another"
}

// togetherAfter reports "together" within a few words after token b, in
// the clause and before any "with": "spent six hours together in London"
// (not "spent the day together with X", which names X).
func togetherAfter(si *sentInfo, b int) bool {
	for k := b; k < len(si.s.Tokens) && k < b+5; k++ {
		switch w := si.ltok(k); {
		case w == "together":
			return si.ltok(k+1) != "with"
		case w == "with" || w == "," || clauseStop(w):
			return false
		}
	}
	return false
}

// withInClause is the token of "with" within ten tokens from token b, in
// the same clause and before any comma ("spent five hours on Tuesday
// with", "discussed the delay with"), or -1.
func withInClause(si *sentInfo, b int) int {
	for k := b; k < len(si.s.Tokens) && k < b+10; k++ {
		if w := si.tok(k); clauseStop(w) || w == "," {
			return -1
		}
		if si.ltok(k) == "with" {
			return k
		}
	}
	return -1
}

// remoteAfter reports "by phone", "by telephone", "by video link", "over
// the phone" in the clause after token k.
func remoteAfter(si *sentInfo, k int) bool {
	for j := k + 1; j+1 < len(si.s.Tokens) && j <= k+14 && !clauseStop(si.tok(j)); j++ {
		w, next := si.ltok(j), si.ltok(j+1)
		if w == "by" && (next == "phone" || next == "telephone" || next == "video" || next == "videolink") || w == "over" && next == "the" && (si.ltok(j+2) == "phone" || si.ltok(j+2) == "telephone") {
			return true
		}
	}
	return false
}

// forTheNthTime reports "for the first time" (second, third, last, only)
// from token k, the "for".
func forTheNthTime(si *sentInfo, k int) bool {
	if si.ltok(k) != "for" || si.ltok(k+1) != "the" {
		return false
	}
	switch si.ltok(k + 2) {
	case "first", "second", "third", "fourth", "fifth", "last", "only":
		return si.ltok(k+3) == "time"
	}
	return false
}

// joinedFor is the contact noun told right after a join verb ending at
// token b, after "for" ("X and Y were joined by Z for six hours of
// talks"), with no participants of its own: its index in out, or -1. (One
// person joined, "X was joined by Z for a three-way meeting", joins X's
// contact instead.)
func (x *extraction) joinedFor(si *sentInfo, b int, out []candidate) int {
	for i, c := range out {
		if !c.anaphoric || len(c.participants) > 0 || c.series || c.previous {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		if ct <= b {
			continue
		}
		for k := ct - 1; k > b && k >= ct-6; k-- {
			if clauseStop(si.tok(k)) {
				break
			}
			if si.ltok(k) == "for" {
				return i
			}
		}
	}
	return -1
}

// internalMeeting reports a contact word at token a inside a meeting of
// one government's own bodies ("a limited cabinet meeting"), not a joint
// one ("the binational cabinet meeting").
func (x *extraction) internalMeeting(si *sentInfo, a int) bool {
	off := si.s.Tokens[a].Start
	for _, c := range si.cues {
		if !c.has("internal") || off < c.start || off >= c.end {
			continue
		}
		ca, _ := si.spanToks(c.start, c.end)
		switch si.ltok(ca - 1) {
		case "binational", "joint", "bilateral", "trilateral", "intergovernmental", "combined":
			return false
		}
		return true
	}
	return false
}

// internalBefore reports a meeting of one government's own bodies
// before token a in the sentence, with no other contact word between, or
// as the object right after it ("chaired a cabinet meeting").
func (x *extraction) internalBefore(si *sentInfo, a int) bool {
	for k := a + 1; k < len(si.s.Tokens) && k <= a+5; k++ {
		if x.internalMeeting(si, k) {
			return true
		}
	}
	for k := a - 1; k >= 0; k-- {
		if si.isTrigger(k) {
			return x.internalMeeting(si, k)
		}
	}
	return false
}

// whileCounterparts reads the pair named in apposition after a contact
// told in an opening "While" or "As" clause: "While the leaders talked,
// their foreign ministers, X and Y, signed agreements" is also a contact
// of X and Y, held alongside the first.
func (x *extraction) whileCounterparts(si *sentInfo, out []candidate) []candidate {
	if w := si.ltok(0); w != "while" && w != "as" {
		return out
	}
	comma := -1
	for k := 1; k < len(si.s.Tokens) && k < 12; k++ {
		if si.tok(k) == "," {
			comma = k
			break
		}
	}
	if comma < 0 || si.ltok(comma+1) != "their" {
		return out
	}
	var c *candidate
	for i := range out {
		if ct := si.tokIndex(out[i].trigStart); ct < comma && len(out[i].participants) >= 2 {
			c = &out[i]
		}
	}
	if c == nil {
		return out
	}
	k := comma + 2
	for k < len(si.s.Tokens) && k < comma+6 && si.tok(k) != "," {
		k++ // "their foreign ministers,"
	}
	if si.tok(k) != "," || !strings.HasSuffix(si.ltok(k-1), "s") {
		return out
	}
	m1 := x.mentionAt(si, k+1)
	if m1 == nil || m1.tok0 != k+1 || m1.Type != string(schema.Person) || si.ltok(m1.tok1) != "and" {
		return out
	}
	m2 := x.mentionAt(si, m1.tok1+1)
	if m2 == nil || m2.tok0 != m1.tok1+1 || m2.Type != string(schema.Person) || m1.Entity == m2.Entity || containsStr(c.participants, m1.Entity) || containsStr(c.participants, m2.Entity) {
		return out
	}
	d := *c
	d.kind = schema.Meeting
	d.participants = unionSorted([]string{m1.Entity}, []string{m2.Entity})
	d.trigStart = si.s.Tokens[m1.tok0].Start
	d.parallel = c.trigStart + 1
	return append(out, d)
}

// parallelDates gives a contact held alongside another ("While the
// leaders talked, their ministers, X and Y, ...") that contact's date,
// once the document has dated it.
func (x *extraction) parallelDates(cands []candidate) {
	for i := range cands {
		c := &cands[i]
		if c.parallel == 0 || c.date != nil {
			continue
		}
		for j := range cands {
			o := &cands[j]
			if o.sentence != c.sentence || o.trigStart != c.parallel-1 {
				continue
			}
			c.date = o.date
			break
		}
	}
}

// gappedPairs reads a second pair with a date of its own after a dated
// contact of two, its verb left out: "A and B met there in 1990, and C and
// D in 1997" is also a contact of C and D in 1997.
func (x *extraction) gappedPairs(si *sentInfo, out []candidate) []candidate {
	n := len(out)
	for i := 0; i < n; i++ {
		c := out[i]
		if c.anaphoric || len(c.participants) != 2 || c.date == nil {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		for k := ct + 1; k < len(si.s.Tokens); k++ {
			tx, e := x.timexAt(si, k)
			if tx == nil || dayValue(tx.Value) != c.date.Value && tx.Value != c.date.Value {
				continue
			}
			if si.tok(e) == "," {
				e++
			}
			if si.ltok(e) != "and" {
				break
			}
			m1 := x.mentionAt(si, e+1)
			if m1 == nil || m1.tok0 != e+1 || m1.Type != string(schema.Person) || si.ltok(m1.tok1) != "and" {
				break
			}
			m2 := x.mentionAt(si, m1.tok1+1)
			if m2 == nil || m2.tok0 != m1.tok1+1 || m2.Type != string(schema.Person) || m1.Entity == m2.Entity ||
				containsStr(c.participants, m1.Entity) || containsStr(c.participants, m2.Entity) {
				break
			}
			tx2, e2 := x.timexAt(si, m2.tok1)
			if tx2 == nil || e2 < len(si.s.Tokens) && si.tok(e2) != "." && si.tok(e2) != "," && si.tok(e2) != ";" {
				break
			}
			d := c
			d.participants = unionSorted([]string{m1.Entity}, []string{m2.Entity})
			d.place, d.placeRank = "", 0
			d.date = &schema.Date{Value: dayValue(tx2.Value), Text: tx2.Text}
			d.trigStart = si.s.Tokens[m1.tok0].Start
			out = append(out, d)
			break
		}
	}
	return out
}

// gappedPassive reads a second guest and host after a passive contact, its
// verb left out: "X was received in Oslo in July by Y, and Z in Rome in
// August by W" is also a contact of Z and W, on its own date and at its
// own place when it gives them.
func (x *extraction) gappedPassive(si *sentInfo, out []candidate) []candidate {
	n := len(out)
	toks := si.s.Tokens
	for i := 0; i < n; i++ {
		c := out[i]
		if !ownPeople(c) || len(c.participants) != 2 {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		if w := si.ltok(ct - 1); w != "was" && w != "were" {
			continue
		}
		// the agent after "by", then ", and Z"
		by := -1
		for k := ct + 1; k < len(toks) && k <= ct+12 && !clauseStop(si.tok(k)); k++ {
			if si.ltok(k) == "by" {
				by = k
				break
			}
		}
		if by < 0 {
			continue
		}
		agent := x.mentionAt(si, by+1)
		if agent == nil || agent.Type != string(schema.Person) {
			continue
		}
		k := agent.tok1
		if si.tok(k) != "," || si.ltok(k+1) != "and" {
			continue
		}
		guest := x.mentionAt(si, k+2)
		if guest == nil || guest.tok0 != k+2 || guest.Type != string(schema.Person) || containsStr(c.participants, guest.Entity) {
			continue
		}
		// only places and dates before the second "by": no verb of its own
		var date *schema.Date
		place, rank := c.place, c.placeRank
		j := guest.tok1
		for j < len(toks) && j <= guest.tok1+10 && si.ltok(j) != "by" {
			if tx, e := x.timexAt(si, j); tx != nil {
				date, j = &schema.Date{Value: dayValue(tx.Value), Text: tx.Text}, e
				continue
			}
			if e, p := x.inPlaceAt(si, j); p != "" {
				place, rank, j = p, 3, e
				continue
			}
			break
		}
		if si.ltok(j) != "by" {
			continue
		}
		host := x.mentionAt(si, j+1)
		if host == nil || host.tok0 != j+1 || host.Type != string(schema.Person) || host.Entity == guest.Entity {
			continue
		}
		d := c
		d.participants = unionSorted([]string{guest.Entity}, []string{host.Entity})
		d.hosts = []string{host.Entity}
		if date != nil {
			d.date = date
		}
		d.place, d.placeRank = place, rank
		d.trigStart = toks[guest.tok0].Start
		out = append(out, d)
	}
	return out
}

// asDid reads ", as did X and Y" after a contact: X and Y had one of the
// same kind, day and place ("A and B met on Monday evening at the hotel, as
// did C and D"); ", as did X" alone takes the subject's part ("A met B on
// Monday, as did C": C met B).
func (x *extraction) asDid(si *sentInfo, out []candidate) []candidate {
	n := len(out)
	toks := si.s.Tokens
	for i := 0; i < n; i++ {
		c := out[i]
		if !ownPeople(c) {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		for k := ct + 1; k+3 < len(toks) && k <= ct+20 && !clauseStop(si.tok(k)); k++ {
			if si.tok(k) != "," || si.ltok(k+1) != "as" || si.ltok(k+2) != "did" {
				continue
			}
			ps := x.personsOf(x.entityList(si, k+3, len(toks)))
			var parts []string
			switch {
			case len(ps) >= 2:
				parts = sorted(ps)
			case len(ps) == 1 && len(c.participants) == 2:
				subj := x.personsOf(x.subjectOf(si, ct))
				if len(subj) != 1 || !containsStr(c.participants, subj[0]) || containsStr(c.participants, ps[0]) {
					break
				}
				parts = unionSorted(minus(c.participants, subj), ps)
			}
			if len(parts) >= 2 && !sameSet(parts, c.participants) {
				d := c
				d.participants = parts
				d.trigStart = toks[k+3].Start
				out = append(out, d)
			}
			break
		}
	}
	return out
}

// toldIn reads "X told Y in a phone call", "X assured Y during a meeting":
// the contact noun after a verb of telling is one between its subject and
// its object.
func (x *extraction) toldIn(si *sentInfo, out []candidate) {
	for i := range out {
		c := &out[i]
		if !c.anaphoric || c.named || c.series {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		k := ct - 1
		for k > 0 && k >= ct-3 && si.ltok(k) != "in" && si.ltok(k) != "during" {
			k--
		}
		if k <= 1 || si.ltok(k) != "in" && si.ltok(k) != "during" {
			continue
		}
		if w := si.ltok(k + 1); w != "a" && w != "an" && w != "their" {
			continue
		}
		m := x.mentionAt(si, k-1)
		if m == nil || m.tok1 != k || m.Type != string(schema.Person) && m.Type != MentionPronoun {
			continue
		}
		switch si.ltok(m.tok0 - 1) {
		case "told", "tells", "assured", "informed", "urged", "warned", "reassured", "asked":
		default:
			continue
		}
		obj := mentionEntities(m)
		subj := x.subjectOf(si, m.tok0-1)
		if len(obj) != 1 || obj[0] == "" || len(subj) == 0 || containsStr(subj, obj[0]) {
			continue
		}
		c.participants, c.anaphoric, c.indefinite = unionSorted(subj, obj), false, false
	}
}

// wayCounts are the words for the size of a gathering ("a five-way
// session").
var wayCounts = map[string]int{"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}

// wayWith reads "X and Y met ..., in a five-way session with A, B and C":
// a gathering of that many people said of the sentence's contact, with
// the others named after "with". The contact before it takes them when
// they make up the count.
func (x *extraction) wayWith(si *sentInfo, out []candidate) {
	toks := si.s.Tokens
	for k := 2; k+2 < len(toks); k++ {
		if si.ltok(k) != "way" || toks[k-1].Text != "-" {
			continue
		}
		n := wayCounts[si.ltok(k-2)]
		if n == 0 {
			continue
		}
		w := k + 1
		for w < len(toks) && w <= k+3 && si.ltok(w) != "with" {
			w++
		}
		if si.ltok(w) != "with" {
			continue
		}
		others := x.entityList(si, w+1, len(toks))
		for i := range out {
			c := &out[i]
			if c.anaphoric || len(c.participants) < 2 || c.trigStart >= toks[k].Start {
				continue
			}
			if all := unionSorted(c.participants, others); len(all) == n {
				c.participants = all
			}
		}
	}
}

// relativeJoin gives the candidate of the contact a passive join verb at
// token a is said of in a relative clause ("a call that was joined by X",
// "talks, which were joined by X"), or -1.
func (x *extraction) relativeJoin(si *sentInfo, a int, out []candidate) int {
	k := a - 1
	if w := si.ltok(k); w != "was" && w != "were" && w != "been" {
		return -1
	}
	for k--; k >= 0 && (si.ltok(k) == "had" || si.ltok(k) == "has" || si.ltok(k) == "later" || si.ltok(k) == "also"); k-- {
	}
	if w := si.ltok(k); w != "that" && w != "which" {
		return -1
	}
	best := -1
	for i, c := range out {
		if c.anaphoric || c.trigStart >= si.s.Tokens[k].Start {
			continue
		}
		if best < 0 || c.trigStart > out[best].trigStart {
			best = i
		}
	}
	return best
}

// triggerBefore reports a trigger ending at or before token k.
func (x *extraction) triggerBefore(trigs []trigInfo, k int) bool {
	for _, t := range trigs {
		if t.b <= k && t.flag != "join" {
			return true
		}
	}
	return false
}

// wordBetween reports one of the words between tokens a and b ("since":
// what follows it dates something earlier than the trigger before it).
func (x *extraction) wordBetween(si *sentInfo, a, b int, words ...string) bool {
	for _, w := range words {
		if si.hasBetween(a, b, w) {
			return true
		}
	}
	return false
}

// clauseBetween reports a clause boundary between tokens a and b: a
// complementiser or relative word ("that", "which", "when") or a semicolon.
func (x *extraction) clauseBetween(si *sentInfo, a, b int) bool {
	return x.wordBetween(si, a, b, "that", "which", "when", ";")
}

// adverbialNounSubject reads the subject of a noun trigger at token a in a
// phrase opened by "after", "before", "following" or "during" ("left the
// White House after a heated meeting with Y"): the person opening the
// clause, when the nearest actor before the phrase is no person. Nil
// otherwise.
func (x *extraction) adverbialNounSubject(si *sentInfo, a int) []string {
	p := -1
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		w := si.ltok(k)
		if w == "after" || w == "before" || w == "following" || w == "during" {
			p = k
			break
		}
		if t := si.s.Tokens[k]; t.Kind != Word || isCapWord(t) {
			return nil
		}
	}
	if p < 2 {
		return nil
	}
	return x.openingPersonBefore(si, p, true)
}

// coordinatedPredicate reads the subject of a second predicate joined by
// "and" with no subject of its own ("X is due to address the assembly and
// will hold talks with Y"): the person opening the sentence, when the
// nearest actor before the trigger is no person (the first predicate's
// object). Nil otherwise.
func (x *extraction) coordinatedPredicate(si *sentInfo, a int) []string {
	k := a - 1
	for k >= 0 && (modalWord(si.ltok(k)) || si.ltok(k) == "also" || si.ltok(k) == "then" || si.ltok(k) == "later") {
		k--
	}
	for k >= 2 && (si.ltok(k) == "expected" || si.ltok(k) == "due" || si.ltok(k) == "scheduled" || si.ltok(k) == "set") && beWord(si.ltok(k-1)) {
		k -= 2 // "and is expected to travel", "and is due to see"
	}
	if k < 2 || si.ltok(k) != "and" || si.tok(k-1) == "," {
		return nil
	}
	if p := x.openingPersonBefore(si, k, false); p != nil {
		return p
	}
	// "X met Y in Oslo on Monday and is expected to travel to Z": a
	// contact verb between the opening person and the last one makes that
	// one its object
	var first *Mention
	for i := range si.mentions {
		if m := &si.mentions[i]; m.tok1 <= k && actorMention(m) {
			first = m
			break
		}
	}
	if first == nil || first.Type != string(schema.Person) || first.possessive || first.tok0 > 0 && si.tok(first.tok0-1) != "," || !beWord(si.ltok(k+1)) && !modalWord(si.ltok(k+1)) {
		return nil
	}
	verb := false
	for _, sp := range si.triggers {
		if a, _ := si.spanToks(sp.start, sp.end); a >= first.tok1 && a < k && sp.phrases[0].pos == "verb" {
			verb = a == first.tok1 || si.tok(first.tok1) != ","
		}
	}
	for j := first.tok1; j < k; j++ {
		if w := si.ltok(j); clauseStop(si.tok(j)) || w == "that" || w == "which" || w == "who" || w == "when" || w == "where" || w == "while" {
			return nil
		}
	}
	if !verb {
		return nil
	}
	return mentionEntities(first)
}

// hostSubject is the person hosting at the host verb at token a, named in
// its clause ("X hosted a meeting between ...", "X has offered to host
// talks between ..."): none across "that" ("told Y that Nairobi was
// prepared to host talks": not Y).
func (x *extraction) hostSubject(si *sentInfo, a int) []string {
	var out []string
	for _, p := range x.personsOf(x.subjectOf(si, a)) {
		last := -1
		for i := range si.mentions {
			if m := &si.mentions[i]; m.tok1 <= a && containsStr(mentionEntities(m), p) {
				last = m.tok1
			}
		}
		ok := last >= 0
		for k := last; ok && k < a; k++ {
			if w := si.ltok(k); w == "that" || clauseStop(si.tok(k)) {
				ok = false
			}
		}
		if ok {
			out = append(out, p)
		}
	}
	return out
}

// beWord reports a form of "be" that opens a predicate.
func beWord(w string) bool {
	switch w {
	case "is", "are", "was", "were":
		return true
	}
	return false
}

// openingPersonBefore is the person opening the clause that runs to token
// lim (at the sentence's start, after a phrase set off by a comma, or, when
// afterDateline, after a dateline), when the last actor named before lim is
// no person (an object of the clause's verb) and nothing between opens
// another clause ("and" too when afterDateline); nil otherwise.
func (x *extraction) openingPersonBefore(si *sentInfo, lim int, afterDateline bool) []string {
	var first, last *Mention
	for i := range si.mentions {
		m := &si.mentions[i]
		if m.tok1 > lim || !actorMention(m) {
			continue
		}
		if first == nil {
			first = m
		}
		last = m
	}
	if first == nil || last == first || first.Type != string(schema.Person) || first.possessive || last.Type == string(schema.Person) || last.Type == MentionPronoun || last.Type == MentionGroup {
		return nil
	}
	if first.tok0 > 0 && si.tok(first.tok0-1) != "," && !(afterDateline && first.tok0 == datelineEnd(si)) {
		return nil // the sentence opens with its subject, or with a phrase set off
	}
	for j := first.tok1; j < lim; j++ {
		if w := si.ltok(j); clauseStop(si.tok(j)) || w == "," || w == "that" || w == "which" || w == "who" || w == "when" || w == "where" || w == "while" || afterDateline && w == "and" {
			return nil
		}
	}
	return mentionEntities(first)
}

// governingHost is the index of a host or chair verb whose object is the
// noun trigger t ("hosted a summit", "chaired the one-day meeting"), or -1.
func (x *extraction) governingHost(si *sentInfo, trigs []trigInfo, t *trigInfo) int {
	for h := range trigs {
		o := &trigs[h]
		if o.pos != "verb" || o.b > t.a || t.a-o.b > 4 || o.flag != "host" && !(o.flag == "join" && strings.HasPrefix(si.ltok(o.a), "chair")) {
			continue
		}
		between := true
		for k := o.b; k < t.a; k++ {
			if w := si.tok(k); w == "," || clauseStop(w) || isCapWord(si.s.Tokens[k]) {
				between = false
			}
		}
		if between {
			return h
		}
	}
	return -1
}

// subordinateDate reports a timex at tokens [ta, tb) inside an adverbial
// clause that ends with a comma before token a: "before the mandate of the
// government expires on Aug. 20, at a summit in Nairobi". The clause opens
// with a conjunction at least two words before the timex ("before Aug. 20,"
// is a time of the main clause), not at the start of the sentence.
func subordinateDate(si *sentInfo, ta, tb, a int) bool {
	comma := false
	for k := tb; k < a; k++ {
		if si.tok(k) == "," {
			comma = true
			break
		}
	}
	if !comma {
		return false
	}
	for k := ta - 3; k >= 0 && k >= ta-15; k-- {
		if w := si.tok(k); w == "," || clauseStop(w) {
			return false
		}
		switch si.ltok(k) {
		case "before", "until", "unless", "once", "because", "if":
			// not opening the sentence: "Before the closing session on
			// Friday, X and Y held a meeting" is that day's
			return k > 0
		}
	}
	return false
}

// appositiveDate reports a timex at token ta that restates prev right
// before it, after a comma ("a day earlier, on March 9"); the caller
// takes only a day written with its number.
func (x *extraction) appositiveDate(si *sentInfo, prev *Timex, ta int) bool {
	_, pb := si.spanToks(prev.Start, prev.End)
	k := ta - 1
	if w := si.ltok(k); w == "on" || w == "in" {
		k--
	}
	if k != pb || si.tok(k) != "," {
		return false
	}
	// only a relative expression is restated ("March 9, 2025" is one date)
	for _, w := range strings.Fields(strings.ToLower(prev.Text)) {
		switch w {
		case "earlier", "later", "ago", "before", "after", "last", "previous", "following", "next":
			return true
		}
	}
	return false
}

// modifiesOtherNoun reports a timex in tokens [ta, tb) that modifies a
// noun other than a trigger: after a determiner or before a possessive
// ("the 2030 regional games", "Monday's election"), the words after it run
// to something that is not a trigger ("Thursday's talks", "the 2019 summit"
// are the trigger's).
func (x *extraction) modifiesOtherNoun(si *sentInfo, trigs []trigInfo, ta, tb int) bool {
	k := tb
	if possessiveTokens[si.tok(k)] {
		k++
	} else if !possessiveTokens[si.tok(ta-1)] {
		switch si.ltok(ta - 1) {
		case "the", "a", "an", "this", "its", "their", "his", "her":
		default:
			return false
		}
	}
	n := 0
	for ; k < len(si.s.Tokens) && n < 4; k, n = k+1, n+1 {
		if x.isNounTriggerTok(trigs, k) {
			return false
		}
		t := si.s.Tokens[k]
		if t.Kind != Word || x.lx.stop[si.ltok(k)] == "function" {
			break
		}
	}
	return n > 0
}

// relativeDates dates a contact placed by a span of days from another of
// its sentence: "X met Y on May 7, three days after the two met Z" (Z's
// meeting is on May 4); "..., a week before they meet again".
func (x *extraction) relativeDates(si *sentInfo, out []candidate) {
	for i := range out {
		c := &out[i]
		if c.date != nil || c.anaphoric {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		// the subordinator within a few words before the trigger
		sub := -1
		for k := ct - 1; k >= 0 && k >= ct-5; k-- {
			if w := si.ltok(k); w == "after" || w == "before" {
				sub = k
				break
			}
		}
		if sub < 1 {
			continue
		}
		span, days := x.daysBefore(si, sub)
		if days == 0 {
			continue
		}
		// the contact the span is counted from: the dated one before it;
		// else the day the sentence names before it ("sat down with us on
		// Monday, three days after holding talks with X")
		anchors := []string{}
		for j := range out {
			o := &out[j]
			if j == i || o.date == nil || len(o.date.Value) != 10 || o.trigStart >= span.Start {
				continue
			}
			anchors = append(anchors, o.date.Value)
		}
		if len(anchors) == 0 {
			for j := range x.timexes {
				tx := &x.timexes[j]
				if tx.Start >= si.s.Start && tx.End <= span.Start && len(tx.Value) >= 10 && calendarValue(tx.Value) && tx.Type != "DURATION" {
					anchors = []string{tx.Value[:10]}
				}
			}
		}
		for _, av := range anchors {
			if v, ok := countedDay(av, si.ltok(sub), days); ok {
				c.date = &schema.Date{Value: v, Text: span.Text}
				break
			}
		}
	}
}

// daysBefore reads the span of days written right before the
// subordinator at token sub ("three days after", "a week before"): the
// timex and its days, 0 if none.
func (x *extraction) daysBefore(si *sentInfo, sub int) (*Timex, int) {
	var span *Timex
	for j := range x.timexes {
		tx := &x.timexes[j]
		if tx.Type == "DURATION" && tx.End <= si.s.Tokens[sub].Start && si.tokIndex(tx.End) >= sub-1 && tx.Start >= si.s.Start {
			span = tx
		}
	}
	if span == nil {
		return nil, 0
	}
	days := 0
	if n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(span.Value, "P"), "D")); err == nil && strings.HasSuffix(span.Value, "D") {
		days = n
	} else if n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(span.Value, "P"), "W")); err == nil && strings.HasSuffix(span.Value, "W") {
		days = 7 * n
	}
	return span, days
}

// cameAfter dates a contact told in a clause counted from a contact
// referred back to: "The call came two days after X held a video call
// with Y", "The talks came a day after leaders of the bloc, among them X
// and Y, ended a summit in Z". The contact the sentence opens with ("the
// call") is the latest of its kind told before with a day's date; the
// contact after the span is that many days earlier (or later, "before").
func (x *extraction) cameAfter(cands []candidate) {
	for i := range cands {
		c := &cands[i]
		if c.date != nil || c.anaphoric || c.series || c.tally || c.sentence >= len(x.infos) {
			continue
		}
		si := x.infos[c.sentence]
		ct := si.tokIndex(c.trigStart)
		sub := -1
		for k := ct - 1; k >= 1 && k >= ct-16; k-- {
			if w := si.ltok(k); w == "after" || w == "before" {
				sub = k
				break
			}
			if clauseStop(si.tok(k)) || si.isTrigger(k) {
				break
			}
		}
		if sub < 3 {
			continue
		}
		span, days := x.daysBefore(si, sub)
		if days == 0 {
			continue
		}
		// "<the call> came", "<the talks> come": the sentence's subject is
		// a contact referred back to, and nothing else dates it
		a := si.tokIndex(span.Start)
		if w := si.ltok(a - 1); w != "came" && w != "come" && w != "comes" || x.dateIn(si) && x.datedBefore(si, span.Start) {
			continue
		}
		var kind schema.EventKind
		for j := range cands {
			if o := &cands[j]; j != i && o.sentence == c.sentence && o.anaphoric && o.trigStart < span.Start {
				kind = o.kind
			}
		}
		if kind == "" {
			continue
		}
		var anchor *schema.Date
		for j := range cands {
			o := &cands[j]
			if o.sentence < c.sentence && o.kind == kind && o.date != nil && len(o.date.Value) == 10 && !o.reference && !o.previous {
				anchor = o.date
			}
		}
		if anchor == nil {
			continue
		}
		if v, ok := countedDay(anchor.Value, si.ltok(sub), days); ok {
			c.date = &schema.Date{Value: v, Text: span.Text}
		}
	}
}

// attendeesAfter finds the end of a list of attendees that starts at
// token k and closes with "among those present" ("attending", "taking
// part") or "in attendance": the token the closing words start at, 0 if
// none before the clause ends.
func attendeesAfter(si *sentInfo, k int) int {
	for j := k + 1; j < len(si.s.Tokens) && j < k+40; j++ {
		if clauseStop(si.tok(j)) {
			return 0
		}
		switch {
		case si.ltok(j) == "among" && si.ltok(j+1) == "those":
			switch si.ltok(j + 2) {
			case "present", "attending", "taking", "there":
				return j
			}
		case si.ltok(j) == "in" && si.ltok(j+1) == "attendance":
			return j
		}
	}
	return 0
}

// countedDay is the day of a contact told "<days> after" (sub) or "before"
// another on day av: that many days before it, or after it.
func countedDay(av, sub string, days int) (string, bool) {
	d, err := time.Parse("2006-01-02", av)
	if err != nil {
		return "", false
	}
	if sub == "after" {
		days = -days
	}
	return d.AddDate(0, 0, days).Format("2006-01-02"), true
}

// datedBefore reports a timex of the sentence ending before offset off.
func (x *extraction) datedBefore(si *sentInfo, off int) bool {
	for j := range x.timexes {
		if tx := &x.timexes[j]; tx.Start >= si.s.Start && tx.End <= off && tx.Type != "DURATION" {
			return true
		}
	}
	return false
}

// speechBetween reports a reporting verb among tokens [a, b).
func (x *extraction) speechBetween(si *sentInfo, a, b int) bool {
	for k := a; k < b; k++ {
		if x.speechAt(si, k) {
			return true
		}
	}
	return false
}

// datelineTimex reports a timex in tokens [ta, tb) inside a dateline at
// the start of a sentence: a place in capitals or capitalised, a comma,
// the date, an optional credit in parentheses, then a dash ("CASTEL, Oct
// 7 (Coast Wire) -", "Castel, 7 October 2025 –").
func datelineTimex(si *sentInfo, ta, tb int) bool {
	if ta < 2 || ta > 5 || si.tok(ta-1) != "," {
		return false
	}
	for k := 0; k < ta-1; k++ {
		if t := si.s.Tokens[k]; t.Kind == Word && !isAllCaps(t.Text) && !isCapWord(t) {
			return false
		}
	}
	k := tb
	credit := false
	if si.tok(k) == "(" {
		for k < len(si.s.Tokens) && k < tb+8 && si.tok(k) != ")" {
			k++
		}
		k++
		credit = si.tok(k-1) == ")"
	}
	switch si.tok(k) {
	case "-", "--", "—", "–":
		return true
	}
	// "NEW DELHI, March 9 (PTI) Prime Minister X": the credit ends it
	return credit && k < len(si.s.Tokens) && isCapWord(si.s.Tokens[k])
}

// speechTimex reports a timex that dates a speech verb rather than an
// event: right after the verb ("said on Monday", "said Tuesday") or after
// the audience of "told" ("told reporters on Friday").
func (x *extraction) speechTimex(si *sentInfo, ta int) bool {
	k := ta - 1
	if w := si.ltok(k); w == "on" || w == "in" || w == "late" || w == "early" {
		k--
	}
	for _, sp := range si.speech {
		_, b := si.spanToks(sp.start, sp.end)
		if b-1 == k {
			return true
		}
		if sp.phrases[0].class == "tell" && b <= k && k-b < 2 {
			ok := true
			for j := b; j <= k; j++ {
				if si.s.Tokens[j].Kind != Word || x.isTriggerTok(nil, j) {
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

// minus is a without the elements of b.
func minus(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !containsStr(b, x) {
			out = append(out, x)
		}
	}
	return out
}

func unionSorted(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, x := range b {
		if !containsStr(out, x) {
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// dayValue cuts a time of day off a date value: a contact is dated by its
// day ("Thursday evening" → the Thursday).
func dayValue(v string) string {
	if i := strings.IndexByte(v, 'T'); i == 10 {
		return v[:i]
	}
	return v
}

// strictlyInside reports a calendar value whose span lies inside another's
// and is shorter ("2010-11-09" in "2010-11").
func strictlyInside(inner, outer string) bool {
	a, err1 := schema.ParseDateValue(inner)
	b, err2 := schema.ParseDateValue(outer)
	if err1 != nil || err2 != nil {
		return false
	}
	return !a.Begin.Before(b.Begin) && !a.End.After(b.End) && a.End.Sub(a.Begin) < b.End.Sub(b.Begin)
}

// calendarValue reports whether a TIMEX3 value names a calendar span.
func calendarValue(v string) bool {
	_, err := schema.ParseDateValue(v)
	return err == nil
}

// candidateOf builds the candidate event of trigger i.
func (x *extraction) candidateOf(si *sentInfo, trigs []trigInfo, i int) (candidate, bool) {
	t := &trigs[i]
	toks := si.s.Tokens
	c := candidate{kind: t.kind, weak: t.flag == "weak", remote: t.flag == "remote" || t.kind == schema.Call, sentence: si.s.Index, trigStart: t.sp.start}
	var parts []string
	destPlace := ""
	lim := len(toks)
	if i+1 < len(trigs) {
		lim = trigs[i+1].a
	}
	if t.kind == schema.Visit && t.pos == "verb" && si.ltok(t.a-1) == "to" {
		for j := i - 1; j >= 0 && trigs[j].b >= t.a-6; j-- {
			if trigs[j].flag == "invite" && trigs[j].b < t.a {
				// "X, who invited him to visit Oslo": the invitation's
				// visit, not one of its own
				return c, false
			}
		}
	}
	switch t.pos {
	case "noun":
		if x.negatedPredicate(si, trigs, i) {
			// "Talks between X and Y are not on the agenda", "A meeting
			// ... will not take place"
			return c, false
		}
		// "between X and Y", "with Y", "X's meeting", "X-Y meeting"
		reach := t.b + 6
		for k := t.b; k < len(toks) && k < t.b+3; k++ {
			if w := si.ltok(k); (w == "held" || w == "conducted" || w == "place") && k > t.b && passiveAux(si.ltok(k-1)) || (w == "held" || w == "conducted") && k == t.b {
				// "Talks were held in X on Tuesday between A and B", "the
				// conversation held on 14 April of the current year
				// between A and B": the passive's adjuncts come before the
				// participants
				reach = min(lim, k+12)
			}
		}
		for k := t.b; k < len(toks) && k < reach; k++ {
			w := si.ltok(k)
			if k >= t.b+6 && !adjunctWord(si, k) {
				break // "after a row between ...": another noun's
			}
			if w == "between" || w == "among" {
				parts = x.entityList(si, k+1, len(toks))
				break
			}
			if w == "of" && k == t.b {
				// "a meeting of Westlandic and Ostian expert teams", "a
				// meeting of the two leaders": the group's members
				j := k + 1
				if si.ltok(j) == "the" {
					j++
				}
				if m := x.mentionAt(si, j); m != nil && m.Type == MentionGroup && len(m.Members) >= 2 && (m.tok0 == j || m.tok0 == k+1) {
					parts = dedupe(m.Members)
					sort.Strings(parts)
					break
				}
				// "a meeting of the two countries' defence ministers, X
				// and Y": the people in apposition to the title
				if ps := x.apposedHolders(si, j); len(ps) >= 2 {
					parts = sorted(ps)
					break
				}
				// "a meeting of the foreign ministers of Quellan, Kelmar
				// and Vardania": the countries, for their ministers
				q := j
				for q < len(toks) && q < j+4 && si.covered[q] == 2 {
					q++
				}
				if q > j && strings.HasSuffix(si.ltok(q-1), "s") && si.ltok(q) == "of" {
					if cs := x.entityList(si, q+1, len(toks)); len(cs) >= 2 && x.allCountries(cs) {
						parts = sorted(cs)
						if sp, _, ok := si.titleSpanAt(j); ok {
							if te := titleOf(sp); te != nil && te.class != "generic" {
								// each country's holder of the office, once
								// the whole article is read (nameOffices)
								for _, c := range cs {
									x.res.offices = append(x.res.offices, officeRef{sentence: si.s.Index, country: c, title: te.canonical})
								}
							}
						}
						break
					}
				}
				// "a meeting of the Westland-Ostia Joint Committee": the
				// countries of a bilateral body
				if cs, e := x.res.compoundCountries(si, j); len(cs) >= 2 {
					if m := x.mentionAt(si, e); m != nil && m.tok0 == e && m.Type == string(schema.Organisation) {
						parts = sorted(cs)
						break
					}
				}
			}
			if (w == "attended" || w == "joined") && si.ltok(k+1) == "by" && t.kind == schema.Summit {
				// "a summit in Dornvik attended by their presidents, X and Y"
				// "their first presidents, X and Y": past the words for
				// the people named after
				from := k + 2
				if m := x.mentionAt(si, from); m != nil && m.possessive && (m.Type == MentionGroup || m.Type == MentionPronoun) {
					from = m.tok1
				}
				j := from
				for j < len(toks) && j < from+5 && x.mentionAt(si, j) == nil && toks[j].Kind == Word && !isCapWord(toks[j]) {
					j++
				}
				if j > from && si.tok(j) == "," {
					from = j + 1
				}
				if ps := x.entityList(si, from, len(toks)); len(ps) >= 2 {
					parts = ps
					break
				}
			}
			if w == "of" && t.kind == schema.Summit {
				// "a summit of the Council of Europe": its attendee and the organisation
				j := k + 1
				if si.ltok(j) == "the" {
					j++
				}
				if m := x.mentionAt(si, j); m != nil && m.Type == string(schema.Organisation) {
					if subj := x.subjectOf(si, t.a); len(subj) >= 1 {
						parts = unionSorted(subj, []string{m.Entity})
					}
				}
				break
			}
			if cw := si.ltok(t.b - 1); w == "on" && k == t.b && t.kind == schema.Meeting && (strings.HasSuffix(cw, "call") || strings.HasSuffix(cw, "calls")) {
				// "paid a courtesy call on X": the caller and X; "paid
				// courtesy calls on X and Y": one contact with each
				if obj := x.entityList(si, k+1, len(toks)); len(obj) > 0 {
					if subj := x.subjectOf(si, t.a); len(subj) > 0 {
						parts = unionSorted(subj, obj)
						if len(subj) == 1 && len(obj) >= 2 && strings.HasSuffix(cw, "s") {
							c.separate = subj[0]
						}
					}
				}
				break
			}
			if w == "with" {
				obj := x.entityList(si, k+1, len(toks))
				if len(obj) == 0 {
					obj = x.including(si, k+1)
				}
				if len(obj) == 0 && x.commonNounAt(si, k+1) {
					// "the country's talks with bondholders": a contact with
					// people nobody names, not an anaphor of a named one
					return c, false
				}
				if len(obj) > 0 {
					subj := x.possessor(si, t.a)
					if len(subj) == 0 {
						subj = x.compound(si, t.a)
					}
					if len(subj) == 0 {
						subj = x.subjectOf(si, t.a)
					}
					parts = unionSorted(subj, obj)
					if len(subj) == 1 && len(obj) >= 2 && x.separately(si, t.a, len(toks)) {
						c.separate = subj[0] // "held separate talks with X and Y"
					}
					if len(obj) == 1 && len(subj) >= 2 && !containsStr(subj, obj[0]) && x.eachOf(si, t.a, len(toks)) {
						c.separate = obj[0] // "X and Y each held talks with Z"
					}
				}
				break
			}
			if clauseStop(si.tok(k)) || k > t.b && si.tok(k) == "," || x.isTriggerTok(trigs, k) {
				break
			}
			if w == "that" && (modalWord(si.ltok(k+1)) || modalWord(si.ltok(k+2)) || modalWord(si.ltok(k+3))) {
				// "told reporters after the talks that Norland would stand
				// with Vesmark": a that-clause of its own
				break
			}
		}
		if len(parts) < 2 && (t.kind == schema.Summit || t.kind == schema.Meeting) {
			// "The summit opened on Saturday at the centre, with X, Y and Z
			// among those present": its attendees
			for k := t.b; k < len(toks) && !clauseStop(si.tok(k)) && !x.isTriggerTok(trigs, k); k++ {
				if si.ltok(k) != "with" {
					continue
				}
				if end := attendeesAfter(si, k+1); end > 0 {
					if ps := x.personsOf(x.entityList(si, k+1, end)); len(ps) >= 2 {
						parts = sorted(ps)
					}
				}
				break
			}
		}
		if len(parts) < 2 {
			// "a summit in Vessaro hosted by X and attended by Y", "The
			// meeting was chaired by X, who ..., and joined by Y and Z"
			if ps, at := x.passiveBy(si, trigs, t); len(ps) >= 2 {
				parts, c.passive = ps, at
				c.attendedTold = len(at) == 1 && definiteSubjectNoun(si, t.a, at[0])
				if h := x.governingHost(si, trigs, t); h >= 0 {
					// "X hosted a summit in Oslo on Friday, attended by Y
					// and Z": the host too
					parts = unionSorted(parts, x.subjectOf(si, trigs[h].a))
				}
			}
		}
		if len(parts) == 0 && t.kind == schema.Summit {
			// "The NATO summit in The Hague on 24-25 June was attended by X, Y and Z"
			for k := t.b; k+3 < len(toks) && k < t.b+14; k++ {
				if clauseStop(si.tok(k)) || si.tok(k) == "," || x.isTriggerTok(trigs, k) {
					break
				}
				if w := si.ltok(k); (w == "was" || w == "were") && (si.ltok(k+1) == "attended" || si.ltok(k+1) == "joined") && si.ltok(k+2) == "by" {
					if ps := x.entityList(si, k+3, len(toks)); len(ps) >= 2 {
						parts = ps
					}
					break
				}
			}
		}
		if len(parts) == 0 {
			parts = x.requestedOf(si, t.a)
		}
		if len(parts) == 0 && t.kind == schema.Visit {
			parts = x.visitParticipants(si, t, lim)
		}
		if len(parts) == 0 {
			parts = x.reducedRelative(si, t.b, lim)
		}
		if len(parts) == 0 {
			parts = x.compound(si, t.a)
		}
		if len(parts) < 2 {
			if ps := x.frontedContact(si, t.a); len(ps) >= 2 {
				parts = ps
			}
		}
		if len(parts) == 0 {
			parts = x.subjectAfter(si, t.a)
		}
		if len(parts) == 0 {
			parts = x.possessor(si, t.a)
			if len(parts) == 1 {
				parts = nil
			}
		}
		if len(parts) == 0 {
			// "X and Y held talks", "X had a call with ..." handled above; "X and Y held a conversation"
			if w := si.ltok(t.a - 1); w == "a" || w == "an" || w == "the" || isQuote(si.tok(t.a-1)) || si.covered[max(t.a-1, 0)] == 0 {
				subj := x.subjectOf(si, t.a)
				if led := x.ledBy(si, t.a); len(led) >= 2 {
					// "The delegation, led by X, and rebels headed by Y
					// held talks": the leaders of the delegations
					subj, c.delegates = led, true
				}
				if len(subj) >= 2 && x.verbBetween(si, t.a) {
					parts = subj
				}
			}
		}
	case "verb":
		if pw := si.s.Tokens[max(t.a-1, 0)]; t.a > 0 && strings.HasSuffix(si.ltok(t.a), "ing") && pw.Kind == Word && !isCapWord(pw) && strings.HasSuffix(pw.Text, "s") && si.covered[t.a-1] == 0 && x.mentionAt(si, t.a-1) == nil && x.lx.stop[si.ltok(t.a-1)] != "function" && !auxWord(si.ltok(t.a-1)) {
			// "told reporters travelling with X": the participle's subject is
			// the people the noun names, none of them named
			return c, false
		}
		subj := x.subjectOf(si, t.a)
		if led := x.ledBy(si, t.a); len(led) >= 2 {
			// "The government delegation, led by X, and a rebel team
			// headed by Y, met": the leaders of the delegations
			subj, c.delegates = led, true
		}
		obj := x.objectOf(si, t.b, lim)
		if len(obj) == 0 && len(subj) > 0 && t.b < len(si.s.Tokens) && si.s.Tokens[t.b].Kind == Word && !isCapWord(si.s.Tokens[t.b]) {
			// "met opposition leaders, among them X and Y": the people the
			// group is said to include
			obj = x.including(si, t.b)
		}
		if t.flag == "travel" && si.ltok(t.b) == "with" {
			obj = nil // "X, who had travelled with Y": a companion, not a host
		}
		if pres := x.presence(si, t.b, lim); len(pres) > 0 && len(subj)+len(obj) >= 2 {
			obj = unionSorted(obj, pres) // "in the presence of X"
		}
		if t.flag == "host" && len(obj) == 0 && len(subj) > 0 {
			obj = x.hostedFor(si, trigs, i)
		}
		if t.flag == "host" {
			c.hosts = subj
			if len(obj) == 0 {
				return c, false
			}
		}
		if len(obj) == 0 && strings.HasPrefix(si.ltok(t.a), "discuss") {
			obj = x.discussedWith(si, t.b, lim) // "discussed the delay with X"
		}
		if len(obj) == 0 && x.thingObject(si, t.b) {
			return c, false // "they have met their targets"
		}
		if x.negated(si, t.a) {
			return c, false
		}
		parts = unionSorted(subj, obj)
		if len(subj) == 1 && len(obj) >= 2 && x.separateObjects(si, t.b, lim) {
			c.separate = subj[0]
		}
		if len(obj) == 1 && len(subj) >= 2 && !containsStr(subj, obj[0]) && x.eachOf(si, t.a, lim) {
			c.separate = obj[0] // "X and Y each met Z", "X and Y met Z separately"
		}
		if t.flag == "dispatch" {
			// "X will send Y, its chief negotiator, to Castel": a visit
			// of Y to Castel's country
			if len(obj) != 1 || x.reg.byIRI[obj[0]] == nil || x.reg.byIRI[obj[0]].typ != schema.Person {
				return c, false
			}
			parts = nil
			for k := t.b; k < lim && k < t.b+25; k++ {
				if si.ltok(k) != "to" || x.mentionAt(si, k) != nil {
					continue
				}
				if host, dest := x.destination(si, k, lim, false); host != "" && !x.ownCountry(obj[0], host) {
					parts = unionSorted(obj, []string{host})
					destPlace = dest
				}
				break
			}
		} else if t.flag == "invite" {
			// "X invited Y to Quito": a visit of Y to X
			if len(subj) != 1 || len(obj) != 1 || x.invitedToJoin(si, trigs, i) {
				return c, false
			}
			c.invite = true
		} else if t.kind == schema.Visit && len(subj) == 0 && len(obj) > 0 && t.flag != "host" {
			return c, false // "when visiting Kenya and Tanzania": no visitor named
		} else if t.kind == schema.Visit && len(obj) == 0 {
			parts = nil
			c.travel = t.flag == "travel"
			host, dest := x.destination(si, t.b, lim, !c.travel)
			inv := x.inviter(si, t.b, lim)
			if inv == "" {
				inv = x.invitationFrom(si, t.a)
			}
			if inv != "" && host != "" && len(subj) == 1 && inv != subj[0] && !x.ownCountry(subj[0], host) {
				// "plans to travel to Brussels at the invitation of X": X
				// hosts the visit
				host = inv
			}
			if host != "" && len(subj) == 1 && !x.ownCountry(subj[0], host) {
				parts = unionSorted(subj, []string{host})
				destPlace = dest
				if dest != "" && dest != host {
					c.stops = x.moreStops(si, t.b, lim, dest)
				}
			}
			if host == "" && len(subj) == 1 && bothCapitals(si, t.b) {
				// "is expected to visit both capitals": each country of the
				// pair the article is about
				if pair := x.res.countryPair(); len(pair) == 2 && !x.ownCountry(subj[0], pair[0]) && !x.ownCountry(subj[0], pair[1]) {
					parts = unionSorted(subj, pair)
				}
			}
		}
	}
	if inv := x.invitationFrom(si, t.a); t.kind == schema.Visit && inv != "" && len(parts) == 2 && !containsStr(parts, inv) {
		// "accepted an invitation from X to visit Kenya": X hosts, in the
		// country's place
		for j, p := range parts {
			if e := x.reg.byIRI[p]; e != nil && e.typ == schema.Country {
				parts[j] = inv
				parts = sorted(parts)
				break
			}
		}
	}
	if x.declined(si, t.a) || x.unrealContact(si, t.a) {
		return c, false
	}
	if t.pos == "noun" && (si.ltok(t.a-1) == "no" || si.ltok(t.a-2) == "no" && x.commonNounAt(si, t.a-1)) && !x.cueAfter(si, t.b, "unscheduled") {
		// "there has been no meeting between X and Y since 2023"
		return c, false
	}
	if len(parts) == 1 && t.pos == "noun" {
		if p := x.withProtagonist(si, t, parts[0]); p != "" {
			// "A meeting with X, set for Wednesday, was called off": the
			// one the narrative follows meets X
			parts = sorted([]string{p, parts[0]})
		}
	}
	if len(parts) < 2 {
		det := si.ltok(t.a - 1)
		definiteTrip := t.kind == schema.Visit && t.pos == "noun" && (det == "the" || det == "his" || det == "her" || det == "their")
		if c.weak && !definiteTrip || t.pos == "verb" && !x.pluralPeopleSubject(si, t.a) {
			return c, false // ("the trip", "her trip": the visit told before)
		}
		c.anaphoric = true
		parts = nil
		c.named, c.indefinite = x.namedEvent(si, t.a), x.indefiniteNoun(si, t.a)
		if w := si.ltok(t.a - 2); t.kind == schema.Visit && si.ltok(t.a-1) == "the" && (w == "return" || w == "returns" || w == "returned" || w == "returning" || w == "reciprocate" || w == "reciprocated") {
			if subj := x.subjectOf(si, t.a-2); len(subj) == 1 {
				c.returner = subj[0]
			}
		}
		c.series = t.flag == "round" || x.roundOf(si, t.a)
	}
	if len(parts) >= 2 && !c.anaphoric {
		// "spent three weeks negotiating under the eye of W", "talks
		// mediated by W": the mediator sits at the table too
		parts = unionSorted(parts, x.mediators(si, t.b, lim))
		if h := x.governingHost(si, trigs, t); h >= 0 && t.pos == "noun" && (si.ltok(t.b) == "between" || si.ltok(t.b) == "among") {
			// "X hosted a meeting between A and B", "offered to host talks
			// between A and B": the host sits at the table too
			parts = unionSorted(parts, x.hostSubject(si, trigs[h].a))
		}
	}
	c.participants = parts
	if t.timex != nil {
		c.date = &schema.Date{Value: dayValue(t.timex.Value), Text: t.timex.Text}
	}
	for j := range trigs {
		if c.date == nil && trigs[j].timex != nil && containsInt(c.passive, trigs[j].a) {
			// "A meeting was hosted by X on Tuesday": the participle's date
			c.date = &schema.Date{Value: dayValue(trigs[j].timex.Value), Text: trigs[j].timex.Text}
		}
	}
	for k := t.a - 1; k >= 0 && k >= t.a-4; k-- {
		if w := si.ltok(k); w == "since" || w == "after" || w == "before" || w == "until" || w == "following" {
			c.reference = true
			if w == "before" && c.anaphoric && t.timex != nil && t.timex.End <= si.s.Tokens[k].Start {
				// "On Thursday evening, before the meeting opened, X met
				// Y": the day of what happened before it
				c.date = nil
			}
		}
	}
	if t.pos == "verb" && si.ltok(t.a-1) == "last" {
		c.previous = true // "The two commanders last met in Djibouti in February"
	}
	c.place, c.placeRank = x.placeOf(si, t.b, lim)
	if c.place == "" && destPlace != "" {
		c.place, c.placeRank = destPlace, 2
		if e := x.reg.byIRI[destPlace]; e != nil && e.typ != schema.Country {
			c.placeRank = 3
		}
	}
	if c.invite && c.place == "" {
		// "invited Ruiz to Quito", "to visit Quito"
		for k := t.b; k < lim && k < t.b+8; k++ {
			if si.ltok(k) == "to" {
				at := k + 1
				if i+1 < len(trigs) && trigs[i+1].a == at && trigs[i+1].kind == schema.Visit && trigs[i+1].pos == "verb" {
					at = trigs[i+1].b // "invited him to visit Quito"
				}
				if m := x.mentionAt(si, at); m != nil {
					if e := x.reg.byIRI[m.Entity]; e != nil && e.place && e.typ != schema.Country {
						c.place, c.placeRank = e.iri, 3
					}
				}
				break
			}
		}
	}
	if c.place == "" && c.anaphoric {
		c.place, c.placeRank = x.placeInName(si, t.a)
	}
	if c.date != nil {
		c.endDays = x.endingSpan(si, t.a)
	} else if len(parts) >= 2 {
		for k := t.a - 1; k >= 0 && k >= t.a-4 && !clauseStop(si.tok(k)) && si.tok(k) != ","; k-- {
			if si.ltok(k) == "later" {
				c.later = true
				break
			}
		}
	}
	if t.flag == "travel" {
		c.startDays = x.startingSpan(si, t.b, -1)
	} else if t.kind == schema.Visit && t.pos == "noun" {
		c.startDays = x.startingSpan(si, 0, t.a) // "for a three-day official visit"
	}
	c.status, c.explicit = x.statusOf(si, trigs, i, c.date)
	if j := x.purposeOf(si, trigs, i); j >= 0 && !c.explicit {
		// "are due to meet in Abuja on Dec. 15 for a summit hosted by
		// X": the summit is as planned as the meeting
		if st, ex := x.statusOf(si, trigs, j, nil); ex || st != schema.Happened {
			c.status, c.explicit = st, ex
		}
	}
	if c.status == schema.Planned && x.conditionalOffer(si, t) {
		c.status, c.explicit = schema.Proposed, true
	}
	if (c.status == schema.Cancelled || c.status == schema.Postponed) && x.deniedBefore(si, t.a) {
		// "denied that the talks had been called off": still on
		c.status, c.explicit = schema.Planned, true
	}
	if c.invite && !(c.explicit && c.status != schema.Happened) {
		// an invitation is a proposal until it is accepted
		c.status, c.explicit = schema.Proposed, true
		if x.cueAfter(si, t.b, "accepted") {
			c.status = schema.Planned
		}
	}
	if c.status == schema.Postponed {
		// "pushed back to next week", "postponed until late April": the new date
		c.date = x.newDate(si, trigs, i, c.date)
		if d, now := x.nowSet(si, trigs, i); d != nil {
			// "was postponed last month and is now scheduled to open in
			// Addis Ababa on April 28": put off before, set for a day now
			c.date, c.status = d, schema.Planned
			if pl, rank := x.placeOf(si, now, len(si.s.Tokens)); pl != "" {
				c.place, c.placeRank = pl, rank
			}
		}
	}
	if c.explicit && (c.status == schema.Planned || c.status == schema.Proposed) && c.date != nil && len(c.date.Value) == 7 && x.past(c.date.Value) && monthName(c.date.Text) {
		// "are expected to meet in May", written in November: next May
		if y, err := strconv.Atoi(c.date.Value[:4]); err == nil {
			c.date = &schema.Date{Value: strconv.Itoa(y+1) + c.date.Value[4:], Text: c.date.Text}
		}
	}
	if c.status == schema.Planned && !c.explicit && t.pos == "verb" && c.date != nil && (len(c.date.Value) == 7 && monthName(c.date.Text) || len(c.date.Value) == 10 && dayOfMonthName(c.date.Text) || bareSeason(c.date)) && x.after(c.date.Value) {
		// "met X in Brussels in May", "... on 14 May", written in March:
		// the verb's past tense, too far from the month to name its year,
		// tells last May
		if st, _ := x.statusOf(si, trigs, i, nil); st == schema.Happened && pastContactVerb(si.ltok(t.a)) && !modalWord(si.ltok(t.a-1)) && si.ltok(t.a-1) != "have" {
			if y, err := strconv.Atoi(c.date.Value[:4]); err == nil {
				c.date = &schema.Date{Value: strconv.Itoa(y-1) + c.date.Value[4:], Text: c.date.Text}
				c.status = schema.Happened
			}
		}
	}
	if (c.status == schema.Planned || c.status == schema.Proposed) && c.date != nil && len(c.date.Value) == 10 && weekdayName(c.date.Text) && !strings.ContainsAny(c.date.Text, "0123456789") && !strings.Contains(strings.ToLower(c.date.Text), "last") && x.past(c.date.Value) && !x.past(addDays(c.date.Value, 7)) {
		// "X travels to Y on Thursday for talks", written on Monday: the
		// coming Thursday
		c.date = &schema.Date{Value: addDays(c.date.Value, 7), Text: c.date.Text}
	}
	if c.explicit && (c.status == schema.Planned || c.status == schema.Proposed) && c.date != nil && bareSeason(c.date) && x.past(c.date.Value) {
		// "had invited her to Athens in the autumn", written in June: the
		// coming autumn, not the last
		if y, err := strconv.Atoi(c.date.Value[:4]); err == nil {
			c.date = &schema.Date{Value: strconv.Itoa(y+1) + c.date.Value[4:], Text: c.date.Text}
		}
	}
	if x.unrealised(si, trigs, i) && c.status != schema.Postponed && c.status != schema.Cancelled {
		c.status, c.explicit, c.unrealised = schema.Cancelled, true, true
	}
	if c.status == schema.Happened && c.date != nil && x.firstPlannedFor(si, c.date) {
		// "The meeting ... was first scheduled for last month but was
		// pushed back twice": the plan it was put off from, not its date
		c.date = nil
	}
	if c.anaphoric && c.date != nil && len(c.date.Value) >= 4 && c.date.Value[:4] < x.doc.Published.Format("2006") && firstOfSeries(si, t.a) && !x.betweenInPhrase(si, t.b) {
		// "The first Central Asia–Germany summit was held in Berlin in
		// 2023": an earlier one, not the one told of, its people unnamed
		return c, false
	}
	c.evidence = x.evidence(si)
	return c, true
}

// betweenInPhrase reports people named after "between" in the noun
// phrase from token b, across a participle set off by a comma: "The
// previous summit, held in X in 2006 between A, B and C, ended ...".
func (x *extraction) betweenInPhrase(si *sentInfo, b int) bool {
	commas := 0
	for k := b; k < len(si.s.Tokens) && k < b+20; k++ {
		if clauseStop(si.tok(k)) {
			return false
		}
		if si.tok(k) == "," {
			if commas++; commas > 1 {
				return false
			}
		}
		if si.ltok(k) == "between" {
			// (people with their epithets: "A, B's predecessor C and then
			// president D")
			n := 0
			for _, m := range si.mentions {
				if m.tok0 > k && m.tok0 < k+25 && m.Type == string(schema.Person) && !x.clauseBetween(si, k, m.tok0) {
					n++
				}
			}
			return n >= 2
		}
	}
	return false
}

// firstPlannedFor reports a date of the sentence written as the first
// plan of a contact ("first scheduled for last month", "originally planned
// for May", "initially set for Tuesday").
func (x *extraction) firstPlannedFor(si *sentInfo, d *schema.Date) bool {
	for k := range x.timexes {
		tx := &x.timexes[k]
		if tx.Start < si.s.Start || tx.End > si.s.End || tx.Text != d.Text {
			continue
		}
		ta, _ := si.spanToks(tx.Start, tx.End)
		j := ta - 1
		switch si.ltok(j) {
		case "for", "in", "on":
			j--
		}
		switch si.ltok(j) {
		case "scheduled", "planned", "set", "slated", "due":
		default:
			continue
		}
		if si.ltok(j-1) == "been" {
			j--
		}
		switch si.ltok(j - 1) {
		case "first", "originally", "initially":
			return true
		}
	}
	return false
}

// passiveParticiple reports the participles whose agent ("by X") takes
// part in the event noun they follow: who hosts, chairs, attends or joins it.
func passiveParticiple(w string) bool {
	switch w {
	case "hosted", "co-hosted", "chaired", "co-chaired", "attended", "joined", "opened":
		return true
	}
	return false
}

// passiveBy reads the people an event noun's passive participles name:
// "a summit in Vessaro in April hosted by X and attended by Y", "The
// meeting was chaired by X, who is also ..., and joined by Y and Z", "The
// summit, to be hosted by X from 26 to 28 May, will be joined by Y". The
// window ends at a clause stop or another event noun.
func (x *extraction) passiveBy(si *sentInfo, trigs []trigInfo, t *trigInfo) ([]string, []int) {
	toks := si.s.Tokens
	var out []string
	var at []int
	for k := t.b; k+2 < len(toks) && k < t.b+45; k++ {
		if clauseStop(si.tok(k)) {
			break
		}
		if x.isNounTriggerTok(trigs, k) && k > 0 && si.ltok(k-1) != "by" && si.ltok(k-1) != "via" && !x.isNounTriggerTok(trigs, k-1) {
			break // another event's noun; not "by video link"
		}
		w := si.ltok(k)
		if !passiveParticiple(w) {
			continue
		}
		by := k + 1
		if pw := si.ltok(by); pw == "from" || pw == "in" || pw == "at" || pw == "on" {
			// "chaired from Port Vessel by X": past the place; "attended
			// on the Westland side by X": past the side
			for j := by + 1; j < len(toks) && j <= by+5; j++ {
				if si.ltok(j) == "by" {
					by = j
					break
				}
				if !isCapWord(toks[j]) && si.ltok(j) != "the" && (pw != "on" || si.ltok(j) != "side") {
					break
				}
			}
		}
		if si.ltok(by) != "by" {
			continue
		}
		if pw := si.ltok(k - 1); pw == "has" || pw == "have" || pw == "had" {
			break // "X had joined by video": an active perfect
		}
		at = append(at, k)
		ps := x.entityList(si, by+1, len(toks))
		if j := sideByAfter(si, by+1); j > 0 {
			// "attended on the Westland side by A and B, and on the
			// Ostmark side by C"
			ps = append(ps, x.entityList(si, j, len(toks))...)
		}
		for _, p := range ps {
			if e := x.reg.byIRI[p]; e != nil && !containsStr(out, p) && (e.typ == schema.Person || len(ps) == 1 && e.typ == schema.Country && (w == "hosted" || w == "co-hosted")) {
				out = append(out, p) // "hosted by Norland": the host country, no one named for it
			}
		}
	}
	sort.Strings(out)
	return out, at
}

// sideByAfter finds ", and on the X side by" after token k in its clause:
// the token after its "by", or -1.
func sideByAfter(si *sentInfo, k int) int {
	for j := k; j+5 < len(si.s.Tokens) && j < k+20; j++ {
		if clauseStop(si.tok(j)) {
			return -1
		}
		if si.tok(j) != "," || si.ltok(j+1) != "and" || si.ltok(j+2) != "on" || si.ltok(j+3) != "the" {
			continue
		}
		for q := j + 4; q < len(si.s.Tokens) && q <= j+6; q++ {
			if si.ltok(q) == "side" && si.ltok(q+1) == "by" {
				return q + 2
			}
		}
		return -1
	}
	return -1
}

// definiteSubjectNoun reports an event noun at token a that is the
// definite subject of the passive "attended by" or "joined by" at token v,
// with at most two words in lower case before it and nothing but an
// opening phrase before its article: "On the Westland side, the expanded
// talks were attended by", "The meeting was also joined by".
func definiteSubjectNoun(si *sentInfo, a, v int) bool {
	if w := si.ltok(v); w != "attended" && w != "joined" {
		return false
	}
	switch si.ltok(v + 1) {
	case "by", "on", "in", "at", "from":
		// ("attended on the Westland side by")
	default:
		return false
	}
	k := v - 1
	if si.ltok(k) == "also" {
		k--
	}
	if w := si.ltok(k); w != "was" && w != "were" {
		return false
	}
	if k != a+1 && !(si.tok(a+1) == "," && si.tok(k-1) == "," && k-a <= 16) {
		// the noun right before the verb ("the talks were attended"), or
		// before a phrase set off by commas ("The conversation, held
		// first one-on-one, was attended")
		return false
	}
	d := a - 1
	for n := 0; n < 2 && d > 0 && si.s.Tokens[d].Kind == Word && !isCapWord(si.s.Tokens[d]) && si.covered[d] == 0 && si.ltok(d) != "the"; n++ {
		d-- // "the expanded talks", "the plenary session"
	}
	if si.ltok(d) != "the" {
		return false
	}
	return d == 0 || si.tok(d-1) == ","
}

func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’":
		return true
	}
	return false
}

func (x *extraction) isTriggerTok(trigs []trigInfo, k int) bool {
	for _, t := range trigs {
		if k >= t.a && k < t.b {
			return true
		}
	}
	return false
}

// auxWord reports a word ending in "s" that is no plural noun before a
// participle: a form of "be" or "have" ("is meeting"), a determiner.
// adjunctWord reports a token that may stand in the adjuncts of place and
// time between a passive contact and its participants ("in Abu Dhabi on
// Tuesday, ... between"): a name, a date word, a preposition of place or
// time, an article, punctuation.
func adjunctWord(si *sentInfo, k int) bool {
	t := si.s.Tokens[k]
	if t.Kind == Punct || isCapWord(t) || si.covered[k] != 0 {
		return true
	}
	switch si.ltok(k) {
	case "between", "among", "in", "at", "on", "the", "a", "of", "last", "this", "next", "week", "month", "morning", "afternoon", "evening", "night", "weekend", "day", "and", "year", "current", "same":
		return true
	}
	return t.Kind != Word
}

// negatedPredicate reports a noun trigger that opens its sentence as the
// subject of a negated predicate: "Talks between X and Y are not planned",
// "A meeting with X will not take place". Relative clauses set off by
// commas are passed over ("Talks, which were postponed in May, are not
// ...").
func (x *extraction) negatedPredicate(si *sentInfo, trigs []trigInfo, i int) bool {
	t := &trigs[i]
	toks := si.s.Tokens
	for k := 0; k < t.a; k++ {
		if toks[k].Kind == Word && (finiteVerb(si.ltok(k)) || x.speechAt(si, k)) {
			return false // the trigger is no subject
		}
	}
	if t.a > 6 {
		return false
	}
	for k := t.b; k < len(toks) && k < t.b+25; k++ {
		w := si.ltok(k)
		switch {
		case clauseStop(si.tok(k)) || x.speechAt(si, k) || x.isTriggerTok(trigs, k):
			return false
		case w == "," && (si.ltok(k+1) == "which" || si.ltok(k+1) == "whose" || si.ltok(k+1) == "who" || si.ltok(k+1) == "originally" || si.ltok(k+1) == "initially"):
			// past the relative clause to its closing comma
			j := k + 1
			for j < len(toks) && j < k+20 && si.tok(j) != "," {
				j++
			}
			k = j
		case w == ",":
			return false
		case finiteVerb(w):
			q := k + 1
			for q < len(toks) && q <= k+2 {
				if w := si.ltok(q); w == "not" || w == "n't" || w == "never" {
					break
				}
				q++
			}
			if q > k+2 && !strings.HasSuffix(w, "n't") || si.ltok(q+1) == "yet" || si.ltok(q+2) == "yet" {
				return false // "has not yet been scheduled": still sought
			}
			// what is denied is that it happens: "will not take place",
			// "are not planned", "is not on the agenda", not "was not a
			// success"
			for r := q + 1; r < len(toks) && r <= q+4; r++ {
				switch si.ltok(r) {
				case "place", "held", "happen", "happening", "ahead", "planned", "scheduled", "expected", "agenda", "resume", "proceed", "occur", "materialise", "materialize", "foreseen":
					return true
				}
			}
			return false
		}
	}
	return false
}

// finiteVerb reports an auxiliary or a finite form of "be", "have", "do"
// or a modal: the head of a clause's predicate.
func finiteVerb(w string) bool {
	switch w {
	case "is", "are", "was", "were", "will", "would", "has", "have", "had", "does", "do", "did", "can", "could", "should", "may", "might", "won't", "isn't", "aren't", "wasn't", "weren't", "didn't", "doesn't", "hasn't", "haven't":
		return true
	}
	return false
}

// datesCalling reports a timex that dates a contact's cancellation or
// postponement rather than the contact: right after the verb ("was called
// off on Tuesday", "postponed last week"), or fronted before a clause whose
// verb calls the contact off ("On Tuesday, X cancelled the visit"). A new
// date ("postponed until May") is the contact's.
func (x *extraction) datesCalling(si *sentInfo, trigs []trigInfo, ta, tb int) bool {
	callVerb := func(c span) bool {
		if !c.has("cancelled") && !c.has("postponed") {
			return false
		}
		w := strings.ToLower(x.text[c.start:c.end])
		return !strings.HasSuffix(w, "tion") && !strings.HasSuffix(w, "ment") && w != "on hold" && w != "delay" && w != "postpone" && w != "cancel" && w != "scrap" && w != "call off"
	}
	for _, c := range si.cues {
		if !callVerb(c) {
			continue
		}
		a, b := si.spanToks(c.start, c.end)
		switch {
		case b == ta, b == ta-1 && (si.ltok(b) == "on" || si.ltok(b) == "in" || si.ltok(b) == "at"):
			return true
		case ta <= 1 && si.tok(tb) == "," && a > tb && a-tb <= 8:
			// "On Tuesday, X cancelled his visit": the verb before any
			// contact of the clause
			first := true
			for _, t := range trigs {
				if t.a > tb && t.a < a {
					first = false
				}
			}
			if first {
				return true
			}
		}
	}
	return false
}

// nounTriggerEndingAt reports a noun trigger whose last token is k.
func nounTriggerEndingAt(si *sentInfo, k int) bool {
	for _, sp := range si.triggers {
		if _, b := si.spanToks(sp.start, sp.end); b == k+1 && sp.phrases[0].pos == "noun" {
			return true
		}
	}
	return false
}

// passiveAux reports a word before "held" or "place" that makes a passive
// or "took place".
func passiveAux(w string) bool {
	switch w {
	case "was", "were", "is", "are", "be", "been", "being", "took", "take", "takes":
		return true
	}
	return false
}

func auxWord(w string) bool {
	switch w {
	case "is", "was", "has", "does", "its", "his", "this", "as", "plans", "sets":
		return true
	}
	return false
}

// monthName reports a bare month name ("May"), which a tense places.
// bareSeason reports a season named without a year or a deictic word
// ("the autumn", "spring"): its year comes from the tense alone.
func bareSeason(d *schema.Date) bool {
	v := d.Value
	if len(v) != 7 || v[4] != '-' {
		return false
	}
	switch v[5:] {
	case "SP", "SU", "FA", "WI":
	default:
		return false
	}
	f := strings.Fields(strings.ToLower(d.Text))
	return len(f) == 1 || len(f) == 2 && f[0] == "the"
}

// addDays is a day's value n days on; the value unchanged when it is no
// day.
func addDays(v string, n int) string {
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return v
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

func monthName(s string) bool {
	_, err := time.Parse("January", s)
	return err == nil
}

// orgBefore reports an organisation's mention ending right before token a.
func (x *extraction) orgBefore(si *sentInfo, a int) bool {
	m := x.mentionAt(si, a-1)
	return a > 0 && m != nil && m.tok1 == a && m.Type == string(schema.Organisation)
}

// determinerWord reports a determiner, after which a word is a noun.
// adjectiveAfterDeterminer reports a determiner and an adjective before
// token a, a word not in -ed or -ing: a demonym or a lower-case word not in
// -s ("her Finnish host", "their gracious hosts"; not "the leaders host",
// "a session chaired by").
func (x *extraction) adjectiveAfterDeterminer(si *sentInfo, a int) bool {
	if a < 2 || !determinerWord(si.ltok(a-2)) || si.s.Tokens[a-1].Kind != Word || strings.HasSuffix(si.ltok(a), "ed") || strings.HasSuffix(si.ltok(a), "ing") {
		return false // "a session chaired by X": a participle
	}
	w := si.ltok(a - 1)
	return x.lx.demonym[w] || !isCapWord(si.s.Tokens[a-1]) && !strings.HasSuffix(w, "s") && x.lx.stop[w] == ""
}

// contactWordBefore reports a contact word of the sentence before byte offset
// off.
func contactWordBefore(si *sentInfo, off int) bool {
	for _, sp := range si.triggers {
		if sp.end <= off {
			return true
		}
	}
	return false
}

func determinerWord(w string) bool {
	switch w {
	case "the", "a", "an", "its", "his", "her", "their", "our", "this", "that":
		return true
	}
	return false
}

// participleOfNoun reports a participle at token a set off by a comma
// right after a noun trigger's phrase ("the ASEAN summit on Monday,
// attended by"): it tells that noun's people.
func (x *extraction) participleOfNoun(si *sentInfo, trigs []trigInfo, a int) bool {
	if si.tok(a-1) != "," {
		return false
	}
	for k := a - 2; k >= 0 && k >= a-7; k-- {
		if x.isNounTriggerTok(trigs, k) {
			return true
		}
		if clauseStop(si.tok(k)) || si.tok(k) == "," {
			return false
		}
	}
	return false
}

// isNounTriggerTok is isTriggerTok for noun triggers: a verb trigger's
// word in a noun phrase ("this year's bloc chair") names no contact.
func (x *extraction) isNounTriggerTok(trigs []trigInfo, k int) bool {
	for _, t := range trigs {
		if k >= t.a && k < t.b && t.pos == "noun" {
			return true
		}
	}
	return false
}

// verbBetween reports whether a verb-like word ("held", "had") stands right
// before a noun trigger at a ("X and Y held talks").
func (x *extraction) verbBetween(si *sentInfo, a int) bool {
	n := 0 // words back, a hyphenated compound ("face-to-face") one word
	for k := a - 1; k >= 0 && n < 8; k-- {
		if si.tok(k) == "-" || si.s.Tokens[k].Glued && k+1 < a && si.tok(k+1) == "-" {
			continue
		}
		n++
		switch si.ltok(k) {
		case "held", "had", "hold", "have", "has", "holding", "having", "conducted", "hosted", "began", "started", "resumed", "continued",
			"ended", "concluded", "completed", "opened", "launched", "begin", "start", "resume", "end", "open",
			"during": // "X and Y agreed during a phone call"
			return true
		}
	}
	return false
}

// people gives the participant IRIs a mention stands for.
func mentionEntities(m *Mention) []string {
	switch m.Type {
	case MentionGroup:
		return m.Members
	case MentionPlace:
		return nil
	}
	if m.Entity == "" {
		return nil
	}
	return []string{m.Entity}
}

// mentionAt is the mention covering token k; a person's mention over a
// country's inside it ("Qatar's Emir Sheikh Tamim").
func (x *extraction) mentionAt(si *sentInfo, k int) *Mention {
	var found *Mention
	for i := range si.mentions {
		m := &si.mentions[i]
		if k >= m.tok0 && k < m.tok1 {
			if found == nil {
				found = m
			} else if m.Type == string(schema.Person) && found.Type == string(schema.Country) && m.tok0 <= found.tok0 && m.tok1 > found.tok1 {
				return m
			}
		}
	}
	return found
}

// actorMention reports whether a mention can be a participant.
func actorMention(m *Mention) bool {
	switch m.Type {
	case string(schema.Person), MentionGroup, MentionPronoun:
		return true
	case string(schema.Country), string(schema.Organisation):
		return !m.asPlace
	}
	return false
}

// possessorOfPerson reports a possessive place or country at token k
// before a person's name: "Nova Scotia's Ian X".
func (x *extraction) possessorOfPerson(si *sentInfo, k int) bool {
	m := x.mentionAt(si, k)
	return m != nil && m.tok0 == k && m.possessive && m.Type != string(schema.Person) && x.personStartsAt(si, m.tok1+1)
}

// apposedHolders reads a plural title within a few words of token j and
// the people named in apposition after it: "the two countries' defence
// ministers, X and Y".
func (x *extraction) apposedHolders(si *sentInfo, j int) []string {
	toks := si.s.Tokens
	for q := j; q < len(toks) && q < j+5; q++ {
		t, b, ok := si.titleSpanAt(q)
		if !ok {
			if toks[q].Kind == Word && isCapWord(toks[q]) && x.mentionAt(si, q) == nil {
				return nil
			}
			continue
		}
		if te := titleOf(t); te == nil || !te.plural || b+1 >= len(toks) || toks[b].Text != "," {
			return nil
		}
		ps := x.entityList(si, b+1, len(toks))
		for _, p := range ps {
			if e := x.reg.byIRI[p]; e == nil || e.typ != schema.Person {
				return nil
			}
		}
		return ps
	}
	return nil
}

// entityList reads "X and Y", "X, Y and Z" from token k.
func (x *extraction) entityList(si *sentInfo, k, lim int) []string {
	var out []string
	toks := si.s.Tokens
	skipped := 0
	for k < lim {
		m := x.mentionAt(si, k)
		if m != nil && x.determinerPronoun(si, m) {
			// "with his Russian counterpart X": the pronoun is a determiner
			k = m.tok1
			continue
		}
		if m != nil {
			if j, ok := x.modifierOfPerson(si, m, lim); ok {
				// "Nordia's finance minister, Mara X", "IMF Managing Director Y"
				k = j
				continue
			}
		}
		if m == nil && si.cueAt(k, "stateform") {
			// "and the Republic of Drakhan": the state's form before its name
			for _, c := range si.cues {
				if c.start == si.s.Tokens[k].Start && c.has("stateform") {
					if _, cb := si.spanToks(c.start, c.end); cb > k {
						k = cb
					}
				}
			}
			continue
		}
		if m == nil {
			w := si.ltok(k)
			if len(out) == 0 && si.ltok(k+1) == "of" && bodyOfWord(w, "of") {
				// "between the Ministries of Foreign Affairs of the Republic
				// of A and B": the countries of the bodies
				found := false
				for j := k + 2; j < lim && j < k+12 && !clauseStop(si.tok(j)); j++ {
					if m := x.mentionAt(si, j); m != nil && m.tok0 == j && m.Type == string(schema.Country) {
						k, found = j, true
						break
					}
				}
				if found {
					continue
				}
			}
			if w == "the" || w == "their" || w == "his" || w == "her" || w == "its" || w == "either" || w == "neither" || isQuote(si.tok(k)) {
				k++ // ("talks with either X or Y")
				continue
			}
			if si.covered[k] == 2 || si.covered[k] == 1 {
				k++
				continue
			}
			if w == "of" && k > 0 && si.covered[k-1] == 2 {
				// "the Prime Minister of Westland, Mr. X": past the
				// title's country to the name in apposition
				j := k + 1
				if si.ltok(j) == "the" {
					j++
				}
				for j < lim && j < k+7 && toks[j].Kind == Word && si.ltok(j) != "and" && !clauseStop(si.tok(j)) && (x.mentionAt(si, j) == nil || x.mentionAt(si, j).Type == string(schema.Country)) {
					// (an office in lower case too: "the chairman of the
					// national railway company, Y")
					j++
				}
				if si.tok(j) == "," && j > k+1 {
					if m := x.mentionAt(si, j+1); m != nil && m.Type == string(schema.Person) {
						k = j + 1
						continue
					}
				}
			}
			if len(out) == 0 && (w == "and" || w == ",") && k > 0 && (si.covered[k-1] != 0) && k+1 < lim && (si.covered[k+1] != 0 || x.mentionAt(si, k+1) != nil) {
				k++ // "his Lithuanian and Polish counterparts, X and Y"
				continue
			}
			if len(out) == 0 && (w == "," || w == "—" || w == "–" || w == ":") && skipped > 0 && skipped < 3 && k+1 < lim && (si.covered[k+1] == 2 || x.personStartsAt(si, k+1) || x.possessorOfPerson(si, k+1)) {
				// "brought together the host, President X": a role, then its
				// holder; "meet her three counterparts — Nova Scotia's X, ..."
				k++
				continue
			}
			if w == "from" && len(out) == 0 && skipped > 0 && skipped < 3 && strings.HasSuffix(si.ltok(k-1), "s") {
				// "talks between water experts from both countries": the
				// countries the people come from
				if g := x.mentionAt(si, k+1); g != nil && g.tok0 == k+1 && g.countries {
					k++
					continue
				}
			}
			if w == "of" && len(out) == 0 && skipped > 0 && skipped < 3 && strings.HasSuffix(si.ltok(k-1), "s") {
				// "between the foreign ministries of X and Y", "the
				// ministries of foreign affairs of X and Y": the countries
				for j := k; j < lim && j <= k+4; j++ {
					if si.ltok(j) == "of" {
						if m := x.mentionAt(si, j+1); m != nil && m.Type == string(schema.Country) && m.tok0 == j+1 {
							k = j + 1
							break
						}
					}
					if j > k && (si.s.Tokens[j].Kind != Word || isCapWord(si.s.Tokens[j]) || x.mentionAt(si, j) != nil) {
						break
					}
				}
				if si.ltok(k) != "of" {
					continue
				}
			}
			if len(out) > 0 && isCapWord(toks[k]) && (si.ltok(k-1) == "and" || si.tok(k-1) == ",") {
				// "X, Minister of Energy Y and Head of the Presidential
				// Administration Z": an office the lexicon lacks, in
				// capitals, before its holder's name
				j := k + 1
				for j < lim && j < k+7 && x.mentionAt(si, j) == nil && (isCapWord(toks[j]) || si.ltok(j) == "of" || si.ltok(j) == "the") {
					j++
				}
				if m := x.mentionAt(si, j); j < lim && j > k+1 && si.ltok(j-1) != "of" && si.ltok(j-1) != "the" && m != nil && m.tok0 == j && m.Type == string(schema.Person) {
					k = j
					continue
				}
			}
			if len(out) > 0 && isCapWord(toks[k]) && k+1 < lim && si.covered[k+1] == 2 && (si.ltok(k-1) == "and" || determinerWord(si.ltok(k-1)) && si.ltok(k-2) == "and") {
				// "X and her Vesmark counterpart, Y": a country the
				// lexicon lacks qualifying the title of the one named next
				if _, e, ok := si.titleSpanAt(k + 1); ok && si.tok(e) == "," && x.personStartsAt(si, e+1) {
					k = e + 1
					continue
				}
			}
			// "the two countries' presidents X and Y"
			adjective := isCapWord(toks[k]) && k+1 < len(toks) && si.covered[k+1] == 2 // "Westlandic counterpart"
			if len(out) == 0 && skipped < 3 && toks[k].Kind != Punct && (!isCapWord(toks[k]) || adjective) && w != "and" && x.lx.stop[w] != "function" || len(out) == 0 && skipped < 3 && (possessiveTokens[si.tok(k)] || si.tok(k) == "'" || si.tok(k) == "’") {
				skipped++
				k++
				continue
			}
			break
		}
		if m.Type == string(schema.Country) && x.countriesQualifyTitle(si, m.tok1) {
			// "a call with Norland, Vesmark leaders": the countries qualify
			// people not named
			return nil
		}
		if !actorMention(m) {
			if len(out) == 0 && m.Type == string(schema.Country) {
				// "talks between Russia and Ukraine"
			} else {
				break
			}
		}
		if pc := m.tok0 - 1; len(out) > 0 && (si.tok(pc) == "," || determinerWord(si.ltok(pc)) && si.tok(pc-1) == ",") && (x.speechStartsAt(si, m.tok1) || speechAfterMention(si, m) >= 0) {
			// "to meet X, the State Department said", "talks with X, the
			// foreign ministry in Y said", "..., her ministry said": the speaker
			break
		}
		if len(out) > 0 && (si.tok(m.tok0-1) == "," || si.ltok(m.tok0-1) == "the" && si.tok(m.tok0-2) == ",") && (m.Type == string(schema.Country) || m.Type == string(schema.Organisation)) && possessiveTokens[si.tok(m.tok1)] && m.tok1+1 < len(si.covered) && (si.covered[m.tok1+1] == 2 || si.ltok(m.tok0-1) == "the" && x.lowerRoleAfter(si, m.tok1+1)) {
			// "received by X, Ostmark's president", "X, the bloc's envoy": X's
			// title; a list goes on after it ("between X, Norland's trade
			// minister, and her Vesmark counterpart, Y")
			j := m.tok1
			for j < lim && j < m.tok1+6 && si.tok(j) != "," && !clauseStop(si.tok(j)) {
				j++
			}
			if si.tok(j) == "," && si.ltok(j+1) == "and" {
				k = j + 2
				continue
			}
			break
		}
		if len(out) > 0 && si.tok(m.tok0-1) == "," && m.Type == string(schema.Person) && m.possessive {
			// "with X, Chancellor Y's foreign-policy adviser, for a
			// dinner": X's apposition names whose adviser X is
			j := m.tok1
			for j < lim && j < m.tok1+6 && si.tok(j) != "," && !clauseStop(si.tok(j)) {
				j++
			}
			if si.tok(j) != "," {
				break
			}
			if w := si.ltok(j + 1); w == "and" {
				k = j + 2
				continue
			}
			break
		}
		if m.Type == string(schema.Organisation) && possessiveTokens[si.tok(m.tok1)] && m.tok1+1 < len(si.covered) && si.covered[m.tok1+1] == 2 && x.mentionAt(si, m.tok1+1) == nil {
			// "a call with the bloc's foreign policy chief": an unnamed
			// officer, not the organisation
			if _, j, ok := si.titleSpanAt(m.tok1 + 1); ok && (x.mentionAt(si, j) == nil || !actorMention(x.mentionAt(si, j))) {
				k = j
				continue
			}
		}
		for _, e := range mentionEntities(m) {
			if !containsStr(out, e) {
				out = append(out, e)
			}
		}
		k = m.tok1
		if si.tok(k) == "(" && k+2 < lim && isAllCaps(si.tok(k+1)) && si.tok(k+2) == ")" {
			k += 3 // "the Republic of Korea (ROK), Russia and Japan": past its short name
		}
		if si.tok(k) == "." && si.s.Tokens[k].Glued && (si.tok(k+1) == "," || si.ltok(k+1) == "and") {
			k++ // "Ferdinand Marcos Jr., X and Y": the abbreviation's full stop
		}
		if possessiveTokens[si.tok(k)] {
			break
		}
		if si.tok(k) == "," && (si.ltok(k+1) == "its" || si.ltok(k+1) == "the") {
			// "alongside X, its host, and Y": past a short appositive
			for j := k + 2; j < lim && j <= k+4; j++ {
				if si.tok(j) == "," {
					if si.ltok(j+1) == "and" {
						k = j
					}
					break
				}
				if t := si.s.Tokens[j]; t.Kind != Word || isCapWord(t) || x.mentionAt(si, j) != nil {
					break
				}
			}
		}
		if j := x.titleOfCountryAfter(si, k, lim); j > 0 {
			// "hosted X, the President of Vesmark, and Y": past the title
			// of a country in apposition
			k = j
		}
		w := si.ltok(k)
		if w == "of" && len(out) > 0 {
			// "President X of Ostmark; Prime Minister Y of Westland": past
			// the country of the office
			j := k + 1
			if si.ltok(j) == "the" {
				j++
			}
			l := j // a country or place, named or not: "of the Saint Bellin Islands"
			if c := x.mentionAt(si, j); c != nil && c.tok0 == j && (c.Type == string(schema.Country) || c.Type == MentionPlace) {
				l = c.tok1
			} else {
				for l < lim && si.s.Tokens[l].Kind == Word && isCapWord(si.s.Tokens[l]) && x.mentionAt(si, l) == nil {
					l++
				}
			}
			if l > j && (si.tok(l) == ";" || si.tok(l) == "," || si.ltok(l) == "and" || l >= lim || si.tok(l) == ".") {
				k = l
				w = si.ltok(k)
			}
		}
		if w == ";" && len(out) > 0 {
			// a list of people with titles and countries, set off by
			// semicolons: "brought together the host, X of A; Y of B;
			// and the heads of two smaller members, Z and W"
			if j := x.listGoesOn(si, k+1, lim); j > 0 {
				k = j
				continue
			}
		}
		if w == "and" || w == "&" || w == "," && (si.ltok(k+1) != "who" && si.ltok(k+1) != "which") {
			k++
			if si.ltok(k) == "and" {
				k++
			}
			if si.ltok(k) == "then" {
				k++ // "and then German Chancellor X"
			}
			if w := si.ltok(k); (w == "with" || w == "to") && (si.ltok(k-1) == "and" || si.ltok(k-1) == ",") {
				k++ // "with X and with Y"
			}
			continue
		}
		break
	}
	// prefer people: drop countries when people are named
	return preferPeople(x, out)
}

// listGoesOn gives where the next item of a list set off by semicolons
// starts, from token k: past "and", an actor named within a few words of
// titles or modifiers, or the first name after a plural role and a comma
// ("and the heads of the two smaller members, X and Y"); -1 if none.
func (x *extraction) listGoesOn(si *sentInfo, k, lim int) int {
	if si.ltok(k) == "and" {
		k++
	}
	for j := k; j < lim && j < k+8; j++ {
		if clauseStop(si.tok(j)) {
			return -1
		}
		if si.tok(j) == "," && x.personStartsAt(si, j+1) {
			return j + 1
		}
		if m := x.mentionAt(si, j); m != nil {
			if actorMention(m) || m.Type == string(schema.Country) {
				return k
			}
			return -1
		}
	}
	return -1
}

// countriesQualifyTitle reports a list of country names from token k on
// that ends in a plural title: "(Norland), Vesmark leaders".
func (x *extraction) countriesQualifyTitle(si *sentInfo, k int) bool {
	j := k
	for j < len(si.covered) && j < k+6 && (si.tok(j) == "," || si.ltok(j) == "and" || si.covered[j] == 1) {
		j++
	}
	return j < len(si.covered) && si.covered[j] == 2 && strings.HasSuffix(si.ltok(j), "s") && x.mentionAt(si, j) == nil
}

// speechStartsAt reports a reporting verb at token k, past an adverb
// ("also said", "later told").
func (x *extraction) speechStartsAt(si *sentInfo, k int) bool {
	for si.ltok(k) == "also" || si.ltok(k) == "later" || si.ltok(k) == "has" || si.ltok(k) == "had" {
		k++
	}
	return si.speechStartsAt(k)
}

func preferPeople(x *extraction, ids []string) []string {
	var people []string
	for _, id := range ids {
		if e := x.reg.byIRI[id]; e != nil && e.typ == schema.Person {
			people = append(people, id)
		}
	}
	if len(people) >= 1 && len(people) < len(ids) && len(people) >= 2 {
		ids = people
	}
	sort.Strings(ids)
	return ids
}

// reducedRelative reads the subject of a relative clause without "that"
// right after an event noun: "a summit the three had planned to hold".
func (x *extraction) reducedRelative(si *sentInfo, b, lim int) []string {
	m := x.mentionAt(si, b)
	if m == nil || m.tok0 != b || !actorMention(m) || m.possessive {
		return nil
	}
	for k := m.tok1; k < lim && k < m.tok1+5; k++ {
		if w := si.ltok(k); w == "to" {
			switch si.ltok(k + 1) {
			case "hold", "have", "convene", "attend":
				if ps := mentionEntities(m); len(ps) >= 2 {
					return sorted(ps)
				}
			}
			return nil
		}
		if si.s.Tokens[k].Kind != Word || x.mentionAt(si, k) != nil {
			return nil
		}
	}
	return nil
}

// including reads "several leaders ..., including X and Y" ("..., among
// them X and Y", "such as X and Y") from token k.
func (x *extraction) including(si *sentInfo, k int) []string {
	for j := k; j < len(si.s.Tokens) && j < k+15; j++ {
		if clauseStop(si.tok(j)) || x.mentionAt(si, j) != nil {
			return nil
		}
		switch w := si.ltok(j); {
		case w == "including":
			return x.entityList(si, j+1, len(si.s.Tokens))
		case w == "among" && (si.ltok(j+1) == "them" || si.ltok(j+1) == "whom") && j > k && si.tok(j-1) == ",":
			return x.entityList(si, j+2, len(si.s.Tokens))
		case w == "such" && si.ltok(j+1) == "as" && j > k:
			return x.entityList(si, j+2, len(si.s.Tokens))
		}
	}
	return nil
}

// determinerPronoun reports a possessive pronoun used as a determiner ("his
// counterpart", "her Ravonian counterpart"), not as an object ("met her").
func (x *extraction) determinerPronoun(si *sentInfo, m *Mention) bool {
	if m.Type != MentionPronoun && !(m.Type == MentionGroup && strings.EqualFold(m.Text, "their")) {
		return false
	}
	switch strings.ToLower(m.Text) {
	case "his", "their":
		return true
	case "her":
		t := si.s.Tokens
		if m.tok1 >= len(t) || t[m.tok1].Kind != Word {
			return false
		}
		w := strings.ToLower(t[m.tok1].Text)
		return x.lx.stop[w] != "function" && w != "and" && w != "or"
	}
	return false
}

// modifierOfPerson reports a country or organisation mention that only
// qualifies the person named right after it, through a possessive, a title
// and an appositive comma ("Nordia's finance minister, Mara Sten", "IMF
// Managing Director Maria Lenz", "Westland's Jon Hale"); it gives
// the token where the person's mention starts.
func (x *extraction) modifierOfPerson(si *sentInfo, m *Mention, lim int) (int, bool) {
	if j, ok := x.relativeOfPerson(si, m); ok && j < lim {
		return j, true
	}
	if m.Type == MentionPlace && m.possessive && x.personStartsAt(si, m.tok1+1) && m.tok1+1 < lim {
		return m.tok1 + 1, true // "Nova Scotia's Ian X": a region's person
	}
	if m.Type == MentionPlace && !m.possessive && m.tok1 < len(si.covered) && si.covered[m.tok1] == 2 {
		// "Alberta Premier Kathleen X": a region qualifying the title of
		// the person named next
		if p := x.mentionAt(si, m.tok1); p != nil && p.Type == string(schema.Person) && p.tok1 <= lim {
			return m.tok1, true
		}
	}
	if m.Type != string(schema.Country) && m.Type != string(schema.Organisation) && !m.countries {
		return 0, false // "the two countries' foreign ministers, A and B" too
	}
	j := m.tok1
	if possessiveTokens[si.tok(j)] || (si.tok(j) == "'" || si.tok(j) == "’") && j < len(si.s.Tokens) && si.s.Tokens[j].Glued {
		j++
	} else if j >= len(si.covered) || si.covered[j] != 2 {
		// "Nordic Union Commission Chairperson X": a body's name going
		// on past the organisation the lexicon knows, then a title
		k := j
		for k < len(si.s.Tokens) && k < j+2 && isCapWord(si.s.Tokens[k]) && si.covered[k] == 0 && x.mentionAt(si, k) == nil {
			k++
		}
		if k == j || k >= len(si.covered) || si.covered[k] != 2 || m.Type != string(schema.Organisation) {
			return 0, false
		}
		j = k
	}
	titled := false
	for j < lim && j < m.tok1+12 {
		if p := x.mentionAt(si, j); p != nil {
			if p.Type == string(schema.Person) && (p.tok0 == j) {
				return j, true
			}
			if titled && p.Type == string(schema.Organisation) && (prepositionWord(si.ltok(j-1)) || si.ltok(j-1) == "at" || si.ltok(j-2) == "at") {
				j = p.tok1 // "Minister of State at the Foreign Ministry, X"
				continue
			}
			if titled && (p.Type == MentionPlace || p.Type == string(schema.Country)) && (si.ltok(j-1) == "for" || si.ltok(j-1) == "the" && si.ltok(j-2) == "for") {
				j = p.tok1 // "Special Envoy for the Korvat Basin, X"
				continue
			}
			return 0, false
		}
		switch {
		case si.covered[j] == 2:
			titled = true
		case si.tok(j) == "," && titled:
		case si.ltok(j) == "the" && titled:
		case !titled && j+1 < lim && (si.covered[j+1] == 2 || j+2 < lim && si.covered[j+2] == 2) && si.s.Tokens[j].Kind == Word && !isCapWord(si.s.Tokens[j]) && (x.lx.stop[si.ltok(j)] != "function" || si.ltok(j) == "then" || ordinalWord(si.ltok(j))),
			!titled && j+1 < lim && si.covered[j+1] == 2 && si.s.Tokens[j].Kind == Word && isCapWord(si.s.Tokens[j]) && si.covered[j] == 0 && !si.s.Tokens[j+1].Glued:
			// an adjective before the title: "Westland's top diplomat, X",
			// "Westland's then foreign minister, X", "Westland's second
			// foreign minister X", "Westland's Arctic envoy, X"
		case titled && (si.ltok(j) == "of" || si.ltok(j) == "at" || si.ltok(j) == "and" || si.ltok(j) == "for" && x.placeNamedAt(si, j+1) || si.tok(j) == "&" || isCapWord(si.s.Tokens[j])):
			// a portfolio: "Minister of Trade, Fisheries and Industry, X",
			// "Special Envoy for the Korvat Basin, X"
		default:
			return 0, false
		}
		j++
	}
	return 0, false
}

// relativeOfPerson reads a person's possessive that only qualifies the
// relative named after it: "Prabowo's predecessor, Joko Widodo", "his
// wife, Ana"; it gives the token where the relative's mention starts.
func (x *extraction) relativeOfPerson(si *sentInfo, m *Mention) (int, bool) {
	if m.Type != string(schema.Person) && m.Type != MentionPronoun {
		return 0, false
	}
	j := m.tok1
	if possessiveTokens[si.tok(j)] {
		j++
	} else if !m.possessive {
		return 0, false
	}
	if !x.inCue(si, j, "relation") {
		return 0, false
	}
	for x.inCue(si, j, "relation") {
		j++
	}
	if si.tok(j) == "," {
		j++
	}
	if p := x.mentionAt(si, j); p != nil && p.tok0 == j && p.Type == string(schema.Person) {
		return j, true
	}
	return 0, false
}

// possessor reads "X's" (or "their", "his") right before a noun trigger at a,
// skipping adjectives.
func (x *extraction) possessor(si *sentInfo, a int) []string {
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		m := x.mentionAt(si, k)
		if m != nil {
			if m.possessive || m.Type == MentionPronoun || m.Type == MentionGroup && strings.EqualFold(m.Text, "their") {
				return mentionEntities(m)
			}
			return nil
		}
		if possessiveTokens[si.tok(k)] {
			continue
		}
		w := si.ltok(k)
		if w == "," || w == "." || w == "the" || w == "a" || w == "an" || x.lx.stop[w] == "function" && !ordinalWord(w) {
			return nil
		}
	}
	return nil
}

// compound reads "Marchal-Darrow" or "US-Russia" right before a noun trigger.
func (x *extraction) compound(si *sentInfo, a int) []string {
	k := a - 1
	var out []string
	for k >= 0 {
		m := x.mentionAt(si, k)
		if m == nil {
			break
		}
		out = append(out, mentionEntities(m)...)
		k = m.tok0 - 1
		if k >= 0 && si.tok(k) == "-" && si.s.Tokens[k+1].Glued {
			k--
			continue
		}
		break
	}
	if len(out) < 2 {
		return nil
	}
	return preferPeople(x, out)
}

// subjectOf finds the subject of a trigger at token a: the nearest actor
// mention before it in the clause (with those coordinated with it), or the
// antecedent of "who".
//
// The verb it defers to is always an earlier token, so the deferring ends.
func (x *extraction) subjectOf(si *sentInfo, a int) []string {
	if p := purposeOfTravel(si, a); p >= 0 && p < a {
		// "X met W and will travel to Oslo on Thursday to see Z": the
		// traveller sees Z
		return x.subjectOf(si, p)
	}
	if p := x.coordinatedVerb(si, a); p >= 0 && p < a {
		// "X met Y on Wednesday and invited him": the first verb's subject
		return x.subjectOf(si, p)
	}
	if p := x.serialVerb(si, a); p >= 0 && p < a {
		// "she called on X, met Y, and breakfasted with Z": the first
		// verb's subject
		return x.subjectOf(si, p)
	}
	if p := x.coordinatedPast(si, a); p >= 0 && p < a {
		// "X addressed the Y parliament, the first leader to do so, and
		// met its speaker": the subject of the verb before "and"
		return x.subjectOf(si, p)
	}
	if p := x.adverbialParticiple(si, a); p >= 0 && p < a {
		// "X visited Y in May, two months after hosting him": the main
		// verb's subject
		return x.subjectOf(si, p)
	}
	if p := x.openingParticipleSubject(si, a); p != nil {
		// "Having spoken by video with Y on Wednesday, X said ...",
		// "After receiving Y on Tuesday, X ...": the main clause's subject
		return p
	}
	if ante := x.relativeSubject(si, a); ante != nil {
		// "X, who hosted Y and Z on Friday, is ready to meet W": X
		return ante
	}
	if p := x.coordinatedPredicate(si, a); p != nil {
		// "X is due to address the assembly on Thursday and will hold
		// talks with Y": X, not the assembly
		return p
	}
	if p := x.adverbialNounSubject(si, a); p != nil {
		// "X left the White House on Friday after a heated meeting with
		// Y": X, not the place left
		return p
	}
	if p := x.companionSubject(si, a); p != nil {
		// "X, together with Y, met": X and Y
		return p
	}
	if p := x.dashListSubject(si, a); p != nil {
		// "The three foreign ministers — A, B and C — met": A, B and C
		return p
	}
	if p := x.appositionList(si, a); p != nil {
		// "X, the adviser to Y, and Z, an aide to W, sat down with V":
		// X and Z
		return p
	}
	if p := x.appositiveSubject(si, a); p != nil {
		// "X, the WHO director-general, met Y": X
		return p
	}
	if strings.HasSuffix(si.ltok(a), "ing") && si.tok(a-1) == "," {
		if p := x.participleHead(si, a); p >= 0 {
			// "Y visited Z from 15 to 18 June, meeting X": Y
			return x.subjectOf(si, p)
		}
	}
	for k := a - 1; k >= 0; k-- {
		if j := skipParenBack(si, k); j != k {
			k = j + 1
			continue
		}
		if clauseStop(si.tok(k)) {
			break
		}
		if w := si.ltok(k); w == "who" && k >= 1 {
			// antecedent: the mention ending right before "who" (", who")
			j := k - 1
			if si.tok(j) == "," {
				j--
			}
			if m := x.mentionAt(si, j); m != nil && actorMention(m) {
				// "Prime Minister X of Sweden, who has met": X
				return mentionEntities(x.ofCountry(si, m))
			}
		}
		var out []string
		var j int
		m := x.mentionAt(si, k)
		if c, c0 := x.countryGovernment(si, k); c != "" {
			// "Ostia's federal government held talks with ...": the country
			out, j = []string{c}, c0-1
			m = nil
		} else {
			if m == nil || !actorMention(m) || m.possessive && m.Type != MentionGroup {
				if m != nil && m.possessive {
					k = m.tok0
				}
				continue
			}
			if m.Type == string(schema.Organisation) && x.namesEventNoun(si, m.tok1) {
				// "X will travel to Y for the APEC Economic Leaders'
				// Meeting and pay a visit": the body names the event
				k = m.tok0
				continue
			}
			if _, e, ok := si.titleSpanAt(m.tok1); ok && (m.Type == string(schema.Organisation) || m.Type == string(schema.Country)) && (si.tok(e) == "," || clauseStop(si.tok(e))) {
				// "X, this year's bloc chair, welcoming Y": the
				// organisation qualifies an appositive title
				k = m.tok0
				continue
			}
			m = x.ofCountry(si, m)
			// X and Y: collect the coordinated list ending here
			out = mentionEntities(m)
			j = x.skipRelationBack(si, x.skipModifierBack(si, m.tok0-1), m.tok0)
		}
		for j >= 0 {
			j = skipParenBack(si, j)
			w := si.ltok(j)
			if w == "his" || w == "her" || w == "their" || w == "the" && si.ltok(j-1) == "and" {
				j--
				continue
			}
			if w != "and" && w != "," && w != "&" {
				break
			}
			if w == "and" && si.tok(j-1) == "," {
				// "X's foreign minister, A, and B met": the comma closing
				// the apposition before "and"
				if p := x.mentionAt(si, j-2); p != nil && p.tok1 == j-1 && actorMention(p) {
					j--
				}
			}
			if c, c0 := x.countryGovernment(si, j-1); c != "" {
				// "Ostia's federal government and the rebels": the country
				out = append(out, c)
				j = c0 - 1
				continue
			}
			p := x.mentionAt(si, skipParenBack(si, j-1))
			if p != nil && p.Type == string(schema.Country) && p.asPlace && si.ltok(p.tok0-1) == "from" {
				// "officials from A, B and C": the list's first country
				out = append(out, p.Entity)
				j = p.tok0 - 1
				break
			}
			if p == nil || !actorMention(p) {
				// titles before names are inside the mention; skip the title tokens
				break
			}
			if w == "," && x.inOpeningPhrase(si, p) {
				// "On the margins of the General Assembly, the ministers
				// of A and B met": the opening phrase's noun is no subject
				break
			}
			if w == "," && p.countries && len(preferPeople(x, out)) >= 2 {
				// "the foreign ministers of the two countries, A of X and
				// B of Y, will meet": the people in apposition
				return preferPeople(x, dedupe(out))
			}
			p = x.ofCountry(si, p)
			out = append(out, mentionEntities(p)...)
			j = x.skipModifierBack(si, p.tok0-1)
		}
		if m != nil && si.ltok(j) == "for" && si.ltok(m.tok1) == "to" && m.tok1+1 == a {
			// "a date for the two leaders to meet": the infinitive's subject
			return preferPeople(x, dedupe(out))
		}
		if t := si.s.Tokens[max(j-1, 0)]; si.ltok(j) == "from" && j >= 1 && t.Kind == Word && (!isCapWord(t) || j == 1) && x.mentionAt(si, j-1) == nil && strings.HasSuffix(t.Text, "s") && x.allCountries(out) && len(out) >= 2 {
			// "officials from A, B and C held a call": the countries
			return dedupe(out)
		}
		if si.ltok(j) == "with" && strings.HasSuffix(si.ltok(a), "ing") && j > 0 && !si.isTrigger(j-1) && (si.tok(a-1) == "," || m != nil && m.tok1 == a) {
			// "The summit opened with X welcoming Y": the absolute
			// construction's noun is the participle's subject
			return preferPeople(x, dedupe(out))
		}
		if teamLedBy(si, j) {
			// "An IMF mission led by X met Y", "The Norland team,
			// headed by X, held talks": the team's leader
			return preferPeople(x, dedupe(out))
		}
		if prepositionWord(si.ltok(j)) {
			// "talks with X and Y before an audience with Z", "led by X":
			// an object, not the subject
			k = j
			continue
		}
		return preferPeople(x, dedupe(out))
	}
	return nil
}

// purposeOfTravel is the token of the travel verb whose purpose the
// infinitive at token a tells ("travel to Oslo on Thursday to see Z"), in
// the same clause and at most twelve tokens before; -1 if none.
func purposeOfTravel(si *sentInfo, a int) int {
	to := a - 1
	if si.ltok(a) == "to" {
		to = a // the trigger "to see"
	}
	if si.ltok(to) != "to" {
		return -1
	}
	for i := len(si.triggers) - 1; i >= 0; i-- {
		tr := si.triggers[i]
		ta, tb := si.spanToks(tr.start, tr.end)
		if tb > to || to-tb > 12 || tr.phrases[0].flag != "travel" || tr.phrases[0].pos != "verb" {
			continue
		}
		for k := tb; k < to; k++ {
			if w := si.tok(k); w == "," || clauseStop(w) || si.ltok(k) == "and" {
				return -1
			}
		}
		return ta
	}
	return -1
}

// teamLedBy reports the "by" at token j of "led by" or "headed by" after
// a word for one team ("mission", "delegation", "team", "side"), with or
// without a comma: the names after it lead the team. (Two teams' leaders,
// "the two delegations, led by X and Y", stand for their countries.)
func teamLedBy(si *sentInfo, j int) bool {
	if !ledByAt(si, j) {
		return false
	}
	k := j - 2
	if si.tok(k) == "," {
		k--
	}
	switch si.ltok(k) {
	case "mission", "delegation", "team", "side":
		return true
	}
	return false
}

// inOpeningPhrase reports a mention inside a prepositional phrase that
// opens its sentence or clause, with no comma between them: "On the
// margins of the General Assembly", "Elsewhere at the Union's summit",
// "At the invitation of the Commission".
func (x *extraction) inOpeningPhrase(si *sentInfo, m *Mention) bool {
	start := 0
	for k := m.tok0 - 1; k >= 0; k-- {
		w := si.tok(k)
		if w == "," {
			return false
		}
		if clauseStop(w) || w == "—" || w == "–" {
			start = k + 1
			break
		}
	}
	if start >= m.tok0 {
		return false
	}
	first := si.ltok(start)
	if !openingPreposition(first) && start+1 < m.tok0 && x.mentionAt(si, start) == nil {
		first = si.ltok(start + 1) // "Elsewhere on the margins of ..."
	}
	return openingPreposition(first)
}

// openingPreposition: a preposition that opens a sentence's adverbial
// phrase ("On the sidelines of", "At the invitation of", "After talks in").
func openingPreposition(w string) bool {
	switch w {
	case "on", "at", "in", "after", "before", "during", "following", "ahead", "amid", "despite", "since", "upon", "under", "outside", "inside", "alongside", "throughout", "within", "over":
		return true
	}
	return false
}

// requestedOf reads who asks whom for a contact: "X wrote to Y asking for
// a meeting", "X has written to Y requesting talks" gives X and Y.
func (x *extraction) requestedOf(si *sentInfo, a int) []string {
	k := a - 1
	if w := si.ltok(k); w == "a" || w == "an" {
		k--
	}
	switch {
	case si.ltok(k) == "for" && (si.ltok(k-1) == "asking" || si.ltok(k-1) == "asked"):
		k -= 2
	case si.ltok(k) == "requesting" || si.ltok(k) == "seeking" || si.ltok(k) == "proposing":
		k--
	default:
		return nil
	}
	if si.tok(k) == "," {
		k--
	}
	m := x.mentionAt(si, k)
	if m == nil || m.Type != string(schema.Person) && m.Type != MentionPronoun || si.ltok(m.tok0-1) != "to" {
		return nil
	}
	subj := x.subjectOf(si, m.tok0-1)
	if len(subj) != 1 || subj[0] == m.Entity {
		return nil
	}
	return unionSorted(subj, []string{m.Entity})
}

// countryGovernment reads "Ostia's [federal] government" ending at token
// k: the country's IRI and the token it starts at.
func (x *extraction) countryGovernment(si *sentInfo, k int) (string, int) {
	if w := si.ltok(k); w != "government" && w != "authorities" {
		return "", 0
	}
	j := k - 1
	if t := si.s.Tokens[max(j, 0)]; j >= 0 && t.Kind == Word && !isCapWord(t) && !possessiveTokens[t.Text] && si.covered[j] == 0 {
		j-- // "federal", "interim"
	}
	if j < 1 || !possessiveTokens[si.tok(j)] {
		return "", 0
	}
	m := x.mentionAt(si, j-1)
	if m == nil || m.Type != string(schema.Country) {
		return "", 0
	}
	return m.Entity, m.tok0
}

// orgAfter reports an event noun at token a named by the organisation
// after it: "a summit of the Nordic Union".
func (x *extraction) orgAfter(si *sentInfo, a int) bool {
	b := a + 1
	if si.ltok(b) != "of" {
		return false
	}
	j := b + 1
	if si.ltok(j) == "the" {
		j++
	}
	m := x.mentionAt(si, j)
	return m != nil && m.tok0 == j && m.Type == string(schema.Organisation)
}

// relativeSubject reads the subject of a verb whose verb group (lower-
// case words) follows a comma that closes a relative clause: "X, who
// hosted Y at the summit on Friday, is ready to chair a meeting" gives X.
func (x *extraction) relativeSubject(si *sentInfo, a int) []string {
	k := a - 1
	for k >= 0 && a-k <= 6 {
		t := si.s.Tokens[k]
		if t.Text == "," {
			break
		}
		if t.Kind != Word || isCapWord(t) || x.mentionAt(si, k) != nil || x.inTimex(si, k) {
			return nil
		}
		k--
	}
	if k < 3 || si.tok(k) != "," {
		return nil
	}
	for j := k - 1; j >= 1 && j >= k-45; j-- {
		// (two clauses may come between: "X, who had flown in the day
		// before and who met Y, the opposition leader, in Z last week,
		// held talks")
		if clauseStop(si.tok(j)) {
			return nil
		}
		if w := si.ltok(j); (w == "who" || w == "which") && si.tok(j-1) == "," {
			// the antecedent, with those coordinated with it
			return x.subjectOf(si, j-1)
		}
	}
	return nil
}

// appositiveSubject reads the person a verb right after an apposition
// belongs to: "X, president of the United Arab Emirates, hosted Y", "X,
// the envoy who had visited Belarus twice, met Y": X.
func (x *extraction) appositiveSubject(si *sentInfo, a int) []string {
	if a < 4 || si.tok(a-1) != "," {
		return nil
	}
	if p := x.titledOpening(si, a-1); p != "" {
		// "The United Nations special envoy for X, Y, met Z": Y
		return []string{p}
	}
	for j := a - 2; j >= 1 && j >= a-25; j-- {
		switch si.tok(j) {
		case ".", ";", ":":
			return nil
		case ",":
			m := x.mentionAt(si, j-1)
			if m == nil || m.Type != string(schema.Person) || m.tok1 != j {
				return nil
			}
			if w := si.ltok(j + 1); w == "and" || w == "or" {
				return nil // "X, and Y,": a list
			}
			if n := x.mentionAt(si, j+1); n != nil && n.tok0 == j+1 && (n.Type == string(schema.Person) || n.Type == MentionGroup) && n.Entity != m.Entity {
				return nil // "A, B and C, met": a list ("X, the envoy, met": X again)
			}
			if si.ltok(m.tok0-1) == "with" {
				return mentionEntities(m) // "opened with X, this year's chair, welcoming Y": X
			}
			return x.subjectOf(si, j)
		}
	}
	return nil
}

// dashListSubject reads a list of people set off by dashes right before
// the verb at token a, after a plural word for them: "The three foreign
// ministers — Westland's A, Ostmark's B and C — met" gives A, B and C.
func (x *extraction) dashListSubject(si *sentInfo, a int) []string {
	dash := func(w string) bool { return w == "—" || w == "–" || w == "-" }
	if a < 4 || !dash(si.tok(a-1)) {
		return nil
	}
	open := -1
	for j := a - 2; j >= 1 && j >= a-30; j-- {
		if dash(si.tok(j)) {
			open = j
			break
		}
		if clauseStop(si.tok(j)) {
			return nil
		}
	}
	if open < 1 || !strings.HasSuffix(si.ltok(open-1), "s") {
		return nil
	}
	var ps []string
	for i := open + 1; i < a-1; i++ {
		m := x.mentionAt(si, i)
		if m == nil || m.tok0 != i {
			continue
		}
		if m.Type == string(schema.Person) {
			ps = append(ps, m.Entity)
		}
		i = m.tok1 - 1
	}
	if len(ps) < 2 {
		return nil
	}
	return sorted(ps)
}

// titledOpening is the person named in apposition right before token c
// (a comma) to a title phrase opening the sentence: "The United Nations
// special envoy for X, Y," — a phrase opened by "the", with a title and no
// person of its own; "" otherwise.
func (x *extraction) titledOpening(si *sentInfo, c int) string {
	m := x.mentionAt(si, c-1)
	if m == nil || m.Type != string(schema.Person) || m.tok1 != c || m.possessive || m.tok0 < 3 || si.tok(m.tok0-1) != "," {
		return ""
	}
	start := 0
	if e := datelineEnd(si); e > 0 && e < m.tok0 {
		start = e
	}
	if si.ltok(start) != "the" {
		return ""
	}
	titled := false
	for k := start; k < m.tok0-1; k++ {
		if w := si.tok(k); clauseStop(w) || w == "," {
			return ""
		}
		if n := x.mentionAt(si, k); n != nil && (n.Type == string(schema.Person) || n.Type == MentionPronoun || n.Type == MentionGroup) {
			return ""
		}
		titled = titled || si.covered[k] == 2
	}
	if !titled {
		return ""
	}
	return m.Entity
}

// appositionList reads a sentence-initial subject of two or more people,
// one or more of them followed by an apposition or a relative clause set
// off by commas, ending right before the verb at token a: "X, the
// diplomatic adviser to Y, and Z, a senior aide to W, sat down", "X, the
// envoy for the Horn of Africa, and Z met", "X, who chairs the panel, and Z
// met": X and Z (not the people or places the appositions name).
func (x *extraction) appositionList(si *sentInfo, a int) []string {
	if a < 6 {
		return nil
	}
	var out []string
	pos, appositions := 0, 0
	for k := a - 1; k > 0; k-- {
		if si.tok(k) == ";" {
			pos = k + 1 // "...; X, an aide, and Y, the envoy, joined": the clause's list
			break
		}
	}
	for pos < a {
		m := x.mentionAt(si, pos)
		if m == nil || m.tok0 != pos || m.Type != string(schema.Person) || m.possessive {
			return nil
		}
		out = append(out, m.Entity)
		pos = m.tok1
		if pos == a {
			break // the last item, with no apposition
		}
		if si.ltok(pos) == "and" {
			pos++ // "X and Z, the ...": an item with no apposition
			continue
		}
		if si.tok(pos) != "," {
			return nil
		}
		if si.ltok(pos+1) == "and" {
			pos += 2 // "X, Y, and Z"
			continue
		}
		// the apposition: an article, a possessive or a title first, or
		// a relative clause on "who"
		st := pos + 1
		if w := si.ltok(st); w != "the" && w != "a" && w != "an" && w != "his" && w != "her" && w != "who" && si.covered[min(st, len(si.covered)-1)] != 2 {
			if n := x.mentionAt(si, st); n == nil || !n.possessive {
				return nil
			}
		}
		end := -1
		for j := st + 1; j <= a-1 && j < st+20; j++ {
			if si.tok(j) == "," {
				end = j
				break
			}
			if clauseStop(si.tok(j)) || x.speechAt(si, j) {
				return nil
			}
		}
		if end < 0 {
			return nil
		}
		appositions++
		pos = end + 1
		if pos == a {
			break
		}
		if si.ltok(pos) == "and" {
			pos++
		}
	}
	if pos != a || len(out) < 2 || appositions == 0 {
		return nil
	}
	return out
}

// companionSubject reads a subject joined by a parenthetical companion:
// "The defence ministers of A and B, together with Y, met", "X, along
// with Y, visited": the subject before it and the companions.
func (x *extraction) companionSubject(si *sentInfo, a int) []string {
	if a < 5 || si.tok(a-1) != "," {
		return nil
	}
	for j := a - 2; j >= 2 && j >= a-15; j-- {
		switch si.tok(j) {
		case ".", ";", ":":
			return nil
		case ",":
			w1, w2 := si.ltok(j+1), si.ltok(j+2)
			if !(w1 == "together" && w2 == "with" || w1 == "along" && w2 == "with" || w1 == "alongside") {
				return nil
			}
			from := j + 2
			if w1 != "alongside" {
				from = j + 3
			}
			with := x.entityList(si, from, a-1)
			before := x.subjectOf(si, j)
			if len(with) == 0 || len(before) == 0 {
				return nil
			}
			return unionSorted(before, with)
		}
	}
	return nil
}

// headsLeading reads the people a sentence names as heading the sides of
// a round of talks, after the trigger at token b: "with X and Y leading the
// two delegations", "with X heading the team". Nothing unless two or more
// people are so named.
func (x *extraction) headsLeading(si *sentInfo, b int) []string {
	for k := b; k+1 < len(si.s.Tokens); k++ {
		if w := si.ltok(k); w != "leading" && w != "heading" {
			continue
		}
		j := k + 1
		for j < len(si.s.Tokens) && j <= k+3 && !strings.HasPrefix(si.ltok(j), "delegation") && !strings.HasPrefix(si.ltok(j), "team") && !strings.HasPrefix(si.ltok(j), "side") {
			j++
		}
		if j >= len(si.s.Tokens) || j > k+3 {
			return nil
		}
		var out []string
		for l := range si.mentions {
			m := &si.mentions[l]
			if m.Type == string(schema.Person) && m.tok1 <= k && m.tok0 >= b && !x.clauseBetween(si, m.tok1, k) {
				out = unionSorted(out, []string{m.Entity})
			}
		}
		if len(out) >= 2 {
			return out
		}
		return nil
	}
	return nil
}

// ledBy reads the people a verb trigger's subject names as leading its
// teams: "The delegation, led by X, and a team headed by Y, met". Every
// person of the subject must be so introduced.
func (x *extraction) ledBy(si *sentInfo, a int) []string {
	var out []string
	for k := 0; k+1 < a; k++ {
		w := si.ltok(k)
		if clauseStop(si.tok(k)) || w == "that" || w == "which" || w == "who" || w == "when" {
			out = nil
			continue
		}
		if !ledByAt(si, k+1) {
			continue
		}
		found := false
		for j := k + 2; j < a && j < k+10; j++ {
			m := x.mentionAt(si, j)
			if m == nil {
				continue
			}
			if m.Type == string(schema.Person) {
				out = append(out, m.Entity)
				found = true
				k = m.tok1 - 1
				break
			}
			if mj, ok := x.modifierOfPerson(si, m, a); ok {
				j = mj - 1
				continue
			}
			if m.Type != string(schema.Country) && m.Type != string(schema.Organisation) {
				break
			}
			j = m.tok1 - 1
		}
		if !found {
			return nil
		}
	}
	return dedupe(out)
}

// presence reads "in the presence of X" after a verb trigger: X attends.
func (x *extraction) presence(si *sentInfo, b, lim int) []string {
	for k := b; k+3 < lim && k < b+12; k++ {
		if si.ltok(k) == "in" && si.ltok(k+1) == "the" && si.ltok(k+2) == "presence" && si.ltok(k+3) == "of" {
			return x.entityList(si, k+4, lim)
		}
		if clauseStop(si.tok(k)) || x.clauseBetween(si, k, k+1) {
			break
		}
	}
	return nil
}

// namesEventNoun reports a contact noun right after token e, past
// capitalised words and possessives: a body before it names the event
// ("the APEC Economic Leaders' Meeting", "the G20 summit").
func (x *extraction) namesEventNoun(si *sentInfo, e int) bool {
	j := e
	for j < len(si.s.Tokens) && j < e+4 {
		if trigAt(si, j, "noun") {
			return true
		}
		t := si.s.Tokens[j]
		if !(t.Kind == Word && isCapWord(t)) && !possessiveTokens[t.Text] && t.Text != "'" && t.Text != "’" {
			return false
		}
		j++
	}
	return false
}

// trigAt reports a trigger of the part of speech starting at token k.
func trigAt(si *sentInfo, k int, pos string) bool {
	for _, tr := range si.triggers {
		if a, _ := si.spanToks(tr.start, tr.end); a == k && tr.phrases[0].pos == pos {
			return true
		}
	}
	return false
}

// coordinatedPast finds, for a trigger at token a right after "and", a
// past-tense verb before it in the clause whose subject is named right
// before it ("X addressed the parliament and met Y"): the token of that
// verb, or -1. The first verb's object is no subject of the second.
func (x *extraction) coordinatedPast(si *sentInfo, a int) int {
	k := a - 1
	for k >= 0 && (si.ltok(k) == "also" || si.ltok(k) == "then" || si.ltok(k) == "later") {
		k--
	}
	if k < 2 || si.ltok(k) != "and" {
		return -1
	}
	for j := k - 1; j >= 1 && j >= k-30; j-- {
		w := si.ltok(j)
		if clauseStop(si.tok(j)) || isQuote(si.tok(j)) || x.speechAt(si, j) {
			return -1
		}
		switch w {
		case "who", "which", "that", "when", "where", "whom", "whose", "while", "and", "but":
			return -1
		}
		t := si.s.Tokens[j]
		if t.Kind != Word || isCapWord(t) || !strings.HasSuffix(w, "ed") || x.mentionAt(si, j) != nil {
			continue
		}
		if m := x.mentionAt(si, j-1); m != nil && m.tok1 == j && actorMention(m) && !m.possessive && m.Type != MentionPlace {
			return j
		}
	}
	return -1
}

// coordinatedVerb gives the token of the verb trigger a verb at token a is
// coordinated with ("met X on Wednesday and invited him", "spoke by phone
// with X and agreed to meet"), or -1.
func (x *extraction) coordinatedVerb(si *sentInfo, a int) int {
	k := a - 1
	if j := lightVerbBefore(si, a); j >= 1 && x.nounTriggerAt(si, a) {
		k = j - 1 // "..., then held a separate meeting with Z": from the light verb
	}
	if si.ltok(k) == "to" && k >= 1 {
		// "and agreed to meet": the verb the infinitive depends on
		if t := si.s.Tokens[k-1]; t.Kind == Word && !isCapWord(t) && x.mentionAt(si, k-1) == nil && strings.HasSuffix(t.Text, "ed") {
			k -= 2
		}
	}
	then := false
	for k >= 0 && (si.ltok(k) == "also" || si.ltok(k) == "then" || si.ltok(k) == "later") {
		then = then || si.ltok(k) == "then"
		k--
	}
	// ", then held talks with Y": a comma and "then" coordinate as "and"
	comma := then && si.tok(k) == ","
	if k < 1 || si.ltok(k) != "and" && !comma {
		return -1
	}
	if !comma && !then && si.tok(k-1) == "," {
		// "X held a call ..., the ministry said, and agreed to meet": past
		// the attribution between the two verbs
		j := k - 2
		for j > 0 && si.tok(j) != "," && !x.speechAt(si, j) {
			j--
		}
		if j <= 0 || !x.speechAt(si, j) {
			return -1
		}
		for j > 0 && si.tok(j) != "," {
			j--
		}
		if j <= 0 || !x.attributionAfter(si, j) {
			return -1
		}
		k = j
	}
	for i := len(si.triggers) - 1; i >= 0; i-- {
		tr := si.triggers[i]
		ta, tb := si.spanToks(tr.start, tr.end)
		if tb > k {
			continue
		}
		if then && tr.phrases[0].pos != "verb" && lightVerbBefore(si, ta) < 0 && i > 0 {
			continue // "received Y for a working breakfast, then met Z": past the noun in the first verb's object
		}
		if tr.phrases[0].pos != "verb" && !x.verbBetween(si, ta) || modalWord(si.ltok(ta-1)) {
			return -1 // a verb, or a noun after "held" ("held a video call")
		}
		end := k
		if then && si.tok(k-1) == "," {
			end = k - 1 // ", and then met Z"
		}
		for j := tb; j < end; j++ {
			if si.tok(j) == "," {
				// "held talks with his counterpart, Y, on Sunday and met
				// Z": past a name in apposition
				if m := x.mentionAt(si, j+1); m != nil && m.tok0 == j+1 && m.Type == string(schema.Person) && si.tok(m.tok1) == "," && m.tok1 < k {
					j = m.tok1
					continue
				}
			}
			if w := si.ltok(j); clauseStop(si.tok(j)) || w == "," || w == "that" || w == "which" || w == "who" || w == "when" || w == "where" {
				return -1
			}
		}
		return ta
	}
	return -1
}

// residenceHosts adds to a contact of two or more the person whose
// private venue it is held at, as its host: "X and Y met at Z's villa",
// "talks at the home of Z" (cues.tsv: residence).
func (x *extraction) residenceHosts(si *sentInfo, out []candidate) {
	toks := si.s.Tokens
	for i := range out {
		c := &out[i]
		if len(c.participants) < 2 || c.anaphoric {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		tb := ct + 1
		for tb < len(toks) && si.isTrigger(tb) {
			tb++ // past the contact's own words ("held talks")
		}
		for k := tb; k < len(toks) && k <= ct+14; k++ {
			if w := si.tok(k); clauseStop(w) || w == "that" || w == "which" || si.isTrigger(k) {
				break
			}
			if si.ltok(k) != "at" && si.ltok(k) != "in" {
				continue
			}
			host := ""
			if m := x.mentionAt(si, k+1); m != nil && m.tok0 == k+1 && m.Type == string(schema.Person) {
				j := m.tok1
				if possessiveTokens[si.ltok(j)] {
					j++
				}
				if j > m.tok1 && x.inCue(si, j, "residence") {
					host = m.Entity // "at Z's villa"
				}
			} else if si.ltok(k+1) == "the" && x.inCue(si, k+2, "residence") {
				j := k + 2
				for j < len(toks) && x.inCue(si, j, "residence") {
					j++
				}
				if m := x.mentionAt(si, j+1); si.ltok(j) == "of" && m != nil && m.tok0 == j+1 && m.Type == string(schema.Person) {
					host = m.Entity // "at the home of Z"
				}
			}
			if host != "" && !containsStr(c.participants, host) {
				c.participants = unionSorted(c.participants, []string{host})
				c.hosts = unionSorted(c.hosts, []string{host})
			}
			break
		}
	}
}

// serialDates gives an undated contact in a list of verb phrases the day
// of the item before it ("On Tuesday she called on X, met Y, and
// breakfasted with Z": all on Tuesday).
func (x *extraction) serialDates(si *sentInfo, out []candidate) {
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return out[order[i]].trigStart < out[order[j]].trigStart })
	for _, i := range order {
		c := &out[i]
		if c.date != nil || c.anaphoric {
			continue
		}
		// back along the list, past items that are no contact ("toured
		// the dam, and breakfasted with Z")
		for p := x.serialVerb(si, si.tokIndex(c.trigStart)); p >= 0 && c.date == nil; p = x.serialVerb(si, p) {
			for j := range out {
				if o := &out[j]; j != i && o.date != nil && si.tokIndex(o.trigStart) == p && o.status == c.status {
					d := *o.date
					c.date = &d
					break
				}
			}
		}
	}
}

// serialVerb gives the token of the verb trigger before a verb trigger
// at token a in a list of verb phrases of one subject, the list's items
// set off by commas ("she called on X, met Y, and breakfasted with Z"),
// or -1. Neither verb may open a relative clause or a participle's phrase
// ("X, who met Y, visited Z"; "Having met Y, X visited Z").
func (x *extraction) serialVerb(si *sentInfo, a int) int {
	k := a - 1
	for k >= 0 && (si.ltok(k) == "also" || si.ltok(k) == "then" || si.ltok(k) == "later") {
		k--
	}
	if si.ltok(k) == "and" {
		k--
	}
	if k < 2 || si.tok(k) != "," || strings.HasSuffix(si.ltok(a), "ing") || si.ltok(a+1) == "by" {
		return -1 // not "..., chaired by X": a passive participle
	}
	for i := len(si.triggers) - 1; i >= 0; i-- {
		tr := si.triggers[i]
		ta, tb := si.spanToks(tr.start, tr.end)
		if tb > k {
			continue
		}
		if tr.phrases[0].pos != "verb" || strings.HasSuffix(si.ltok(ta), "ing") || k-tb > 14 || si.tok(tb) == "," || isCapWord(si.s.Tokens[ta]) {
			// a verb with its object: not "The host, X, welcomed Y"
			return -1
		}
		switch si.ltok(ta - 1) {
		case "the", "a", "an", "its", "their", "his", "her":
			return -1 // a noun
		}
		for j := ta - 1; j >= 0 && j >= ta-4 && si.tok(j) != ","; j-- {
			switch si.ltok(j) {
			case "who", "which", "that", "having", "after", "before", "when", "while", "whom", "whose":
				return -1 // "X, who had chaired it by then, met Y"
			}
		}
		for j := tb; j < k; j++ {
			if w := si.ltok(j); clauseStop(si.tok(j)) || w == "that" || w == "which" || w == "who" || w == "when" || w == "where" || w == "and" || w == "but" || x.speechAt(si, j) {
				return -1
			}
		}
		return ta
	}
	return -1
}

// lightVerbBefore is the token of a light verb ("held", "had",
// "conducted") at most three lower-case words before a contact noun at
// token a ("held a separate meeting"), or -1.
func lightVerbBefore(si *sentInfo, a int) int {
	for j := a - 1; j >= 0 && j >= a-4; j-- {
		switch si.ltok(j) {
		case "held", "had", "hold", "holding", "conducted":
			return j
		}
		if t := si.s.Tokens[j]; t.Kind != Word || isCapWord(t) {
			break
		}
	}
	return -1
}

// nounTriggerAt reports a contact noun starting at token a.
func (x *extraction) nounTriggerAt(si *sentInfo, a int) bool {
	for _, tr := range si.triggers {
		if ta, _ := si.spanToks(tr.start, tr.end); ta == a {
			return tr.phrases[0].pos == "noun"
		}
	}
	return false
}

// adverbialParticiple gives the token of the sentence's first verb
// trigger when the trigger at token a is a participle after a temporal
// subordinator ("after hosting him", "before meeting X"), or -1.
func (x *extraction) adverbialParticiple(si *sentInfo, a int) int {
	if !strings.HasSuffix(si.ltok(a), "ing") {
		return -1
	}
	switch si.ltok(a - 1) {
	case "after", "before", "while", "since", "when":
	default:
		return -1
	}
	return x.participleHead(si, a)
}

// participleAt reports a present participle at token k: a word in -ing,
// not a preposition ("during", "including") nor a name ("Beijing").
func participleAt(si *sentInfo, k int) bool {
	w := si.ltok(k)
	switch w {
	case "during", "including", "according", "regarding", "concerning", "notwithstanding", "pending", "barring", "morning", "evening", "king", "spring", "nothing", "something", "everything", "anything":
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ing") && si.covered[k] == 0
}

// openingParticiple reads a participle's phrase opening the sentence
// ("Having met X on Monday,", "After receiving X,", "Meeting X,"): the
// participle's token and the comma ending the phrase, or -1, -1.
func openingParticiple(si *sentInfo) (p, comma int) {
	switch si.ltok(0) {
	case "after", "before", "since", "upon", "while", "on", "when":
		p = 1
	}
	if si.ltok(p) == "having" {
		p++
	}
	if si.ltok(p-1) != "having" && !participleAt(si, p) {
		return -1, -1
	}
	if c := phraseComma(si, p+1); c >= 0 {
		return p, apposedPhraseComma(si, c)
	}
	return -1, -1
}

// apposedPhraseComma is the comma that ends an opening phrase whose first
// comma, at token c, sets off a name in apposition after which the phrase
// goes on ("Having met X and the foreign minister, Y, in Geneva on
// Tuesday, Z came"): the comma after the phrase's place or time; else c.
func apposedPhraseComma(si *sentInfo, c int) int {
	e := c + 1
	for e < len(si.s.Tokens) && e <= c+4 && (isCapWord(si.s.Tokens[e]) || si.covered[e] == 2 || e == c+1 && si.ltok(e) == "the") {
		e++ // a name, or a title: "X, the president, on Tuesday"
	}
	if e == c+1 || si.tok(e) != "," {
		return c
	}
	switch si.ltok(e + 1) {
	case "in", "on", "at", "last", "earlier", "during":
		if c2 := phraseComma(si, e+1); c2 >= 0 {
			return c2
		}
	}
	return c
}

// phraseComma is the comma from token k on that ends an opening phrase,
// or -1 when a clause stop or a quotation comes first.
func phraseComma(si *sentInfo, k int) int {
	for ; k < len(si.s.Tokens); k++ {
		if w := si.tok(k); clauseStop(w) || w == "\"" || w == "“" {
			return -1
		}
		if si.tok(k) == "," {
			return k
		}
	}
	return -1
}

// openingContactNoun reads a contact noun opening the sentence after
// "After", "Following", "Before" or "Fresh from" ("After talks with X on
// Monday,", "Fresh from his meeting with X,"): the noun's token and the
// comma ending its phrase, or -1, -1.
func openingContactNoun(si *sentInfo) (p, comma int) {
	switch {
	case si.ltok(0) == "after" || si.ltok(0) == "following" || si.ltok(0) == "before":
		p = 1
	case si.ltok(0) == "fresh" && si.ltok(1) == "from":
		p = 2
	default:
		return -1, -1
	}
	if w := si.ltok(p); determinerWord(w) || w == "his" || w == "her" || w == "their" {
		p++
	}
	with := p + 1
	if si.ltok(with) != "with" {
		with = -1
		for _, tr := range si.triggers {
			// a contact noun of several words: "After a working lunch with X"
			if a, b := si.spanToks(tr.start, tr.end); a == p && b > p+1 && si.ltok(b) == "with" {
				with = b
			}
		}
		if with < 0 {
			return -1, -1 // the noun right before its "with"
		}
	}
	if c := phraseComma(si, with); c >= 0 {
		return p, c
	}
	return -1, -1
}

// openingPhraseEnd is the comma ending a participle's phrase or a contact
// noun's phrase opening the sentence ("After receiving X on Tuesday,",
// "After a working lunch with X on Monday,"), or -1.
func openingPhraseEnd(si *sentInfo) int {
	if e := openingParticipleEnd(si); e >= 0 {
		return e
	}
	_, comma := openingContactNoun(si)
	return comma
}

// relativeHost reads a verb of hosting in a relative clause on a contact
// noun before it, and gives the noun's contact (in out) the host, the
// verb's date and its place: "The summit, which X hosted at his residence
// on 12 January, ...". It reports whether it did.
func (x *extraction) relativeHost(si *sentInfo, trigs []trigInfo, i int, out []candidate) bool {
	t := &trigs[i]
	if t.flag != "host" || t.pos != "verb" {
		return false
	}
	m := x.mentionAt(si, t.a-1)
	if m == nil || m.tok1 != t.a || m.Type != string(schema.Person) || m.possessive {
		return false
	}
	k := m.tok0 - 1
	if w := si.ltok(k); w != "which" && w != "that" || si.tok(k-1) != "," {
		return false
	}
	end := k - 1 // the comma
	if si.ltok(end-1) == "itself" {
		end--
	}
	for j := range out {
		c := &out[j]
		if c.sentence != si.s.Index || c.kind == schema.Call {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		for _, o := range trigs {
			if o.a != ct || o.pos != "noun" || o.b != end {
				continue
			}
			c.participants = unionSorted(c.participants, x.personsOf(mentionEntities(m)))
			if c.date == nil && t.timex != nil {
				c.date = &schema.Date{Value: dayValue(t.timex.Value), Text: t.timex.Text}
			}
			if c.place == "" {
				c.place, c.placeRank = x.placeOf(si, t.b, len(si.s.Tokens))
			}
			return true
		}
	}
	return false
}

// whichOpened reads a relative clause of taking place (", which took
// place", ", which opened") after a restrictive clause on the contact noun
// t ("The meeting that X has been waiting for, which took place on
// Monday"), holding the date at token ta: the token after "which", or 0.
func (x *extraction) whichOpened(si *sentInfo, trigs []trigInfo, t *trigInfo, ta int) int {
	if t.pos != "noun" || si.ltok(t.b) != "that" {
		return 0
	}
	for j := t.b + 1; j < ta && j < t.b+20; j++ {
		if clauseStop(si.tok(j)) || x.isTriggerTok(trigs, j) {
			return 0
		}
		if si.tok(j) == "," {
			if si.ltok(j+1) != "which" || !openingVerb(si, j+2) {
				return 0
			}
			for k := j + 2; k < ta; k++ {
				if si.tok(k) == "," || clauseStop(si.tok(k)) {
					return 0
				}
			}
			return j + 2
		}
	}
	return 0
}

// openingVerb reports a verb at token k that tells a gathering taking
// place: "opened", "began", "took place", "was held", "convened".
func openingVerb(si *sentInfo, k int) bool {
	switch si.ltok(k) {
	case "opened", "opens", "began", "begins", "started", "starts", "convened", "convenes", "took", "takes":
		return true
	case "was", "is", "were", "are":
		return si.ltok(k+1) == "held"
	}
	return false
}

// openingParticipleEnd is the comma ending a participle's phrase opening
// the sentence, or -1.
func openingParticipleEnd(si *sentInfo) int {
	_, comma := openingParticiple(si)
	return comma
}

// mainVerbPast reports the first verb from token k on, past its subject,
// in the past: "she flew", "the minister said".
func mainVerbPast(si *sentInfo, k int) bool {
	for j := k; j < len(si.s.Tokens) && j <= k+8 && !clauseStop(si.tok(j)); j++ {
		w := si.ltok(j)
		if si.covered[j] != 0 || isCapWord(si.s.Tokens[j]) || determinerWord(w) || w == "he" || w == "she" || w == "they" || w == "it" || w == "we" {
			continue // (past a pronoun subject: "she praised")
		}
		return pastContactVerb(w) || irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed") || w == "was" || w == "were" || w == "flew" || w == "said" || w == "went" || w == "came" || w == "left" || w == "told"
	}
	return false
}

// openingParticipleSubject reads the subject of a participle opening the
// sentence, the trigger at token a ("Having spoken with Y, X said",
// "After receiving Y, X flew home", "Meeting Y on Monday, X said"): the
// actor named first after the comma that ends the participle's phrase,
// past titles.
func (x *extraction) openingParticipleSubject(si *sentInfo, a int) []string {
	p, comma := openingParticiple(si)
	if p != a {
		p, comma = openingContactNoun(si)
		if p != a {
			return nil
		}
	}
	for k := comma + 1; k < len(si.s.Tokens) && k <= comma+5; k++ {
		if m := x.mentionAt(si, k); m != nil && m.tok0 == k && actorMention(m) && !m.possessive {
			return mentionEntities(x.ofCountry(si, m))
		}
		if t := si.s.Tokens[k]; si.covered[k] == 0 && !isCapWord(t) && si.ltok(k) != "the" {
			return nil
		}
	}
	return nil
}

// participleHead is the verb trigger a participle trigger at token a
// depends on: the first verb trigger before it, not itself in -ing.
func (x *extraction) participleHead(si *sentInfo, a int) int {
	for _, tr := range si.triggers {
		ta, _ := si.spanToks(tr.start, tr.end)
		if ta >= a-1 {
			break
		}
		if tr.phrases[0].pos == "verb" && !strings.HasSuffix(si.ltok(ta), "ing") {
			return ta
		}
	}
	return -1
}

// ofCountry gives the person a country mention qualifies through "of"
// ("Ana Ruiz of Chile"), else the mention itself.
func (x *extraction) ofCountry(si *sentInfo, m *Mention) *Mention {
	if m.Type != string(schema.Country) || m.tok0 < 2 || si.ltok(m.tok0-1) != "of" {
		return m
	}
	if p := x.mentionAt(si, m.tok0-2); p != nil && p.Type == string(schema.Person) {
		return p
	}
	return m
}

func prepositionWord(w string) bool {
	switch w {
	case "with", "to", "by", "from", "for", "of", "between", "among", "including", "against", "without", "toward", "towards", "about":
		return true
	}
	return false
}

// placeNamedAt reports a place or country named at token k, past "the".
func (x *extraction) placeNamedAt(si *sentInfo, k int) bool {
	if si.ltok(k) == "the" {
		k++
	}
	m := x.mentionAt(si, k)
	return m != nil && m.tok0 == k && (m.Type == MentionPlace || m.Type == string(schema.Country))
}

// roundOf reports a noun trigger at token a named as a new round of a
// series: "the fourth round of talks", "a new round of negotiations", "the
// next session of consultations" (not "the last round of talks", which is
// one already told of).
func (x *extraction) roundOf(si *sentInfo, a int) bool {
	k := a // the word "round"
	if si.ltok(a-1) == "of" && a >= 2 {
		k = a - 2
	}
	switch si.ltok(k) {
	case "round", "session":
	default:
		return false
	}
	if k < 1 {
		return false
	}
	switch w := si.ltok(k - 1); w {
	case "next", "new", "another", "fresh":
		return true
	case "last", "latest", "previous", "only", "final", "first":
		return false
	default:
		return ordinalWord(w) || strings.HasSuffix(w, "th") && x.lx.stop[w] == "" && !isCapWord(si.s.Tokens[k-1])
	}
}

func ordinalWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "last", "next", "latest", "previous", "only", "final":
		return true
	}
	return numericOrdinal(w)
}

// mediators reads the people or bodies a clause from token b names as
// overseeing a contact (lexicon cue class mediator: "under the eye of W",
// "under the auspices of W", "mediated by W", "brokered by W").
func (x *extraction) mediators(si *sentInfo, b, lim int) []string {
	for _, c := range si.cues {
		if !c.has("mediator") {
			continue
		}
		ca, cb := si.spanToks(c.start, c.end)
		if ca < b || ca > b+12 || cb >= lim || x.clauseBetween(si, b, ca) {
			continue
		}
		var out []string
		for _, p := range x.entityList(si, cb, lim) {
			if e := x.reg.byIRI[p]; e != nil && (e.typ == schema.Person || e.typ == schema.Organisation || e.typ == schema.Country) {
				out = append(out, p)
			}
		}
		return out
	}
	return nil
}

// countAdverb reports a word of how often: "ten times", "twice",
// "regularly", "several times".
func countAdverb(si *sentInfo, k int) bool {
	switch si.ltok(k) {
	case "once", "twice", "regularly", "repeatedly", "frequently", "often":
		return true
	case "times":
		return k > 0
	case "a":
		return si.ltok(k+1) == "dozen" && si.ltok(k+2) == "times"
	case "several", "many", "dozen":
		return si.ltok(k+1) == "times"
	}
	if cardinalWord(si.ltok(k)) {
		return si.ltok(k+1) == "times"
	}
	t := si.s.Tokens[k]
	return (t.Kind == Number || t.Text != "" && t.Text[0] >= '0' && t.Text[0] <= '9') && si.ltok(k+1) == "times"
}

// numericOrdinal reports an ordinal in digits: "61st", "2nd", "23rd", "60th".
func numericOrdinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 4 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// skipParenBack skips back over a short parenthetical ending at token k
// ("Ana Ruiz (R) and ..."): it gives the token before "(", or k.
func skipParenBack(si *sentInfo, k int) int {
	if si.tok(k) != ")" {
		return k
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if si.tok(j) == "(" {
			return j - 1
		}
	}
	return k
}

// skipModifierBack skips back over a country's or organisation's possessive
// that qualifies the name after it ("Westland's Jon Hale"): it gives the
// token before the modifier, or k.
func (x *extraction) skipModifierBack(si *sentInfo, k int) int {
	if m := x.mentionAt(si, k); m != nil && m.tok1 == k+1 && !m.possessive && (m.Type == string(schema.Organisation) || m.Type == string(schema.Country)) && k+1 < len(si.covered) && si.covered[k+1] == 2 {
		// "and incoming European Commission President X": the body
		// qualifies the title, and an adjective of office before it
		j := m.tok0 - 1
		switch si.ltok(j) {
		case "incoming", "outgoing", "acting", "interim", "new", "former":
			j--
		}
		return j
	}
	if !possessiveTokens[si.tok(k)] {
		return k
	}
	if m := x.mentionAt(si, k-1); m != nil && (m.Type == string(schema.Country) || m.Type == string(schema.Organisation)) {
		return m.tok0 - 1
	}
	return k
}

// skipRelationBack skips back from the token before a relative's name over
// "X's predecessor," ("Odeh and Haddad's predecessor, Karim Nasser, met"):
// it gives the token before the possessor, or k.
func (x *extraction) skipRelationBack(si *sentInfo, k, name int) int {
	j := k
	if si.tok(j) == "," {
		j--
	}
	for j >= 0 && x.inCue(si, j, "relation") {
		j--
	}
	if j == k || j < 0 {
		return k
	}
	if possessiveTokens[si.tok(j)] {
		j--
	}
	if m := x.mentionAt(si, j); m != nil {
		if r, ok := x.relativeOfPerson(si, m); ok && r == name {
			return m.tok0 - 1
		}
	}
	return k
}

func dedupe(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !containsStr(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// objectOf reads the object of a verb trigger ending at token b: "met X",
// "met with X", "spoke by phone with X and Y".
func (x *extraction) objectOf(si *sentInfo, b, lim int) []string {
	end := b + 5
	for k := b; k < lim && k < end; k++ {
		w := si.ltok(k)
		if w == "in" || w == "at" {
			// "held talks in Castel on May 7 with X": past the place
			j := k + 1
			if si.ltok(j) == "the" {
				j++
			}
			if m := x.mentionAt(si, j); m != nil && m.asPlace && m.tok0 == j {
				end += m.tok1 - k
				k = m.tok1 - 1
				continue
			}
			// "met at the hotel with X", "talked in a side room with X":
			// past a venue in lower case
			for q := j; q < lim && q <= j+3; q++ {
				if si.ltok(q) == "with" && q > j {
					end += q - k
					k = q - 1
					break
				}
				if t := si.s.Tokens[q]; t.Kind != Word || isCapWord(t) || x.mentionAt(si, q) != nil || x.inTimex(si, q) {
					break
				}
			}
			if si.ltok(k+1) == "with" {
				continue
			}
		}
		if x.inTimex(si, k) && x.mentionAt(si, k) == nil {
			end++
		}
		if countAdverb(si, k) {
			// "met ten times in Brussels with X", "met regularly with X"
			end++
			continue
		}
		switch w {
		case "phone", "telephone", "separately":
			end++ // "spoke separately by phone on Friday with X": words of manner
			continue
		case "with", "to", "again", "by", "on", "the", "also", "later", "briefly", "privately", "both":
			continue
		case "together":
			if si.ltok(k+1) == "with" {
				continue // "sat down together with X"
			}
		case "each", "all":
			if si.ltok(k+1) == "of" {
				k++ // "dined separately with each of them"
				end += 2
				continue
			}
		}
		if x.inTimex(si, k) && x.mentionAt(si, k) == nil {
			continue // "spoke by phone on Monday with X"
		}
		if w := si.ltok(k); (w == "his" || w == "her" || w == "their" || w == "its" || w == "the") && x.mentionAt(si, k) == nil {
			if m := x.mentionAt(si, k+1); m != nil && m.tok0 == k+1 && actorMention(m) && !m.possessive {
				continue // "hosted his Somali counterpart, X"
			}
			if _, e, ok := si.titleSpanAt(k + 1); ok && si.tok(e) == "," && x.personStartsAt(si, e+1) {
				return x.entityList(si, e+1, lim) // "met its speaker, X"
			}
		}
		if p := x.teamLeaderAfter(si, k, lim); p != nil {
			// "received a delegation led by X": its leader
			return p
		}
		if x.mentionAt(si, k) == nil {
			// "met Belarusian opposition leader X": a demonym, a lower-case
			// word and a title before the person
			lower := 0
			for j := k; j < lim && j < k+5; j++ {
				if x.personStartsAt(si, j) {
					return x.entityList(si, j, lim)
				}
				if si.tok(j) == "," && j > k && si.covered[j-1] == 2 && x.personStartsAt(si, j+1) {
					// "met the opposition leader, X": the title's holder in
					// apposition
					return x.entityList(si, j+1, lim)
				}
				if x.mentionAt(si, j) != nil {
					break
				}
				t := si.s.Tokens[j]
				if si.covered[j] == 0 && (t.Kind != Word || isCapWord(t) || lower > 0 || x.lx.stop[strings.ToLower(t.Text)] != "" && !x.officeQualifier(si, j)) {
					break
				}
				if si.covered[j] == 0 {
					lower++
				}
			}
		}
		for q := k + 1; q < lim && q <= k+3; q++ {
			// "sat down with the Europeans: A, B and C": the people the
			// colon lists after a plural word for them
			if si.tok(q) == ":" && x.personStartsAt(si, q+1) && strings.HasSuffix(si.ltok(q-1), "s") && !x.personStartsAt(si, k) {
				return x.entityList(si, q+1, lim)
			}
			if si.s.Tokens[q].Kind != Word {
				break
			}
		}
		if m := x.mentionAt(si, k); m != nil && actorMention(m) {
			if m.possessive && m.Type != string(schema.Person) && m.Type != MentionPronoun {
				// "met Indonesia's expectations": the object is what follows
				if j, ok := x.modifierOfPerson(si, m, lim); ok {
					return x.entityList(si, j, lim)
				}
				return nil
			}
			return x.entityList(si, k, lim)
		}
		break
	}
	return nil
}

// teamLeaderAfter reads an object naming a team by its leader from token
// k: "a delegation led by X", "a Hamas delegation led by X", "a delegation
// of the Y led by X", "a team from Y, headed by X": the people after "by".
func (x *extraction) teamLeaderAfter(si *sentInfo, k, lim int) []string {
	j := k
	if w := si.ltok(j); w == "a" || w == "an" {
		j++
	}
	if m := x.mentionAt(si, j); m != nil && m.tok0 == j && (m.Type == string(schema.Organisation) || m.Type == string(schema.Country)) {
		j = m.tok1 // "a Hamas delegation", "an IMF team"
	}
	switch si.ltok(j) {
	case "mission", "delegation", "team":
		j++
	default:
		return nil
	}
	if w := si.ltok(j); w == "of" || w == "from" {
		j++
		if si.ltok(j) == "the" {
			j++
		}
		if m := x.mentionAt(si, j); m != nil && (m.Type == string(schema.Organisation) || m.Type == string(schema.Country)) {
			j = m.tok1
		} else {
			// a body the lexicon lacks: "of the Ecumenical Patriarchate"
			q := j
			for q < lim && q < j+6 && (isCapWord(si.s.Tokens[q]) && si.s.Tokens[q].Kind == Word || si.ltok(q) == "of" && q > j) && x.mentionAt(si, q) == nil {
				q++
			}
			if q == j || si.ltok(q-1) == "of" {
				return nil
			}
			j = q
		}
	}
	if si.tok(j) == "," {
		j++
	}
	if !ledByAt(si, j+1) {
		return nil
	}
	if x.personStartsAt(si, j+2) {
		return x.entityList(si, j+2, lim)
	}
	if p := x.firstPersonAfter(si, j+2, lim, 6); p != "" {
		return []string{p}
	}
	return nil
}

// separateObjects reports "with both X and Y" after a verb trigger ending
// at b: one contact with each.
func (x *extraction) separateObjects(si *sentInfo, b, lim int) bool {
	for k := b; k < lim && k < b+5; k++ {
		if si.ltok(k) == "both" {
			return true
		}
		if x.mentionAt(si, k) != nil {
			break
		}
	}
	return x.separately(si, b, lim)
}

// separately reports a contact the clause says was held with each object
// apart: "held separate talks with X and Y", "spoke separately with X and
// Y", "with X and with Y", "in separate meetings".
func (x *extraction) separately(si *sentInfo, b, lim int) bool {
	for k := b - 4; k < lim && k < b+25; k++ {
		if k < 0 {
			continue
		}
		if k > b && clauseStop(si.tok(k)) {
			return false
		}
		switch si.ltok(k) {
		case "separate", "separately", "individually":
			return true
		case "with", "to":
			if k > b && si.ltok(k-1) == "and" && x.mentionAt(si, k-2) != nil {
				return true // "with X and with Y"
			}
		case "turn":
			if k > b && si.ltok(k-1) == "in" {
				return true // "met X, Y and Z in turn"
			}
		case "another":
			if k > b+1 && si.ltok(k-1) == "after" && si.ltok(k-2) == "one" {
				return true // "one after another"
			}
		}
	}
	return false
}

// eachOf reports a contact that each of its subjects has on their own
// with the object: "each" right before the trigger at token a ("X and Y
// each met Z", "have each held talks"), or "separately", "individually"
// after it in its clause ("met Z separately").
func (x *extraction) eachOf(si *sentInfo, a, lim int) bool {
	for k := a - 1; k >= 0 && k >= a-5; k-- {
		w := si.ltok(k)
		if w == "each" {
			return true
		}
		// "each had a short conversation with": verbs and a noun's modifiers
		if t := si.s.Tokens[k]; t.Kind != Word || isCapWord(t) || x.mentionAt(si, k) != nil {
			break
		}
	}
	for k := a + 1; k < lim && k < a+12; k++ {
		if w := si.tok(k); clauseStop(w) || w == "," || strings.EqualFold(w, "and") {
			return false
		}
		if w := si.ltok(k); w == "separately" || w == "individually" {
			return true
		}
	}
	return false
}

// breakBetween reports a comma, a clause stop or a mention among tokens
// [a, b).
func (x *extraction) breakBetween(si *sentInfo, a, b int) bool {
	for k := a; k < b; k++ {
		if t := si.tok(k); t == "," || clauseStop(t) || x.mentionAt(si, k) != nil {
			return true
		}
	}
	return false
}

// thingObject reports a verb whose object is a thing, not an actor: a
// determiner and a lower-case noun that no mention, title or trigger
// covers ("met their targets", "met the demands").
func (x *extraction) thingObject(si *sentInfo, b int) bool {
	switch si.ltok(b) {
	case "the", "their", "its", "his", "her", "our", "all", "most", "some":
	default:
		return false
	}
	k := b + 1
	if k >= len(si.s.Tokens) || x.mentionAt(si, k) != nil || si.covered[k] != 0 || si.isTrigger(k) {
		return false
	}
	t := si.s.Tokens[k]
	// "spoke by phone the previous day": when, not what
	return t.Kind == Word && !isCapWord(t) && x.lx.stop[strings.ToLower(t.Text)] == "" && !x.inTimex(si, b)
}

// negated reports "did not meet", "never met".
func (x *extraction) negated(si *sentInfo, a int) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if x.inCue(si, k, "proposed") {
			return false // "did not rule out meeting X": a negated doubt
		}
		switch si.ltok(k) {
		case "not", "never", "n't", "didn't", "won't", "hasn't", "haven't", "wouldn't", "cannot":
			return true
		}
	}
	// "there are no plans for X to travel to Y", "has no intention of meeting"
	for k := a - 1; k >= 1 && k >= a-7; k-- {
		if w := si.ltok(k); w == "," || w == ";" || w == "but" {
			break
		}
		switch si.ltok(k) {
		case "plans", "plan", "intention", "intentions":
			if si.ltok(k-1) == "no" {
				return true
			}
		}
	}
	return false
}

// commonNounAt reports a bare lower-case word at token k that no mention
// covers and that is no determiner or pronoun ("bondholders", "students").
func (x *extraction) commonNounAt(si *sentInfo, k int) bool {
	if k >= len(si.s.Tokens) || si.s.Tokens[k].Kind != Word || x.mentionAt(si, k) != nil {
		return false
	}
	w := si.tok(k)
	if w == "" || !unicode.IsLower([]rune(w)[0]) {
		return false
	}
	switch w {
	case "the", "a", "an", "his", "her", "their", "its", "our", "him", "them", "us", "me", "both", "two", "three", "four", "each", "other", "one", "all", "some", "this", "that", "these", "those", "senior", "top", "foreign", "officials", "leaders", "counterparts", "representatives", "delegations", "delegates", "members", "ministers", "envoys", "mediators":
		return false
	}
	return !strings.HasSuffix(w, "ly")
}

// declined reports an offer turned down just before the trigger at token
// a ("declined an invitation to visit", "refused to meet"): no contact.
// unrealContact reports a contact the sentence does not assert: inside
// content its speaker denies ("Beijing denied reports that X had met Y";
// not "denied that the talks were called off", a denial of the change), or
// in the clause of a counterfactual condition ("Had X agreed to meet Y,
// the dispute might have been settled").
func (x *extraction) unrealContact(si *sentInfo, a int) bool {
	toks := si.s.Tokens
	if si.ltok(0) == "had" && len(toks) > 1 && isCapWord(toks[1]) {
		comma := false
		for k := 1; k < a; k++ {
			if si.tok(k) == "," {
				comma = true
			}
		}
		if !comma {
			return true
		}
	}
	var opens []int // where denied content starts
	for _, c := range si.cues {
		if c.has("denial") {
			_, cb := si.spanToks(c.start, c.end)
			opens = append(opens, cb)
		}
	}
	for k := 1; k < a; k++ {
		if q := deniedReportThat(si, k); q > 0 {
			opens = append(opens, q+1) // "denied a report in the daily X that"
		}
	}
	for _, cb := range opens {
		if cb > a || a-cb > 15 {
			continue
		}
		open := true
		for k := cb; k < a; k++ {
			if w := si.ltok(k); w == ";" || w == "but" || w == "while" {
				open = false
			}
		}
		if !open {
			continue
		}
		for k := a; k < len(toks) && k < a+12; k++ {
			if si.tok(k) == "." || si.tok(k) == ";" {
				break
			}
			if x.inCue(si, k, "cancelled") || x.inCue(si, k, "postponed") {
				return false // what is denied is the change
			}
		}
		return true
	}
	return false
}

// deniedBefore reports a denial cue opening the content the trigger at
// token a is in.
func (x *extraction) deniedBefore(si *sentInfo, a int) bool {
	for _, c := range si.cues {
		if _, cb := si.spanToks(c.start, c.end); c.has("denial") && cb <= a && a-cb <= 15 {
			return true
		}
	}
	return false
}

// conditionalOffer reports a contact offered on a condition after it in
// its clause: "said he would meet X again if the North Korean leader
// wanted to" is a proposal.
func (x *extraction) conditionalOffer(si *sentInfo, t *trigInfo) bool {
	would := false
	for k := t.a - 1; k >= 0 && k >= t.a-4; k-- {
		if w := si.ltok(k); w == "would" || w == "could" || w == "'d" {
			would = true
		}
	}
	if !would {
		return false
	}
	for k := t.b; k < len(si.s.Tokens) && k < t.b+15; k++ {
		if si.tok(k) == "." || si.tok(k) == ";" {
			return false
		}
		if x.inCue(si, k, "conditional") {
			return true
		}
	}
	return false
}

func (x *extraction) declined(si *sentInfo, a int) bool {
	for _, c := range si.cues {
		if !c.has("declined") {
			continue
		}
		_, cb := si.spanToks(c.start, c.end)
		if cb > a || a-cb > 4 {
			continue
		}
		ok := true
		for k := cb; k < a; k++ {
			if si.s.Tokens[k].Kind != Word || x.mentionAt(si, k) != nil {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// placeOf finds where the contact took place: the best place mention after
// the trigger (before the next trigger), a venue or city over a country.
func (x *extraction) placeOf(si *sentInfo, b, lim int) (string, int) {
	best, bestRank := "", 0
	for k := b; k < lim && k < b+25; k++ {
		w := si.ltok(k)
		if x.speechAt(si, k) {
			break
		}
		if w == "," && x.attributionAfter(si, k) {
			break // "..., the ministry in Castel said": where it was said
		}
		if w != "in" && w != "at" {
			continue
		}
		j := k + 1
		if si.ltok(j) == "the" {
			j++
		}
		m := x.mentionAt(si, j)
		var iri string
		rank := 0
		if m != nil && m.possessive && m.Type != MentionPlace {
			continue // "adviser in Bangladesh's government": a modifier
		}
		if m != nil && (m.Type == MentionPlace || m.Type == string(schema.Country) || m.Type == string(schema.Organisation)) {
			e := x.reg.byIRI[m.Entity]
			if e == nil || !e.place {
				continue
			}
			iri = e.iri
			switch {
			case m.Type == string(schema.Country):
				rank = 1
			default:
				rank = 3
			}
		} else if m == nil && j < len(si.s.Tokens) && isCapWord(si.s.Tokens[j]) && w == "in" {
			// an unknown place: "in Xville, Region"
			e, ok := x.unknownPlace(si, j)
			if !ok {
				continue
			}
			iri, rank = e.iri, 2
		}
		if iri != "" && rank > bestRank {
			best, bestRank = iri, rank
		}
	}
	return best, bestRank
}

// placeAfter is the first place mention after a visit verb.
func (x *extraction) placeAfter(si *sentInfo, b, lim int) string {
	for k := b; k < lim && k < b+4; k++ {
		if m := x.mentionAt(si, k); m != nil {
			if e := x.reg.byIRI[m.Entity]; e != nil && e.place {
				return e.iri
			}
			return ""
		}
	}
	return ""
}

func (x *extraction) countryOfPlace(iri string) string {
	for i := 0; i < 5; i++ {
		e := x.reg.byIRI[iri]
		if e == nil {
			return ""
		}
		if e.typ == schema.Country {
			return iri
		}
		if e.country != "" {
			return e.country
		}
		if e.placeIn == "" {
			return ""
		}
		iri = e.placeIn
	}
	return ""
}

// unknownPlace reads a capitalised name not in the gazetteer as a place
// when a known place follows it after a comma ("Xville, Alaska").
func (x *extraction) unknownPlace(si *sentInfo, j int) (*entity, bool) {
	toks := si.s.Tokens
	k := j
	for k < len(toks) && si.covered[k] == 0 && (isCapWord(toks[k]) || toks[k].Text == "-" && toks[k].Glued) {
		if x.lx.stop[strings.ToLower(toks[k].Text)] != "" && x.lx.stop[strings.ToLower(toks[k].Text)] != "noun" {
			break
		}
		k++
	}
	if k == j || x.mentionAt(si, j) != nil {
		return nil, false
	}
	for q := j; q < k; q++ {
		if x.lx.stop[strings.ToLower(toks[q].Text)] == "noun" {
			return nil, false
		}
	}
	if si.tok(k) != "," {
		return nil, false
	}
	in := x.mentionAt(si, k+1)
	if in == nil || (in.Type != MentionPlace && in.Type != string(schema.Country)) {
		return nil, false
	}
	name := x.text[toks[j].Start:toks[k-1].End]
	e := x.reg.get(name, "", toks[j].Start)
	e.place = true
	e.placeIn = in.Entity
	return e, true
}

// placeInName finds a place inside an event's name: "the Lisbon Peace
// Summit".
func (x *extraction) placeInName(si *sentInfo, a int) (string, int) {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		m := x.mentionAt(si, k)
		if m == nil {
			if !isCapWord(si.s.Tokens[k]) {
				break
			}
			continue
		}
		if e := x.reg.byIRI[m.Entity]; e != nil && e.place && m.Type != string(schema.Country) {
			return e.iri, 3
		}
		break
	}
	return "", 0
}

// statusOf reads the status of trigger i from the cues around it and its
// date.
// pastOwnPhrase reports a cue at token ca that follows a noun trigger
// ending at b past only the trigger's own participants: "A summit between
// the two leaders could follow", "Talks with X and Y are expected".
func (x *extraction) pastOwnPhrase(si *sentInfo, b, ca int) bool {
	if ca <= b+1 || ca > b+10 {
		return false
	}
	// the cue's verb tells the contact comes about ("could follow", "is
	// expected to take place"), not something it would do ("would carry
	// risks")
	occurs := false
	for k := ca + 1; k < len(si.s.Tokens) && k <= ca+4; k++ {
		switch si.ltok(k) {
		case "follow", "take", "be", "happen", "go", "come", "occur", "open", "start", "begin", "resume", "convene":
			occurs = true
		}
		if occurs {
			break
		}
	}
	if !occurs {
		return false
	}
	switch si.ltok(b) {
	case "between", "with", "among":
	default:
		return false
	}
	for k := b + 1; k < ca; k++ {
		if m := x.mentionAt(si, k); m != nil {
			k = m.tok1 - 1
			continue
		}
		switch si.ltok(k) {
		case "the", "two", "three", "both", "and", "leaders", "sides", "countries", "presidents", "ministers":
			continue
		}
		return false
	}
	return true
}

// coordinatedInfinitive reports a verb trigger t in an infinitive
// coordinated with the one a cue ending at token cb opens: "agreed to
// remain in close contact and to meet", "is ready to talk and to visit".
func (x *extraction) coordinatedInfinitive(si *sentInfo, cb int, t *trigInfo) bool {
	if t.pos != "verb" || si.ltok(cb-1) != "to" || si.ltok(t.a-1) != "to" || si.ltok(t.a-2) != "and" || cb >= t.a-2 || cb < t.a-14 {
		return false
	}
	for k := cb; k < t.a-2; k++ {
		if clauseStop(si.tok(k)) || si.tok(k) == "," || isQuote(si.tok(k)) || x.mentionAt(si, k) != nil || x.inTimex(si, k) {
			return false
		}
	}
	return true
}

func (x *extraction) statusOf(si *sentInfo, trigs []trigInfo, i int, date *schema.Date) (schema.Status, bool) {
	t := &trigs[i]
	// an invitation accepted: "X accepted an invitation to visit Madrid"
	for _, c := range si.cues {
		if _, cb := si.spanToks(c.start, c.end); c.has("accepted") && cb <= t.a && (cb >= t.a-5 || cb >= t.a-9 && !x.breakBetween(si, cb, t.a)) {
			// also past a qualifier: "accepted \"in principle\" an invitation"
			return schema.Planned, true
		}
	}
	// not arranged: "a call ..., which X has been seeking, has not yet been scheduled"
	for _, c := range si.cues {
		if c.has("unscheduled") && x.cueTarget(si, trigs, c) == i {
			return schema.Proposed, true
		}
	}
	// postponed / cancelled: the trigger that is the cue's subject or object
	for _, c := range si.cues {
		if !c.has("postponed") && !c.has("cancelled") {
			continue
		}
		if ca := si.tokIndex(c.start); t.pos == "verb" && strings.HasPrefix(si.ltok(t.a), "discuss") && ca >= t.b && ca <= t.b+3 {
			continue // "discussed the delay with X": what was discussed
		}
		if x.cueTarget(si, trigs, c) == i {
			if c.has("cancelled") {
				return schema.Cancelled, true
			}
			return schema.Postponed, true
		}
	}
	// a proposal's that-clause: "X proposed on Tuesday that A and B meet"
	if x.proposalClause(si, trigs, i) {
		return schema.Proposed, true
	}
	// cues right before the trigger (or right after a noun trigger)
	// "offered to host a three-way summit": the cue governs the noun
	// through the verb of hosting it
	head := t.a
	if t.pos == "noun" {
		for _, o := range trigs {
			if o.flag != "host" || o.b > t.a || t.a-o.b > 5 {
				continue
			}
			ok := true
			for k := o.b; k < t.a; k++ {
				if tk := si.s.Tokens[k]; tk.Text != "-" && (tk.Kind != Word || isCapWord(tk)) || x.mentionAt(si, k) != nil {
					ok = false
				}
			}
			if ok {
				head = o.a
			}
		}
	}
	var st schema.Status
	for _, c := range si.cues {
		ca, cb := si.spanToks(c.start, c.end)
		if c.has("proposed") && (x.inTimex(si, ca) || x.mentionAt(si, ca) != nil) {
			continue // "in May 2021": a month, not the modal; "Theresa May met": a name
		}
		before := cb <= t.a && cb >= t.a-4 || head < t.a && cb <= head && cb >= head-4
		after := t.pos == "noun" && (ca >= t.b && ca <= t.b+1 || x.pastOwnPhrase(si, t.b, ca))
		if !before && !after && x.coordinatedInfinitive(si, cb, t) {
			// "agreed to remain in close contact and to meet in September"
			before = true
		} else if !before && !after {
			continue
		} else if before {
			for _, o := range trigs {
				if o.flag == "join" && o.a >= cb && o.b <= t.a {
					before = false
				}
			}
			if !before {
				continue
			}
			// a cue only governs across words that belong to the verb group
			ok := true
			for k := cb; k < t.a; k++ {
				m := x.mentionAt(si, k)
				if m != nil && m.possessive && (m.Type == MentionGroup || m.Type == MentionPronoun) && m.tok1-m.tok0 == 1 {
					m = nil // "are expected to hold their meeting": a determiner
				}
				if w := si.ltok(k); si.covered[k] != 0 && !x.isTriggerTok(trigs, k) || m != nil || w == "," || w == "that" {
					ok = false
				}
			}
			if !ok {
				continue
			}
		}
		switch {
		case c.has("proposed") && (before || after):
			if st == "" || st == schema.Planned && before {
				st = schema.Proposed
			}
		case c.has("planned") || c.has("future"):
			if st == "" {
				st = schema.Planned
			}
		case c.has("past") && before:
			if st == "" {
				st = schema.Happened
			}
		}
	}
	if st != "" {
		return st, true
	}
	if date != nil {
		if iv, err := schema.ParseDateValue(date.Value); err == nil {
			dct := x.doc.Published
			if !iv.Begin.Before(dct.Add(24 * time.Hour)) {
				return schema.Planned, false
			}
			if !iv.End.After(dct) {
				return schema.Happened, false
			}
			// the current week or month: future unless the verb is past
		}
	}
	if si.s.Caption {
		return schema.Happened, false
	}
	if t.pos == "verb" {
		w := strings.ToLower(t.sp.phrases[0].class)
		_ = w
		text := strings.ToLower(x.text[t.sp.start:t.sp.end])
		first := strings.Fields(text)[0]
		withSubject := false // "with X welcoming Y"
		if m := mentionEnding(si.mentions, t.a-1); m != nil && m.tok0 >= 1 && si.ltok(m.tok0-1) == "with" {
			withSubject = true
		}
		if e := openingParticipleEnd(si); e > t.a && (strings.HasSuffix(first, "ing") || si.ltok(t.a-1) == "having") {
			// "Having met X, she said", "After receiving X on Tuesday,
			// she flew": the main clause's tense
			if si.ltok(t.a-1) == "having" || mainVerbPast(si, e+1) {
				return schema.Happened, false
			}
		}
		if strings.HasSuffix(first, "ing") && (si.tok(t.a-1) == "," || withSubject) {
			// ", meeting X": the tense of the verb the participle follows
			found := false
			for j := i - 1; j >= 0; j-- {
				if trigs[j].pos == "verb" && !strings.HasSuffix(si.ltok(trigs[j].a), "ing") {
					first, found = si.ltok(trigs[j].a), true
					break
				}
			}
			// else that of the clause's own verb: "The summit opened on
			// Tuesday with X welcoming Y"
			for k := t.a - 2; !found && k >= 0 && k >= t.a-20; k-- {
				w := si.ltok(k)
				if modalWord(w) || w == "to" || w == "is" || w == "are" {
					break
				}
				if si.covered[k] == 0 && x.mentionAt(si, k) == nil && !isCapWord(si.s.Tokens[k]) && (strings.HasSuffix(w, "ed") && len(w) > 4 || irregularPast[w] || w == "was" || w == "were") {
					first, found = w, true
				}
			}
		}
		if strings.HasSuffix(first, "ed") || first == "met" || first == "spoke" || first == "held" || first == "took" || first == "spoken" || first == "received" || first == "flew" || first == "went" || first == "came" || first == "sat" || first == "was" || first == "were" || irregularPast[first] {
			return schema.Happened, false
		}
		if strings.HasSuffix(first, "ing") {
			// "was visiting", "had been touring": a past progressive
			for k := t.a - 1; k >= 0 && k >= t.a-2; k-- {
				if w := si.ltok(k); w == "was" || w == "were" || w == "been" {
					return schema.Happened, false
				}
			}
		}
		if strings.HasSuffix(first, "ing") && (si.ltok(t.a-1) == "is" || si.ltok(t.a-1) == "are") && x.stampOpens(si) && (date == nil || date.Value == x.doc.Published.Format("2006-01-02")) {
			// "10:20 X is hosting Y in a room off the main hall": a live
			// blog's present, under its time stamp, is now
			return schema.Happened, false
		}
		if si.ltok(t.a-1) == "to" && x.pastJourneyBefore(si, t.a-1) {
			// "flew to Kavnaris again to brief X": the purpose of a
			// journey made
			return schema.Happened, false
		}
		if x.headline(si) && !strings.HasSuffix(first, "ing") && !modalWord(si.ltok(t.a-1)) && si.ltok(t.a-1) != "to" && si.ltok(t.a-1) != "'ll" {
			// "X and Y hold talks in Bangkok": a headline's present tells
			// the news, which is done; its future says "to meet" or "will"
			return schema.Happened, false
		}
		return schema.Planned, false
	}
	return schema.Happened, false
}

// stampOpens reports a sentence opened by a live blog's time stamp: a time
// of the day of publication at the start of its line ("10:20 X is ...").
func (x *extraction) stampOpens(si *sentInfo) bool {
	for k := range x.timexes {
		tx := &x.timexes[k]
		if tx.Start < si.s.Start {
			continue
		}
		if tx.Start > si.s.Start {
			return false
		}
		return tx.Type == "TIME" && strings.HasPrefix(tx.Value, x.doc.Published.Format("2006-01-02")+"T") && (tx.Start == 0 || x.doc.Text[tx.Start-1] == '\n')
	}
	return false
}

// headline reports the article's headline: its first sentence, a heading
// alone in its paragraph, when more paragraphs follow.
func (x *extraction) headline(si *sentInfo) bool {
	return si.s.Index == 0 && len(x.infos) >= 2 && x.infos[1].s.Paragraph != si.s.Paragraph && heading(si)
}

// pastJourneyBefore reports a journey verb in the past ("flew", "travelled",
// "went", "came", "returned", "headed", "stepped out", "stayed on") within
// eight words before token k,
// in its clause, with no modal or future word between.
func (x *extraction) pastJourneyBefore(si *sentInfo, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		w := si.ltok(j)
		if clauseStop(si.tok(j)) || w == "," || modalWord(w) && w != "to" || w == "due" || w == "expected" || w == "planned" || w == "set" {
			return false
		}
		switch w {
		case "flew", "travelled", "traveled", "went", "came", "returned", "headed", "drove",
			// (or left the room for it, or stayed for it: "stepped out to
			// phone X", "stayed on in the afternoon to meet Y")
			"stepped", "stayed", "stopped", "hurried", "rushed":
			return !modalWord(si.ltok(j-1)) && si.ltok(j-1) != "had"
		}
	}
	return false
}

// dayOfMonthName reports a day of a month named without a year: "14
// May", "May 14", "May 14th".
func dayOfMonthName(s string) bool {
	f := strings.Fields(s)
	if len(f) != 2 {
		return false
	}
	if monthName(f[1]) {
		f[0], f[1] = f[1], f[0]
	}
	d := strings.TrimRight(f[1], "stndrh")
	n, err := strconv.Atoi(d)
	return monthName(f[0]) && err == nil && n >= 1 && n <= 31
}

// pastContactVerb reports the simple past of a verb of contact: "met",
// "held", "visited", "hosted".
func pastContactVerb(w string) bool {
	switch w {
	case "met", "held", "spoke", "talked", "visited", "hosted", "received", "sat", "dined", "called", "phoned", "telephoned", "toured", "welcomed":
		return true
	}
	return false
}

// irregularPast holds irregular past forms a verb trigger may start with
// ("brought together", "sent", "began talks").
// pastJoinVerb reports a join verb in the simple past at token a
// ("X chaired the talks", "attended the summit", "took part in"), not a
// passive or an infinitive.
func pastJoinVerb(si *sentInfo, a int) bool {
	w := si.ltok(a)
	if w == "was" || w == "were" {
		return true // "X and Y were also on the call", "was present at the talks"
	}
	if !strings.HasSuffix(w, "ed") && w != "took" && w != "sat" && !irregularPast[w] {
		return false
	}
	switch si.ltok(a - 1) {
	case "to", "be", "been", "being", "was", "were", "is", "are", "has", "have", "had":
		return false
	}
	return !modalWord(si.ltok(a - 1))
}

var irregularPast = map[string]bool{"brought": true, "began": true, "sent": true, "led": true, "paid": true, "gave": true, "made": true, "saw": true, "had": true, "got": true, "told": true, "sought": true, "struck": true, "won": true}

// proposalClause reports a trigger heading the that-clause of a proposal
// cue or its object: "proposed that the two leaders meet", "suggested on
// Monday that they hold talks". The clause's subject may stand between "that" and
// the trigger, nothing with a verb of its own.
func (x *extraction) proposalClause(si *sentInfo, trigs []trigInfo, i int) bool {
	t := &trigs[i]
	for _, c := range si.cues {
		if !c.has("proposed") {
			continue
		}
		_, cb := si.spanToks(c.start, c.end)
		if cb >= t.a {
			continue
		}
		h := -1
		for k := cb; k < t.a && k <= cb+4; k++ {
			if w := si.ltok(k); w == "that" {
				h = k
				break
			} else if w == "," || w == ";" {
				break
			}
		}
		if h < 0 || t.a-h > 12 {
			continue
		}
		ok := true
		for k := h + 1; k < t.a; k++ {
			w := si.ltok(k)
			if w == "that" || w == "which" || w == "who" || w == ";" || modalWord(w) && w != "should" || x.isTriggerTok(trigs, k) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func modalWord(w string) bool {
	switch w {
	case "will", "would", "could", "can", "may", "might", "shall", "should", "must", "to":
		return true
	}
	return false
}

// personStartsAt reports a person mention starting at token k.
func (x *extraction) personStartsAt(si *sentInfo, k int) bool {
	m := x.mentionAt(si, k)
	return m != nil && m.tok0 == k && m.Type == string(schema.Person)
}

// cueAfter reports a cue of the class after token b in the sentence.
func (x *extraction) cueAfter(si *sentInfo, b int, class string) bool {
	for _, c := range si.cues {
		if ca, _ := si.spanToks(c.start, c.end); ca >= b && c.has(class) {
			return true
		}
	}
	return false
}

// ownCountry reports whether country is the actor's own.
func (x *extraction) ownCountry(actor, country string) bool {
	e := x.reg.byIRI[actor]
	return e != nil && (e.country == country || e.iri == country)
}

// hostAfter reads the country a visit or journey goes to, right after the
// trigger: "to Germany", "to Castel" (a city of a known country), "for
// Manila", "in Lyon", "at Camp David", "to the Ravonian capital".
func (x *extraction) hostAfter(si *sentInfo, b, lim int) string {
	host, _ := x.destination(si, b, lim, false)
	return host
}

// destination reads where a visit or journey goes: the host country and
// the place named (a city, a venue, or the country itself). direct allows
// an object without a preposition ("visited Madrid").
func (x *extraction) destination(si *sentInfo, b, lim int, direct bool) (string, string) {
	k := b
	if w := si.ltok(b - 1); w == "in" || w == "to" || w == "at" {
		// a journey phrase ending in its preposition: "is due in X"
		direct = true
	}
	for k < lim && x.inTimex(si, k) && x.mentionAt(si, k) == nil && !direct {
		k++ // "travelled last month to X"
	}
	if !direct && si.ltok(k) == "on" && si.ltok(k+1) == "to" {
		k++ // "fly on to X"
	} else if !direct && si.ltok(k) == "on" && si.ltok(k+1) == "from" {
		k++ // "travel on from X to Y"
	}
	if !direct && si.ltok(k) == "from" {
		// "travel from X to Y": where the journey ends
		if m := x.mentionAt(si, k+1); m != nil && si.ltok(m.tok1) == "to" {
			k = m.tok1
		}
	}
	if w := si.ltok(k); w == "to" || w == "in" || w == "at" || w == "for" {
		k++
	} else if !direct {
		return "", ""
	}
	if si.ltok(k) == "the" {
		k++
	}
	if k >= lim {
		return "", ""
	}
	if m := x.mentionAt(si, k); m != nil {
		if p := x.mentionAt(si, m.tok1); direct && m.Type != string(schema.Person) && p != nil && p.tok0 == m.tok1 && p.Type == string(schema.Person) && si.covered[m.tok1] == 2 {
			// "visiting Quebec premier X": the place qualifies the
			// visitor's title; it is no destination
			return "", ""
		}
		e := x.reg.byIRI[m.Entity]
		if e != nil && e.typ == schema.Country && possessiveTokens[si.tok(m.tok1)] && si.ltok(m.tok1+1) == "capital" {
			// "to Westland's capital, Castel"
			place := ""
			if si.tok(m.tok1+2) == "," {
				if p := x.mentionAt(si, m.tok1+3); p != nil && p.Type == MentionPlace && p.tok0 == m.tok1+3 {
					place = p.Entity
				}
			}
			return e.iri, place
		}
		if e == nil || !e.place {
			return "", ""
		}
		if e.typ == schema.Country {
			return e.iri, e.iri
		}
		return x.countryOfPlace(e.iri), e.iri
	}
	// "the Ravonian capital", "the Ravonian capital, Meridah"
	if si.ltok(k+1) == "capital" {
		if c := x.countryWordAt(si, k); c != "" {
			place := ""
			if si.tok(k+2) == "," {
				if m := x.mentionAt(si, k+3); m != nil && m.Type == MentionPlace && m.tok0 == k+3 {
					place = m.Entity
				}
			}
			return c, place
		}
	}
	return "", ""
}

// moreStops reads the places coordinated with a journey's first
// destination: "travelled to Paris and Berlin", "to Oslo, Bergen and
// Tromsø".
func (x *extraction) moreStops(si *sentInfo, b, lim int, first string) []string {
	k := b
	for k < lim && k < b+8 {
		if m := x.mentionAt(si, k); m != nil && m.Entity == first {
			k = m.tok1
			break
		}
		k++
	}
	var out []string
	for k < lim {
		if w := si.ltok(k); w != "and" && w != "," {
			break
		}
		k++
		if si.ltok(k) == "and" {
			k++
		}
		m := x.mentionAt(si, k)
		if m == nil || m.tok0 != k {
			break
		}
		e := x.reg.byIRI[m.Entity]
		if e == nil || !e.place || e.typ == schema.Country || x.countryOfPlace(e.iri) == "" {
			break
		}
		out = append(out, e.iri)
		k = m.tok1
	}
	return out
}

// countryWordAt is the country a demonym or a country name at token k
// stands for (a country of the lexicon or one the article uses).
func (x *extraction) countryWordAt(si *sentInfo, k int) string {
	for _, g := range si.gaz {
		ga, gb := si.spanToks(g.start, g.end)
		if ga == k && gb == k+1 {
			if e, ok := g.entry(gCountry, gDemonym); ok {
				return schema.EntityIRI(e.country)
			}
		}
	}
	if x.res != nil {
		if c := x.res.demonymCountry(si.tok(k)); c != "" {
			return schema.EntityIRI(c)
		}
	}
	return ""
}

// bothCapitals reports "both capitals" or "the two capitals" at token k.
func bothCapitals(si *sentInfo, k int) bool {
	switch {
	case si.ltok(k) == "both":
		return si.ltok(k+1) == "capitals" || si.ltok(k+1) == "countries"
	case si.ltok(k) == "the" && si.ltok(k+1) == "two":
		return si.ltok(k+2) == "capitals"
	}
	return false
}

// invitationFrom reads the inviter of a visit told as "an invitation
// from X to visit Y" (the trigger at token a): X, who hosts it.
func (x *extraction) invitationFrom(si *sentInfo, a int) string {
	if si.ltok(a-1) != "to" {
		return ""
	}
	m := mentionEnding(si.mentions, a-2)
	if m == nil || m.Type != string(schema.Person) || si.ltok(m.tok0-1) != "from" || si.ltok(m.tok0-2) != "invitation" {
		return ""
	}
	return m.Entity
}

// inviter is the person a clause from token b names as inviting a visit:
// "at X's invitation", "at the invitation of X", "at the invitation of the
// chair of the Y committee, Z" (past bodies and titles to the name in
// apposition); "" if none.
func (x *extraction) inviter(si *sentInfo, b, lim int) string {
	for k := b; k < lim && k < b+20; k++ {
		if clauseStop(si.tok(k)) {
			break
		}
		if si.ltok(k) == "invitation" && possessiveTokens[si.tok(k-1)] {
			// "at X's invitation"
			if m := x.mentionAt(si, k-2); m != nil && m.Type == string(schema.Person) {
				return m.Entity
			}
			return ""
		}
		if si.ltok(k) == "invitation" && si.ltok(k+1) == "of" {
			for j := k + 2; j < lim && j < k+20; j++ {
				if clauseStop(si.tok(j)) {
					break
				}
				m := x.mentionAt(si, j)
				if m == nil {
					continue
				}
				if m.Type == string(schema.Person) {
					return m.Entity
				}
				if m.Type == MentionPronoun || m.Type == MentionGroup {
					break
				}
				j = m.tok1 - 1 // a body or country the inviter belongs to
			}
			return ""
		}
	}
	return ""
}

// visitParticipants reads a visit noun: the visitor (the possessor, "his
// first visit", or the subject, "X called off a planned visit") and the
// host (the person who invited, "at the invitation of Y", else the country
// visited, "to Germany").
func (x *extraction) visitParticipants(si *sentInfo, t *trigInfo, lim int) []string {
	visitor := x.possessor(si, t.a)
	if len(visitor) == 0 {
		visitor = x.visitBy(si, t.b, lim)
	}
	if len(visitor) == 0 {
		visitor = x.subjectOf(si, t.a)
	}
	if len(visitor) != 1 {
		return nil
	}
	host := x.inviter(si, t.b, lim)
	if host == "" {
		from := t.b
		if si.ltok(t.b) == "by" {
			// "a visit by X to Y": the destination after the visitor
			for k := t.b + 1; k < lim && k < t.b+5; k++ {
				if m := x.mentionAt(si, k); m != nil && m.Entity == visitor[0] {
					from = m.tok1
					break
				}
			}
		}
		host = x.hostAfter(si, from, lim)
		if host != "" && x.ownCountry(visitor[0], host) {
			// "invited him to visit, following his trip to Tokyo": no
			// one visits their own country; the other person the
			// sentence refers to before the possessive
			if w := si.ltok(t.a - 1); w == "his" || w == "her" {
				var other string
				for _, m := range si.mentions {
					if m.tok1 <= t.a-1 && (m.Type == string(schema.Person) || m.Type == MentionPronoun) && m.Entity != visitor[0] {
						other = m.Entity
					}
				}
				if other != "" && !x.ownCountry(other, host) {
					visitor = []string{other}
				}
			}
		}
		if host == "" || x.ownCountry(visitor[0], host) {
			return nil
		}
	}
	if host == visitor[0] {
		return nil
	}
	return unionSorted(visitor, []string{host})
}

// contentWordAt reports a lower-case content word at token k (not a
// function word, a title, a trigger or part of a date): "phone operations".
func (x *extraction) contentWordAt(si *sentInfo, k int) bool {
	if k >= len(si.s.Tokens) {
		return false
	}
	t := si.s.Tokens[k]
	c := x.lx.stop[strings.ToLower(t.Text)]
	return t.Kind == Word && !isCapWord(t) && (c == "" || c == "noun" || c == "org") && si.covered[k] == 0 &&
		!si.isTrigger(k) && !x.inTimex(si, k) && x.mentionAt(si, k) == nil && !prepositionWord(strings.ToLower(t.Text))
}

// namingCall reports "called" naming rather than phoning: after a common
// noun ("a group called X", "a plan called Y"), in a clause of "what" ("in
// what officials called a breakthrough"), or with a complement after its
// object ("called X a liar", "called them restrictees").
func (x *extraction) namingCall(si *sentInfo, a, b int) bool {
	if w := si.ltok(a); (w == "call" || w == "calls") && (si.ltok(a-1) == "to" || modalWord(si.ltok(a-1)) || x.mentionAt(si, a-1) != nil || si.ltok(a-1) == "they" || si.ltok(a-1) == "we") {
		// "what officials like to call shuttle diplomacy", "they call it
		// a reset": the verb naming a thing with no article before it,
		// not "to call X" nor "to call a summit"
		if x.contentWordAt(si, b) && !strings.HasSuffix(si.ltok(b), "ly") {
			switch si.ltok(b) {
			case "back", "again", "off", "up", "out", "home", "today", "tomorrow", "tonight", "soon", "later":
				return false
			}
			return true
		}
		return false
	}
	if si.ltok(a) != "called" {
		return false // "a separate call", "calls with X": the noun
	}
	if a >= 2 && x.contentWordAt(si, a-1) {
		if w := si.ltok(a - 2); w == "a" || w == "an" || w == "the" || x.contentWordAt(si, a-2) {
			return true
		}
	}
	if x.whatClauseBefore(si, a) {
		// "in what both sides called a holding operation", not "what
		// she called him about"
		m := x.mentionAt(si, b)
		return m == nil || m.Type != string(schema.Person)
	}
	k := b
	if m := x.mentionAt(si, k); m != nil && m.tok0 == k {
		k = m.tok1
	} else if w := si.ltok(k); w == "them" || w == "him" || w == "her" || w == "it" || w == "us" {
		k++
	} else {
		return false
	}
	switch si.ltok(k) {
	case "a", "an", "the", "his", "her", "their", "its", "my", "our":
		return true
	}
	if isQuote(si.tok(k)) || si.tok(k) == "``" {
		return true // "called them ``restrictees''"
	}
	return x.contentWordAt(si, k) && !strings.HasSuffix(si.ltok(k), "ly")
}

// receivedThing reports "received" taking a thing rather than a visitor:
// "the treatment that X received from Y" (from), "received U.S. antitrust
// clearance" (a name modifying a noun), "received a letter".
func (x *extraction) receivedThing(si *sentInfo, a, b int) bool {
	for k := b; k < len(si.s.Tokens) && k < b+5; k++ {
		if si.ltok(k) == "from" {
			return true
		}
		if clauseStop(si.tok(k)) || si.tok(k) == "," {
			break
		}
	}
	if m := x.mentionAt(si, b); m != nil && m.tok0 == b && m.Type != string(schema.Person) && x.contentWordAt(si, m.tok1) {
		// not "received Saudi officials": people, in the plural
		people := x.lx.demonym[strings.ToLower(m.Text)] && strings.HasSuffix(si.ltok(m.tok1), "s")
		return !people
	}
	return false
}

// triggerInClause reports a trigger in the relative clause holding token
// k, between its "who"/"which" and k.
func (x *extraction) triggerInClause(trigs []trigInfo, si *sentInfo, k int) bool {
	for j := k - 1; j >= 1 && j >= k-12; j-- {
		switch si.ltok(j) {
		case "who", "which", "whose":
			for _, t := range trigs {
				if t.a > j && t.a < k {
					return true
				}
			}
			return false
		case ",":
			if c := apposedNameBefore(si, j); c >= 0 {
				j = c // "who met the opposition leader, X, in Anwe last week"
				continue
			}
			return false
		case ";", ".":
			return false
		}
	}
	return false
}

// apposedNameBefore reads a name set off by commas that ends with the
// comma at token j ("the opposition leader, X Y,"): the token of the
// comma before the name, or -1.
func apposedNameBefore(si *sentInfo, j int) int {
	k := j - 1
	for k > 0 && k >= j-5 && (isCapWord(si.s.Tokens[k]) || si.tok(k) == "-" && si.s.Tokens[k].Glued) {
		k--
	}
	if k == j-1 || si.tok(k) != "," {
		return -1
	}
	return k
}

// inRelativeClause reports token k inside a relative clause opened after a
// comma ("X, who arrived in Lima on Monday, met ..."), reading back to the
// clause's start.
func (x *extraction) inRelativeClause(si *sentInfo, k int) bool {
	for j := k - 1; j >= 1 && j >= k-20; j-- {
		switch si.ltok(j) {
		case "who", "which", "whose", "whom":
			return true // ", who ...", "the envoy who had visited X last year,"
		case ",":
			if c := apposedNameBefore(si, j); c >= 0 {
				j = c // past a name in apposition in the clause
				continue
			}
			return false
		case ";", ".":
			return false
		}
	}
	return false
}

// frontedContact reads the participants of a contact noun in a phrase
// opening the sentence. After "their" they are the people the main clause
// names next: "After their meeting in Hiroshima, X and Y issued a joint
// statement".
//
// With a determiner and "with Y" it is the main clause's subject and Y:
// "After a two-hour meeting at his home with King X of Jordan, Y said ...".
func (x *extraction) frontedContact(si *sentInfo, a int) []string {
	switch si.ltok(0) {
	case "after", "during", "before", "following", "at", "ahead", "since", "in":
	default:
		return nil
	}
	det := -1 // the determiner before the trigger, past a few modifiers ("a two-hour")
	for k := a - 1; k >= 1 && k >= a-4; k-- {
		if w := si.ltok(k); w == "their" || w == "his" || w == "her" || w == "a" || w == "an" || w == "the" {
			det = k
			break
		}
		if x.mentionAt(si, k) != nil || clauseStop(si.tok(k)) || si.tok(k) == "," {
			return nil
		}
	}
	if det < 1 || det > 3 {
		return nil
	}
	their := si.ltok(det) == "their"
	var with []string
	for k := a; k < len(si.s.Tokens) && k < a+16; k++ {
		if clauseStop(si.tok(k)) {
			return nil
		}
		if si.ltok(k) == "with" && with == nil && !their {
			with = x.entityList(si, k+1, len(si.s.Tokens))
		}
		if si.tok(k) == "," {
			ps := x.entityList(si, k+1, len(si.s.Tokens))
			if their && len(ps) >= 2 {
				return ps
			}
			if !their && len(ps) >= 1 && len(with) >= 1 {
				return unionSorted(ps, with)
			}
			return nil
		}
	}
	return nil
}

// statusCueIn reports a word of a contact still to come, or of one that
// did not happen, anywhere in a sentence ("is scheduled to hold").
func (x *extraction) statusCueIn(si *sentInfo) bool {
	for _, c := range si.cues {
		for _, class := range []string{"planned", "future", "proposed", "cancelled", "postponed", "unrealised"} {
			if c.has(class) {
				return true
			}
		}
	}
	return false
}

// onSidelinesAfter reports "on the sidelines", "on the margins" within
// six words after the trigger of c, in its clause: "The two presidents spoke
// on the sidelines".
func (x *extraction) onSidelinesAfter(c *candidate) bool {
	si := x.infos[c.sentence]
	k := si.tokIndex(c.trigStart)
	for j := k + 1; j < len(si.s.Tokens) && j <= k+6; j++ {
		if w := si.tok(j); w == "," || clauseStop(w) {
			return false
		}
		switch si.ltok(j) {
		case "sidelines", "margins", "fringes", "sideline", "margin":
			return si.ltok(j-1) == "the"
		}
	}
	return false
}

// onSidelinesOf reports "on the sidelines of", "on the margins of", "on
// the fringes of" before the noun trigger at token k ("the round table",
// "this week's summit").
func (x *extraction) onSidelinesOf(si *sentInfo, k int) bool {
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		if w := si.ltok(j); w == "of" {
			switch si.ltok(j - 1) {
			case "sidelines", "margins", "fringes", "margin", "fringe", "sideline":
				return true
			}
			return false
		}
		if si.s.Tokens[j].Kind != Word && !possessiveTokens[si.tok(j)] {
			return false
		}
	}
	return false
}

// venueOfContact finds the verb contact whose venue is the noun trigger i:
// "met at a NATO summit", "spoke on the sidelines of the summit", "talked
// during the conference". It gives the contact's trigger index, or -1.
func (x *extraction) venueOfContact(si *sentInfo, trigs []trigInfo, i int) int {
	t := &trigs[i]
	k := t.a - 1
	for k >= 0 && k >= t.a-4 && si.s.Tokens[k].Kind == Word && !prepositionWord(si.ltok(k)) && si.ltok(k) != "during" && si.ltok(k) != "at" {
		k-- // "a NATO", "the annual"
	}
	switch si.ltok(k) {
	case "at", "during":
	case "of":
		if w := si.ltok(k - 1); w != "sidelines" && w != "margins" {
			return -1
		}
		k -= 3 // "on the sidelines of"
	default:
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		if o := &trigs[j]; o.pos == "verb" && o.b <= k+1 && k+1-o.b <= 4 {
			return j
		}
	}
	return -1
}

// entryDate is the heading date of the chronology entry a sentence is
// in: its own, or that of the first sentence of its paragraph.
func (x *extraction) entryDate(si *sentInfo) *schema.Date {
	if hd := x.headingDate(si); hd != nil {
		return hd
	}
	for _, p := range x.doc.Paragraphs {
		if si.s.Start < p.Start || si.s.Start >= p.End {
			continue
		}
		for i := si.s.Index - 1; i >= 0 && x.infos[i].s.Start >= p.Start; i-- {
			if x.infos[i].s.Start == p.Start || i == 0 || x.infos[i-1].s.Start < p.Start {
				hd := x.headingDate(x.infos[i])
				if hd != nil && strings.Contains(hd.Text, ":") {
					return nil // a live blog's time stamp dates its own line only
				}
				return hd
			}
		}
		return nil
	}
	return nil
}

// headingDate is the date a sentence opens with as a heading, after an
// optional list marker and before a colon or dash: "- March 2019: ...",
// "12 June 2020 — ...".
func (x *extraction) headingDate(si *sentInfo) *schema.Date {
	toks := si.s.Tokens
	start := 0
	if len(toks) > 0 && toks[0].Kind == Punct && !isQuote(toks[0].Text) {
		start = 1
	}
	for k := range x.timexes {
		tx := &x.timexes[k]
		if tx.Start < si.s.Start || tx.End > si.s.End || !calendarValue(tx.Value) {
			continue
		}
		ta, tb := si.spanToks(tx.Start, tx.End)
		if ta != start {
			return nil
		}
		if w := si.tok(tb); w == ":" || w == "—" || w == "–" || w == "-" {
			return &schema.Date{Value: dayValue(tx.Value), Text: tx.Text}
		}
		if tx.Type == "DATE" && tb < len(toks) && strings.Contains(x.text[tx.End:toks[tb].Start], "\n") {
			// a date on a line of its own heads the lines under it: a
			// diary's "Tuesday, Sept. 16"
			return &schema.Date{Value: dayValue(tx.Value), Text: tx.Text}
		}
		return nil
	}
	return nil
}

// subjectAfter reads the people a sentence opens with as the participants
// of an indefinite contact its clause places them after or during: "The
// leaders of A, B and C issued a statement after a trilateral meeting on
// Friday".
func (x *extraction) subjectAfter(si *sentInfo, a int) []string {
	det := -1
	for k := a - 1; k >= 1 && k >= a-3; k-- {
		if w := si.ltok(k); w == "a" || w == "an" || w == "their" {
			det = k
			break
		}
		if x.mentionAt(si, k) != nil || si.s.Tokens[k].Kind != Word {
			return nil
		}
	}
	if det < 1 {
		return nil
	}
	switch si.ltok(det - 1) {
	case "after", "following", "during", "at":
	default:
		return nil
	}
	var subj *Mention
	for i := range si.mentions {
		m := &si.mentions[i]
		if m.tok0 > 1 {
			break
		}
		if m.Type == MentionGroup && len(m.Members) >= 2 {
			subj = m
			break
		}
	}
	if subj == nil {
		// "X and Y issued a statement after a meeting"
		start := 0
		if si.ltok(0) == "the" {
			start = 1
		}
		m := x.mentionAt(si, start)
		if m == nil || m.Type != string(schema.Person) {
			return nil
		}
		ps := x.entityList(si, start, det)
		if len(ps) < 2 {
			return nil
		}
		end := start
		for k := start; k < det; k++ {
			if mm := x.mentionAt(si, k); mm != nil && containsStr(ps, mm.Entity) {
				end = mm.tok1
			}
		}
		for k := end; k < det; k++ {
			if clauseStop(si.tok(k)) || si.tok(k) == "," || x.speechAt(si, k) || x.mentionAt(si, k) != nil {
				return nil
			}
		}
		return sorted(dedupe(ps))
	}
	for k := subj.tok1; k < det; k++ {
		if clauseStop(si.tok(k)) || si.tok(k) == "," || x.speechAt(si, k) || x.mentionAt(si, k) != nil && x.mentionAt(si, k) != subj && x.mentionAt(si, k).tok0 >= subj.tok1 {
			return nil
		}
	}
	return sorted(dedupe(subj.Members))
}

// visitBy reads the visitor a visit noun names after its destination: "a
// visit to Castel by Secretary-General X".
func (x *extraction) visitBy(si *sentInfo, b, lim int) []string {
	k := b
	if si.ltok(k) == "by" && k+1 < lim {
		// "a visit by X to Vessaro"
		p := x.mentionAt(si, x.pastTitlePhrase(si, k+1, lim))
		if p != nil && p.Type != string(schema.Person) {
			if j, ok := x.modifierOfPerson(si, p, lim); ok {
				p = x.mentionAt(si, j)
			}
		}
		if p != nil && p.Type == string(schema.Person) && p.tok0 <= k+3 {
			return []string{p.Entity}
		}
		return nil
	}
	if w := si.ltok(k); w != "to" && w != "in" {
		return nil
	}
	k++
	if si.ltok(k) == "the" {
		k++
	}
	m := x.mentionAt(si, k)
	if m == nil || !m.asPlace && m.Type != MentionPlace {
		return nil
	}
	k = m.tok1
	if si.ltok(k) != "by" || k+1 >= lim {
		return nil
	}
	p := x.mentionAt(si, x.pastTitlePhrase(si, k+1, lim))
	if p != nil && p.Type != string(schema.Person) {
		// "by NATO Secretary-General X"
		if j, ok := x.modifierOfPerson(si, p, lim); ok {
			p = x.mentionAt(si, j)
		}
	}
	if p != nil && p.Type == string(schema.Person) {
		return []string{p.Entity}
	}
	return nil
}

// bringsTogether reports a verb of bringing at tokens [a, b) whose object
// is people brought together: "together" right after it and a person soon
// after that, or a person right after it and "together" closing the list
// in the same clause; its subject a person.
func (x *extraction) bringsTogether(si *sentInfo, a, b int) bool {
	k := b
	if si.ltok(b) == "together" {
		k = b + 1
	} else {
		end := -1
		for j := b; j < len(si.s.Tokens) && j < b+16; j++ {
			if w := si.ltok(j); w == "together" {
				end = j
				break
			} else if clauseStop(w) || w == "that" || w == "which" || w == "to" || w == "for" {
				break
			}
		}
		if end < 0 {
			return false
		}
	}
	if !x.personSoonAfter(si, k, 4) {
		return false
	}
	for _, e := range x.subjectOf(si, a) {
		if ent := x.reg.byIRI[e]; ent != nil && ent.typ == schema.Person {
			return true
		}
	}
	return false
}

// personSoonAfter reports a person named within n tokens from token k,
// past only lower-case words, titles and a comma ("with her Swedish
// counterpart, X"; not "with reporters").
func (x *extraction) personSoonAfter(si *sentInfo, k, n int) bool {
	for j := k; j < len(si.s.Tokens) && j < k+n; j++ {
		m := x.mentionAt(si, j)
		if m != nil && m.Type == MentionPronoun && m.possessive {
			continue // "with her counterpart, X"
		}
		if m != nil {
			return m.Type == string(schema.Person) && !m.possessive
		}
		if w := si.tok(j); clauseStop(w) || si.s.Tokens[j].Kind != Word && w != "," {
			return false
		}
	}
	return false
}

// pastTitlePhrase skips a title phrase opened by "the" from token k to the
// person's mention it leads to ("by the Foreign Ministry's undersecretary,
// X", "by the undersecretary, X"): that mention's first token; else k.
func (x *extraction) pastTitlePhrase(si *sentInfo, k, lim int) int {
	if si.ltok(k) != "the" {
		return k
	}
	for j := k + 1; j < lim && j <= k+8; j++ {
		if m := x.mentionAt(si, j); m != nil && m.Type == string(schema.Person) && !m.possessive {
			return j
		}
		if w := si.tok(j); clauseStop(w) || si.s.Tokens[j].Kind != Word && w != "," && !possessiveTokens[w] {
			return k
		}
		if si.tok(j) == "," && !x.personStartsAt(si, j+1) {
			return k
		}
	}
	return k
}

// hostAndVisitor splits a visit's participants into the country visited
// and the visitor (the last of each kind); either is "" when missing.
func (x *extraction) hostAndVisitor(participants []string) (host, visitor string) {
	for _, p := range participants {
		if e := x.reg.byIRI[p]; e != nil && e.typ == schema.Country {
			host = p
		} else {
			visitor = p
		}
	}
	return host, visitor
}

// combineVisits makes one contact of a visit or journey to a country and
// the contact held there in the same sentence ("flew to Lisbon for talks with
// President X", "arrived in Lyon ... held talks with Y", "would visit Lima"
// stays alone): the visitor's other contact takes the visit's kind, date,
// status and place when it has none of its own. Journeys that no contact
// explains ("arrived in Lyon for the G20 summit") are dropped when the
// sentence has other triggers.
func (x *extraction) combineVisits(si *sentInfo, trigs []trigInfo, out []candidate) []candidate {
	drop := make([]bool, len(out))
	own := make([]bool, len(out)) // a journey told after a contact on another day
	for i := range out {
		v := &out[i]
		if v.kind != schema.Visit || v.anaphoric || len(v.participants) != 2 || v.invite || v.reference {
			continue
		}
		host, visitor := x.hostAndVisitor(v.participants)
		if host == "" || visitor == "" {
			continue
		}
		invited := false
		for j := range out {
			if out[j].invite && containsStr(out[j].participants, visitor) {
				invited = true // "invited her to visit Norway": the invitation's
			}
		}
		if invited {
			continue
		}
		// the contacts told after the journey first: its purpose ("will
		// travel to Oslo to see Z"), then those before it
		order := make([]int, 0, len(out))
		for j := range out {
			if out[j].trigStart > v.trigStart {
				order = append(order, j)
			}
		}
		for j := range out {
			if out[j].trigStart <= v.trigStart {
				order = append(order, j)
			}
		}
		for _, j := range order {
			o := &out[j]
			if j == i || drop[j] || o.anaphoric || o.remote || !containsStr(o.participants, visitor) || containsStr(o.participants, host) {
				continue
			}
			ok := true
			for _, p := range o.participants {
				if p == visitor {
					continue
				}
				if e := x.reg.byIRI[p]; e == nil || e.typ == schema.Country || e.country != "" && e.country != host {
					ok = false
				}
			}
			if o.place != "" {
				if c := x.countryOfPlace(o.place); c != "" && c != host {
					ok = false
				}
			}
			if ok && o.date != nil && o.trigStart < v.trigStart && future(v.status) != future(o.status) && (v.date != nil && !datesCompatible(v.date, o.date) || v.explicit && (v.date == nil || v.date.Value != o.date.Value)) {
				// "X met Y on Monday and will travel to Oslo on Thursday",
				// "ended his summit with Y on Friday and accepted an
				// invitation to visit Y's country later this year": a
				// journey of its own after the contact, on the other side
				// of now and not on the contact's day
				ok, own[i] = false, true
			}
			if !ok {
				continue
			}
			if o.kind != schema.Summit {
				o.kind, o.weak = schema.Visit, false
			}
			if o.date == nil {
				o.date, o.endDays = v.date, v.endDays
			}
			if v.explicit && (!o.explicit || statusRank(v.status) > statusRank(o.status)) {
				if v.status == schema.Postponed && o.status != schema.Postponed && v.date != nil {
					// "X's visit to Vell, where he was to hold talks in early
					// March, has been postponed to the second half of the
					// year": the new date
					o.date, o.endDays = v.date, v.endDays
				}
				o.status, o.explicit, o.unrealised = v.status, true, v.unrealised
			}
			if v.placeRank > o.placeRank {
				o.place, o.placeRank = v.place, v.placeRank
			}
			drop[i] = true
			break
		}
		if !drop[i] && v.travel && !own[i] {
			// a journey to a multilateral event, or with company; not one
			// to a stop before a contact held in another country ("is due
			// in X's capital on Monday and will meet Y in Z the next day")
			elsewhere := map[int]bool{}
			for j := range out {
				if o := &out[j]; j != i && o.place != "" && containsStr(o.participants, visitor) {
					if c := x.countryOfPlace(o.place); c != "" && c != host {
						elsewhere[o.trigStart] = true
					}
				}
			}
			for _, t := range trigs {
				if t.flag != "travel" && t.flag != "join" && t.kind != schema.Visit && !elsewhere[t.sp.start] {
					drop[i] = true
				}
			}
			if drop[i] && (v.explicit || v.unrealised) {
				// "is expected to travel to X for a summit": the journey's
				// status is the event's; "had been due to travel to X for
				// talks": not realised
				for j := range out {
					if j != i && !out[j].explicit && out[j].trigStart > v.trigStart {
						out[j].status, out[j].explicit, out[j].unrealised = v.status, true, v.unrealised
					}
				}
			}
		}
	}
	var kept []candidate
	for i, c := range out {
		if !drop[i] {
			kept = append(kept, c)
		}
	}
	return kept
}

// captionContact reads a photo caption that shows people together without
// a trigger ("X (L) and Y in Castel, May 15"): a contact on the caption's
// date.
func (x *extraction) captionContact(si *sentInfo) []candidate {
	if !si.s.Caption {
		return nil
	}
	parts, end := x.captionPeople(si)
	if len(parts) < 2 {
		return nil
	}
	// only a place, date or verbless phrase follows: "in Castel", "at Camp David"
	if w := si.ltok(end); w != "in" && w != "at" && w != "outside" && w != "during" && w != "on" {
		return nil
	}
	c := candidate{kind: schema.Meeting, participants: parts, status: schema.Happened, sentence: si.s.Index, trigStart: si.s.Tokens[end].Start}
	for k := range x.timexes {
		tx := &x.timexes[k]
		if tx.Start >= si.s.Start && tx.End <= si.s.End && calendarValue(tx.Value) {
			c.date = &schema.Date{Value: dayValue(tx.Value), Text: tx.Text}
			break
		}
	}
	c.place, c.placeRank = x.placeOf(si, end, len(si.s.Tokens))
	c.evidence = x.evidence(si)
	return []candidate{c}
}

// captionPeople reads the people a photo caption opens with ("X (L) and
// Y", "X, left, and Y"), sorted, and the token after them.
func (x *extraction) captionPeople(si *sentInfo) ([]string, int) {
	var first *Mention
	for i := range si.mentions {
		if si.mentions[i].Type == string(schema.Person) {
			first = &si.mentions[i]
			break
		}
	}
	if first == nil {
		return nil, 0
	}
	var parts []string
	k := first.tok0
	end := k
	for k < len(si.s.Tokens) {
		m := x.mentionAt(si, k)
		if m != nil && m.Type != string(schema.Person) {
			if j, ok := x.modifierOfPerson(si, m, len(si.s.Tokens)); ok {
				m = x.mentionAt(si, j) // "the rebels' political chief X"
			}
		}
		if m == nil || m.Type != string(schema.Person) {
			break
		}
		parts = append(parts, m.Entity)
		k = m.tok1
		if si.tok(k) == "(" && si.tok(k+2) == ")" {
			k += 3
		} else if si.tok(k) == "," && si.tok(k+2) == "," && si.s.Tokens[k+1].Kind == Word && !isCapWord(si.s.Tokens[k+1]) {
			k += 3 // ", left,"
		}
		end = k
		if w := si.ltok(k); w == "," || w == "and" {
			k++
			if si.ltok(k) == "and" {
				k++
			}
			continue
		}
		break
	}
	parts = dedupe(parts)
	sort.Strings(parts)
	return parts, end
}

// namedEvent reports an event noun named after an organisation or a
// capitalised name ("the G20 summit", "a NATO summit", "the 17th Group of
// 20 (G20) summit"): a gathering of its own, not a contact named before.
func (x *extraction) namedEvent(si *sentInfo, a int) bool {
	k := a - 1
	if si.tok(k) == ")" {
		k = skipParenBack(si, k)
	}
	if m := x.mentionAt(si, k); m != nil {
		return m.Type == string(schema.Organisation)
	}
	t := si.s.Tokens
	return k > 0 && k < len(t) && (isCapWord(t[k]) || isAllCaps(t[k].Text)) && !isCapWord(t[k-1]) && si.ltok(k-1) != "-"
}

// indefiniteNoun reports "a meeting", "an informal summit".
func (x *extraction) indefiniteNoun(si *sentInfo, a int) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		switch si.ltok(k) {
		case "a", "an", "another", "separate":
			return true // "separate talks": a contact of its own
		case "the", "this", "that", "their", "his", "her", "its", ",":
			return false
		}
	}
	return false
}

// sentenceActors are the actors a sentence names or refers to.
func (x *extraction) sentenceActors(idx int) []string {
	if idx < 0 || idx >= len(x.infos) {
		return nil
	}
	var out []string
	for i := range x.infos[idx].mentions {
		m := &x.infos[idx].mentions[i]
		if actorMention(m) {
			out = append(out, mentionEntities(m)...)
		}
	}
	return out
}

// endingSpan reads "wrapped up a two-day visit", "ended a three-day
// trip", "at the end of a two-day visit" before a trigger at token a: the trigger's date is the last of that
// many days; 0 otherwise.
func (x *extraction) endingSpan(si *sentInfo, a int) int {
	for k := range x.timexes {
		tx := &x.timexes[k]
		if tx.Type != "DURATION" || tx.Start < si.s.Start || tx.End > si.s.End {
			continue
		}
		ta, tb := si.spanToks(tx.Start, tx.End)
		if tb > a || a-tb > 1 || !strings.HasPrefix(tx.Value, "P") || !strings.HasSuffix(tx.Value, "D") {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(tx.Value, "P"), "D"))
		if err != nil || n < 2 || n > 14 {
			continue
		}
		for k := ta - 1; k >= 0 && k >= ta-3; k-- {
			switch si.ltok(k) {
			case "wrapped", "ended", "concluded", "completed", "closed", "wound", "finished", "ending", "concluding", "wrapping", "closing":
				return n
			case "of":
				if si.ltok(k-1) == "end" { // "at the end of a three-day visit"
					return n
				}
			}
		}
	}
	return 0
}

// startingSpan reads "arrived on Tuesday for a three-day visit" after a
// verb of travel ending at token b (or right before the visit noun at token
// noun, when noun >= 0): the contact starts on its date and lasts that many
// days; 0 otherwise.
func (x *extraction) startingSpan(si *sentInfo, b, noun int) int {
	for k := range x.timexes {
		tx := &x.timexes[k]
		if tx.Type != "DURATION" || tx.Start < si.s.Start || tx.End > si.s.End {
			continue
		}
		ta, tb := si.spanToks(tx.Start, tx.End)
		if noun >= 0 && (tb > noun || noun-tb > 2) || noun < 0 && (ta < b || ta > b+10) {
			continue
		}
		if si.ltok(ta-1) != "a" || si.ltok(ta-2) != "for" || !strings.HasSuffix(tx.Value, "D") {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(tx.Value, "P"), "D"))
		if err != nil || n < 2 || n > 14 {
			continue
		}
		return n
	}
	return 0
}

// fromStart reports a date inside the days a contact starting on c's date
// took.
func fromStart(c *candidate, d *schema.Date) bool {
	if c.startDays < 2 || c.date == nil || d == nil {
		return false
	}
	ic, err1 := schema.ParseDateValue(c.date.Value)
	id, err2 := schema.ParseDateValue(d.Value)
	if err1 != nil || err2 != nil {
		return false
	}
	last := ic.Begin.AddDate(0, 0, c.startDays)
	return !id.Begin.Before(ic.Begin) && !id.End.After(last)
}

// soonAfter reports a day d within a week after the day a.
func soonAfter(a, d *schema.Date) bool {
	if a == nil || d == nil || len(a.Value) != 10 || len(d.Value) != 10 {
		return false
	}
	ta, err1 := time.Parse("2006-01-02", a.Value)
	td, err2 := time.Parse("2006-01-02", d.Value)
	return err1 == nil && err2 == nil && !td.Before(ta) && td.Sub(ta) <= 7*24*time.Hour
}

// firstDay is the first day of a contact of several days dated by its
// last ("ended a two-day meeting on Friday": Thursday), or nil.
func firstDay(c *candidate) *schema.Date {
	if c.endDays < 2 || c.date == nil || len(c.date.Value) != 10 {
		return nil
	}
	t, err := time.Parse("2006-01-02", c.date.Value)
	if err != nil {
		return nil
	}
	d := *c.date
	d.Value = t.AddDate(0, 0, 1-c.endDays).Format("2006-01-02")
	return &d
}

// withinSpan reports a date inside the days a contact ending on c's date
// took.
func withinSpan(c *candidate, d *schema.Date) bool {
	if c.endDays < 2 || c.date == nil || d == nil {
		return false
	}
	ic, err1 := schema.ParseDateValue(c.date.Value)
	id, err2 := schema.ParseDateValue(d.Value)
	if err1 != nil || err2 != nil {
		return false
	}
	first := ic.End.AddDate(0, 0, -c.endDays)
	return !id.Begin.Before(first) && !id.End.After(ic.End)
}

// countriesOf is the countries among ids.
func (x *extraction) countriesOf(ids []string) []string { return x.ofType(ids, schema.Country) }

// countriesByName reports actors that are all countries of the lexicon,
// named or only by their adjective ("Norwegian and Swedish negotiators").
func (x *extraction) countriesByName(ids []string) bool {
	for _, id := range ids {
		if e := x.reg.byIRI[id]; e != nil && e.typ != schema.Country || e == nil && x.lx.countryByIRI(id) == "" {
			return false
		}
	}
	return len(ids) > 0
}

// noPeople reports participants that are all countries or organisations
// the article names.
func (x *extraction) noPeople(ids []string) bool {
	for _, id := range ids {
		if e := x.reg.byIRI[id]; e == nil || e.typ != schema.Country && e.typ != schema.Organisation {
			return false
		}
	}
	return len(ids) > 0
}

// allCountries reports participants that are all countries.
func (x *extraction) allCountries(ids []string) bool {
	for _, id := range ids {
		if e := x.reg.byIRI[id]; e == nil || e.typ != schema.Country {
			return false
		}
	}
	return len(ids) > 0
}

// cueTarget is the trigger a status cue governs: the trigger right after it
// ("called off a planned visit", "had been due to meet") or else the first
// trigger before it ("the meeting ... has been postponed"); -1 if none.
func (x *extraction) cueTarget(si *sentInfo, trigs []trigInfo, c span) int {
	ca, cb := si.spanToks(c.start, c.end)
	if w := si.ltok(cb - 1); strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "tion") {
		// a noun ("the postponement of the summit") governs only through "of"
		if si.ltok(cb) != "of" {
			return -1
		}
		cb++
	}
	for j := range trigs {
		if trigs[j].a >= cb && trigs[j].a <= cb+3 && !subordinateBetween(si, cb, trigs[j].a) {
			return j
		}
	}
	// "had been due to hold a second round of border talks": across the
	// lower-case words of one verb phrase
	for j := range trigs {
		if trigs[j].a > cb+3 && trigs[j].a <= cb+7 {
			ok := true
			for k := cb; k < trigs[j].a; k++ {
				if t := si.s.Tokens[k]; t.Kind != Word || isCapWord(t) || x.mentionAt(si, k) != nil || x.inTimex(si, k) {
					ok = false
				}
			}
			if ok {
				return j
			}
			break
		}
	}
	// "had been due to fly on to Castel on Thursday for talks with X":
	// past the journey to the contact it was for
	switch si.ltok(cb) {
	case "travel", "fly", "go", "head", "come", "return", "continue":
		for j := range trigs {
			if trigs[j].a <= cb || trigs[j].a > cb+16 {
				continue
			}
			ok := true
			for k := cb; k < trigs[j].a; k++ {
				if clauseStop(si.tok(k)) || si.ltok(k) == "but" || si.ltok(k) == "and" && si.tok(k-1) == "," {
					ok = false
				}
			}
			if ok {
				return j
			}
			break
		}
	}
	// ", which was cancelled": the noun the relative clause is about
	for k := ca - 1; k >= 0 && k >= ca-3; k-- {
		if w := si.ltok(k); w == "which" || w == "that" {
			for j := len(trigs) - 1; j >= 0; j-- {
				if trigs[j].b <= k && trigs[j].flag != "join" {
					return j
				}
			}
		}
	}
	// "a summit of X, which Y was to host, was postponed": the noun the
	// closing relative clause is about
	k := ca - 1
	for k > 0 && (si.ltok(k) == "was" || si.ltok(k) == "were" || si.ltok(k) == "has" || si.ltok(k) == "have" || si.ltok(k) == "been" || si.ltok(k) == "had") {
		k--
	}
	if si.tok(k) == "," {
		for j := k - 1; j >= 1 && j >= k-50; j-- {
			if clauseStop(si.tok(j)) {
				break
			}
			if w := si.ltok(j); (w == "which" || w == "that") && si.tok(j-1) == "," {
				for t := len(trigs) - 1; t >= 0; t-- {
					if trigs[t].b <= j-1 && trigs[t].flag != "join" && trigs[t].flag != "host" {
						return t
					}
				}
				break
			}
		}
	}
	// "X and Y held a call after Z's planned trip was called off": the
	// clause a conjunction (or a semicolon) opens holds the cue's subject
	from := 0
	for k := ca - 1; k > 0; k-- {
		switch si.ltok(k) {
		case "after", "because", "although", "though", "but", "while", "whereas", ";":
			from = k + 1
		case "as":
			if si.ltok(k-1) == "even" {
				from = k + 1 // "met on Tuesday ..., even as peace talks were put off again"
			}
		}
		if from > 0 {
			break
		}
	}
	for j := range trigs {
		if trigs[j].b <= ca && trigs[j].a >= from && trigs[j].flag != "join" {
			return j
		}
	}
	return -1
}

// subordinateBetween reports a word opening a clause of its own among
// tokens [a, b): "was cancelled after X was called", "was put off because
// Y".
func subordinateBetween(si *sentInfo, a, b int) bool {
	for k := a; k < b; k++ {
		switch si.ltok(k) {
		case "after", "because", "when", "as", "since", "while", "before", "although", "though":
			return true
		}
	}
	return false
}

// newDate is the date a postponed contact is put off to: a timex right
// after the postponement cue ("to next week", "until late April"); else no
// date, or the one it had when it is not the old one.
func (x *extraction) newDate(si *sentInfo, trigs []trigInfo, i int, old *schema.Date) *schema.Date {
	for _, c := range si.cues {
		if !c.has("postponed") || x.cueTarget(si, trigs, c) != i {
			continue
		}
		ca, cb := si.spanToks(c.start, c.end)
		if w := si.ltok(ca - 1); w == "the" || w == "a" || w == "this" {
			continue // "without giving a reason for the delay": the noun, no new date told
		}
		if si.ltok(cb) == "indefinitely" {
			return nil // "postponed indefinitely in June": no new date
		}
		for k := range x.timexes {
			tx := &x.timexes[k]
			if tx.Start < si.s.Start || tx.End > si.s.End || !calendarValue(tx.Value) {
				continue
			}
			if ta, _ := si.spanToks(tx.Start, tx.End); ta >= cb && ta <= cb+2 {
				if w := si.ltok(ta - 1); (w == "in" || w == "on" || ta == cb) && x.past(tx.Value) {
					continue // "was postponed on Monday", "postponed last month": when it was put off
				}
				return &schema.Date{Value: dayValue(tx.Value), Text: tx.Text}
			}
		}
		// "postponed a visit planned for Friday until early next year"
		for k := range x.timexes {
			tx := &x.timexes[k]
			if tx.Start < si.s.Start || tx.End > si.s.End || !calendarValue(tx.Value) {
				continue
			}
			ta, _ := si.spanToks(tx.Start, tx.End)
			if ta > cb && ta-cb <= 12 && (si.ltok(ta-1) == "until" || si.ltok(ta-1) == "till") && !x.clauseBetween(si, cb, ta) && !x.wordBetween(si, cb, ta, ",") {
				return &schema.Date{Value: dayValue(tx.Value), Text: tx.Text}
			}
		}
		// a date before the cue is the one it was set for
		if tx := trigs[i].timex; tx != nil && tx.Start < c.start {
			return nil
		}
	}
	return old
}

// nowSet gives the date a contact put off is now set for, told after the
// postponement cue of trigger i in a clause of its own: "was postponed last
// month and is now scheduled to open in Addis Ababa on April 28", "has
// been put off and will now take place on May 3". Only a date still to
// come counts. It gives the token of "now" too.
func (x *extraction) nowSet(si *sentInfo, trigs []trigInfo, i int) (*schema.Date, int) {
	from := -1
	for _, c := range si.cues {
		if c.has("postponed") && x.cueTarget(si, trigs, c) == i {
			_, cb := si.spanToks(c.start, c.end)
			from = cb
			break
		}
	}
	if from < 0 {
		return nil, -1
	}
	now := -1
	for k := from; k < len(si.s.Tokens) && k <= from+12; k++ {
		if clauseStop(si.tok(k)) || isQuote(si.tok(k)) {
			break
		}
		if si.ltok(k) == "now" {
			now = k
			break
		}
	}
	if now < 0 {
		return nil, -1
	}
	for k := range x.timexes {
		tx := &x.timexes[k]
		if tx.Start < si.s.Start || tx.End > si.s.End || !calendarValue(tx.Value) || x.past(tx.Value) {
			continue
		}
		if ta, _ := si.spanToks(tx.Start, tx.End); ta > now && ta <= now+10 && !x.clauseBetween(si, now, ta) {
			return &schema.Date{Value: dayValue(tx.Value), Text: tx.Text}, now
		}
	}
	return nil, -1
}

// past reports a date value that ends before the publication date.
func (x *extraction) past(v string) bool {
	iv, err := schema.ParseDateValue(v)
	return err == nil && !iv.End.After(x.doc.Published)
}

// after reports a date value that begins after the publication day.
func (x *extraction) after(v string) bool {
	iv, err := schema.ParseDateValue(v)
	return err == nil && iv.Begin.After(x.doc.Published)
}

// unrealised reports a cue saying that trigger i was arranged but did not
// take place: "had been due to meet", "the meeting had been scheduled for".
func (x *extraction) unrealised(si *sentInfo, trigs []trigInfo, i int) bool {
	for _, c := range si.cues {
		if c.has("unrealised") && x.cueTarget(si, trigs, c) == i && !x.plannedForDuration(si, c) {
			return true
		}
	}
	return false
}

// plannedForDuration reports a cue followed by how long the contact was in
// the making ("had been planned for months"): no sign it fell through.
func (x *extraction) plannedForDuration(si *sentInfo, c span) bool {
	_, cb := si.spanToks(c.start, c.end)
	if si.ltok(cb-1) != "for" {
		if si.ltok(cb) != "for" {
			return false
		}
		cb++
	}
	if si.ltok(cb) == "several" || si.ltok(cb) == "many" || si.ltok(cb) == "some" {
		cb++
	}
	if cb >= len(si.s.Tokens) {
		return false
	}
	off := si.s.Tokens[cb].Start
	for _, tx := range x.timexes {
		if off >= tx.Start && off < tx.End {
			return tx.Type == "DURATION"
		}
	}
	return false
}

// evidence is the evidence span of a sentence.
func (x *extraction) evidence(si *sentInfo) schema.Evidence {
	return schema.Evidence{Document: x.docIRI, Sentence: si.s.Index, Start: si.s.Start, End: si.s.End, Text: si.s.Text}
}

// in-person kinds ranked by specificity.
func kindRank(k schema.EventKind) int {
	switch k {
	case schema.Summit:
		return 4
	case schema.Visit:
		return 3 // the talks held during a visit are the visit
	case schema.Meeting:
		return 2
	case schema.Talks:
		return 1
	}
	return 0
}

func statusRank(s schema.Status) int {
	switch s {
	case schema.Cancelled:
		return 4
	case schema.Postponed:
		return 3
	case schema.Planned:
		return 2
	case schema.Proposed:
		return 1
	}
	return 0
}

func future(s schema.Status) bool { return s != schema.Happened }

// datesCompatible: either is missing or one interval holds the other.
func datesCompatible(a, b *schema.Date) bool {
	if a == nil || b == nil {
		return true
	}
	ia, err1 := schema.ParseDateValue(a.Value)
	ib, err2 := schema.ParseDateValue(b.Value)
	if err1 != nil || err2 != nil {
		return a.Value == b.Value
	}
	return ia.Begin.Before(ib.End) && ib.Begin.Before(ia.End)
}

func finer(a, b *schema.Date) *schema.Date {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	ia, _ := schema.ParseDateValue(a.Value)
	ib, _ := schema.ParseDateValue(b.Value)
	if ib.End.Sub(ib.Begin) < ia.End.Sub(ia.Begin) {
		return b
	}
	return a
}

// weekdayInWeek dates a weekday named without a date ("on Tuesday") in
// the week another mention of the same contact gives ("next week"), when
// it was resolved outside that week; else nil.
// dayInWeek reports a day inside an ISO week ("next week" and "on March 15").
func dayInWeek(week, day *schema.Date) bool {
	if week == nil || day == nil || !strings.Contains(week.Value, "-W") {
		return false
	}
	wi, err1 := schema.ParseDateValue(week.Value)
	di, err2 := schema.ParseDateValue(day.Value)
	return err1 == nil && err2 == nil && di.Granularity == schema.GranDay && !di.Begin.Before(wi.Begin) && di.Begin.Before(wi.End)
}

func weekdayInWeek(week, day *schema.Date) *schema.Date {
	if week == nil || day == nil {
		return nil
	}
	wi, err := schema.ParseDateValue(week.Value)
	if err != nil || !strings.Contains(week.Value, "-W") {
		return nil
	}
	di, err := schema.ParseDateValue(day.Value)
	if err != nil || di.Granularity != schema.GranDay || !di.Begin.Before(wi.Begin) && di.Begin.Before(wi.End) {
		return nil
	}
	f := strings.Fields(day.Text)
	if len(f) == 0 {
		return nil
	}
	for k := 0; k < 7; k++ {
		d := wi.Begin.AddDate(0, 0, k)
		if strings.EqualFold(d.Weekday().String(), f[0]) {
			return &schema.Date{Value: d.Format("2006-01-02"), Text: day.Text}
		}
	}
	return nil
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// placeWithin reports place a inside place b (a city in its country, a
// venue in its city), or b unknown as a place.
func (x *extraction) placeWithin(a, b string) bool {
	be := x.reg.byIRI[b]
	if be == nil || be.typ != schema.Country && !be.place {
		return true
	}
	for i := 0; i < 5 && a != ""; i++ {
		e := x.reg.byIRI[a]
		if e == nil {
			return false
		}
		if e.placeIn == b || e.country == b {
			return true
		}
		a = e.placeIn
	}
	return false
}

// subset reports every element of a in b.
func subset(a, b []string) bool {
	for _, x := range a {
		if !containsStr(b, x) {
			return false
		}
	}
	return true
}

// statesForGovernments puts a country for its government or delegation
// among a contact's participants ("the Quellan government held talks with
// Westland", "the Quellan and Westland delegations met"): the gold
// convention names the country when no person acts for it. The list stays
// as it is when that would leave fewer than two participants.
func (x *extraction) statesForGovernments(ps []string) []string {
	var out []string
	changed := false
	for _, p := range ps {
		if e := x.reg.byIRI[p]; e != nil && e.stateOf != "" {
			c := x.reg.get(e.stateOf, schema.Country, e.last)
			c.place = true
			out = append(out, c.iri)
			changed = true
			continue
		}
		out = append(out, p)
	}
	if !changed {
		return ps
	}
	out = dedupe(out)
	if len(out) < 2 {
		return ps
	}
	sort.Strings(out)
	return out
}

// dropRepresented drops a country that a participant of it stands for
// ("Nepal proposed hosting the three officials", one of them Nepal's): a
// person stands for their country. At least two participants remain.
func (x *extraction) dropRepresented(ps []string) []string {
	var out []string
	for _, p := range ps {
		e := x.reg.byIRI[p]
		represented := false
		if e != nil && e.typ == schema.Country {
			for _, q := range ps {
				if o := x.reg.byIRI[q]; o != nil && o.typ == schema.Person && string(o.country) == p {
					represented = true
				}
			}
		}
		if !represented {
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		return ps
	}
	return out
}

// selfOnly reports a contact of one person and their own country: no one
// meets, calls or visits the country they act for, so the reading that
// gave it took the wrong party ("invited to visit Stockholm by the Swedish
// prime minister" is not the prime minister's visit).
func (x *extraction) selfOnly(ps []string) bool {
	if len(ps) != 2 {
		return false
	}
	for i, p := range ps {
		e, q := x.reg.byIRI[p], ps[1-i]
		if e != nil && e.typ == schema.Person && e.country != "" && e.country == q {
			if c := x.reg.byIRI[q]; c != nil && c.typ == schema.Country {
				return true
			}
		}
	}
	return false
}

// countriesNamed finds the contact of countries a contact of people in the
// next sentence names the people of: as many people as countries, each of
// one of those countries or of none the article gives, the same kind of
// contact at a compatible date and state; -1 if none.
func (x *extraction) countriesNamed(evs []*candidate, c *candidate) int {
	if len(c.participants) < 2 {
		return -1
	}
	for _, p := range c.participants {
		if e := x.reg.byIRI[p]; e == nil || e.typ != schema.Person {
			return -1
		}
	}
	for i := len(evs) - 1; i >= 0; i-- {
		e := evs[i]
		if e.lastSentence != c.sentence-1 || len(e.participants) > len(c.participants) {
			continue
		}
		if !kindsCompatible(e, c) || !datesCompatible(e.date, c.date) || future(e.status) != future(c.status) {
			continue
		}
		if len(e.participants) < len(c.participants) {
			// "Talks between A and B ended on Saturday. The round, chaired
			// by W, brought together A's X and B's Y": a person for each
			// country, and a chair of none
			if x.allCountries(e.participants) && x.eachCountryNamed(e.participants, c.participants) {
				return i
			}
			continue
		}
		if c.delegates && len(unionSorted(e.participants, c.participants)) == len(e.participants)+len(c.participants) {
			// "The government and the rebels held talks. The government
			// delegation, led by X, and rebels headed by Y ...": the
			// sides' leaders
			return i
		}
		if !x.allCountries(e.participants) {
			continue
		}
		known := 0
		ok := true
		for _, p := range c.participants {
			pc := string(x.reg.byIRI[p].country)
			if pc == "" {
				continue
			}
			if !containsStr(e.participants, pc) {
				ok = false
			}
			known++
		}
		if ok && known >= 1 {
			return i
		}
	}
	return -1
}

// eachCountryNamed reports people of whom each country of cs has at least
// one, and the others (at most two) none: a chair or an envoy.
func (x *extraction) eachCountryNamed(cs, people []string) bool {
	covered := map[string]bool{}
	free := 0
	for _, p := range people {
		pc := string(x.reg.byIRI[p].country)
		switch {
		case pc == "":
			free++
		case containsStr(cs, pc):
			covered[pc] = true
		default:
			return false
		}
	}
	return len(covered) == len(cs) && free <= 2
}

// distinctContacts reports two contacts of the same people that cannot be
// one: held at different places, or one called off or put off and the
// other newly offered ("the summit was called off ... X remained ready to
// meet Y"; "proposed that they meet in Rome").
func (x *extraction) distinctContacts(a, b *candidate) bool {
	if a.place != "" && b.place != "" && a.place != b.place && !x.placeWithin(a.place, b.place) && !x.placeWithin(b.place, a.place) {
		return true
	}
	if a.named != b.named {
		return true // a named summit and a contact held on its sidelines
	}
	if a.previous != b.previous && a.sentence != b.sentence && !(a.date != nil && b.date != nil && a.date.Value == b.date.Value) {
		return true // "hosted X for the talks. The two last met in February": two contacts
	}
	if a.tally != b.tally && ((a.date == nil) != (b.date == nil) || a.sentence == b.sentence) {
		return true // "twice, most recently on May 5": the series and its member
	}
	off := func(s schema.Status) bool { return s == schema.Cancelled || s == schema.Postponed }
	if a.invite && a.status == schema.Proposed && b.explicit && b.status == schema.Planned && !b.invite || b.invite && b.status == schema.Proposed && a.explicit && a.status == schema.Planned && !a.invite {
		// "X will travel to Castel on Monday for talks with Y ... X has
		// also invited Y to visit": an invitation not accepted is another
		// contact than one arranged
		return true
	}
	return a.explicit && b.explicit && (a.status == schema.Proposed && off(b.status) || b.status == schema.Proposed && off(a.status))
}

func kindsCompatible(a, b *candidate) bool {
	if a.weak && a.kind == schema.Talks || b.weak && b.kind == schema.Talks {
		return true
	}
	return a.remote == b.remote
}

// offDate reports a contact whose date may differ from the one it was
// first set for: postponed, cancelled or not realised.
func offDate(c *candidate) bool {
	return c.status == schema.Postponed || c.status == schema.Cancelled
}

// nameOffices puts the person the article names as holding an office in
// the place of the country the office stood for where it was not yet named
// ("Kenya's president hosted ..." before "President William Ruto of Kenya").
//
// An office named by its country alone that the article never names a
// holder of makes no contact of countries only ("Norway's foreign
// minister has cancelled a visit to Sweden"): it is told of as if no one
// were named, and the people the next sentences name take part.
func (x *extraction) nameOffices(cands []candidate) {
	for _, o := range x.res.offices {
		who := x.res.holderOf(o)
		if who == "" && o.single {
			for i := range cands {
				c := &cands[i]
				if c.sentence != o.sentence || !containsStr(c.participants, o.country) {
					continue
				}
				countries := true
				for _, p := range c.participants {
					if e := x.reg.byIRI[p]; e == nil || e.typ != schema.Country {
						countries = false
					}
				}
				if countries {
					// told of as if no one were named: the contact the
					// next sentences name
					c.participants, c.anaphoric = nil, true
				}
			}
		}
		if who == "" {
			continue
		}
		for i := range cands {
			c := &cands[i]
			if c.sentence != o.sentence || containsStr(c.participants, who) {
				continue
			}
			for j, p := range c.participants {
				if p == o.country {
					c.participants[j] = who
					sort.Strings(c.participants)
					break
				}
			}
			for j, p := range c.hosts {
				if p == o.country {
					c.hosts[j] = who
				}
			}
		}
	}
}

// mergeEvents merges the candidates that mention the same contact and
// builds the events.
func (x *extraction) mergeEvents(cands []candidate) []schema.Event {
	var evs []*candidate
	var evidence [][]schema.Evidence
	addEvidence := func(i int, e schema.Evidence) {
		for _, o := range evidence[i] {
			if o.Sentence == e.Sentence {
				return
			}
		}
		evidence[i] = append(evidence[i], e)
	}
	// joinInto adds c's people to the latest contact ok accepts and
	// reports whether there was one
	joinInto := func(c *candidate, ok func(e *candidate) bool) bool {
		for i := len(evs) - 1; i >= 0; i-- {
			if e := evs[i]; ok(e) {
				if c.represents && x.allCountries(e.participants) {
					// the heads of the countries' delegations stand for them
					e.participants = nil
				} else if people := x.personsOf(e.participants); c.represents && len(people) > 0 && len(people) < len(e.participants) && x.allCountries(minus(e.participants, people)) && len(x.res.countriesOfPeople(people)) > 0 {
					// "A's X chaired the summit of A, B and C. B was
					// represented by Y": the people stand for their countries
					e.participants = people
				}
				if of := x.res.countriesOfPeople(c.participants); len(of) == len(c.participants) && len(e.participants) > 0 {
					// "The prime ministers of A, B and C met. A's X chaired
					// the summit": X stands for A
					e.participants = minus(e.participants, of)
				}
				e.participants = unionSorted(e.participants, c.participants)
				addEvidence(i, c.evidence)
				e.lastSentence = max(e.lastSentence, c.sentence)
				return true
			}
		}
		return false
	}
	merge := func(dst, src *candidate) {
		if dst.weak && !src.weak {
			dst.kind, dst.weak, dst.remote = src.kind, false, src.remote
		} else if !src.weak && !dst.remote && kindRank(src.kind) > kindRank(dst.kind) {
			dst.kind = src.kind
		}
		if d := weekdayInWeek(dst.date, src.date); d != nil {
			// "next week" + "on Tuesday": the Tuesday of that week
			dst.date = d
		} else if d := weekdayInWeek(src.date, dst.date); d != nil {
			dst.date = d
		} else if withinSpan(dst, src.date) {
			// "wrapped up a two-day visit on Friday" + "met on Thursday"
			dst.date, dst.endDays = src.date, 0
		} else if withinSpan(src, dst.date) {
			dst.endDays = 0
		}
		switch {
		case dst.unrealised && !src.unrealised && src.explicit && (src.status == schema.Postponed || src.status == schema.Cancelled):
			// "had been scheduled for March 3" + "postponed until April"
			dst.status, dst.unrealised = src.status, false
			if src.status == schema.Postponed {
				dst.date = src.date
			}
			src = &candidate{placeRank: src.placeRank, place: src.place, hosts: src.hosts, kind: src.kind, weak: src.weak, remote: src.remote}
		case src.unrealised && !dst.unrealised && dst.explicit && (dst.status == schema.Postponed || dst.status == schema.Cancelled):
			if dst.status == schema.Postponed {
				src = &candidate{placeRank: src.placeRank, place: src.place, hosts: src.hosts, kind: src.kind, weak: src.weak, remote: src.remote, status: dst.status}
			}
		}
		if datesCompatible(dst.date, src.date) {
			dst.date = finer(dst.date, src.date)
		}
		if src.placeRank > dst.placeRank {
			dst.place, dst.placeRank = src.place, src.placeRank
		}
		if future(dst.status) && future(src.status) && statusRank(src.status) > statusRank(dst.status) && (src.explicit || !dst.explicit) {
			dst.status = src.status
			dst.explicit = dst.explicit || src.explicit
		}
		dst.hosts = unionSorted(dst.hosts, src.hosts)
		if dst.startDays == 0 && datesCompatible(dst.date, src.date) {
			dst.startDays = src.startDays
		}
	}
	for ci := range cands {
		// "Wednesday's talks were ... The two ministers later had a
		// working lunch with X": the same people, in person, later that
		// day ("She later held a call with Y", with someone else, says
		// no day)
		c := &cands[ci]
		if !c.later || c.date != nil || c.status != schema.Happened || c.remote {
			continue
		}
		var date *schema.Date
		same := false
		for cj := ci - 1; cj >= 0; cj-- {
			o := &cands[cj]
			if o.sentence < c.sentence-2 {
				break
			}
			if o.sentence == c.sentence {
				continue
			}
			if date == nil && o.date != nil && o.status == schema.Happened && !o.reference && !o.series {
				date = o.date
			}
			if !same && len(o.participants) >= 2 {
				same = true
				for _, p := range o.participants {
					if !containsStr(c.participants, p) {
						same = false
					}
				}
				if !same {
					break
				}
			}
		}
		if same && date != nil && len(date.Value) == 10 {
			c.date = date
		}
	}
	for ci := range cands {
		// "cancelled a visit planned for next week ... X had been due to
		// travel to Y on Tuesday": the Tuesday of the week the contact
		// was planned for, told just before
		c := &cands[ci]
		if c.date == nil || !future(c.status) || len(c.participants) < 2 {
			continue
		}
		for cj := ci - 1; cj >= 0 && cands[cj].sentence >= c.sentence-1; cj-- {
			o := &cands[cj]
			if o.sentence == c.sentence || o.kind != c.kind || o.status != c.status {
				continue
			}
			if d := weekdayInWeek(o.date, c.date); d != nil {
				c.date = d
				break
			}
		}
	}
	var pending *candidate // the latest anaphoric contact nothing took
	type sideline struct {
		e         *candidate // the gathering
		trigStart int        // its noun in the sentence
	}
	sidelines := map[int]sideline{} // sentence → the gathering its "on the sidelines of the summit" refers to
	var lateReps []candidate        // people representing a country at a gathering whose people are named later
	var orphanReps []candidate      // people representing a country at a gathering no contact told just before
	var pendings []*candidate       // all of them in pending's sentence
	for ci := range cands {
		c := cands[ci]
		if c.alongside {
			// the gathering named just before: its date and place
			for j := ci - 1; j >= 0 && cands[j].sentence >= c.sentence-1; j-- {
				if o := &cands[j]; o.anaphoric && o.kind == c.kind && !o.series {
					c.date, c.place, c.placeRank = o.date, o.place, o.placeRank
					if !c.explicit || c.status == schema.Happened {
						c.status, c.explicit = o.status, o.explicit
					}
					break
				}
			}
		}
		if c.attendedTold && joinInto(&c, func(e *candidate) bool {
			// "X held talks with Y. On the Westland side, the expanded talks
			// were attended by A and B": A and B at X and Y's talks
			return e.lastSentence >= c.sentence-2 && e.lastSentence < c.sentence && len(e.participants) >= 2 && (e.remote == c.remote || c.weak) && future(e.status) == future(c.status) && datesCompatible(e.date, c.date)
		}) {
			continue
		}
		if c.alongside && c.weak && !c.gathered && joinInto(&c, func(e *candidate) bool {
			// "The summit of the X Forum opened on Thursday, hosted by Y.
			// Leaders from 16 countries attended, among them A, B and C":
			// the people at the gathering of a body told just before
			return e.lastSentence >= c.sentence-2 && e.lastSentence < c.sentence && (e.kind == schema.Summit || e.kind == schema.Meeting) && len(x.orgsOf(e.participants)) > 0
		}) {
			continue
		}
		if p := pending; p != nil && !c.anaphoric && len(c.participants) >= 2 && (c.sentence == p.sentence+1 || c.sentence == p.sentence+2 && (x.triggerHead(&c) == x.triggerHead(p) && x.triggerHead(p) == "summit" || x.pronounSubject(c.sentence) && !contactIn(cands, p.sentence+1))) && (x.pronounSubject(c.sentence) || (x.definiteTrigger(&c) || c.alongside || len(evs) == 0 && p.date != nil && !x.after(p.date.Value) && p.kind != schema.Summit && !x.gatheringWord(p)) && c.date == nil) {
			// (a lead that tells when and where of talks, and no one
			// before: "... agreed on Wednesday, after talks in Vilnius. X
			// hosted Y and Z at the government palace"; not of a
			// conference, at which the people next named may meet apart)
			// "Leaders wrapped up a summit in Dornvik on Monday. It brought
			// together X, Y and Z": the contact named before, now with
			// its people; so too "The presidents held a virtual meeting
			// on Monday. X and Y agreed during the conversation ...".
			// "held a virtual meeting on Friday to discuss a summit
			// later this month. The meeting was chaired by X": the one
			// named by the same noun, before the latest
			same := false
			if head := x.triggerHead(&c); head != "" {
				for _, o := range pendings {
					if o.sentence == p.sentence && x.triggerHead(o) == head && datesCompatible(o.date, c.date) {
						p, same = o, true
					}
				}
			}
			if !same && c.gathered && p.remote && datesCompatible(p.date, c.date) {
				// "held their first meeting by video conference. The
				// meeting brought together X, Y and Z": the call
				same = true
				c.kind, c.remote = p.kind, true
			}
			if same || kindsCompatible(p, &c) && datesCompatible(p.date, c.date) {
				pp := *p
				if !c.explicit && p.explicit && future(p.status) {
					// "will hold a summit ... He would welcome her to such a
					// meeting": the plan said before
					c.status, c.explicit = p.status, true
				}
				pp.status, pp.explicit = c.status, c.explicit
				if same && pp.remote && !c.remote {
					c.kind, c.remote, c.weak = pp.kind, true, false // "a virtual meeting" … "the meeting"
				}
				merge(&c, &pp)
				for _, o := range pendings {
					if c.place == "" && o.sentence == p.sentence && o.place != "" && datesCompatible(o.date, c.date) {
						// "Ministers met in Oslo on Tuesday for a round
						// table": the place of the verb, the day of the noun
						c.place, c.placeRank = o.place, o.placeRank
					}
				}
				pending, pendings = nil, nil
			}
		}
		if c.represents {
			// "The meeting was chaired by A and joined by B. Ostmark was
			// represented by C": C at the latest gathering, told of in the
			// sentence or two before
			joined := joinInto(&c, func(e *candidate) bool {
				// (a gathering of countries' delegations takes their heads,
				// listed: "The other heads of delegation were X, Y and Z")
				return e.lastSentence >= c.sentence-2 && len(e.participants) >= 2 && (!x.allCountries(e.participants) || len(e.participants) >= 3 && len(x.personsOf(c.participants)) >= 2)
			})
			if p := pending; !joined && c.roster && p != nil && p.kind != schema.Call && !future(p.status) && c.sentence-max(p.sentence, p.lastSentence) <= 3 && datesCompatible(p.date, c.date) {
				// "The summit opened on Friday. X was the host. His guests
				// were A, B and C": the gathering told of, with its people
				// (a host named alone waits for the others)
				all := unionSorted(p.participants, c.participants)
				if len(all) < 2 {
					p.participants, p.lastSentence = all, c.sentence
					continue
				}
				cc := *p
				cc.participants, cc.anaphoric, cc.lastSentence = all, false, c.sentence
				if cc.status == "" {
					cc.status = schema.Happened
				}
				evs = append(evs, &cc)
				evidence = append(evidence, []schema.Evidence{p.evidence, c.evidence})
				pending, pendings = nil, nil
				continue
			}
			if !joined {
				orphanReps = append(orphanReps, c)
			}
			if !joined && (pending != nil && pending.kind != schema.Call && c.sentence-pending.sentence <= 2 || c.gathered) {
				// "Leaders wrapped up a summit on Monday. Ostmark was
				// represented by X, who hosted the meeting. It brought
				// together Y and Z": X at the gathering whose people the
				// next sentence names
				lateReps = append(lateReps, c)
			}
			continue
		}
		if c.joinPeople != nil {
			// joining the latest contact of the people joined; with none
			// told just before, the joining is a gathering of its own
			// ("That evening, at a reception, X and Y were joined by Z")
			joined := false
			for i := len(evs) - 1; i >= 0; i-- {
				e := evs[i]
				if e.remote && (c.sentence > e.lastSentence+1 || c.place != "") || e.lastSentence < c.sentence-6 {
					continue // a call is joined only in the sentence after it, from nowhere
				}
				sub := true
				for _, p := range c.joinPeople {
					if !containsStr(e.participants, p) {
						sub = false
					}
				}
				of := x.res.countriesOfPeople(c.joinPeople)
				if !sub && len(of) == len(c.joinPeople) && len(of) >= 2 && subset(of, e.participants) && (c.status == "" || future(e.status) == future(c.status)) {
					// "The presidents of A and B will meet on Thursday. A's
					// X and B's Y will be joined by Z": the people stand
					// for their countries
					e.participants, sub = minus(e.participants, of), true
				}
				if sub {
					e.participants = unionSorted(e.participants, c.participants)
					addEvidence(i, c.evidence)
					e.lastSentence = max(e.lastSentence, c.sentence)
					joined = true
					break
				}
			}
			if p := pending; !joined && p != nil && (c.sentence == p.sentence+1 || c.sentence == p.sentence+2 && subset(c.joinPeople, p.participants)) && datesCompatible(p.date, c.date) {
				// "The leaders held a call on Wednesday. X, who proposed
				// the call, was joined on the line by Y and Z": the
				// contact told of just before, with its people
				cc := *p
				cc.participants, cc.anaphoric, cc.lastSentence = unionSorted(p.participants, c.participants), false, c.sentence
				if cc.status == "" {
					cc.status = schema.Happened
				}
				evs = append(evs, &cc)
				evidence = append(evidence, []schema.Evidence{p.evidence, c.evidence})
				pending, pendings = nil, nil
				continue
			}
			if !joined && c.remote {
				cc := c
				cc.joinPeople, cc.lastSentence = nil, c.sentence
				evs = append(evs, &cc)
				evidence = append(evidence, []schema.Evidence{c.evidence})
				continue
			}
			if !joined && len(c.joinPeople) >= 2 && x.joinedAtGathering(c.sentence) {
				cc := c
				cc.joinPeople, cc.lastSentence = nil, c.sentence
				if cc.status == "" {
					cc.status = schema.Happened
				}
				evs = append(evs, &cc)
				evidence = append(evidence, []schema.Evidence{c.evidence})
			}
			continue
		}
		if c.joinLatest && (c.status == schema.Happened || x.pastJoin(&c)) {
			if p := pending; p != nil && c.bareJoin && len(p.participants) > 0 && !future(p.status) && c.sentence == p.sentence+1 && datesCompatible(p.date, c.date) {
				// "X chaired a virtual summit on Tuesday. Y joined forty
				// minutes late": Y at X's summit
				cc := *p
				cc.participants, cc.anaphoric, cc.lastSentence = unionSorted(p.participants, c.participants), false, c.sentence
				if len(cc.participants) > len(p.participants) {
					evs = append(evs, &cc)
					evidence = append(evidence, []schema.Evidence{p.evidence, c.evidence})
					pending, pendings = nil, nil
					continue
				}
			}
			if p := pending; p != nil && !c.bareJoin && !future(p.status) && (c.sentence == p.sentence+1 || c.sentence == p.sentence && len(p.participants) == 0 && c.trigStart <= p.trigStart) && datesCompatible(p.date, c.date) {
				// (and "X chaired a virtual summit on Tuesday": the chair of
				// the gathering the verb takes, whom later joiners meet)
				// "The meeting of the ministers opened on Tuesday. X
				// chaired the meeting. She was joined by Y and Z": X at
				// the contact told of just before, whose people the next
				// sentence may name
				p.participants = unionSorted(p.participants, c.participants)
				continue
			}
			// "X joined the call for its final minutes": X in the contact
			// told of just before
			if joinInto(&c, func(e *candidate) bool {
				return !future(e.status) && e.lastSentence >= c.sentence-2 && (e.remote == c.remote || c.bareJoin) && len(e.participants) >= 2 && (!c.bareJoin || datesCompatible(c.date, e.date))
			}) {
				continue
			}
		}
		if c.joinLatest {
			// joining the latest contact still to come, at its place
			joined := false
			for i := len(evs) - 1; i >= 0; i-- {
				e := evs[i]
				if e.remote || !future(e.status) || e.sentence < c.sentence-6 || c.place != "" && e.place != "" && c.place != e.place {
					continue
				}
				all := unionSorted(e.participants, c.participants)
				if len(all) == len(e.participants) {
					break
				}
				cc := c
				cc.participants, cc.joinLatest, cc.joinBase, cc.anaphoric = all, false, e.participants, false
				cc.date, cc.lastSentence = e.date, c.sentence
				if cc.place == "" {
					cc.place, cc.placeRank = e.place, e.placeRank
				}
				evs = append(evs, &cc)
				evidence = append(evidence, []schema.Evidence{c.evidence})
				joined = true
				break
			}
			if p := pending; !joined && p != nil && future(p.status) && !p.remote && !p.series && c.sentence-p.sentence <= 3 && len(c.participants) >= 2 {
				// "The prime ministers of the Nordic countries will meet in
				// Oslo in week 14. ... A, B and C have all confirmed they
				// will attend": the gathering told of, with its people
				cc := *p
				cc.participants, cc.anaphoric, cc.lastSentence = c.participants, false, c.sentence
				for j := p.sentence; j < c.sentence; j++ {
					// "The meeting, hosted by X, ...": its host too
					cc.participants = unionSorted(cc.participants, x.nounHostedBy(x.infos[j]))
				}
				if kindRank(c.kind) > kindRank(cc.kind) {
					cc.kind = c.kind
				}
				evs = append(evs, &cc)
				evidence = append(evidence, []schema.Evidence{p.evidence, c.evidence})
				pending, pendings = nil, nil
			}
			continue
		}
		if c.anaphoric && c.series {
			// "the next round", "a fourth round": a new round of the latest talks
			si := x.infos[c.sentence]
			if heads := x.headsLeading(si, si.tokIndex(c.trigStart)); len(heads) >= 2 {
				// "... next round of talks in May, with X and Y leading the
				// two delegations": the round of those who lead it
				cc := c
				cc.anaphoric, cc.participants = false, heads
				evs = append(evs, &cc)
				evidence = append(evidence, []schema.Evidence{c.evidence})
				continue
			}
			// the latest round, or talks of the countries themselves,
			// before the latest talks of any kind ("Second round in
			// Lausanne", after the leaders' talks on a visit)
			pick := -1
			for i := len(evs) - 1; i >= 0 && pick < 0; i-- {
				if e := evs[i]; !e.remote && (e.series || x.allCountries(e.participants)) {
					pick = i
				}
			}
			for i := len(evs) - 1; i >= 0; i-- {
				if pick >= 0 && i != pick {
					continue
				}
				e := evs[i]
				if e.remote || e.kind != schema.Talks && !x.allCountries(e.participants) && len(x.countriesOf(e.participants)) < 2 {
					continue
				}
				if datesCompatible(c.date, e.date) && future(c.status) == future(e.status) {
					cc := c
					cc.status, cc.explicit = e.status, false
					merge(e, &cc)
					addEvidence(i, c.evidence)
				} else {
					cc := c
					cc.anaphoric, cc.participants = false, e.participants
					if cs := x.countriesOf(e.participants); len(cs) >= 2 {
						cc.participants = cs // the parties, not a host who attended
					}
					evs = append(evs, &cc)
					evidence = append(evidence, []schema.Evidence{c.evidence})
				}
				break
			}
			continue
		}
		if c.pronoun {
			// "A meeting of X and Y was pencilled in for 2 May. It has
			// now been pushed back to June": the contact arranged in the
			// sentence before
			for i := len(evs) - 1; i >= 0; i-- {
				e := evs[i]
				if e.lastSentence < c.sentence-1 {
					break
				}
				if e.status != schema.Planned && e.status != schema.Proposed && !e.unrealised {
					continue
				}
				if c.status == schema.Postponed && c.date != nil && e.date != nil && !laterDate(c.date, e.date) {
					continue
				}
				e.status, e.explicit, e.unrealised = c.status, true, false
				if c.status == schema.Postponed {
					e.date = c.date
				}
				addEvidence(i, c.evidence)
				e.lastSentence = c.sentence
				break
			}
			continue
		}
		if c.anaphoric && c.returner != "" {
			// "X is expected to return the visit": X to the country of
			// the one who visited X
			for i := len(evs) - 1; i >= 0; i-- {
				e := evs[i]
				if e.remote || e.kind == schema.Call || len(e.participants) != 2 || !containsStr(e.participants, c.returner) {
					continue // the visit returned, told as a visit or as the talks held during it
				}
				other := e.participants[0]
				if other == c.returner {
					other = e.participants[1]
				}
				// the host of a return visit made is the one who visited;
				// of one still to come, not yet named, the country
				host := other
				if oe := x.reg.byIRI[other]; oe != nil && oe.typ == schema.Person && future(c.status) {
					host = oe.country
				}
				if host == "" || x.ownCountry(c.returner, host) {
					break
				}
				cc := c
				cc.anaphoric, cc.participants, cc.lastSentence = false, unionSorted([]string{c.returner}, []string{host}), c.sentence
				evs = append(evs, &cc)
				evidence = append(evidence, []schema.Evidence{c.evidence})
				break
			}
			continue
		}
		if c.anaphoric {
			// attach to the best compatible event: the same place, people
			// named in the sentence, then the latest
			people := x.sentenceActors(c.sentence)
			best, bestScore := -1, -1
			for i := len(evs) - 1; i >= 0; i-- {
				e := evs[i]
				if !kindsCompatible(e, &c) || c.kind == schema.Call && !e.remote || c.named {
					continue
				}
				if c.indefinite && e.lastSentence != c.sentence && !x.infos[c.sentence].s.Caption {
					continue // "a meeting": a new contact unless of this sentence
				}
				if c.indefinite && c.reference && e.sentence == c.sentence {
					continue // "X was due to host Y, the first since a meeting in Talsk": another contact
				}
				if c.place != "" && e.place != "" && c.place != e.place {
					continue
				}
				if c.kind == schema.Summit && !c.weak && e.kind != schema.Summit && c.date != nil && c.place != "" && e.place == "" {
					continue // "their two-day summit in Castel on June 8": a gathering of its own, not a contact placed nowhere
				}
				putOff := e.unrealised && c.explicit && (c.status == schema.Postponed || c.status == schema.Cancelled)
				if x.rescheduled(&c, e) || x.delayed(&c, e) {
					// "... had postponed a trip. The meeting would now take
					// place in May"; "were due to meet on 12 March, but the
					// meeting was pushed back to 2 April"
					putOff = true
				}
				if !datesCompatible(c.date, e.date) && !putOff && !withinSpan(e, c.date) {
					// unless "had been due this month" + "pushed back to
					// January", or "ended two days of talks on Thursday" +
					// "The talks, which opened on Wednesday"
					continue
				}
				if future(c.status) != future(e.status) && c.explicit {
					continue
				}
				if c.explicit && offDate(&c) && e.status == schema.Proposed {
					continue // an offer not taken up is not what was put off
				}
				if e.status == schema.Proposed && c.date != nil && !future(c.status) {
					continue // a dated contact that took place is no mere offer
				}
				if e.status == schema.Happened && c.date != nil && x.after(c.date.Value) {
					continue // "the leaders' meeting in Honiara in September, which both are expected to attend": not the talks held
				}
				score := 0
				if c.place != "" && c.place == e.place {
					score += 4
				}
				if c.kind == schema.Summit && e.kind == schema.Summit && !c.weak {
					score++ // "the summit": a summit before a meeting
				}
				if c.kind == e.kind && !c.weak && c.kind != schema.Summit {
					score++ // "the meeting": a meeting before a later visit
				}
				if putOff {
					score += 3 // what was due and did not happen is what was put off
				}
				for _, p := range e.participants {
					if containsStr(people, p) {
						score += 2
						break
					}
				}
				if score > bestScore {
					best, bestScore = i, score
				}
			}
			if best < 0 && !c.named && !c.series && (c.date != nil || c.place != "") {
				if pending == nil || pending.sentence != c.sentence {
					pendings = nil
				}
				pending = &cands[ci]
				pendings = append(pendings, pending)
			}
			if best >= 0 {
				e := evs[best]
				if x.rescheduled(&c, e) || x.delayed(&c, e) {
					// the new date of a contact put off (none if the
					// article gives none)
					e.status, e.explicit, e.unrealised, e.date = schema.Postponed, true, false, c.date
					addEvidence(best, c.evidence)
					e.lastSentence = max(e.lastSentence, c.sentence)
					continue
				}
				cc := c
				if !(e.unrealised && c.explicit && (c.status == schema.Postponed || c.status == schema.Cancelled)) {
					cc.status = e.status
					cc.explicit = false
				}
				merge(e, &cc)
				addEvidence(best, c.evidence)
				e.lastSentence = max(e.lastSentence, c.sentence)
				if x.onSidelinesOf(x.infos[c.sentence], x.infos[c.sentence].tokIndex(c.trigStart)) && e.status == schema.Happened {
					sidelines[c.sentence] = sideline{e, c.trigStart}
				}
			}
			continue
		}
		if p := pending; p != nil && !c.anaphoric && p.date != nil && c.date != nil && p.sentence >= 0 && p.sentence < len(x.infos) && x.headline(x.infos[p.sentence]) && c.sentence <= p.sentence+3 &&
			strictlyInside(p.date.Value, c.date.Value) && kindsCompatible(p, &c) && future(p.status) == future(c.status) && (p.place == "" || c.place == "" || p.place == c.place) {
			// "Leaders to meet in Helsinki on Tuesday" over "X and Y will
			// host a summit in Helsinki next week": the headline's day
			c.date = p.date
		}
		if sl, ok := sidelines[c.sentence]; ok && sl.trigStart != c.trigStart && !c.anaphoric && c.date == nil && c.status == schema.Happened && len(c.participants) >= 2 && sl.e.date != nil && !x.statusCueIn(x.infos[c.sentence]) {
			e := sl.e

			// "On the margins of the round table, X and Y met": the day
			// and place of the gathering told of before
			c.date = e.date
			if c.place == "" {
				c.place, c.placeRank = e.place, e.placeRank
			}
		}
		if i := x.countriesNamed(evs, &c); i >= 0 {
			// "Officials from A, B and C held a call. X, who led A's side,
			// spoke with Y and Z": the people named for the countries
			e := evs[i]
			e.participants = c.participants
			merge(e, &c)
			addEvidence(i, c.evidence)
			e.lastSentence = max(e.lastSentence, c.sentence)
			continue
		}
		found := -1
		caption := x.infos[c.sentence].s.Caption
		for i, e := range evs {
			if caption && !sameSet(e.participants, c.participants) && subset(c.participants, e.participants) && e.date == nil && !future(e.status) && !future(c.status) {
				// a photo of some of the people of an undated contact:
				// the contact, dated by the caption
				found = i
				continue
			}
			if !sameSet(e.participants, c.participants) || !kindsCompatible(e, &c) {
				continue
			}
			if !datesCompatible(e.date, c.date) && !(e.unrealised && offDate(&c) || c.unrealised && offDate(e)) && !withinSpan(e, c.date) && !withinSpan(&c, e.date) {
				continue
			}
			if future(e.status) != future(c.status) || x.distinctContacts(e, &c) {
				continue
			}
			found = i
		}
		if found >= 0 {
			merge(evs[found], &c)
			addEvidence(found, c.evidence)
			evs[found].lastSentence = max(evs[found].lastSentence, c.sentence)
			continue
		}
		cc := c
		cc.lastSentence = c.sentence
		evs = append(evs, &cc)
		evidence = append(evidence, []schema.Evidence{c.evidence})
	}
	lateJoined := map[int]bool{}
	for _, c := range lateReps {
		for i, e := range evs {
			if e.remote || e.kind == schema.Visit || len(e.participants) < 2 || x.allCountries(e.participants) || e.sentence <= c.sentence && e.lastSentence <= c.sentence || e.sentence > c.sentence+2 {
				continue // (a gathering is chaired, a visit is not)
			}
			e.participants = unionSorted(e.participants, c.participants)
			addEvidence(i, c.evidence)
			lateJoined[c.trigStart] = true
			break
		}
	}
	var unjoined []candidate
	for _, c := range orphanReps {
		if !lateJoined[c.trigStart] {
			unjoined = append(unjoined, c)
		}
	}
	// A multilateral gathering the article reports from.
	droppedTravel := map[int]bool{}
	// the gathering its lead tells of, with the people placed at it, or
	// else one reported from its city
	g := x.gathering(cands)
	if f := x.frameLead(cands, 0, len(x.infos)); g == nil || f != nil && f.anaphoric && g.date != nil && f.date != nil && !datesCompatible(g.date, f.date) {
		// (not a gathering of the dateline's city told of on another day)
		g = nil
		var travels []int
		evs, evidence, travels = x.frameGathering(cands, evs, evidence, unjoined)
		for _, i := range travels {
			droppedTravel[i] = true // arriving for it is no visit to the host country
		}
	}
	if g != nil {
		absent := x.absentPeople()
		kept := g.participants[:0]
		for _, p := range g.participants {
			if !absent[p] {
				kept = append(kept, p) // "X is skipping the summit"
			}
		}
		g.participants = kept
		// and the people the article places at it who lead no country
		// ("Uruguay's X has arrived", "Vice-President Y was the last to
		// arrive", "Z is attending as an observer")
		x.placedAt(cands, g, g.sentence+1, len(x.infos), absent, unjoined)
	}
	if g != nil && len(g.participants) < 2 {
		g = nil
	}
	if g != nil {
		for i, e := range evs {
			seed := e.kind == schema.Summit && e.sentence == g.sentence && e.trigStart == g.trigStart
			if seed || !e.remote && (e.kind == schema.Summit || e.kind == schema.Meeting) && (e.place == g.place || e.place == "") && (e.date != nil && g.date != nil && datesCompatible(e.date, g.date) || g.date == nil && e.sentence <= g.sentence+2) && !future(e.status) && len(x.personsOf(e.participants)) >= 3 {
				// the gathering told with its people already: its people too
				e.participants = unionSorted(e.participants, g.participants)
				if seed && e.place == "" {
					e.place = g.place
				}
				addEvidence(i, g.evidence)
				g = nil
				break
			}
		}
	}
	if g != nil {
		g.lastSentence = g.sentence
		evs = append(evs, g)
		evidence = append(evidence, []schema.Evidence{g.evidence})
		// arriving for it is no visit to the host country
		for i, e := range evs {
			if e.travel && e.place == g.place && len(e.participants) == 2 {
				for _, p := range e.participants {
					if containsStr(g.participants, p) {
						droppedTravel[i] = true
					}
				}
			}
		}
	}
	// A visit to a country is the contact with its host when the article
	// names one.
	gone := x.resolveVisitHosts(evs, evidence, merge)
	for i := range droppedTravel {
		gone[i] = true
	}
	// A joiner's event takes the date and place of the event joined.
	for _, e := range evs {
		if e.joinBase == nil {
			continue
		}
		for _, b := range evs {
			if b != e && sameSet(b.participants, e.joinBase) && !b.remote && future(b.status) {
				if e.date == nil {
					e.date = b.date
				}
				if e.place == "" {
					e.place, e.placeRank = b.place, b.placeRank
				}
			}
		}
	}
	var out []schema.Event
	for i, c := range evs {
		if gone[i] {
			continue
		}
		if c.sentence >= 0 && c.sentence < len(x.infos) {
			// "The leaders of A and B spoke by phone", the leaders named in
			// the article: the people
			x.countryHolders(x.infos[c.sentence], c)
		}
		c.participants = x.dropSpokespeople(x.dropRepresented(x.statesForGovernments(c.participants)))
		if x.selfOnly(c.participants) {
			continue
		}
		if c.weak {
			switch {
			case c.place != "" && c.placeRank >= 2, c.kind == schema.Call && x.onSidelinesAfter(c):
				// "spoke on the sidelines": in person
				c.kind = schema.Meeting
			case c.kind == "":
				c.kind = schema.Talks
			}
		}
		if c.kind == schema.Meeting && !c.remote && x.summitLike(c) {
			c.kind = schema.Summit
		}
		if c.kind == schema.Summit {
			c.participants = x.summitPeople(c.participants, c.place)
		}
		if d := firstDay(c); d != nil {
			c.date = d
		}
		dv := ""
		if c.date != nil {
			dv = c.date.Value
		}
		ev := schema.Event{
			ID:           schema.EventIRI(c.kind, c.participants, dv, x.doc.ID, i),
			Kind:         c.kind,
			Participants: c.participants,
			Hosts:        c.hosts,
			Place:        c.place,
			Date:         c.date,
			Status:       c.status,
			Evidence:     evidence[i],
		}
		ev.CAMEO = x.cameo(c)
		var names []string
		for _, p := range c.participants {
			if e := x.reg.byIRI[p]; e != nil {
				names = append(names, e.name)
			}
		}
		ev.Label = titleCase(string(c.kind)) + ": " + strings.Join(names, " and ")
		out = append(out, ev)
	}
	return out
}

// gatheredBy reads a sentence about the gathering the sentence before
// named, its subject a pronoun, its verb one of bringing people together:
// "It brought together X, Y and Z", "It was attended by X and Y". It is a
// summit of those people, taking place before the article.
func (x *extraction) gatheredBy(si *sentInfo) (candidate, bool) {
	if len(si.s.Tokens) < 5 {
		return candidate{}, false
	}
	v := 1 // the verb after the subject
	also := false
	var joinedSubj []string
	if k, a, ok := x.attendanceList(si); ok {
		// "Present were X, Y and Z": the gathering just told of, with
		// its people
		v, also = -k-1, a
	} else if k, subj, ok := x.joinedByList(si); ok {
		// "X was joined by Y of A, Z of B and W of C": the gathering just
		// told of, X and the people who joined X there
		v, joinedSubj = -k-1, subj
	} else if !x.pronounSubject(si.s.Index) {
		if v = x.gatheringSubject(si); v < 0 {
			return candidate{}, false
		}
	}
	k := v
	switch {
	case v < 0:
		k = -v - 1
	case si.ltok(v) == "brought" && si.ltok(v+1) == "together":
		k = v + 2
	case si.ltok(v) == "had" && si.ltok(v+1) == "brought" && si.ltok(v+2) == "together":
		k = v + 3
	case si.ltok(v) == "was" && si.ltok(v+1) == "attended" && si.ltok(v+2) == "by":
		k = v + 3
	case si.ltok(v) == "included" || si.ltok(v) == "includes":
		k = v + 1 // "The call, chaired by X, included Y and Z"
	default:
		return candidate{}, false
	}
	var people []string
	list := x.entityList(si, k, len(si.s.Tokens))
	if l := x.listedPeople(si, k); v < 0 || len(l) > len(list) && x.relativeAfterFirst(si, k) {
		// "brought together X, who chaired it, and Y": past the clause
		list = l
	}
	list = append(list, joinedSubj...)
	if v < 0 {
		// "Around the table with her sat X, Y and Z": she too
		for _, m := range si.mentions {
			if e := x.reg.byIRI[m.Entity]; m.Type == MentionPronoun && m.tok1 < k && si.ltok(m.tok0-1) == "with" && e != nil && e.typ == schema.Person {
				list = append(list, m.Entity)
			}
		}
	}
	if v > 0 {
		// "brought together X and a Ruvendan delegation led by Y": Y;
		// "The round, chaired by W, brought together": W
		list = append(list, x.headsAfterBy(si, k, len(si.s.Tokens))...)
		list = append(list, x.headsAfterBy(si, 1, v)...)
	}
	for _, p := range list {
		if e := x.reg.byIRI[p]; e != nil && e.typ == schema.Person && !containsStr(people, p) {
			people = append(people, p)
		}
	}
	if len(people) < 2 && v > 0 {
		// "brought together delegations from A, B and C": the countries
		people = x.delegationsFrom(si, k)
	}
	if len(people) < 2 {
		return candidate{}, false
	}
	sort.Strings(people)
	if v < 0 {
		// the kind, date, place and state are the gathering's; "Also
		// attending were" adds to the people already named
		c := candidate{kind: schema.Talks, weak: true, alongside: !also, represents: also, sentence: si.s.Index, trigStart: si.s.Tokens[0].Start, participants: people, status: schema.Happened}
		c.evidence = x.evidence(si)
		for i := si.s.Index - 1; i >= 0 && i >= si.s.Index-2; i-- {
			// where and when the gathering told of just before took place
			ti := x.infos[i]
			if len(ti.triggers) == 0 {
				continue
			}
			if c.place == "" {
				a, _ := ti.spanToks(ti.triggers[0].start, ti.triggers[0].end)
				c.place, c.placeRank = x.placeOf(ti, a, len(ti.s.Tokens))
			}
			if k := schema.EventKind(ti.triggers[0].phrases[0].class); i < si.s.Index && c.kind == schema.Talks && k == schema.Call {
				c.kind = k // "They held a video call. Taking part are ...": the call, not in person
			}
			for k := range x.timexes {
				if tx := &x.timexes[k]; c.date == nil && tx.Start >= ti.s.Start && tx.End <= ti.s.End && calendarValue(tx.Value) {
					c.date = &schema.Date{Value: dayValue(tx.Value), Text: tx.Text}
				}
			}
		}
		return c, true
	}
	c := candidate{kind: gatheringKind(si, v), sentence: si.s.Index, trigStart: si.s.Tokens[v].Start, participants: people, status: schema.Happened}
	for _, t := range si.triggers {
		if a, _ := si.spanToks(t.start, t.end); a < v {
			// "The meeting brought together": the gathering its noun names,
			// spoken of before
			c.trigStart, c.gathered = t.start, true
			break
		}
	}
	for i := range x.timexes {
		// "held on June 12-13": the subject's own date
		if tx := &x.timexes[i]; tx.Start >= si.s.Start && tx.End <= si.s.Tokens[v].Start && calendarValue(tx.Value) {
			c.date = &schema.Date{Value: dayValue(tx.Value), Text: tx.Text}
			break
		}
	}
	if c.date == nil {
		// "brought together X, Y and Z on Tuesday": a date right after the
		// list
		last := -1
		for _, m := range si.mentions {
			if m.tok0 > v && containsStr(people, m.Entity) {
				last = max(last, m.tok1)
			}
		}
		for i := range x.timexes {
			tx := &x.timexes[i]
			if last < 0 || tx.Start < si.s.Tokens[min(last, len(si.s.Tokens)-1)].Start || tx.End > si.s.End || !calendarValue(tx.Value) {
				continue
			}
			if ta := si.tokIndex(tx.Start); ta <= last+2 && !x.breakBetween(si, last, ta) {
				c.date = &schema.Date{Value: dayValue(tx.Value), Text: tx.Text}
			}
			break
		}
	}
	c.place, c.placeRank = x.placeOf(si, 0, v)
	c.evidence = x.evidence(si)
	return c, true
}

// joinedByList reads a sentence that opens "X was joined by" (X a person)
// with no contact word of its own, a contact told in one of the two
// sentences before: the token the list of joiners starts at, and X.
func (x *extraction) joinedByList(si *sentInfo) (int, []string, bool) {
	var m *Mention
	for i := range si.mentions {
		// "X", "Kessia's Foreign Minister X" opening the sentence
		if o := &si.mentions[i]; o.Type == string(schema.Person) && !o.possessive && (o.tok0 == 0 || o.tok0 == 2 && possessiveTokens[si.tok(1)]) {
			m = o
			break
		}
	}
	if m == nil {
		return 0, nil, false
	}
	k := m.tok1
	if w := si.ltok(k); w != "was" && w != "is" || si.ltok(k+1) != "joined" || si.ltok(k+2) != "by" {
		return 0, nil, false
	}
	while := len(si.s.Tokens)
	for j := k; j < len(si.s.Tokens); j++ {
		if si.ltok(j) == "while" || si.ltok(j) == "whereas" {
			while = j // "..., while Tzanata sent its deputy, X": a clause of its own
			break
		}
	}
	for _, t := range si.triggers {
		if a, _ := si.spanToks(t.start, t.end); a != k+1 && a < while {
			return 0, nil, false
		}
	}
	for i := si.s.Index - 1; i >= 0 && i >= si.s.Index-2; i-- {
		if len(x.infos[i].triggers) > 0 {
			return k + 3, []string{m.Entity}, true
		}
	}
	return 0, nil, false
}

// delegationsFrom reads "delegations from A, B and C" (or "delegates",
// "representatives", "negotiators", "envoys" from or of) at token k: the
// countries and bodies listed, when at least two.
func (x *extraction) delegationsFrom(si *sentInfo, k int) []string {
	switch si.ltok(k) {
	case "delegations", "delegates", "representatives", "negotiators", "envoys":
	default:
		return nil
	}
	if w := si.ltok(k + 1); w != "from" && w != "of" {
		return nil
	}
	var out []string
	for _, p := range x.entityList(si, k+2, len(si.s.Tokens)) {
		if e := x.reg.byIRI[p]; e != nil && (e.typ == schema.Country || e.typ == schema.Organisation) && !containsStr(out, p) {
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// purposeOf is the index of the verb trigger whose purpose the noun
// trigger i names after "for", in the same clause ("due to meet on Dec. 15
// for a summit"), or -1.
func (x *extraction) purposeOf(si *sentInfo, trigs []trigInfo, i int) int {
	t := &trigs[i]
	if t.pos != "noun" {
		return -1
	}
	f := -1
	for k := t.a - 1; k >= 0 && k >= t.a-4; k-- {
		if si.ltok(k) == "for" {
			f = k
			break
		}
		if si.s.Tokens[k].Kind != Word {
			return -1
		}
	}
	if f < 0 {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		o := &trigs[j]
		if o.pos != "verb" || o.b > f || f-o.b > 10 {
			continue
		}
		for k := o.b; k < f; k++ {
			if w := si.tok(k); w == "," || clauseStop(w) {
				return -1
			}
		}
		return j
	}
	return -1
}

// firstOfSeries reports "the first", "the inaugural" or "the previous"
// opening the noun phrase of the trigger at token k ("The first Central
// Asia–Germany summit"): an earlier contact of a series.
func firstOfSeries(si *sentInfo, k int) bool {
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		switch si.ltok(j) {
		case "first", "inaugural", "previous":
			return si.ltok(j-1) == "the"
		}
		if w := si.tok(j); (w == "," || clauseStop(w)) && !(j+1 < len(si.s.Tokens) && isCapWord(si.s.Tokens[j-1]) && isCapWord(si.s.Tokens[j+1])) {
			return false // (not the dash of "Central Asia–Germany")
		}
	}
	return false
}

// headsAfterBy are the people named right after "led by", "headed by",
// "chaired by" or "hosted by" in tokens [k, lim): the heads of delegations
// and the chair of a gathering.
func (x *extraction) headsAfterBy(si *sentInfo, k, lim int) []string {
	var out []string
	for j := k; j+1 < lim; j++ {
		switch si.ltok(j) {
		case "led", "headed", "chaired", "hosted":
			if si.ltok(j+1) != "by" {
				continue
			}
			if p := x.firstPersonAfter(si, j+2, lim, 8); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// gatheringKind is the kind of contact the noun opening a sentence names
// ("The three-day round brought together ..."): talks for a round or
// negotiations, a meeting, a call, else a summit.
func gatheringKind(si *sentInfo, v int) schema.EventKind {
	for k := 1; k < v && k < 6; k++ {
		switch si.ltok(k) {
		case "talks", "round", "negotiations", "sessions":
			return schema.Talks
		case "meeting", "table", "roundtable":
			return schema.Meeting
		case "call":
			return schema.Call
		case "summit", "gathering", "forum", "conference":
			return schema.Summit
		}
	}
	return schema.Summit
}

// relativeAfterFirst reports a relative clause set off after the first
// name of a list from token k: "X of Norland, who hosted it, Y and Z".
func (x *extraction) relativeAfterFirst(si *sentInfo, k int) bool {
	for i := k; i+1 < len(si.s.Tokens) && i < k+12; i++ {
		if si.tok(i) == "," {
			w := si.ltok(i + 1)
			return w == "who" || w == "whose"
		}
	}
	return false
}

// pastJoin reports a candidate read from a join verb in the simple past
// ("X joined the call", "attended", "took part in"), not after a modal or
// an auxiliary of the future ("will join", "had been due to join").
func (x *extraction) pastJoin(c *candidate) bool {
	si := x.infos[c.sentence]
	// the verb, or the verb before the noun it joins ("joined the call")
	for k := si.tokIndex(c.trigStart); k >= 0 && k >= si.tokIndex(c.trigStart)-4; k-- {
		switch si.ltok(k) {
		case "joined", "attended", "took", "participated", "sat":
			w := si.ltok(k - 1)
			return !modalWord(w) && w != "had" && w != "have" && w != "has" && w != "be"
		}
	}
	return false
}

// subjectPastRelative reads the subject of a passive verb at token a
// across a relative clause set off by commas: "X, who proposed the call,
// was joined by Y" gives X.
func (x *extraction) subjectPastRelative(si *sentInfo, a int) []string {
	k := a - 1
	for k > 0 && (si.ltok(k) == "was" || si.ltok(k) == "were" || si.ltok(k) == "been" || si.ltok(k) == "had" || si.ltok(k) == "has") {
		k--
	}
	if si.tok(k) != "," {
		return nil
	}
	for j := k - 1; j > 0 && j > k-20; j-- {
		if clauseStop(si.tok(j)) {
			return nil
		}
		if si.tok(j) != "," {
			continue
		}
		if w := si.ltok(j + 1); w != "who" && w != "which" {
			return nil
		}
		if m := x.mentionAt(si, j-1); m != nil && m.tok1 == j && (m.Type == string(schema.Person) || m.Type == MentionGroup) {
			return mentionEntities(m)
		}
		return nil
	}
	return nil
}

// peopleFrom gives the people a list names from token k, or else the first
// person named within n tokens (firstPersonAfter).
func (x *extraction) peopleFrom(si *sentInfo, k, n int) []string {
	var ps []string
	for _, p := range x.entityList(si, k, len(si.s.Tokens)) {
		if e := x.reg.byIRI[p]; e != nil && e.typ == schema.Person {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		if p := x.firstPersonAfter(si, k, len(si.s.Tokens), n); p != "" {
			ps = []string{p}
		}
	}
	return ps
}

// firstPersonAfter is the first person named from token k within n tokens,
// before a clause stop or lim: the name a long title leads to ("the
// executive secretary of the bloc, X"); "" if none.
func (x *extraction) firstPersonAfter(si *sentInfo, k, lim, n int) string {
	if j := x.firstPersonTokAfter(si, k, lim, n); j >= 0 {
		return x.mentionAt(si, j).Entity
	}
	return ""
}

// firstPersonTokAfter is the token of firstPersonAfter's person, or -1.
func (x *extraction) firstPersonTokAfter(si *sentInfo, k, lim, n int) int {
	for j := k; j < lim && j < len(si.s.Tokens) && j < k+n && !clauseStop(si.tok(j)); j++ {
		if m := x.mentionAt(si, j); m != nil && m.Type == string(schema.Person) {
			return j
		}
	}
	return -1
}

// listedPeople gives the people a list names from token k to the end of
// the sentence, past the relative clauses set off in it ("X of Varnland,
// who hosted the meeting in the old hall, Y and Z") and past quotes.
func (x *extraction) listedPeople(si *sentInfo, k int) []string {
	quoted := quotedTokens(si)
	rel := make([]bool, len(si.s.Tokens))
	for i := k; i < len(si.s.Tokens); i++ {
		if si.tok(i-1) != "," {
			continue
		}
		switch si.ltok(i) {
		case "who", "whose", "which", "whom":
			for j := i; j < len(si.s.Tokens) && si.tok(j) != ","; j++ {
				rel[j] = true
			}
		}
	}
	var out []string
	for i := range si.mentions {
		m := &si.mentions[i]
		if m.tok0 < k || rel[m.tok0] || quoted[m.tok0] || m.Type != string(schema.Person) {
			continue
		}
		if !containsStr(out, m.Entity) {
			out = append(out, m.Entity)
		}
	}
	return out
}

// attendanceList reads a sentence opening with a list of the people at
// the gathering told of just before ("Present were X, Y and Z", "Also
// attending were", "Among those present were"): the token the list starts
// at, and whether "also" adds them to people already named. A contact
// word must be in the sentence or the two before it.
func (x *extraction) attendanceList(si *sentInfo) (int, bool, bool) {
	for k := 1; k+3 < len(si.s.Tokens); k++ {
		// "Leaders from 31 countries attended, among them X, Y and Z"
		if w := si.ltok(k); (w == "attended" || w == "took") && (w == "attended" || si.ltok(k+1) == "part") {
			j := k + 1
			if w == "took" {
				j++
			}
			if si.tok(j) != "," {
				continue
			}
			switch {
			case si.ltok(j+1) == "among" && si.ltok(j+2) == "them":
				j += 3
			case si.ltok(j+1) == "including":
				j += 2
			default:
				continue
			}
			for i := si.s.Index; i >= 0 && i >= si.s.Index-2; i-- {
				if len(x.infos[i].triggers) > 0 {
					return j, false, true
				}
			}
		}
	}
	for _, c := range si.cues {
		if !c.has("attendlist") {
			continue
		}
		a, b := si.spanToks(c.start, c.end)
		if a > 2 {
			continue // an opener of at most two words: "Also", "Among those", "Seated"
		}
		also := false
		for k := 0; k < a; k++ {
			switch si.ltok(k) {
			case "also", "other":
				also = true
			case "among", "those", "the", "seated", "sitting", "gathered":
			default:
				a = -1
			}
		}
		if a < 0 {
			continue
		}
		if w := si.ltok(b + 1); si.ltok(b) == "with" && (w == "her" || w == "him" || w == "them") {
			b += 2 // "Seated around the table with her were"
		}
		if w := si.ltok(b); w != "were" && w != "was" && w != "are" && w != "is" && w != "included" && w != "sat" || b+1 >= len(si.s.Tokens) {
			continue // ("Around the table with her sat X, Y and Z")
		}
		for i := si.s.Index; i >= 0 && i >= si.s.Index-2; i-- {
			if len(x.infos[i].triggers) > 0 {
				return b + 1, also, true
			}
		}
	}
	return 0, false, false
}

// gatheringSubject gives the token of the verb after a sentence's subject
// that names a gathering, with its modifiers and a participial phrase set
// off by commas: "The two-day summit, held on June 12-13 in the capital,
// brought together"; -1 if the sentence does not open so.
func (x *extraction) gatheringSubject(si *sentInfo) int {
	if si.ltok(0) != "the" && si.ltok(0) != "this" && si.ltok(0) != "that" {
		return -1
	}
	k := 1
	for k < len(si.s.Tokens) && k < 5 && si.s.Tokens[k].Kind == Word || si.tok(k) == "-" {
		if gatheringSubjectNoun(si.ltok(k)) {
			k++
			for gatheringSubjectNoun(si.ltok(k)) {
				k++ // "The round table", "The summit meeting"
			}
			if si.tok(k) == "," {
				// past "held on ... in ...,"
				j := k + 1
				for j < len(si.s.Tokens) && j < k+20 && si.tok(j) != "," && !clauseStop(si.tok(j)) {
					j++
				}
				if si.tok(j) != "," {
					return -1
				}
				k = j + 1
			} else if w := si.ltok(k); w == "in" || w == "at" || w == "on" || w == "of" {
				// "The talks in Lima on Tuesday brought together": past
				// the phrases of place and time to the verb
				for j := k + 1; j < len(si.s.Tokens) && j <= k+10; j++ {
					if si.tok(j) == "," || clauseStop(si.tok(j)) {
						break
					}
					if w := si.ltok(j); w == "brought" && si.ltok(j+1) == "together" || w == "included" || w == "includes" || w == "was" && si.ltok(j+1) == "attended" && si.ltok(j+2) == "by" {
						return j
					}
				}
			}
			return k
		}
		k++
	}
	return -1
}

// gatheringSubjectNoun reports a noun that heads a gathering opening a
// sentence ("The summit", "The round table").
func gatheringSubjectNoun(w string) bool {
	switch w {
	case "gathering", "summit", "meeting", "forum", "conference", "talks", "sessions", "round", "negotiations", "call", "table", "roundtable":
		return true
	}
	return false
}

// postponedCue reports a sentence that puts a contact off ("postponed
// until March"): "until" there gives the new date.
func (x *extraction) postponedCue(si *sentInfo) bool {
	for _, c := range si.cues {
		if c.has("postponed") {
			return true
		}
	}
	return false
}

// definiteTrigger reports a contact named by a noun with a definite
// determiner ("during the hour-long conversation"): one spoken of before.
// triggerHead is the last word of a candidate's trigger, lower-cased:
// "meeting" for "virtual meeting" and for "the meeting".
func (x *extraction) triggerHead(c *candidate) string {
	if c.sentence < 0 || c.sentence >= len(x.infos) {
		return ""
	}
	for _, sp := range x.infos[c.sentence].triggers {
		if sp.start == c.trigStart {
			f := strings.Fields(strings.ToLower(x.text[sp.start:sp.end]))
			if len(f) > 0 {
				return f[len(f)-1]
			}
		}
	}
	return ""
}

func (x *extraction) definiteTrigger(c *candidate) bool {
	if c.sentence < 0 || c.sentence >= len(x.infos) {
		return false
	}
	si := x.infos[c.sentence]
	for _, sp := range si.triggers {
		if sp.start != c.trigStart || sp.phrases[0].pos != "noun" {
			continue
		}
		a := si.tokIndex(sp.start)
		for k := a - 1; k >= 0 && k >= a-5; k-- {
			switch si.ltok(k) {
			case "the", "this", "that", "their":
				return true
			case "such":
				return true // "to such a meeting": the one named before
			}
			if m := x.mentionAt(si, k); m != nil && m.Type == string(schema.Organisation) && m.tok1 == k+1 && m.tok0 >= 1 && si.ltok(m.tok0-1) == "the" {
				return true // "The Nordic Council summit"
			}
			if tk := si.s.Tokens[k]; tk.Text != "-" && (tk.Kind != Word || isCapWord(tk)) || x.mentionAt(si, k) != nil {
				return false
			}
		}
		return false
	}
	return false
}

// attendAlongside reads the object of a join verb ending at b as a
// definite gathering with the people attending alongside the subject
// after it: "attend the gathering alongside X", "attended the summit
// together with X". It gives the gathering's kind.
func (x *extraction) attendAlongside(si *sentInfo, b, lim int) (schema.EventKind, bool) {
	if si.ltok(b) != "the" {
		return "", false
	}
	kind := schema.EventKind("")
	for k := b + 1; k < lim && k <= b+4; k++ {
		switch w := si.ltok(k); w {
		case "gathering", "summit", "forum", "conference", "summit's":
			kind = schema.Summit
		case "meeting", "talks", "session":
			if kind == "" {
				kind = schema.Meeting
			}
		case "alongside":
			return kind, kind != ""
		case "together":
			if si.ltok(k+1) == "with" {
				return kind, kind != ""
			}
		default:
			if t := si.s.Tokens[k]; t.Kind != Word || isCapWord(t) && kind != "" {
				return "", false
			}
		}
	}
	return "", false
}

// joinedAtGathering reports a sentence that places the joining it tells at
// an occasion: "at a reception", "at a dinner", "over lunch".
func (x *extraction) joinedAtGathering(sent int) bool {
	if sent < 0 || sent >= len(x.infos) {
		return false
	}
	si := x.infos[sent]
	for k := 0; k+1 < len(si.s.Tokens); k++ {
		if w := si.ltok(k); w != "at" && w != "over" && w != "during" {
			continue
		}
		j := k + 1
		if w := si.ltok(j); w == "a" || w == "an" || w == "the" {
			j++
		}
		switch si.ltok(j) {
		case "reception", "dinner", "lunch", "breakfast", "banquet", "luncheon", "ceremony", "gala":
			return true
		}
	}
	return false
}

// contactIn reports a candidate of sentence sent that is a contact of its
// own: neither an anaphor nor a person joining a gathering.
func contactIn(cands []candidate, sent int) bool {
	for i := range cands {
		if c := &cands[i]; c.sentence == sent && !c.anaphoric && !c.represents {
			return true
		}
	}
	return false
}

// pronounSubject reports a sentence that opens with "It" or "This": its
// subject is the thing the sentence before spoke of.
func (x *extraction) pronounSubject(sent int) bool {
	if sent < 0 || sent >= len(x.infos) || len(x.infos[sent].s.Tokens) == 0 {
		return false
	}
	w := x.infos[sent].ltok(0)
	return w == "it" || w == "this"
}

// gathering reads a multilateral summit named after an organisation ("the
// Group of 20 summit in Lyon") that the article reports from: its city is
// the dateline's. Its participants are the leaders the article places there:
// named in a sentence that speaks of the summit, or of something "in" or
// "at" its city. It is dated by its own date, else by a contact held on its
// sidelines; with fewer than two leaders there is no event.
// bodySummit reports a summit of a body the sentence names after it,
// which the rules gave its people ("X and Y met in London ahead of
// Thursday's summit of the Group of 20"): a multilateral gathering whose
// attendees the article places elsewhere too.
func (x *extraction) bodySummit(c *candidate) bool {
	if c.anaphoric || c.series || c.remote {
		return false
	}
	si := x.infos[c.sentence]
	if !x.orgAfter(si, si.tokIndex(c.trigStart)) {
		return false
	}
	for _, p := range c.participants {
		if e := x.reg.byIRI[p]; e != nil && e.typ == schema.Organisation {
			return true
		}
	}
	return false
}

// dateline is the start of the article's dateline: the first paragraph
// opening with a word in capitals ("OSLO, May 3 (Coast Wire) --"), after a
// headline; else the start of the text.
func (x *extraction) dateline() string {
	body := x.text[x.doc.Body:min(len(x.text), x.doc.Body+600)]
	lines := 0
	for _, line := range strings.Split(body, "\n") {
		if strings.TrimSpace(line) == "" {
			continue // (blank lines between a headline, a byline and the text)
		}
		if lines++; lines > 3 {
			break
		}
		f := strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == ',' })
		if len(f) > 0 && len(f[0]) > 2 && isAllCaps(f[0]) {
			return line[:min(len(line), 60)]
		}
	}
	return body[:min(len(body), 60)]
}

// leadGathering is the summit an article without a dateline reports from:
// its lead (the first two sentences) places it in a city and, after it,
// names a time of the day of publication ("welcome to our live coverage of the two-day
// leaders' summit in Castel, which opens at 13:00 today"). It gives the
// summit and its city.
func (x *extraction) leadGathering(cands []candidate) (*candidate, string) {
	pub := x.doc.Published.Format("2006-01-02")
	for i := range cands {
		c := &cands[i]
		if c.sentence > 1 {
			break
		}
		if !c.anaphoric || c.kind != schema.Summit || c.series || c.place == "" {
			continue
		}
		si := x.infos[c.sentence]
		today := false
		for k := range x.timexes {
			// a time of this day told after the summit ("which opens at
			// 13:00 today"), not a live blog's stamp before it
			if tx := &x.timexes[k]; tx.Start > c.trigStart && tx.End <= si.s.End && dayValue(tx.Value) == pub {
				today = true
			}
		}
		if e := x.reg.byIRI[c.place]; today && e != nil && e.typ == "" {
			return c, c.place
		}
	}
	return nil, ""
}

func (x *extraction) gathering(cands []candidate) *candidate {
	dateline := strings.ToUpper(x.dateline())
	var g *candidate
	city := ""
	for i := range cands {
		c := &cands[i]
		if c.kind != schema.Summit || !(c.anaphoric && c.named || x.bodySummit(c)) {
			continue
		}
		for _, m := range x.infos[c.sentence].mentions {
			if e := x.reg.byIRI[m.Entity]; m.Type == MentionPlace && e != nil && e.typ == "" && strings.Contains(dateline, strings.ToUpper(e.name)) {
				city = e.iri
			}
		}
		if city != "" {
			g = c
			break
		}
	}
	if g == nil {
		g, city = x.leadGathering(cands)
	}
	if g == nil {
		return nil
	}
	out := *g
	out.anaphoric, out.named, out.place, out.placeRank = false, false, city, 3
	var leaders []string
	var sideDate *schema.Date
	prevSummit := false
	for _, si := range x.infos {
		summit := false
		for _, c := range cands {
			if c.sentence == si.s.Index && c.kind == schema.Summit && (c.anaphoric || c.named) {
				summit = true
				if c.date != nil && out.date == nil && c.named {
					out.date = c.date
				}
			}
		}
		for _, sp := range si.triggers {
			if sp.phrases[0].class == string(schema.Summit) {
				summit = true
			}
		}
		there := summit
		for i := range si.mentions {
			m := &si.mentions[i]
			if m.Entity == city && (si.ltok(m.tok0-1) == "in" || si.ltok(m.tok0-1) == "at") {
				there = true
			}
		}
		if prevSummit || summit {
			// "X, Y and Z are among the leaders taking part" after the
			// summit's sentence
			for _, c := range si.cues {
				if c.has("attendance") {
					there = true
				}
			}
		}
		for _, c := range si.cues {
			if c.has("arrival") || c.has("presence") {
				// "X was among the first to arrive", "told reporters on his
				// way in", "addressing the gathering": at the gathering the
				// article reports from
				there = true
			}
		}
		prevSummit = summit
		if !there {
			continue
		}
		quoted := quotedTokens(si)
		for i := range si.mentions {
			m := &si.mentions[i]
			if m.Type != string(schema.Person) || quoted[m.tok0] {
				continue
			}
			if e := x.reg.byIRI[m.Entity]; e != nil && e.leader && e.typ == schema.Person && !containsStr(leaders, e.iri) {
				leaders = append(leaders, e.iri)
			}
		}
		if summit && sideDate == nil {
			for _, c := range cands {
				if c.sentence == si.s.Index && !c.anaphoric && c.date != nil && !c.remote {
					sideDate = c.date
					break
				}
			}
		}
	}
	if len(leaders) < 2 {
		return nil
	}
	sort.Strings(leaders)
	out.participants = leaders
	if out.date == nil {
		out.date = sideDate
	}
	out.status, out.explicit = schema.Happened, false
	if out.date != nil {
		if iv, err := schema.ParseDateValue(out.date.Value); err == nil && iv.Begin.After(x.doc.Published) {
			out.status = schema.Planned
		}
	}
	return &out
}

// resolveVisitHosts gives a visit to a country ("his first visit to
// Germany", "arrived at Camp David") its host: it is one contact with the
// visitor's meeting with a person of that country, or of unknown country in
// the next or previous sentence, at a compatible date and state; failing
// that, a visiting leader's host is the one leader of that country the
// article names. It reports the events merged away.
func (x *extraction) resolveVisitHosts(evs []*candidate, evidence [][]schema.Evidence, merge func(dst, src *candidate)) map[int]bool {
	gone := map[int]bool{}
	for i, v := range evs {
		if v.kind != schema.Visit || v.remote || len(v.participants) != 2 {
			continue
		}
		host, visitor := x.hostAndVisitor(v.participants)
		if host == "" || visitor == "" {
			continue
		}
		if h := x.possessiveHost(v, visitor, host); h != "" {
			v.participants = unionSorted([]string{visitor}, []string{h})
			continue
		}
		found := -1
		for j, o := range evs {
			if j == i || gone[j] || o.remote || !containsStr(o.participants, visitor) || containsStr(o.participants, host) || len(o.participants) < 2 {
				continue
			}
			near := abs(o.sentence-v.sentence) <= 2 || abs(o.lastSentence-v.sentence) <= 2
			if !datesCompatible(v.date, o.date) && weekdayInWeek(v.date, o.date) == nil && !fromStart(v, o.date) && !withinSpan(v, o.date) && !(v.travel && near && o.sentence > v.sentence && soonAfter(v.date, o.date)) || future(v.status) != future(o.status) {
				// (an arrival, then talks in the days after it: "X arrived in
				// Nairobi on Sunday. On Monday she met Y")
				continue
			}
			ok := true
			if o.place != "" {
				if c := x.countryOfPlace(o.place); c != "" && c != host {
					ok = false
				}
			}
			for _, p := range o.participants {
				if p == visitor {
					continue
				}
				e := x.reg.byIRI[p]
				if e == nil || e.typ == schema.Country || e.country != host && (e.country != "" || !near) {
					ok = false
				}
			}
			if ok {
				found = j
				break
			}
		}
		if found >= 0 {
			o := evs[found]
			if o.kind != schema.Summit {
				o.kind, o.weak = schema.Visit, false
			}
			if v.explicit && (!o.explicit || statusRank(v.status) > statusRank(o.status)) {
				o.status, o.explicit = v.status, true
			}
			merge(o, v)
			for _, ev := range evidence[i] {
				evidence[found] = append(evidence[found], ev)
			}
			gone[i] = true
			continue
		}
		if ve := x.reg.byIRI[visitor]; ve != nil && ve.leader {
			var leaders []string
			for _, iri := range x.reg.order {
				if e := x.reg.byIRI[iri]; e.typ == schema.Person && e.leader && e.country == host {
					leaders = append(leaders, iri)
				}
			}
			if len(leaders) == 1 && x.hostInView(v, evidence[i], leaders[0]) {
				v.participants = unionSorted([]string{visitor}, leaders)
				continue
			}
		}
		if ve := x.reg.byIRI[visitor]; ve != nil && ve.typ == schema.Person && v.sentence >= 0 && v.sentence < len(x.infos) {
			// "X, who floated the idea with Westland's Y during a visit to
			// Castel": the one person of the host country the visit's
			// sentence names
			var hosts []string
			si := x.infos[v.sentence]
			for _, m := range si.mentions {
				e := x.reg.byIRI[m.Entity]
				if m.Type != string(schema.Person) || e == nil || e.country != host || containsStr(hosts, e.iri) {
					continue
				}
				k := m.tok0 - 1
				if possessiveTokens[si.tok(k)] {
					if cm := x.mentionAt(si, k-1); cm != nil && cm.Type == string(schema.Country) {
						k = cm.tok0 - 1
					}
				}
				if si.ltok(k) == "with" {
					hosts = append(hosts, e.iri) // "with Westland's Y"
				}
			}
			if len(hosts) == 1 && hosts[0] != visitor {
				v.participants = unionSorted([]string{visitor}, hosts)
			}
		}
	}
	return gone
}

// possessiveHost reads the host of a visit to a country from the
// visitor's "host" named in apposition in the visit's sentence or the
// next: "X became the first president to visit Westland. His talks with
// his host, President Y, ..." (Y, a person of the host country or of no
// known country, hosts the visit).
func (x *extraction) possessiveHost(v *candidate, visitor, host string) string {
	for s := v.sentence; s >= 0 && s <= v.sentence+1 && s < len(x.infos); s++ {
		si := x.infos[s]
		for k := 1; k+1 < len(si.s.Tokens); k++ {
			if si.ltok(k) != "host" {
				continue
			}
			pm := x.mentionAt(si, k-1)
			if pm == nil || pm.Type != MentionPronoun || pm.Entity != visitor {
				continue
			}
			j := k + 1
			if si.tok(j) == "," {
				j++
			}
			m := x.mentionAt(si, j)
			if m == nil || m.Type != string(schema.Person) || m.tok0 != j || m.Entity == visitor {
				continue
			}
			if e := x.reg.byIRI[m.Entity]; e == nil || e.country != "" && e.country != host {
				continue
			}
			return m.Entity
		}
	}
	return ""
}

// hostInView reports a host country's one leader the visit's mentions
// make its host: named in a sentence of the visit, or among a group there
// or in the next sentence ("the two leaders"), or the visit is an
// invitation taken up ("accepted an invitation to visit Moscow").
func (x *extraction) hostInView(v *candidate, evidence []schema.Evidence, leader string) bool {
	for _, ev := range evidence {
		if ev.Sentence < 0 || ev.Sentence >= len(x.infos) {
			continue
		}
		si := x.infos[ev.Sentence]
		for _, m := range si.mentions {
			if m.Entity == leader || containsStr(m.Members, leader) {
				return true
			}
		}
		// "X arrived in the Quellanian capital ... The two leaders discussed":
		// a group of the next sentence that holds the leader
		if ev.Sentence+1 < len(x.infos) {
			for _, m := range x.infos[ev.Sentence+1].mentions {
				if m.Type == MentionGroup && containsStr(m.Members, leader) {
					return true
				}
			}
		}
		for k := range si.s.Tokens {
			if w := si.ltok(k); w == "invitation" || w == "invited" {
				return true
			}
		}
	}
	return false
}

// summitLike: an in-person meeting of leaders of different countries away

// summitPeople keeps a summit's people when it has two or more: the
// bloc that convenes it is no attendee when attendees are named (the gold
// convention: an organisation takes part only when no other attendee is
// named), nor is the country it meets in.
func (x *extraction) summitPeople(ps []string, place string) []string {
	people := 0
	for _, p := range ps {
		if e := x.reg.byIRI[p]; e != nil && e.typ == schema.Person {
			people++
		}
	}
	if people < 2 || len(ps) == people {
		return ps
	}
	venue := map[string]bool{}
	for e := x.reg.byIRI[place]; e != nil && !venue[e.iri]; e = x.reg.byIRI[e.placeIn] {
		venue[e.iri] = true
	}
	var out []string
	for _, p := range ps {
		e := x.reg.byIRI[p]
		if e != nil && (e.typ == schema.Organisation || e.typ == schema.Country && venue[p]) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// from either's seat of government is a summit.
func (x *extraction) summitLike(c *candidate) bool {
	if len(c.participants) < 2 || c.place == "" {
		return false
	}
	countries := map[string]bool{}
	for _, p := range c.participants {
		e := x.reg.byIRI[p]
		if e == nil || e.typ != schema.Person || !e.leader {
			return false
		}
		countries[e.country] = true
	}
	if len(countries) < 2 {
		return false
	}
	if pe := x.reg.byIRI[c.place]; pe != nil && (pe.typ == schema.Organisation || pe.seat) {
		return false // a seat of government: a visit to the host
	}
	return true
}

// cameo picks the CAMEO code of a contact.
func (x *extraction) cameo(c *candidate) string {
	switch {
	case c.status != schema.Happened:
		return "036"
	case c.kind == schema.Call || c.remote:
		return "041"
	case len(c.hosts) > 0:
		return "043"
	case c.kind == schema.Visit:
		return "042"
	case c.kind == schema.Summit && c.place != "":
		return "044"
	}
	return "040"
}

// speechAt reports whether token k is part of a speech phrase.
// attributionAfter reports a comma at token k that opens an attribution:
// a reporting verb follows before another comma (", the ministry in
// Castel said").
func (x *extraction) attributionAfter(si *sentInfo, k int) bool {
	n := len(si.s.Tokens)
	for j := k + 1; j < n && j < k+12; j++ {
		if t := si.tok(j); t == "," || clauseStop(t) || isQuote(t) {
			return false
		}
		if x.speechAt(si, j) {
			return true
		}
	}
	return false
}

// speechAt reports a reporting verb at token k.
func (x *extraction) speechAt(si *sentInfo, k int) bool {
	if k < 0 || k >= len(si.s.Tokens) {
		return false // past a name that ends the sentence
	}
	off := si.s.Tokens[k].Start
	for _, sp := range si.speech {
		if off >= sp.start && off < sp.end {
			return true
		}
	}
	return false
}

// clauseFallback is the recall layer under the rules above: a trigger that
// no rule gave participants (or only one), with two or more actors in its
// clause, is a contact among those actors. The clause runs from the
// trigger back to the start of the sentence and on to its end, cut at
// clause stops, boundary cues ("while", "but"), relative and subordinate
// clauses, reporting verbs (their speakers are no participants: "X said Y
// would meet Z") and the neighbouring triggers. Countries and bodies count
// only where they can act: not after a topic cue ("talks about Ostmark"),
// nor after a preposition other than "with", "between", "among", "by".
// Definite anaphors ("the meeting") and negated, declined, joining,
// travelling, sending and inviting triggers are left to their rules.
func (x *extraction) clauseFallback(si *sentInfo, trigs []trigInfo, out []candidate) []candidate {
	produced := map[int]bool{}
	var known []string // participants the rules found in the sentence
	for _, c := range out {
		if !c.anaphoric && len(c.participants) >= 2 {
			produced[c.trigStart] = true
			known = unionSorted(known, c.participants)
		}
	}
	for i := range trigs {
		t := &trigs[i]
		if produced[t.sp.start] {
			continue
		}
		switch t.flag {
		case "join", "travel", "dispatch", "invite", "round":
			continue
		}
		if m := x.mentionAt(si, t.a); m != nil && m.tok0 <= t.a && t.b <= m.tok1 {
			continue // a word of a name: "the Pacific Leaders Meeting"
		}
		if t.pos == "noun" && x.definiteNoun(si, t.a) {
			continue // an anaphor: "the meeting", "their talks", "Ana's visit"
		}
		if x.negated(si, t.a) || x.declined(si, t.a) || x.unrealContact(si, t.a) || t.pos == "noun" && x.negatedPredicate(si, trigs, i) {
			continue
		}
		if t.pos == "verb" && (x.thingObject(si, t.b) || x.commonNounAt(si, t.b) && x.lx.stop[si.ltok(t.b)] == "" && !prepositionWord(si.ltok(t.b)) || (si.ltok(t.b) == "a" || si.ltok(t.b) == "an") && x.commonNounAt(si, t.b+1) && !si.isTrigger(t.b+1)) {
			continue // "received a letter from X", "met reporters": a thing or people nobody names
		}
		if t.pos == "verb" && t.flag != "travel" && x.contentWordAt(si, t.b) && !strings.HasSuffix(si.ltok(t.b), "ly") && si.ltok(t.b) != "again" {
			continue // "to meet expected redemptions": a thing
		}
		if t.pos == "verb" {
			if m := x.mentionAt(si, t.b); m != nil && m.tok0 == t.b && m.Type != string(schema.Person) {
				j := m.tok1
				if possessiveTokens[si.tok(j)] {
					j++
				}
				if x.contentWordAt(si, j) {
					continue // "to meet NATO's standards", "received U.S. antitrust clearance": a thing
				}
			}
		}
		lo, hi := x.fallbackClause(si, trigs, i)
		parts := x.fallbackActors(si, lo, hi, t)
		if len(parts) < 2 || subset(parts, known) {
			continue
		}
		if t.pos == "verb" && !x.actorBefore(si, lo, t.a) {
			continue // "when visiting Kenya and Tanzania": no one visits
		}
		if i > 0 && lo == trigs[i-1].b && produced[trigs[i-1].sp.start] {
			// "sent X to Castel for consultations", "flew to Lima for
			// talks": the purpose of the contact before it in the clause
			fresh := 0
			for _, p := range parts {
				if !containsStr(known, p) {
					fresh++
				}
			}
			if fresh < 2 {
				continue
			}
		}
		c := candidate{kind: t.kind, weak: t.flag == "weak", remote: t.flag == "remote" || t.kind == schema.Call, sentence: si.s.Index, trigStart: t.sp.start, participants: parts}
		if t.flag == "host" {
			c.hosts = x.fallbackActors(si, lo, t.a, t)
		}
		if t.timex != nil {
			c.date = &schema.Date{Value: dayValue(t.timex.Value), Text: t.timex.Text}
		}
		c.place, c.placeRank = x.placeOf(si, t.b, hi)
		c.status, c.explicit = x.statusOf(si, trigs, i, c.date)
		if c.status == schema.Planned && x.conditionalOffer(si, t) {
			c.status, c.explicit = schema.Proposed, true
		}
		if c.status == schema.Postponed {
			c.date = x.newDate(si, trigs, i, c.date)
		}
		if x.unrealised(si, trigs, i) && c.status != schema.Postponed && c.status != schema.Cancelled {
			c.status, c.explicit, c.unrealised = schema.Cancelled, true, true
		}
		c.evidence = x.evidence(si)
		// the anaphoric reading of the trigger gives way to the contact
		kept := out[:0]
		for _, o := range out {
			if !(o.anaphoric && o.trigStart == t.sp.start) {
				kept = append(kept, o)
			}
		}
		out = append(kept, c)
		known = unionSorted(known, parts)
	}
	return out
}

// triggerIn reports a trigger word inside a mention.
func (x *extraction) triggerIn(si *sentInfo, m *Mention) bool {
	for _, sp := range si.triggers {
		if sp.start >= m.Start && sp.end <= m.End {
			return true
		}
	}
	return false
}

// definiteNoun reports a noun trigger at token a with a definite or
// possessive determiner, past up to three lower-case modifiers ("the
// first meeting", "their annual consultation", "Ana's visit", "such talks").
func (x *extraction) definiteNoun(si *sentInfo, a int) bool {
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		w := si.ltok(k)
		switch w {
		case "the", "this", "that", "these", "those", "their", "his", "her", "its", "our", "no", "such", "both", "any":
			return true
		case "a", "an":
			return false
		}
		if possessiveTokens[si.tok(k)] {
			return true
		}
		tk := si.s.Tokens[k]
		if tk.Kind != Word || isCapWord(tk) || x.mentionAt(si, k) != nil || x.lx.stop[w] != "" && !ordinalWord(w) {
			return false
		}
	}
	return false
}

// fallbackClause gives the token range [lo, hi) of the clause of trigger i
// for the clause fallback.
func (x *extraction) fallbackClause(si *sentInfo, trigs []trigInfo, i int) (int, int) {
	t := &trigs[i]
	n := len(si.s.Tokens)
	lo := 0
	if i > 0 {
		lo = trigs[i-1].b
	}
	for k := t.a - 1; k >= lo; k-- {
		w := si.ltok(k)
		if clauseStop(si.tok(k)) || x.inCue(si, k, "boundary") || x.speechAt(si, k) || isQuote(si.tok(k)) {
			lo = k + 1
			break
		}
		if w == "which" || w == "when" || w == "where" || w == "if" || w == "unless" || w == "whether" {
			lo = k + 1
			break
		}
		if si.tok(k) == "," && (si.ltok(k+1) == "and" && !x.actorAfter(si, k+2) || si.ltok(k+1) == "as") {
			lo = k + 1
			break
		}
	}
	hi := n
	if i+1 < len(trigs) {
		hi = trigs[i+1].a
	}
	for k := t.b; k < hi; k++ {
		w := si.ltok(k)
		if clauseStop(si.tok(k)) || x.inCue(si, k, "boundary") || x.inCue(si, k, "topic") || x.speechAt(si, k) || isQuote(si.tok(k)) {
			return lo, k
		}
		switch w {
		case "which", "who", "whom", "whose", "when", "where", "that", "if", "after", "before", "since", "until", "because":
			return lo, k
		}
		if si.tok(k) == "," && (si.ltok(k+1) == "and" || x.attributionAfter(si, k)) {
			return lo, k
		}
	}
	return lo, hi
}

// actorAfter reports an actor's mention at token k, past a determiner ("and
// her counterpart, X": a list goes on, no new clause).
func (x *extraction) actorAfter(si *sentInfo, k int) bool {
	switch si.ltok(k) {
	case "the", "his", "her", "their", "its":
		k++
	}
	if m := x.mentionAt(si, k); m != nil && actorMention(m) {
		return true
	}
	return k < len(si.covered) && si.covered[k] == 2
}

// actorBefore reports an actor mention (a person, group, pronoun, country
// or body) in tokens [lo, a): a subject for a verb trigger at a.
func (x *extraction) actorBefore(si *sentInfo, lo, a int) bool {
	for j := range si.mentions {
		m := &si.mentions[j]
		if m.tok0 >= lo && m.tok1 <= a && actorMention(m) {
			return true
		}
	}
	return false
}

// listLead is the word before the coordinated list a mention at token k
// ends: "in Kenya and Tanzania" gives "in" for Tanzania.
func (x *extraction) listLead(si *sentInfo, k int) string {
	for {
		w := si.ltok(k - 1)
		if w != "and" && w != "," && w != "or" {
			return w
		}
		p := x.mentionAt(si, k-2)
		if p == nil || p.tok1 != k-1 {
			return w
		}
		k = p.tok0
	}
}

// farAfter reports more than three words other than adjuncts (names,
// dates, places, articles) between a trigger ending at b and token k: a
// phrase at k belongs to another noun.
func (x *extraction) farAfter(si *sentInfo, b, k int) bool {
	n := 0
	for j := b; j < k; j++ {
		if !adjunctWord(si, j) {
			n++
		}
	}
	return n > 3
}

// fallbackActors gives the actors the clause [lo, hi) names around a
// trigger: people, groups and pronouns, and countries and bodies in a
// position to act (before the trigger, not after a preposition; after it,
// only after "with", "between", "among", "and" or right after a verb);
// none unless a person, country or body is named.
func (x *extraction) fallbackActors(si *sentInfo, lo, hi int, t *trigInfo) []string {
	var ids []string
	named := 0
	for j := range si.mentions {
		m := &si.mentions[j]
		if m.tok0 < lo || m.tok1 > hi || m.tok0 < t.b && m.tok1 > t.a || !actorMention(m) {
			continue
		}
		inside := false
		for l := range si.mentions {
			o := &si.mentions[l]
			if l != j && o.Type != MentionPlace && o.tok0 <= m.tok0 && o.tok1 >= m.tok1 && o.tok1-o.tok0 > m.tok1-m.tok0 {
				inside = true // a country or body inside a person's mention: "Ostmark's Ana Ruiz", "EU envoy Ana Ruiz"
			}
		}
		if inside || m.Type == string(schema.Person) && x.triggerIn(si, m) {
			continue // "the Leaders Meeting" read as a name
		}
		if m.possessive {
			continue // "Ana Ruiz's proposal", "Ostmark's army": the possessor of something else
		}
		if m.Type == string(schema.Country) || m.Type == string(schema.Organisation) {
			if x.lx.demonym[strings.ToLower(m.Text)] {
				continue // "Ostian troops": an adjective
			}
			if pm := x.mentionAt(si, m.tok1); pm != nil && pm.tok0 == m.tok1 && pm.Type == string(schema.Person) || m.tok1 < len(si.covered) && si.covered[m.tok1] == 2 {
				continue // "EU envoy Ana Ruiz": the person's affiliation
			}
			if m.Type == string(schema.Country) && x.countriesQualifyTitle(si, m.tok1) {
				continue // "with Norland, Vesmark leaders"
			}
			k := m.tok0 - 1
			for k >= lo && si.ltok(k) == "the" {
				k--
			}
			w := si.ltok(k)
			if w == "and" || w == "," || w == "or" {
				// a list takes the word before it: "in Kenya and Tanzania"
				switch x.listLead(si, m.tok0) {
				case "in", "at", "on", "near", "to", "into", "across", "throughout", "inside", "within":
					continue // places, not parties
				}
			}
			if si.tok(k) == "," {
				if pm := x.mentionAt(si, k-1); pm != nil && pm.Type == MentionPlace {
					continue // "in Haldvik, Norland": a place's country
				}
			}
			if m.tok0 < t.a {
				// the subject: at the clause's start or coordinated
				if k >= lo && !(w == "and" || w == "," || w == "&" || w == "both" || w == "with" || w == "between" || w == "among") {
					continue
				}
			} else if !(w == "with" || w == "between" || w == "among" || w == "and" || w == "," || w == "&" || k == t.b-1 && t.pos == "verb") {
				continue
			} else if x.farAfter(si, t.b, k) {
				continue // "ended a meeting ... with a statement urging funds for a cable between A and B": another noun's
			}
		}
		switch m.Type {
		case string(schema.Person), string(schema.Country), string(schema.Organisation):
			named++
		}
		for _, e := range mentionEntities(m) {
			if !containsStr(ids, e) {
				ids = append(ids, e)
			}
		}
	}
	if named == 0 {
		return nil
	}
	ids = x.dropRepresented(ids)
	return preferPeople(x, ids)
}

// sectionDates dates the undated past contacts of a section headed by a
// line that names a contact and a line that is only a day ("Readout of the
// minister's meeting with X" / "5 March 2025" / text), or by a line that is
// only a day in an article with two or more such lines ("MONDAY, MAY 16"):
// a readout's, a log's or a round-up's own date is the day of what its
// section reports. A section ends at
// the next line without a sentence's final punctuation.
func (x *extraction) sectionDates(cands []candidate) {
	day := map[int]*schema.Date{} // sentence index -> its section's day
	diary := 0                    // headings that are only a day: a diary or a round-up by day
	for _, si := range x.infos {
		if heading(si) && x.onlyDay(si) != nil {
			diary++
		}
	}
	var cur *schema.Date
	for i, si := range x.infos {
		if heading(si) {
			cur = nil
			if i >= 1 && heading(x.infos[i-1]) && len(x.infos[i-1].triggers) > 0 || diary >= 2 {
				if tx := x.onlyDay(si); tx != nil {
					cur = &schema.Date{Value: tx.Value, Text: tx.Text}
				}
			}
			continue
		}
		if cur != nil {
			day[si.s.Index] = cur
		}
	}
	if len(day) == 0 {
		return
	}
	for i := range cands {
		c := &cands[i]
		if d := day[c.sentence]; d != nil && c.date == nil && !c.anaphoric && !c.series && !c.reference && (c.status == schema.Happened || c.status == "") {
			c.date = d
		}
	}
}

// nounDateNext dates the undated past contacts of a sentence by the
// sentence just before it in the paragraph when that one opens with a dated
// contact noun and names no contact of its own ("The first encounter took
// place in Berlin on October 28. X and Y sat down with Z for a dinner"),
// unless the sentence has a date of its own ("past midnight" that day is
// none).
func (x *extraction) nounDateNext(cands []candidate) {
	if len(x.nounDates) == 0 {
		return
	}
	for i := range cands {
		c := &cands[i]
		d := x.nounDates[c.sentence-1]
		if d == nil || c.date != nil || c.anaphoric || c.series || c.reference || c.status != schema.Happened || c.sentence >= len(x.infos) {
			continue
		}
		si, prev := x.infos[c.sentence], x.infos[c.sentence-1]
		if si.s.Paragraph != prev.s.Paragraph || x.otherDayIn(si, d.Value) {
			continue
		}
		own := false // the sentence before told of a contact after all
		for _, o := range cands {
			own = own || o.sentence == c.sentence-1 && !o.anaphoric
		}
		if !own {
			c.date = d
		}
	}
}

// summitHost reads a host verb after a summit noun of its sentence as the
// summit's: "The summit of the Pacific Islands Forum opened on Thursday,
// hosted by X" is a summit of X and the forum (the people named at it
// later join it), not a meeting of X with the forum.
func (x *extraction) summitHost(si *sentInfo, out []candidate) []candidate {
	for i := range out {
		h := &out[i]
		if h.anaphoric {
			continue
		}
		ht := si.tokIndex(h.trigStart)
		absolute := len(h.participants) >= 2 && x.absoluteWith(si, ht)
		if (len(h.hosts) == 0 || len(x.orgsOf(h.participants)) == 0) && !absolute {
			continue
		}
		for j := range out {
			s := &out[j]
			st := si.tokIndex(s.trigStart)
			// "The Nordic Forum summit opened on Sunday with X welcoming
			// Y and Z": the bloc's summit read with X alone is this one
			blocOnly := absolute && j != i && !s.anaphoric && len(x.orgsOf(s.participants)) > 0 && subset(x.ofType(s.participants, schema.Person), h.participants)
			if (s.anaphoric || blocOnly) && s.kind == schema.Summit && !s.series && st < ht && ht-st <= 45 && absolute {
				// the summit noun's contact, so that no rule reads it
				// again: the people the clause after "with" names
				s.participants, s.hosts, s.anaphoric, s.named = h.participants, h.hosts, false, false
				if s.date == nil {
					s.date = h.date
				}
				if s.status == "" {
					s.status, s.explicit = h.status, h.explicit
				}
				return append(out[:i], out[i+1:]...)
			}
			if s.anaphoric && s.kind == schema.Summit && !s.series && st < ht && ht-st <= 45 {
				h.kind = schema.Summit
				if h.date == nil {
					h.date = s.date
				}
				if h.place == "" {
					h.place, h.placeRank = s.place, s.placeRank
				}
				return append(out[:j], out[j+1:]...)
			}
		}
	}
	return out
}

// countryHolders puts for a country of a contact the one person the
// article names as holding the office a plural title gives its people:
// "The leaders of A, B and C spoke by phone" with A's, B's and C's leaders
// named in the article (a person stands for their country). A country
// with no such person, or with two, stays.
func (x *extraction) countryHolders(si *sentInfo, c *candidate) {
	for _, sp := range si.titles {
		te := titleOf(sp)
		if te == nil || !te.plural {
			continue
		}
		_, b := si.spanToks(sp.start, sp.end)
		if si.ltok(b) != "of" {
			continue
		}
		k := b + 1
		if si.ltok(k) == "the" {
			k++
		}
		var countries []string
		for {
			// (inside the group mention "the leaders of A and B")
			var m *Mention
			for j := range si.mentions {
				if o := &si.mentions[j]; o.tok0 == k && o.Type == string(schema.Country) {
					m = o
				}
			}
			if m == nil {
				break
			}
			countries = append(countries, m.Entity)
			k = m.tok1
			if si.tok(k) == "," {
				k++
			}
			if si.ltok(k) == "and" {
				k++
			}
		}
		if len(countries) < 2 {
			continue
		}
		if !subset(countries, c.participants) {
			continue
		}
		var ps []string
		for _, p := range c.participants {
			if h := x.officeHolder(p, te); containsStr(countries, p) && h != "" && !containsStr(c.participants, h) {
				p = h
			}
			ps = append(ps, p)
		}
		c.participants = sorted(ps)
	}
}

// dropSpokespeople takes out of a contact of three or more the people
// the article names only as spokespeople: they announce contacts, they
// are not parties to them ("... for his first meeting with Y, Kremlin
// spokesman Z told reporters").
func (x *extraction) dropSpokespeople(ps []string) []string {
	var kept []string
	for _, p := range ps {
		if e := x.reg.byIRI[p]; e == nil || !x.res.spokesperson(e) {
			kept = append(kept, p)
		}
	}
	if len(kept) < 2 {
		return ps
	}
	return kept
}

// officeHolder is the one person of the article who is of the country and
// holds the office of te ("Leader": any head of state or government); ""
// when none or several.
func (x *extraction) officeHolder(country string, te *titleEntry) string {
	found := ""
	for _, iri := range x.reg.order {
		e := x.reg.byIRI[iri]
		if e == nil || e.typ != schema.Person || e.country != country {
			continue
		}
		holds := te.class == "generic" && te.canonical == "Leader" && e.leader || e.titles[te.canonical]
		for _, a := range te.also {
			holds = holds || e.titles[a]
		}
		if !holds {
			continue
		}
		if found != "" && found != e.iri {
			return ""
		}
		found = e.iri
	}
	return found
}

// unrealisedAfterSemicolon gives a contact noun put off or called off
// after a semicolon, with no one named, the people of the contact before
// the semicolon: "X and Y last met in Lima in October; a planned summit in
// Quito in January was called off".
func (x *extraction) unrealisedAfterSemicolon(si *sentInfo, out []candidate) {
	for i := range out {
		c := &out[i]
		if !c.anaphoric || c.series || c.status != schema.Postponed && c.status != schema.Cancelled {
			continue
		}
		ct := si.tokIndex(c.trigStart)
		semi := -1
		for k := ct - 1; k >= 0; k-- {
			if si.tok(k) == ";" {
				semi = k
				break
			}
		}
		if semi < 0 {
			continue
		}
		for j := range out {
			if o := &out[j]; j != i && !o.anaphoric && len(o.participants) >= 2 && si.tokIndex(o.trigStart) < semi {
				c.participants, c.anaphoric, c.named = o.participants, false, false
			}
		}
	}
}

// absoluteWith reports the -ing verb at token a in an absolute
// construction after "with": "The summit opened on Sunday with X
// welcoming Y and Z", "with X, this year's chair, welcoming Y". The
// gathering of the clause before is the verb's contact.
func (x *extraction) absoluteWith(si *sentInfo, a int) bool {
	if !strings.HasSuffix(si.ltok(a), "ing") {
		return false
	}
	k := a - 1
	if si.tok(k) == "," {
		// past an apposition, back to the comma that opens it
		for k--; k >= 0 && si.tok(k) != ","; k-- {
			if clauseStop(si.tok(k)) {
				return false
			}
		}
		k--
	}
	m := x.mentionAt(si, k)
	return m != nil && actorMention(m) && m.tok1 == k+1 && si.ltok(m.tok0-1) == "with"
}

// orgsOf is the organisations among ids.
func (x *extraction) orgsOf(ids []string) []string { return x.ofType(ids, schema.Organisation) }

// nounHostedBy is the person a contact noun opening the sentence is
// hosted or chaired by: "The meeting, hosted by Norwegian Prime Minister
// X, was originally planned for March".
func (x *extraction) nounHostedBy(si *sentInfo) []string {
	if len(si.triggers) == 0 {
		return nil
	}
	a, b := si.spanToks(si.triggers[0].start, si.triggers[0].end)
	if a > 2 || si.triggers[0].phrases[0].pos != "noun" {
		return nil
	}
	k := b
	if si.tok(k) == "," {
		k++
	}
	if w := si.ltok(k); (w == "hosted" || w == "chaired") && si.ltok(k+1) == "by" {
		if p := x.firstPersonAfter(si, k+2, len(si.s.Tokens), 6); p != "" {
			return []string{p}
		}
	}
	return nil
}

// pluralPeopleSubject reports a sentence opening with people named by a
// plural title before a verb trigger at token a: "The prime ministers of
// the five Nordic countries will meet in Oslo in week 14" tells a
// gathering whose people the article names later.
func (x *extraction) pluralPeopleSubject(si *sentInfo, a int) bool {
	k := 0
	for j := 1; j < a && j < 15; j++ {
		// past a dateline: "HELSINKI, March 30 (STT) – The prime ministers"
		if t := si.tok(j); (t == "–" || t == "—" || t == "-") && !si.s.Tokens[j].Glued && (si.tok(j-1) == ")" || isAllCaps(si.tok(j-1)) || si.s.Tokens[j-1].Kind != Word) {
			k = j + 1
			break
		}
	}
	if tx, tb := x.timexAt(si, k); tx != nil && si.tok(tb) == "," {
		k = tb + 1 // "On Wednesday, EU leaders gathered"
	}
	if si.ltok(k) == "the" || si.ltok(k) == "all" {
		k++ // "all 27 EU leaders"
	}
	for k < a && (si.s.Tokens[k].Kind == Number || cardinalWord(si.ltok(k))) {
		k++
	}
	for j := 0; j < 2 && k < a && isCapWord(si.s.Tokens[k]) && si.covered[k] != 2; j++ {
		if m := x.mentionAt(si, k); m != nil && (m.Type != string(schema.Country) && m.Type != string(schema.Organisation) || m.possessive) {
			break
		}
		k++ // "EU leaders", "Nordic foreign ministers"
	}
	sp, e, ok := si.titleSpanAt(k)
	if !ok || a-e > 10 {
		return false
	}
	if t := titleOf(sp); t == nil || !t.plural {
		return false
	}
	for j := e; j < a; j++ {
		if si.tok(j) == "," || clauseStop(si.tok(j)) || x.speechAt(si, j) && !(si.ltok(j) == "states" && si.ltok(j+1) != "that") {
			return false // (not "the leaders of the five Nordic states met")
		}
		if m := x.mentionAt(si, j); m != nil && m.Type == string(schema.Person) {
			return false
		}
	}
	return true
}

// anchorNoun reports words between a date ending at token tb and a contact
// noun at token a that make the noun the thing the date counts from: "the
// eve of the talks", "the day after the summit", "the same day as the
// meeting".
func anchorNoun(si *sentInfo, tb, a int) bool {
	if a-tb < 2 || a-tb > 3 {
		return false
	}
	switch si.ltok(tb) {
	case "of", "after", "before", "as":
	default:
		return false
	}
	switch si.ltok(tb + 1) {
	case "the", "that", "this", "their", "his", "her", "its":
		return a-tb == 2 || a-tb == 3 && si.s.Tokens[tb+2].Kind == Word
	}
	return false
}

// invitedToJoin reports an invitation to join a contact ("did not rule
// out inviting X to join that meeting"): the join verb's rule reads it,
// with the contact's people, so no visit of its own.
func (x *extraction) invitedToJoin(si *sentInfo, trigs []trigInfo, i int) bool {
	t := &trigs[i]
	for j := i + 1; j < len(trigs); j++ {
		if o := &trigs[j]; o.flag == "join" && o.joinTarget >= 0 && si.ltok(o.a-1) == "to" && o.a-t.b <= 8 && !x.clauseBetween(si, t.b, o.a) {
			return true
		}
	}
	return false
}

// invitedJoiner reports a join verb that an invitation governs: "invited
// X to join the meeting".
func (x *extraction) invitedJoiner(si *sentInfo, trigs []trigInfo, j int) bool {
	for i := j - 1; i >= 0; i-- {
		if trigs[i].flag == "invite" && trigs[i].pos == "verb" {
			return x.invitedToJoin(si, trigs, i)
		}
	}
	return false
}

// invitedHere drops an invitation that says not where to when the same
// sentence tells a contact of the same people: "X held talks with Y, who
// had invited him in the spring" is the invitation to these talks.
func (x *extraction) invitedHere(si *sentInfo, out []candidate) []candidate {
	keep := out[:0]
	for i, c := range out {
		drop := false
		if c.invite && !x.invitedTo(si, c) {
			for j, o := range out {
				drop = drop || j != i && !o.invite && !o.anaphoric && slices.Equal(o.participants, c.participants)
			}
		}
		if !drop {
			keep = append(keep, c)
		}
	}
	return keep
}

// invitedTo reports an invitation that says where to: "to" within a few
// words after its trigger ("invited him to visit Japan", "invited her to
// Quito").
func (x *extraction) invitedTo(si *sentInfo, c candidate) bool {
	k0 := si.tokIndex(c.trigStart)
	for k := k0 + 1; k < len(si.s.Tokens) && k <= k0+6; k++ {
		if clauseStop(si.tok(k)) || si.tok(k) == "," {
			return false
		}
		if si.ltok(k) == "to" {
			return true
		}
	}
	return false
}

// priorDate dates an undated contact by a contact told in the sentence
// just before it in its paragraph when the two share someone (a person, or
// the country a person of one acts for) and have the same status: "X came
// to the conference centre on Tuesday to meet both teams. She spoke with Y
// and Z separately." Not when the sentence has a date of its own, the
// contact is told as another time ("had last met", "since X's visit", "She
// later held a call"), or the sentence before dates its contacts
// differently.
func (x *extraction) priorDate(cands []candidate) {
	for i := range cands {
		c := &cands[i]
		if c.date != nil || c.anaphoric || c.series || c.reference || c.previous || c.tally || c.sentence < 1 || c.sentence >= len(x.infos) {
			continue
		}
		si, prev := x.infos[c.sentence], x.infos[c.sentence-1]
		if !x.dateIn(si) && namesPartOfDay(si) {
			// "X held talks with Y in the morning": the day the narrative
			// is on
			if d := x.narrativeDay(c); d != nil {
				c.date = d
			}
			continue
		}
		if si.s.Paragraph != prev.s.Paragraph && !openingPronoun(si, c.participants) && !openingSurname(si, prev, c.participants) || x.dateIn(si) || x.cueAfter(si, 0, "shift") {
			continue
		}
		var d *schema.Date
		told := false            // the sentence before tells a contact
		var unnamed *schema.Date // its one dated contact naming no one ("The talks opened on Monday")
		named := false
		for j := range cands {
			o := &cands[j]
			if o.sentence == c.sentence-1 {
				if o.anaphoric && o.date != nil && !o.series && (unnamed == nil || unnamed.Value == o.date.Value) {
					unnamed = o.date
				} else {
					named = true
				}
			}
			told = told || o.sentence == c.sentence-1
			if o.sentence != c.sentence-1 || o.date == nil || o.previous || o.reference || o.series || o.tally || o.status != c.status || !x.shareActor(o, c) {
				continue
			}
			if d != nil && d.Value != o.date.Value {
				d = nil
				break
			}
			d = o.date
		}
		if d == nil && !told && c.status == schema.Happened {
			d = x.onlyPastDay(prev, c.participants)
		}
		if d == nil && unnamed != nil && !named && c.status == schema.Happened && !c.gathered && !c.represents && !c.alongside && c.joinPeople == nil && len(c.passive) == 0 && !x.definiteTrigger(c) && x.past(unnamed.Value) && !x.namesActor(prev) {
			// "The talks opened on Monday at a lakeside hotel. X and Y sat
			// down with Z for a first session"
			d = unnamed
		}
		if d == nil && c.status == schema.Happened && x.thenBefore(si, si.tokIndex(c.trigStart)) {
			d = x.narrativeDate(cands, c)
		}
		if d != nil {
			c.date = d
		}
	}
}

// namesPartOfDay reports a part of a day the sentence names without
// naming the day: "in the morning", "that evening", "later in the day",
// "earlier in the day".
func namesPartOfDay(si *sentInfo) bool {
	for k := 1; k < len(si.s.Tokens); k++ {
		switch w := si.ltok(k); {
		case slices.Contains(partOfDay, w):
			if w := si.ltok(k - 1); w == "that" || w == "the" && k >= 2 && si.ltok(k-2) == "in" {
				return true
			}
		case w == "day":
			if si.ltok(k-1) == "the" && k >= 3 && si.ltok(k-2) == "in" && (si.ltok(k-3) == "later" || si.ltok(k-3) == "earlier") || si.ltok(k-1) == "that" && k >= 2 && si.ltok(k-2) == "later" {
				return true
			}
		}
	}
	return false
}

// narrativeDay is the day the narrative is on before contact c: the one
// day written by the nearest sentence before it, in the last three, that
// writes a date; nil when that sentence writes more than one day, or a day
// after the publication for a contact that happened.
func (x *extraction) narrativeDay(c *candidate) *schema.Date {
	for s := c.sentence - 1; s >= 0 && s >= c.sentence-3; s-- {
		if !x.dateIn(x.infos[s]) {
			continue
		}
		// "last summer" beside the day is no other day
		return x.soleDay(x.infos[s], func(v string) bool { return c.status != schema.Happened || !x.after(v) }, daysOnly)
	}
	return nil
}

// withProtagonist is the person a contact noun opening its sentence with
// an indefinite article and "with" one person ("A meeting with X, set for
// Wednesday, was called off", "A video call with X was cancelled") is
// had by: the person the narrative follows, named (or stood for by a
// pronoun) in more sentences before it than anyone else. "" when the noun
// has no such shape or no one person leads.
func (x *extraction) withProtagonist(si *sentInfo, t *trigInfo, other string) string {
	if t.a > 4 || si.ltok(t.b) != "with" || len(x.personsOf([]string{other})) == 0 {
		return ""
	}
	if w := si.ltok(0); w != "a" && w != "an" {
		return ""
	}
	for k := 1; k < t.a; k++ {
		if si.s.Tokens[k].Kind != Word || isCapWord(si.s.Tokens[k]) || x.mentionAt(si, k) != nil {
			return "" // "A meeting of X's with Y"
		}
	}
	m := x.mentionAt(si, t.b+1)
	if m == nil || !containsStr(mentionEntities(m), other) {
		return ""
	}
	count := map[string]int{}
	for s := 0; s < si.s.Index; s++ {
		seen := map[string]bool{}
		for k := range x.infos[s].mentions {
			m := &x.infos[s].mentions[k]
			if m.Type != string(schema.Person) && m.Type != MentionPronoun || m.Entity == "" || seen[m.Entity] {
				continue
			}
			seen[m.Entity] = true
			count[m.Entity]++
		}
	}
	best, n, tie := "", 0, false
	for e, c := range count {
		switch {
		case c > n:
			best, n, tie = e, c, false
		case c == n:
			tie = true
		}
	}
	if tie || n < 2 || best == other || len(x.personsOf([]string{best})) == 0 {
		return ""
	}
	return best
}

// thenBefore reports the adverb "then" telling the next step of a
// narrative before token k of the sentence: "He then met X", "Then, she
// held talks with Y"; not "since then", "until then", "the then minister",
// "then-President X".
func (x *extraction) thenBefore(si *sentInfo, k int) bool {
	for j := 0; j < k && j < len(si.s.Tokens); j++ {
		if si.ltok(j) != "then" {
			continue
		}
		if j+1 < len(si.s.Tokens) && (si.tok(j+1) == "-" || si.tok(j+1) == "‑") {
			return false
		}
		if j > 0 {
			switch si.ltok(j - 1) {
			case "since", "until", "till", "by", "from", "the", "than", "only", "just", "even", "back":
				return false
			}
		}
		return true
	}
	return false
}

// narrativeDate is the day of the step before a contact told with "then"
// ("X held talks with four presidents on Wednesday. She began her day with
// a tour of the port. She then met Y"): the nearest sentence before it, in
// the last three, that is dated, when that sentence dates a contact of one
// of its people with the same status or names one past day and one of its
// people; nil when that sentence has another date or dates nothing of
// theirs.
func (x *extraction) narrativeDate(cands []candidate, c *candidate) *schema.Date {
	for s := c.sentence - 1; s >= 0 && s >= c.sentence-3; s-- {
		var d *schema.Date
		for j := range cands {
			o := &cands[j]
			if o.sentence != s || o.date == nil || o.previous || o.reference || o.series || o.tally || o.status != c.status || !x.shareActor(o, c) {
				continue
			}
			if d != nil && d.Value != o.date.Value {
				return nil
			}
			d = o.date
		}
		if d == nil {
			d = x.oneDayNaming(x.infos[s], c.participants)
		}
		if d != nil {
			if len(d.Value) != 10 || !calendarValue(d.Value) {
				return nil
			}
			return d
		}
		if x.dateIn(x.infos[s]) {
			return nil
		}
	}
	return nil
}

// oneDayNaming is the one day, not after the publication day, that a
// sentence naming one of people writes (a dateline's day written again
// is the same day): "X held talks with four presidents on Wednesday".
func (x *extraction) oneDayNaming(si *sentInfo, people []string) *schema.Date {
	if !x.shareMention(si, x.personsOf(people)) {
		return nil
	}
	return x.soleDay(si, func(v string) bool { return !x.after(v) }, sameDayAgain)
}

// dayMode says how soleDay counts a sentence's dates.
type dayMode int

const (
	oneDate      dayMode = iota // every date and time must be the one day
	sameDayAgain                // the same day written twice is still one
	daysOnly                    // as sameDayAgain, and dates that are no day ("last summer") are passed over
)

// soleDay is the one calendar day the sentence's dates and times write,
// when ok holds for it, counted as mode says; nil otherwise.
func (x *extraction) soleDay(si *sentInfo, ok func(string) bool, mode dayMode) *schema.Date {
	var d *schema.Date
	for k := range x.timexes {
		tx := &x.timexes[k]
		if tx.Start < si.s.Start || tx.End > si.s.End || tx.Type != "DATE" && tx.Type != "TIME" {
			continue
		}
		v := dayValue(tx.Value)
		if mode != oneDate && d != nil && d.Value == v || mode == daysOnly && (len(v) != 10 || !calendarValue(v)) {
			continue
		}
		if d != nil || len(v) != 10 || !calendarValue(v) || !ok(v) {
			return nil
		}
		d = &schema.Date{Value: v, Text: tx.Text}
	}
	return d
}

// shareMention reports a mention in the sentence of one of ids.
func (x *extraction) shareMention(si *sentInfo, ids []string) bool {
	for k := range si.mentions {
		for _, e := range mentionEntities(&si.mentions[k]) {
			if containsStr(ids, e) {
				return true
			}
		}
	}
	return false
}

// namesActor reports a mention of a person, country or organisation in
// the sentence.
func (x *extraction) namesActor(si *sentInfo) bool {
	for k := range si.mentions {
		if m := &si.mentions[k]; m.Type != MentionPlace && !m.asPlace && len(mentionEntities(m)) > 0 {
			return true
		}
	}
	return false
}

// onlyPastDay is the one past day a sentence that tells no contact names,
// when it also names a person of people or no actor at all ("X arrived in
// Y on Monday.", "The talks opened on Monday at a lakeside hotel."): the day
// of what follows.
func (x *extraction) onlyPastDay(si *sentInfo, people []string) *schema.Date {
	if x.namesActor(si) && !x.shareMention(si, x.personsOf(people)) {
		return nil
	}
	return x.soleDay(si, x.past, oneDate)
}

// openingPronoun reports a sentence opening with a pronoun that stands for
// one of people: the narrative goes on from the paragraph before ("She
// proceeded to the ministry for talks with ...").
func openingPronoun(si *sentInfo, people []string) bool {
	for _, m := range si.mentions {
		if m.tok0 == 0 && m.Type == MentionPronoun && containsStr(people, m.Entity) {
			return true
		}
	}
	return false
}

// openingSurname reports a sentence opening with the surname alone of one
// of people whom the sentence before named: the story goes on with them
// ("X summoned the ambassador, Y, on Wednesday. || Y was received by Z").
func openingSurname(si, prev *sentInfo, people []string) bool {
	for _, m := range si.mentions {
		if m.tok0 != 0 || m.Type != string(schema.Person) || m.tok1 != 1 || !containsStr(people, m.Entity) {
			continue
		}
		for _, o := range prev.mentions {
			if o.Entity == m.Entity {
				return true
			}
		}
	}
	return false
}

// dateIn reports a DATE or TIME expression inside the sentence.
func (x *extraction) dateIn(si *sentInfo) bool {
	for k := range x.timexes {
		if tx := &x.timexes[k]; tx.Start >= si.s.Start && tx.End <= si.s.End && (tx.Type == "DATE" || tx.Type == "TIME") && !tx.dayPart {
			return true
		}
	}
	return false
}

// shareActor reports whether two contacts share a person.
func (x *extraction) shareActor(a, b *candidate) bool {
	for _, p := range x.personsOf(a.participants) {
		if containsStr(b.participants, p) {
			return true
		}
	}
	return false
}

// actorBefore reports a mention of an actor before token k.
func actorBefore(si *sentInfo, k int) bool {
	for _, m := range si.mentions {
		if m.tok0 < k && !m.asPlace && m.Type != MentionPlace {
			return true
		}
	}
	return false
}

// otherDayIn reports a calendar date inside the sentence other than day.
func (x *extraction) otherDayIn(si *sentInfo, day string) bool {
	for k := range x.timexes {
		if tx := &x.timexes[k]; tx.Start >= si.s.Start && tx.End <= si.s.End && calendarValue(tx.Value) && dayValue(tx.Value) != day {
			return true
		}
	}
	return false
}

// heading reports a sentence that is a line of its own without a
// sentence's final punctuation: a heading or a date line.
func heading(si *sentInfo) bool {
	t := si.s.Tokens
	if len(t) == 0 {
		return false
	}
	switch t[len(t)-1].Text {
	case ".", "!", "?", "\"", "”", ":", ";":
		return false
	}
	return true
}

// onlyDay is the timex of a day that makes up the whole of a sentence.
func (x *extraction) onlyDay(si *sentInfo) *Timex {
	for k := range x.timexes {
		tx := &x.timexes[k]
		if tx.Start == si.s.Tokens[0].Start && tx.End == si.s.Tokens[len(si.s.Tokens)-1].End && len(tx.Value) == 10 && calendarValue(tx.Value) {
			return tx
		}
	}
	return nil
}

// sidesLed names the people for the countries of a contact when the next
// sentences say who led each side: "Westlandic and Ostian negotiators ended
// talks ... Westland's team was led by X, and Ostmark's by Y".
func (x *extraction) sidesLed(cands []candidate) {
	if len(x.res.sideLeaders) == 0 {
		return
	}
	for i := range cands {
		c := &cands[i]
		if len(c.participants) < 2 || !x.allCountries(c.participants) && !x.countriesByName(c.participants) && !x.noPeople(c.participants) {
			continue
		}
		var people []string
		for _, p := range c.participants {
			l, ok := x.res.sideLeaders[p]
			if !ok || l.sentence < c.sentence || l.sentence > c.sentence+3 {
				people = nil
				break
			}
			people = append(people, l.person)
		}
		if people != nil {
			c.participants = sorted(people)
		}
	}
	for i := range cands {
		x.teamsLedBefore(&cands[i])
	}
}

// teamsLedBefore names the person for a country's team a contact is told
// with, when a sentence before said who led it: "X received a
// Ruvendan delegation led by Y. On Tuesday the Ruvendan delegation held
// talks with Z": Y and Z.
func (x *extraction) teamsLedBefore(c *candidate) {
	si := x.infos[c.sentence]
	for k := 1; k < len(si.s.Tokens); k++ {
		switch si.ltok(k) {
		case "delegation", "team", "side", "negotiators":
		default:
			continue
		}
		side, team := "", ""
		if m := x.mentionAt(si, k-1); m != nil && m.Type == string(schema.Country) && m.tok1 == k {
			side, team = m.Entity, m.Entity // "the Ruvendan team"
		} else if m := x.mentionAt(si, k); m != nil && m.Type == string(schema.Organisation) {
			if e := x.res.reg.byIRI[m.Entity]; e != nil && e.delegation && e.stateOf != "" {
				side, team = schema.EntityIRI(e.stateOf), m.Entity // "the Ruvendan delegation"
			}
		}
		l, ok := x.res.sideLeaders[side]
		if side == "" || !ok || l.sentence >= c.sentence || !containsStr(c.participants, team) || containsStr(c.participants, l.person) {
			continue
		}
		for j, p := range c.participants {
			if p == team {
				c.participants[j] = l.person
			}
		}
		c.participants = sorted(c.participants)
	}
}

// pastApposedTitle skips "the <title>," from token k when a person is named
// right after the comma ("to see the foreign secretary, X"): the token of
// that person; else k.
func (x *extraction) pastApposedTitle(si *sentInfo, k int) int {
	if si.ltok(k) != "the" {
		return k
	}
	for j := k + 1; j < len(si.s.Tokens) && j <= k+8; j++ {
		if si.tok(j) == "," {
			if x.personStartsAt(si, j+1) {
				return j + 1
			}
			return k
		}
		// words of a title, in lower case or the lexicon's, and a place
		// or its adjective ("the speaker of the Lutavian parliament, X"),
		// but no person
		if si.s.Tokens[j].Kind != Word {
			return k
		}
		if m := x.mentionAt(si, j); isCapWord(si.s.Tokens[j]) && si.covered[j] != 2 && (m != nil && m.Type == string(schema.Person) || m == nil && si.covered[j] == 0 && (j+1 >= len(si.s.Tokens) || isCapWord(si.s.Tokens[j+1]))) {
			return k // a person, or a name of two capitalised words
		}
	}
	return k
}

// whetherBefore reports "whether" within five words before token a, in
// its clause: a question, not a contact.
func whetherBefore(si *sentInfo, a int) bool { return wordInClauseBefore(si, a, 5, "whether") }

// wordInClauseBefore reports word within n tokens before token a, with no
// comma or clause stop between.
func wordInClauseBefore(si *sentInfo, a, n int, word string) bool {
	for k := a - 1; k >= 0 && k >= a-n; k-- {
		if w := si.tok(k); w == "," || clauseStop(w) {
			return false
		}
		if si.ltok(k) == word {
			return true
		}
	}
	return false
}

// whatClauseBefore reports "what" opening the clause of the verb at token
// a, within five words or past a name in apposition: "in what both sides
// called", "for what their host, Kessia's Foreign Minister X, called".
func (x *extraction) whatClauseBefore(si *sentInfo, a int) bool {
	n := 0
	for k := a - 1; k >= 0 && n < 6; k-- {
		w := si.tok(k)
		if w == "," {
			// past ", X," in apposition
			m := x.mentionAt(si, k-1)
			if m == nil || m.Type != string(schema.Person) || si.tok(m.tok0-1) != "," && !(m.tok0 >= 2 && possessiveTokens[si.tok(m.tok0-1)] && si.tok(m.tok0-3) == ",") {
				return false
			}
			k = m.tok0 - 1
			if si.tok(k) != "," {
				k -= 2 // "Kessia's" before the title
			}
			continue
		}
		if clauseStop(w) {
			return false
		}
		if si.ltok(k) == "what" {
			return true
		}
		n++
	}
	return false
}

// recalledBefore reports whether a verb of calling an envoy home comes within
// four words before token i ("was recalled for", "recalled to Nairobi for",
// "summoned home for").
func recalledBefore(si *sentInfo, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch si.ltok(k) {
		case "recalled", "recall", "recalls", "recalling", "summoned":
			return true
		}
	}
	return false
}

// titleOfCountryAfter reads ", (the) President of Vesmark, and" from the
// comma at token k: a title with the country it serves, in apposition to
// the name before it, then the list going on. It gives the comma before
// "and", or 0.
func (x *extraction) titleOfCountryAfter(si *sentInfo, k, lim int) int {
	if si.tok(k) != "," {
		return 0
	}
	j := k + 1
	if si.ltok(j) == "the" {
		j++
	}
	a := j
	for j < lim && si.covered[j] == 2 {
		j++
	}
	if j == a || si.ltok(j) != "of" {
		return 0
	}
	j++
	if si.ltok(j) == "the" {
		j++
	}
	if m := x.mentionAt(si, j); m != nil && m.tok0 == j && m.Type == string(schema.Country) {
		j = m.tok1
	} else {
		// a country the lexicon lacks: "of Vesmark"
		b := j
		for j < lim && j < b+3 && isCapWord(si.s.Tokens[j]) && x.mentionAt(si, j) == nil {
			j++
		}
		if j == b {
			return 0
		}
	}
	if si.tok(j) == "," && si.ltok(j+1) == "and" {
		return j
	}
	return 0
}

// hostedForNoun folds the contact noun a host's guests came for into the
// hosting: "X hosted A, B and C in London on Monday for the first formal
// summit between the two sides" is one summit of X, A, B and C, dated
// Monday, not a meeting and a summit of the guests.
func (x *extraction) hostedForNoun(si *sentInfo, trigs []trigInfo, out []candidate) []candidate {
	drop := map[int]bool{}
	for i := range out {
		c := &out[i]
		t := trigOf(trigs, c.trigStart)
		if c.anaphoric || t == nil || t.flag != "host" || t.pos != "verb" {
			continue
		}
		for j := range out {
			o := &out[j]
			ot := trigOf(trigs, o.trigStart)
			if j == i || drop[j] || o.anaphoric || ot == nil || ot.pos != "noun" || ot.a <= t.b || ot.a > t.b+45 || o.status != c.status {
				continue
			}
			f := -1
			for k := ot.a - 1; k >= ot.a-4 && k > t.b; k-- {
				if si.ltok(k) == "for" {
					f = k
					break
				}
			}
			if f < 0 || x.clauseBetween(si, t.b, f) || x.isTriggerTokBetween(trigs, t.b, ot.a) {
				continue
			}
			sub := true
			for _, p := range o.participants {
				if !containsStr(c.participants, p) {
					sub = false
				}
			}
			if !sub {
				continue
			}
			if o.kind == schema.Summit || o.kind == schema.Talks {
				c.kind = o.kind
			}
			if c.date == nil {
				c.date = o.date
			}
			drop[j] = true
		}
	}
	if len(drop) == 0 {
		return out
	}
	var kept []candidate
	for i, c := range out {
		if !drop[i] {
			kept = append(kept, c)
		}
	}
	return kept
}

// isTriggerTokBetween reports a trigger starting in tokens (a, b).
func (x *extraction) isTriggerTokBetween(trigs []trigInfo, a, b int) bool {
	for _, t := range trigs {
		if t.a > a && t.a < b {
			return true
		}
	}
	return false
}

// dateParagraphBefore is the day of the paragraph right before the one of
// sentence si when that paragraph holds nothing but a date and a time
// ("May 30, 2017" and "14:20" above a readout), else nil.
func (x *extraction) dateParagraphBefore(si *sentInfo) *schema.Date {
	p := si.s.Paragraph - 1
	if p < 0 {
		return nil
	}
	var day *schema.Date
	seen := false
	for _, o := range x.infos {
		if o.s.Paragraph != p {
			continue
		}
		seen = true
		for k, t := range o.s.Tokens {
			if t.Kind == Punct {
				continue
			}
			tx := x.timexCovering(o, k)
			if tx == nil {
				return nil
			}
			if tx.Type == "DATE" && len(tx.Value) == 10 && day == nil {
				day = &schema.Date{Value: tx.Value, Text: tx.Text}
			}
		}
	}
	if !seen {
		return nil
	}
	return day
}

// timexCovering is the timex covering token k of a sentence, or nil.
func (x *extraction) timexCovering(si *sentInfo, k int) *Timex {
	t := si.s.Tokens[k]
	for i := range x.timexes {
		if tx := &x.timexes[i]; tx.Start <= t.Start && t.End <= tx.End {
			return tx
		}
	}
	return nil
}

// trigOf is the trigger of a sentence starting at byte offset start (the
// last one, should two), or nil.
func trigOf(trigs []trigInfo, start int) *trigInfo {
	var t *trigInfo
	for j := range trigs {
		if trigs[j].sp.start == start {
			t = &trigs[j]
		}
	}
	return t
}

// officeQualifier reports a lower-case common noun at token j that names
// the level of the office after it: "state" in "met state Sen. X",
// "county" in "county Commissioner Y".
func (x *extraction) officeQualifier(si *sentInfo, j int) bool {
	if x.lx.stop[si.ltok(j)] != "noun" {
		return false
	}
	_, _, ok := si.titleSpanAt(j + 1)
	return ok && x.personStartsAt(si, j+1)
}
