// prelude: the eventgraph vocabulary and helpers, prepended to every stored
// query and to your own scripts run with `eventgraph query FILE.js`.
// Parameters arrive before it as the JSON object P (never spliced into text).
// Helpers: iri("sem:hasActor") → "<http://...hasActor>", id(v) strips <>,
// all(node, pred), one(node, pred), actorRefs(nameOrIRI), eventObject(e),
// claimObject(c), documentObject(d), actorObject(a), sortByDate(list).
var NS = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  sem: "http://semanticweb.cs.vu.nl/2009/11/sem/",
  schema: "http://schema.org/",
  prov: "http://www.w3.org/ns/prov#",
  gaf: "http://groundedannotationframework.org/gaf#",
  eg: "https://w3id.org/eventgraph/ns#",
  data: "https://w3id.org/eventgraph/"
};
function iri(curie) {
  var i = curie.indexOf(":");
  return "<" + NS[curie.slice(0, i)] + curie.slice(i + 1) + ">";
}
var T = {
  type: iri("rdf:type"), name: iri("schema:name"), alias: iri("schema:alternateName"),
  url: iri("schema:url"), published: iri("schema:datePublished"), publisher: iri("schema:publisher"),
  text: iri("schema:text"), about: iri("schema:about"), status: iri("schema:eventStatus"),
  jobTitle: iri("schema:jobTitle"), actor: iri("sem:hasActor"), place: iri("sem:hasPlace"),
  stamp: iri("sem:hasTimeStamp"), begin: iri("sem:hasBeginTimeStamp"), end: iri("sem:hasEndTimeStamp"),
  eventType: iri("sem:eventType"), attributed: iri("prov:wasAttributedTo"), derived: iri("prov:wasDerivedFrom"),
  denotedBy: iri("gaf:denotedBy"), date: iri("eg:date"), granularity: iri("eg:granularity"),
  dateText: iri("eg:dateText"), reportedBy: iri("eg:reportedBy"), channel: iri("eg:channel"),
  cameo: iri("eg:cameo"), host: iri("eg:host"), hasRole: iri("eg:hasRole"), roleOf: iri("eg:roleOf"),
  placeIn: iri("eg:in"), document: iri("eg:document"), sentence: iri("eg:sentence"),
  start: iri("eg:start"), endOffset: iri("eg:end"), source: iri("eg:source"),
  Event: iri("sem:Event"), Actor: iri("sem:Actor"), Place: iri("sem:Place"), Claim: iri("eg:Claim"),
  Document: iri("schema:NewsArticle"), Person: iri("schema:Person"), Organization: iri("schema:Organization"),
  Country: iri("schema:Country"), Outlet: iri("eg:NewsOutlet")
};
var ACTOR_TYPES = {};
ACTOR_TYPES[T.Person] = "person";
ACTOR_TYPES[T.Country] = "country";
ACTOR_TYPES[T.Outlet] = "outlet";
ACTOR_TYPES[T.Organization] = "organisation";
var STATUSES = {};
STATUSES[iri("schema:EventScheduled")] = "planned";
STATUSES[iri("schema:EventPostponed")] = "postponed";
STATUSES[iri("schema:EventCancelled")] = "cancelled";
STATUSES[iri("eg:EventHappened")] = "happened";
STATUSES[iri("eg:EventProposed")] = "proposed";

function isIRI(v) { return typeof v === "string" && v.charAt(0) === "<" && v.charAt(v.length - 1) === ">"; }
function id(v) { return isIRI(v) ? v.slice(1, -1) : v; }
function ref(v) { return isIRI(v) ? v : "<" + v + ">"; }
function uniq(a) {
  var seen = {}, out = [];
  for (var i = 0; i < a.length; i++) {
    var k = typeof a[i] === "object" ? JSON.stringify(a[i]) : String(a[i]);
    if (!seen[k]) { seen[k] = true; out.push(a[i]); }
  }
  return out;
}
function all(node, pred) { return uniq(g.V(ref(node)).out(pred).toArray()); }
// isA says whether node has the class cls. It reads the node's types (a
// lookup by subject); g.V(node).has(T.type, cls) would, on bolt, walk every
// node of the class.
function isA(node, cls) { return all(node, T.type).indexOf(cls) >= 0; }
function one(node, pred) {
  var a = all(node, pred);
  if (a.length === 0) return null;
  a.sort();
  return a[0];
}
function iso(t) { return t === null || t === undefined ? null : JSON.stringify(t).slice(1, -1); }
function tail(v) { v = id(v); return v.slice(Math.max(v.lastIndexOf("#"), v.lastIndexOf("/")) + 1); }
function lower(s) { return String(s).toLowerCase(); }

