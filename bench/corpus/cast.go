// Package corpus generates synthetic news articles about diplomatic
// contacts, with gold annotations in the format of data/gold/README.md, for
// eventgraph's benchmarks and scale tests. The same seed always gives the
// same bytes; article i is the same whatever the corpus size, so a corpus of
// 1,000 articles is the first 1,000 of a corpus of 100,000.
//
// People are invented (first names joined with surnames built from
// syllables); countries, their demonyms and capitals are real, so that the
// extractor's lexicon knows them.
package corpus

import (
	"math/rand/v2"
	"strings"
)

// country is a state the generator lets people serve.
type country struct {
	Name, Demonym, Capital string
	// Cities are other cities of the country a contact may take place in.
	Cities []string
}

var countries = []country{
	{"France", "French", "Paris", []string{"Marseille", "Lyon"}},
	{"Germany", "German", "Berlin", []string{"Munich", "Hamburg"}},
	{"Italy", "Italian", "Rome", []string{"Milan"}},
	{"Spain", "Spanish", "Madrid", []string{"Barcelona"}},
	{"Poland", "Polish", "Warsaw", []string{"Krakow"}},
	{"Sweden", "Swedish", "Stockholm", nil},
	{"Norway", "Norwegian", "Oslo", nil},
	{"Finland", "Finnish", "Helsinki", nil},
	{"Denmark", "Danish", "Copenhagen", nil},
	{"Austria", "Austrian", "Vienna", nil},
	{"Croatia", "Croatian", "Zagreb", []string{"Split"}},
	{"Greece", "Greek", "Athens", nil},
	{"Portugal", "Portuguese", "Lisbon", nil},
	{"Ireland", "Irish", "Dublin", nil},
	{"Belgium", "Belgian", "Brussels", nil},
	{"Japan", "Japanese", "Tokyo", []string{"Osaka"}},
	{"India", "Indian", "New Delhi", []string{"Mumbai"}},
	{"Canada", "Canadian", "Ottawa", []string{"Toronto"}},
	{"Mexico", "Mexican", "Mexico City", nil},
	{"Egypt", "Egyptian", "Cairo", nil},
	{"Kenya", "Kenyan", "Nairobi", nil},
	{"Turkey", "Turkish", "Ankara", []string{"Istanbul"}},
	{"Indonesia", "Indonesian", "Jakarta", nil},
	{"Vietnam", "Vietnamese", "Hanoi", nil},
	{"Argentina", "Argentine", "Buenos Aires", nil},
	{"Chile", "Chilean", "Santiago", nil},
	{"Nigeria", "Nigerian", "Abuja", nil},
	{"Australia", "Australian", "Canberra", []string{"Sydney"}},
	{"Brazil", "Brazilian", "Brasilia", nil},
	{"Czech Republic", "Czech", "Prague", nil},
}

// titles people hold; leaders are rarer than ministers.
var titles = []string{
	"President", "Prime Minister", "Foreign Minister", "Foreign Minister", "Foreign Minister",
	"Defence Minister", "Finance Minister", "Trade Minister",
}

var firstNames = []string{
	"Alvar", "Brenna", "Cassian", "Delphine", "Edvin", "Fenna", "Gideon", "Halla", "Ivo", "Jorunn",
	"Kasimir", "Liesel", "Matthis", "Nerys", "Oskar", "Petra", "Quillon", "Rosalind", "Severin", "Tamsin",
	"Ulric", "Vesna", "Wendel", "Ysolde", "Zoran", "Annika", "Bertil", "Corin", "Dagny", "Emeric",
	"Florin", "Greta", "Henrike", "Ilse", "Jasper", "Katrin", "Leander", "Mira", "Nils", "Odile",
}

// Surnames are built from a head and a tail syllable: Korvath, Lindqvar.
var (
	surnameHeads = []string{
		"Kor", "Lind", "Mar", "Vel", "Sten", "Ald", "Brev", "Cal", "Dor", "Ester",
		"Fal", "Gorm", "Hal", "Isk", "Jar", "Kest", "Lor", "Mend", "Nor", "Orv",
		"Pell", "Quar", "Rav", "Sor", "Tarn", "Ulv", "Varn", "Wend", "Yr", "Zel",
	}
	surnameTails = []string{
		"vath", "qvar", "enko", "idor", "mann", "ström", "ani", "essen", "ovic", "ard",
		"ule", "berg", "insky", "aro", "elli", "holt", "wyn", "ada", "ez", "ton",
	}
)

// person is one invented actor.
type person struct {
	First, Last string
	Title       string
	Country     int // index into countries
	She         bool
}

func (p person) Name() string { return p.First + " " + p.Last }

// cast is the people of a corpus, built from its seed, and how often each
// is chosen: a few people are in many articles, most in few.
type cast struct {
	people []person
}

// castSize is the number of invented people in a corpus.
const castSize = 2000

// she lists first names read as a woman's (for pronouns).
var she = map[string]bool{
	"Brenna": true, "Delphine": true, "Fenna": true, "Halla": true, "Jorunn": true, "Liesel": true,
	"Nerys": true, "Petra": true, "Rosalind": true, "Tamsin": true, "Vesna": true, "Ysolde": true,
	"Annika": true, "Dagny": true, "Greta": true, "Henrike": true, "Ilse": true, "Katrin": true,
	"Mira": true, "Odile": true,
}

func newCast(seed uint64) *cast {
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	seen := map[string]bool{}
	var people []person
	for len(people) < castSize {
		p := person{
			First:   firstNames[r.IntN(len(firstNames))],
			Last:    surnameHeads[r.IntN(len(surnameHeads))] + surnameTails[r.IntN(len(surnameTails))],
			Title:   titles[r.IntN(len(titles))],
			Country: r.IntN(len(countries)),
		}
		// One person per surname keeps surname references unambiguous.
		if seen[p.Last] {
			p.Last = p.Last + strings.ToLower(surnameTails[r.IntN(len(surnameTails))])
			if seen[p.Last] {
				continue
			}
		}
		seen[p.Last] = true
		p.She = she[p.First]
		people = append(people, p)
	}
	return &cast{people: people}
}

// pair picks two people of different countries for one article, drawing
// on r (the article's own randomness), so that article i does not depend
// on the others.
func (c *cast) pair(r *rand.Rand) (person, person) {
	z := rand.NewZipf(r, 1.1, 8, castSize-1)
	a := c.people[z.Uint64()]
	for {
		b := c.people[z.Uint64()]
		if b.Country != a.Country && b.Last != a.Last {
			return a, b
		}
	}
}

// third picks a person of another country than a's and b's.
func (c *cast) third(r *rand.Rand, a, b person) person {
	for {
		p := c.people[r.IntN(castSize)]
		if p.Country != a.Country && p.Country != b.Country {
			return p
		}
	}
}
