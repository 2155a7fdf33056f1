package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// article writes one article's text and, as it goes, its gold.
type article struct {
	r    *rand.Rand
	pub  time.Time
	b    strings.Builder
	seen map[string]bool // people already named in full
	gold gold
}

// when is a date expression: "on " + "Monday" with its TIMEX3 value; the
// zero when is no date.
type when struct{ pre, text, value string }

// s writes text.
func (w *article) s(parts ...string) {
	for _, p := range parts {
		w.b.WriteString(p)
	}
}

// date writes a date expression and records its timex.
func (w *article) date(d when) {
	if d.text == "" {
		return
	}
	w.s(" ", d.pre)
	w.gold.timexes = append(w.gold.timexes, goldTimex{text: d.text, typ: "DATE", value: d.value, at: w.b.Len()})
	w.s(d.text)
}

// m writes a mention of a person: in full with country and title the first
// time, by surname after.
func (w *article) m(p person) string {
	if w.seen[p.Last] {
		return p.Last
	}
	w.seen[p.Last] = true
	return countries[p.Country].Demonym + " " + p.Title + " " + p.Name()
}

func pron(p person) string {
	if p.She {
		return "she"
	}
	return "he"
}

func (w *article) pick(xs []string) string { return xs[w.r.IntN(len(xs))] }

// sentence runs write, which writes one sentence without its final dot,
// and returns what it wrote (the evidence of an event or claim).
func (w *article) sentence(write func()) string {
	start := w.b.Len()
	write()
	ev := w.b.String()[start:]
	w.s(". ")
	return ev
}

func (w *article) para() {
	s := strings.TrimRight(w.b.String(), " ")
	w.b.Reset()
	w.b.WriteString(s)
	if w.b.Len() > 0 {
		w.b.WriteString("\n\n")
	}
}

// Dates, resolved against the publication date as data/gold/README.md says.

func iso(t time.Time) string { return t.Format(time.DateOnly) }

func isoWeek(t time.Time) string {
	y, wk := t.ISOWeek()
	return fmt.Sprintf("%d-W%02d", y, wk)
}

func month(t time.Time) string { return t.Format("2006-01") }

func dayText(t, pub time.Time) string {
	if t.Year() == pub.Year() {
		return t.Format("January 2")
	}
	return t.Format("January 2, 2006")
}

func (w *article) pastDate() when {
	switch w.r.IntN(4) {
	case 0:
		d := w.pub.AddDate(0, 0, -1-w.r.IntN(6))
		return when{"on ", d.Weekday().String(), iso(d)}
	case 1:
		d := w.pub.AddDate(0, 0, -2-w.r.IntN(60))
		return when{"on ", dayText(d, w.pub), iso(d)}
	case 2:
		return when{"", "last week", isoWeek(w.pub.AddDate(0, 0, -7))}
	}
	return when{"", "last month", month(time.Date(w.pub.Year(), w.pub.Month()-1, 1, 0, 0, 0, 0, time.UTC))}
}

func (w *article) futureDate() when {
	switch w.r.IntN(4) {
	case 0:
		d := w.pub.AddDate(0, 0, 1+w.r.IntN(6))
		return when{"on ", d.Weekday().String(), iso(d)}
	case 1:
		d := w.pub.AddDate(0, 0, 2+w.r.IntN(60))
		return when{"on ", dayText(d, w.pub), iso(d)}
	case 2:
		return when{"", "next week", isoWeek(w.pub.AddDate(0, 0, 7))}
	}
	return when{"", "next month", month(time.Date(w.pub.Year(), w.pub.Month()+1, 1, 0, 0, 0, 0, time.UTC))}
}

// Kinds and statuses, weighted by how often news reports them.
var (
	kinds    = []string{"meeting", "meeting", "meeting", "call", "call", "call", "visit", "visit", "summit", "talks", "talks"}
	statuses = []string{"happened", "happened", "happened", "happened", "planned", "planned", "proposed", "postponed", "cancelled"}
)

