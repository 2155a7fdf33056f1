// documents: every document loaded, with title, publication date, URL, publisher and source file, newest first.
documentObjects(ofType(T.Document)).sort(function (a, b) {
  var x = a.published || "", y = b.published || "";
  return x !== y ? (x < y ? 1 : -1) : (a.id < b.id ? -1 : 1);
}).forEach(function (d) { g.emit(d); });
