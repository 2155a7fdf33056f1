package evaluate

// Challenge sets (data/challenge/README.md): short texts, one phenomenon
// of English each ("passive voice", "pronoun subjects", ...), with the
// contacts they state. Scored case by case, and by phenomenon, so that a
// rule can be checked against every way news states a contact rather than
// against one article.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/eventgraph/eventgraph/schema"
)

// ChallengeCase is one case of a challenge set.
type ChallengeCase struct {
	ID         string           `yaml:"id" json:"id"`
	Phenomenon string           `yaml:"phenomenon" json:"phenomenon"`
	Published  string           `yaml:"published" json:"published"`
	Text       string           `yaml:"text" json:"text"`
	Events     []ChallengeEvent `yaml:"events" json:"events"`

	// Line is the case's line in its file.
	Line int `yaml:"-" json:"line"`
}

// ChallengeEvent is a contact a case states: a gold event without place
// and evidence.
type ChallengeEvent struct {
	Kind         schema.EventKind `yaml:"kind" json:"kind"`
	Participants []string         `yaml:"participants" json:"participants"`
	Date         string           `yaml:"date" json:"date,omitempty"`
	Status       schema.Status    `yaml:"status" json:"status"`
}

// LoadChallenge reads and checks a challenge set. Errors name the file,
// and the case's id and line.
func LoadChallenge(path string) ([]ChallengeCase, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("challenge set: %w", err)
	}
	cases, err := ParseChallenge(raw)
	if err != nil {
		return nil, fmt.Errorf("challenge set %s: %w", path, err)
	}
	return cases, nil
}

// ParseChallenge decodes and checks the YAML of a challenge set: a list of
// cases with unique ids, a publication date, a text, and events whose
// kinds, statuses and dates are valid. Unknown keys are errors.
func ParseChallenge(raw []byte) ([]ChallengeCase, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	if len(doc.Content) == 0 {
		return nil, errors.New("empty challenge set")
	}
	list := doc.Content[0]
	if list.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("line %d: want a list of cases", list.Line)
	}
	var out []ChallengeCase
	var errs []error
	seen := map[string]int{}
	for _, item := range list.Content {
		var c ChallengeCase
		b, err := yaml.Marshal(item)
		if err == nil {
			dec := yaml.NewDecoder(bytes.NewReader(b))
			dec.KnownFields(true)
			if err = dec.Decode(&c); errors.Is(err, io.EOF) {
				err = errors.New("empty case")
			}
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", item.Line, err))
			continue
		}
		c.Line = item.Line
		if err := c.validate(); err != nil {
			errs = append(errs, fmt.Errorf("line %d, case %q: %w", item.Line, c.ID, err))
			continue
		}
		if l, ok := seen[c.ID]; ok {
			errs = append(errs, fmt.Errorf("line %d: case id %q already used on line %d", item.Line, c.ID, l))
			continue
		}
		seen[c.ID] = item.Line
		out = append(out, c)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

func (c ChallengeCase) validate() error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if c.ID == "" {
		bad("id: missing")
	}
	if strings.TrimSpace(c.Phenomenon) == "" {
		bad("phenomenon: missing")
	}
	if _, err := time.Parse(time.DateOnly, c.Published); err != nil {
		bad("published: %q is not YYYY-MM-DD", c.Published)
	}
	if strings.TrimSpace(c.Text) == "" {
		bad("text: missing")
	}
	for i, e := range c.Events {
		errs = append(errs, checkEvent(fmt.Sprintf("events[%d]", i), e.Kind, e.Status, e.Participants, e.Date)...)
	}
	return errors.Join(errs...)
}

// gold is the case as a gold document (the text is its article, after a
// date line).
func (c ChallengeCase) gold() Gold {
	g := Gold{Document: c.ID, Published: c.Published, Article: c.Article()}
	for _, e := range c.Events {
		g.Events = append(g.Events, GoldEvent{Kind: e.Kind, Participants: e.Participants, Date: e.Date, Status: e.Status})
	}
	return g
}

// Article is the case as an article: its date line, then its text.
func (c ChallengeCase) Article() string { return "date " + c.Published + "\n" + c.Text + "\n" }

// ChallengeResult is one case's score.
type ChallengeResult struct {
	ID         string   `json:"id"`
	Phenomenon string   `json:"phenomenon"`
	Line       int      `json:"line"`
	Pass       bool     `json:"pass"`
	Score      DocScore `json:"score"`
	// Want and Got are the contacts as "kind status date: a, b", sorted.
	Want []string `json:"want"`
	Got  []string `json:"got"`
}

// ChallengeGroup is the score of one phenomenon (or of all: "TOTAL").
type ChallengeGroup struct {
	Phenomenon string   `json:"phenomenon"`
	Cases      int      `json:"cases"`
	Passed     int      `json:"passed"`
	Score      DocScore `json:"score"`
}

