// who-met-whom: pairs of actors in contact — one row per pair and contact, with the contact's kind, date, status and place, in date order.
// param actor (optional): an actor's IRI, full name, alias or surname; only that actor's contacts.
// param from (optional): ISO date (2025, 2025-10, 2025-10-20); contacts whose date reaches it or later.
// param to (optional): ISO date; contacts whose date starts by its end.
var refs = P.actor ? actorRefs(P.actor) : null;
var events = refs ? eventsOf(refs) : eventsIn(P.from, P.to);
var objs = sortByDate(inRange(contactObjects(datedIn(events, P.from, P.to)), P.from, P.to));
var wanted = refs ? refs.map(id) : null;
objs.forEach(function (e) {
  var ps = e.participants.concat(e.hosts.filter(function (h) {
    return !e.participants.some(function (p) { return p.id === h.id; });
  }));
  for (var i = 0; i < ps.length; i++) {
    for (var j = i + 1; j < ps.length; j++) {
      var a = ps[i], b = ps[j];
      if (wanted && wanted.indexOf(a.id) < 0 && wanted.indexOf(b.id) < 0) continue;
      if (wanted && wanted.indexOf(b.id) >= 0 && wanted.indexOf(a.id) < 0) { var t = a; a = b; b = t; }
      g.emit({
        a: a, b: b, event: e.id, type: e.type, date: e.date, date_text: e.date_text,
        status: e.status, place: e.place, label: e.label
      });
    }
  }
});
