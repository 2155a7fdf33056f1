// Date normalisation: finding temporal expressions in English news text and
// giving them TIMEX3 values against the publication date.
//
// How Find works:
//
//  1. The text is cut into tokens (words, numbers, single punctuation marks)
//     with byte offsets; each token knows whether space precedes it, whether
//     it is capitalised, and which sentence it belongs to.
//  2. At each token that can start an expression (a cheap set look-up: the
//     first words of all lexicon entries, and numbers), every rule is tried
//     and the longest match wins; ties go to the rule tried first. Rules, in
//     order: numeric dates (2025-10-20, 10/20/2025); clock times (10 a.m.,
//     18:00 UTC, noon), optionally with a day; calendar dates (weekday,
//     month-day, day-month, month-year, year, with "early"/"mid-"/"late" and
//     "the end of" in front); decades and centuries; quarters and halves;
//     seasons; holidays; days named from today (yesterday, tonight);
//     units shifted from today ("last week", "next year", "this month") or
//     from the last date mentioned ("the following week", "that day");
//     counted units ("two weeks ago", "three days later", or else the
//     duration "two weeks"); sets ("every Monday", "weekly"); fixed words
//     (now → PRESENT_REF, recently → PAST_REF, the future → FUTURE_REF).
//  3. A match is resolved when it is chosen, left to right, so that
//     anaphoric expressions see the dates mentioned before them
//     (HeidelTime's approach). Deictic expressions ("yesterday", "last
//     week") resolve against the publication date; anaphoric ones ("the
//     same day", "two days later", "a year earlier") against the last date
//     of the right granularity mentioned before.
//  4. A name without its year or week (a weekday, a month, "October 16", a
//     season, a dtHoliday) is placed by the tense of its sentence: in a past
//     clause, the latest dtOccurrence not after the publication date; in a
//     future clause ("will", "is to", ...), the first not before it; with no
//     tense marker, weekdays count as past and the rest take the
//     publication year. "last"/"next"/"this" override the tense.
//  5. Values are written at their own granularity: "2025-10-20",
//     "2025-W44", "2025-10", "2025-Q3", "2023-SU", "2025", "199" (the
//     1990s), "P2W", "XXXX-WXX-1", "PRESENT_REF".
//
// Every word list (month names, number words, unit words, tense markers,
// holidays...) is read from the lexicon file dates.yaml; only the structure
// of the rules is written here.

package extract

import (
	"fmt"
	"io/fs"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/schema"
	"go.yaml.in/yaml/v3"
)

// Timex is a normalised temporal expression.
type Timex struct {
	Start, End int    // byte offsets into the text passed to Find (End exclusive)
	Text       string // text[Start:End]
	Type       string // TIMEX3 type: "DATE", "TIME", "DURATION", "SET"
	Value      string // TIMEX3 value: "2025-10-20", "2025-10", "2025-W44", "2025", "2023-SP", "P2W", "PRESENT_REF", "XXXX-WXX-1"...
	Mod        string // TIMEX3 mod where one applies: "START", "MID", "END", "APPROX", ... or ""

	// rangeEnd marks the last day of a range of days ("21" in "March
	// 20-21", "5 March" in "from 3 to 5 March"): a contact dated by the
	// range takes its first day.
	rangeEnd bool
	// dayPart marks a part of a day with no day named ("in the
	// morning"): a contact takes the day the narrative is on, not the
	// one the timex guessed when the sentence before names two.
	dayPart bool
	// anchor marks the day another timex counts from ("6 October" in "the
	// day before talks began on 6 October"): that timex dates the contact.
	anchor bool
}

// dtLexiconFile is the lexicon file NewDateFinder reads.
const dtLexiconFile = "dates.yaml"

// dtLexicon is the content of dates.yaml.
type dtLexicon struct {
	Months           map[string]int       `yaml:"months"`
	Weekdays         map[string]int       `yaml:"weekdays"`
	ShortForms       []string             `yaml:"short_forms"`
	Numbers          map[string]float64   `yaml:"numbers"`
	Multipliers      map[string]float64   `yaml:"multipliers"`
	VagueNumbers     []string             `yaml:"vague_numbers"`
	Ordinals         map[string]int       `yaml:"ordinals"`
	OrdinalSuffixes  []string             `yaml:"ordinal_suffixes"`
	Units            map[string]string    `yaml:"units"`
	Seasons          map[string]string    `yaml:"seasons"`
	PartsOfDay       map[string]string    `yaml:"parts_of_day"`
	ClockWords       map[string]string    `yaml:"clock_words"`
	AM               []string             `yaml:"am"`
	PM               []string             `yaml:"pm"`
	TimeZones        map[string]string    `yaml:"time_zones"`
	DeicticDays      map[string]int       `yaml:"deictic_days"`
	DeicticShift     map[string]int       `yaml:"deictic_shift"`
	AnaphoricShift   map[string]int       `yaml:"anaphoric_shift"`
	Ago              []string             `yaml:"ago"`
	BeforeRef        []string             `yaml:"before_ref"`
	AfterRef         []string             `yaml:"after_ref"`
	PartMods         map[string]string    `yaml:"part_mods"`
	DurationMods     map[string]string    `yaml:"duration_mods"`
	DurationLead     []string             `yaml:"duration_lead"`
	Fixed            map[string][2]string `yaml:"fixed"`
	FixedAfterCount  []string             `yaml:"fixed_after_count"`
	FixedAlone       []string             `yaml:"fixed_alone"`
	SetWords         []string             `yaml:"set_words"`
	CountWords       []string             `yaml:"count_words"`
	YearPreps        []string             `yaml:"year_preps"`
	FutureWords      []string             `yaml:"future_words"`
	FutureOpeners    []string             `yaml:"future_openers"`
	ObjectOpeners    []string             `yaml:"object_openers"`
	PastWords        []string             `yaml:"past_words"`
	YearLeads        []string             `yaml:"year_leads"`
	Holidays         map[string]string    `yaml:"holidays"`
	SeasonLeads      []string             `yaml:"season_leads"`
	RefUnitLeads     []string             `yaml:"ref_unit_leads"`
	PeriodWords      []string             `yaml:"period_words"`
	SpanPreps        []string             `yaml:"span_preps"`
	RateWords        []string             `yaml:"rate_words"`
	CountAdjectives  []string             `yaml:"count_adjectives"`
	FixedNotInitial  []string             `yaml:"fixed_not_initial"`
	PresentWords     []string             `yaml:"present_words"`
	OpenTense        []string             `yaml:"open_tense"`
	NotTense         []string             `yaml:"not_tense"`
	Perfect          []string             `yaml:"perfect"`
	PastAux          []string             `yaml:"past_aux"`
	AdjectiveLeads   []string             `yaml:"adjective_leads"`
	PassiveAux       []string             `yaml:"passive_aux"`
	ParticiplePreps  []string             `yaml:"participle_preps"`
	RelPronouns      []string             `yaml:"relative_pronouns"`
	BareUnitPreps    []string             `yaml:"bare_unit_preps"`
	AgentParticiples []string             `yaml:"agent_participles"`
	DecadeWords      map[string]int       `yaml:"decade_words"`
}

// dtPhrase is one lexicon entry: its words (as tokens) and its value.
type dtPhrase struct {
	words []string
	s     string
	n     float64
}

// dtPhrases matches lexicon entries of one or more words against tokens.
type dtPhrases struct {
	byFirst map[string][]dtPhrase // longest first
}

func newDTPhrases() *dtPhrases { return &dtPhrases{byFirst: map[string][]dtPhrase{}} }

func (p *dtPhrases) add(key, s string, n float64) {
	toks := dtTokenize(strings.ToLower(key), nil)
	if len(toks) == 0 {
		return
	}
	w := make([]string, len(toks))
	for i, t := range toks {
		w[i] = t.low
	}
	l := append(p.byFirst[w[0]], dtPhrase{words: w, s: s, n: n})
	sort.SliceStable(l, func(i, j int) bool { return len(l[i].words) > len(l[j].words) })
	p.byFirst[w[0]] = l
}

// match gives the longest entry starting at token i: the index after it.
func (p *dtPhrases) match(toks []dtTok, i int) (dtPhrase, int, bool) {
	if i < 0 || i >= len(toks) {
		return dtPhrase{}, i, false
	}
	for _, ph := range p.byFirst[toks[i].low] {
		if i+len(ph.words) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(ph.words); k++ {
			if toks[i+k].low != ph.words[k] {
				ok = false
				break
			}
		}
		if ok {
			return ph, i + len(ph.words), true
		}
	}
	return dtPhrase{}, i, false
}

func (p *dtPhrases) has(toks []dtTok, i int) bool { _, _, ok := p.match(toks, i); return ok }

// dtHoliday is a rule placing a dtHoliday in a given year.
type dtHoliday struct {
	month, day   int // fixed day
	weekday, nth int // nth weekday of month (nth -1: last)
	easter       bool
	offset       int // days after Easter, or after the nth weekday
}

// DateFinder finds and normalises temporal expressions. Build it once with
// NewDateFinder; it is read-only afterwards and safe for concurrent use.
type DateFinder struct {
	months, weekdays, numbers, multipliers, vague, ordinals, ordSuffix,
	units, seasons, parts, clock, am, pm, zones, deicticDays, deicticShift,
	anaShift, ago, beforeRef, afterRef, partMods, durMods, durLead, fixed,
	afterCount, alone, setWords, countWords, yearPreps, future, past,
	yearLeads, holidays, seasonLeads, refLeads, periods, spanPreps, rateWords,
	countAdj, notInitial, present, openTense, notTense, perfect, pastAux,
	adjLeads, passiveAux, participlePreps, relPronouns, bareUnitPreps,
	decadeWords, futureOpeners, agentParticiples *dtPhrases
	objectOpeners *dtPhrases
	short         map[string]bool
	titles        map[string]bool // abbreviated titles ("gov", "gen"): their period ends no sentence
	hols          map[string]dtHoliday
	starters      map[string]bool // first words of every entry
}

// NewDateFinder builds a DateFinder from the lexicon folder (data.Lexicon()),
// reading its dates.yaml.
func NewDateFinder(lexicon fs.FS) (*DateFinder, error) {
	raw, err := fs.ReadFile(lexicon, dtLexiconFile)
	if err != nil {
		return nil, fmt.Errorf("date finder: reading lexicon: %w", err)
	}
	var lx dtLexicon
	if err := yaml.Unmarshal(raw, &lx); err != nil {
		return nil, fmt.Errorf("date finder: parsing %s: %w", dtLexiconFile, err)
	}
	if len(lx.Months) == 0 || len(lx.Weekdays) == 0 || len(lx.Units) == 0 {
		return nil, fmt.Errorf("date finder: %s lacks months, weekdays or units", dtLexiconFile)
	}
	f := &DateFinder{short: map[string]bool{}, titles: map[string]bool{}, hols: map[string]dtHoliday{}, starters: map[string]bool{}}
	// The abbreviated titles of the extractor's lexicon ("Gov. X"), when
	// the folder has them: a date finder on dates.yaml alone still works.
	if _, err := fs.Stat(lexicon, "abbreviations.tsv"); err == nil {
		rows, err := readTSV(lexicon, "abbreviations.tsv", 2)
		if err != nil {
			return nil, fmt.Errorf("date finder: %w", err)
		}
		for _, r := range rows {
			if r[1] == "title" {
				f.titles[strings.ToLower(r[0])] = true
			}
		}
	}
	ints := func(m map[string]int) *dtPhrases {
		p := newDTPhrases()
		for k, v := range m {
			p.add(k, "", float64(v))
		}
		return p
	}
	floats := func(m map[string]float64) *dtPhrases {
		p := newDTPhrases()
		for k, v := range m {
			p.add(k, "", v)
		}
		return p
	}
	strs := func(m map[string]string) *dtPhrases {
		p := newDTPhrases()
		for k, v := range m {
			p.add(k, v, 0)
		}
		return p
	}
	list := func(l []string) *dtPhrases {
		p := newDTPhrases()
		for _, k := range l {
			p.add(k, k, 0)
		}
		return p
	}
	f.months, f.weekdays = ints(lx.Months), ints(lx.Weekdays)
	f.numbers, f.multipliers = floats(lx.Numbers), floats(lx.Multipliers)
	f.vague, f.ordinals, f.ordSuffix = list(lx.VagueNumbers), ints(lx.Ordinals), list(lx.OrdinalSuffixes)
	f.units, f.seasons, f.parts = strs(lx.Units), strs(lx.Seasons), strs(lx.PartsOfDay)
	f.clock, f.am, f.pm, f.zones = strs(lx.ClockWords), list(lx.AM), list(lx.PM), strs(lx.TimeZones)
	f.deicticDays, f.deicticShift, f.anaShift = ints(lx.DeicticDays), ints(lx.DeicticShift), ints(lx.AnaphoricShift)
	f.ago, f.beforeRef, f.afterRef = list(lx.Ago), list(lx.BeforeRef), list(lx.AfterRef)
	f.partMods, f.durMods, f.durLead = strs(lx.PartMods), strs(lx.DurationMods), list(lx.DurationLead)
	f.fixed = newDTPhrases()
	for k, v := range lx.Fixed {
		if v[0] == "" || v[1] == "" {
			return nil, fmt.Errorf("date finder: fixed expression %q needs [TYPE, VALUE]", k)
		}
		f.fixed.add(k, v[0]+" "+v[1], 0)
	}
	f.afterCount, f.alone, f.setWords, f.countWords = list(lx.FixedAfterCount), list(lx.FixedAlone), list(lx.SetWords), list(lx.CountWords)
	f.yearPreps, f.future, f.past, f.yearLeads = list(lx.YearPreps), list(lx.FutureWords), list(lx.PastWords), list(lx.YearLeads)
	f.futureOpeners = list(lx.FutureOpeners)
	f.objectOpeners = list(lx.ObjectOpeners)
	f.seasonLeads, f.refLeads, f.periods = list(lx.SeasonLeads), list(lx.RefUnitLeads), list(lx.PeriodWords)
	f.spanPreps, f.rateWords, f.countAdj, f.notInitial = list(lx.SpanPreps), list(lx.RateWords), list(lx.CountAdjectives), list(lx.FixedNotInitial)
	f.present, f.openTense, f.notTense, f.perfect = list(lx.PresentWords), list(lx.OpenTense), list(lx.NotTense), list(lx.Perfect)
	f.pastAux, f.adjLeads, f.passiveAux = list(lx.PastAux), list(lx.AdjectiveLeads), list(lx.PassiveAux)
	f.participlePreps, f.relPronouns, f.bareUnitPreps = list(lx.ParticiplePreps), list(lx.RelPronouns), list(lx.BareUnitPreps)
	f.agentParticiples = list(lx.AgentParticiples)
	f.decadeWords = ints(lx.DecadeWords)
	f.holidays = newDTPhrases()
	for k, v := range lx.Holidays {
		h, err := parseDTHoliday(v)
		if err != nil {
			return nil, fmt.Errorf("date finder: dtHoliday %q: %w", k, err)
		}
		f.hols[v] = h
		f.holidays.add(k, v, 0)
	}
	for _, s := range lx.ShortForms {
		f.short[strings.ToLower(s)] = true
	}
	// Words that can start an expression: the pre-check of Find.
	for _, p := range []*dtPhrases{f.months, f.weekdays, f.numbers, f.vague, f.ordinals, f.units,
		f.seasons, f.parts, f.clock, f.deicticDays, f.deicticShift, f.anaShift, f.partMods,
		f.durMods, f.durLead, f.fixed, f.setWords, f.yearLeads, f.holidays, f.refLeads} {
		for w := range p.byFirst {
			f.starters[w] = true
		}
	}
	for _, w := range []string{"the", "'", "’", "q", "week"} { // structural starters: "the 1990s", "'90s", "Q3", "week 14"
		f.starters[w] = true
	}
	return f, nil
}

// parseDTHoliday reads a dtHoliday rule: "12-25", "11-4-4" (4th Thursday of
// November), "05-1--1" (last Monday of May), "11-election" (the Tuesday
// after the first Monday of November), "easter+1".
func parseDTHoliday(v string) (dtHoliday, error) {
	if rest, ok := strings.CutPrefix(v, "easter"); ok {
		n := 0
		if rest != "" {
			var err error
			if n, err = strconv.Atoi(strings.TrimPrefix(rest, "+")); err != nil {
				return dtHoliday{}, fmt.Errorf("bad easter offset %q", rest)
			}
		}
		return dtHoliday{easter: true, offset: n}, nil
	}
	parts := strings.SplitN(v, "-", 3)
	if len(parts) < 2 {
		return dtHoliday{}, fmt.Errorf("bad rule %q", v)
	}
	m, err := strconv.Atoi(parts[0])
	if err != nil || m < 1 || m > 12 {
		return dtHoliday{}, fmt.Errorf("bad month in %q", v)
	}
	if parts[1] == "election" {
		return dtHoliday{month: m, weekday: 1, nth: 1, offset: 1}, nil
	}
	a, err := strconv.Atoi(parts[1])
	if err != nil {
		return dtHoliday{}, fmt.Errorf("bad rule %q", v)
	}
	if len(parts) == 2 {
		return dtHoliday{month: m, day: a}, nil
	}
	n, err := strconv.Atoi(parts[2])
	if err != nil || a < 1 || a > 7 || n == 0 || n > 5 {
		return dtHoliday{}, fmt.Errorf("bad rule %q", v)
	}
	return dtHoliday{month: m, weekday: a, nth: n}, nil
}

