// sitrep UI: a tooltip for chart points (their quote, also on touch and
// keyboard focus) and bringing a linked claim into view. Nothing else:
// every page works without this script.
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  function show(el, x, y) {
    var text = el.getAttribute("data-tip");
    if (!tip || !text) return;
    tip.textContent = text;
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.max(4, Math.min(x + 12, window.innerWidth - w - 4)) + "px";
    tip.style.top = Math.max(4, y - h - 12) + "px";
  }
  function hide() { if (tip) tip.hidden = true; }
  document.querySelectorAll("a.pt").forEach(function (el) {
    el.addEventListener("mousemove", function (e) { show(el, e.clientX, e.clientY); });
    el.addEventListener("mouseleave", hide);
    el.addEventListener("focus", function () {
      var r = el.getBoundingClientRect();
      show(el, r.left, r.top);
    });
    el.addEventListener("blur", hide);
    var t = el.querySelector("title");
    if (t) t.remove(); // the custom tooltip replaces the native one
  });
  if (location.hash.indexOf("#claim-") === 0) {
    var target = document.getElementById(location.hash.slice(1));
    if (target) target.scrollIntoView({ block: "center" });
  }
})();