// template writes one event sentence: x and y are the mentions of the two
// sides, d the date (zero for postponed and cancelled contacts), at the
// place. It returns nothing; the caller records the gold.
type template func(w *article, x, y string, d when, at string)

// templates by kind and status. Participants are people, except for talks
// (delegations of countries). at is "" for calls.
var templates = map[string][]template{
	"meeting/happened": {
		func(w *article, x, y string, d when, at string) { w.s(x, " met ", y, " in ", at); w.date(d) },
		func(w *article, x, y string, d when, at string) {
			w.s(x, " held talks with ", y, " in ", at)
			w.date(d)
		},
		func(w *article, x, y string, d when, at string) {
			w.s(x, " and ", y, " met in ", at)
			w.date(d)
			w.s(" to discuss trade and energy")
		},
	},
	"meeting/planned": {
		func(w *article, x, y string, d when, at string) { w.s(x, " will meet ", y, " in ", at); w.date(d) },
		func(w *article, x, y string, d when, at string) {
			w.s(x, " is due to meet ", y, " in ", at)
			w.date(d)
		},
	},
	"meeting/proposed": {
		func(w *article, x, y string, d when, at string) {
			w.s(x, " proposed a meeting with ", y, " in ", at)
			w.date(d)
		},
	},
	"meeting/postponed": {
		func(w *article, x, y string, _ when, at string) {
			w.s("A planned meeting between ", x, " and ", y, " in ", at, " has been postponed indefinitely")
		},
	},
	"meeting/cancelled": {
		func(w *article, x, y string, _ when, at string) {
			w.s("A meeting between ", x, " and ", y, " that had been scheduled to take place in ", at, " was cancelled")
		},
	},
	"call/happened": {
		func(w *article, x, y string, d when, _ string) { w.s(x, " spoke by phone with ", y); w.date(d) },
		func(w *article, x, y string, d when, _ string) { w.s(x, " held a phone call with ", y); w.date(d) },
	},
	"call/planned": {
		func(w *article, x, y string, d when, _ string) {
			w.s(x, " will hold a phone call with ", y)
			w.date(d)
		},
	},
	"call/proposed": {
		func(w *article, x, y string, d when, _ string) {
			w.s(x, " could speak with ", y, " by phone")
			w.date(d)
		},
	},
	"call/postponed": {
		func(w *article, x, y string, _ when, _ string) {
			w.s("A phone call between ", x, " and ", y, " has been postponed")
		},
	},
	"call/cancelled": {
		func(w *article, x, y string, _ when, _ string) {
			w.s("A planned phone call between ", x, " and ", y, " was cancelled")
		},
	},
	"visit/happened": {
		func(w *article, x, y string, d when, at string) {
			w.s(x, " visited ", at)
			w.date(d)
			w.s(" for talks with ", y)
		},
	},
	"visit/planned": {
		func(w *article, x, y string, d when, at string) {
			w.s(x, " will visit ", at)
			w.date(d)
			w.s(" to meet ", y)
		},
	},
	"visit/proposed": {
		func(w *article, x, y string, d when, at string) {
			w.s(y, " has invited ", x, " to visit ", at)
			w.date(d)
		},
	},
	"visit/postponed": {
		func(w *article, x, y string, _ when, at string) {
			w.s("A visit by ", x, " to ", at, " to meet ", y, " has been postponed")
		},
	},
	"visit/cancelled": {
		func(w *article, x, y string, _ when, at string) {
			w.s(x, " cancelled a planned visit to ", at, " to meet ", y)
		},
	},
	"summit/happened": {
		func(w *article, x, y string, d when, at string) {
			w.s(x, " and ", y, " held a summit in ", at)
			w.date(d)
		},
	},
	"summit/planned": {
		func(w *article, x, y string, d when, at string) {
			w.s(x, " and ", y, " are scheduled to hold a summit in ", at)
			w.date(d)
		},
	},
	"summit/proposed": {
		func(w *article, x, y string, d when, at string) {
			w.s(x, " proposed a summit with ", y, " in ", at)
			w.date(d)
		},
	},
	"summit/postponed": {
		func(w *article, x, y string, _ when, at string) {
			w.s("A summit between ", x, " and ", y, " in ", at, " has been postponed")
		},
	},
	"summit/cancelled": {
		func(w *article, x, y string, _ when, at string) {
			w.s("A summit between ", x, " and ", y, " in ", at, " has been cancelled")
		},
	},
	"talks/happened": {
		func(w *article, x, y string, d when, at string) {
			w.s("Delegations from ", x, " and ", y, " held a round of talks in ", at)
			w.date(d)
		},
	},
	"talks/planned": {
		func(w *article, x, y string, d when, at string) {
			w.s("Delegations from ", x, " and ", y, " will hold talks in ", at)
			w.date(d)
		},
	},
	"talks/proposed": {
		func(w *article, x, y string, d when, at string) {
			w.s(x, " has proposed talks with ", y, " in ", at)
			w.date(d)
		},
	},
	"talks/postponed": {
		func(w *article, x, y string, _ when, at string) {
			w.s("Talks between ", x, " and ", y, " in ", at, " have been postponed")
		},
	},
	"talks/cancelled": {
		func(w *article, x, y string, _ when, at string) {
			w.s("Talks between ", x, " and ", y, " in ", at, " were cancelled")
		},
	},
}

