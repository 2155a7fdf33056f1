// Package evaluate scores the extractor against gold data.
//
// Gold files (data/gold/NAME.yaml, described in data/gold/README.md) list,
// for one article, the contact events it reports, the claims it attributes
// and its temporal expressions. LoadGold and LoadGoldDir read and validate
// them; Score compares them with what the extractor produced.
package evaluate

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/eventgraph/eventgraph/schema"
)

// Gold is the hand-made annotation of one article.
type Gold struct {
	// Document is the article's id: its file name without extension.
	Document string `yaml:"document" json:"document"`
	// Published is the publication date, YYYY-MM-DD.
	Published string      `yaml:"published" json:"published"`
	Events    []GoldEvent `yaml:"events" json:"events"`
	Claims    []GoldClaim `yaml:"claims" json:"claims"`
	Timexes   []GoldTimex `yaml:"timexes" json:"timexes"`

	// Path is the file the gold was read from.
	Path string `yaml:"-" json:"-"`
	// Article is the text of the article the gold annotates, when LoadGold
	// found it (ArticlePath); empty otherwise.
	Article string `yaml:"-" json:"-"`
}

// GoldEvent is a contact event between actors.
type GoldEvent struct {
	Kind schema.EventKind `yaml:"kind" json:"kind"`
	// Participants are full names of people, or names of countries and
	// organisations when no person stands for them.
	Participants []string `yaml:"participants" json:"participants"`
	// Date is a TIMEX3 date value at its own granularity; "" when the
	// article gives none (null in YAML).
	Date   string        `yaml:"date" json:"date,omitempty"`
	Status schema.Status `yaml:"status" json:"status"`
	// Place is the place as written, "" when none is given.
	Place string `yaml:"place" json:"place,omitempty"`
	// Evidence is a verbatim substring of the article stating the contact.
	Evidence string `yaml:"evidence" json:"evidence"`
}

// GoldClaim is something an actor said, as the article attributes it.
type GoldClaim struct {
	// Claimant is who said it; "" when nobody is named (null in YAML);
	// AnonymousSource for an unnamed source.
	Claimant string `yaml:"claimant" json:"claimant,omitempty"`
	// ReportedBy are the outlets relaying it; empty when the article itself
	// is the only reporter.
	ReportedBy []string `yaml:"reported_by" json:"reported_by"`
	// Text is a verbatim substring of what was claimed.
	Text string `yaml:"text" json:"text"`
	// Date is when it was said, a TIMEX3 date value, or "".
	Date string `yaml:"date" json:"date,omitempty"`
}

// GoldTimex is a temporal expression of the article.
type GoldTimex struct {
	// Text is the expression as written.
	Text string `yaml:"text" json:"text"`
	// Occurrence says which occurrence of Text in the article is meant,
	// counting from 1 (whole-word matches only); 0 means 1.
	Occurrence int `yaml:"occurrence,omitempty" json:"occurrence,omitempty"`
	// Type is DATE, TIME, DURATION or SET.
	Type string `yaml:"type" json:"type"`
	// Value is its TIMEX3 value.
	Value string `yaml:"value" json:"value"`

	// Start and End are the byte offsets of the expression in the article
	// file when the article was found; both -1 otherwise.
	Start int `yaml:"-" json:"-"`
	End   int `yaml:"-" json:"-"`
}

// AnonymousSource is the claimant of a claim made by an unnamed source
// ("a source familiar with the matter", "officials said").
const AnonymousSource = "source"

// Timex types of TIMEX3.
var goldTimexTypes = []string{"DATE", "TIME", "DURATION", "SET"}

// ArticlePath is where the article annotated by the gold file at goldPath
// is expected: ../articles/DOCUMENT.txt relative to the gold file's folder.
func ArticlePath(goldPath, document string) string {
	return filepath.Join(filepath.Dir(goldPath), "..", "articles", document+".txt")
}

// LoadGold reads and validates one gold file. When the article it annotates
// is found next to it (ArticlePath), the gold is also checked against the
// article's text (CheckArticle) and the offsets of its timexes are set.
// Errors name the file.
func LoadGold(path string) (Gold, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return Gold{}, fmt.Errorf("read gold: %w", err)
	}
	g, err := ParseGold(raw)
	if err != nil {
		return Gold{}, fmt.Errorf("gold %s: %w", path, err)
	}
	g.Path = path
	if want := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)); g.Document != want {
		return Gold{}, fmt.Errorf("gold %s: document %q is not the file's name %q", path, g.Document, want)
	}
	text, err := os.ReadFile(ArticlePath(path, g.Document))
	switch {
	case errors.Is(err, os.ErrNotExist):
		return g, nil
	case err != nil:
		return Gold{}, fmt.Errorf("gold %s: read article: %w", path, err)
	}
	if err := g.CheckArticle(string(text)); err != nil {
		return Gold{}, fmt.Errorf("gold %s: against article %s: %w", path, ArticlePath(path, g.Document), err)
	}
	return g, nil
}