// date gives the day of the dtHoliday in year y.
func (h dtHoliday) date(y int) time.Time {
	switch {
	case h.easter:
		return dtEaster(y).AddDate(0, 0, h.offset)
	case h.nth > 0:
		first := dtYMD(y, h.month, 1)
		d := first.AddDate(0, 0, (h.weekday-dtISOWeekday(first)+7)%7+7*(h.nth-1))
		return d.AddDate(0, 0, h.offset)
	case h.nth < 0:
		last := dtYMD(y, h.month+1, 0)
		return last.AddDate(0, 0, -((dtISOWeekday(last) - h.weekday + 7) % 7))
	}
	return dtYMD(y, h.month, h.day)
}

// dtEaster is Easter Sunday of year y (anonymous Gregorian algorithm).
func dtEaster(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	g := (8*b + 13) / 25
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 19*l) / 433
	month := (h + l - 7*m + 90) / 25
	day := (h + l - 7*m + 33*month + 19) % 32
	return dtYMD(y, month, day)
}

func dtYMD(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// dtISOWeekday is 1 for Monday … 7 for Sunday.
func dtISOWeekday(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }

// ---------------------------------------------------------------------------
// Tokens

type dtTok struct {
	s, e   int
	low    string // lower-case text, curly apostrophe as '
	kind   byte   // 'w' word, 'n' number, 'p' punctuation
	glued  bool   // no space before it
	nl     bool   // a line break before it
	cap    bool   // starts with an upper-case letter
	num    int    // value of a number token (digits), -1 if too long
	digits int    // number of digits of a number token
	sent   int    // sentence index
}

func dtIsLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// dtTokenize cuts text into tokens, appending to toks.
func dtTokenize(text string, toks []dtTok) []dtTok {
	space, nl := true, false
	for i := 0; i < len(text); {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			if c == '\n' {
				nl = true
			}
			space = true
			i++
			continue
		}
		start := i
		var kind byte
		switch {
		case c >= '0' && c <= '9':
			for i < len(text) && text[i] >= '0' && text[i] <= '9' {
				i++
			}
			kind = 'n'
		case dtIsLetter(c):
			i = dtWordEnd(text, i)
			kind = 'w'
		case c < utf8.RuneSelf:
			i++
			kind = 'p'
		default:
			r, sz := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsLetter(r):
				i = dtWordEnd(text, i)
				kind = 'w'
			case unicode.IsSpace(r):
				i += sz
				space = true
				continue
			default:
				i += sz
				kind = 'p'
			}
		}
		t := dtTok{s: start, e: i, kind: kind, glued: !space, nl: nl, num: -1}
		switch kind {
		case 'w':
			t.low = strings.ToLower(text[start:i])
			r, _ := utf8.DecodeRuneInString(text[start:])
			t.cap = unicode.IsUpper(r)
		case 'n':
			t.low = text[start:i]
			t.digits = i - start
			if t.digits <= 9 {
				t.num, _ = strconv.Atoi(t.low)
			}
		default:
			t.low = text[start:i]
			if t.low == "’" || t.low == "‘" {
				t.low = "'"
			}
		}
		toks = append(toks, t)
		space, nl = false, false
	}
	return toks
}

func dtWordEnd(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !dtIsLetter(c) {
				return i
			}
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			return i
		}
		i += sz
	}
	return i
}

// dtMarkSentences gives each token its sentence index: a sentence ends at
// ".", "!" or "?" followed by a capitalised word, a quote or a line break,
// or at a blank line; not at the period of an abbreviated title ("Gov.
// X", "Gen. Y").
func (f *DateFinder) dtMarkSentences(toks []dtTok) {
	s := 0
	for i := range toks {
		if i > 0 {
			p := toks[i-1]
			// closing quotes after the full stop: `.'' The`, `."  The`
			for q := i - 1; q > 0 && i-q < 3 && dtIsQuote(toks[q].low) && toks[q].glued; q-- {
				if pp := toks[q-1]; pp.kind == 'p' && (pp.low == "." || pp.low == "!" || pp.low == "?") {
					p = pp
					break
				}
			}
			if toks[i].nl {
				s++
			} else if p.kind == 'p' && (p.low == "." || p.low == "!" || p.low == "?") && !toks[i].glued &&
				(toks[i].cap || toks[i].kind == 'p') {
				// "a.m. Friday" or "Sept. 30": an abbreviation, not an end.
				title := i >= 2 && p.low == "." && toks[i-1].glued && toks[i-2].kind == 'w' && f.titles[toks[i-2].low] && toks[i].cap
				if !title && !(i >= 2 && toks[i-2].kind == 'w' && len(toks[i-2].low) <= 4 && toks[i-2].glued == false && toks[i].kind == 'n') {
					s++
				}
			}
		}
		toks[i].sent = s
	}
}

// dtPronoun reports a personal pronoun opening a clause ("a week before
// that they had spoken"): "that" before it stands alone.
func dtPronoun(w string) bool {
	switch w {
	case "i", "we", "you", "he", "she", "it", "they":
		return true
	}
	return false
}

func dtIsQuote(s string) bool {
	switch s {
	case "'", "\"", "”", "’", "`":
		return true
	}
	return false
}

// ---------------------------------------------------------------------------
// Candidates

// Kinds of candidate.
const (
	dtkFixed    = iota // literal type and value
	dtkCal             // calendar spec (year, month, day, weekday, season, quarter, ...)
	dtkShift           // a unit shifted from today or from the last date ("last week", "that day")
	dtkDuration        // a span of time ("two weeks")
)

// Directions of a calendar name.
const (
	dtDirNone   = 0
	dtDirLast   = 1 // "last Friday"
	dtDirNext   = 2 // "next Friday"
	dtDirThis   = 3 // "this Friday"
	dtDirPast   = 4 // tense: past
	dtDirFuture = 5 // tense: future
	// The nearest occurrence, biased by the tense: for names that recur
	// yearly ("Dec. 15", "January", "the fourth quarter").
	dtDirNear       = 6
	dtDirNearPast   = 7
	dtDirNearFuture = 8
	dtDirPresent    = 9 // tense: present ("is", "opens")
)

type dtCand struct {
	end  int // token index after the expression
	kind int
	typ  string
	val  string
	mod  string

	// dtkCal
	y, m, d, wd, q, half int
	edge                 int // "the first (1) / last (-1) day of June": that day of the month
	season, hol          string
	yShift               int  // year relative to the anchor year ("June last year")
	hasYShift            bool //
	dir                  int
	part                 string // part of day: MO, AF, EV, NI
	hh, mi               int
	clock                bool
	tz                   string

	// dtkShift, dtkDuration
	unit      string
	n         float64
	vague     bool
	anaphoric bool // anchored on the last date mentioned, not today
	counted   bool // "a year ago", "two days later"
	dayPart   bool // dtkShift D: keep the part of day
	eve       bool // "the eve (of the summit)": the day before
}

// ---------------------------------------------------------------------------
// Find

// dtState is what Find remembers while it reads a document.
type dtState struct {
	f    *DateFinder
	text string
	toks []dtTok
	dct  time.Time
	// The last dates mentioned, by granularity (zero if none).
	refDay, refMonth, refYear time.Time
	refYearSent               int // sentence of the last refYear
	refQuarter                int // year*4 + quarter-1, or -1
	lastGran                  string
	lastEnd                   int       // token after the last date remembered, -1 if none
	headYears                 []int     // per token, the year of a list's year heading above it (0 if none)
	headDay                   time.Time // the day of the last line that is a day alone ("SATURDAY 29 JUNE", "Monday:"), zero if none
}

// outOfCalendar reports a value whose year fell outside 0000–9999.
func outOfCalendar(v string) bool {
	return strings.HasPrefix(v, "-") || strings.HasPrefix(v, "+")
}

// Find returns the temporal expressions of text, in order, normalised
// against dct (the publication date).
func (f *DateFinder) Find(text string, dct time.Time) []Timex {
	dct = time.Date(dct.Year(), dct.Month(), dct.Day(), 0, 0, 0, 0, time.UTC)
	st := &dtState{f: f, text: text, dct: dct, refQuarter: -1, lastEnd: -1}
	st.toks = dtTokenize(text, make([]dtTok, 0, len(text)/5+1))
	f.dtMarkSentences(st.toks)
	st.markHeadYears()
	var out []Timex
	for i := 0; i < len(st.toks); {
		t := &st.toks[i]
		if t.kind != 'n' && !f.starters[t.low] {
			i++
			continue
		}
		c, ok := st.best(i)
		if !ok {
			i++
			continue
		}
		var saved time.Time
		ref, hasRef := st.namedAnchor(i, c, out)
		if hasRef {
			saved, st.refDay = st.refDay, ref
		}
		tx, ok := st.resolve(i, c)
		if hasRef {
			st.refDay = saved
		}
		if ok && outOfCalendar(tx.Value) {
			ok = false // "2000 years ago" from 1970: TIMEX3 has no years before 0000
		}
		if ok {
			tx.Start, tx.End = st.toks[i].s, st.toks[c.end-1].e
			tx.Text = text[tx.Start:tx.End]
			tx.dayPart = c.anaphoric && c.part != "" && c.n == 0 && c.end == i+2 && st.is(i, "the")
			out = append(out, tx)
			if tx.Type == "DATE" && len(tx.Value) == 10 && st.wholeLine(i, c.end) {
				if d, err := time.Parse("2006-01-02", tx.Value); err == nil {
					st.headDay = d
				}
			}
			// "a year earlier", "on the eve of the visit" are no new
			// reference point; nor is a date in a phrase after another
			// of its sentence that places something before or after it
			// ("met on Thursday, two days after the vote on Tuesday. The
			// following day ...": the Friday)
			if (!c.counted || c.anaphoric && c.unit == "D") && !c.eve && !st.secondaryDate(i) {
				st.remember(tx, st.toks[i].sent)
				if tx.Type == "DATE" || tx.Type == "TIME" {
					st.lastEnd = c.end
				}
			}
		}
		i = c.end
	}
	weekdaysInWeek(text, out)
	out = dayRanges(text, out)
	out = weekOfDay(text, out)
	daysFromDate(text, out)
	unitBeforeAfter(text, out)
	return out
}

// unitBeforeAfter reads "the week before," "the month after." "the year
// before," told alone: the unit before or after the one "the week" (the
// month, the year) resolved to, the one last spoken of.
func unitBeforeAfter(text string, out []Timex) {
	for i := range out {
		tx := &out[i]
		words := strings.Fields(strings.ToLower(tx.Text))
		if tx.Type != "DATE" || len(words) != 2 || words[0] != "the" {
			continue
		}
		m := dayAlone.FindStringSubmatchIndex(text[tx.End:])
		if m == nil {
			continue
		}
		n := 1
		if strings.EqualFold(text[tx.End+m[2]:tx.End+m[3]], "before") {
			n = -1
		}
		iv, err := schema.ParseDateValue(tx.Value)
		if err != nil {
			continue
		}
		v := ""
		switch {
		case words[1] == "week" && strings.Contains(tx.Value, "-W") && len(tx.Value) == 8:
			v = dtWeekValue(iv.Begin.AddDate(0, 0, 7*n))
		case words[1] == "month" && len(tx.Value) == 7:
			t := iv.Begin.AddDate(0, n, 0)
			v = dtMonthValue(t.Year(), int(t.Month()))
		case words[1] == "year" && len(tx.Value) == 4:
			v = fmt.Sprintf("%04d", iv.Begin.Year()+n)
		default:
			continue
		}
		tx.Value = v
		tx.End += m[3]
		tx.Text = text[tx.Start:tx.End]
	}
}

// dayOffset reads "before"/"after" right after a count of days: "the day
// before", "two days after".
var dayAlone = regexp.MustCompile(`(?i)^\s+(before|after)\s*[,.;]`)

var dayOffset = regexp.MustCompile(`(?i)^\s+(before|after)\s+(\w+)`)

// weekOfDay joins "the week" and the day after "of" ("in the week of
// February 17") into one expression: the ISO week of that day.
func weekOfDay(text string, out []Timex) []Timex {
	for i := 0; i+1 < len(out); i++ {
		tx, next := &out[i], out[i+1]
		if !strings.EqualFold(tx.Text, "the week") || !strings.EqualFold(strings.TrimSpace(text[tx.End:next.Start]), "of") || len(next.Value) != 10 || next.Type != "DATE" {
			continue
		}
		day, err := time.Parse("2006-01-02", next.Value)
		if err != nil {
			continue
		}
		tx.Value, tx.End = dtWeekValue(day), next.End
		tx.Text = text[tx.Start:tx.End]
		out = append(out[:i+1], out[i+2:]...)
	}
	return out
}

// daysFromDate counts "the day before", "two days after" from the day the
// rest of the sentence names next ("the day before talks began on 6
// October" is 5 October): the first day-valued timex after it, with no
// other timex between and no sentence end.
func daysFromDate(text string, out []Timex) {
	for i := 0; i < len(out); i++ {
		tx := &out[i]
		words := strings.Fields(strings.ToLower(tx.Text))
		n := 0
		switch {
		case len(words) == 2 && (words[0] == "the" || words[0] == "a") && words[1] == "day":
			n = 1
		case tx.Type == "DURATION" && len(words) == 2 && strings.HasPrefix(tx.Value, "P") && strings.HasSuffix(tx.Value, "D"):
			d, err := strconv.Atoi(tx.Value[1 : len(tx.Value)-1])
			if err != nil {
				continue
			}
			n = d // "two days" (P2D)
		default:
			continue
		}
		if m := dayAlone.FindStringSubmatchIndex(text[tx.End:]); m != nil && n == 1 && len(tx.Value) == 10 && tx.Type == "DATE" {
			// "The day before, he had held talks": the day before the day
			// last spoken of (which "the day" resolved to)
			if day, err := time.Parse("2006-01-02", tx.Value); err == nil {
				if strings.EqualFold(text[tx.End+m[2]:tx.End+m[3]], "before") {
					n = -1
				}
				tx.Value = dtDayValue(day.AddDate(0, 0, n))
				tx.End += m[3]
				tx.Text = text[tx.Start:tx.End]
			}
			continue
		}
		m := dayOffset.FindStringSubmatchIndex(text[tx.End:])
		if m == nil || n < 1 || n > 31 || i+1 >= len(out) || strings.HasSuffix(strings.ToLower(text[tx.End+m[4]:tx.End+m[5]]), "ing") {
			continue // not "late in the day after falling 250 points"
		}
		if before := strings.Fields(strings.ToLower(text[max(0, tx.Start-12):tx.Start])); len(before) > 0 && before[len(before)-1] == "in" {
			continue // "late in the day"
		}
		next := out[i+1]
		between := text[tx.End:next.Start]
		if next.Type != "DATE" || len(next.Value) != 10 || strings.ContainsAny(between, ".;") || len(strings.Fields(between)) > 15 {
			continue
		}
		day, err := time.Parse("2006-01-02", next.Value)
		if err != nil {
			continue
		}
		if strings.EqualFold(text[tx.End+m[2]:tx.End+m[3]], "before") {
			n = -n
		}
		tx.Type, tx.Value, tx.Mod = "DATE", dtDayValue(day.AddDate(0, 0, n)), ""
		tx.End += m[3]
		tx.Text = text[tx.Start:tx.End]
		out[i+1].anchor = true
	}
}

