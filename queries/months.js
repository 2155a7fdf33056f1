// months: the months that have dated events, newest first, with how many events each: where a timeline has something to show (an event dated by its week or day counts in its month).
// param to (optional): ISO date (2025, 2025-10, 2025-10-20); the newest month to look at (default: the current month).
// param from (optional): ISO date; the oldest month to look at (default: 30 years before to).
// param count (optional): at most this many months, the newest (default: all); the search stops there.
monthsWithEvents(P.from, P.to, P.count).forEach(function (m) { g.emit(m); });
