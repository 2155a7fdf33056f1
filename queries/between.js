// between: the events dated within a span, in date order; an event counts when its date's span overlaps [from, to].
// param from (required): ISO date (2025, 2025-10, 2025-10-20), the first day.
// param to (required): ISO date, the last day (inclusive: 2025-10 means to the end of October).
if (!P.from || !P.to) throw new Error("between needs both from and to");
var events = eventsIn(P.from, P.to);
sortByDate(inRange(eventObjects(datedIn(events, P.from, P.to)), P.from, P.to)).forEach(function (e) { g.emit(e); });
