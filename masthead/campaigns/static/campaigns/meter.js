// Keep the membership meter current on pages served from a cache: the page
// carries the number it was rendered with; this asks for the live one.
(function () {
    "use strict";
    var meter = document.querySelector("[data-meter]");
    if (!meter || !window.fetch) {
        return;
    }
    fetch(meter.getAttribute("data-meter-url"), { credentials: "omit" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
            if (!data || data.campaign_id === null) {
                return;
            }
            var count = meter.querySelector("[data-meter-count]");
            var bar = meter.querySelector("[data-meter-bar]");
            count.textContent = data.count.toLocaleString(document.documentElement.lang || "en");
            bar.value = data.count;
            bar.max = data.goal;
            bar.textContent = data.percent + "%";
        })
        .catch(function () { /* keep the server-rendered number */ });
})();