// actorRefs resolves what a user typed — an IRI, a full name, an alias or a
// surname — to actor IRIs (bracketed).
function actorRefs(q) {
  if (q === undefined || q === null || q === "") return [];
  if (/^https?:\/\//.test(q) || isIRI(q)) return [ref(q)];
  var exact = uniq(g.V(q).in(T.name).toArray().concat(g.V(q).in(T.alias).toArray()));
  exact = exact.filter(function (a) { return isA(a, T.Actor); });
  if (exact.length > 0) return exact;
  var want = lower(q), out = [];
  var actors = uniq(g.V(T.Actor).in(T.type).toArray());
  actors.forEach(function (a) {
    var names = all(a, T.name).concat(all(a, T.alias));
    for (var i = 0; i < names.length; i++) {
      var n = lower(names[i]), toks = n.split(/[\s\-]+/);
      if (n === want || toks[toks.length - 1] === want || toks[0] === want) { out.push(a); return; }
    }
  });
  return out;
}

function actorType(a) {
  var ts = all(a, T.type), best = null;
  for (var i = 0; i < ts.length; i++) {
    var t = ACTOR_TYPES[ts[i]];
    if (t && (best === null || t !== "organisation")) best = t;
  }
  return best;
}
// actorBrief is the actor's id, name and type. An actor named in many
// documents has its name and types once per document (one quad per label),
// so reading them costs as much as its documents: they are read once per
// script and each call gets a copy (callers add to it).
var BRIEFS = {};
function actorBrief(a) {
  var b = BRIEFS[a];
  if (b === undefined) b = BRIEFS[a] = { id: id(a), name: one(a, T.name) || tail(a), type: actorType(a) };
  return { id: b.id, name: b.name, type: b.type };
}
function actorObject(a) {
  var o = actorBrief(a);
  o.aliases = all(a, T.alias).sort();
  o.roles = all(a, T.hasRole).map(function (r) {
    var of = one(r, T.roleOf);
    return { title: one(r, T.jobTitle), of: of === null ? null : { id: id(of), name: one(of, T.name) || tail(of) } };
  });
  return o;
}
function placeBrief(p) {
  if (p === null) return null;
  return { id: id(p), name: one(p, T.name) || tail(p) };
}
function dateOf(n) {
  var b = one(n, T.begin), e = one(n, T.end);
  return {
    date: one(n, T.date), date_text: one(n, T.dateText), granularity: one(n, T.granularity),
    begin: iso(b), end: iso(e)
  };
}
function evidenceOf(n) {
  var ev = all(n, T.denotedBy).map(function (x) {
    return {
      document: id(one(x, T.document)), sentence: one(x, T.sentence),
      start: one(x, T.start), end: one(x, T.endOffset), text: one(x, T.text)
    };
  });
  ev.sort(function (a, b) { return a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start; });
  return ev;
}
function eventObject(e) {
  var d = dateOf(e), kind = one(e, T.eventType), st = one(e, T.status);
  return {
    id: id(e), type: kind === null ? null : lower(tail(kind)), label: one(e, T.name),
    date: d.date, date_text: d.date_text, granularity: d.granularity, begin: d.begin, end: d.end,
    status: st === null ? null : (STATUSES[st] || tail(st)), cameo: one(e, T.cameo),
    participants: all(e, T.actor).map(actorBrief).sort(byName),
    hosts: all(e, T.host).map(actorBrief).sort(byName),
    place: placeBrief(one(e, T.place)),
    claims: uniq(g.V(ref(e)).in(T.about).toArray()).map(id).sort(),
    documents: all(e, T.derived).map(id).sort(),
    evidence: evidenceOf(e)
  };
}
function claimObject(c) {
  var d = dateOf(c), who = one(c, T.attributed);
  return {
    id: id(c), claimant: who === null ? null : actorBrief(who),
    reported_by: all(c, T.reportedBy).map(actorBrief).sort(byName),
    channel: one(c, T.channel), date: d.date, date_text: d.date_text, begin: d.begin, end: d.end,
    text: one(c, T.text), about: all(c, T.about).map(id).sort(),
    documents: all(c, T.derived).map(id).sort(),
    evidence: evidenceOf(c)
  };
}
function documentObject(d) {
  var pub = one(d, T.published), p = one(d, T.publisher);
  return {
    id: id(d), title: one(d, T.name), published: pub === null ? null : iso(pub).slice(0, 10),
    url: one(d, T.url), publisher: p === null ? null : actorBrief(p), source: one(d, T.source)
  };
}
function byName(a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : (a.id < b.id ? -1 : a.id > b.id ? 1 : 0); }
// sortByDate orders objects by the start of their date (undated last), then
// the end (a day before the month that holds it), then id.
function sortByDate(list) {
  return list.sort(function (a, b) {
    var ab = a.begin || "~", bb = b.begin || "~";
    if (ab !== bb) return ab < bb ? -1 : 1;
    var ae = a.end || "~", be = b.end || "~";
    if (ae !== be) return ae < be ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
// fullStamp pads an ISO date ("2025", "2025-10", "2025-10-20") to the
// start of its span as an xsd:dateTime string.
function fullStamp(d) {
  var pad = "0000-01-01T00:00:00Z";
  return d.length >= pad.length ? d : d + pad.slice(d.length);
}
// nodes of a class (bracketed IRIs)
function ofType(cls) { return uniq(g.V(cls).in(T.type).toArray()); }
// eventsOf gives the events an actor took part in or hosted.
function eventsOf(actors) {
  var out = [];
  actors.forEach(function (a) {
    out = out.concat(g.V(a).in(T.actor).toArray(), g.V(a).in(T.host).toArray());
  });
  return uniq(out).filter(function (e) { return isA(e, T.Event); });
}
// inRange keeps the objects whose date span overlaps [from, to] (ISO dates,
// either may be empty); undated ones are kept only when no range is given.
function inRange(list, from, to) {
  if (!from && !to) return list;
  var f = from ? fullStamp(String(from)) : "", t = to ? String(to) : "";
  return list.filter(function (o) {
    if (!o.begin) return false;
    if (t && o.begin.slice(0, t.length) > t) return false;
    if (f && o.end && o.end <= f) return false;
    return true;
  });
}
// datedIn keeps the nodes whose date span overlaps [from, to], as inRange
// does for objects, reading only their dates: filtering before eventObject
// saves its twenty-odd lookups for every event out of range.
function datedIn(nodes, from, to) {
  if (!from && !to) return nodes;
  return inRange(nodes.map(function (n) {
    return { node: n, begin: iso(one(n, T.begin)), end: iso(one(n, T.end)) };
  }), from, to).map(function (o) { return o.node; });
}