// LoadGoldDir reads every gold file (*.yaml, *.yml) of dir, sorted by name.
func LoadGoldDir(dir string) ([]Gold, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read gold folder: %w", err)
	}
	var golds []Gold
	var errs []error
	for _, e := range entries {
		ext := filepath.Ext(e.Name())
		if e.IsDir() || (ext != ".yaml" && ext != ".yml") {
			continue
		}
		g, err := LoadGold(filepath.Join(dir, e.Name()))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		golds = append(golds, g)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if len(golds) == 0 {
		return nil, fmt.Errorf("gold folder %s: no .yaml files", dir)
	}
	return golds, nil
}

// ParseGold decodes and validates the YAML of a gold file. Unknown fields
// are errors, so misspelt keys don't go unnoticed.
func ParseGold(raw []byte) (Gold, error) {
	var g Gold
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(&g); err != nil {
		if errors.Is(err, io.EOF) {
			return Gold{}, errors.New("empty gold file")
		}
		return Gold{}, fmt.Errorf("decode: %w", err)
	}
	for i := range g.Timexes {
		g.Timexes[i].Start, g.Timexes[i].End = -1, -1
	}
	if err := g.Validate(); err != nil {
		return Gold{}, err
	}
	return g, nil
}

// Validate checks the gold on its own: required fields, kinds, statuses,
// date values and timex types. All problems are reported together.
func (g Gold) Validate() error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if g.Document == "" {
		bad("document: missing")
	}
	if _, err := time.Parse(time.DateOnly, g.Published); err != nil {
		bad("published: %q is not YYYY-MM-DD", g.Published)
	}
	for i, e := range g.Events {
		at := fmt.Sprintf("events[%d]", i)
		errs = append(errs, checkEvent(at, e.Kind, e.Status, e.Participants, e.Date)...)
		if strings.TrimSpace(e.Evidence) == "" {
			bad("%s: evidence missing", at)
		}
	}
	for i, c := range g.Claims {
		at := fmt.Sprintf("claims[%d]", i)
		if strings.TrimSpace(c.Text) == "" {
			bad("%s: text missing", at)
		}
		for _, o := range c.ReportedBy {
			if strings.TrimSpace(o) == "" {
				bad("%s: empty outlet in reported_by", at)
			}
		}
		if c.Date != "" {
			if _, err := schema.ParseDateValue(c.Date); err != nil {
				bad("%s: date: %w", at, err)
			}
		}
	}
	for i, t := range g.Timexes {
		at := fmt.Sprintf("timexes[%d] %q", i, t.Text)
		if strings.TrimSpace(t.Text) == "" {
			bad("timexes[%d]: text missing", i)
		}
		if t.Occurrence < 0 {
			bad("%s: occurrence %d, want 1 or more", at, t.Occurrence)
		}
		if !slices.Contains(goldTimexTypes, t.Type) {
			bad("%s: type %q is not one of %v", at, t.Type, goldTimexTypes)
		}
		if err := checkTimexValue(t.Type, t.Value); err != nil {
			bad("%s: %w", at, err)
		}
	}
	return errors.Join(errs...)
}

// checkEvent checks an event's kind, status, participants (two or more,
// none empty or twice) and date value; at names it in the errors.
func checkEvent(at string, kind schema.EventKind, status schema.Status, participants []string, date string) []error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if !slices.Contains(schema.EventKinds(), kind) {
		bad("%s: kind %q is not one of %v", at, kind, schema.EventKinds())
	}
	if !slices.Contains(schema.Statuses(), status) {
		bad("%s: status %q is not one of %v", at, status, schema.Statuses())
	}
	if len(participants) < 2 {
		bad("%s: %d participants, want at least 2", at, len(participants))
	}
	seen := map[string]bool{}
	for _, p := range participants {
		k := normName(p)
		if k == "" {
			bad("%s: empty participant", at)
		}
		if seen[k] {
			bad("%s: participant %q twice", at, p)
		}
		seen[k] = true
	}
	if date != "" {
		if _, err := schema.ParseDateValue(date); err != nil {
			bad("%s: date: %w", at, err)
		}
	}
	return errs
}

