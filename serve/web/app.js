// eventgraph's page: the timeline as SVG, who met whom as a matrix, and a
// Gizmo console. Plain JavaScript, no library; it reads only this server's
// API (/api/timeline, /api/actors, /api/queries, /api/v2/query). Text from
// the data always goes into the page as text nodes, never as HTML.
(function () {
  "use strict";
  // Kept for the browser test: the page must not need what its
  // Content-Security-Policy forbids.
  window.egViolations = [];
  document.addEventListener("securitypolicyviolation", function (e) {
    window.egViolations.push(e.violatedDirective + " " + e.blockedURI);
  });

  var SVGNS = "http://www.w3.org/2000/svg";
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var DAY = 86400000;
  // Event kinds: colours picked to stay apart for colour-blind readers.
  var KINDS = {
    meeting: { color: "#3b4cca", label: "Meeting" },
    call: { color: "#0e9384", label: "Call" },
    summit: { color: "#9e3fbf", label: "Summit" },
    visit: { color: "#dc6803", label: "Visit" },
    talks: { color: "#c11574", label: "Talks" }
  };
  var OTHER_KIND = { color: "#667085", label: "Other" };
  var STATUSES = {
    happened: "Happened",
    planned: "Planned",
    proposed: "Proposed",
    postponed: "Postponed",
    cancelled: "Cancelled"
  };
  // Colours of actors' lanes and chips.
  var LANE_COLORS = ["#3b4cca", "#e04f39", "#0e9384", "#dc6803", "#9e3fbf", "#2e90fa", "#c11574", "#5c7c2a", "#7a5af8", "#b54708", "#155b75", "#875bf7"];

  var state = {
    timeline: null,
    actors: [],
    actorColor: {},
    selected: null,
    queries: [],
    filter: { actor: "", from: "", to: "" },
    view: "timeline",
    pairs: null,
    selectedPair: null,
    note: "" // said once after the next timeline loads
  };

  // ---- small DOM helpers ----
  function $(id) { return document.getElementById(id); }
  function el(tag, attrs) {
    var n = document.createElement(tag);
    setAttrs(n, attrs);
    for (var i = 2; i < arguments.length; i++) append(n, arguments[i]);
    return n;
  }
  function svg(tag, attrs) {
    var n = document.createElementNS(SVGNS, tag);
    setAttrs(n, attrs);
    for (var i = 2; i < arguments.length; i++) append(n, arguments[i]);
    return n;
  }
  function setAttrs(n, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === "text") n.textContent = v;
      else if (k.slice(0, 2) === "on") n.addEventListener(k.slice(2), v);
      else n.setAttribute(k, v === true ? "" : String(v));
    });
  }
  function append(n, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) { c.forEach(function (x) { append(n, x); }); return; }
    n.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
  }
  function clear(n) { while (n.firstChild) n.removeChild(n.firstChild); }

  // ---- API ----
  function api(path, opts) {
    var started = performance.now();
    return fetch(path, opts || {}).then(function (r) {
      var ct = r.headers.get("Content-Type") || "";
      var body = ct.indexOf("json") >= 0 ? r.json() : r.text();
      return body.then(function (data) {
        return { ok: r.ok, status: r.status, statusText: r.statusText, data: data, ms: Math.round(performance.now() - started) };
      }, function () {
        return { ok: false, status: r.status, statusText: r.statusText, data: { error: "the answer is not valid JSON" }, ms: 0 };
      });
    }, function (err) {
      return { ok: false, status: 0, statusText: "network error", data: { error: String(err) }, ms: 0 };
    });
  }
  function qs(params) {
    var parts = [];
    Object.keys(params).forEach(function (k) {
      if (params[k] !== "" && params[k] !== null && params[k] !== undefined) parts.push(encodeURIComponent(k) + "=" + encodeURIComponent(params[k]));
    });
    return parts.length ? "?" + parts.join("&") : "";
  }

  // ---- dates ----
  function t(iso) { return iso ? Date.parse(iso) : NaN; }
  function fmtDay(ms) { var d = new Date(ms); return MONTHS[d.getUTCMonth()] + " " + d.getUTCDate() + ", " + d.getUTCFullYear(); }
  function fmtDayShort(ms) { var d = new Date(ms); return MONTHS[d.getUTCMonth()] + " " + d.getUTCDate(); }
  // describeDate says what a date covers at its own granularity.
  function describeDate(e) {
    if (!e.begin) return e.date ? e.date : "no date";
    var b = t(e.begin), last = t(e.end) - 1, g = e.granularity || "day";
    var d = new Date(b);
    switch (g) {
      case "day": return fmtDay(b);
      case "month": return MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
      case "year": return String(d.getUTCFullYear());
      case "week": return "week of " + fmtDayShort(b) + " – " + fmtDay(last);
      default: return fmtDayShort(b) + " – " + fmtDay(last) + " (" + g + ")";
    }
  }
  function isSpan(e) { return e.begin && e.end && e.granularity && e.granularity !== "day" && !/T/.test(e.date || ""); }

  function kindOf(e) { return KINDS[e.type] || OTHER_KIND; }
  function statusOf(e) { return e.status && STATUSES[e.status] ? e.status : "happened"; }
  function actorsOf(e) {
    var seen = {}, out = [];
    (e.participants || []).concat(e.hosts || []).forEach(function (a) {
      if (!seen[a.id]) { seen[a.id] = true; out.push(a); }
    });
    return out;
  }

  // ---- loading ----
  function filterParams() { return { actor: state.filter.actor, from: state.filter.from, to: state.filter.to }; }

  function loadTimeline() {
    setMsg("Loading…");
    return api("api/timeline" + qs(filterParams())).then(function (r) {
      if (!r.ok) { setMsg(r.data.error || r.statusText, true); return; }
      state.timeline = r.data;
      if (state.selected && !r.data.events.some(function (e) { return e.id === state.selected; })) state.selected = null;
      assignColors();
      renderStats();
      renderChart();
      renderLegend();
      renderTable();
      renderDetails();
      var msg = r.data.events.length + " events" + (hasFilter() ? " match the filters" : "");
      if (state.note) { msg += " — " + state.note; state.note = ""; }
      setMsg(msg);
      document.body.setAttribute("data-ready", "1");
    });
  }
  // defaultWindow is where the page opens when the address names no
  // filter: on everything, unless the store holds more quads than the
  // server's page_all_max (GET /api/health) — then the whole timeline
  // would take long to build — and then on its latest months with events
  // (the stored query months), back until they hold 100 events, six months
  // at most. It resolves to null (everything) or {from, to, quads}.
  function defaultWindow() {
    if (hasFilter()) return Promise.resolve(null);
    return api("api/health").then(function (h) {
      if (!h.ok || !(h.data.page_all_max >= 0) || !(h.data.quads > h.data.page_all_max)) return null;
      return api("api/queries/months" + qs({ count: "6" })).then(function (r) {
        var rows = r.ok ? (r.data.result || []) : [];
        if (!rows.length) return null;
        var n = 0, from = rows[0].month;
        for (var i = 0; i < rows.length && n < 100; i++) { n += rows[i].events; from = rows[i].month; }
        return { from: from, to: rows[0].month, quads: h.data.quads };
      });
    });
  }
  function hasFilter() { return !!(state.filter.actor || state.filter.from || state.filter.to); }
  function setMsg(text, bad) {
    var m = $("f-msg");
    m.textContent = text;
    m.className = bad ? "msg error" : "msg";
  }

  function loadActors() {
    return api("api/actors").then(function (r) {
      if (!r.ok) return;
      fillActors(r.data.result || [], "");
    });
  }
  // actorsInView fills the actor filter from the timeline shown, with the
  // events each has in it: for a large store, whose whole list of actors
  // (GET /api/actors, counting every actor's events) takes long.
  function actorsInView() {
    var count = {};
    state.timeline.events.forEach(function (e) {
      actorsOf(e).forEach(function (a) { count[a.id] = (count[a.id] || 0) + 1; });
    });
    var list = state.timeline.actors.filter(function (a) { return count[a.id]; }).map(function (a) {
      return { id: a.id, name: a.name, type: a.type, events: count[a.id] };
    });
    list.sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; });
    fillActors(list, " in these months");
  }
  function fillActors(actors, suffix) {
    state.actors = actors;
    var sel = $("f-actor");
    var groups = { person: "People", country: "Countries", organisation: "Organisations", outlet: "News outlets" };
    Object.keys(groups).forEach(function (type) {
      var list = state.actors.filter(function (a) { return a.type === type; });
      if (!list.length) return;
      var og = el("optgroup", { label: groups[type] + suffix });
      list.forEach(function (a) {
        og.appendChild(el("option", { value: a.id, text: a.name + (a.events ? " (" + a.events + ")" : "") }));
      });
      sel.appendChild(og);
    });
    sel.value = state.filter.actor;
  }

  function assignColors() {
    var lanes = laneActors();
    lanes.forEach(function (a, i) {
      if (!state.actorColor[a.id]) state.actorColor[a.id] = LANE_COLORS[Object.keys(state.actorColor).length % LANE_COLORS.length];
    });
  }

  // laneActors are the actors of the events shown, people first, then by
  // how many of the events they are in.
  function laneActors() {
    var tl = state.timeline, count = {}, first = {}, byId = {};
    tl.events.forEach(function (e, i) {
      actorsOf(e).forEach(function (a) {
        count[a.id] = (count[a.id] || 0) + 1;
        if (first[a.id] === undefined) first[a.id] = i;
        byId[a.id] = a;
      });
    });
    var info = {};
    tl.actors.forEach(function (a) { info[a.id] = a; });
    var order = { person: 0, organisation: 1, country: 2, outlet: 3 };
    var list = Object.keys(byId).map(function (id) {
      var a = info[id] || byId[id];
      return { id: id, name: a.name, type: a.type || byId[id].type, roles: a.roles || [], n: count[id], first: first[id] };
    }).sort(function (a, b) {
      var ta = order[a.type] === undefined ? 9 : order[a.type], tb = order[b.type] === undefined ? 9 : order[b.type];
      return ta - tb || b.n - a.n || a.first - b.first || (a.name < b.name ? -1 : 1);
    });
    // Put partners next to each other: walk the contacts breadth first
    // from the busiest actor, closest partners first, so that the lines
    // joining an event's lanes stay short.
    var w = {};
    tl.events.forEach(function (e) {
      var as = actorsOf(e);
      for (var i = 0; i < as.length; i++) for (var j = 0; j < as.length; j++) {
        if (i === j) continue;
        var m = w[as[i].id] = w[as[i].id] || {};
        m[as[j].id] = (m[as[j].id] || 0) + 1;
      }
    });
    var rank = {}, out = [], seen = {};
    list.forEach(function (a, i) { rank[a.id] = i; });
    var byKey = {};
    list.forEach(function (a) { byKey[a.id] = a; });
    list.forEach(function (start) {
      if (seen[start.id]) return;
      var queue = [start.id];
      seen[start.id] = true;
      while (queue.length) {
        var id = queue.shift();
        out.push(byKey[id]);
        Object.keys(w[id] || {}).filter(function (k) { return !seen[k] && byKey[k]; }).sort(function (a, b) {
          return w[id][b] - w[id][a] || rank[a] - rank[b];
        }).forEach(function (k) { seen[k] = true; queue.push(k); });
      }
    });
    return out;
  }

  function renderStats() {
    var tl = state.timeline, s = $("stats");
    clear(s);
    append(s, [el("b", { text: tl.events.length }), " events · ", el("b", { text: tl.actors.length }), " actors · ",
      el("b", { text: tl.claims.length }), " claims · ", el("b", { text: tl.documents.length }), tl.documents.length === 1 ? " document" : " documents"]);
  }

  // ---- the timeline chart ----
  // ticks picks tick marks for [lo, hi] drawn w pixels wide: the finest
  // step (days, weeks, months, years) that leaves room for a label.
  function ticks(lo, hi, w) {
    var span = Math.max(hi - lo, DAY), perDay = w / (span / DAY), out = [];
    var steps = [[1, "d"], [2, "d"], [7, "w"], [14, "w"], [1, "m"], [2, "m"], [3, "m"], [6, "m"], [1, "y"], [2, "y"], [5, "y"], [10, "y"], [25, "y"], [50, "y"], [100, "y"]];
    var approx = { d: 1, w: 1, m: 30.4, y: 365.25 };
    var step = steps[steps.length - 1];
    for (var i = 0; i < steps.length; i++) {
      if (steps[i][0] * approx[steps[i][1]] * perDay >= 62) { step = steps[i]; break; }
    }
    var n = step[0], unit = step[1], s = new Date(lo), d;
    if (unit === "d" || unit === "w") {
      d = Date.UTC(s.getUTCFullYear(), s.getUTCMonth(), s.getUTCDate());
      if (unit === "w") { while (new Date(d).getUTCDay() !== 1) d += DAY; }
      for (; d <= hi; d += n * DAY) if (d >= lo) out.push({ ms: d, label: fmtDayShort(d), major: new Date(d).getUTCDate() === 1 });
    } else if (unit === "m") {
      var y = s.getUTCFullYear(), m = Math.ceil((s.getUTCMonth() + (s.getUTCDate() > 1 ? 1 : 0)) / n) * n;
      for (d = Date.UTC(y, m, 1); d <= hi; m += n, d = Date.UTC(y, m, 1)) {
        var dd = new Date(d);
        if (d >= lo) out.push({ ms: d, label: MONTHS[dd.getUTCMonth()] + (dd.getUTCMonth() === 0 || !out.length ? " " + dd.getUTCFullYear() : ""), major: dd.getUTCMonth() === 0 });
      }
    } else {
      for (var yy = Math.ceil(s.getUTCFullYear() / n) * n; Date.UTC(yy, 0, 1) <= hi; yy += n) {
        if (Date.UTC(yy, 0, 1) >= lo) out.push({ ms: Date.UTC(yy, 0, 1), label: String(yy), major: true });
      }
    }
    return out;
  }

  // timeScale maps dates to x between x0 and x1. Stretches without events
  // that are long next to the rest are cut out of the axis (drawn as a
  // break), so that events days apart stay apart even when months or years
  // separate them from others.
  function timeScale(spans, x0, x1) {
    var GAP = 26;
    var pad = 0, lo = Infinity, hi = -Infinity;
    spans.forEach(function (sp) { lo = Math.min(lo, sp[0]); hi = Math.max(hi, sp[1]); });
    pad = Math.min(Math.max((hi - lo) * 0.03, 2 * DAY), 30 * DAY);
    var segs = spans.map(function (sp) { return [sp[0] - pad, sp[1] + pad]; }).sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    segs.forEach(function (sg) {
      var last = merged[merged.length - 1];
      if (last && sg[0] <= last[1]) last[1] = Math.max(last[1], sg[1]);
      else merged.push([sg[0], sg[1]]);
    });
    // Join segments whose gap is short next to the whole: only long gaps break.
    var total = merged[merged.length - 1][1] - merged[0][0], joined = [merged[0]];
    for (var i = 1; i < merged.length; i++) {
      var prev = joined[joined.length - 1], gap = merged[i][0] - prev[1];
      if (gap < total * 0.12 || gap < 10 * DAY) prev[1] = merged[i][1];
      else joined.push(merged[i]);
    }
    var covered = 0;
    joined.forEach(function (sg) { covered += sg[1] - sg[0]; });
    var width = x1 - x0 - GAP * (joined.length - 1), at = x0;
    var parts = joined.map(function (sg) {
      var w = width * (sg[1] - sg[0]) / covered, p = { lo: sg[0], hi: sg[1], x0: at, x1: at + w };
      at += w + GAP;
      return p;
    });
    function x(ms) {
      for (var i = 0; i < parts.length; i++) {
        var p = parts[i];
        if (ms <= p.hi || i === parts.length - 1) {
          if (ms < p.lo) return i === 0 ? p.x0 : p.x0 - GAP / 2;
          return p.x0 + (ms - p.lo) / (p.hi - p.lo) * (p.x1 - p.x0);
        }
      }
      return x1;
    }
    return { x: x, parts: parts };
  }

  function renderChart() {
    var box = $("chart"), tl = state.timeline;
    clear(box);
    if (!tl.events.length) {
      box.appendChild(el("p", { class: "empty", text: hasFilter() ? "No events match the filters." : "The store holds no events yet. Load articles with `eventgraph load`." }));
      return;
    }
    var lanes = laneActors();
    var laneIndex = {};
    lanes.forEach(function (a, i) { laneIndex[a.id] = i; });
    var dated = tl.events.filter(function (e) { return e.begin && e.end; });
    var undated = tl.events.filter(function (e) { return !(e.begin && e.end); });

    var W = Math.max(720, box.clientWidth || 900);
    var left = 190, right = 24, top = 34, laneH = 44;
    // Undated events share columns when their lanes do not overlap.
    var undatedCol = packColumns(undated.map(function (e) { return laneRange(e, laneIndex); }));
    var undatedCols = undated.length ? Math.max.apply(null, undatedCol) + 1 : 0;
    var undatedW = undated.length ? Math.min(Math.max(90, undatedCols * 22 + 40), Math.round(W * 0.22)) : 0;
    var undatedStep = undatedCols > 1 ? Math.min(22, (undatedW - 40) / (undatedCols - 1)) : 0;
    var plotR = W - right - undatedW - (undated.length ? 16 : 0);
    var H = top + lanes.length * laneH + 14;

    var spans = dated.map(function (e) { return [t(e.begin), t(e.end)]; });
    if (!spans.length) spans = [[Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)]];
    var scale = timeScale(spans, left, plotR), x = scale.x;
    function laneY(i) { return top + i * laneH + laneH / 2; }

    var root = svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "Timeline of " + tl.events.length + " events" });
    root.appendChild(defs());

    // lanes
    var gl = svg("g", { class: "lanes" });
    lanes.forEach(function (a, i) {
      gl.appendChild(svg("rect", { class: "lane-bg", x: 0, y: top + i * laneH, width: W, height: laneH }));
      var role = a.roles && a.roles[0] ? a.roles[0].title + (a.roles[0].of ? ", " + a.roles[0].of.name : "") : (a.type || "");
      gl.appendChild(svg("rect", { x: 10, y: laneY(i) - 11, width: 4, height: 22, rx: 2, fill: state.actorColor[a.id] }));
      gl.appendChild(svg("text", { class: "lane-name", x: 22, y: laneY(i) - 2, text: truncate(a.name, 24) }, svg("title", { text: a.name })));
      gl.appendChild(svg("text", { class: "lane-role", x: 22, y: laneY(i) + 12, text: truncate(role, 28) }));
    });
    root.appendChild(gl);

    // axis
    var ga = svg("g", { class: "axis" });
    scale.parts.forEach(function (p, i) {
      ga.appendChild(svg("line", { class: "axis-line", x1: p.x0, x2: p.x1, y1: top, y2: top }));
      ticks(p.lo, p.hi, p.x1 - p.x0).forEach(function (tk) {
        var xx = x(tk.ms);
        if (xx < p.x0 + 2 || xx > p.x1 - 2) return;
        var g = svg("g", { class: "tick" + (tk.major ? " major" : "") });
        g.appendChild(svg("line", { x1: xx, x2: xx, y1: top - 5, y2: H - 10 }));
        g.appendChild(svg("text", { x: xx, y: top - 10, "text-anchor": "middle", text: tk.label }));
        ga.appendChild(g);
      });
      if (i > 0) {
        var bx = p.x0 - 13, prev = scale.parts[i - 1];
        var skipped = Math.round((p.lo - prev.hi) / DAY);
        var brk = svg("g", { class: "break" }, svg("title", { text: "axis cut: " + skipped + " days without events" }));
        brk.appendChild(svg("rect", { class: "break-bg", x: bx - 9, y: top, width: 18, height: H - top - 10 }));
        brk.appendChild(svg("path", { class: "break-mark", d: "M" + (bx - 7) + " " + (top + 6) + "l6 -12M" + (bx + 1) + " " + (top + 6) + "l6 -12" }));
        ga.appendChild(brk);
      }
    });
    if (undated.length) {
      var ux = plotR + 16;
      ga.appendChild(svg("rect", { class: "undated-bg", x: ux, y: top, width: undatedW, height: H - top - 10, rx: 6 }));
      ga.appendChild(svg("text", { class: "undated-label", x: ux + undatedW / 2, y: top - 10, "text-anchor": "middle", text: "no date" }));
    }
    root.appendChild(ga);

    // events
    var ge = svg("g", { class: "events" });
    var undatedSlot = 0, placed = [];
    tl.events.forEach(function (e) {
      var k = kindOf(e), st = statusOf(e), color = k.color;
      var rows = actorsOf(e).map(function (a) { return laneIndex[a.id]; }).filter(function (i) { return i !== undefined; }).sort(function (a, b) { return a - b; });
      if (!rows.length) return;
      var x0, x1, span = false;
      if (e.begin && e.end) {
        x0 = x(t(e.begin));
        x1 = x(t(e.end));
        span = isSpan(e) && x1 - x0 >= 6;
        if (!span) { x0 = x1 = x0 + (isSpan(e) ? (x1 - x0) / 2 : 0); }
      } else {
        x0 = x1 = plotR + 16 + 20 + undatedCol[undatedSlot] * undatedStep;
        undatedSlot++;
      }
      // A dot that would cover another in one of its lanes moves right.
      var cx = x0;
      if (!span && e.begin) {
        var lr = [rows[0], rows[rows.length - 1]];
        for (var tries = 0; tries < 12 && placed.some(function (p) { return Math.abs(p.x - cx) < 11 && p.a <= lr[1] && lr[0] <= p.b; }); tries++) cx += 9;
        placed.push({ x: cx, a: lr[0], b: lr[1] });
      }
      var g = svg("g", { class: "event " + st + (state.selected === e.id ? " selected" : ""), "data-id": e.id, "data-status": st, "data-kind": e.type || "", tabindex: 0, role: "button",
        "aria-label": (e.label || e.type || "event") + ", " + describeDate(e) + ", " + STATUSES[st] });
      g.appendChild(svg("title", { text: (e.label || "") + "\n" + describeDate(e) + " · " + STATUSES[st] + (e.place ? " · " + e.place.name : "") }));
      var yTop = laneY(rows[0]), yBot = laneY(rows[rows.length - 1]);
      var lx = span ? x0 + 6 : cx;
      if (rows.length > 1) {
        g.appendChild(svg("line", { class: "link", x1: lx, x2: lx, y1: yTop, y2: yBot, stroke: color, "stroke-dasharray": st === "happened" ? null : "4 3", opacity: st === "cancelled" ? 0.5 : 0.9 }));
      }
      rows.forEach(function (ri) {
        var y = laneY(ri);
        if (span) {
          var w = Math.max(x1 - x0, 8);
          g.appendChild(svg("rect", { class: "halo", x: x0 - 3, y: y - 10, width: w + 6, height: 20, rx: 8 }));
          g.appendChild(svg("rect", markAttrs(st, color, { class: "mark", x: x0, y: y - 7, width: w, height: 14, rx: 7 })));
          if (st === "cancelled") g.appendChild(svg("line", { class: "strike", x1: x0 - 2, x2: x0 + w + 2, y1: y, y2: y, stroke: "#b42318" }));
        } else {
          g.appendChild(svg("circle", { class: "halo", cx: cx, cy: y, r: 11 }));
          g.appendChild(svg("circle", markAttrs(st, color, { class: "mark", cx: cx, cy: y, r: 7 })));
          if (st === "cancelled") g.appendChild(svg("line", { class: "strike", x1: cx - 9, x2: cx + 9, y1: y + 9, y2: y - 9, stroke: "#b42318" }));
        }
      });
      g.addEventListener("click", function () { select(e.id); });
      g.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(e.id); } });
      ge.appendChild(g);
    });
    root.appendChild(ge);
    box.appendChild(root);
  }

  function laneRange(e, laneIndex) {
    var rows = actorsOf(e).map(function (a) { return laneIndex[a.id]; }).filter(function (i) { return i !== undefined; });
    return rows.length ? [Math.min.apply(null, rows), Math.max.apply(null, rows)] : [0, 0];
  }

  // packColumns gives each lane range the first column where it overlaps
  // no other.
  function packColumns(ranges) {
    var cols = [];
    return ranges.map(function (r) {
      for (var c = 0; ; c++) {
        cols[c] = cols[c] || [];
        if (!cols[c].some(function (o) { return o[0] <= r[1] && r[0] <= o[1]; })) { cols[c].push(r); return c; }
      }
    });
  }

  function defs() {
    var d = svg("defs");
    Object.keys(KINDS).concat(["other"]).forEach(function (k) {
      var c = (KINDS[k] || OTHER_KIND).color;
      d.appendChild(svg("pattern", { id: "hatch-" + k, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
        svg("rect", { width: 6, height: 6, fill: "#fff" }),
        svg("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: c, "stroke-width": 2.2, opacity: 0.55 })));
    });
    return d;
  }

  // markAttrs draws a status: what happened is solid; what is planned or
  // proposed is hollow with a dashed or dotted outline; postponed is
  // hatched and dashed; cancelled is hollow, faded and struck through.
  function markAttrs(st, color, a) {
    var kind = null;
    Object.keys(KINDS).forEach(function (k) { if (KINDS[k].color === color) kind = k; });
    a.stroke = color;
    switch (st) {
      case "planned": a.fill = "#fff"; a["stroke-dasharray"] = "3 2"; break;
      case "proposed": a.fill = "#fff"; a["stroke-dasharray"] = "1 2.5"; break;
      case "postponed": a.fill = "url(#hatch-" + (kind || "other") + ")"; a["stroke-dasharray"] = "3 2"; break;
      case "cancelled": a.fill = "#fff"; a.opacity = 0.6; break;
      default: a.fill = color;
    }
    return a;
  }

  function renderLegend() {
    var lg = $("legend");
    clear(lg);
    var kinds = el("div", { class: "group" }, el("b", { text: "Kind" }));
    Object.keys(KINDS).forEach(function (k) {
      kinds.appendChild(el("span", { class: "item" }, swatch("happened", KINDS[k].color, false), KINDS[k].label));
    });
    var sts = el("div", { class: "group" }, el("b", { text: "Status" }));
    ["happened", "planned", "postponed", "cancelled", "proposed"].forEach(function (s) {
      sts.appendChild(el("span", { class: "item" }, swatch(s, "#3b4cca", false), STATUSES[s]));
    });
    var gran = el("div", { class: "group" }, el("b", { text: "Date" }),
      el("span", { class: "item" }, swatch("happened", "#667085", false), "a day"),
      el("span", { class: "item" }, swatch("happened", "#667085", true), "a week, month or longer: its span"),
      document.querySelector("#chart .break") ? el("span", { class: "item" }, breakSwatch(), "a stretch without events, cut out") : null);
    append(lg, [kinds, sts, gran]);
  }

  function swatch(st, color, bar) {
    var s = svg("svg", { width: bar ? 34 : 20, height: 20, "aria-hidden": "true" });
    s.appendChild(defs());
    if (bar) s.appendChild(svg("rect", markAttrs(st, color, { x: 3, y: 4, width: 28, height: 12, rx: 6, "stroke-width": 2 })));
    else s.appendChild(svg("circle", markAttrs(st, color, { cx: 10, cy: 10, r: 6, "stroke-width": 2 })));
    if (st === "cancelled") s.appendChild(svg("line", { x1: 3, x2: 17, y1: 17, y2: 3, stroke: "#b42318", "stroke-width": 2, "stroke-linecap": "round" }));
    return s;
  }

  function breakSwatch() {
    var s = svg("svg", { width: 20, height: 20, "aria-hidden": "true" });
    s.appendChild(svg("rect", { x: 5, y: 0, width: 10, height: 20, fill: "#eef0f5" }));
    s.appendChild(svg("path", { d: "M3 15l6 -10M10 15l6 -10", stroke: "#98a2b3", "stroke-width": 1.5, fill: "none" }));
    return s;
  }

  function renderTable() {
    var tb = document.querySelector("#events tbody"), tl = state.timeline;
    clear(tb);
    $("table-hint").textContent = tl.events.length ? "In date order; undated last." : "";
    tl.events.forEach(function (e) {
      var st = statusOf(e);
      var tr = el("tr", { "data-id": e.id, class: state.selected === e.id ? "selected" : null, tabindex: 0 },
        el("td", { class: "date" }, e.begin ? describeDate(e) : "no date", e.date_text ? el("span", { class: "dt", text: "“" + e.date_text + "”" }) : null),
        el("td", null, e.label || e.id),
        el("td", null, el("span", { class: "badge " + st, text: STATUSES[st] })),
        el("td", null, (e.participants || []).map(function (p) { return p.name; }).join(", ")),
        el("td", null, e.place ? e.place.name : "—"));
      tr.addEventListener("click", function () { select(e.id); });
      tr.addEventListener("keydown", function (ev) { if (ev.key === "Enter") select(e.id); });
      tb.appendChild(tr);
    });
  }

  function select(id) {
    state.selected = id;
    document.querySelectorAll("#chart .event").forEach(function (g) {
      g.classList.toggle("selected", g.getAttribute("data-id") === id);
    });
    document.querySelectorAll("#events tbody tr").forEach(function (tr) {
      tr.classList.toggle("selected", tr.getAttribute("data-id") === id);
    });
    renderDetails();
  }

  function chip(a) {
    return el("span", { class: "chip" }, el("i", { "data-color": state.actorColor[a.id] || "#98a2b3" }), a.name);
  }
  function paintChips(root) {
    root.querySelectorAll(".chip i").forEach(function (i) { i.style.background = i.getAttribute("data-color"); });
  }

  function renderDetails() {
    var box = $("details"), tl = state.timeline;
    var e = state.selected && tl.events.filter(function (x) { return x.id === state.selected; })[0];
    clear(box);
    if (!e) {
      box.appendChild(el("p", { class: "empty", text: "Select an event in the timeline or the table to see who took part, where, what was claimed about it and the sentences it was read from." }));
      return;
    }
    var st = statusOf(e), k = kindOf(e);
    var docs = {};
    tl.documents.forEach(function (d) { docs[d.id] = d; });
    var claims = {};
    tl.claims.forEach(function (c) { claims[c.id] = c; });

    box.appendChild(el("h3", { text: e.label || e.id }));
    box.appendChild(el("div", { class: "badges" },
      el("span", { class: "badge kind", text: k.label }),
      el("span", { class: "badge " + st, text: STATUSES[st] }),
      e.granularity ? el("span", { class: "badge gran", text: "by " + e.granularity }) : null,
      e.cameo ? el("span", { class: "badge gran", title: "CAMEO event code", text: "CAMEO " + e.cameo }) : null,
      e.confidence != null ? el("span", { class: "badge gran", title: "found by the extractor's learned last stage, not by a rule: the model's score", text: "learned " + e.confidence.toFixed(2) }) : null));
    var dl = el("dl", null,
      el("dt", { text: "When" }), el("dd", null, describeDate(e), e.date_text ? el("div", { class: "hint", text: "written “" + e.date_text + "”" + (e.date ? " · " + e.date : "") }) : null),
      el("dt", { text: "Where" }), el("dd", { text: e.place ? e.place.name : "not stated" }),
      el("dt", { text: "Who" }), el("dd", null, (e.participants || []).map(chip)));
    if (e.hosts && e.hosts.length) append(dl, [el("dt", { text: "Host" }), el("dd", null, e.hosts.map(chip))]);
    box.appendChild(dl);

    var cl = (e.claims || []).map(function (id) { return claims[id]; }).filter(Boolean);
    if (cl.length) {
      box.appendChild(el("h4", { text: "Claims about it" }));
      cl.forEach(function (c) {
        var who = c.claimant ? c.claimant.name : "unattributed";
        var via = (c.reported_by || []).filter(function (r) { return !c.claimant || r.id !== c.claimant.id; }).map(function (r) { return r.name; });
        box.appendChild(el("div", { class: "claim" },
          el("q", { text: c.text || "" }),
          el("span", { class: "who", text: "— " + who + (c.channel ? ", " + c.channel : "") + (via.length ? "; reported by " + via.join(", ") : "") + (c.date ? " · " + c.date : "") })));
      });
    }
    if (e.evidence && e.evidence.length) {
      box.appendChild(el("h4", { text: "Evidence" }));
      e.evidence.forEach(function (ev) {
        var d = docs[ev.document];
        box.appendChild(el("blockquote", { class: "evidence" }, ev.text || "(no text)",
          el("cite", { text: (d && d.title ? d.title : ev.document) + (d && d.published ? " · " + d.published : "") + " · sentence " + (ev.sentence + 1) })));
      });
    }
    if (e.documents && e.documents.length) {
      box.appendChild(el("h4", { text: "Source" }));
      e.documents.forEach(function (id) {
        var d = docs[id];
        box.appendChild(el("div", null, d && d.url ? el("a", { href: d.url, rel: "noopener noreferrer", target: "_blank", text: d.title || id }) : (d && d.title) || id,
          d && d.publisher ? el("span", { class: "hint", text: " · " + d.publisher.name }) : null));
      });
    }
    box.appendChild(el("div", { class: "iri", text: e.id }));
    paintChips(box);
  }

  function truncate(s, n) { s = String(s || ""); return s.length > n ? s.slice(0, n - 1) + "…" : s; }

  // ---- who met whom ----
  function loadPairs() {
    var box = $("matrix");
    clear(box);
    box.appendChild(el("p", { class: "hint", text: "Loading…" }));
    return api("api/queries/who-met-whom" + qs(filterParams())).then(function (r) {
      clear(box);
      if (!r.ok) { box.appendChild(el("p", { class: "msg error", text: r.data.error || r.statusText })); return; }
      state.pairs = r.data.result || [];
      renderMatrix();
    });
  }

  function renderMatrix() {
    var box = $("matrix"), rows = state.pairs;
    clear(box);
    if (!rows.length) { box.appendChild(el("p", { class: "empty", text: "No contacts between actors match the filters." })); return; }
    var actors = {}, count = {};
    rows.forEach(function (p) {
      [p.a, p.b].forEach(function (a) { actors[a.id] = a; count[a.id] = (count[a.id] || 0) + 1; });
    });
    var list = Object.keys(actors).map(function (id) { return actors[id]; }).sort(function (a, b) { return count[b.id] - count[a.id] || (a.name < b.name ? -1 : 1); });
    var idx = {};
    list.forEach(function (a, i) { idx[a.id] = i; });
    var cells = {};
    rows.forEach(function (p) {
      var i = idx[p.a.id], j = idx[p.b.id];
      [[i, j], [j, i]].forEach(function (ij) {
        var k = ij[0] + "," + ij[1];
        (cells[k] = cells[k] || []).push(p);
      });
    });
    var max = 1;
    Object.keys(cells).forEach(function (k) { max = Math.max(max, cells[k].length); });
    var cs = 44, left = 170, top = 130, n = list.length;
    var W = left + n * cs + 120, H = top + n * cs + 20;
    var root = svg("svg", { width: W, height: H, role: "img", "aria-label": "Who met whom: " + rows.length + " contacts between " + n + " actors" });
    list.forEach(function (a, i) {
      root.appendChild(svg("text", { class: "rowname", x: left - 10, y: top + i * cs + cs / 2 + 4, "text-anchor": "end", text: truncate(a.name, 22) }));
      root.appendChild(svg("text", { class: "colname", transform: "translate(" + (left + i * cs + cs / 2 + 4) + "," + (top - 10) + ") rotate(-45)", text: truncate(a.name, 20) }));
    });
    for (var i = 0; i < n; i++) {
      for (var j = 0; j < n; j++) {
        var x = left + j * cs, y = top + i * cs;
        if (i === j) { root.appendChild(svg("rect", { class: "diag", x: x + 1, y: y + 1, width: cs - 2, height: cs - 2, rx: 4 })); continue; }
        var c = cells[i + "," + j] || [];
        var g = svg("g", { class: "cell" + (c.length ? "" : " empty"), "data-a": list[i].id, "data-b": list[j].id });
        if (c.length) {
          var happened = c.filter(function (p) { return p.status === "happened" || !p.status; }).length;
          var shade = 0.25 + 0.75 * c.length / max;
          g.setAttribute("tabindex", "0");
          g.setAttribute("role", "button");
          g.appendChild(svg("title", { text: list[i].name + " – " + list[j].name + ": " + c.length + " contact" + (c.length > 1 ? "s" : "") + (happened < c.length ? " (" + (c.length - happened) + " not (yet) held)" : "") }));
          g.appendChild(svg("rect", { x: x, y: y, width: cs, height: cs, rx: 5, fill: happened ? "rgba(59,76,202," + shade.toFixed(2) + ")" : "#fff", stroke: happened ? null : "#3b4cca", "stroke-dasharray": happened ? null : "4 3" }));
          g.appendChild(svg("text", { x: x + cs / 2, y: y + cs / 2 + 4, "text-anchor": "middle", fill: happened && shade > 0.55 ? "#fff" : "#1d2433", text: c.length }));
          (function (a, b, list) {
            g.addEventListener("click", function () { selectPair(a, b, list); });
            g.addEventListener("keydown", function (ev) { if (ev.key === "Enter") selectPair(a, b, list); });
          })(list[i], list[j], c);
        } else {
          g.appendChild(svg("rect", { x: x, y: y, width: cs, height: cs, rx: 5 }));
        }
        root.appendChild(g);
      }
    }
    box.appendChild(root);
  }

  function selectPair(a, b, contacts) {
    document.querySelectorAll("#matrix .cell").forEach(function (g) {
      g.classList.toggle("selected", g.getAttribute("data-a") === a.id && g.getAttribute("data-b") === b.id);
    });
    var box = $("pair");
    clear(box);
    box.appendChild(el("h3", { text: a.name + " and " + b.name }));
    var ul = el("ul", { class: "contacts" });
    contacts.forEach(function (p) {
      var st = p.status && STATUSES[p.status] ? p.status : "happened";
      var btn = el("button", { type: "button", text: p.label || p.event });
      btn.addEventListener("click", function () { showTab("timeline"); select(p.event); });
      ul.appendChild(el("li", null, btn, el("div", { class: "hint" }, (p.date || "no date") + (p.date_text ? " (“" + p.date_text + "”)" : "") + (p.place ? " · " + p.place.name : "") + " "),
        el("span", { class: "badge " + st, text: STATUSES[st] })));
    });
    box.appendChild(ul);
  }

  // ---- console ----
  function loadQueries() {
    return api("api/queries").then(function (r) {
      if (!r.ok) return;
      state.queries = r.data.result || [];
      var sel = $("q-name");
      clear(sel);
      state.queries.forEach(function (q) { sel.appendChild(el("option", { value: q.name, text: q.name })); });
      if (state.queries.some(function (q) { return q.name === "who-met-whom"; })) sel.value = "who-met-whom";
      showQuery();
    });
  }
  function currentQuery() {
    var name = $("q-name").value;
    return state.queries.filter(function (q) { return q.name === name; })[0];
  }
  // suggest fills a parameter: from the filters, else an example from
  // the data, so that every stored query runs as it comes.
  function suggest(p) {
    var tl = state.timeline;
    if (p.name === "actor") {
      if (state.filter.actor) return nameOf(state.filter.actor);
      if (!p.required) return "";
      var top = tl ? laneActors()[0] : null;
      return top ? top.name : "";
    }
    if (p.name === "from" || p.name === "to") {
      if (state.filter[p.name]) return state.filter[p.name];
      if (!p.required || !tl) return "";
      var ds = tl.events.filter(function (e) { return e.begin; }).map(function (e) { return e.begin.slice(0, 10); }).sort();
      return ds.length ? (p.name === "from" ? ds[0] : ds[ds.length - 1]) : "";
    }
    return "";
  }
  function nameOf(id) {
    var a = state.actors.filter(function (x) { return x.id === id; })[0];
    return a ? a.name : id;
  }
  function showQuery() {
    var q = currentQuery(), box = $("q-params");
    clear(box);
    if (!q) return;
    $("q-desc").textContent = q.description;
    $("q-src").textContent = q.script;
    q.params.forEach(function (p) {
      box.appendChild(el("label", null,
        el("span", null, p.name, p.required ? el("span", { class: "req", text: " *" }) : " (optional)"),
        el("input", { name: p.name, value: suggest(p), required: p.required || null, placeholder: p.required ? "required" : "optional", "aria-describedby": "pdoc-" + p.name }),
        el("span", { class: "pdoc", id: "pdoc-" + p.name, text: p.doc })));
    });
  }
  function showResult(r, curl) {
    var out = $("q-out"), st = $("q-status");
    $("q-curl").textContent = curl || "";
    clear(out);
    if (!r.ok) {
      out.className = "json error";
      out.textContent = (r.data && r.data.error) || r.statusText;
      st.className = "status error";
      st.textContent = r.status + " " + (r.statusText || "") + " · " + r.ms + " ms";
      return;
    }
    out.className = "json";
    highlight(out, JSON.stringify(r.data, null, 2));
    var n = r.data && r.data.result ? r.data.result.length : 0;
    st.className = "status ok";
    st.textContent = r.status + " OK · " + n + (n === 1 ? " row" : " rows") + " · " + r.ms + " ms";
  }
  // highlight puts JSON text into pre as text nodes in coloured spans.
  function highlight(pre, text) {
    var re = /("(?:\\.|[^"\\])*")(\s*:)?|\b(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\b|\b(true|false|null)\b/g, last = 0, m;
    while ((m = re.exec(text)) !== null) {
      if (m.index > last) pre.appendChild(document.createTextNode(text.slice(last, m.index)));
      var cls = m[1] ? (m[2] ? "k" : "s") : m[3] ? "n" : "l";
      pre.appendChild(el("span", { class: cls, text: m[1] || m[3] || m[4] }));
      if (m[2]) pre.appendChild(document.createTextNode(m[2]));
      last = re.lastIndex;
    }
    if (last < text.length) pre.appendChild(document.createTextNode(text.slice(last)));
  }
  function origin() { return location.origin + location.pathname.replace(/[^\/]*$/, ""); }
  function shq(s) { return "'" + String(s).replace(/'/g, "'\\''") + "'"; }
  function runStored(ev) {
    ev.preventDefault();
    var q = currentQuery();
    if (!q) return;
    var params = {};
    $("q-params").querySelectorAll("input").forEach(function (i) { if (i.value.trim() !== "") params[i.name] = i.value.trim(); });
    var path = "api/queries/" + encodeURIComponent(q.name) + qs(params);
    $("q-status").textContent = "running…";
    api(path).then(function (r) { showResult(r, "curl -s " + shq(origin() + path)); });
  }
  function runScript(ev) {
    ev.preventDefault();
    var prelude = $("s-prelude").checked;
    var path = "api/v2/query?lang=gizmo" + (prelude ? "&prelude=true" : "");
    var body = $("s-script").value;
    $("q-status").textContent = "running…";
    api(path, { method: "POST", body: body, headers: { "Content-Type": "text/plain" } }).then(function (r) {
      showResult(r, "curl -s -X POST " + shq(origin() + path) + " --data-binary @script.js");
    });
  }

  // ---- tabs and filters ----
  function showTab(name) {
    state.view = name;
    ["timeline", "matrix", "console"].forEach(function (v) {
      $("view-" + v).hidden = v !== name;
      $("tab-" + v).setAttribute("aria-selected", v === name ? "true" : "false");
    });
    $("filters").hidden = name === "console";
    if (name === "matrix" && !state.pairs) loadPairs();
    if (name === "timeline" && state.timeline) renderChart();
  }

  function applyFilters(ev) {
    if (ev) ev.preventDefault();
    var from = $("f-from").value.trim(), to = $("f-to").value.trim();
    var ok = /^(\d{4}(-\d{2}(-\d{2})?)?)?$/;
    if (!ok.test(from) || !ok.test(to)) { setMsg("Dates are ISO: 2025, 2025-10 or 2025-10-20", true); return; }
    state.filter = { actor: $("f-actor").value, from: from, to: to };
    state.pairs = null;
    var u = new URL(location.href);
    ["actor", "from", "to"].forEach(function (k) { if (state.filter[k]) u.searchParams.set(k, state.filter[k]); else u.searchParams.delete(k); });
    history.replaceState(null, "", u);
    loadTimeline().then(function () { if (state.view === "matrix") loadPairs(); });
  }

  function init() {
    var u = new URL(location.href);
    state.filter = { actor: u.searchParams.get("actor") || "", from: u.searchParams.get("from") || "", to: u.searchParams.get("to") || "" };
    $("f-from").value = state.filter.from;
    $("f-to").value = state.filter.to;
    $("filters").addEventListener("submit", applyFilters);
    $("f-actor").addEventListener("change", applyFilters);
    $("f-reset").addEventListener("click", function () {
      $("f-actor").value = ""; $("f-from").value = ""; $("f-to").value = "";
      applyFilters();
    });
    ["timeline", "matrix", "console"].forEach(function (v) {
      $("tab-" + v).addEventListener("click", function () { showTab(v); });
    });
    $("q-name").addEventListener("change", showQuery);
    $("q-form").addEventListener("submit", runStored);
    $("q-edit").addEventListener("click", function () {
      var q = currentQuery();
      if (!q) return;
      var params = {};
      $("q-params").querySelectorAll("input").forEach(function (i) { if (i.value.trim() !== "") params[i.name] = i.value.trim(); });
      $("s-script").value = "var P = " + JSON.stringify(params) + ";\n" + q.script;
      $("s-prelude").checked = true;
      $("s-script").focus();
    });
    $("s-form").addEventListener("submit", runScript);
    var resize;
    window.addEventListener("resize", function () {
      clearTimeout(resize);
      resize = setTimeout(function () { if (state.timeline && state.view === "timeline") renderChart(); }, 150);
    });
    defaultWindow().then(function (w) {
      if (!w) return Promise.all([loadActors(), loadTimeline()]);
      state.filter.from = w.from; state.filter.to = w.to;
      $("f-from").value = w.from; $("f-to").value = w.to;
      state.note = "the latest months with events, as the store is large (" + w.quads.toLocaleString("en") +
        " quads); Reset shows everything, which takes longer";
      return loadTimeline().then(function () { if (state.timeline) actorsInView(); });
    }).then(loadQueries);
  }

  init();
})();
