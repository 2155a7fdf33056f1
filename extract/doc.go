// Package extract turns news articles about diplomacy into the values of
// package schema: contact events (meetings, calls, summits, visits, talks)
// with their participants, place, date and status, and the claims the
// article attributes to people, organisations and outlets.
//
// The pipeline, one stage per file:
//
//   - document.go reads an article file: the "date YYYY-MM-DD" first line
//     (which may go on with text) or YAML front matter, paragraphs and
//     photo captions. Offsets stay byte offsets into the original file.
//   - sentences.go splits paragraphs into sentences and tokens; the
//     abbreviations of the lexicon (Mr., Gen., U.S., Jan.) do not end one.
//   - lexicon.go reads the world knowledge of data/lexicon (countries and
//     demonyms, places, titles, organisations, outlets, trigger words,
//     speech verbs, cue words, name particles, stopwords) and builds
//     Aho–Corasick matchers over it.
//   - mentions.go finds people (capitalised name sequences with titles
//     before or after them, or two or more words), their roles (title and
//     country), organisations, outlets, countries and places, and resolves
//     references within the article: surnames to full names, "the Ukrainian
//     president" to the person with that role, "the two leaders" and "they"
//     to groups, "he"/"his" to the person last spoken of, hyphenated pairs
//     ("Putin-Trump meeting").
//   - dates.go (the DateFinder) finds and normalises temporal expressions.
//   - events.go reads every trigger with its participants ("between X and
//     Y", "X met Y", "X's meeting with Y", "X-Y call", "who met X", hosts),
//     place, date (the nearest timex of the sentence) and status (cues such
//     as "will", "postponed", "willing to", and the date against the
//     publication date), then merges mentions of the same contact into one
//     event with several evidence spans.
//   - claims.go reads reported speech: speech verbs with their speakers,
//     "according to", "citing", outlets that relay, channels, quotes that
//     span sentences, and the events a claim is about.
//   - extract.go runs the stages: New builds an Extractor once from the
//     lexicon; Extract runs it on a Document.
//
// Nothing about the world is written in Go code: every name, title, trigger
// and cue comes from the lexicon files, so the same rules apply to articles
// nobody has seen.
package extract
