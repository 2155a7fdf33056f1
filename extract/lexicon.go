package extract

import (
	"bufio"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"

	"github.com/eventgraph/eventgraph/schema"
)

// gazKind is what a gazetteer name denotes.
type gazKind uint8

const (
	gCountry gazKind = iota + 1
	gDemonym
	gCapital
	gPlace
	gOrg
	gOutlet
)

// gazEntry is one meaning of a gazetteer name.
type gazEntry struct {
	kind      gazKind
	name      string // canonical name of the country, place, organisation or outlet
	country   string // country it belongs to, canonical name ("" for none)
	in        string // containing place (places)
	placeKind string // city, region, venue, venue-seat, capital
	orgKind   string
	seat      bool // organisations: the seat of a country's executive ("the Kremlin leader")
}

// titleEntry is a title or office.
type titleEntry struct {
	canonical string
	class     string // leader, minister, official, spokesperson, diplomat, military, royal, religious, generic, honorific
	plural    bool
	also      []string // other canonical titles its holder answers to ("Premier" for a Prime Minister)
	given     bool     // the word is a given name too ("Amir"): a title only where a title's words frame it
}

// lexPhrase is a lexicon lexPhrase of one of the case-insensitive lists.
type lexPhrase struct {
	class string // trigger kind, speech class, cue class, org kind
	pos   string // triggers: noun or verb
	flag  string // triggers: weak, host, join, remote
	canon string // titles: canonical title; generic orgs: head name
	title *titleEntry
}

// matcher finds lexicon phrases in text.
type matcher struct {
	ac      ahocorasick.AhoCorasick
	entries [][]lexPhrase // by pattern index
}

// span is a lexicon match in a text: byte offsets and what matched.
type span struct {
	start, end int
	phrases    []lexPhrase
}

func newMatcher(m map[string][]lexPhrase, insensitive bool) *matcher {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{
		AsciiCaseInsensitive: insensitive,
		MatchKind:            ahocorasick.LeftMostLongestMatch,
		DFA:                  true,
	})
	mt := &matcher{ac: b.Build(keys), entries: make([][]lexPhrase, len(keys))}
	for i, k := range keys {
		mt.entries[i] = m[k]
	}
	return mt
}

// find gives the whole-word matches in text[start:end], offsets into text.
func (mt *matcher) find(text string, start, end int) []span {
	var out []span
	for _, m := range mt.ac.FindAll(text[start:end]) {
		s, e := start+m.Start(), start+m.End()
		if !wordBoundary(text, s, e) {
			continue
		}
		sp := span{start: s, end: e, phrases: mt.entries[m.Pattern()]}
		if n := len(out); n > 0 && out[n-1].end > s {
			// overlapping matches: keep the longer
			if e-s > out[n-1].end-out[n-1].start {
				out[n-1] = sp
			}
			continue
		}
		out = append(out, sp)
	}
	return out
}

// wordBoundary reports whether text[s:e] starts and ends at word edges.
func wordBoundary(text string, s, e int) bool {
	if s > 0 && isWordByteBefore(text, s) && isWordRuneAt(text, s) {
		return false
	}
	if e < len(text) && isWordRuneAt(text, e) && isWordByteBefore(text, e) {
		return false
	}
	return true
}

func isWordRuneAt(text string, i int) bool { return i < len(text) && isWordRune(text, i, len(text)) }

func isWordByteBefore(text string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if text[j] < 0x80 || text[j] >= 0xC0 {
			return isWordRune(text, j, len(text))
		}
	}
	return false
}

// lexicon is the extractor's world knowledge, read from the lexicon files.
type lexicon struct {
	gaz        *gazetteer
	titles     *matcher
	spokes     map[string]bool   // canonical titles of the class "spokesperson"
	orgHeads   *matcher          // generic organisation heads ("foreign ministry")
	headKind   map[string]string // canonical generic head → its kind ("foreign ministry" → "ministry")
	triggers   *matcher
	speech     *matcher
	cues       *matcher
	stop       map[string]string // lower-case word → class
	particles  map[string]bool
	orgNouns   map[string]bool // nouns that head an organisation's name ("Council")
	monthNames map[string]bool // months' names, family names too ("Theresa May")
	portfolio  map[string]bool // words of a minister's portfolio ("Affairs", "Trade")
	abbrevs    map[string]abbrevClass
	demonymOf  map[string]string   // country canonical name → its first demonym
	demonymsOf map[string][]string // country canonical name → its adjectival demonyms
	demonym    map[string]bool     // every demonym, lower case ("russian", "russians")
	countries  map[string]bool     // canonical country names
	captions   []string            // caption cue phrases
}

