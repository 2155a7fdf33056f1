// timeline: every event, in date order (undated events last), with participants, place, status, claims about it and evidence.
// param actor (optional): an actor's IRI, full name, alias or surname; only events they took part in.
// param from (optional): ISO date (2025, 2025-10, 2025-10-20); events whose date reaches it or later.
// param to (optional): ISO date; events whose date starts by its end.
var events = P.actor ? eventsOf(actorRefs(P.actor)) : eventsIn(P.from, P.to);
sortByDate(inRange(eventObjects(datedIn(events, P.from, P.to)), P.from, P.to)).forEach(function (e) { g.emit(e); });
