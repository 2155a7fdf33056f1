// prelude: the eventgraph vocabulary and helpers, prepended to every stored
// query and to your own scripts run with `eventgraph query FILE.js`.
// Parameters arrive before it as the JSON object P (never spliced into text).
// Helpers: iri("sem:hasActor") → "<http://...hasActor>", id(v) strips <>,
// all(node, pred), one(node, pred), actorRefs(nameOrIRI), eventObject(e),
// claimObject(c), documentObject(d), actorObject(a), sortByDate(list);
// batched: factsOf(nodes) (edgesOf for nodes without digests), eventObjects(nodes), claimObjects(nodes),
// documentObjects(nodes), datedNodes(from, to).
var NS = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  sem: "http://semanticweb.cs.vu.nl/2009/11/sem/",
  schema: "http://schema.org/",
  prov: "http://www.w3.org/ns/prov#",
  gaf: "http://groundedannotationframework.org/gaf#",
  eg: "https://w3id.org/eventgraph/ns#",
  skos: "http://www.w3.org/2004/02/skos/core#",
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
  cameo: iri("eg:cameo"), confidence: iri("eg:confidence"), dateConfidence: iri("eg:dateConfidence"), host: iri("eg:host"), hasRole: iri("eg:hasRole"), roleOf: iri("eg:roleOf"),
  placeIn: iri("eg:in"), document: iri("eg:document"), sentence: iri("eg:sentence"),
  start: iri("eg:start"), endOffset: iri("eg:end"), source: iri("eg:source"),
  month: iri("eg:month"), year: iri("eg:year"),
  prefLabel: iri("skos:prefLabel"), regClass: iri("eg:class"),
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
// all reads node's objects of pred. Cayley's unique() drops the repeats
// (a fact stated by many documents is one quad per document) before they
// reach the script, which costs more than reading them.
function all(node, pred) { return uniq(g.V(ref(node)).out(pred).unique().toArray()); }
// isA says whether node has the class cls. It reads the node's types (a
// lookup by subject); g.V(node).has(T.type, cls) would, on bolt, walk every
// node of the class.
function isA(node, cls) { return typesOf(node).indexOf(cls) >= 0; }
var TYPES = {};
function typesOf(node) {
  var f = FACTS[ref(node)];
  if (f !== undefined) return fall(f, T.type);
  var t = TYPES[node];
  if (t === undefined) t = TYPES[node] = all(node, T.type);
  return t;
}

