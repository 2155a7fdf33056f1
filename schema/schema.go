// Package schema is the one contract between extraction and storage: the
// eventgraph vocabulary (IRIs built on SEM, schema.org, PROV-O and GAF plus a
// small namespace of our own) and the Go values the extractor produces.
//
// It imports nothing of Cayley: graph/ turns these values into quads, and
// timeline/ turns query results back into JSON using the same vocabulary.
package schema

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Namespaces of the vocabularies eventgraph builds on.
const (
	NSRDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	NSRDFS   = "http://www.w3.org/2000/01/rdf-schema#"
	NSXSD    = "http://www.w3.org/2001/XMLSchema#"
	NSSEM    = "http://semanticweb.cs.vu.nl/2009/11/sem/"
	NSSchema = "http://schema.org/"
	NSProv   = "http://www.w3.org/ns/prov#"
	NSGAF    = "http://groundedannotationframework.org/gaf#"
	// NSEG is eventgraph's own namespace, for what none of the others has.
	NSEG = "https://w3id.org/eventgraph/ns#"
	// NSSKOS is SKOS, for the registry's preferred names.
	NSSKOS = "http://www.w3.org/2004/02/skos/core#"
	// NSData is where eventgraph mints IRIs for documents, actors, places,
	// events, claims and evidence.
	NSData = "https://w3id.org/eventgraph/"
)

// Prefixes maps the prefixes used in stored queries and documentation to
// their namespaces.
func Prefixes() map[string]string {
	return map[string]string{
		"rdf": NSRDF, "rdfs": NSRDFS, "xsd": NSXSD, "sem": NSSEM,
		"schema": NSSchema, "prov": NSProv, "gaf": NSGAF, "eg": NSEG, "skos": NSSKOS,
	}
}

// Predicates.
const (
	Type  = NSRDF + "type"
	Label = NSRDFS + "label"

	// Names and text (schema.org).
	Name          = NSSchema + "name"
	AlternateName = NSSchema + "alternateName"
	URL           = NSSchema + "url"
	DatePublished = NSSchema + "datePublished"
	Publisher     = NSSchema + "publisher"
	Text          = NSSchema + "text"
	About         = NSSchema + "about"
	EventStatus   = NSSchema + "eventStatus"
	JobTitle      = NSSchema + "jobTitle"

	// Events (SEM).
	HasActor          = NSSEM + "hasActor"
	HasPlace          = NSSEM + "hasPlace"
	HasTimeStamp      = NSSEM + "hasTimeStamp"
	HasBeginTimeStamp = NSSEM + "hasBeginTimeStamp"
	HasEndTimeStamp   = NSSEM + "hasEndTimeStamp"
	EventType         = NSSEM + "eventType"

	// Provenance (PROV-O) and grounding (GAF).
	WasAttributedTo = NSProv + "wasAttributedTo"
	WasDerivedFrom  = NSProv + "wasDerivedFrom"
	DenotedBy       = NSGAF + "denotedBy"

	// eventgraph's own.
	DateValue      = NSEG + "date"           // TIMEX3 value at its own granularity: "2025-W44"
	Granularity    = NSEG + "granularity"    // "day", "week", "month", ...
	DateText       = NSEG + "dateText"       // the date as written: "next week"
	ReportedBy     = NSEG + "reportedBy"     // claim → news outlet
	Channel        = NSEG + "channel"        // claim → "Facebook post", "readout"
	CAMEO          = NSEG + "cameo"          // event → CAMEO code, "040"
	Confidence     = NSEG + "confidence"     // event → the learned stage's score (0–1]; absent for a rule's contact
	DateConfidence = NSEG + "dateConfidence" // event → the learned date stage's probability (0–1] of its date; absent for a rule's date
	Host           = NSEG + "host"           // event → hosting actor
	HasRole        = NSEG + "hasRole"        // actor → role node
	RoleOf         = NSEG + "roleOf"         // role node → the country or organisation
	PlaceIn        = NSEG + "in"             // place → containing place
	InDocument     = NSEG + "document"       // evidence → document
	Sentence       = NSEG + "sentence"       // evidence → sentence index (0-based)
	Start          = NSEG + "start"          // evidence → byte offset, inclusive
	End            = NSEG + "end"            // evidence → byte offset, exclusive
	Source         = NSEG + "source"         // document → file it was read from

	// The date index: an event or claim whose date names a span links to
	// the months the span overlaps (MonthIRI), or, when it overlaps more
	// than MaxIndexedMonths months, to the years (YearIRI), so the events
	// of a month are one lookup instead of a read of every event's dates.
	InMonth = NSEG + "month" // event or claim → month node (data/month/2020-03)
	InYear  = NSEG + "year"  // event or claim with a span of over a year → year node (data/year/2020)
)