// Ranges of days: "March 20-21", "Feb. 27-28, 2024", "March 30-April 2",
// "20-22 April", "from 3 to 5 May", "between 6 and 8 June", "May 30 to
// June 2". Each day of the range is a timex of its own, and the last is
// marked as its end.
var (
	// after a bare month: "20-21", "20 and 21", "20 to 21", with an optional year
	rangeAfterMonth = regexp.MustCompile(`^\s*(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|and|until|through)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?:(,?\s*)(\d{4})\b)?`)
	// after a bare month, before the next month's day: "30-" of "March 30-April 2"
	startAfterMonth = regexp.MustCompile(`^\s*(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—)\s*$`)
	// before a day: "20-", "from 3 to ", "between 6 and "
	rangeBeforeDay = regexp.MustCompile(`(?i)(?:\b(from|between)\s+(?:the\s+)?)?\b(\d{1,2})(?:st|nd|rd|th)?\s*(-|–|—|to|and|until|through|till)\s*$`)
	// between two days: " to ", "-", " until "
	rangeJoin = regexp.MustCompile(`(?i)^\s*(-|–|—|to|and|until|through|till)\s*$`)
	rangeLead = regexp.MustCompile(`(?i)\b(from|between)\s+(?:the\s+)?$`)
)

// dayRanges reads ranges of days around the timexes found (see above).
func dayRanges(text string, out []Timex) []Timex {
	dayOf := func(v string, d int) (string, bool) {
		t, err := time.Parse("2006-01-02", fmt.Sprintf("%s-%02d", v[:7], d))
		return dtDayValue(t), err == nil && t.Format("2006-01") == v[:7]
	}
	var res []Timex
	for i := 0; i < len(out); i++ {
		tx := out[i]
		if tx.Type != "DATE" {
			res = append(res, tx)
			continue
		}
		switch {
		case len(tx.Value) == 7 && !strings.ContainsAny(tx.Text, "0123456789"):
			// a bare month: "March" of "March 20-21"
			rest := text[tx.End:]
			if m := rangeAfterMonth.FindStringSubmatchIndex(rest); m != nil {
				d1, _ := strconv.Atoi(rest[m[2]:m[3]])
				d2, _ := strconv.Atoi(rest[m[4]:m[5]])
				value, end := tx.Value, m[5]
				next := i + 1
				if m[8] >= 0 {
					value = rest[m[8]:m[9]] + value[4:]
					end = m[9]
					if next < len(out) && out[next].Start == tx.End+m[8] {
						next++ // the year, now part of the range
					}
				}
				v1, ok1 := dayOf(value, d1)
				v2, ok2 := dayOf(value, d2)
				if ok1 && ok2 && d1 < d2 && (next >= len(out) || out[next].Start >= tx.End+end) {
					a := tx
					a.End, a.Value = tx.End+m[3], v1
					a.Text = text[a.Start:a.End]
					b := Timex{Start: tx.End + m[4], End: tx.End + end, Type: "DATE", Value: v2, rangeEnd: true}
					b.Text = text[b.Start:b.End]
					res = append(res, a, b)
					i = next - 1
					continue
				}
			}
			if i+1 < len(out) && out[i+1].Type == "DATE" && len(out[i+1].Value) == 10 && out[i+1].Start > tx.End {
				// "March 30-April 2"
				gap := text[tx.End:out[i+1].Start]
				if m := startAfterMonth.FindStringSubmatchIndex(gap); m != nil {
					d1, _ := strconv.Atoi(gap[m[2]:m[3]])
					if v1, ok := dayOf(tx.Value, d1); ok && v1 < out[i+1].Value {
						a := tx
						a.End, a.Value = tx.End+m[3], v1
						a.Text = text[a.Start:a.End]
						res = append(res, a)
						out[i+1].rangeEnd = true
						continue
					}
				}
			}
		case len(tx.Value) == 10 && tx.Text != "" && tx.Text[0] >= '0' && tx.Text[0] <= '9':
			// a day before its month: "22 April" of "20-22 April"
			// only the last few words before the day: a range's first day
			// is near (and the whole text before it would make this quadratic)
			from := max(0, tx.Start-48)
			for from > 0 && from < tx.Start && !utf8.RuneStart(text[from]) {
				from++
			}
			before := text[from:tx.Start]
			last := len(res) - 1
			if m := rangeBeforeDay.FindStringSubmatchIndex(before); m != nil && (last < 0 || res[last].End <= from+m[4]) {
				join := strings.ToLower(before[m[6]:m[7]])
				lead := ""
				if m[2] >= 0 {
					lead = strings.ToLower(before[m[2]:m[3]])
				}
				d1, _ := strconv.Atoi(before[m[4]:m[5]])
				v1, ok := dayOf(tx.Value, d1)
				if ok && v1 < tx.Value && (rangeJoined(join, lead) || join == "and" && tx.Value[8:] <= fmt.Sprintf("%02d", d1+7)) {
					// "on 17 and 18 June": two days, each a timex
					res = append(res, Timex{Start: from + m[4], End: from + m[5], Text: before[m[4]:m[5]], Type: "DATE", Value: v1})
					tx.rangeEnd = true
					res = append(res, tx)
					continue
				}
			}
		}
		if last := len(res) - 1; len(tx.Value) == 10 && last >= 0 && len(res[last].Value) == 10 && res[last].Type == "DATE" &&
			res[last].Value < tx.Value && res[last].End < tx.Start {
			// "May 30 to June 2", "from May 30 until June 2"
			if m := rangeJoin.FindStringSubmatch(text[res[last].End:tx.Start]); m != nil {
				lead := ""
				if l := rangeLead.FindStringSubmatch(text[max(0, res[last].Start-24):res[last].Start]); l != nil {
					lead = strings.ToLower(l[1])
				}
				if rangeJoined(strings.ToLower(m[1]), lead) {
					tx.rangeEnd = true
				}
			}
		}
		res = append(res, tx)
	}
	return res
}

// rangeJoined says whether a join word makes a range of two days: a dash
// always; "to", "until", "through" after "from"; "and" after "between".
func rangeJoined(join, lead string) bool {
	switch join {
	case "-", "–", "—", "through":
		return true
	case "to", "until", "till":
		return lead == "from"
	case "and":
		return lead == "between"
	}
	return false
}

// weekdaysInWeek places a weekday followed by the week it falls in
// ("Wednesday next week", "on Thursday last week") in that week.
func weekdaysInWeek(text string, out []Timex) {
	for j := 0; j+1 < len(out); j++ {
		d, w := &out[j], out[j+1]
		if d.Type != "DATE" || len(d.Value) != 10 || !strings.Contains(w.Value, "-W") || len(w.Value) != 8 {
			continue
		}
		if strings.TrimSpace(text[d.End:w.Start]) != "" {
			continue
		}
		day, err := time.Parse("2006-01-02", d.Value)
		if err != nil || !strings.EqualFold(strings.Fields(d.Text)[0], day.Weekday().String()) {
			continue // a weekday only
		}
		var y, wk int
		if _, err := fmt.Sscanf(w.Value, "%4d-W%2d", &y, &wk); err != nil {
			continue
		}
		jan4 := dtYMD(y, 1, 4)
		monday := jan4.AddDate(0, 0, 1-dtISOWeekday(jan4)+7*(wk-1))
		d.Value = dtDayValue(monday.AddDate(0, 0, dtISOWeekday(day)-1))
	}
}

// namedAnchor reads "the same day as the summit", "the day after the
// vote": an anaphoric day anchored on a thing named after it. Its anchor
// is the day dated in the latest earlier sentence that names that thing
// (the date nearest the word).
func (st *dtState) namedAnchor(i int, c dtCand, out []Timex) (time.Time, bool) {
	if !c.anaphoric || c.kind != dtkShift || c.unit != "D" || c.end+2 >= len(st.toks) {
		return time.Time{}, false
	}
	if w := st.toks[c.end].low; w != "as" && w != "after" && w != "before" && !(c.eve && w == "of") {
		return time.Time{}, false
	}
	if w := st.toks[c.end+1].low; w != "the" && w != "that" && w != "this" {
		return time.Time{}, false
	}
	noun := st.toks[c.end+2]
	if noun.kind != 'w' || noun.cap {
		return time.Time{}, false
	}
	for k := i - 1; k >= 0; k-- {
		if st.toks[k].low != noun.low || st.toks[k].sent == st.toks[i].sent {
			continue
		}
		best, dist := -1, 0
		for j, tx := range out {
			if !(len(tx.Value) == 10 && tx.Type == "DATE" || len(tx.Value) > 10 && tx.Value[10] == 'T' && tx.Type == "TIME") {
				continue // a day, or a time of a day ("Thursday morning")
			}
			if tx.Start < sentStart(st.toks, k) || tx.Start > sentEnd(st.toks, k) {
				continue
			}
			d := abs(tx.Start - st.toks[k].s)
			if best < 0 || d < dist {
				best, dist = j, d
			}
		}
		if best < 0 {
			continue
		}
		d, err := time.Parse("2006-01-02", out[best].Value[:10])
		if err != nil {
			return time.Time{}, false
		}
		return d, true
	}
	return time.Time{}, false
}

// sentStart and sentEnd are the offsets of the sentence of token k.
func sentStart(toks []dtTok, k int) int {
	j := k
	for j > 0 && toks[j-1].sent == toks[k].sent {
		j--
	}
	return toks[j].s
}

func sentEnd(toks []dtTok, k int) int {
	j := k
	for j+1 < len(toks) && toks[j+1].sent == toks[k].sent {
		j++
	}
	return toks[j].e
}

// best tries every rule at token i and keeps the longest match.
func (st *dtState) best(i int) (dtCand, bool) {
	var best dtCand
	found := false
	try := func(c dtCand, ok bool) {
		if ok && c.end > i && (!found || c.end > best.end) {
			best, found = c, true
		}
	}
	try(st.set(i)) // before calendar: "Tuesday nights" is a set, not a night
	try(st.numericDate(i))
	try(st.clockTime(i))
	try(st.calendar(i))
	try(st.decade(i))
	try(st.quarter(i))
	try(st.yearAgo(i))
	try(st.deictic(i))
	try(st.anaphoric(i))
	try(st.refUnit(i))
	try(st.counted(i))
	try(st.fixedExpr(i))
	try(st.bareUnits(i))
	try(st.weekNumber(i))
	try(st.monthEdge(i))
	try(st.partLabel(i))
	try(st.dayOfMonth(i))
	return best, found
}

// dayOfMonth reads "on the 22nd", a day of the month with no month named,
// its number with an ordinal suffix, ending the phrase: that day of the
// nearest month the tense allows.
func (st *dtState) dayOfMonth(i int) (dtCand, bool) {
	if !st.is(i, "the") || !st.is(i-1, "on") && !st.is(i-1, "for") && !st.is(i-1, "until") && !st.is(i-1, "by") {
		return dtCand{}, false
	}
	t := st.tokAt(i + 1)
	if t == nil || t.kind != 'n' || !st.f.ordSuffix.has(st.toks, i+2) || !st.toks[i+2].glued {
		return dtCand{}, false
	}
	d, e, ok := st.dayNum(i + 1)
	if !ok || e != i+3 {
		return dtCand{}, false
	}
	if n := st.tokAt(e); n != nil && n.sent == t.sent && n.kind == 'w' && !dtPhraseEnd(n.low) {
		return dtCand{}, false // "the 22nd round", "the 3rd of June" (read by monthDay)
	}
	return dtCand{kind: dtkCal, d: d, end: e}, true
}

// dtPhraseEnd reports a word that may follow a phrase of time ("on the
// 22nd, again in Vesk", "on the 22nd and ...").
func dtPhraseEnd(w string) bool {
	switch w {
	case "and", "or", "but", "at", "in", "with", "when", "as", "to", "after", "before":
		return true
	}
	return false
}

// monthEdge reads "the first day of March", "the last day of December
// 2024": that day of the month, resolved as the month is.
func (st *dtState) monthEdge(i int) (dtCand, bool) {
	if !st.is(i, "the") || !st.is(i+2, "day") || !st.is(i+3, "of") {
		return dtCand{}, false
	}
	edge := 0
	switch {
	case st.is(i+1, "first"):
		edge = 1
	case st.is(i+1, "last"), st.is(i+1, "final"):
		edge = -1
	default:
		return dtCand{}, false
	}
	c, ok := st.monthDay(i + 4)
	if !ok || c.kind != dtkCal || c.m == 0 || c.d != 0 || c.wd != 0 {
		return dtCand{}, false
	}
	c.edge = edge
	return c, true
}

// weekNumber reads "week 14", a week by its ISO number, as Nordic and
// German news name weeks: the week of that number nearest the reference
// date.
func (st *dtState) weekNumber(i int) (dtCand, bool) {
	if !st.is(i, "week") || i+1 >= len(st.toks) || st.toks[i+1].kind != 'n' {
		return dtCand{}, false
	}
	n, err := strconv.Atoi(st.toks[i+1].low)
	if err != nil || n < 1 || n > 53 {
		return dtCand{}, false
	}
	y, w := st.dct.ISOWeek()
	switch {
	case n-w > 26:
		y--
	case w-n > 26:
		y++
	}
	return dtCand{kind: dtkFixed, typ: "DATE", val: fmt.Sprintf("%04d-W%02d", y, n), end: i + 2}, true
}

// ---------------------------------------------------------------------------
// Small parsers: each reads one element at token i and gives the index after.

func (st *dtState) tokAt(i int) *dtTok {
	if i < 0 || i >= len(st.toks) {
		return nil
	}
	return &st.toks[i]
}

// is says whether token i is the punctuation or word w.
func (st *dtState) is(i int, w string) bool {
	t := st.tokAt(i)
	return t != nil && t.low == w
}

// skipDot takes a glued full stop after an abbreviation.
func (st *dtState) skipDot(i int) int {
	if t := st.tokAt(i); t != nil && t.glued && t.low == "." {
		return i + 1
	}
	return i
}

// month reads a capitalised month name ("October", "Oct.", "Sept").
func (st *dtState) month(i int) (int, int, bool) {
	t := st.tokAt(i)
	if t == nil || t.kind != 'w' || !t.cap {
		return 0, i, false
	}
	ph, j, ok := st.f.months.match(st.toks, i)
	if !ok {
		return 0, i, false
	}
	if st.f.short[t.low] {
		k := st.skipDot(j)
		if k == j && !(i > 0 && !t.nl && st.toks[i-1].kind == 'n' && st.toks[i-1].digits <= 2) {
			// "Feb" needs its dot, a number after it, or a day before it
			// ("9 Feb")
			if n := st.tokAt(j); n == nil || n.kind != 'n' {
				return 0, i, false
			}
		}
		j = k
	}
	return int(ph.n), j, true
}

// monthAt reports a month name at token i.
func (st *dtState) monthAt(i int) bool {
	_, _, ok := st.month(i)
	return ok
}

// weekday reads a capitalised weekday name ("Monday", "Tues.").
func (st *dtState) weekday(i int) (int, int, bool) {
	t := st.tokAt(i)
	if t == nil || t.kind != 'w' || !t.cap {
		return 0, i, false
	}
	ph, j, ok := st.f.weekdays.match(st.toks, i)
	if !ok {
		return 0, i, false
	}
	if st.f.short[t.low] {
		k := st.skipDot(j)
		if k == j && !st.listDay(j) {
			return 0, i, false
		}
		j = k
	}
	// "Friday's" is the day; "Fridays" is a set and read elsewhere.
	return int(ph.n), j, true
}

// dayNum reads a day of the month: "16", "3rd", "third".
func (st *dtState) dayNum(i int) (int, int, bool) {
	t := st.tokAt(i)
	if t == nil {
		return 0, i, false
	}
	if t.kind == 'n' {
		if t.digits > 2 || t.num < 1 || t.num > 31 {
			return 0, i, false
		}
		j := i + 1
		if n := st.tokAt(j); n != nil && n.glued && n.kind == 'w' && st.f.ordSuffix.has(st.toks, j) {
			j++
		}
		// not "16:30", "16.5", "16-year", "16/10"
		if n := st.tokAt(j); n != nil && n.glued && (n.low == "/" || n.low == "-" || n.low == "%") {
			return 0, i, false
		}
		if n := st.tokAt(j); n != nil && n.glued && n.low == ":" && st.tokAt(j+1) != nil && st.toks[j+1].kind == 'n' {
			return 0, i, false
		}
		if n := st.tokAt(j); n != nil && n.glued && n.low == "." && st.tokAt(j+1) != nil && st.toks[j+1].glued && st.toks[j+1].kind == 'n' {
			return 0, i, false
		}
		return t.num, j, true
	}
	if ph, j, ok := st.f.ordinals.match(st.toks, i); ok && ph.n <= 31 && t.low != "last" && t.low != "final" {
		return int(ph.n), j, true
	}
	return 0, i, false
}