// factsOf reads every outgoing edge of the nodes (bracketed IRIs), a
// thousand nodes a Gizmo call, where all(n, p) makes one call per node and
// predicate: {node: {predicate: [objects in store order, repeats kept]}}.
// Read once per script. (g.V(many).out(p) is no substitute: on bolt it
// walks every quad of the predicate.) fall(f, p) and fone(f, p) read it as
// all() and one() read the store.
//
// A node the registry keeps a digest of (events, claims, evidence spans,
// documents: graph/digest.go) has all its facts in one quad on its digest
// node, and is read from there: one value a node instead of some fifteen
// a document. Nodes without one (a store another tool wrote) are read edge
// by edge.
var FACTS = {};
var DIGEST_PREFIX = NS.data + "registry/digest/";
function factsOf(nodes) { return edgesOf(digestsOf(nodes)); }
// edgesOf is factsOf for nodes of the classes that have no digest (claims,
// evidence spans, documents): their edges, without looking for one.
function edgesOf(nodes) {
  var todo = uniq(nodes.map(ref)).filter(function (n) { return FACTS[n] === undefined; });
  chunked(todo, function (c) {
    c.forEach(function (n) { FACTS[n] = {}; });
    g.V.apply(g, c).tag("s").out(null, "p").tagArray().forEach(function (r) {
      var f = FACTS[r.s] || (FACTS[r.s] = {});
      var k = keyOf(r.p);
      (f[k] || (f[k] = [])).push(r.id);
    });
  });
  return FACTS;
}
// digestsOf reads the digests of the nodes into FACTS, and returns the
// nodes it has no facts of (bracketed).
function digestsOf(nodes) {
  var todo = uniq(nodes.map(ref)).filter(function (n) { return FACTS[n] === undefined; });
  chunked(todo, function (c) {
    g.V.apply(g, c.map(function (n) { return "<" + DIGEST_PREFIX + id(n) + ">"; })).out().toArray().forEach(function (t) {
      var f = JSON.parse(t);
      FACTS[f["@id"]] = f; // "@id" marks facts without repeats
    });
  });
  return todo.filter(function (n) { return FACTS[n] === undefined; });
}
// briefsOf reads, in a batch, what actorBrief and placeBrief show of the
// nodes (IRIs, bracketed or not; nulls skipped): their digests.
function briefsOf(nodes) {
  digestsOf(nodes.filter(function (n) { return n !== null && n !== undefined; }));
}
// pushAll appends the items of a to out (concat in a loop copies the list
// each time).
function pushAll(out, a) {
  for (var i = 0; i < a.length; i++) out.push(a[i]);
  return out;
}
function chunked(list, f) {
  for (var i = 0; i < list.length; i += 1000) f(list.slice(i, i + 1000));
}
function fall(f, p) {
  var a = f ? f[keyOf(p)] : undefined;
  return a ? (f["@id"] !== undefined ? a.slice() : uniq(a)) : [];
}
// keyOf is a predicate's key in FACTS and in digests: prefix:local for the
// longest namespace (but data:) that starts it, else the IRI as it is.
var KEYS = {};
var KEY_NS = Object.keys(NS).filter(function (k) { return k !== "data"; }).sort(function (a, b) {
  return NS[b].length - NS[a].length || (a < b ? -1 : 1);
});
function keyOf(p) {
  var k = KEYS[p];
  if (k === undefined) {
    k = p;
    for (var i = 0; i < KEY_NS.length; i++) {
      var ns = "<" + NS[KEY_NS[i]];
      if (p.indexOf(ns) === 0) { k = KEY_NS[i] + ":" + p.slice(ns.length, -1); break; }
    }
    KEYS[p] = k;
  }
  return k;
}
function fone(f, p) {
  if (f && f["@id"] !== undefined) {
    var d = f[keyOf(p)];
    if (d === undefined || d.length === 0) return null;
    if (d.length === 1) return d[0];
  }
  var a = fall(f, p);
  if (a.length === 0) return null;
  a.sort();
  return a[0];
}
// incoming reads the subjects of the edges with predicate pred into each of
// the nodes, in one call per thousand nodes: {node: [subjects]}.
function incoming(nodes, pred) {
  var out = {};
  chunked(uniq(nodes.map(ref)), function (c) {
    g.V.apply(g, c).tag("o").in(null, "p").tagArray().forEach(function (r) {
      if (r.p === pred) (out[r.o] || (out[r.o] = [])).push(r.id);
    });
  });
  return out;
}
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
  var exact = uniq(g.V(q).in(T.name).unique().toArray().concat(g.V(q).in(T.alias).unique().toArray()));
  exact = exact.filter(function (a) { return isA(a, T.Actor); });
  if (exact.length > 0) return exact;
  var want = lower(q), out = [];
  var actors = registeredOfType(T.Actor);
  briefsOf(actors);
  actors.forEach(function (a) {
    var f = FACTS[ref(a)];
    var names = f !== undefined ? fall(f, T.name).concat(fall(f, T.alias)) : all(a, T.name).concat(all(a, T.alias));
    for (var i = 0; i < names.length; i++) {
      var n = lower(names[i]), toks = n.split(/[\s\-]+/);
      if (n === want || toks[toks.length - 1] === want || toks[0] === want) { out.push(a); return; }
    }
  });
  return out;
}