// gazetteer matches proper names case-sensitively.
type gazetteer struct {
	ac      ahocorasick.AhoCorasick
	entries [][]gazEntry
}

func (g *gazetteer) find(text string, start, end int) []gazSpan {
	var out []gazSpan
	for _, m := range g.ac.FindAll(text[start:end]) {
		s, e := start+m.Start(), start+m.End()
		if !wordBoundary(text, s, e) {
			continue
		}
		out = append(out, gazSpan{start: s, end: e, entries: g.entries[m.Pattern()]})
	}
	return out
}

type gazSpan struct {
	start, end int
	entries    []gazEntry
}

// readTSV reads a lexicon file: lines split at tabs, "#" comments and blank
// lines skipped, "-" fields read as empty.
func readTSV(fsys fs.FS, name string, minCols int) ([][]string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < minCols {
			return nil, fmt.Errorf("lexicon %s:%d: %d columns, want %d", name, n, len(cols), minCols)
		}
		for i, c := range cols {
			c = strings.TrimSpace(c)
			if c == "-" {
				c = ""
			}
			cols[i] = c
		}
		rows = append(rows, cols)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", name, err)
	}
	return rows, nil
}

func splitBar(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// loadLexicon reads every lexicon file the extractor needs.
func loadLexicon(fsys fs.FS) (*lexicon, error) {
	lx := &lexicon{
		stop:       map[string]string{},
		particles:  map[string]bool{},
		orgNouns:   map[string]bool{},
		monthNames: map[string]bool{},
		portfolio:  map[string]bool{},
		abbrevs:    map[string]abbrevClass{},
		demonymOf:  map[string]string{},
		demonymsOf: map[string][]string{},
		demonym:    map[string]bool{},
		countries:  map[string]bool{},
	}
	names := map[string][]gazEntry{}
	add := func(k string, e gazEntry) {
		for _, x := range names[k] {
			if x == e {
				return
			}
		}
		names[k] = append(names[k], e)
	}

	rows, err := readTSV(fsys, "countries.tsv", 4)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		c := r[0]
		lx.countries[c] = true
		add(c, gazEntry{kind: gCountry, name: c, country: c})
		for _, a := range splitBar(r[1]) {
			add(a, gazEntry{kind: gCountry, name: c, country: c})
		}
		for i, d := range splitBar(r[2]) {
			if i == 0 {
				lx.demonymOf[c] = d
			}
			if !strings.HasSuffix(d, "s") || strings.HasSuffix(d, "ese") {
				lx.demonymsOf[c] = append(lx.demonymsOf[c], d) // adjectives, not plural nouns
			}
			lx.demonym[strings.ToLower(d)] = true
			add(d, gazEntry{kind: gDemonym, name: c, country: c})
		}
		for _, cap := range splitBar(r[3]) {
			add(cap, gazEntry{kind: gCapital, name: cap, country: c, in: c, placeKind: "capital"})
		}
	}
	rows, err = readTSV(fsys, "places.tsv", 3)
	if err != nil {
		return nil, err
	}
	placeIn := map[string]string{}
	for _, r := range rows {
		placeIn[r[0]] = r[2]
	}
	countryOfPlace := func(p string) string {
		for i := 0; i < 5 && p != ""; i++ {
			if lx.countries[p] {
				return p
			}
			if in, ok := placeIn[p]; ok {
				p = in
				continue
			}
			// a capital
			for _, e := range names[p] {
				if e.kind == gCapital {
					return e.country
				}
			}
			return ""
		}
		return ""
	}
	for _, r := range rows {
		e := gazEntry{kind: gPlace, name: r[0], in: r[2], placeKind: r[1], country: countryOfPlace(r[2])}
		add(r[0], e)
		if len(r) > 3 {
			for _, a := range splitBar(r[3]) {
				add(a, e)
			}
		}
	}
	rows, err = readTSV(fsys, "organisations.tsv", 4)
	if err != nil {
		return nil, err
	}
	heads := map[string][]lexPhrase{}
	lx.headKind = map[string]string{}
	for _, r := range rows {
		if r[2] == "*" {
			lx.headKind[r[0]] = r[3]
			p := lexPhrase{class: r[3], canon: r[0]}
			heads[strings.ToLower(r[0])] = append(heads[strings.ToLower(r[0])], p)
			for _, a := range splitBar(r[1]) {
				heads[strings.ToLower(a)] = append(heads[strings.ToLower(a)], p)
			}
			continue
		}
		e := gazEntry{kind: gOrg, name: r[0], country: r[2], orgKind: r[3]}
		if len(r) > 4 {
			switch r[4] {
			case "seat":
				e.seat = true
			default:
				return nil, fmt.Errorf("organisations.tsv: %q: unknown flag %q", r[0], r[4])
			}
		}
		add(r[0], e)
		for _, a := range splitBar(r[1]) {
			add(a, e)
		}
	}
	lx.orgHeads = newMatcher(heads, true)
	rows, err = readTSV(fsys, "outlets.tsv", 3)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		e := gazEntry{kind: gOutlet, name: r[0], country: r[2]}
		add(r[0], e)
		for _, a := range splitBar(r[1]) {
			add(a, e)
		}
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{MatchKind: ahocorasick.LeftMostLongestMatch, DFA: true})
	lx.gaz = &gazetteer{ac: b.Build(keys), entries: make([][]gazEntry, len(keys))}
	for i, k := range keys {
		lx.gaz.entries[i] = names[k]
	}

	rows, err = readTSV(fsys, "titles.tsv", 3)
	if err != nil {
		return nil, err
	}
	titles := map[string][]lexPhrase{}
	lx.spokes = map[string]bool{}
	for _, r := range rows {
		t := &titleEntry{canonical: r[1], class: r[2]}
		if r[2] == "spokesperson" {
			lx.spokes[r[1]] = true
		}
		if len(r) > 4 && r[4] != "-" {
			t.also = splitBar(r[4])
		}
		if len(r) > 5 {
			for _, f := range splitBar(r[5]) {
				switch f {
				case "given":
					t.given = true
				default:
					return nil, fmt.Errorf("titles.tsv: %q: unknown flag %q", r[0], f)
				}
			}
		}
		titles[strings.ToLower(r[0])] = append(titles[strings.ToLower(r[0])], lexPhrase{class: r[2], canon: r[1], title: t})
		if len(r) > 3 {
			for _, p := range splitBar(r[3]) {
				pt := &titleEntry{canonical: r[1], class: r[2], plural: true}
				titles[strings.ToLower(p)] = append(titles[strings.ToLower(p)], lexPhrase{class: r[2], canon: r[1], title: pt})
			}
		}
	}
	lx.titles = newMatcher(titles, true)

	rows, err = readTSV(fsys, "triggers.tsv", 4)
	if err != nil {
		return nil, err
	}
	trig := map[string][]lexPhrase{}
	for _, r := range rows {
		k := strings.ToLower(r[0])
		trig[k] = append(trig[k], lexPhrase{class: r[1], pos: r[2], flag: r[3]})
	}
	lx.triggers = newMatcher(trig, true)

	if lx.speech, err = readPhrases(fsys, "speech.tsv"); err != nil {
		return nil, err
	}
	cues := map[string][]lexPhrase{}
	rows, err = readTSV(fsys, "cues.tsv", 2)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if r[1] == "caption" {
			lx.captions = append(lx.captions, r[0])
			continue
		}
		k := strings.ToLower(r[0])
		cues[k] = append(cues[k], lexPhrase{class: r[1]})
	}
	lx.cues = newMatcher(cues, true)

	rows, err = readTSV(fsys, "stopwords.tsv", 2)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		class := r[1]
		switch class {
		case "org":
			lx.orgNouns[r[0]] = true
			class = "noun"
		case "portfolio":
			lx.portfolio[r[0]] = true
			class = "noun"
		case "month":
			lx.monthNames[r[0]] = true
		}
		if _, ok := lx.stop[r[0]]; !ok {
			lx.stop[r[0]] = class
		}
	}
	rows, err = readTSV(fsys, "particles.tsv", 1)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		lx.particles[r[0]] = true
	}
	rows, err = readTSV(fsys, "abbreviations.tsv", 2)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		c := abbrevOther
		switch r[1] {
		case "title":
			c = abbrevTitle
		case "month":
			c = abbrevMonth
		case "initialism":
			c = abbrevInitialism
		}
		lx.abbrevs[strings.ToLower(r[0])] = c
		lx.abbrevs[strings.ToLower(r[0])+"."] = c
	}
	return lx, nil
}

func readPhrases(fsys fs.FS, name string) (*matcher, error) {
	rows, err := readTSV(fsys, name, 2)
	if err != nil {
		return nil, err
	}
	m := map[string][]lexPhrase{}
	for _, r := range rows {
		k := strings.ToLower(r[0])
		m[k] = append(m[k], lexPhrase{class: r[1]})
	}
	return newMatcher(m, true), nil
}

// has reports whether a span has a lexPhrase of the class.
func (s span) has(class string) bool {
	for _, p := range s.phrases {
		if p.class == class {
			return true
		}
	}
	return false
}

// countryByIRI is the canonical name of the lexicon's country with that
// IRI, or "".
func (lx *lexicon) countryByIRI(iri string) string {
	for c := range lx.countries {
		if schema.EntityIRI(c) == iri {
			return c
		}
	}
	return ""
}