// year reads a four-digit year ("2025") or an apostrophe year ("'98").
// loose accepts any year from 1000 to 2199; otherwise years before 1900
// need a preposition before them.
func (st *dtState) year(i int, loose bool) (int, int, bool) {
	t := st.tokAt(i)
	if t == nil {
		return 0, i, false
	}
	if t.low == "'" {
		n := st.tokAt(i + 1)
		if n != nil && n.glued && n.kind == 'n' && n.digits == 2 {
			y := 1900 + n.num
			if n.num < 30 {
				y = 2000 + n.num
			}
			return y, i + 2, true
		}
		return 0, i, false
	}
	if t.kind == 'w' {
		return st.wordYear(i, loose)
	}
	if t.kind != 'n' || t.digits != 4 {
		return 0, i, false
	}
	y := t.num
	if y < 1000 || y > 2199 {
		return 0, i, false
	}
	if !loose && y < 1900 && !st.f.yearPreps.has(st.toks, i-1) {
		return 0, i, false
	}
	// Not part of a bigger number or a code: "$2000", "2000-3000", "2,000", "1999.5".
	if p := st.tokAt(i - 1); p != nil && t.glued && (p.low == "$" || p.low == "£" || p.low == "€" || p.low == "#" || p.kind == 'n' || p.low == "," || p.low == "." || p.low == "/") {
		return 0, i, false
	}
	if n := st.tokAt(i + 1); n != nil && n.glued {
		switch {
		case n.low == "%" || n.kind == 'n':
			return 0, i, false
		case (n.low == "," || n.low == ".") && st.tokAt(i+2) != nil && st.toks[i+2].glued && st.toks[i+2].kind == 'n':
			return 0, i, false
		case n.kind == 'w' && n.low != "s":
			return 0, i, false
		case n.low == "-" && st.tokAt(i+2) != nil && st.toks[i+2].glued && st.toks[i+2].kind == 'w': // "2000-ton"
			return 0, i, false
		}
	}
	if n := st.tokAt(i + 1); n != nil && st.f.units.has(st.toks, i+1) {
		return 0, i, false // "2000 years"
	}
	// "hired 2000 workers": a count before a plural noun, unless a
	// preposition or a determiner makes it a year ("in 1989 profits
	// rose", "its 1989 earnings")
	if n := st.tokAt(i + 1); n != nil && !n.glued && n.kind == 'w' && !n.cap && len(n.low) > 3 && strings.HasSuffix(n.low, "s") && !strings.HasSuffix(n.low, "ss") {
		if p := st.tokAt(i - 1); p != nil && p.sent == t.sent && !st.f.yearPreps.has(st.toks, i-1) && !st.f.adjLeads.has(st.toks, i-1) && !st.f.yearLeads.has(st.toks, i-1) && p.kind == 'w' {
			return 0, i, false
		}
	}
	return y, i + 1, true
}

// wordYear reads a year in words: "nineteen ninety-four" (after a
// preposition, or loose), "two thousand", "two thousand and five" (loose
// only: after "the year", a month or a season).
func (st *dtState) wordYear(i int, loose bool) (int, int, bool) {
	ph, j, ok := st.f.numbers.match(st.toks, i)
	if !ok || st.toks[i].kind != 'w' {
		return 0, i, false
	}
	word := func(k int) (int, int, bool) {
		if t := st.tokAt(k); t == nil || t.kind != 'w' {
			return 0, k, false
		}
		n, e, vague, ok := st.number(k)
		if !ok || vague || n != math.Trunc(n) || n < 1 || n > 99 {
			return 0, k, false
		}
		return int(n), e, true
	}
	switch {
	case ph.n >= 10 && ph.n <= 20 && (loose || st.f.yearPreps.has(st.toks, i-1)):
		if n, e, ok := word(j); ok && n >= 10 {
			return int(ph.n)*100 + n, e, true
		}
	case ph.n == 2 && loose && st.is(j, "thousand"):
		y, e := 2000, j+1
		k := e
		if st.is(k, "and") {
			k++
		}
		if n, e2, ok := word(k); ok {
			y, e = y+n, e2
		}
		return y, e, true
	}
	return 0, i, false
}

// number reads a count: "24", "2.5", "two", "twenty-four", "a", "a few".
// vague is true for counts with no value ("several").
func (st *dtState) number(i int) (n float64, j int, vague, ok bool) {
	t := st.tokAt(i)
	if t == nil {
		return 0, i, false, false
	}
	if _, j, ok := st.f.vague.match(st.toks, i); ok {
		return 0, j, true, true
	}
	if t.kind == 'n' {
		if t.num < 0 {
			return 0, i, false, false
		}
		v := float64(t.num)
		j := i + 1
		// 1,000 and 2.5
		for {
			a, b := st.tokAt(j), st.tokAt(j+1)
			if a != nil && b != nil && a.glued && b.glued && b.kind == 'n' {
				if a.low == "," && b.digits == 3 {
					v = v*1000 + float64(b.num)
					j += 2
					continue
				}
				if a.low == "." {
					f, _ := strconv.ParseFloat(st.text[t.s:b.e], 64)
					v = f
					j += 2
				}
			}
			break
		}
		return v + st.fraction(j), st.fractionEnd(j), false, true
	}
	ph, j, ok := st.f.numbers.match(st.toks, i)
	if !ok {
		return 0, i, false, false
	}
	v := ph.n
	// twenty-four, twenty four
	if v >= 20 && v < 100 && math.Mod(v, 10) == 0 {
		k := j
		if st.is(k, "-") {
			k++
		}
		if ph2, k2, ok := st.f.numbers.match(st.toks, k); ok && ph2.n >= 1 && ph2.n < 10 && st.toks[k].kind == 'w' && st.toks[k].low != "a" && st.toks[k].low != "an" {
			v += ph2.n
			j = k2
		}
	}
	if m, k, ok := st.f.multipliers.match(st.toks, j); ok {
		v *= m.n
		j = k
	}
	return v + st.fraction(j), st.fractionEnd(j), false, true
}

// fraction reads "and a half" or "1/2" after a number.
func (st *dtState) fraction(j int) float64 {
	if st.is(j, "and") && (st.is(j+1, "a") || st.is(j+1, "one")) && st.is(j+2, "half") {
		return 0.5
	}
	if t := st.tokAt(j); t != nil && t.kind == 'n' && st.is(j+1, "/") && st.tokAt(j+2) != nil && st.toks[j+2].kind == 'n' && st.toks[j+2].num > t.num && t.num > 0 {
		return float64(t.num) / float64(st.toks[j+2].num)
	}
	return 0
}

func (st *dtState) fractionEnd(j int) int {
	if st.is(j, "and") && (st.is(j+1, "a") || st.is(j+1, "one")) && st.is(j+2, "half") {
		return j + 3
	}
	if t := st.tokAt(j); t != nil && t.kind == 'n' && st.is(j+1, "/") && st.tokAt(j+2) != nil && st.toks[j+2].kind == 'n' && st.toks[j+2].num > t.num && t.num > 0 {
		return j + 3
	}
	return j
}

// unit reads a unit word: "week", "years".
func (st *dtState) unit(i int) (string, int, bool) {
	ph, j, ok := st.f.units.match(st.toks, i)
	if !ok {
		return "", i, false
	}
	return ph.s, j, true
}

// partMod reads "early", "mid-", "late", "the end of".
func (st *dtState) partMod(i int) (string, int, bool) {
	ph, j, ok := st.f.partMods.match(st.toks, i)
	if !ok {
		return "", i, false
	}
	if st.is(j, "-") && st.toks[j].glued {
		j++
	}
	return ph.s, j, true
}

// ---------------------------------------------------------------------------
// Rules

// numericDate: 2025-10-20, 10/20/2025, 10/20/25.
func (st *dtState) numericDate(i int) (dtCand, bool) {
	t := st.tokAt(i)
	if t == nil || t.kind != 'n' || i+4 >= len(st.toks) {
		return dtCand{}, false
	}
	a, s1, b, s2, c := st.toks[i], st.toks[i+1], st.toks[i+2], st.toks[i+3], st.toks[i+4]
	if !(s1.glued && b.glued && s2.glued && c.glued && b.kind == 'n' && c.kind == 'n' && s1.low == s2.low) {
		return dtCand{}, false
	}
	var y, m, d int
	switch {
	case s1.low == "-" && a.digits == 4 && b.digits == 2 && c.digits == 2:
		y, m, d = a.num, b.num, c.num
	case s1.low == "/" && a.digits <= 2 && b.digits <= 2 && (c.digits == 4 || c.digits == 2):
		m, d, y = a.num, b.num, c.num
		if c.digits == 2 {
			y += 1900
			if c.num < 50 {
				y += 100
			}
		}
	default:
		return dtCand{}, false
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return dtCand{}, false
	}
	return dtCand{end: i + 5, kind: dtkCal, y: y, m: m, d: d}, true
}

// clockTime: "10 a.m.", "10:35 p.m. EDT Thursday", "18:00 UTC", "noon".
func (st *dtState) clockTime(i int) (dtCand, bool) {
	t := st.tokAt(i)
	if t == nil {
		return dtCand{}, false
	}
	c := dtCand{kind: dtkCal, clock: true}
	j := i
	if ph, k, ok := st.f.clock.match(st.toks, i); ok {
		fmt.Sscanf(ph.s, "%d:%d", &c.hh, &c.mi)
		j = k
	} else {
		if t.kind != 'n' || t.digits > 2 || t.num > 24 {
			return dtCand{}, false
		}
		c.hh = t.num
		j = i + 1
		hasMin := false
		if st.is(j, ":") && st.toks[j].glued && j+1 < len(st.toks) && st.toks[j+1].glued && st.toks[j+1].kind == 'n' && st.toks[j+1].digits == 2 {
			c.mi = st.toks[j+1].num
			if c.mi > 59 {
				return dtCand{}, false
			}
			hasMin = true
			j += 2
		}
		ampm := false
		if _, k, ok := st.f.am.match(st.toks, j); ok {
			if c.hh == 12 {
				c.hh = 0
			}
			j, ampm = k, true
		} else if _, k, ok := st.f.pm.match(st.toks, j); ok {
			if c.hh < 12 {
				c.hh += 12
			}
			j, ampm = k, true
		}
		if ampm && (t.num == 0 || t.num > 12) {
			return dtCand{}, false
		}
		if !ampm {
			_, _, tz := st.f.zones.match(st.toks, j)
			if !hasMin && !tz {
				return dtCand{}, false
			}
		}
	}
	if ph, k, ok := st.f.zones.match(st.toks, j); ok {
		if ph.s != "-" {
			c.tz = ph.s
		}
		j = k
	}
	c.end = j
	// a day after it: "10 p.m. Wednesday", "9 a.m. yesterday"
	k := j
	if st.is(k, "on") || st.is(k, ",") {
		k++
	}
	if d, ok := st.calendar(k); ok && d.m == 0 && d.y == 0 && d.wd != 0 && d.part == "" {
		c.wd, c.dir, c.end = d.wd, d.dir, d.end
	} else if d, ok := st.calendar(k); ok && d.d != 0 && !d.clock {
		c.y, c.m, c.d, c.end = d.y, d.m, d.d, d.end
	} else if ph, e, ok := st.f.deicticDays.match(st.toks, k); ok {
		c.kind = dtkShift
		c.unit, c.n, c.end = "D", ph.n, e
	}
	return c, true
}

// calendar: dates built from names and numbers, with an optional part
// modifier in front: "Monday", "Friday, Oct. 23", "August 15, 2025",
// "13 May 2024", "May 2024", "October 3rd", "the 3rd of October", "2025",
// "fiscal 1989", "mid-June", "late October", "early 2024", "summer 2023",
// "last spring", "this August", "Christmas", "Friday morning".
func (st *dtState) calendar(i int) (dtCand, bool) {
	c := dtCand{kind: dtkCal}
	j := i
	if mod, k, ok := st.partMod(i); ok {
		c.mod, j = mod, k
		if st.is(j, "this") || st.is(j, "next") || st.is(j, "last") || st.is(j, "current") {
			// "earlier this August", "early next year": shift words below
		} else if st.is(j, "the") && !st.is(j+1, "last") {
			j++
		}
	}
	// last/next/this (not across a line break: "WHAT HAPPENS NEXT" over
	// "Saturday — ...")
	if ph, k, ok := st.f.deicticShift.match(st.toks, j); ok && st.toks[j].kind == 'w' && (k >= len(st.toks) || !st.toks[k].nl) {
		var dir int
		switch {
		case ph.n < 0:
			dir = dtDirLast
		case ph.n > 0:
			dir = dtDirNext
		default:
			dir = dtDirThis
		}
		if r, ok := st.calendarCore(k, c); ok && r.y == 0 && (r.m != 0 && r.d == 0 || r.wd != 0 || r.season != "" || r.hol != "") {
			r.dir = dir
			return r, true
		}
		if c.mod != "" {
			// "early next year", "later this month": a shifted unit with a mod
			if u, e, ok := st.unit(k); ok && (u == "Y" || u == "M" || u == "W" || u == "Q" || u == "D" || u == "WE") {
				return dtCand{end: e, kind: dtkShift, unit: u, n: ph.n, mod: c.mod}, true
			}
		}
		return dtCand{}, false
	}
	// "the spring", "the summer of 2023"
	if st.is(j, "the") && st.f.seasons.has(st.toks, j+1) {
		return st.calendarCore(j+1, c)
	}
	return st.calendarCore(j, c)
}

// calendarCore reads the date itself (after any modifier).
func (st *dtState) calendarCore(j int, c dtCand) (dtCand, bool) {
	t := st.tokAt(j)
	if t == nil {
		return dtCand{}, false
	}
	// weekday [,] [date]
	if wd, k, ok := st.weekday(j); ok {
		c.wd, c.end = wd, k
		k2 := k
		if st.is(k2, ",") {
			k2++
		}
		if d, ok := st.monthDay(k2); ok {
			d.mod, d.wd = c.mod, 0
			return d, true
		}
		if k2 == k && st.listDay(k) {
			// a list's "Thu 10": the day of the month that falls on it
			if d, e, ok := st.dayNum(k); ok && !st.monthAt(e) {
				c.d, c.end = d, e
				return c, true
			}
		}
		if st.is(k2, "the") {
			// "Friday the 28th": the day of the month that falls on it
			if d, e, ok := st.dayNum(k2 + 1); ok && st.toks[k2+1].kind == 'n' && !st.is(e, "of") && !st.monthAt(e) {
				c.d, c.end = d, e
				return c, true
			}
		}
		if p, e, ok := st.f.parts.match(st.toks, k); ok && st.toks[k].kind == 'w' && !st.toks[k].nl {
			c.part, c.end = p.s, e
		}
		return c, true
	}
	if d, ok := st.monthDay(j); ok {
		d.mod = c.mod
		return d, true
	}
	// season [of] [year]
	if ph, k, ok := st.f.seasons.match(st.toks, j); ok {
		c.season, c.end = ph.s, k
		k2 := k
		if st.is(k2, "of") {
			k2++
		}
		if y, e, ok := st.year(k2, true); ok {
			c.y, c.end = y, e
		} else if ph, e, ok := st.f.deicticShift.match(st.toks, k2); ok && (st.f.seasonLeads.has(st.toks, j-1) || c.mod != "" || st.is(j-1, "the") || !st.is(j, "fall")) {
			// "spring next year", "the autumn of last year" (not "prices
			// fall next year")
			if u, e2, ok := st.unit(e); ok && u == "Y" {
				c.yShift, c.hasYShift, c.end = int(ph.n), true, e2
				return c, true
			}
			return dtCand{}, false
		} else if !st.f.seasonLeads.has(st.toks, j-1) && c.mod == "" {
			return dtCand{}, false // "prices fall"
		}
		return c, true
	}
	// dtHoliday [year]
	if ph, k, ok := st.f.holidays.match(st.toks, j); ok && st.toks[j].cap {
		c.hol, c.end = ph.s, k
		if y, e, ok := st.year(k, true); ok {
			c.y, c.end = y, e
		}
		return c, true
	}
	// fiscal 1989, 2025
	k := j
	if _, e, ok := st.f.yearLeads.match(st.toks, j); ok {
		k = e
	}
	if y, e, ok := st.year(k, c.mod != "" || k > j); ok {
		if st.is(e, "s") && st.toks[e].glued { // the 1990s: read by decade
			return dtCand{}, false
		}
		c.y, c.end = y, e
		return c, true
	}
	return dtCand{}, false
}

