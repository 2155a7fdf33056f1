package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind says what a token is.
type TokenKind uint8

// Token kinds.
const (
	Word TokenKind = iota
	Number
	Punct
)

// Token is a word, number or punctuation mark with its byte offsets into
// the document text.
type Token struct {
	Start, End int
	Text       string
	Kind       TokenKind
	// Glued is true when no space separates the token from the one before
	// ("Marchal-Darrow": "-" and "Darrow" are glued).
	Glued bool
}

// Sentence is a sentence of the document with its tokens.
type Sentence struct {
	Index      int // 0-based, in document order
	Paragraph  int
	Start, End int // byte offsets into the document text
	Text       string
	Caption    bool
	Tokens     []Token
}

// abbrevClass is how an abbreviation's period behaves at a sentence end.
type abbrevClass uint8

const (
	abbrevOther abbrevClass = iota
	abbrevTitle
	abbrevMonth
	abbrevInitialism
)

// splitter splits paragraphs into sentences.
type splitter struct {
	abbrevs map[string]abbrevClass // lower-case, without final period
	openers map[string]bool        // lower-case function words that open sentences
}

// tokenize splits text[start:end] into tokens.
func tokenizeSpan(text string, start, end int) []Token {
	var toks []Token
	i := start
	space := true
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWord(text, i, end)
			kind := Word
			if unicode.IsDigit(r) {
				kind = Number
			}
			toks = append(toks, Token{Start: i, End: j, Text: text[i:j], Kind: kind, Glued: !space})
			i = j
		default:
			j := i + n
			// possessive 's / ’s, and n't stay one token
			if (r == '\'' || r == '’') && j < end && (text[j] == 's' || text[j] == 'S') && (j+1 == end || !isWordRune(text, j+1, end)) && len(toks) > 0 && !space {
				j++
				toks = append(toks, Token{Start: i, End: j, Text: text[i:j], Kind: Word, Glued: true})
				i = j
				space = false
				continue
			}
			toks = append(toks, Token{Start: i, End: j, Text: text[i:j], Kind: Punct, Glued: !space})
			i = j
		}
		space = false
	}
	return toks
}

func isWordRune(text string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// scanWord scans a word from i: letters, digits and marks, with inner
// apostrophes (O'Brien, don't), inner periods of initialisms (U.S., a.m.),
// decimal points or thousands separators in numbers (1,000; 2.5) and the
// colon of a time of day (16:15).
func scanWord(text string, i, end int) int {
	j := i
	initialism := false
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += n
			continue
		}
		if j+n < end && (r == '\'' || r == '’') {
			// inner apostrophe, but not a possessive 's at the end
			k := j + n
			if isWordRune(text, k, end) && !((text[k] == 's' || text[k] == 'S') && (k+1 == end || !isWordRune(text, k+1, end))) {
				j = k
				continue
			}
			break
		}
		if r == ':' && j > i && text[j-1] >= '0' && text[j-1] <= '9' && j+2 < end && text[j+1] >= '0' && text[j+1] <= '9' && text[j+2] >= '0' && text[j+2] <= '9' {
			j++ // a time of day: "16:15" (no clause break)
			continue
		}
		if r == '.' || r == ',' {
			k := j + 1
			prevDigit := j > i && text[j-1] >= '0' && text[j-1] <= '9'
			if prevDigit && k < end && text[k] >= '0' && text[k] <= '9' {
				j = k
				continue
			}
			if r == '.' && k < end {
				// U.S. : single letter, period, single letter
				pr, _ := utf8.DecodeLastRuneInString(text[i:j])
				nr, nn := utf8.DecodeRuneInString(text[k:end])
				if unicode.IsLetter(pr) && unicode.IsLetter(nr) && (initialism || j-i <= 2 && utf8.RuneCountInString(text[i:j]) == 1) {
					// next must be a single letter followed by '.'
					if k+nn < end && text[k+nn] == '.' {
						initialism = true
						j = k
						continue
					}
				}
			}
			if r == '.' && initialism {
				j++ // final period of U.S.
			}
			break
		}
		break
	}
	if initialism && j < end && text[j] == '.' {
		j++
	}
	return j
}

// split splits the paragraphs of doc into sentences.
func (s *splitter) split(doc *Document, captions func(Paragraph) bool) []Sentence {
	var out []Sentence
	for pi, p := range doc.Paragraphs {
		toks := tokenizeSpan(doc.Text, p.Start, p.End)
		caption := p.Caption
		if captions != nil {
			// the lexicon's caption cues decide: a label in capitals may
			// also open a transcript's turn ("ELIN SABO: I met ...") or a
			// brief's item ("TURKEY: ...")
			caption = captions(p)
		}
		begin := 0
		for i := 0; i < len(toks); i++ {
			end, ok := s.sentenceEnd(toks, i)
			if !ok {
				continue
			}
			out = appendSentences(out, doc.Text, pi, caption, toks[begin:end+1])
			begin = end + 1
			i = end
		}
		if begin < len(toks) {
			out = appendSentences(out, doc.Text, pi, caption, toks[begin:])
		}
	}
	return out
}