// checkTimexValue checks a TIMEX3 value against its type, loosely: DATE and
// TIME values must be calendar values (or the reference values PRESENT_REF,
// PAST_REF, FUTURE_REF), DURATION values must start with P.
func checkTimexValue(typ, v string) error {
	if v == "" {
		return errors.New("value missing")
	}
	switch typ {
	case "DATE", "TIME":
		switch v {
		case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
			return nil
		}
		if _, err := schema.ParseDateValue(v); err != nil {
			return fmt.Errorf("value: %w", err)
		}
	case "DURATION":
		if !strings.HasPrefix(v, "P") {
			return fmt.Errorf("duration value %q does not start with P", v)
		}
	}
	return nil
}

// CheckArticle checks the gold against the text of its article: the
// publication date is the article's, every evidence and claim text is a
// verbatim substring, and every timex occurs (as a whole word) as often as
// its occurrence says. It sets the timexes' Start and End offsets.
func (g *Gold) CheckArticle(text string) error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if d, ok := ArticleDate(text); !ok {
		bad("article has no date line (\"date YYYY-MM-DD\") nor front matter date")
	} else if d != g.Published {
		bad("published %s, but the article says %s", g.Published, d)
	}
	for i, e := range g.Events {
		if e.Evidence != "" && !strings.Contains(text, e.Evidence) {
			bad("events[%d]: evidence %q is not in the article", i, e.Evidence)
		}
	}
	for i, c := range g.Claims {
		if c.Text != "" && !strings.Contains(text, c.Text) {
			bad("claims[%d]: text %q is not in the article", i, c.Text)
		}
	}
	for i := range g.Timexes {
		t := &g.Timexes[i]
		n := max(t.Occurrence, 1)
		start := findWord(text, t.Text, n)
		if start < 0 {
			bad("timexes[%d]: %q occurs fewer than %d times in the article", i, t.Text, n)
			continue
		}
		t.Start, t.End = start, start+len(t.Text)
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	g.Article = text
	return nil
}

// ArticleDate reads the publication date of an article: its first line
// starts with "date YYYY-MM-DD", or its YAML front matter has "date:".
func ArticleDate(text string) (string, bool) {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64*1024), len(text)+1)
	if !sc.Scan() {
		return "", false
	}
	first := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
	if first != "---" {
		f := strings.Fields(first)
		if len(f) >= 2 && f[0] == "date" && isDay(f[1]) {
			return f[1], true
		}
		return "", false
	}
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "---" {
			break
		}
		if v, ok := strings.CutPrefix(line, "date:"); ok {
			v = strings.Trim(strings.TrimSpace(v), `"'`)
			if len(v) >= 10 && isDay(v[:10]) {
				return v[:10], true
			}
		}
	}
	return "", false
}

func isDay(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// findWord gives the byte offset of the n-th (from 1) occurrence of sub in
// text that is not part of a longer word, or -1.
func findWord(text, sub string, n int) int {
	if sub == "" {
		return -1
	}
	from := 0
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			return -1
		}
		i += from
		if wordBoundary(text, i, i+len(sub)) {
			n--
			if n == 0 {
				return i
			}
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		from = i + size
	}
}

// Occurrence is the gold format's occurrence number of the whole-word match
// of sub that starts at byte at of text: how many whole-word occurrences of
// sub start at or before it (matches inside longer expressions count).
// Tools that write gold, such as the corpus generator, use it.
func Occurrence(text, sub string, at int) int {
	n := 0
	for from := 0; from <= at; {
		i := strings.Index(text[from:], sub)
		if i < 0 || from+i > at {
			break
		}
		i += from
		if wordBoundary(text, i, i+len(sub)) {
			n++
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		from = i + size
	}
	return n
}

// wordBoundary says whether text[start:end] neither starts nor ends inside
// a word.
func wordBoundary(text string, start, end int) bool {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	first, _ := utf8.DecodeRuneInString(text[start:])
	last, _ := utf8.DecodeLastRuneInString(text[:end])
	if isWord(first) && start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); isWord(r) {
			return false
		}
	}
	if isWord(last) && end < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); isWord(r) {
			return false
		}
	}
	return true
}

// Names lists every actor name the gold uses (participants, claimants,
// outlets), each once, in order of first use.
func (g Gold) Names() []string {
	var names []string
	seen := map[string]bool{}
	add := func(n string) {
		if k := normName(n); k != "" && !seen[k] {
			seen[k] = true
			names = append(names, n)
		}
	}
	for _, e := range g.Events {
		for _, p := range e.Participants {
			add(p)
		}
	}
	for _, c := range g.Claims {
		add(c.Claimant)
		for _, o := range c.ReportedBy {
			add(o)
		}
	}
	return names
}
