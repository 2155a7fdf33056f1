package extract

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// TimeMLDoc is a TimeML document (TempEval-3 .TE3input or .tml) as the date
// finder sees it: the document creation time and the text content of its
// TEXT element, tags removed and entities decoded.
type TimeMLDoc struct {
	DCT      time.Time // day of the document creation time
	DCTValue string    // its TIMEX3 value as written
	Text     string    // content of TEXT, tags removed, entities decoded
	// Timexes are the TIMEX3 elements already inside TEXT (the gold
	// annotation of a .tml file), with offsets into Text; Mod is set when
	// the element has one.
	Timexes []Timex

	raw       []byte
	textStart int   // raw offset of the content of TEXT
	rawPos    []int // rawPos[i]: raw offset where Text[i] is written; len(Text)+1 entries
	rawAfter  []int // rawAfter[i]: raw offset after Text[i]'s encoding
	tags      []tmlTag
	maxTID    int
}

// tmlTag is a tag inside TEXT.
type tmlTag struct {
	start, end int // raw offsets of the tag itself
	name       string
	closing    bool
	selfClose  bool
	timex      bool // a TIMEX3 tag: dropped when annotating
}

var (
	reTMLDCT   = regexp.MustCompile(`(?s)<DCT>.*?<TIMEX3\b([^>]*)>.*?</DCT>`)
	reTMLAttr  = regexp.MustCompile(`([A-Za-z_:][-\w:.]*)\s*=\s*"([^"]*)"`)
	reTMLTID   = regexp.MustCompile(`\btid\s*=\s*"t(\d+)"`)
	reTMLText  = regexp.MustCompile(`<TEXT(\s[^>]*)?>`)
	reTMLDay   = regexp.MustCompile(`^(\d{4})-?(\d{2})-?(\d{2})`)
	reTMLDayXX = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})`)
)

// ReadTimeML reads a TimeML document.
func ReadTimeML(r io.Reader) (*TimeMLDoc, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading TimeML: %w", err)
	}
	return parseTimeML(raw)
}

func tmlAttrs(s string) map[string]string {
	m := map[string]string{}
	for _, a := range reTMLAttr.FindAllStringSubmatch(s, -1) {
		m[a[1]] = xmlUnescape(a[2])
	}
	return m
}

func parseTimeML(raw []byte) (*TimeMLDoc, error) {
	doc := &TimeMLDoc{raw: raw}
	m := reTMLDCT.FindSubmatch(raw)
	if m == nil {
		return nil, fmt.Errorf("TimeML: no <DCT><TIMEX3 .../></DCT>")
	}
	doc.DCTValue = tmlAttrs(string(m[1]))["value"]
	d := reTMLDay.FindStringSubmatch(doc.DCTValue)
	if d == nil {
		d = reTMLDayXX.FindStringSubmatch(doc.DCTValue)
	}
	if d == nil {
		return nil, fmt.Errorf("TimeML: DCT value %q is not a date", doc.DCTValue)
	}
	y, _ := strconv.Atoi(d[1])
	mo, _ := strconv.Atoi(d[2])
	day, _ := strconv.Atoi(d[3])
	doc.DCT = time.Date(y, time.Month(mo), day, 0, 0, 0, 0, time.UTC)

	loc := reTMLText.FindIndex(raw)
	if loc == nil {
		return nil, fmt.Errorf("TimeML: no <TEXT> element")
	}
	start := loc[1]
	end := bytes.Index(raw[start:], []byte("</TEXT>"))
	if end < 0 {
		return nil, fmt.Errorf("TimeML: <TEXT> is not closed")
	}
	end += start
	doc.textStart = start
	for _, t := range reTMLTID.FindAllSubmatch(raw, -1) {
		if n, _ := strconv.Atoi(string(t[1])); n > doc.maxTID {
			doc.maxTID = n
		}
	}

	var text []byte
	var open []struct {
		at    int
		attrs map[string]string
	}
	for i := start; i < end; {
		c := raw[i]
		switch c {
		case '<':
			j := bytes.IndexByte(raw[i:end], '>')
			if j < 0 {
				return nil, fmt.Errorf("TimeML: unclosed tag at byte %d", i)
			}
			body := string(raw[i+1 : i+j])
			tg := tmlTag{start: i, end: i + j + 1}
			if strings.HasPrefix(body, "!--") || strings.HasPrefix(body, "?") {
				if k := bytes.Index(raw[i:end], []byte("-->")); strings.HasPrefix(body, "!--") && k >= 0 {
					tg.end = i + k + 3
				}
				tg.name = "!"
				tg.selfClose = true
			} else {
				if strings.HasPrefix(body, "/") {
					tg.closing = true
					body = body[1:]
				}
				if strings.HasSuffix(body, "/") {
					tg.selfClose = true
					body = body[:len(body)-1]
				}
				name, rest, _ := strings.Cut(strings.TrimSpace(body), " ")
				tg.name = name
				tg.timex = name == "TIMEX3"
				if tg.timex && !tg.closing && !tg.selfClose {
					open = append(open, struct {
						at    int
						attrs map[string]string
					}{len(text), tmlAttrs(rest)})
				}
				if tg.timex && tg.closing && len(open) > 0 {
					o := open[len(open)-1]
					open = open[:len(open)-1]
					doc.Timexes = append(doc.Timexes, Timex{Start: o.at, End: len(text), Type: o.attrs["type"], Value: o.attrs["value"], Mod: o.attrs["mod"]})
				}
			}
			doc.tags = append(doc.tags, tg)
			i = tg.end
		case '&':
			j := bytes.IndexByte(raw[i:min(end, i+12)], ';')
			if r, ok := xmlEntity(string(raw[i+1 : i+max(j, 1)])); j > 0 && ok {
				var buf [utf8.UTFMax]byte
				n := utf8.EncodeRune(buf[:], r)
				for k := 0; k < n; k++ {
					text = append(text, buf[k])
					doc.rawPos = append(doc.rawPos, i)
					doc.rawAfter = append(doc.rawAfter, i+j+1)
				}
				i += j + 1
				continue
			}
			fallthrough
		default:
			text = append(text, c)
			doc.rawPos = append(doc.rawPos, i)
			doc.rawAfter = append(doc.rawAfter, i+1)
			i++
		}
	}
	doc.rawPos = append(doc.rawPos, end)
	doc.Text = string(text)
	for k := range doc.Timexes {
		x := &doc.Timexes[k]
		x.Text = doc.Text[x.Start:x.End]
	}
	return doc, nil
}

// xmlEntity decodes the entity name between & and ;.
func xmlEntity(name string) (rune, bool) {
	switch name {
	case "amp":
		return '&', true
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "quot":
		return '"', true
	case "apos":
		return '\'', true
	}
	if strings.HasPrefix(name, "#x") || strings.HasPrefix(name, "#X") {
		n, err := strconv.ParseUint(name[2:], 16, 32)
		return rune(n), err == nil
	}
	if strings.HasPrefix(name, "#") {
		n, err := strconv.ParseUint(name[1:], 10, 32)
		return rune(n), err == nil
	}
	return 0, false
}

func xmlUnescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '&' {
			if j := strings.IndexByte(s[i:], ';'); j > 0 {
				if r, ok := xmlEntity(s[i+1 : i+j]); ok {
					b.WriteRune(r)
					i += j
					continue
				}
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func xmlAttrEscape(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	return r.Replace(s)
}

// AnnotateTimeML reads a TimeML document (TempEval-3 .TE3input or .tml)
// from r and writes it to w unchanged, except that each temporal expression
// f finds in the content of TEXT (tags skipped, against the DCT) is wrapped
// in <TIMEX3 tid="tN" type="..." value="..." [mod="..."]>...</TIMEX3>.
// TIMEX3 tags already inside TEXT (gold annotation of a .tml) are dropped,
// keeping their content; other tags (EVENT, SIGNAL...) are kept, and an
// expression that would cross one of them is left out. tids continue after
// the highest tid of the document.
func AnnotateTimeML(r io.Reader, w io.Writer, f *DateFinder) error {
	doc, err := ReadTimeML(r)
	if err != nil {
		return fmt.Errorf("annotating TimeML: %w", err)
	}
	if err := doc.write(w, f.Find(doc.Text, doc.DCT)); err != nil {
		return fmt.Errorf("annotating TimeML: %w", err)
	}
	return nil
}

type tmlEdit struct {
	at   int
	ins  string
	skip int // bytes to drop at at (after the insertion)
}

// write writes the document with the timexes inserted.
func (doc *TimeMLDoc) write(w io.Writer, xs []Timex) error {
	var edits []tmlEdit
	var opens, closes []tmlEdit
	tid := doc.maxTID
	for _, x := range xs {
		if x.Start >= x.End || x.End > len(doc.Text) {
			continue
		}
		a, b := doc.rawPos[x.Start], doc.rawAfter[x.End-1]
		if !doc.balanced(a, b) {
			continue
		}
		tid++
		open := fmt.Sprintf(`<TIMEX3 tid="t%d" type="%s" value="%s"`, tid, xmlAttrEscape(x.Type), xmlAttrEscape(x.Value))
		if x.Mod != "" {
			open += fmt.Sprintf(` mod="%s"`, xmlAttrEscape(x.Mod))
		}
		opens = append(opens, tmlEdit{at: a, ins: open + ">"})
		closes = append(closes, tmlEdit{at: b, ins: "</TIMEX3>"})
	}
	// At one position: closings first, then openings, then dropped tags.
	for _, tg := range doc.tags {
		if tg.timex {
			edits = append(edits, tmlEdit{at: tg.start, skip: tg.end - tg.start})
		}
	}
	all := make([]tmlEdit, 0, len(closes)+len(opens)+len(edits))
	ci, oi, ei := 0, 0, 0
	for ci < len(closes) || oi < len(opens) || ei < len(edits) {
		best, which := -1, 0
		if ci < len(closes) {
			best, which = closes[ci].at, 0
		}
		if oi < len(opens) && (best < 0 || opens[oi].at < best) {
			best, which = opens[oi].at, 1
		}
		if ei < len(edits) && (best < 0 || edits[ei].at < best) {
			best, which = edits[ei].at, 2
		}
		switch which {
		case 0:
			all = append(all, closes[ci])
			ci++
		case 1:
			all = append(all, opens[oi])
			oi++
		default:
			all = append(all, edits[ei])
			ei++
		}
	}
	pos := 0
	for _, e := range all {
		if e.at < pos {
			continue
		}
		if _, err := w.Write(doc.raw[pos:e.at]); err != nil {
			return fmt.Errorf("writing: %w", err)
		}
		if _, err := io.WriteString(w, e.ins); err != nil {
			return fmt.Errorf("writing: %w", err)
		}
		pos = e.at + e.skip
	}
	if _, err := w.Write(doc.raw[pos:]); err != nil {
		return fmt.Errorf("writing: %w", err)
	}
	return nil
}

// balanced says whether the raw span [a, b) holds only whole elements
// (TIMEX3 tags, which are dropped, aside).
func (doc *TimeMLDoc) balanced(a, b int) bool {
	depth := 0
	for _, tg := range doc.tags {
		if tg.end <= a || tg.start >= b || tg.timex || tg.selfClose {
			if tg.start < b && tg.end > a && (tg.start < a || tg.end > b) {
				return false
			}
			continue
		}
		if tg.start < a || tg.end > b {
			return false
		}
		if tg.closing {
			depth--
			if depth < 0 {
				return false
			}
		} else {
			depth++
		}
	}
	return depth == 0
}
