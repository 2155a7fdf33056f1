// actors: every actor — people, organisations, countries, news outlets — with names, aliases, roles and how many events they took part in.
// param type (optional): person, organisation, country or outlet; only actors of that type.
actorObjects(registeredOfType(T.Actor)).filter(function (o) { return !P.type || o.type === P.type; }).map(function (o) {
  o.events = contactCount(ref(o.id));
  return o;
}).sort(byName).forEach(function (o) { g.emit(o); });