function actorType(a) { return typeFrom(all(a, T.type)); }
function typeFrom(ts) {
  var best = null;
  ts = ts.slice().sort();
  for (var i = 0; i < ts.length; i++) {
    var t = ACTOR_TYPES[ts[i]];
    if (t && (best === null || t !== "organisation")) best = t;
  }
  return best;
}
// registered reads an actor's or place's entry in the registry (the graph
// data/registry, which the loader keeps): {name, classes}, with name null
// when no document gives a plain name; null when the store has no entry
// for it (a store another tool wrote), and the callers read the documents'
// facts instead.
function registered(a) {
  var cls = g.V(ref(a)).out(T.regClass).toArray();
  if (cls.length === 0) return null;
  var n = g.V(ref(a)).out(T.prefLabel).toArray();
  return { name: n.length > 0 ? n[0] : null, classes: cls };
}
// actorBrief is the actor's id, name (the least of the names documents give
// it) and type. The documents state them once each (one quad per label),
// so a country named by thousands of documents has thousands of name
// quads; the registry holds them once. Read once per script; each call
// gets a copy (callers add to it).
var BRIEFS = {};
function actorBrief(a) {
  var b = BRIEFS[a];
  if (b === undefined) {
    var f = FACTS[ref(a)], r = f === undefined ? registered(a) : null;
    b = BRIEFS[a] = f !== undefined ?
      { id: id(a), name: fone(f, T.name) || tail(a), type: typeFrom(fall(f, T.type)) } : r === null ?
      { id: id(a), name: one(a, T.name) || tail(a), type: actorType(a) } :
      { id: id(a), name: (r.name !== null ? r.name : one(a, T.name)) || tail(a), type: typeFrom(r.classes) };
  }
  return { id: b.id, name: b.name, type: b.type };
}
function actorObject(a) {
  var o = actorBrief(a), f = FACTS[ref(a)];
  o.aliases = (f !== undefined ? fall(f, T.alias) : all(a, T.alias)).sort();
  o.roles = (f !== undefined ? fall(f, T.hasRole) : all(a, T.hasRole)).map(function (r) {
    var rf = FACTS[ref(r)], of = rf !== undefined ? fone(rf, T.roleOf) : one(r, T.roleOf);
    return { title: rf !== undefined ? fone(rf, T.jobTitle) : one(r, T.jobTitle), of: placeBrief(of) };
  });
  return o;
}
// actorObjects is actorObject for many actors, read in batches: their
// digests, their roles' digests, the briefs of the places the roles name.
// Nodes that are not actors are left out (isA, from the same read).
function actorObjects(nodes) {
  nodes = nodes.map(ref);
  factsOf(nodes);
  nodes = nodes.filter(function (a) { return isA(a, T.Actor); });
  var roles = [], places = [];
  nodes.forEach(function (a) { pushAll(roles, fall(FACTS[a], T.hasRole)); });
  // Roles without a digest (a store another tool wrote) are read one by
  // one (all, one): the documents that state a role repeat its edges,
  // which unique() drops before they reach the script.
  digestsOf(roles);
  roles.forEach(function (r) { var f = FACTS[ref(r)]; if (f !== undefined) pushAll(places, fall(f, T.roleOf)); });
  briefsOf(places);
  return nodes.map(actorObject);
}
// placeBrief is a place's id and name, read once per script (a place has its
// name once per document that names it).
var PLACES = {};
function placeBrief(p) {
  if (p === null) return null;
  var b = PLACES[p];
  if (b === undefined) {
    var f = FACTS[ref(p)], r = f === undefined ? registered(p) : null;
    b = PLACES[p] = { id: id(p), name: (f !== undefined ? fone(f, T.name) : r !== null && r.name !== null ? r.name : one(p, T.name)) || tail(p) };
  }
  return { id: b.id, name: b.name };
}
function dateOf(n) { return dateFrom(factsOf([n])[ref(n)]); }
function dateFrom(f) {
  var b = fone(f, T.begin), e = fone(f, T.end);
  return {
    date: fone(f, T.date), date_text: fone(f, T.dateText), granularity: fone(f, T.granularity),
    begin: iso(b), end: iso(e)
  };
}
function evidenceOf(n) { return evidenceFrom(fall(factsOf([n])[ref(n)], T.denotedBy)); }
// evidenceFrom builds the evidence objects of evidence nodes, reading them
// in one batch.
function evidenceFrom(nodes) {
  var F = edgesOf(nodes);
  var ev = nodes.map(function (x) {
    var f = F[ref(x)];
    return {
      document: id(fone(f, T.document)), sentence: fone(f, T.sentence),
      start: fone(f, T.start), end: fone(f, T.endOffset), text: fone(f, T.text)
    };
  });
  ev.sort(function (a, b) { return a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start; });
  return ev;
}
function eventObject(e) { return eventObjects([e])[0]; }
// eventObjects builds the objects of many events with a few batched reads
// (their edges, the claims about them, their evidence) instead of some
// twenty lookups each.
function eventObjects(nodes) {
  var F = factsOf(nodes), about = incoming(nodes, T.about), evs = [];
  nodes.forEach(function (e) { pushAll(evs, fall(F[ref(e)], T.denotedBy)); });
  edgesOf(evs);
  prefetchBriefs(nodes, F);
  return nodes.map(function (e) {
    var o = contactFrom(e, F[ref(e)]), f = F[ref(e)];
    o.cameo = fone(f, T.cameo);
    o.confidence = fone(f, T.confidence);
    o.date_confidence = fone(f, T.dateConfidence);
    o.claims = uniq(about[ref(e)] || []).map(id).sort();
    o.documents = fall(f, T.derived).map(id).sort();
    o.evidence = evidenceFrom(fall(f, T.denotedBy));
    return o;
  });
}
// contactObjects are eventObjects without cameo, claims, documents and
// evidence: what a row of who-met-whom shows (and sorts by).
function contactObjects(nodes) {
  var F = factsOf(nodes);
  prefetchBriefs(nodes, F);
  return nodes.map(function (e) { return contactFrom(e, F[ref(e)]); });
}
function contactFrom(e, f) {
  var d = dateFrom(f), kind = fone(f, T.eventType), st = fone(f, T.status);
  return {
    id: id(e), type: kind === null ? null : lower(tail(kind)), label: fone(f, T.name),
    date: d.date, date_text: d.date_text, granularity: d.granularity, begin: d.begin, end: d.end,
    status: st === null ? null : (STATUSES[st] || tail(st)),
    participants: fall(f, T.actor).map(actorBrief).sort(byName),
    hosts: fall(f, T.host).map(actorBrief).sort(byName),
    place: placeBrief(fone(f, T.place))
  };
}
// prefetchBriefs reads in one batch the briefs of the actors and places
// the nodes' facts F name.
function prefetchBriefs(nodes, F) {
  var refs = [];
  nodes.forEach(function (n) {
    var f = F[ref(n)];
    if (!f) return;
    [T.actor, T.host, T.place, T.attributed, T.reportedBy, T.publisher].forEach(function (p) {
      var a = f[keyOf(p)];
      if (a) pushAll(refs, a);
    });
  });
  briefsOf(refs);
}
function claimObject(c) { return claimObjects([c])[0]; }
function claimObjects(nodes) {
  var F = edgesOf(nodes), evs = [];
  nodes.forEach(function (c) { pushAll(evs, fall(F[ref(c)], T.denotedBy)); });
  edgesOf(evs);
  prefetchBriefs(nodes, F);
  return nodes.map(function (c) {
    var f = F[ref(c)], d = dateFrom(f), who = fone(f, T.attributed);
    return {
      id: id(c), claimant: who === null ? null : actorBrief(who),
      reported_by: fall(f, T.reportedBy).map(actorBrief).sort(byName),
      channel: fone(f, T.channel), date: d.date, date_text: d.date_text, begin: d.begin, end: d.end,
      text: fone(f, T.text), about: fall(f, T.about).map(id).sort(),
      documents: fall(f, T.derived).map(id).sort(),
      evidence: evidenceFrom(fall(f, T.denotedBy))
    };
  });
}
function documentObject(d) { return documentObjects([d])[0]; }
function documentObjects(nodes) {
  var F = edgesOf(nodes);
  prefetchBriefs(nodes, F);
  return nodes.map(function (d) {
    var f = F[ref(d)], pub = fone(f, T.published), p = fone(f, T.publisher);
    return {
      id: id(d), title: fone(f, T.name), published: pub === null ? null : iso(pub).slice(0, 10),
      url: fone(f, T.url), publisher: p === null ? null : actorBrief(p), source: fone(f, T.source)
    };
  });
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
function ofType(cls) { return uniq(g.V(cls).in(T.type).unique().toArray()); }
// registeredOfType is ofType for actors and places, read from the registry
// (one quad a node, where the documents have one a document) when the
// store keeps one.
function registeredOfType(cls) {
  if (g.V(iri("data:registry")).out(iri("eg:registryVersion")).toArray().length === 0) return ofType(cls);
  return uniq(g.V(cls).in(T.regClass).unique().toArray());
}
// contactCount is how many events an actor took part in or hosted: the
// subjects of sem:hasActor and eg:host, events by their domain (no read of
// each event's class, which eventsOf makes).
function contactCount(a) {
  return uniq(g.V(a).in(T.actor).unique().toArray().concat(g.V(a).in(T.host).unique().toArray())).length;
}
// eventsOf gives the events an actor took part in or hosted. It reads their
// edges (factsOf) to check their class, which the callers use next.
function eventsOf(actors) {
  var out = [];
  actors.forEach(function (a) {
    pushAll(pushAll(out, g.V(a).in(T.actor).unique().toArray()), g.V(a).in(T.host).unique().toArray());
  });
  out = uniq(out);
  factsOf(out);
  return out.filter(function (e) { return isA(e, T.Event); });
}
// eventsIn gives the events whose date may overlap [from, to], through the
// date index when it can answer (datedNodes), else every event.
function eventsIn(from, to) {
  var nodes = datedNodes(from, to);
  if (nodes === null) return ofType(T.Event);
  return eventsAmong(nodes);
}
// eventsAmong keeps the events of nodes, reading their facts. Where the
// registry keeps a digest of every event (layout 2 and later), a node
// without one is not an event, and its edges (a claim's) are not read.
function eventsAmong(nodes) {
  var rest = digestsOf(nodes);
  if (!digestsComplete()) edgesOf(rest);
  return nodes.filter(function (e) { return FACTS[ref(e)] !== undefined && isA(e, T.Event); });
}
// digestsComplete says whether the registry keeps a digest of every event,
// actor and place: its layout (the least version marker, when a write cut
// short left two) is 2 or later. Read once per script.
var DIGESTS_COMPLETE;
function digestsComplete() {
  if (DIGESTS_COMPLETE === undefined) {
    var vs = g.V(iri("data:registry")).out(iri("eg:registryVersion")).toArray().map(Number);
    DIGESTS_COMPLETE = vs.length > 0 && Math.min.apply(null, vs) >= 2;
  }
  return DIGESTS_COMPLETE;
}
// datedNodes reads the date index (eg:month, eg:year): the events and
// claims whose date span may overlap [from, to] — a superset of what
// inRange keeps, in no particular order. It is null when the index cannot
// answer: a bound missing or not an ISO date, or a span of over a century.
// Stores loaded before the index existed have none: load them again.
var ISO_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01])(?:T.*)?)?)?$/;
function datedNodes(from, to) {
  if (!from || !to) return null;
  var f = ISO_DATE.exec(String(from)), t = ISO_DATE.exec(String(to));
  if (!f || !t) return null;
  var a = Number(f[1]) * 12 + (f[2] ? Number(f[2]) - 1 : 0);
  var b = Number(t[1]) * 12 + (t[2] ? Number(t[2]) - 1 : 11);
  var lo = Math.min(a, b), hi = Math.max(a, b);
  if (hi - lo >= 1200) return null;
  var pad = function (n, w) { n = String(n); while (n.length < w) n = "0" + n; return n; };
  var months = [], years = [];
  for (var m = lo; m <= hi; m++) months.push("<" + NS.data + "month/" + pad(Math.floor(m / 12), 4) + "-" + pad(m % 12 + 1, 2) + ">");
  for (var y = Math.floor(lo / 12); y <= Math.floor(hi / 12); y++) years.push("<" + NS.data + "year/" + pad(y, 4) + ">");
  var out = [], inM = incoming(months, T.month), inY = incoming(years, T.year);
  months.forEach(function (n) { pushAll(out, inM[n] || []); });
  years.forEach(function (n) { pushAll(out, inY[n] || []); });
  return uniq(out);
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
    var f = FACTS[ref(n)];
    if (f !== undefined) return { node: n, begin: iso(fone(f, T.begin)), end: iso(fone(f, T.end)) };
    return { node: n, begin: iso(one(n, T.begin)), end: iso(one(n, T.end)) };
  }), from, to).map(function (o) { return o.node; });
}
// monthsWithEvents lists the months in [from, to] (ISO dates; to defaults
// to the current month, from to 30 years before it) that the date index
// (eg:month) gives events, newest first, as {month: "2025-10", events: n};
// at most count of them (0 or empty: all). It looks a month at a time, so
// a small count reads only the months it passes.
function monthsWithEvents(from, to, count) {
  var toText = to ? String(to) : new Date().toISOString().slice(0, 7);
  var t = ISO_DATE.exec(toText), f = from ? ISO_DATE.exec(String(from)) : null;
  if (!t) throw new Error("to " + JSON.stringify(toText) + ": want an ISO date (2025, 2025-10, 2025-10-20)");
  if (from && !f) throw new Error("from " + JSON.stringify(String(from)) + ": want an ISO date (2025, 2025-10, 2025-10-20)");
  var n = count ? Number(count) : 0;
  if (!(n >= 0) || Math.floor(n) !== n) throw new Error("count " + JSON.stringify(String(count)) + ": want a whole number");
  var hi = Number(t[1]) * 12 + (t[2] ? Number(t[2]) - 1 : 11);
  var lo = f ? Number(f[1]) * 12 + (f[2] ? Number(f[2]) - 1 : 0) : hi - 359;
  var pad = function (x, w) { x = String(x); while (x.length < w) x = "0" + x; return x; };
  var out = [];
  for (var m = hi; m >= lo && (n === 0 || out.length < n); m--) {
    var month = pad(Math.floor(m / 12), 4) + "-" + pad(m % 12 + 1, 2);
    var nodes = uniq(g.V("<" + NS.data + "month/" + month + ">").in(T.month).toArray());
    if (nodes.length === 0) continue;
    var events = eventsAmong(nodes).length;
    if (events > 0) out.push({ month: month, events: events });
  }
  return out;
}
