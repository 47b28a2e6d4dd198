"""Word stems for matching and highlighting inflected forms.

English stemming is the database's: SQLite's FTS5 ``porter`` tokenizer on the
index (migration 0001) and PostgreSQL's ``english`` configuration. Neither
database ships a Ukrainian stemmer, so a Ukrainian word is cut back to its
stem here and matched as a prefix: "війни" finds "війна", "війною" and
"війні". Stem alternations ("Київ" and "Києва") are not folded together.
"""

import re

# Inflectional endings of Ukrainian nouns, adjectives and verbs, longest
# first so that "-ями" wins over "-и".
UKRAINIAN_ENDINGS = sorted(
    {
        # nouns
        "а", "я", "и", "і", "ї", "у", "ю", "о", "е", "є", "ь",
        "ою", "ею", "єю", "ам", "ям", "ами", "ями", "ах", "ях",
        "ів", "їв", "ей", "ові", "еві", "єві", "ом", "ем", "єм",
        # adjectives and participles
        "ий", "ій", "ого", "ього", "ому", "ьому", "им", "ім", "их",
        "іх", "ими", "іми", "ої", "ая", "яя", "ее",
        # verbs
        "ти", "ть", "ла", "ло", "ли", "ють", "ять", "ать", "ить",
        "ує", "ують", "ував", "ували", "увала", "ати", "яти", "ити",
        "іти", "ється", "ються",
    },
    key=len,
    reverse=True,
)  # fmt: skip
REFLEXIVE = ("ся", "сь")
MIN_STEM = 3

# Only for highlighting: endings English words put on a stem, so the page can
# mark "elections" for the query "election" as the database matched it.
ENGLISH_ENDINGS = (
    "ational", "ations", "ation", "ments", "ment", "ness", "ings", "ing",
    "ies", "ied", "ers", "er", "ed", "es", "ly", "s",
)  # fmt: skip

CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def is_cyrillic(word: str) -> bool:
    return bool(CYRILLIC.search(word))


def ukrainian_stem(word: str) -> str:
    """``word`` lower-cased without its inflectional ending; never shorter
    than three letters, so short words stay whole."""
    stem = word.lower().replace("ʼ", "'").replace("’", "'")
    for ending in REFLEXIVE:
        if stem.endswith(ending) and len(stem) - len(ending) >= MIN_STEM:
            stem = stem[: -len(ending)]
            break
    for ending in UKRAINIAN_ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= MIN_STEM:
            return stem[: -len(ending)]
    return stem


def english_stem(word: str) -> str:
    """A light stem of an English word, for highlighting only."""
    stem = word.lower()
    for ending in ENGLISH_ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= MIN_STEM + 1:
            return stem[: -len(ending)]
    return stem


def highlight_stem(word: str) -> str:
    """The beginning every form of ``word`` shares on the page."""
    return ukrainian_stem(word) if is_cyrillic(word) else english_stem(word)