// The registry: one graph, written by the store (never by a document),
// holding once per actor and place what the documents each say again —
// the preferred name and the classes — so a query reads one quad where
// the documents have one per document. See graph/registry.go.
const (
	RegistryGraph   = NSData + "registry"      // the registry's graph label
	PrefLabel       = NSSKOS + "prefLabel"     // actor or place → the least of its schema:name values
	RegistryClass   = NSEG + "class"           // actor or place → each of its rdf:type classes
	RegistryVersion = NSEG + "registryVersion" // registry graph → RegistryVersionValue once built
	// RegistryReplacing marks a document whose replacement is under way
	// (see graph.Store.Interrupted): registry graph → the document's label.
	RegistryReplacing = NSEG + "replacing"
	// Digest is the predicate of a node's digest: every event, claim,
	// evidence span and document has, in the registry, a companion node
	// (DigestNode) whose one quad holds, as a JSON literal, the union of
	// the node's facts over every document.
	Digest = NSEG + "digest"
	// DigestPrefix starts the IRI of a node's digest node: the prefix, then
	// the node's IRI as it is.
	DigestPrefix = NSData + "registry/digest/"
	// RegistryVersionValue is the registry's layout: "1" had names and
	// classes, "2" adds the digests, "3" digests of roles too. A store with
	// an older layout is rebuilt when loaded into.
	RegistryVersionValue = "3"
)

// DigestNode is the IRI of the digest node of the node with IRI x.
func DigestNode(x string) string { return DigestPrefix + x }

// MaxIndexedMonths is the most months a date span links with InMonth; a
// longer span (a decade, a century) links its years with InYear instead.
const MaxIndexedMonths = 12

// MonthIRI is the date index's node for a month (1-12) of a year.
func MonthIRI(year, month int) string { return fmt.Sprintf("%smonth/%04d-%02d", NSData, year, month) }

// YearIRI is the date index's node for a year.
func YearIRI(year int) string { return fmt.Sprintf("%syear/%04d", NSData, year) }

// Classes.
const (
	ClassDocument     = NSSchema + "NewsArticle"
	ClassEvent        = NSSEM + "Event"
	ClassActor        = NSSEM + "Actor"
	ClassPlace        = NSSEM + "Place"
	ClassPerson       = NSSchema + "Person"
	ClassOrganisation = NSSchema + "Organization"
	ClassCountry      = NSSchema + "Country"
	ClassOutlet       = NSEG + "NewsOutlet"
	ClassClaim        = NSEG + "Claim"
	ClassRole         = NSEG + "Role"
	ClassEvidence     = NSEG + "Evidence"
)

// ActorType says what kind of actor an Actor is.
type ActorType string

// Actor types.
const (
	Person       ActorType = "person"
	Organisation ActorType = "organisation"
	Country      ActorType = "country"
	Outlet       ActorType = "outlet" // a news outlet, also an organisation
)

// Class is the IRI of the actor type's class.
func (t ActorType) Class() string {
	switch t {
	case Person:
		return ClassPerson
	case Country:
		return ClassCountry
	case Outlet:
		return ClassOutlet
	default:
		return ClassOrganisation
	}
}

// ActorTypeOfClass is the inverse of ActorType.Class; ok is false for an IRI
// that is no actor class.
func ActorTypeOfClass(iri string) (ActorType, bool) {
	for _, t := range []ActorType{Person, Organisation, Country, Outlet} {
		if t.Class() == iri {
			return t, true
		}
	}
	return "", false
}

// EventKind is the kind of contact an event is.
type EventKind string

// Event kinds.
const (
	Meeting EventKind = "meeting"
	Call    EventKind = "call"
	Summit  EventKind = "summit"
	Visit   EventKind = "visit"
	Talks   EventKind = "talks"
)

// EventKinds lists every event kind.
func EventKinds() []EventKind { return []EventKind{Meeting, Call, Summit, Visit, Talks} }

// IRI of the event kind, the object of sem:eventType.
func (k EventKind) IRI() string {
	if k == "" {
		return ""
	}
	return NSEG + strings.ToUpper(string(k[:1])) + string(k[1:])
}

// EventKindOfIRI is the inverse of EventKind.IRI.
func EventKindOfIRI(iri string) (EventKind, bool) {
	for _, k := range EventKinds() {
		if k.IRI() == iri {
			return k, true
		}
	}
	return "", false
}

// Status says whether a contact happened, is planned, or was put off.
type Status string

// Event statuses.
const (
	Happened  Status = "happened"
	Planned   Status = "planned"
	Postponed Status = "postponed"
	Cancelled Status = "cancelled"
	Proposed  Status = "proposed"
)