// maxSentenceTokens bounds a sentence. News sentences run to about a
// hundred tokens (85 in the project's sets, a few over 150 in TimeBank);
// text with no full stops (a list, a transcript, a table) would otherwise
// make one "sentence" of thousands of tokens, and rules that compare each
// trigger with each date and each actor in a sentence would take time
// growing with its square or cube.
const maxSentenceTokens = 250

// appendSentences appends toks as one sentence, or, past
// maxSentenceTokens, as pieces of at most that many tokens, each cut after
// the last semicolon, colon, comma or dash of its second half (or at the
// bound when there is none).
func appendSentences(out []Sentence, text string, para int, caption bool, toks []Token) []Sentence {
	for len(toks) > maxSentenceTokens {
		cut := maxSentenceTokens
		for k := maxSentenceTokens - 1; k >= maxSentenceTokens/2; k-- {
			if t := toks[k]; t.Kind == Punct && (t.Text == ";" || t.Text == ":" || t.Text == "," || t.Text == "—" || t.Text == "–") {
				cut = k + 1
				break
			}
		}
		out = append(out, makeSentence(text, len(out), para, caption, toks[:cut]))
		toks = toks[cut:]
	}
	return append(out, makeSentence(text, len(out), para, caption, toks))
}

func makeSentence(text string, idx, para int, caption bool, toks []Token) Sentence {
	st, en := toks[0].Start, toks[len(toks)-1].End
	return Sentence{Index: idx, Paragraph: para, Start: st, End: en, Text: text[st:en], Caption: caption, Tokens: toks}
}

// sentenceEnd decides whether token i ends a sentence; end is the index of
// the last token of the sentence (closing quotes and brackets included).
func (s *splitter) sentenceEnd(toks []Token, i int) (int, bool) {
	t := toks[i]
	term := false
	abbrevEnd := false
	switch {
	case t.Kind == Punct && (t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "…"):
		term = true
	case t.Kind == Word && strings.HasSuffix(t.Text, "."):
		term, abbrevEnd = true, true
	}
	if !term {
		return 0, false
	}
	end := i
	for end+1 < len(toks) && toks[end+1].Glued && isCloser(toks[end+1].Text) {
		end++
	}
	if end+1 >= len(toks) {
		return end, true
	}
	next := toks[end+1]
	if next.Glued {
		return 0, false // "3.5", "...foo"
	}
	nr, _ := utf8.DecodeRuneInString(next.Text)
	startsSentence := unicode.IsUpper(nr) || unicode.IsDigit(nr) || isOpener(next.Text)
	if !startsSentence {
		return 0, false
	}
	if abbrevEnd {
		// "U.S." ends a sentence only before a typical sentence opener.
		return end, s.openers[strings.ToLower(next.Text)]
	}
	if t.Text == "." && i > 0 && toks[i].Glued {
		prev := toks[i-1]
		if prev.Kind == Word {
			lw := strings.ToLower(prev.Text)
			switch c, ok := s.abbrevs[lw]; {
			case ok && c == abbrevTitle:
				return 0, false
			case ok && c == abbrevMonth:
				if unicode.IsDigit(nr) {
					return 0, false
				}
			case ok && c == abbrevInitialism:
				return end, s.openers[strings.ToLower(next.Text)]
			case ok:
				if !s.openers[strings.ToLower(next.Text)] {
					return 0, false
				}
			}
			// a single capital letter is an initial: "John F. Kennedy"
			if utf8.RuneCountInString(prev.Text) == 1 && unicode.IsUpper([]rune(prev.Text)[0]) {
				return 0, false
			}
		}
	}
	return end, true
}

func isCloser(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

func isOpener(s string) bool {
	switch s {
	case "\"", "“", "‘", "'", "(", "[", "«":
		return true
	}
	return false
}

// sentenceOpeners are the function words that may open a sentence after an
// abbreviation's period ("... to the U.S. The talks ..."): the function and
// pronoun words of the stopword list.
func newSplitter(lx *lexicon) *splitter {
	s := &splitter{abbrevs: lx.abbrevs, openers: map[string]bool{}}
	for w, c := range lx.stop {
		if c == "function" || c == "pronoun" {
			s.openers[w] = true
		}
	}
	return s
}
