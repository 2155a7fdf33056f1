package extract

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// ReadOptions tunes ReadDocument.
type ReadOptions struct {
	// Date is the publication date to use when the file gives none.
	Date time.Time
	// MaxBytes rejects files larger than this; 0 means no limit.
	MaxBytes int64
}

// Document is an article file as read: its metadata and its body split
// into paragraphs. All offsets are byte offsets into Text, the original
// file content.
type Document struct {
	ID        string
	Path      string
	Title     string
	URL       string
	Outlet    string // outlet name from front matter, as written
	Published time.Time
	// Text is the whole file, unchanged.
	Text string
	// Body is the offset where the article text starts.
	Body       int
	Paragraphs []Paragraph
}

// Paragraph is a block of text separated from the next by a blank line (or,
// in files without blank lines, by a line break).
type Paragraph struct {
	Start, End int
	// Caption marks a photo caption ("IMAGE: ... Photograph: ..."): its
	// present tense describes a past photo.
	Caption bool
}

// frontMatter is the YAML header of an article file.
type frontMatter struct {
	Title  string `yaml:"title"`
	Date   string `yaml:"date"`
	URL    string `yaml:"url"`
	Outlet string `yaml:"outlet"`
	ID     string `yaml:"id"`
}

// ReadDocument reads an article. The file starts either with a line
// "date YYYY-MM-DD" (which may go on with article text) or with YAML front
// matter between "---" lines; without either, opt.Date is the publication
// date. Errors name the file and, where it helps, the line.
func ReadDocument(path string, data []byte, opt ReadOptions) (*Document, error) {
	name := path
	if name == "" {
		name = "<input>"
	}
	if opt.MaxBytes > 0 && int64(len(data)) > opt.MaxBytes {
		return nil, fmt.Errorf("%s: %d bytes, over the limit of %d", name, len(data), opt.MaxBytes)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%s: empty file", name)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, fmt.Errorf("%s: binary file (NUL byte)", name)
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalidUTF8(data)], []byte("\n"))
		return nil, fmt.Errorf("%s:%d: not valid UTF-8", name, line)
	}
	text := string(data)
	doc := &Document{Path: path, Text: text}
	base := filepath.Base(path)
	doc.ID = strings.TrimSuffix(base, filepath.Ext(base))

	// Skip leading blank space (and a BOM).
	pos := 0
	if strings.HasPrefix(text, "\uFEFF") {
		pos = len("\uFEFF")
	}
	for pos < len(text) && isSpaceByte(text[pos]) {
		pos++
	}
	line := 1 + strings.Count(text[:pos], "\n")

	headline := 0 // the end of the headline's line after the date
	switch {
	case strings.HasPrefix(text[pos:], "---") && lineRest(text, pos+3) == "":
		body, err := doc.readFrontMatter(name, text, pos, line)
		if err != nil {
			return nil, err
		}
		pos = body
	default:
		if d, n, ok, err := dateLine(text[pos:]); ok || err != nil {
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, line, err)
			}
			doc.Published = d
			pos += n
			if j := strings.IndexByte(text[pos:], '\n'); j >= 0 && headlineLike(lineRest(text, pos)) {
				// "date 2025-10-21 Headline": the rest of the line is the
				// headline, a paragraph of its own even when the body
				// starts on the next line
				headline = pos + j
			}
		}
	}
	if doc.Published.IsZero() {
		if opt.Date.IsZero() {
			return nil, fmt.Errorf("%s:%d: no publication date: the file has no \"date YYYY-MM-DD\" line or front matter date, and no fallback date was given", name, line)
		}
		doc.Published = opt.Date
	}
	for pos < len(text) && isSpaceByte(text[pos]) {
		pos++
	}
	doc.Body = pos
	doc.Paragraphs = splitParagraphs(text, pos, headline)
	return doc, nil
}

// readFrontMatter parses YAML front matter starting at pos ("---") and
// returns the offset after its closing line.
func (doc *Document) readFrontMatter(name, text string, pos, line int) (int, error) {
	start := strings.IndexByte(text[pos:], '\n')
	if start < 0 {
		return 0, fmt.Errorf("%s:%d: front matter is not closed", name, line)
	}
	start += pos + 1
	end, i := -1, start
	for i <= len(text) {
		j := strings.IndexByte(text[i:], '\n')
		var l string
		if j < 0 {
			l = text[i:]
		} else {
			l = text[i : i+j]
		}
		if strings.TrimSpace(l) == "---" {
			end = i
			if j < 0 {
				i = len(text)
			} else {
				i += j + 1
			}
			break
		}
		if j < 0 {
			break
		}
		i += j + 1
	}
	if end < 0 {
		return 0, fmt.Errorf("%s:%d: front matter is not closed by ---", name, line)
	}
	var fm frontMatter
	if err := yaml.Unmarshal([]byte(text[start:end]), &fm); err != nil {
		// a title with a colon of its own ("title: The week: talks stall")
		// is no YAML, but plainly meant: read such lines as "key: value"
		var ok bool
		if fm, ok = plainFrontMatter(text[start:end]); !ok {
			return 0, fmt.Errorf("%s:%d: front matter: %w", name, line+1, err)
		}
	}
	doc.Title, doc.URL, doc.Outlet = fm.Title, fm.URL, fm.Outlet
	if fm.ID != "" {
		doc.ID = fm.ID
	}
	if fm.Date != "" {
		d, err := parseDay(strings.TrimSpace(fm.Date))
		if err != nil {
			dl := line + 1 + strings.Count(text[start:end], "\n")
			if k := strings.Index(text[start:end], "date:"); k >= 0 {
				dl = line + 1 + strings.Count(text[start:start+k], "\n")
			}
			return 0, fmt.Errorf("%s:%d: front matter date: %w", name, dl, err)
		}
		doc.Published = d
	}
	return i, nil
}

