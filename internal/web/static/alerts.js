// sitrep UI: the Alerts badge counts the alerts raised after the last one
// this browser saw (its id kept in localStorage), live from the server's
// event stream; on /alerts new alerts are put at the top of the list, and
// what the list shows counts as seen. Alert text comes from documents, so
// it only ever goes into the page as text.
(function () {
  "use strict";
  var nav = document.getElementById("nav-alerts");
  var badge = document.getElementById("alert-badge");
  if (!nav || !badge || !window.EventSource) return; // no alert log, or an old browser
  var KEY = "sitrep.alerts.seen";
  // Past this many unseen alerts the badge says "99+" instead of
  // streaming the whole backlog to count it.
  var CAP = 99;
  var list = document.getElementById("alert-list");
  var latest = parseInt(nav.getAttribute("data-latest"), 10) || 0;

  function getSeen() {
    try { return parseInt(localStorage.getItem(KEY), 10) || 0; } catch (e) { return 0; }
  }
  function setSeen(id) {
    try { localStorage.setItem(KEY, String(id)); } catch (e) { /* storage off: count from 0 */ }
  }

  var seen = getSeen();
  // A newer store (or one replaced) has fewer alerts than were seen.
  if (seen > latest || (list && latest > seen)) {
    seen = latest;
    setSeen(seen);
  }
  var start = Math.max(seen, latest - CAP);
  var got = {}; // ids received, so that a reconnect counts nothing twice

  function show() {
    var s = getSeen(), n = 0;
    for (var id in got) if (+id > s) n++;
    var more = s < start; // alerts before the stream's start were not fetched
    if (list || (n === 0 && !more)) {
      badge.hidden = true;
      badge.textContent = "";
      nav.removeAttribute("aria-label");
      return;
    }
    var text = more || n > CAP ? CAP + "+" : String(n);
    badge.textContent = text;
    badge.hidden = false;
    nav.setAttribute("aria-label", "Alerts, " + text + " new");
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // item mirrors the server's alertItem template.
  function item(a) {
    var li = el("li", "alert");
    li.id = "alert-" + a.id;
    li.setAttribute("data-id", String(a.id));
    var head = el("p", "alert-head");
    head.appendChild(el("span", "kind", a.kind));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(el("strong", "alert-title", a.title));
    li.appendChild(head);
    if (a.detail) li.appendChild(el("p", "alert-detail", a.detail));
    if (a.quote) li.appendChild(el("blockquote", "alert-quote", a.quote));
    var meta = el("p", "alert-meta");
    var src = a.source || {};
    meta.appendChild(el("span", "alert-source", (src.name || "") + (src.title ? " (" + src.title + ")" : "")));
    if (a.doc) {
      meta.appendChild(document.createTextNode(" · "));
      var d = el("a", "alert-doc", "in its document");
      d.href = "/docs/" + encodeURIComponent(a.doc) + (a.claim ? "#claim-" + encodeURIComponent(a.claim) : "");
      meta.appendChild(d);
    }
    if (a.link) {
      meta.appendChild(document.createTextNode(" · "));
      if (/^https?:\/\//i.test(a.link)) {
        var l = el("a", "alert-link", "source");
        l.href = a.link;
        l.rel = "noopener noreferrer";
        meta.appendChild(l);
      } else {
        meta.appendChild(el("small", "alert-link", a.link));
      }
    }
    meta.appendChild(document.createTextNode(" · "));
    var raised = String(a.raised || "").replace("T", " ").slice(0, 16);
    meta.appendChild(el("small", "", raised + " UTC · rule " + a.rule));
    li.appendChild(meta);
    return li;
  }

  var es = new EventSource("/api/v1/alerts/stream?after=" + start);
  es.addEventListener("alert", function (ev) {
    var a;
    try { a = JSON.parse(ev.data); } catch (e) { return; }
    if (!a || typeof a.id !== "number" || got[a.id]) return;
    got[a.id] = true;
    if (list && !document.getElementById("alert-" + a.id)) {
      list.insertBefore(item(a), list.firstChild);
      var empty = document.getElementById("alerts-empty");
      if (empty) empty.remove();
      if (a.id > getSeen()) setSeen(a.id);
    }
    show();
  });
  // Another tab may have shown the alerts.
  window.addEventListener("storage", function (ev) { if (ev.key === KEY) show(); });
  show();
})();