// Statuses lists every status.
func Statuses() []Status { return []Status{Happened, Planned, Postponed, Cancelled, Proposed} }

// IRI of the status, the object of schema:eventStatus: schema.org's own
// values where one fits, ours where none does.
func (s Status) IRI() string {
	switch s {
	case Planned:
		return NSSchema + "EventScheduled"
	case Postponed:
		return NSSchema + "EventPostponed"
	case Cancelled:
		return NSSchema + "EventCancelled"
	case Happened:
		return NSEG + "EventHappened"
	case Proposed:
		return NSEG + "EventProposed"
	}
	return ""
}

// StatusOfIRI is the inverse of Status.IRI.
func StatusOfIRI(iri string) (Status, bool) {
	for _, s := range Statuses() {
		if s.IRI() == iri {
			return s, true
		}
	}
	return "", false
}

// Slug turns a name into the lower-case, hyphenated form used in IRIs:
// letters and digits are kept (accents included), everything else becomes a
// single hyphen.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}

// DocumentIRI is the IRI of the document with the given id (its file name
// without extension, or the id in its front matter). Every quad extracted from
// the document carries this IRI as its label.
func DocumentIRI(id string) string { return NSData + "doc/" + Slug(id) }

// EntityIRI is the IRI of a named actor or place. Actors and places share one
// space, so a country is one node whether it acts or hosts. The name is
// folded first (NameKey), so that spellings of one name that differ only
// by diacritics or by the usual variants of transliteration from Cyrillic
// give one IRI: "Andrei Volkov" and "Andrey Volkov", "Kovalskiy" and
// "Kovalskyy", "Szabó" and "Szabo" are one actor across articles.
func EntityIRI(name string) string { return NSData + "id/" + Slug(NameKey(name)) }

// NameKey folds a name to the key that identifies it: lower case, without
// diacritics, and in each word: "ks" before a vowel as "x" (Aleksei,
// Alexei), final "iy" and "yy" as "y" (Dmitriy, Dmitry; Kovalskyy,
// Kovalsky), final "ei" as "ey" (Andrei, Andrey). The name shown to users
// stays as written.
func NameKey(name string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	folded, _, err := transform.String(t, name)
	if err != nil {
		folded = name
	}
	words := strings.FieldsFunc(strings.ToLower(folded), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		words[i] = foldWord(w)
	}
	return strings.Join(words, " ")
}

func foldWord(w string) string {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		if w[i] == 'k' && i+2 < len(w) && w[i+1] == 's' && strings.IndexByte("aeiouy", w[i+2]) >= 0 {
			b.WriteByte('x')
			i++
			continue
		}
		b.WriteByte(w[i])
	}
	w = b.String()
	if len(w) <= 3 { // short words ("yy", "lei") are left alone
		return w
	}
	switch {
	case strings.HasSuffix(w, "iy"), strings.HasSuffix(w, "yy"):
		return w[:len(w)-2] + "y"
	case strings.HasSuffix(w, "ei"):
		return w[:len(w)-1] + "y"
	}
	return w
}

// RoleIRI is the IRI of a role ("Foreign Minister" of a country) held by an
// actor.
func RoleIRI(actorIRI, title, ofIRI string) string {
	s := Slug(title)
	if ofIRI != "" {
		s += "--" + ofIRI[strings.LastIndexByte(ofIRI, '/')+1:]
	}
	return actorIRI + "/role/" + s
}

// EventIRI is the IRI of a contact event. It is built from what identifies
// the contact — its kind, its participants and its date — so the same
// contact reported by several documents gets the same IRI. An event with no
// day-precise date can't be told apart from others of its pair that way, so
// its IRI is scoped to the document (docID) and its index there (n).
func EventIRI(kind EventKind, participants []string, dateValue, docID string, n int) string {
	ps := make([]string, 0, len(participants))
	for _, p := range participants {
		ps = append(ps, p[strings.LastIndexByte(p, '/')+1:])
	}
	sort.Strings(ps)
	key := string(kind) + "/" + strings.Join(ps, "--")
	if len(dateValue) == len("2006-01-02") {
		return NSData + "event/" + dateValue + "/" + key
	}
	return NSData + "event/" + Slug(docID) + "/" + fmt.Sprint(n) + "/" + key
}

// ClaimIRI is the IRI of the n-th claim of a document.
func ClaimIRI(docID string, n int) string {
	return NSData + "claim/" + Slug(docID) + "/" + fmt.Sprint(n)
}

// EvidenceIRI is the IRI of a span of a document (NIF-style fragment).
func EvidenceIRI(docID string, start, end int) string {
	return fmt.Sprintf("%s#char=%d,%d", DocumentIRI(docID), start, end)
}
