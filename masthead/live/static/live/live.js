// Keep a live page current: poll its cacheable entries endpoint, insert new
// entries, replace edited ones, remove deleted ones. A reader who has
// scrolled into the entries is not moved: new ones wait behind a notice.
// Without this script the page reloads itself (<noscript> refresh).
(function () {
    "use strict";
    var feed = document.querySelector("[data-live-endpoint]");
    if (!feed || !window.fetch || !("content" in document.createElement("template"))) {
        return;
    }
    var endpoint = feed.getAttribute("data-live-endpoint");
    var interval = (parseFloat(feed.getAttribute("data-live-interval")) || 5) * 1000;
    var credentials = feed.getAttribute("data-live-credentials") || "omit";
    var list = feed.querySelector("[data-live-entries]");
    var pinnedBox = feed.querySelector("[data-live-pinned]");
    var keyEvents = feed.querySelector("[data-live-key-events]");
    var notice = feed.querySelector("[data-live-notice]");
    var noticeCount = feed.querySelector("[data-live-count]");
    var status = feed.querySelector("[data-live-status]");
    var version = null;
    var timer = null;
    var stopped = false;
    var waiting = [];  // new entries held back while the reader is scrolled

    function element(html) {
        var template = document.createElement("template");
        template.innerHTML = html.trim();
        return template.content.firstElementChild;
    }

    function posted(node) {
        return parseInt(node.getAttribute("data-posted"), 10);
    }

    function listed() {
        return Array.prototype.slice.call(list.querySelectorAll(":scope > [data-entry-id]"));
    }

    function insertSorted(node) {
        var empty = list.querySelector("[data-live-empty]");
        if (empty) {
            empty.remove();
        }
        var entries = listed();
        for (var i = 0; i < entries.length; i++) {
            if (posted(entries[i]) < posted(node)) {
                list.insertBefore(node, entries[i]);
                return;
            }
        }
        list.appendChild(node);
    }

    function scrolledIntoEntries() {
        return list.getBoundingClientRect().top < 0;
    }

    function announce(count) {
        status.textContent = "";
        status.textContent = status.getAttribute("data-label-new") + " " + count;
    }

    function showWaiting() {
        var first = null;
        waiting.sort(function (a, b) { return posted(a) - posted(b); });
        waiting.forEach(function (node) {
            insertSorted(node);
            first = node;
        });
        waiting = [];
        notice.hidden = true;
        if (first) {
            first.setAttribute("tabindex", "-1");
            first.focus({ preventScroll: true });
            first.scrollIntoView({ block: "start" });
        }
    }

    function apply(data) {
        var wanted = {};
        var newest = listed().reduce(function (most, node) {
            return Math.max(most, posted(node));
        }, 0);
        var added = 0;
        data.entries.forEach(function (entry) {
            wanted[entry.id] = true;
            var current = document.getElementById("entry-" + entry.id);
            var held = waiting.filter(function (node) {
                return node.getAttribute("data-entry-id") === String(entry.id);
            })[0];
            if (held) {
                if (held.getAttribute("data-version") !== entry.version) {
                    waiting[waiting.indexOf(held)] = element(entry.html);
                }
            } else if (current && current.parentNode === list) {
                if (current.getAttribute("data-version") !== entry.version) {
                    list.replaceChild(element(entry.html), current);
                }
            } else {
                var node = element(entry.html);
                if (current) {
                    current.remove();  // it was the pinned entry
                }
                if (entry.posted_at > newest && scrolledIntoEntries()) {
                    waiting.push(node);
                } else {
                    insertSorted(node);
                }
                if (entry.posted_at > newest) {
                    added += 1;
                }
            }
        });
        listed().forEach(function (node) {
            var id = node.getAttribute("data-entry-id");
            var inWindow = data.window_start === null || posted(node) >= data.window_start;
            if (inWindow && !wanted[id]) {
                node.remove();
            }
        });
        waiting = waiting.filter(function (node) {
            return wanted[node.getAttribute("data-entry-id")];
        });
        var pinned = pinnedBox.querySelector("[data-entry-id]");
        var pinnedVersion = pinned ? pinned.getAttribute("data-entry-id") + "/" + pinned.getAttribute("data-version") : "";
        var incoming = data.pinned_html ? element(data.pinned_html) : null;
        var incomingVersion = incoming ? incoming.getAttribute("data-entry-id") + "/" + incoming.getAttribute("data-version") : "";
        if (pinnedVersion !== incomingVersion) {
            var current = pinnedBox.querySelector("[data-entry-id]");
            if (current) {
                current.remove();
            }
            if (incoming) {
                pinnedBox.appendChild(incoming);
            }
        }
        // (An unpinned entry has moved into the list above.)
        pinnedBox.hidden = !pinnedBox.querySelector("[data-entry-id]");
        if (keyEvents.getAttribute("data-html") !== data.key_events_html) {
            keyEvents.innerHTML = data.key_events_html;
            keyEvents.setAttribute("data-html", data.key_events_html);
            keyEvents.hidden = data.key_events.length === 0;
        }
        if (waiting.length) {
            noticeCount.textContent = waiting.length;
            notice.hidden = false;
        } else {
            notice.hidden = true;
        }
        if (added) {
            announce(added);
        }
        if (data.status !== "live") {
            stopped = true;
        }
    }

    function poll() {
        timer = null;
        fetch(endpoint, { credentials: credentials, headers: { Accept: "application/json" } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (data) {
                if (data && data.version !== version) {
                    version = data.version;
                    apply(data);
                }
            })
            .catch(function () { /* try again at the next tick */ })
            .then(schedule);
    }

    function schedule() {
        if (!stopped && !document.hidden && timer === null) {
            timer = window.setTimeout(poll, interval);
        }
    }

    document.addEventListener("visibilitychange", function () {
        if (document.hidden) {
            window.clearTimeout(timer);
            timer = null;
        } else if (timer === null) {
            poll();
        }
    });
    feed.querySelector("[data-live-show]").addEventListener("click", showWaiting);
    schedule();
})();
