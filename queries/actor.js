// actor: what one actor did and said — the actor (names, type, roles), the events they took part in (date order) and the claims they made.
// param actor (required): an actor's IRI, full name, alias or surname.
if (!P.actor) throw new Error("actor needs the parameter actor");
actorRefs(P.actor).forEach(function (a) {
  var o = actorObject(a);
  o.events = sortByDate(eventObjects(eventsOf([a])));
  o.claims = sortByDate(claimObjects(uniq(g.V(a).in(T.attributed).unique().toArray())));
  g.emit(o);
});