// event writes one contact between a and b (their countries for talks) and
// records it in the gold.
func (w *article) event(kind, status string, a, b person) {
	var d when
	switch status {
	case "happened":
		d = w.pastDate()
	case "planned", "proposed":
		d = w.futureDate()
	}
	ca, cb := countries[a.Country], countries[b.Country]
	at := ""
	switch kind {
	case "visit": // a travels to b's country
		at = w.city(cb)
	case "call":
	default:
		if w.r.IntN(2) == 0 {
			at = w.city(ca)
		} else {
			at = w.city(cb)
		}
	}
	x, y := ca.Name, cb.Name
	parts := []string{ca.Name, cb.Name}
	if kind != "talks" {
		x, y = w.m(a), w.m(b)
		parts = []string{a.Name(), b.Name()}
	}
	ts := templates[kind+"/"+status]
	t := ts[w.r.IntN(len(ts))]
	ev := w.sentence(func() { t(w, x, y, d, at) })
	w.gold.events = append(w.gold.events, goldEvent{
		kind: kind, status: status, participants: parts, date: d.value, place: at, evidence: ev,
	})
}

func (w *article) city(c country) string {
	if len(c.Cities) > 0 && w.r.IntN(3) == 0 {
		return c.Cities[w.r.IntN(len(c.Cities))]
	}
	return c.Capital
}

var (
	outlets = []string{"Reuters", "Bloomberg", "CNN", "BBC", "Al Jazeera", "Agence France-Presse", "Xinhua", "Kyodo", "Euronews", "Deutsche Welle"}
	props   = []string{
		"the two countries would deepen cooperation on energy",
		"progress had been made on the border question",
		"a new fisheries agreement was within reach",
		"sanctions would remain in place for now",
		"both sides wanted to expand trade in grain",
		"the dispute over water rights could be settled",
		"a joint commission on rail links would be set up",
		"the new customs rules had hurt exporters",
		"the ceasefire in the region was holding",
		"more aid for refugees was needed before winter",
	}
	quotes = []string{
		"We have agreed to work together on energy security",
		"There is still a lot of work to do",
		"Our position has not changed",
		"This is a good day for both our nations",
		"We want stability, not confrontation",
		"Nobody should doubt our commitment to the region",
	}
	fillers = []string{
		"The ministry gave no details of the agenda.",
		"Relations between the two governments have improved after years of tension.",
		"Both governments face elections within the next two years.",
		"Officials in both capitals have stressed the importance of the grain trade.",
		"Diplomats say the border question has held back closer ties for more than a decade.",
		"The region has seen rising prices for fuel and food, and both governments are under pressure at home to show results.",
		"Opposition parties in both parliaments have criticised the government's handling of the negotiations over fishing quotas.",
		"Exports of machinery and farm produce make up most of the trade between the two economies.",
		"Analysts expect the question of transit fees for gas pipelines to dominate the agenda.",
		"Neither government has published the text of the draft agreement.",
	}
)

