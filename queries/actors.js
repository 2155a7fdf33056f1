// actors: every actor — people, organisations, countries, news outlets — with names, aliases, roles and how many events they took part in.
// param type (optional): person, organisation, country or outlet; only actors of that type.
var actors = registeredOfType(T.Actor);
briefsOf(actors);
actors.map(function (a) {
  var o = actorObject(a);
  o.events = contactCount(a);
  return o;
}).filter(function (o) { return !P.type || o.type === P.type; }).sort(byName).forEach(function (o) { g.emit(o); });
