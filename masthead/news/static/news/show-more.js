// "Show more": fetch the next page of the list and append its stories in place.
// Without JavaScript the same link simply opens the next page.
(function () {
    "use strict";

    function showMore(event) {
        var link = event.target.closest("[data-show-more]");
        if (!link) {
            return;
        }
        var list = document.querySelector("[data-story-list]");
        if (!list || !window.fetch || !window.DOMParser) {
            return;
        }
        event.preventDefault();
        if (link.getAttribute("aria-busy") === "true") {
            return;
        }
        link.setAttribute("aria-busy", "true");
        fetch(link.href, { headers: { Accept: "text/html" }, credentials: "same-origin" })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("HTTP " + response.status);
                }
                return response.text();
            })
            .then(function (html) {
                var doc = new DOMParser().parseFromString(html, "text/html");
                var items = doc.querySelectorAll("[data-story-list] > li");
                var first = null;
                items.forEach(function (item) {
                    var node = document.importNode(item, true);
                    list.appendChild(node);
                    first = first || node;
                });
                var wrap = link.parentNode;
                var next = doc.querySelector("[data-show-more]");
                var end = doc.querySelector(".list-end");
                if (next) {
                    link.href = new URL(next.getAttribute("href"), link.href).href;
                    link.removeAttribute("aria-busy");
                } else {
                    wrap.replaceWith(end ? document.importNode(end, true) : document.createElement("p"));
                }
                // Move focus to the first new story so keyboard and screen-reader
                // users continue where the new content starts.
                var target = first && first.querySelector("h2 a");
                if (target) {
                    target.focus();
                }
            })
            .catch(function () {
                // Fall back to a plain navigation to the next page.
                window.location.href = link.href;
            });
    }

    document.addEventListener("click", showMore);
})();