// monthDay: "August 15, 2025", "Oct. 3rd", "13 May 2024", "May 2024",
// "the 3rd of October", "October", "June last year".
func (st *dtState) monthDay(j int) (dtCand, bool) {
	c := dtCand{kind: dtkCal}
	if m, k, ok := st.month(j); ok {
		c.m, c.end = m, k
		if d, e, ok := st.dayNum(k); ok && !(st.toks[k].kind == 'n' && st.toks[k].digits == 4) {
			c.d, c.end = d, e
			e2 := e
			if (st.is(e2, "–") || st.is(e2, "-")) && st.tokAt(e2+1) != nil && st.toks[e2+1].kind == 'n' {
				// "July 9–11, 1971": the span's year is its first day's
				if _, e4, ok := st.dayNum(e2 + 1); ok && (st.is(e4, ",") && st.tokAt(e4+1) != nil && st.toks[e4+1].kind == 'n' && st.toks[e4+1].digits == 4) {
					e2 = e4
				}
			}
			if st.is(e2, ",") {
				e2++
			}
			if y, e3, ok := st.year(e2, true); ok {
				c.y, c.end = y, e3
			}
			return c, true
		}
		k2 := k
		if st.is(k2, ",") || st.is(k2, "of") {
			k2++
		}
		if y, e, ok := st.year(k2, true); ok {
			c.y, c.end = y, e
			return c, true
		}
		// "June last year", "January this year", "October of next year"
		k3 := k
		if st.is(k3, "of") {
			k3++
		}
		if ph, e, ok := st.f.deicticShift.match(st.toks, k3); ok {
			if u, e2, ok := st.unit(e); ok && u == "Y" {
				c.yShift, c.hasYShift, c.end = int(ph.n), true, e2
				return c, true
			}
		}
		// a bare month: not at the start of a sentence, not after a
		// capitalised word ("Theresa May") other than a preposition
		// opening the sentence ("In December, ...")
		p := st.tokAt(j - 1)
		if p == nil || p.sent != st.toks[j].sent {
			return dtCand{}, false
		}
		if p.kind == 'w' && p.cap && !(st.opensSentence(j-1) && st.f.yearPreps.has(st.toks, j-1)) {
			return dtCand{}, false
		}
		return c, true
	}
	k := j
	the := st.is(k, "the")
	if the {
		k++
	}
	if d, e, ok := st.dayNum(k); ok {
		e2 := e
		if st.is(e2, "of") {
			e2++
		} else if the {
			return dtCand{}, false
		}
		if m, e3, ok := st.month(e2); ok {
			c.d, c.m, c.end = d, m, e3
			e4 := e3
			if st.is(e4, ",") {
				e4++
			}
			if y, e5, ok := st.year(e4, true); ok {
				c.y, c.end = y, e5
			}
			return c, true
		}
	}
	return dtCand{}, false
}

// decade: "the 1990s", "1990s", "the '90s", "the late 1970s", "the 20th century".
func (st *dtState) decade(i int) (dtCand, bool) {
	j := i
	c := dtCand{kind: dtkFixed, typ: "DATE"}
	if st.is(j, "the") {
		j++
	}
	if mod, k, ok := st.partMod(j); ok {
		c.mod, j = mod, k
	}
	t := st.tokAt(j)
	if t == nil {
		return dtCand{}, false
	}
	// "the nineties", "the early eighties"
	if ph, e, ok := st.f.decadeWords.match(st.toks, j); ok && st.is(i, "the") {
		c.val, c.end = fmt.Sprintf("19%d", int(ph.n)), e
		return c, true
	}
	if t.kind == 'n' && t.digits == 4 && t.num%10 == 0 && st.is(j+1, "s") && st.toks[j+1].glued {
		c.val, c.end = fmt.Sprintf("%03d", t.num/10), j+2
		return c, true
	}
	if t.low == "'" && j+2 < len(st.toks) && st.toks[j+1].kind == 'n' && st.toks[j+1].digits == 2 && st.toks[j+1].num%10 == 0 && st.is(j+2, "s") && st.toks[j+2].glued {
		c.val, c.end = strconv.Itoa(190+st.toks[j+1].num/10), j+3
		return c, true
	}
	// the 20th century, the nineteenth century
	n := 0
	k := j
	if t.kind == 'n' && t.digits <= 2 && st.f.ordSuffix.has(st.toks, j+1) && st.toks[j+1].glued {
		n, k = t.num, j+2
	} else if ph, e, ok := st.f.ordinals.match(st.toks, j); ok && t.low != "last" && t.low != "final" {
		n, k = int(ph.n), e
	}
	if n > 0 && n <= 21 {
		if st.is(k, "-") && st.toks[k].glued { // "an 18th-century mansion"
			k++
		}
		if u, e, ok := st.unit(k); ok && u == "CE" && !strings.HasSuffix(st.toks[k].low, "s") {
			c.val, c.end = fmt.Sprintf("%02d", n-1), e
			return c, true
		}
	}
	return dtCand{}, false
}

// quarter: "the third quarter", "third-quarter", "the fourth quarter of
// 2005", "the first quarter of last year", "this year's third quarter",
// "Q3", "the first half", "the quarter", "the latest quarter", "the fiscal
// first quarter".
func (st *dtState) quarter(i int) (dtCand, bool) {
	c := dtCand{kind: dtkCal}
	j := i
	if st.is(j, "the") {
		j++
	}
	// this year's / last year's
	if ph, k, ok := st.f.deicticShift.match(st.toks, j); ok {
		if u, e, ok := st.unit(k); ok && u == "Y" && st.is(e, "'") && st.is(e+1, "s") {
			c.yShift, c.hasYShift = int(ph.n), true
			j = e + 2
		}
	} else if y, e, ok := st.year(j, true); ok && st.is(e, "'") && st.is(e+1, "s") {
		c.y, j = y, e+2
	} else if t := st.tokAt(j); t != nil && j > i && t.kind == 'n' && t.digits == 4 && t.num >= 1900 && t.num <= 2100 &&
		(st.f.ordinals.has(st.toks, j+1) || st.f.periods.has(st.toks, j+1) || st.is(j+1, "quarter")) {
		// "the 1988 third quarter", "the 1988 period": a comparison, no
		// new reference point
		c.y, c.counted, j = t.num, true, j+1
	} else if u, k, ok := st.unit(j); ok && u == "Y" && j > i && st.is(k, "-") && (st.f.ago.has(st.toks, k+1) || st.f.beforeRef.has(st.toks, k+1)) {
		// "the year-ago third quarter": the year before the quarter last
		// mentioned, or before this one
		y := st.dct.Year()
		if st.refQuarter >= 0 {
			y = st.refQuarter / 4
		}
		c.y, c.counted, j = y-1, true, k+2
	}
	if st.is(j, "fiscal") {
		j++
	}
	t := st.tokAt(j)
	if t == nil {
		return dtCand{}, false
	}
	// "the 1988 quarter", "the 1988 period": the quarter last mentioned,
	// in that year
	if c.y != 0 && !c.hasYShift && (st.f.periods.has(st.toks, j) || st.is(j, "quarter")) {
		q := st.refQuarter
		if q < 0 {
			q = st.dct.Year()*4 + (int(st.dct.Month())-1)/3 - 1
		}
		c.q, c.end = q%4+1, j+1
		return c, true
	}
	n := 0
	k := j
	if t.low == "q" && t.cap && j+1 < len(st.toks) && st.toks[j+1].glued && st.toks[j+1].kind == 'n' && st.toks[j+1].num >= 1 && st.toks[j+1].num <= 4 {
		c.q, c.end = st.toks[j+1].num, j+2
	} else {
		if t.kind == 'n' && t.digits == 1 && st.f.ordSuffix.has(st.toks, j+1) && st.toks[j+1].glued {
			n, k = t.num, j+2
		} else if ph, e, ok := st.f.ordinals.match(st.toks, j); ok {
			n, k = int(ph.n), e
		}
		if n == 0 {
			return dtCand{}, false
		}
		ordLast := t.low == "last"
		if st.is(k, "-") {
			k++
		}
		if st.is(k, "fiscal") {
			k++
		}
		u, e, ok := st.unit(k)
		switch {
		case ok && u == "Q" && n <= 4 && !strings.HasSuffix(st.toks[k].low, "s"):
			c.q = n
			if ordLast && !st.is(e, "of") { // "the last quarter": the one before
				return dtCand{}, false
			}
		case st.is(k, "half") && st.is(k+1, "of") && st.monthAt(k+2):
			// "the second half of April": the month, read on its own
			return dtCand{}, false
		case st.is(k, "half") && (n <= 2 || ordLast && st.is(k+1, "of") && st.tokAt(k+2) != nil && st.toks[k+2].kind == 'n'):
			c.half, e = min(n, 2), k+1
		default:
			return dtCand{}, false
		}
		c.end = e
	}
	// of 2005, of last year, of this year, 2005
	k = c.end
	if st.is(k, "of") || st.is(k, ",") {
		k++
	}
	if y, e, ok := st.year(k, true); ok && c.y == 0 {
		c.y, c.end = y, e
	} else if ph, e, ok := st.f.deicticShift.match(st.toks, k); ok && !c.hasYShift {
		if u, e2, ok := st.unit(e); ok && u == "Y" {
			c.yShift, c.hasYShift, c.end = int(ph.n), true, e2
		}
	} else if st.is(k, "fiscal") {
		if y, e, ok := st.year(k+1, true); ok {
			c.y, c.end = y, e
		}
	}
	return c, true
}

// yearAgo: "the year-ago quarter", "the year-earlier period", "year-earlier".
func (st *dtState) yearAgo(i int) (dtCand, bool) {
	j := i
	the := st.is(j, "the")
	if the {
		j++
	}
	if u, k, ok := st.unit(j); !ok || u != "Y" || !st.is(k, "-") || !(st.f.ago.has(st.toks, k+1) || st.f.beforeRef.has(st.toks, k+1)) {
		return dtCand{}, false
	}
	c := dtCand{kind: dtkShift, unit: "Y", n: -1, anaphoric: true, counted: true, end: j + 3}
	if u, e, ok := st.unit(j + 3); ok && (u == "Q" || u == "M" || u == "Y") {
		c.unit, c.end = u, e
		if u == "Q" {
			c.n = -4
		} else if u == "M" {
			c.n = -12
		}
		return c, true
	}
	if st.is(j+3, "period") {
		c.end = j + 4
		return c, true
	}
	if the {
		return dtCand{}, false
	}
	return c, true
}

// deictic: "today", "yesterday morning", "tonight", "this morning",
// "last week", "next year", "this month", "the past year", "last weekend".
func (st *dtState) deictic(i int) (dtCand, bool) {
	c := dtCand{kind: dtkShift}
	j := i
	if mod, k, ok := st.partMod(i); ok {
		c.mod, j = mod, k
	}
	if ph, k, ok := st.f.deicticDays.match(st.toks, j); ok {
		c.unit, c.n, c.end = "D", ph.n, k
		if st.toks[j].low == "tonight" {
			c.part = "NI"
		} else if p, e, ok := st.f.parts.match(st.toks, k); ok && st.toks[k].kind == 'w' {
			c.part, c.end = p.s, e
		}
		return c, true
	}
	k := j
	if st.is(k, "the") && (st.is(k+1, "past") || st.is(k+1, "last")) {
		k++
	}
	ph, k2, ok := st.f.deicticShift.match(st.toks, k)
	if !ok {
		return dtCand{}, false
	}
	// last night, last evening: the day before's
	if ph.n == -1 && st.toks[k].low == "last" {
		if p, e, ok := st.f.parts.match(st.toks, k2); ok && (p.s == "NI" || p.s == "EV") && !strings.HasSuffix(st.toks[k2].low, "s") {
			c.unit, c.n, c.part, c.end = "D", -1, p.s, e
			return c, true
		}
	}
	// this morning, this afternoon
	if ph.n == 0 {
		if p, e, ok := st.f.parts.match(st.toks, k2); ok && st.toks[k].low == "this" {
			c.unit, c.n, c.part, c.end = "D", 0, p.s, e
			return c, true
		}
	}
	u, e, ok := st.unit(k2)
	if !ok || strings.HasSuffix(st.toks[k2].low, "s") || u == "H" || u == "MIN" || u == "S" {
		return dtCand{}, false
	}
	if ph.n < 0 && (u == "DE" || u == "CE") { // "the past decade" is a span
		return dtCand{end: e, kind: dtkDuration, unit: u, n: 1}, true
	}
	c.unit, c.n, c.end = u, ph.n, e
	return c, true
}

// anaphoric: "the eve (of the summit)", "that day", "the same day", "the following week", "the next
// morning", "later that year", "the previous year", "the day before".
func (st *dtState) anaphoric(i int) (dtCand, bool) {
	c := dtCand{kind: dtkShift, anaphoric: true}
	if st.is(i, "the") && st.is(i+1, "eve") {
		// "the eve of the summit": the day before the thing named, else
		// before the last day mentioned
		c.unit, c.n, c.end, c.eve = "D", -1, i+2, true
		return c, true
	}
	if st.is(i, "the") {
		// "the evening before", "the morning after": that part of the day
		// before or after the last day mentioned
		if p, e, ok := st.f.parts.match(st.toks, i+1); ok && st.toks[i+1].kind == 'w' && (st.is(e, "before") || st.is(e, "after")) {
			if t := st.tokAt(e + 1); t == nil || t.kind != 'w' || t.low == "at" || t.low == "in" || t.low == "on" || t.low == "when" || t.low == "and" {
				c.unit, c.n, c.part, c.end = "D", 1, p.s, e+1
				if st.is(e, "before") {
					c.n = -1
				}
				return c, true
			}
		}
	}
	if st.is(i, "the") && (st.is(i-1, "in") || st.is(i-1, "during") || st.is(i-1, "by") || st.is(i-1, "until")) {
		// "in the morning", "during the afternoon": that part of the day
		// last spoken of (not "in the morning of 12 May", read whole)
		if p, e, ok := st.f.parts.match(st.toks, i+1); ok && st.toks[i+1].kind == 'w' && !strings.HasSuffix(st.toks[i+1].low, "s") && !st.is(e, "of") && !st.is(e, "before") && !st.is(e, "after") {
			c.unit, c.n, c.part, c.end = "D", 0, p.s, e
			return c, true
		}
	}
	j := i
	if mod, k, ok := st.partMod(i); ok {
		c.mod, j = mod, k
	}
	ph, k, ok := st.f.anaShift.match(st.toks, j)
	if !ok {
		return dtCand{}, false
	}
	if p, e, ok := st.f.parts.match(st.toks, k); ok && st.toks[k].kind == 'w' {
		c.unit, c.n, c.part, c.end = "D", ph.n, p.s, e
		return c, true
	}
	u, e, ok := st.unit(k)
	if !ok || strings.HasSuffix(st.toks[k].low, "s") || u == "H" || u == "MIN" || u == "S" || u == "DE" || u == "CE" {
		return dtCand{}, false
	}
	c.unit, c.n, c.end = u, ph.n, e
	return c, true
}

// refUnit: "the quarter", "the latest period", "the year", "the fiscal
// year", "the day", "the week", "the weekend", "for the year" (a span).
func (st *dtState) refUnit(i int) (dtCand, bool) {
	j := i
	span := st.f.spanPreps.has(st.toks, i-1) // "for the year": a span
	c := dtCand{kind: dtkFixed, typ: "DATE"}
	if mod, k, ok := st.partMod(i); ok && k > i { // "the end of the year"
		c.mod, j, span = mod, k, false
	}
	lead, k, ok := st.f.refLeads.match(st.toks, j)
	if !ok {
		return dtCand{}, false
	}
	// "the current quarter", "the current fiscal year": today's
	current := strings.Contains(lead.s, "current")
	u, e, ok := st.unit(k)
	if !ok {
		if st.f.periods.has(st.toks, k) && st.refQuarter >= 0 {
			u, e = "Q", k+1
		} else {
			return dtCand{}, false
		}
	}
	if strings.HasSuffix(st.toks[k].low, "s") {
		return dtCand{}, false
	}
	c.end = e
	switch u {
	case "Q":
		q := st.refQuarter
		if q < 0 {
			q = st.dct.Year()*4 + (int(st.dct.Month())-1)/3 - 1
		}
		if current {
			q = st.dct.Year()*4 + (int(st.dct.Month())-1)/3
		}
		c.val = fmt.Sprintf("%04d-Q%d", q/4, q%4+1)
	case "Y":
		if span && (st.toks[j].low == "the" && k == j+1) {
			c.typ, c.val = "DURATION", "P1Y"
			break
		}
		y := st.dct.Year()
		// the year last mentioned, if lately; else this one ("before
		// the end of the year" far from a history paragraph)
		if !st.refYear.IsZero() && !current && st.toks[i].sent-st.refYearSent <= 2 {
			y = st.refYear.Year()
			if dir, _ := st.tense(i, e); dir == dtDirFuture && y < st.dct.Year() {
				// "since October, when ... The trip could take place
				// before the end of the year": a year still to come
				y = st.dct.Year()
			}
		}
		c.val = fmt.Sprintf("%04d", y)
	case "D":
		d := st.dct
		if !st.refDay.IsZero() {
			d = st.refDay
		}
		c.val = dtDayValue(d)
	case "W":
		d := st.dct
		if !st.refDay.IsZero() {
			d = st.refDay
		}
		c.val = dtWeekValue(d)
	case "WE":
		// the weekend before the publication date, or after it in a future clause
		d := st.dct
		if dir, _ := st.tense(i, e); dir != dtDirFuture && dtISOWeekday(d) < 6 {
			d = d.AddDate(0, 0, -7)
		}
		c.val = dtWeekValue(d) + "-WE"
	case "M":
		d := st.dct
		if !st.refMonth.IsZero() {
			d = st.refMonth
			if dir, _ := st.tense(i, e); dir == dtDirFuture && d.Before(dtYMD(st.dct.Year(), int(st.dct.Month()), 1)) {
				// "in March ... The secretaries would meet before
				// the end of the month": a month still to come
				d = st.dct
			}
		}
		c.val = dtMonthValue(d.Year(), int(d.Month()))
	default:
		return dtCand{}, false
	}
	return c, true
}