// ChallengeReport is the score of a challenge set: each case, each
// phenomenon (in order of first appearance) and the total.
type ChallengeReport struct {
	Cases  []ChallengeResult `json:"cases"`
	Groups []ChallengeGroup  `json:"phenomena"`
	Total  ChallengeGroup    `json:"total"`
}

// ScoreChallenge extracts every case and scores it as a gold document. A
// case passes when its pairs and dated pairs are exactly right and every
// contact matched has the right status.
func ScoreChallenge(ctx context.Context, cases []ChallengeCase, extract ExtractFunc) (ChallengeReport, error) {
	zero := DocScore{Pairs: newPRF(0, 0, 0), DatedPairs: newPRF(0, 0, 0), Claims: newPRF(0, 0, 0)}
	r := ChallengeReport{Total: ChallengeGroup{Phenomenon: "TOTAL", Score: zero}}
	r.Total.Score.Document = "TOTAL"
	index := map[string]int{}
	for _, c := range cases {
		if err := ctx.Err(); err != nil {
			return r, err
		}
		a, err := extract(ctx, c.ID+".txt", []byte(c.Article()))
		if err != nil {
			return r, fmt.Errorf("case %q (line %d): %w", c.ID, c.Line, err)
		}
		g := c.gold()
		d := scoreDocument(g, Prediction{Article: *a})
		pass := d.Pairs.FP == 0 && d.Pairs.FN == 0 && d.DatedPairs.FP == 0 && d.DatedPairs.FN == 0 && d.Status.Hit == d.Status.Total
		res := ChallengeResult{ID: c.ID, Phenomenon: c.Phenomenon, Line: c.Line, Pass: pass, Score: d}
		for _, e := range c.Events {
			res.Want = append(res.Want, contactLine(string(e.Kind), string(e.Status), e.Date, e.Participants))
		}
		rs := newResolver(g.Names(), *a)
		for _, e := range a.Events {
			var names []string
			for _, p := range e.Participants {
				names = append(names, rs.actor(p).Name)
			}
			res.Got = append(res.Got, contactLine(string(e.Kind), string(e.Status), dateValue(e.Date), names))
		}
		sort.Strings(res.Want)
		sort.Strings(res.Got)
		r.Cases = append(r.Cases, res)
		i, ok := index[c.Phenomenon]
		if !ok {
			i = len(r.Groups)
			index[c.Phenomenon] = i
			r.Groups = append(r.Groups, ChallengeGroup{Phenomenon: c.Phenomenon, Score: zero})
		}
		for _, gr := range []*ChallengeGroup{&r.Groups[i], &r.Total} {
			gr.Cases++
			if pass {
				gr.Passed++
			}
			gr.Score = gr.Score.add(d)
		}
	}
	return r, nil
}

func contactLine(kind, status, date string, names []string) string {
	names = slices.Clone(names)
	sort.Strings(names)
	if date == "" {
		date = "-"
	}
	return fmt.Sprintf("%s %s %s: %s", kind, status, date, strings.Join(names, ", "))
}

// Table is the report by phenomenon: cases passed, pairs and dated pairs
// P/R/F1, status; then the failed cases with what was wanted and got.
func (r ChallengeReport) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-34s %6s %6s   %6s %6s %6s   %6s %6s %6s   %7s\n", "phenomenon", "cases", "passed", "pairs P", "R", "F1", "dated P", "R", "F1", "status")
	row := func(g ChallengeGroup) {
		s := g.Score
		fmt.Fprintf(&b, "%-34s %6d %6d   %6s %6s %6s   %6s %6s %6s   %7s\n", g.Phenomenon, g.Cases, g.Passed,
			pct(s.Pairs.Precision), pct(s.Pairs.Recall), pct(s.Pairs.F1), pct(s.DatedPairs.Precision), pct(s.DatedPairs.Recall), pct(s.DatedPairs.F1), ratioCell(s.Status))
	}
	for _, g := range r.Groups {
		row(g)
	}
	row(r.Total)
	return b.String()
}

// Failures lists the failed cases: id, line, what was wanted and got.
func (r ChallengeReport) Failures() string {
	var b strings.Builder
	for _, c := range r.Cases {
		if c.Pass {
			continue
		}
		fmt.Fprintf(&b, "%s (line %d, %s)\n", c.ID, c.Line, c.Phenomenon)
		for _, w := range c.Want {
			fmt.Fprintf(&b, "  want %s\n", w)
		}
		if len(c.Want) == 0 {
			b.WriteString("  want nothing\n")
		}
		for _, g := range c.Got {
			fmt.Fprintf(&b, "  got  %s\n", g)
		}
		if len(c.Got) == 0 {
			b.WriteString("  got  nothing\n")
		}
	}
	return b.String()
}
