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
//     ("Marchal-Darrow meeting").
//     Delegations and teams stand for their countries ("Russian and
//     Ukrainian delegations", "teams from the two countries"); "the leaders
//     of X and Y" are the leaders the article titles for X and Y; "the two
//     ministers", "they" refer to the people of the latest contact;
//     pronouns prefer their sentence's subject and keep a learnt gender.
//     Countries the lexicon lacks are read from possessives ("Ostmark's
//     capital"), coordination with a country and demonyms formed from them.
//   - dates.go (the DateFinder) finds and normalises temporal expressions.
//   - events.go reads every trigger with its participants ("between X and
//     Y", "X met Y", "X's meeting with Y", "X-Y call", "who met X", hosts,
//     "X joined the presidents"), place, date (the nearest timex of the
//     clause, not across "that", "since" or a reporting verb; by the day)
//     and status (cues such as "will", "postponed", "willing to", "had been
//     due to", "has not yet been scheduled", and the date against the
//     publication date). Visits take a visitor and a host (the person met,
//     invited or receiving, else the country); a journey ("flew to Lisbon")
//     is one contact with the talks held there; "the next round" is a new
//     round of the latest talks; a photo caption showing people together is
//     a contact; a summit named after an organisation in the dateline's
//     city gathers the leaders the article places there. Mentions of the
//     same contact are merged into one event with several evidence spans;
//     anaphors ("the meeting") go to the event of the same place and people.
//   - frame.go finds the gathering an article's lead (or a section's, or a
//     paragraph's opening) tells of without naming everyone, and the
//     people the article places at it sentence by sentence (chairing,
//     arriving, represented, by video link, telling the ministers), not
//     those said to stay away; part of the merging of events.go.
//   - claims.go reads reported speech, one claim per reporting clause:
//     speech verbs with their speakers (across appositives and relative
//     clauses, offices for their principal, anonymous sources, joint
//     statements), coordinated verbs with their own content, "according
//     to", "citing", outlets that relay, channels, quotes that span
//     sentences, and the events a claim is about.
//   - pairs.go is the learned last stage: pairs of actors that share a
//     sentence with a contact word, which no rule paired and no rule's
//     contact drew on, scored by a logistic regression over the sentence's
//     wording and shape (the lexicon's contact-model.json, trained by
//     `eventgraph train-pairs`); a pair scored at or above the threshold is
//     a contact, with its score as the event's Confidence.
//   - extract.go runs the stages: New builds an Extractor once from the
//     lexicon; Extract runs it on a Document.
//
// Nothing about the world is written in Go code: every name, title, trigger
// and cue comes from the lexicon files, so the same rules apply to articles
// nobody has seen.
package extract