// plainFrontMatter reads front matter whose every line is "key: value"
// with a known key, the value taken as written (outer quotes dropped): the
// reading of a header YAML refuses only for a colon in a value. ok is
// false for anything else.
func plainFrontMatter(s string) (frontMatter, bool) {
	var fm frontMatter
	fields := map[string]*string{"title": &fm.Title, "date": &fm.Date, "url": &fm.URL, "outlet": &fm.Outlet, "id": &fm.ID}
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		k, v, found := strings.Cut(l, ":")
		f := fields[strings.TrimSpace(k)]
		if !found || f == nil {
			return frontMatter{}, false
		}
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		}
		*f = v
	}
	return fm, true
}

// dateLine recognises "date YYYY-MM-DD" (or "date: YYYY-MM-DD") at the start
// of s, returning the date and the bytes it takes. ok is false when s does
// not start that way; err is set when it does but the date is impossible.
func dateLine(s string) (time.Time, int, bool, error) {
	if len(s) < 4 || !strings.EqualFold(s[:4], "date") {
		return time.Time{}, 0, false, nil
	}
	i := 4
	if i < len(s) && s[i] == ':' {
		i++
	}
	j := i
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if j == i && (i == 4) {
		return time.Time{}, 0, false, nil // "dated", "dates", ...
	}
	k := j
	for k < len(s) && (s[k] >= '0' && s[k] <= '9' || s[k] == '-') {
		k++
	}
	v := s[j:k]
	if len(v) != 10 || v[4] != '-' || v[7] != '-' {
		return time.Time{}, 0, false, nil
	}
	if k < len(s) {
		r, _ := utf8.DecodeRuneInString(s[k:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return time.Time{}, 0, false, nil
		}
	}
	d, err := parseDay(v)
	if err != nil {
		return time.Time{}, 0, true, fmt.Errorf("date line: %w", err)
	}
	return d, k, true, nil
}

func parseDay(v string) (time.Time, error) {
	d, err := time.Parse("2006-01-02", v)
	if err != nil {
		var pe *time.ParseError
		if errors.As(err, &pe) {
			return time.Time{}, fmt.Errorf("impossible date %q", v)
		}
		return time.Time{}, fmt.Errorf("date %q: %w", v, err)
	}
	return d, nil
}

// lineRest is the rest of the line from i, trimmed.
func lineRest(text string, i int) string {
	j := strings.IndexByte(text[i:], '\n')
	if j < 0 {
		return strings.TrimSpace(text[i:])
	}
	return strings.TrimSpace(text[i : i+j])
}

// headlineLike reports a line that reads as a headline: four words or
// more, not ending a sentence with a full stop (not a time stamp, a date
// heading or a sentence of the body).
func headlineLike(l string) bool {
	return len(strings.Fields(l)) >= 4 && !strings.HasSuffix(l, ".")
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// listItem reports a line that opens with a list marker: "- ", "* ",
// "• ", "– ", "— ", or a number and a dot or bracket ("1. ", "2) ").
func listItem(l string) bool {
	for _, m := range []string{"- ", "* ", "• ", "· ", "– ", "— "} {
		if strings.HasPrefix(l, m) {
			return true
		}
	}
	n := 0
	for n < len(l) && n < 3 && l[n] >= '0' && l[n] <= '9' {
		n++
	}
	return n > 0 && n+1 < len(l) && (l[n] == '.' || l[n] == ')') && l[n+1] == ' '
}

// splitParagraphs splits text from pos at blank lines. A file that has no
// blank line in its body splits at every line break. The line ending at
// headline (when it is > 0), the headline, is a paragraph of its own.
func splitParagraphs(text string, pos, headline int) []Paragraph {
	body := text[pos:]
	blank := strings.Contains(strings.ReplaceAll(body, "\r\n", "\n"), "\n\n")
	var out []Paragraph
	start := -1
	prevItem := false
	emit := func(end int) {
		if start < 0 {
			return
		}
		e := end
		for e > start && isSpaceByte(text[e-1]) {
			e--
		}
		if e > start {
			out = append(out, Paragraph{Start: start, End: e, Caption: captionLabel(text[start:e])})
		}
		start = -1
	}
	i := pos
	for i < len(text) {
		j := strings.IndexByte(text[i:], '\n')
		lineEnd := len(text)
		if j >= 0 {
			lineEnd = i + j
		}
		l := strings.TrimSpace(text[i:lineEnd])
		if l == "" {
			emit(i)
			prevItem = false
		} else {
			item := listItem(l)
			if start >= 0 && (!blank || item || prevItem || i == headline+1) {
				// a list item is a paragraph of its own: "- March 2019: ..."
				emit(i)
			}
			prevItem = item
			if start < 0 {
				start = i + strings.Index(text[i:lineEnd], l[:1])
			}
		}
		if j < 0 {
			break
		}
		i = lineEnd + 1
	}
	emit(len(text))
	return out
}

// captionLabel reports whether a paragraph opens with an all-capitals label
// and a colon ("IMAGE:", "FILE PHOTO:"), the way news sites mark photo
// captions. The extractor also marks captions by the cue words of its
// lexicon.
func captionLabel(p string) bool {
	i := strings.IndexByte(p, ':')
	if i < 3 || i > 24 {
		return false
	}
	letters := 0
	for _, r := range p[:i] {
		switch {
		case r == ' ':
		case unicode.IsUpper(r):
			letters++
		default:
			return false
		}
	}
	return letters >= 3
}