// counted: "two weeks ago", "three days later", "a year earlier", "two
// weeks", "the past 24 hours", "more than a decade", "two-year", "several
// years", "the first nine months".
func (st *dtState) counted(i int) (dtCand, bool) {
	c := dtCand{kind: dtkDuration}
	j := i
	if ph, k, ok := st.f.durMods.match(st.toks, j); ok {
		c.mod, j = ph.s, k
	}
	lead := false
	if _, k, ok := st.f.durLead.match(st.toks, j); ok {
		if _, _, _, ok := st.number(k); ok {
			j, lead = k, true
		}
	}
	n, k, vague, ok := st.number(j)
	if !ok {
		return dtCand{}, false
	}
	// "the 1988 quarter": a year, no count of a singular unit
	if t := st.tokAt(j); t.kind == 'n' && t.digits == 4 && k == j+1 && st.f.units.has(st.toks, k) && !strings.HasSuffix(st.toks[k].low, "s") {
		return dtCand{}, false
	}
	c.n, c.vague = n, vague
	if _, k2, ok := st.f.countAdj.match(st.toks, k); ok && st.f.units.has(st.toks, k2) {
		k = k2 // "two more weeks"
	}
	hyphen := false
	if st.is(k, "-") && st.toks[k].glued {
		k++
		hyphen = true
	}
	u, e, ok := st.unit(k)
	if !ok || u == "WE" && !hyphen && n != 1 {
		return dtCand{}, false
	}
	// "a" and "an" only count before a singular unit ("a week").
	if (st.toks[j].low == "a" || st.toks[j].low == "an") && strings.HasSuffix(st.toks[k].low, "s") {
		return dtCand{}, false
	}
	// "three-quarters" is a fraction; "two-year" is singular.
	if hyphen && strings.HasSuffix(st.toks[k].low, "s") {
		return dtCand{}, false
	}

	c.unit, c.end = u, e
	// "a minute and a half"
	if f := st.fraction(e); f > 0 && c.n == math.Trunc(c.n) && !vague {
		n += f
		c.n, c.end = n, st.fractionEnd(e)
		e = c.end
	}
	// "a second summit": "second" is an ordinal unless it ends the phrase
	if u == "S" && !strings.HasSuffix(st.toks[k].low, "s") {
		if n := st.tokAt(e); n != nil && n.kind == 'w' && !st.f.ago.has(st.toks, e) && !st.f.afterRef.has(st.toks, e) && !st.f.beforeRef.has(st.toks, e) {
			return dtCand{}, false
		}
	}
	if hyphen {
		if st.is(e, "-") && st.is(e+1, "old") { // "two-year-old"
			return dtCand{}, false
		}
		return c, true
	}
	if lead {
		return c, true
	}
	if _, e2, ok := st.f.ago.match(st.toks, e); ok {
		c.kind, c.end, c.n, c.counted = dtkShift, e2, -n, true
		return c, !vague
	}
	if w := st.toks[min(e, len(st.toks)-1)].low; (w == "later" || w == "earlier") && st.is(e+1, "than") {
		// "a day later than planned", "two weeks earlier than expected": how
		// long the delay is, not a date
		return c, !vague
	}
	if _, e2, ok := st.f.beforeRef.match(st.toks, e); ok && st.toks[e].low != "before" && st.toks[e].low != "prior" {
		c.kind, c.end, c.n, c.anaphoric, c.counted = dtkShift, e2, -n, true, true
		return c, !vague
	}
	if _, e2, ok := st.f.afterRef.match(st.toks, e); ok && st.toks[e].low == "later" {
		c.kind, c.end, c.n, c.anaphoric, c.counted = dtkShift, e2, n, true, true
		return c, !vague
	}
	// "two days after that, X ...", "a week before that.": counted from
	// the date last told, as "later" and "earlier" are
	if w := st.toks[min(e, len(st.toks)-1)].low; e+1 < len(st.toks) && (w == "after" || w == "before") && st.is(e+1, "that") && n == math.Trunc(n) && !st.is(i-1, "within") {
		if nx := st.tokAt(e + 2); nx == nil || nx.sent != st.toks[e].sent || nx.kind == 'p' || nx.cap || dtPronoun(nx.low) {
			sign := 1.0
			if w == "before" {
				sign = -1
			}
			c.kind, c.end, c.n, c.anaphoric, c.counted = dtkShift, e+2, sign*n, true, true
			return c, !vague
		}
	}
	// A rate: "$5 million a year", "four flights a week".
	if (st.toks[j].low == "a" || st.toks[j].low == "an") && j == i {
		if p := st.tokAt(i - 1); p != nil && (p.kind == 'n' || p.low == "%" || st.f.rateWords.has(st.toks, i-1) ||
			p.kind == 'w' && !p.cap && len(p.low) > 3 && strings.HasSuffix(p.low, "s") && !strings.HasSuffix(p.low, "ss")) {
			return dtCand{}, false
		}
	}
	// "a year" after a count is a set: "twice a year"
	if p := st.tokAt(i - 1); p != nil && st.f.countWords.has(st.toks, i-1) && st.f.afterCount.has(st.toks, i) {
		return dtCand{}, false
	}
	return c, true
}

// bareUnits: a plural unit with no count, after a preposition ("for
// years", "within weeks", "after weeks of talks") or before "after" at the
// start of a sentence ("Hours after the call"): a duration of unknown
// length, PXY.
func (st *dtState) bareUnits(i int) (dtCand, bool) {
	t := st.tokAt(i)
	if t == nil || t.kind != 'w' || len(t.low) < 4 || !strings.HasSuffix(t.low, "s") {
		return dtCand{}, false
	}
	u, e, ok := st.unit(i)
	if !ok || u == "WE" || u == "Q" || u == "S" {
		return dtCand{}, false
	}
	p := st.tokAt(i - 1)
	initial := p == nil || p.sent != t.sent
	switch {
	case initial && t.cap && (st.f.afterRef.has(st.toks, e) || st.f.beforeRef.has(st.toks, e)):
	case !initial && st.f.bareUnitPreps.has(st.toks, i-1):
	default:
		return dtCand{}, false
	}
	return dtCand{end: e, kind: dtkDuration, unit: u, vague: true}, true
}

// set: "every Monday", "each July", "every two weeks", "every morning",
// "Mondays", "Tuesday nights".
func (st *dtState) set(i int) (dtCand, bool) {
	c := dtCand{kind: dtkFixed, typ: "SET"}
	if _, j, ok := st.f.setWords.match(st.toks, i); ok {
		if wd, k, ok := st.weekday(j); ok {
			c.val, c.end = fmt.Sprintf("XXXX-WXX-%d", wd), k
			if p, e, ok := st.f.parts.match(st.toks, k); ok {
				c.val, c.end = c.val+"T"+p.s, e
			}
			return c, true
		}
		if m, k, ok := st.month(j); ok {
			c.val, c.end = fmt.Sprintf("XXXX-%02d", m), k
			return c, true
		}
		if p, k, ok := st.f.parts.match(st.toks, j); ok {
			c.val, c.end = "XXXX-XX-XXT"+p.s, k
			return c, true
		}
		n, k, vague, ok := st.number(j)
		if !ok || vague {
			n, k = 1, j
		}
		if u, e, ok := st.unit(k); ok {
			c.val, c.end = dtDurationValue(n, u, false), e
			return c, true
		}
		return dtCand{}, false
	}
	// Mondays, Tuesday nights
	t := st.tokAt(i)
	if t != nil && t.kind == 'w' && t.cap && strings.HasSuffix(t.low, "s") {
		if ph, _, ok := st.f.weekdays.match([]dtTok{{low: strings.TrimSuffix(t.low, "s")}}, 0); ok && !st.f.short[strings.TrimSuffix(t.low, "s")] {
			c.val, c.end = fmt.Sprintf("XXXX-WXX-%d", int(ph.n)), i+1
			return c, true
		}
	}
	if wd, k, ok := st.weekday(i); ok {
		if p, e, ok := st.f.parts.match(st.toks, k); ok && strings.HasSuffix(st.toks[k].low, "s") {
			c.val, c.end = fmt.Sprintf("XXXX-WXX-%dT%s", wd, p.s), e
			return c, true
		}
		// "Monday and Tuesday nights": the plural after the last weekday
		// makes every one a set
		if st.is(k, "and") || st.is(k, "or") || st.is(k, ",") {
			if _, k2, ok := st.weekday(k + 1); ok {
				if p, _, ok := st.f.parts.match(st.toks, k2); ok && strings.HasSuffix(st.toks[k2].low, "s") {
					c.val, c.end = fmt.Sprintf("XXXX-WXX-%dT%s", wd, p.s), k
					return c, true
				}
			}
		}
	}
	return dtCand{}, false
}

// fixedExpr: "now", "currently", "recently", "the past", "the future",
// "daily", "annually", "twice a year".
func (st *dtState) fixedExpr(i int) (dtCand, bool) {
	ph, j, ok := st.f.fixed.match(st.toks, i)
	if !ok {
		return dtCand{}, false
	}
	typ, val, _ := strings.Cut(ph.s, " ")
	if st.f.notInitial.has(st.toks, i) && (i == 0 || st.toks[i-1].sent != st.toks[i].sent || st.toks[i-1].kind == 'p' && (i < 2 || st.toks[i-2].sent != st.toks[i].sent)) {
		return dtCand{}, false // "Now, he says..."
	}
	if st.f.afterCount.has(st.toks, i) {
		if !st.f.countWords.has(st.toks, i-1) {
			return dtCand{}, false
		}
	}
	if st.f.alone.has(st.toks, i) {
		// not "current quarter", not part of a name
		if n := st.tokAt(j); n != nil && (st.f.units.has(st.toks, j) || st.f.seasons.has(st.toks, j)) {
			return dtCand{}, false
		}
		if st.toks[i].cap && i > 0 && st.toks[i-1].sent == st.toks[i].sent {
			return dtCand{}, false
		}
	}
	return dtCand{end: j, kind: dtkFixed, typ: typ, val: val}, true
}

// ---------------------------------------------------------------------------
// Resolution

// dtDurationValue writes a TIMEX3 duration: P2W, PT24H, PXY, P1.5Y → P18M.
func dtDurationValue(n float64, unit string, vague bool) string {
	switch unit {
	case "DE":
		n, unit = n*10, "Y"
	case "CE":
		n, unit = n*100, "Y"
	case "FN":
		n, unit = n*2, "W"
	case "WE":
		return "P" + dtNum(n, vague) + "WE"
	}
	if !vague && n != math.Trunc(n) {
		// A fraction goes into the next smaller unit, written after the
		// whole part as ISO 8601 does: 2.5 years → P2Y6M, 2.5 hours →
		// PT2H30M.
		small, per := map[string]string{"Y": "M", "Q": "M", "W": "D", "D": "H", "H": "MIN", "MIN": "S"}[unit], map[string]float64{"Y": 12, "Q": 3, "W": 7, "D": 24, "H": 60, "MIN": 60}[unit]
		if small != "" {
			whole := math.Trunc(n)
			rest := (n - whole) * per
			if unit == "Q" {
				whole, rest = 0, n*per
			}
			if math.Abs(rest-math.Round(rest)) < 1e-9 && rest >= 0.5 {
				v := ""
				if whole > 0 {
					v = dtDurationValue(whole, unit, false)
				}
				r := dtDurationValue(math.Round(rest), small, false)
				switch {
				case v == "":
					return r
				case strings.Contains(v, "T"):
					return v + r[2:] // PT2H + PT30M → PT2H30M
				default:
					return v + r[1:] // P2Y + P6M → P2Y6M, P1D + PT12H → P1DT12H
				}
			}
			return dtDurationValue(n*per, small, false)
		}
	}
	switch unit {
	case "H":
		return "PT" + dtNum(n, vague) + "H"
	case "MIN":
		return "PT" + dtNum(n, vague) + "M"
	case "S":
		return "PT" + dtNum(n, vague) + "S"
	}
	return "P" + dtNum(n, vague) + unit
}

func dtNum(n float64, vague bool) string {
	if vague {
		return "X"
	}
	return strconv.FormatFloat(n, 'f', -1, 64)
}

// tense looks for the tense marker that governs the tokens [a, b) in their
// sentence: dtDirPast, dtDirFuture, dtDirPresent or dtDirNone. The verb
// governing a date mostly comes before it ("met on Friday", "will meet on
// Friday"), so a marker before it in the same clause wins; a marker after
// it ("On Friday, officials met") counts when none comes before, or when it
// is much nearer. dist is how many tokens away the marker is.
func (st *dtState) tense(a, b int) (dir, dist int) {
	sent := st.toks[a].sent
	// A tense marker further away than a long clause says nothing about
	// the expression; the bound also keeps a sentence without end linear.
	const window = 40
	// A marker before the expression this near wins over any after it.
	const before = 12
	best, bestDist := dtDirNone, window
	clean := true // no comma or semicolon between the marker before and the expression
	for k := a - 1; k >= 0 && st.toks[k].sent == sent && a-k < bestDist; k-- {
		if st.toks[k].low == "since" && clean && a-k <= before && (k == 0 || !dtAuxBefore(st.toks[k-1].low)) {
			// "since January", "since her visit in January": a point
			// before now, however near the next one is (not the adverb:
			// "has since cast a shadow over the April visit")
			return dtDirPast, 1
		}
		if st.f.futureOpeners.has(st.toks, k) || clean && st.objectInfinitive(k) {
			// "proposed that the leaders meet in the autumn", "invited
			// him to visit Oslo in January"
			best, bestDist = dtDirFuture, a-k
			break
		}
		if d := st.tenseAt(k); d != dtDirNone {
			if c := st.relativeClauseBefore(k, a); c >= 0 {
				// "met X, who chairs the council, on Sunday": the verb
				// before the relative clause
				k = c
				clean = false
				continue
			}
			best, bestDist = st.planTense(d, a), a-k
			break
		}
		if l := st.toks[k].low; l == "," || l == ";" {
			clean = false
		}
		if l := st.toks[k].low; (l == "but" || l == "whereas") && st.is(k-1, ",") {
			break // ", but Saturday's talks will be": another clause's verb before
		}
	}
	if best != dtDirNone && bestDist <= before {
		return st.openTense(best), st.weakDist(best, bestDist)
	}
	// A present tense after the expression is mostly another clause's
	// ("On Sunday, the countries, which use the euro, ...").
	before1, beforeDist := best, bestDist
	comma := false
	// "On Tuesday(,) the minister travels to X": a weekday opening the
	// sentence takes the present verb of a schedule right after its
	// subject
	opening := st.f.weekdays.has(st.toks, a) && (st.opensSentence(a) || st.toks[a-1].low == "on" && st.opensSentence(a-1))
	for k := b; k < len(st.toks) && st.toks[k].sent == sent && k-b+1 < bestDist; k++ {
		if d := st.planTense(st.tenseAt(k), a); d != dtDirNone && (d != dtDirPresent || opening && k-b <= 5 && st.toks[k].low != "is" && st.toks[k].low != "are") {
			if comma && (clean || before1 == dtDirFuture) && before1 != dtDirNone {
				// "will travel to X to meet Y's long-titled minister on
				// Tuesday, officials said": the clause's own verb, however
				// far, over an attribution after a comma
				return st.openTense(before1), st.weakDist(before1, beforeDist)
			}
			best, bestDist = d, k-b+1
			break
		}
		if l := st.toks[k].low; l == "," || l == ";" {
			comma = true
			if k > b {
				opening = false // past the comma after "On Tuesday,": another clause's
			}
		}
	}
	return st.openTense(best), st.weakDist(best, bestDist)
}

