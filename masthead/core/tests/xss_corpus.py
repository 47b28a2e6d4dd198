"""A corpus of cross-site scripting payloads, each with its own marker.

Every payload, should a browser ever run it, calls ``window.__xss('<id>')``
with an id of its own, so a test that defines ``window.__xss`` learns which
payload got through and where. The corpus is ~50 vectors (script elements,
event handlers, ``javascript:`` and ``data:`` URLs, SVG and MathML, attribute
and element breakouts, template injection, broken markup) times a dozen
variants (case, separators, entities, URL encoding, wrapping), well over 500
distinct strings. Deterministic: the same corpus on every run.
"""

import base64
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

# "{js}" stands for the call to the marker; "{b64}" for a base64 document
# that calls it.
VECTORS: dict[str, str] = {
    "script": "<script>{js}</script>",
    "script-src-data": '<script src="data:text/javascript,{js}"></script>',
    "img-onerror": '<img src=x onerror="{js}">',
    "img-onerror-bare": "<img src=x onerror={js}>",
    "svg-onload": '<svg onload="{js}">',
    "svg-script": "<svg><script>{js}</script></svg>",
    "body-onload": '<body onload="{js}">',
    "iframe-javascript": '<iframe src="javascript:{js}"></iframe>',
    "iframe-srcdoc": '<iframe srcdoc="<script>{js}</script>"></iframe>',
    "a-javascript": '<a href="javascript:{js}">read</a>',
    "details-ontoggle": '<details open ontoggle="{js}"><summary>x</summary></details>',
    "input-onfocus": '<input autofocus onfocus="{js}">',
    "video-source": '<video><source onerror="{js}"></video>',
    "audio-onerror": '<audio src=x onerror="{js}"></audio>',
    "mathml-mxss": (
        '<math><mtext><table><mglyph><style><img src=x onerror="{js}">'
        "</style></mglyph></table></mtext></math>"
    ),
    "object-javascript": '<object data="javascript:{js}"></object>',
    "embed-javascript": '<embed src="javascript:{js}">',
    "form-action": '<form action="javascript:{js}"><button>go</button></form>',
    "button-formaction": '<button formaction="javascript:{js}">go</button>',
    "marquee-onstart": '<marquee onstart="{js}">x</marquee>',
    "style-url": '<div style="background:url(javascript:{js})">x</div>',
    "break-double-script": '"><script>{js}</script>',
    "break-single-img": '\'><img src=x onerror="{js}">',
    "break-attr-handler": '" onmouseover="{js}" data-x="',
    "break-attr-focus": '" autofocus onfocus="{js}" data-x="',
    "break-single-focus": "' autofocus onfocus='{js}' data-x='",
    "break-title": "</title><script>{js}</script>",
    "break-textarea": "</textarea><script>{js}</script>",
    "break-script": "</script><script>{js}</script>",
    "break-script-img": '</script><img src=x onerror="{js}">',
    "break-style": "</style><script>{js}</script>",
    "break-comment": "--><script>{js}</script>",
    "break-js-single": "';{js};//",
    "break-js-double": '";{js};//',
    "template-django": "{{{{ {js} }}}}{{% debug %}}",
    "template-angular": '{{{{constructor.constructor("{js}")()}}}}',
    "template-literal": "${{{js}}}",
    "url-javascript": "javascript:{js}",
    "url-javascript-case": "JaVaScRiPt:{js}",
    "url-javascript-tab": "java\tscript:{js}",
    "url-javascript-entity": "&#106;avascript:{js}",
    "url-javascript-space": " javascript:{js}",
    "url-data-html": "data:text/html,<script>{js}</script>",
    "url-data-base64": "data:text/html;base64,{b64}",
    "url-vbscript": "vbscript:{js}",
    "double-encoded": "&lt;script&gt;{js}&lt;/script&gt;",
    "split-script": "<scr<script>ipt>{js}</scr</script>ipt>",
    "entity-handler": '<img src=x onerror="{js_entities}">',
    "svg-animate": '<svg><animate onbegin="{js}" attributeName=x dur=1s></svg>',
    "svg-xlink": '<svg><a xlink:href="javascript:{js}"><text y=20>x</text></a></svg>',
    "meta-refresh": '<meta http-equiv="refresh" content="0;url=javascript:{js}">',
    "base-href": '<base href="javascript:{js}//">',
    "noscript-title": (
        '<noscript><p title="</noscript><img src=x onerror={js}>"></noscript>'
    ),
    "comment-break": '<!--<img src="--><img src=x onerror="{js}">',
    "custom-onclick": '<x-tag onclick="{js}" tabindex=0>x</x-tag>',
    "json-escaped": "\\u003cscript\\u003e{js}\\u003c/script\\u003e",
    "unclosed-img": '<img src=x onerror="{js}"',
    "link-import": '<link rel=import href="data:text/html,<script>{js}</script>">',
}


def _upper_tags(payload: str) -> str:
    return re.sub(r"<(/?)([a-z]+)", lambda m: f"<{m[1]}{m[2].upper()}", payload)


def _slash_separator(payload: str) -> str:
    return re.sub(r"<([a-zA-Z]+) ", r"<\1/", payload, count=1)


def _newline_handler(payload: str) -> str:
    return payload.replace(" on", "\non", 1).replace(":", ":\n", 1)


# Variants of each vector; each must keep the payload a string a browser,
# a template or a sanitiser could meet.
VARIANTS: dict[str, Callable[[str], str]] = {
    "plain": lambda p: p,
    "upper-tags": _upper_tags,
    "slash": _slash_separator,
    "newline": _newline_handler,
    "prefixed": lambda p: "Breaking: " + p,
    "quoted": lambda p: '"' + p + '"',
    "entities": html.escape,
    "url-encoded": lambda p: quote(p, safe=""),
    "commented": lambda p: "<!-- note -->" + p,
    "unclosed": lambda p: p + "<b",
    "wrapped": lambda p: "<p>" + p + "</p>",
}


@dataclass(frozen=True)
class Payload:
    marker: str  # what the payload passes to window.__xss
    vector: str
    variant: str
    text: str


def call(marker: str) -> str:
    return f"window.__xss('{marker}')"


def render(template: str, marker: str) -> str:
    js = call(marker)
    document = f"<script>{js}</script>".encode()
    return template.format(
        js=js,
        js_entities="".join(f"&#x{ord(c):x};" for c in js),
        b64=base64.b64encode(document).decode(),
    )


def corpus() -> list[Payload]:
    """Every vector in every variant, each string distinct, each with its
    own marker (``x0``, ``x1`` …)."""
    payloads, seen = [], set()
    for vector, template in VECTORS.items():
        for variant, transform in VARIANTS.items():
            marker = f"x{len(payloads)}"
            text = transform(render(template, marker))
            if text in seen:
                continue
            seen.add(text)
            payloads.append(Payload(marker, vector, variant, text))
    return payloads


def fitting(payloads: list[Payload], max_length: int) -> list[Payload]:
    """The payloads that fit a field of ``max_length`` characters."""
    return [payload for payload in payloads if len(payload.text) <= max_length]
