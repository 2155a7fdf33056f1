package schema

import "time"

// Article is everything extracted from one document: the values that become
// its quads. IDs in it are IRIs minted with the functions of this package.
type Article struct {
	Document Document `json:"document"`
	Actors   []Actor  `json:"actors"`
	Places   []Place  `json:"places"`
	Events   []Event  `json:"events"`
	Claims   []Claim  `json:"claims"`
}

// Document is a news article.
type Document struct {
	// ID is the document's own id (the file name without its extension, or
	// the id of its front matter); IRI is DocumentIRI(ID).
	ID        string    `json:"id"`
	IRI       string    `json:"iri"`
	Title     string    `json:"title,omitempty"`
	Published time.Time `json:"published"` // the publication date, anchor of relative dates
	URL       string    `json:"url,omitempty"`
	Outlet    string    `json:"outlet,omitempty"` // the publishing outlet's actor IRI
	Source    string    `json:"source,omitempty"` // the path it was read from
}

// Actor is a person, organisation, country or news outlet.
type Actor struct {
	ID      string    `json:"id"` // EntityIRI of its canonical name
	Name    string    `json:"name"`
	Type    ActorType `json:"type"`
	Aliases []string  `json:"aliases,omitempty"`
	Roles   []Role    `json:"roles,omitempty"`
}

// Role is a title an actor holds, and of what: "Foreign Minister" of Russia.
type Role struct {
	Title string `json:"title"`
	Of    string `json:"of,omitempty"` // actor IRI of the country or organisation
}

// Place is where an event happens: a city, a country, a venue.
type Place struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	In   string `json:"in,omitempty"` // IRI of the containing place
}

// Date is a normalised temporal expression.
type Date struct {
	// Value is the TIMEX3 value at its own granularity: "2025-10-20",
	// "2025-10", "2025-W44", "2025", "2023-SP".
	Value string `json:"value"`
	// Text is the expression as written: "next week".
	Text string `json:"text,omitempty"`
}

// Evidence is the span of a document that grounds an event or a claim.
type Evidence struct {
	Document string `json:"document"` // document IRI
	Sentence int    `json:"sentence"` // 0-based sentence index in the document
	Start    int    `json:"start"`    // byte offset in the file, inclusive
	End      int    `json:"end"`      // byte offset in the file, exclusive
	Text     string `json:"text,omitempty"`
}

// Event is a contact between actors: a meeting, call, summit, visit or talks.
type Event struct {
	ID           string    `json:"id"`
	Kind         EventKind `json:"kind"`
	Label        string    `json:"label"`
	Participants []string  `json:"participants"` // actor IRIs
	Hosts        []string  `json:"hosts,omitempty"`
	Place        string    `json:"place,omitempty"` // place IRI
	Date         *Date     `json:"date,omitempty"`
	Status       Status    `json:"status"`
	CAMEO        string    `json:"cameo,omitempty"`
	// Confidence is the pair model's score (0–1] of a contact the
	// extractor's learned last stage made; 0 (absent) for a rule's.
	Confidence float64 `json:"confidence,omitempty"`
	// DateConfidence is the date model's probability (0–1] of the date
	// of a contact the rules had left undated and the extractor's learned
	// date stage dated; 0 (absent) for a date the rules gave.
	DateConfidence float64    `json:"date_confidence,omitempty"`
	Evidence       []Evidence `json:"evidence"`
}

// Claim is something an actor said, as reported by outlets.
type Claim struct {
	ID         string     `json:"id"`
	Claimant   string     `json:"claimant,omitempty"`    // actor IRI
	ReportedBy []string   `json:"reported_by,omitempty"` // outlet IRIs
	Channel    string     `json:"channel,omitempty"`
	Date       *Date      `json:"date,omitempty"`
	Text       string     `json:"text"`
	About      []string   `json:"about,omitempty"` // event IRIs
	Evidence   []Evidence `json:"evidence"`
}