// claim writes something p said and records it.
func (w *article) claim(p person) {
	outlet := w.pick(outlets)
	var c goldClaim
	switch w.r.IntN(4) {
	case 0:
		q := w.pick(quotes)
		var d when
		if w.r.IntN(2) == 0 {
			day := w.pub.AddDate(0, 0, -1-w.r.IntN(6))
			d = when{"on ", day.Weekday().String(), iso(day)}
		}
		w.sentence(func() {
			w.s("\"", q, ",\" ", w.m(p), " told reporters")
			w.date(d)
		})
		c = goldClaim{claimant: p.Name(), text: q, date: d.value}
	case 1:
		pr := w.pick(props)
		w.sentence(func() { w.s(w.m(p), " said that ", pr, ", ", outlet, " reported") })
		c = goldClaim{claimant: p.Name(), reportedBy: []string{outlet}, text: pr}
	case 2:
		pr := w.pick(props)
		w.sentence(func() { w.s("According to ", outlet, ", ", w.m(p), " said that ", pr) })
		c = goldClaim{claimant: p.Name(), reportedBy: []string{outlet}, text: pr}
	default:
		pr := w.pick(props)
		w.sentence(func() { w.s(w.m(p), " wrote in a post on social media that ", pr) })
		c = goldClaim{claimant: p.Name(), text: pr}
	}
	w.gold.claims = append(w.gold.claims, c)
}

// sourceClaim writes what an anonymous source told an outlet.
func (w *article) sourceClaim() {
	outlet, pr := w.pick(outlets), w.pick(props)
	w.sentence(func() { w.s("A source familiar with the matter told ", outlet, " that ", pr) })
	w.gold.claims = append(w.gold.claims, goldClaim{claimant: "source", reportedBy: []string{outlet}, text: pr})
}

// filler writes background without events or claims, sometimes dated.
func (w *article) filler(a, b person) {
	if w.r.IntN(4) != 0 {
		w.s(w.pick(fillers), " ")
		return
	}
	ca, cb := countries[a.Country], countries[b.Country]
	w.sentence(func() {
		w.s("Trade between ", ca.Name, " and ", cb.Name, " grew by ", fmt.Sprint(2+w.r.IntN(9)), " percent")
		w.date(when{"", "last year", fmt.Sprint(w.pub.Year() - 1)})
	})
}

// compose writes the article: the main contact between a and b, what one
// of them said, maybe a second contact with a third person, background,
// maybe what a source said.
func (w *article) compose(c *cast, a, b person) {
	w.event(w.pick(kinds), w.pick(statuses), a, b)
	if w.r.IntN(2) == 0 {
		w.claim(a)
	} else {
		w.claim(b)
	}
	w.para()
	if w.r.IntN(10) < 6 {
		third := c.third(w.r, a, b)
		kind := w.pick(kinds)
		if kind == "talks" {
			kind = "call"
		}
		w.event(kind, w.pick(statuses), a, third)
		if w.r.IntN(2) == 0 {
			w.claim(third)
		}
		w.para()
	}
	for n := 1 + w.r.IntN(3); n > 0; n-- {
		w.filler(a, b)
	}
	if w.r.IntN(2) == 0 {
		w.sourceClaim()
	}
	w.para()
}