// relativeClauseBefore reports the comma opening a relative clause set off
// by commas ("X, who chairs the council,") that holds token k and closes
// right before the expression at token a ("..., on Sunday"), or -1.
func (st *dtState) relativeClauseBefore(k, a int) int {
	e := a - 1
	if e >= 0 && (st.toks[e].low == "on" || st.toks[e].low == "in") {
		e--
	}
	if e <= k || st.toks[e].low != "," {
		return -1
	}
	for j := k + 1; j < e; j++ {
		if l := st.toks[j].low; l == "," || l == ";" || l == "(" || l == "-" || l == "–" || l == "—" {
			return -1 // "which was to have taken place in the capital, X, in March": an apposition's comma
		}
	}
	for j := k - 1; j > 0 && st.toks[j].sent == st.toks[a].sent && k-j <= 12; j-- {
		switch st.toks[j].low {
		case ",", ";", "(", ")", "-", "–", "—":
			return -1
		case "who", "whom", "whose", "which":
			if st.toks[j-1].low == "," {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// opensSentence reports token k first in its sentence, or first after the
// marker of a list item ("- On Monday, she travels to X").
func (st *dtState) opensSentence(k int) bool {
	if k == 0 || st.toks[k-1].sent != st.toks[k].sent {
		return true
	}
	switch st.toks[k-1].low {
	case "-", "*", "•", "–", "—", "·":
		return k == 1 || st.toks[k-2].sent != st.toks[k].sent
	}
	return false
}

// dtAuxBefore: an auxiliary of the perfect, after which "since" is an
// adverb ("has since cast").
func dtAuxBefore(w string) bool {
	switch w {
	case "has", "have", "had", "'s", "'ve", "'d", "’s", "’ve", "’d", "long":
		return true
	}
	return false
}

// weakDist puts weak evidence out of the reach where a marker decides
// alone (resolveCal).
func (st *dtState) weakDist(d, dist int) int {
	if d == dtDirWeakPast {
		return max(dist, 4)
	}
	return dist
}

// dtDirOpen is what tenseAt gives for a plan seen from the past ("was due
// to", "had been scheduled"): the plan may lie on either side of the
// publication date, so it stops the search with no direction.
const dtDirOpen = -1

// dtDirWeakPast is what tenseAt gives for weak evidence of a past: it
// biases a yearly name towards the past but never decides alone.
const dtDirWeakPast = -2

// dtDirPlan is what tenseAt gives for a plan in a participle set off by
// commas ("a call, scheduled for Friday, was cancelled"): the days of the
// week lie ahead, the rest either side (planTense).
const dtDirPlan = -3

// planTense resolves dtDirPlan for the expression at token a.
func (st *dtState) planTense(d, a int) int {
	if d != dtDirPlan {
		return d
	}
	if st.f.weekdays.has(st.toks, a) {
		return dtDirFuture
	}
	return dtDirOpen
}

func (st *dtState) openTense(d int) int {
	switch d {
	case dtDirOpen:
		return dtDirNear // either side: the nearest occurrence
	case dtDirWeakPast:
		return dtDirPast
	}
	return d
}

// tenseAt says whether token k starts a tense marker: dtDirFuture,
// dtDirPast, dtDirPresent, dtDirOpen, or dtDirNone.
func (st *dtState) tenseAt(k int) int {
	t := &st.toks[k]
	if t.kind != 'w' && t.low != "'" {
		return dtDirNone
	}
	if t.cap && (st.f.months.has(st.toks, k) || st.f.weekdays.has(st.toks, k)) {
		return dtDirNone // "May", not "may"
	}
	if st.f.notTense.has(st.toks, k) { // "next to"
		return dtDirNone
	}
	if st.f.openTense.has(st.toks, k) {
		return dtDirOpen
	}
	for j := k - 2; j < k; j++ {
		// the last word of a plan seen from the past ("had been set for
		// Thursday"), reached first when reading back
		if j >= 0 && st.toks[j].sent == t.sent {
			if _, e, ok := st.f.openTense.match(st.toks, j); ok && e > k {
				return dtDirOpen
			}
		}
	}
	if st.f.future.has(st.toks, k) {
		if t.low == "to" && (st.is(k-1, "was") || st.is(k-1, "were")) {
			return dtDirOpen // "which was to be held on May 2": a plan seen from the past
		}
		// "could have met": a perfect after a modal is past
		_, e, _ := st.f.future.match(st.toks, k)
		if st.f.perfect.has(st.toks, e) && st.participleAt(e+1) {
			return dtDirPast // not "will have talks", "to have lunch"
		}
		if e-k > 1 && st.dtParticiple(k) {
			return dtDirFuture // "was pushed back to May": the new date is ahead
		}
		if st.dtParticiple(k) {
			if st.pastAux(k) {
				return dtDirOpen // "had been planned for April"
			}
			if p := st.tokAt(k - 1); p != nil && p.sent == t.sent && st.f.adjLeads.has(st.toks, k-1) && !st.is(k-1, "s") {
				// "a planned summit in January was called off": an
				// adjective; the plan may lie on either side
				return dtDirOpen
			}
			// "a call planned for Tuesday was put off": a participle
			// after a noun says nothing; the verb of the clause does
			if p := st.tokAt(k - 1); p != nil && p.kind == 'w' && !st.f.future.has(st.toks, k-1) && !st.f.present.has(st.toks, k-1) &&
				!st.f.passiveAux.has(st.toks, k-1) && st.f.participlePreps.has(st.toks, k+1) {
				return dtDirNone
			}
			if p := st.tokAt(k - 1); p != nil && p.low == "," && p.sent == t.sent && st.f.participlePreps.has(st.toks, k+1) {
				// "A visit by X, planned for late November, was
				// cancelled": a plan set off by commas may lie on either
				// side of the publication date (a weekday's lies ahead)
				return dtDirPlan
			}
		}
		return dtDirFuture
	}
	ed := len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && !t.cap
	if ed {
		// "the proposed merger", "preferred shares": an adjective
		if p := st.tokAt(k - 1); p != nil && p.sent == t.sent && (st.f.adjLeads.has(st.toks, k-1) || p.kind == 'n') {
			return dtDirNone
		}
		// "to be completed", "is expected": a passive; its auxiliary decides
		if p := st.tokAt(k - 1); p != nil && p.sent == t.sent && st.f.passiveAux.has(st.toks, k-1) {
			return dtDirNone
		}
		// "has been postponed until April": a present perfect passive
		// looks ahead as often as back
		if st.is(k-1, "been") && (st.is(k-2, "has") || st.is(k-2, "have") && !st.is(k-3, "to")) {
			return dtDirPresent // (not "was to have been hosted": a plan seen from the past)
		}
	}
	// "the summit, which opens on Tuesday": a verb in -s after a relative
	// pronoun is a present
	if len(t.low) > 3 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !t.cap &&
		st.f.relPronouns.has(st.toks, k-1) {
		return dtDirPresent
	}
	if st.f.agentParticiples.has(st.toks, k) && st.is(k+1, "by") {
		// "a delegation led by X", "talks held by Y": a participle after
		// its noun says nothing of the clause's time (unless an auxiliary
		// makes it a passive verb: "was led by")
		if p := st.tokAt(k - 1); p != nil && p.sent == t.sent && p.kind == 'w' && !p.cap && !st.f.passiveAux.has(st.toks, k-1) && !st.f.pastAux.has(st.toks, k-1) && !st.is(k-1, "been") && !st.is(k-1, "has") && !st.is(k-1, "have") {
			return dtDirNone
		}
	}
	if t.low == "last" && st.is(k+1, "-") {
		return dtDirNone // "a last-minute collapse", "a last-ditch effort": an adjective
	}
	if st.f.past.has(st.toks, k) || ed {
		if p := st.tokAt(k - 1); !ed && p != nil && p.sent == t.sent && st.f.passiveAux.has(st.toks, k-1) {
			// "when the case is heard in May", "is thought to": a
			// passive; its auxiliary decides
			return dtDirNone
		}
		// "will be held", "will have met": the auxiliary decides
		for b := k - 1; b >= 0 && b >= k-3 && st.toks[b].sent == t.sent; b-- {
			if st.f.future.has(st.toks, b) && !st.dtParticiple(b) && !st.toks[b].cap {
				if st.toks[b].low == "to" && (st.is(b-1, "was") || st.is(b-1, "were")) {
					return dtDirOpen // "was to be held"
				}
				return dtDirFuture
			}
		}
		// An -ed word with no auxiliary may be an adjective ("Series H
		// preferred shares"), and a present perfect ("has set Nov. 10 as
		// the deadline") looks ahead too: weak evidence of a past.
		if st.is(k-1, "has") || st.is(k-1, "have") || ed && !st.f.past.has(st.toks, k) && !st.f.pastAux.has(st.toks, k-1) {
			return dtDirWeakPast
		}
		if (st.is(k-2, "has") || st.is(k-2, "have")) && st.toks[k-1].kind == 'w' && (strings.HasSuffix(st.toks[k-1].low, "ly") || st.is(k-1, "also") || st.is(k-1, "already") || st.is(k-1, "since") || st.is(k-1, "never")) {
			return dtDirWeakPast // "have also spoken", "has already met"
		}
		return dtDirPast
	}
	if st.f.present.has(st.toks, k) {
		if p := st.tokAt(k - 1); strings.HasSuffix(t.low, "s") && t.low != "is" && p != nil && p.sent == t.sent && (p.kind == 'n' || dtNounLead(p.low)) {
			return dtDirNone // "his travels", "both ends": a noun
		}
		return dtDirPresent
	}
	return dtDirNone
}

// dtNounLead reports a word after which a word in -s is a noun: a
// determiner, a possessive, a number word.
func dtNounLead(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "both", "all", "these", "those", "two", "three", "four", "of", "whose", "'s", "’s":
		return true
	}
	return false
}

// dtParticiple says whether token k is a word ending in -ed.
func (st *dtState) dtParticiple(k int) bool {
	t := &st.toks[k]
	return len(t.low) > 4 && strings.HasSuffix(t.low, "ed")
}

// pastAux says whether a past auxiliary (was, were, had) comes within
// three words before token k.
func (st *dtState) pastAux(k int) bool {
	for b := k - 1; b >= 0 && b >= k-3 && st.toks[b].sent == st.toks[k].sent; b-- {
		if st.f.pastAux.has(st.toks, b) {
			return true
		}
	}
	return false
}

// dtOccurrence is one candidate placing of a name in time.
type dtOccurrence struct {
	begin, end time.Time
	val        string
}

// distance is how far an occurrence is from the publication date, in
// days, with a bias for the tense: an occurrence on the wrong side of the
// publication date counts three times as far, plus a month.
func (st *dtState) distance(o dtOccurrence, dir int) float64 {
	var d float64
	switch {
	case o.end.After(st.dct) && !o.begin.After(st.dct):
		return 0
	case o.begin.After(st.dct):
		d = o.begin.Sub(st.dct).Hours() / 24
		if dir == dtDirNearPast {
			d = 3*d + 30
		}
	default:
		d = st.dct.Sub(o.end).Hours()/24 + 1
		if dir == dtDirNearFuture {
			// a future clause speaks of a day gone by only when it is
			// recent ("will be in Lima on January 15" said in March is
			// next January)
			if d > 31 {
				d *= 4
			}
			d = 5*d + 30
		}
	}
	return d
}

// pick chooses among the occurrences of a name (k = -2..2 around the
// publication date) by direction.
func (st *dtState) pick(dir int, occ func(k int) (dtOccurrence, bool)) (dtOccurrence, bool) {
	dct, dctEnd := st.dct, st.dct.AddDate(0, 0, 1)
	var all []dtOccurrence
	for k := -2; k <= 2; k++ {
		if o, ok := occ(k); ok {
			all = append(all, o)
		}
	}
	if len(all) == 0 {
		return dtOccurrence{}, false
	}
	var best *dtOccurrence
	for idx := range all {
		o := &all[idx]
		switch dir {
		case dtDirLast:
			if !o.end.After(dct) && (best == nil || o.begin.After(best.begin)) {
				best = o
			}
		case dtDirNext:
			if !o.begin.Before(dctEnd) && (best == nil || o.begin.Before(best.begin)) {
				best = o
			}
		case dtDirPast:
			if !o.begin.After(dct) && (best == nil || o.begin.After(best.begin)) {
				best = o
			}
		case dtDirFuture:
			if o.end.After(dct) && (best == nil || o.begin.Before(best.begin)) {
				best = o
			}
		case dtDirNear, dtDirNearPast, dtDirNearFuture:
			if best == nil || st.distance(*o, dir) < st.distance(*best, dir) {
				best = o
			}
		}
	}
	if best == nil {
		o, ok := occ(0)
		return o, ok
	}
	return *best, true
}

func dtDayValue(t time.Time) string { return t.Format("2006-01-02") }

func dtWeekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func dtMonthValue(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

// anchor is the date an expression is relative to.
func (st *dtState) anchor(anaphoric bool, gran string) time.Time {
	if !anaphoric {
		return st.dct
	}
	var r time.Time
	switch gran {
	case "D", "H", "MIN", "S", "W", "WE", "FN":
		r = st.refDay
	case "M":
		r = st.refMonth
	default:
		r = st.refYear
	}
	if r.IsZero() {
		return st.dct
	}
	return r
}

// resolve turns the winning candidate at token i into a Timex.
func (st *dtState) resolve(i int, c dtCand) (Timex, bool) {
	switch c.kind {
	case dtkFixed:
		return Timex{Type: c.typ, Value: c.val, Mod: c.mod}, true
	case dtkDuration:
		return Timex{Type: "DURATION", Value: dtDurationValue(c.n, c.unit, c.vague), Mod: c.mod}, true
	case dtkShift:
		return st.resolveShift(i, c)
	}
	return st.resolveCal(i, c)
}

func (st *dtState) resolveShift(i int, c dtCand) (Timex, bool) {
	// "a year and a half ago": in months
	if c.n != math.Trunc(c.n) {
		if small, per := map[string]string{"Y": "M", "W": "D", "D": "H", "H": "MIN", "MIN": "S"}[c.unit], map[string]float64{"Y": 12, "W": 7, "D": 24, "H": 60, "MIN": 60}[c.unit]; small != "" {
			c.unit, c.n = small, c.n*per
		}
	}
	n := int(c.n)
	if float64(n) != c.n {
		return Timex{}, false
	}
	a := st.anchor(c.anaphoric, c.unit)
	tx := Timex{Type: "DATE", Mod: c.mod}
	// Relative to a quarter mentioned before: "a year ago" in a report on
	// the third quarter is that quarter a year before.
	if c.unit == "Y" && c.counted && st.lastGran == "Q" {
		q := st.refQuarter + 4*n
		tx.Value = fmt.Sprintf("%04d-Q%d", q/4, q%4+1)
		return tx, true
	}
	switch c.unit {
	case "D":
		d := a.AddDate(0, 0, n)
		tx.Value = dtDayValue(d)
		if c.part != "" {
			tx.Value += "T" + c.part
			tx.Type = "TIME"
		}
		if c.clock {
			tx.Value += fmt.Sprintf("T%02d:%02d%s", c.hh, c.mi, c.tz)
			tx.Type = "TIME"
		}
	case "W":
		tx.Value = dtWeekValue(a.AddDate(0, 0, 7*n))
		// "a week later" after a day names a day: the day a week on.
		if c.anaphoric && c.counted && st.lastGran == "D" && !st.refDay.IsZero() {
			tx.Value = dtDayValue(a.AddDate(0, 0, 7*n))
		}
	case "FN":
		tx.Value = dtWeekValue(a.AddDate(0, 0, 14*n))
	case "WE":
		tx.Value = dtWeekValue(a.AddDate(0, 0, 7*n)) + "-WE"
	case "M":
		t := dtYMD(a.Year(), int(a.Month())+n, 1)
		tx.Value = dtMonthValue(t.Year(), int(t.Month()))
	case "Q":
		q := a.Year()*4 + (int(a.Month())-1)/3 + n
		if c.anaphoric && st.refQuarter >= 0 {
			q = st.refQuarter + n
		}
		tx.Value = fmt.Sprintf("%04d-Q%d", q/4, q%4+1)
	case "Y":
		tx.Value = fmt.Sprintf("%04d", a.Year()+n)
	case "DE":
		tx.Value = fmt.Sprintf("%03d", (a.Year()+10*n)/10)
	case "CE":
		tx.Value = fmt.Sprintf("%02d", (a.Year()+100*n)/100)
	case "H":
		t := a.Add(time.Duration(n) * time.Hour)
		tx.Value, tx.Type = t.Format("2006-01-02T15"), "TIME"
	case "MIN", "S":
		tx.Value, tx.Type = dtDayValue(a), "DATE"
	default:
		return Timex{}, false
	}
	return tx, true
}

func (st *dtState) resolveCal(i int, c dtCand) (Timex, bool) {
	tx := Timex{Type: "DATE", Mod: c.mod}
	dir := c.dir
	if dir == dtDirNone {
		var dist int
		dir, dist = st.tense(i, c.end)
		// Yearly names: the nearest occurrence, biased by the tense; a
		// tense marker right before or after ("was signed on December
		// 2") decides alone.
		// A present clause speaks of what is coming for a weekday ("the
		// summit opens on Tuesday"), and of either side for the rest.
		if dir == dtDirPresent {
			dir = dtDirNone
			// "Friday's purchases" mostly happened already
			if c.wd != 0 && !(st.is(c.end, "'") && st.is(c.end+1, "s")) {
				dir = dtDirFuture
			}
		}
		// "In December, the two ministers met": an expression opening the
		// sentence takes the tense of the clause it opens, past its
		// subject
		opening := st.opensSentence(i) || st.opensSentence(i-1) && st.f.yearPreps.has(st.toks, i-1)
		if opening && (dir == dtDirPast || dir == dtDirFuture) && dist <= 8 {
			dist = 0
		}
		if c.wd == 0 && (dir == dtDirNone || dist > 3 || c.q != 0) {
			dir = map[int]int{dtDirNone: dtDirNear, dtDirNear: dtDirNear, dtDirPast: dtDirNearPast, dtDirFuture: dtDirNearFuture}[dir]
		}
	}
	y := c.y
	if c.hasYShift {
		y = st.dct.Year() + c.yShift
	}
	if y == 0 && !c.hasYShift && c.dir == dtDirNone && c.m != 0 && st.headYears != nil {
		y = st.headYears[i] // "1985 / Jan. 7-8 — X and Y meet in Geneva"
	}
	var val string
	switch {
	case c.m != 0 && c.d != 0:
		if y != 0 {
			d := dtYMD(y, c.m, c.d)
			if int(d.Month()) != c.m {
				return Timex{}, false
			}
			val = dtDayValue(d)
			break
		}
		o, ok := st.pick(dir, func(k int) (dtOccurrence, bool) {
			d := dtYMD(st.dct.Year()+k, c.m, c.d)
			if int(d.Month()) != c.m {
				return dtOccurrence{}, false
			}
			return dtOccurrence{d, d.AddDate(0, 0, 1), dtDayValue(d)}, true
		})
		if !ok {
			return Timex{}, false
		}
		val = o.val
	case c.d != 0 && c.m == 0:
		// "on the 22nd": that day of the nearest month the tense allows;
		// "Friday the 28th": of the nearest month whose day falls on the
		// weekday
		if dir == dtDirNone {
			dir = dtDirNear
		}
		first := dtYMD(st.dct.Year(), int(st.dct.Month()), 1)
		o, ok := st.pick(dir, func(k int) (dtOccurrence, bool) {
			b := first.AddDate(0, k, 0)
			d := dtYMD(b.Year(), int(b.Month()), c.d)
			if d.Month() != b.Month() || c.wd != 0 && dtISOWeekday(d) != c.wd {
				return dtOccurrence{}, false
			}
			return dtOccurrence{d, d.AddDate(0, 0, 1), dtDayValue(d)}, true
		})
		if !ok {
			return Timex{}, false
		}
		val = o.val
	case c.m != 0:
		if y != 0 {
			val = dtMonthValue(y, c.m)
		} else {
			o, _ := st.pick(dir, func(k int) (dtOccurrence, bool) {
				b := dtYMD(st.dct.Year()+k, c.m, 1)
				return dtOccurrence{b, b.AddDate(0, 1, 0), dtMonthValue(b.Year(), c.m)}, true
			})
			val = o.val
		}
		if c.edge != 0 && len(val) == 7 {
			// "the last day of December": that day of the month found
			yy, _ := strconv.Atoi(val[:4])
			d := dtYMD(yy, c.m, 1)
			if c.edge < 0 {
				d = d.AddDate(0, 1, -1)
			}
			val = dtDayValue(d)
		}
	case c.wd != 0:
		if dir == dtDirNone {
			dir = dtDirPast
		}
		monday := st.dct.AddDate(0, 0, 1-dtISOWeekday(st.dct))
		o, _ := st.pick(dir, func(k int) (dtOccurrence, bool) {
			d := monday.AddDate(0, 0, 7*k+c.wd-1)
			return dtOccurrence{d, d.AddDate(0, 0, 1), dtDayValue(d)}, true
		})
		switch dir {
		case dtDirThis:
			o.val = dtDayValue(monday.AddDate(0, 0, c.wd-1))
		case dtDirNext:
			// "next Thursday" said on a Wednesday is the Thursday of next
			// week; tomorrow would be "Thursday" or "this Thursday"
			o.val = dtDayValue(monday.AddDate(0, 0, 7+c.wd-1))
		}
		val = o.val
	case c.season != "":
		if y != 0 {
			val = fmt.Sprintf("%04d-%s", y, c.season)
			break
		}
		start := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[c.season]
		o, _ := st.pick(dir, func(k int) (dtOccurrence, bool) {
			yy := st.dct.Year() + k
			b := dtYMD(yy, start, 1)
			if c.season == "WI" {
				b = dtYMD(yy-1, 12, 1)
			}
			return dtOccurrence{b, b.AddDate(0, 3, 0), fmt.Sprintf("%04d-%s", yy, c.season)}, true
		})
		val = o.val
	case c.hol != "":
		h := st.f.hols[c.hol]
		if y != 0 {
			val = dtDayValue(h.date(y))
			break
		}
		o, _ := st.pick(dir, func(k int) (dtOccurrence, bool) {
			d := h.date(st.dct.Year() + k)
			return dtOccurrence{d, d.AddDate(0, 0, 1), dtDayValue(d)}, true
		})
		val = o.val
	case c.q != 0:
		if y != 0 {
			val = fmt.Sprintf("%04d-Q%d", y, c.q)
			break
		}
		if dir == dtDirThis {
			val = fmt.Sprintf("%04d-Q%d", st.dct.Year(), c.q)
			break
		}
		o, _ := st.pick(dir, func(k int) (dtOccurrence, bool) {
			b := dtYMD(st.dct.Year()+k, 3*c.q-2, 1)
			return dtOccurrence{b, b.AddDate(0, 3, 0), fmt.Sprintf("%04d-Q%d", b.Year(), c.q)}, true
		})
		val = o.val
	case c.half != 0:
		if y == 0 {
			y = st.dct.Year()
		}
		val = fmt.Sprintf("%04d-H%d", y, c.half)
	case y != 0:
		val = fmt.Sprintf("%04d", y)
	case c.clock:
		// a bare clock time: on the last day mentioned, or today; a live
		// blog's stamp opening a line ("14:32 - ...") is of the day of
		// publication
		d := st.dct
		switch stamp := st.stamp(i, c.end); {
		case stamp && !st.headDay.IsZero():
			d = st.headDay // a schedule's time under its day's heading
		case !st.refDay.IsZero() && !stamp:
			d = st.refDay
		}
		val = dtDayValue(d)
	default:
		return Timex{}, false
	}
	if c.part != "" && len(val) == 10 {
		val += "T" + c.part
		tx.Type = "TIME"
	}
	if c.clock && len(val) == 10 {
		val += fmt.Sprintf("T%02d:%02d%s", c.hh, c.mi, c.tz)
		tx.Type = "TIME"
	}
	tx.Value = val
	return tx, true
}

// stamp reports a clock time from token i to end that opens a line and is
// followed by a dash, a colon, a bar or a capitalised word ("14:20 The
// leaders have arrived"), or is the whole line: a live blog's time stamp.
func (st *dtState) stamp(i, end int) bool {
	if i > 0 && !st.toks[i].nl {
		return false
	}
	if end >= len(st.toks) || st.toks[end].nl {
		return true // a line of its own: "09:40"
	}
	if st.toks[end].kind == 'w' && st.toks[end].cap {
		return true
	}
	if st.toks[end].kind != 'p' {
		return false
	}
	switch st.text[st.toks[end].s:st.toks[end].e] {
	case "-", "–", "—", ":", "|":
		return true
	}
	return false
}

// remember updates the last dates mentioned after a DATE or TIME.
func (st *dtState) remember(tx Timex, sent int) {
	if tx.Type != "DATE" && tx.Type != "TIME" {
		return
	}
	v := tx.Value
	if len(v) > 10 && v[10] == 'T' {
		v = v[:10]
	}
	v = strings.TrimSuffix(v, "-WE")
	var t time.Time
	gran := ""
	switch {
	case len(v) == 10 && v[4] == '-' && v[7] == '-':
		d, err := time.Parse("2006-01-02", v)
		if err != nil {
			return
		}
		t, gran = d, "D"
		st.refDay = d
	case len(v) == 8 && v[5] == 'W':
		var y, w int
		if _, err := fmt.Sscanf(v, "%4d-W%2d", &y, &w); err != nil {
			return
		}
		jan4 := dtYMD(y, 1, 4)
		t = jan4.AddDate(0, 0, 1-dtISOWeekday(jan4)+7*(w-1))
		gran = "W"
		st.refDay = t
	case len(v) == 7 && v[5] == 'Q':
		y, _ := strconv.Atoi(v[:4])
		q := int(v[6] - '0')
		st.refQuarter = y*4 + q - 1
		t, gran = dtYMD(y, 3*q-2, 1), "Q"
	case len(v) == 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '9':
		d, err := time.Parse("2006-01", v)
		if err != nil {
			return
		}
		t, gran = d, "M"
	case len(v) == 7 && v[4] == '-': // season, half
		y, err := strconv.Atoi(v[:4])
		if err != nil {
			return
		}
		t, gran = dtYMD(y, 1, 1), "S"
		st.refYear, st.refYearSent = t, sent
		st.lastGran = gran
		return
	case len(v) == 4:
		y, err := strconv.Atoi(v)
		if err != nil {
			return
		}
		t, gran = dtYMD(y, 1, 1), "Y"
	default:
		return
	}
	st.lastGran = gran
	if gran == "D" || gran == "W" || gran == "M" {
		st.refMonth = dtYMD(t.Year(), int(t.Month()), 1)
	}
	st.refYear, st.refYearSent = t, sent
}

// secondaryDate reports a date at token i in a phrase opened by "after",
// "before", "since", "until" or "ahead" ("two days after the vote on
// Tuesday") after another date remembered earlier in its sentence: the
// sentence's reference time stays the first.
func (st *dtState) secondaryDate(i int) bool {
	if st.lastEnd < 0 || st.lastEnd > i || st.toks[st.lastEnd-1].sent != st.toks[i].sent {
		return false
	}
	for k := i - 1; k >= st.lastEnd && k >= i-12; k-- {
		switch st.toks[k].low {
		case "after", "before", "since", "until", "ahead":
			return true
		case ",", ";", "and", "but":
			return false // another phrase's word ("closed since May, would reopen on July 15")
		}
	}
	return false
}

// participleAt reports a past participle at token k: a word in -ed or -en,
// or one of the common irregular ones ("met", "held", "spoken").
func (st *dtState) participleAt(k int) bool {
	t := st.tokAt(k)
	if t == nil || t.kind != 'w' {
		return false
	}
	if strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "en") {
		return true
	}
	switch t.low {
	case "met", "held", "had", "made", "done", "gone", "come", "left", "sent", "told", "said", "got", "brought", "put", "set", "run", "won", "lost", "paid", "led", "flown", "sought", "thought", "kept", "heard", "begun":
		return true
	}
	return false
}

// markHeadYears finds the years of dated lists: a line that is a year
// alone ("1985", "1986:", "1998–2000") over lines that each open with a
// month and day ("Jan. 7–8 — X and Y meet in Geneva", "19 November:
// ..."), or such a line whose label writes a year ("June 18, 2000 — ...")
// over the lines after it. A line's date without a year is in the year of
// the heading or the label above it; the list ends at the first line that
// opens otherwise. headYears stays nil when the text has no such list.
func (st *dtState) markHeadYears() {
	year := 0
	for k := range st.toks {
		t := &st.toks[k]
		if k > 0 && !t.nl {
			if year != 0 {
				st.headYears[k] = year
			}
			continue
		}
		// a token opening a line
		if y := st.yearLine(k); y != 0 {
			if st.headYears == nil {
				st.headYears = make([]int, len(st.toks))
			}
			year = y
			continue
		}
		if !st.entryOpens(k) {
			year = 0
			continue
		}
		if y := st.labelYear(k); y != 0 {
			if st.headYears == nil {
				st.headYears = make([]int, len(st.toks))
			}
			year = y
		}
		if year != 0 {
			st.headYears[k] = year
		}
	}
}

// yearLine is the year a line opening at token k is made of alone (a
// colon after it allowed; the first of a span of years "1998–2000"), 0
// otherwise.
func (st *dtState) yearLine(k int) int {
	t := &st.toks[k]
	if t.kind != 'n' || t.digits != 4 || t.num < 1000 || t.num > 2999 {
		return 0
	}
	j := k + 1
	if j+1 < len(st.toks) && !st.toks[j].nl && (st.toks[j].low == "–" || st.toks[j].low == "-") && st.toks[j+1].kind == 'n' && st.toks[j+1].digits == 4 {
		j += 2
	}
	if j < len(st.toks) && !st.toks[j].nl && (st.toks[j].low == ":" || st.toks[j].low == ".") {
		j++
	}
	if j < len(st.toks) && !st.toks[j].nl {
		return 0
	}
	return t.num
}

// labelYear is the year written in the label of a list's line opening at
// token k, before its dash or colon ("June 18, 2000 — ..."), 0 if none.
func (st *dtState) labelYear(k int) int {
	for j := k; j < len(st.toks) && j < k+8 && (j == k || !st.toks[j].nl); j++ {
		t := &st.toks[j]
		switch {
		case t.low == "—" || t.low == "–" || t.low == ":":
			return 0
		case t.kind == 'n' && t.digits == 4 && t.num >= 1000 && t.num <= 2999:
			return t.num
		}
	}
	return 0
}

// entryOpens reports a line opening at token k with a month and a day in
// either order ("Jan. 7", "27–28 February").
func (st *dtState) entryOpens(k int) bool {
	if _, j, ok := st.month(k); ok {
		_, _, ok := st.dayNum(j)
		return ok
	}
	if _, j, ok := st.dayNum(k); ok {
		for ; j < len(st.toks) && j <= k+3 && !st.toks[j].nl; j++ {
			if st.monthAt(j) {
				return true
			}
		}
	}
	return false
}

// wholeLine reports tokens i to end making up a line of their own, a
// colon after them allowed: a day's heading ("SATURDAY 29 JUNE",
// "Monday:").
func (st *dtState) wholeLine(i, end int) bool {
	if i > 0 && !st.toks[i].nl {
		return false
	}
	if end < len(st.toks) && !st.toks[end].nl && st.toks[end].low == ":" {
		end++
	}
	return end >= len(st.toks) || st.toks[end].nl
}

// partLabel reads a part of the day that labels a line of a schedule
// under a day's heading ("SATURDAY 29 JUNE" / "Evening — X dines with
// Y"): that part of the day last named.
func (st *dtState) partLabel(i int) (dtCand, bool) {
	if st.headDay.IsZero() || i > 0 && !st.toks[i].nl || !st.toks[i].cap {
		return dtCand{}, false
	}
	p, e, ok := st.f.parts.match(st.toks, i)
	if !ok || e >= len(st.toks) || st.toks[e].nl {
		return dtCand{}, false
	}
	switch st.toks[e].low {
	case "—", "–", "-", ":":
		return dtCand{kind: dtkShift, anaphoric: true, unit: "D", part: p.s, end: e}, true
	}
	return dtCand{}, false
}

// listDay reports a day of the month at token j, on the line of a short
// weekday without its dot: a list's "Wed 9 Feb", "Thu 10".
func (st *dtState) listDay(j int) bool {
	t := st.tokAt(j)
	if t == nil || t.nl || t.kind != 'n' {
		return false
	}
	_, _, ok := st.dayNum(j)
	return ok
}

// objectInfinitive reports "to" at token k opening an infinitive after the
// object of a verb whose object's infinitive looks ahead ("invited him to
// visit Oslo in January", "asked the envoy to return in May"): the verb
// within six words before it, in its sentence (the caller asks for no
// comma between it and the date: "invited him to visit, following his
// trip in January" is another time).
func (st *dtState) objectInfinitive(k int) bool {
	if st.toks[k].low != "to" || k+1 >= len(st.toks) || st.toks[k+1].kind != 'w' || st.toks[k+1].cap {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6 && st.toks[j].sent == st.toks[k].sent; j-- {
		if st.toks[j].low == "," || st.toks[j].low == ";" {
			return false
		}
		if st.f.objectOpeners.has(st.toks, j) {
			return true
		}
	}
	return false
}
