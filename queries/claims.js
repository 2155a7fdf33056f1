// claims: who claimed what and who reported it, in date order, with the events each claim is about and its evidence.
// param actor (optional): an actor's IRI, full name, alias or surname; only the claims they made or reported.
var claims;
if (P.actor) {
  claims = [];
  actorRefs(P.actor).forEach(function (a) {
    claims = claims.concat(g.V(a).in(T.attributed).unique().toArray(), g.V(a).in(T.reportedBy).unique().toArray());
  });
  claims = uniq(claims);
} else {
  claims = ofType(T.Claim);
}
sortByDate(claimObjects(claims)).forEach(function (c) { g.emit(c); });
