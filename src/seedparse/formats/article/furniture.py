"""Page furniture: the lines around a story that are not the story.

Text copied from a news site carries lines of the page with it: above the title,
tickers, menus, image markup and URLs; below the story, share and sign-up lines,
disclosures, tag lines, story codes and lists of related links; among the paragraphs,
photo captions and credits. :func:`furniture_kind` names the kind of such a line (or
returns None for a line of the story). Every test is on the shape of the line and on
words pages use for their furniture in English, German, French, Ukrainian and Russian
(never the name of a site): a line that is not clearly furniture is story, since a
line of the story that is lost is worse than a share button that is kept.

The reader asks only about lines at the edges of the story (see
:mod:`seedparse.formats.article.header`); a caption or credit is recognised anywhere.
"""

from __future__ import annotations

import re

from ..._text.dates import DATE_LABEL_WORDS
from ..._text.lazyre import LazyPattern

__all__ = [
    "CAPTION",
    "CREDITED_MAX_SPACES",
    "DATE_LABEL",
    "MAX_SPACES",
    "PAYWALL",
    "RELATED",
    "credited_caption",
    "furniture_kind",
    "is_caption",
    "is_leading_junk",
    "is_related_heading",
    "uncredited_caption",
]

CAPTION = "caption"
RELATED = "related"
PAYWALL = "paywall"
DATE_LABEL = "date-label"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MAX_WORDS = 16  # furniture lines are short; longer lines are always story
#: A line with this many spaces or more is never furniture nor a caption (the cheap
#: test a caller may make before it asks :func:`is_caption`).
MAX_SPACES = _MAX_WORDS
#: A caption with its credit at its end ("\u2026 am Montag. \u2013 Foto: A. Name") may be
#: longer: a sentence or two; a line with this many spaces or more is none.
CREDITED_MAX_SPACES = 40

_SHARE_CORE = _words(
    "share shares shared sharing tweet retweet email e-mail print facebook twitter "
    "whatsapp telegram linkedin pinterest reddit messenger viber flipboard pocket "
    "comments comment copy teilen drucken kommentare partager imprimer commentaires "
    "\u043f\u043e\u0434\u0456\u043b\u0438\u0442\u0438\u0441\u044f "
    "\u043f\u043e\u0434\u0435\u043b\u0438\u0442\u044c\u0441\u044f "
    "\u043a\u043e\u043c\u0435\u043d\u0442\u0430\u0440\u0456 "
    "\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0438"
)
_SHARE_FILLER = _words(
    "this article story page post link on via the us with to by or and x vk ok "
    "follow dieser diesen artikel seite cet article la le sur \u0446\u044e "
    "\u0441\u0442\u0430\u0442\u0442\u044e \u044d\u0442\u0443 \u0441\u0442\u0430\u0442\u044c\u044e "
    "\u0432"
)
_SHARE_WORDS = _SHARE_CORE | _SHARE_FILLER
_WORD = LazyPattern(r"[^\W\d_][\w'\u2019-]*")
_NUMBER = LazyPattern(r"[+\u2212-]?\d[\d.,:]*%?")

_SIGNUP = LazyPattern(
    r"\b(?:sign[ -]?up|subscribe|abonnieren|abonnez|s'abonner|inscrivez"
    r"|\u043f\u0456\u0434\u043f\u0438\u0448\u0456\u0442\u044c\u0441\u044f"
    r"|\u043f\u0456\u0434\u043f\u0438\u0441\u0443\u0439\u0442\u0435\u0441\u044c"
    r"|\u043f\u043e\u0434\u043f\u0438\u0448\u0438\u0442\u0435\u0441\u044c"
    r"|\u043f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0439\u0442\u0435\u0441\u044c)",
    re.IGNORECASE,
)
_NEWSLETTER = LazyPattern(
    r"\b(?:newsletter|\u0440\u043e\u0437\u0441\u0438\u043b\u043a)", re.IGNORECASE
)
_DISCLOSURE = LazyPattern(
    r"\b(?:affiliate|we may earn|earn a commission|sponsored content|paid partnership"
    r"|advertorial|affiliate-links?|lien sponsoris\u00e9|liens sponsoris\u00e9s"
    r"|\u043d\u0430 \u043f\u0440\u0430\u0432\u0430\u0445 "
    r"\u0440\u0435\u043a\u043b\u0430\u043c\u0438)",
    re.IGNORECASE,
)
_ADVERT = LazyPattern(
    r"(?:advertisement|advertising|ad|anzeige|werbung|publicit\u00e9"
    r"|\u0440\u0435\u043a\u043b\u0430\u043c\u0430)",
    re.IGNORECASE,
)
_TAGS = LazyPattern(
    r"(?:tags?|topics?|keywords|filed under|schlagw\u00f6rter|schlagworte|themen"
    r"|mots[- ]cl\u00e9s|th\u00e8mes|\u0442\u0435\u0433\u0438|\u0442\u044d\u0433\u0438"
    r"|\u043c\u0456\u0442\u043a\u0438|\u0442\u0435\u043c\u0438|\u0442\u0435\u043c\u044b)"
    r"\s*[:\u2014\u2013-]",
    re.IGNORECASE,
)
_RELATED = LazyPattern(
    r"(?:related(?: articles| stories| coverage| content| links| news| searches)?"
    r"|read (?:more|also|next)|more (?:from|on|about|stories|news)|see also|you may also like"
    r"|recommended|lesen sie (?:auch|mehr)|mehr zum thema|das k\u00f6nnte sie auch interessieren"
    r"|weitere artikel|\u00e0 lire aussi|lire aussi|voir aussi|sur le m\u00eame sujet"
    r"|\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u043e\u0436"
    r"|\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u0436\u0435"
    r"|\u0434\u0438\u0432\u0456\u0442\u044c\u0441\u044f \u0442\u0430\u043a\u043e\u0436"
    r"|\u0441\u043c\u043e\u0442\u0440\u0438\u0442\u0435 \u0442\u0430\u043a\u0436\u0435"
    r"|\u043f\u043e \u0442\u0435\u043c\u0435|\u0437\u0430 \u0442\u0435\u043c\u043e\u044e)"
    r"(?:\s*[:\u2014\u2013-].*)?",
    re.IGNORECASE,
)
# A paywall or comments box, where the page stops showing the story: "Cet article est
# réservé aux abonnés", "Continue reading", "Already a subscriber?", "Jetzt
# weiterlesen", "Voir les commentaires". Phrases, not a word alone ("abonnés" is a
# word of stories), but for the badge lines below.
_PAYWALL = LazyPattern(
    r"\b(?:r\u00e9serv\u00e9e?s? aux abonn\u00e9s|article abonn\u00e9s?|d\u00e9j\u00e0 abonn\u00e9"
    r"|lire la suite|voir les commentaires|acc\u00e9dez (?:imm\u00e9diatement )?\u00e0 (?:cet|l')"
    r"|subscribers? only|for subscribers|subscriber[- ]only|already a subscriber"
    r"|continue reading|view comments|show comments|nur f\u00fcr abonnenten|bereits abonnent"
    r"|jetzt weiterlesen|kommentare anzeigen"
    # Ukrainian and Russian: "(лише) для передплатників", "(только) для подписчиков",
    # "читати далі", "читать далее".
    r"|(?:\u043b\u0438\u0448\u0435 )?\u0434\u043b\u044f "
    r"\u043f\u0435\u0440\u0435\u0434\u043f\u043b\u0430\u0442\u043d\u0438\u043a\u0456\u0432"
    r"|(?:\u0442\u043e\u043b\u044c\u043a\u043e )?\u0434\u043b\u044f "
    r"\u043f\u043e\u0434\u043f\u0438\u0441\u0447\u0438\u043a\u043e\u0432"
    r"|\u0447\u0438\u0442\u0430\u0442\u0438 \u0434\u0430\u043b\u0456"
    r"|\u0447\u0438\u0442\u0430\u0442\u044c \u0434\u0430\u043b\u0435\u0435)",
    re.IGNORECASE,
)
# The alternatives of _PAYWALL an ASCII text can match, each by a piece that every match
# of it holds, lower-cased (the others hold a letter outside ASCII: "r\u00e9serv\u00e9",
# "f\u00fcr", Cyrillic). IGNORECASE matching of ASCII text is matching of its lower-cased
# text, so an ASCII line without one of them has no match: a few substring tests instead
# of a case-insensitive search at every position.
_PAYWALL_ASCII_WORDS = (
    "subscriber",
    "continue reading",
    "view comments",
    "show comments",
    "lire la suite",
    "voir les commentaires",
    "bereits abonnent",
    "jetzt weiterlesen",
    "kommentare anzeigen",
)


def _paywall(text: str) -> bool:
    """``_PAYWALL.search(text) is not None``, an ASCII line without any of
    :data:`_PAYWALL_ASCII_WORDS` answered without the search."""
    if text.isascii():
        low = text.lower()
        for word in _PAYWALL_ASCII_WORDS:  # (a loop: no generator's frame)
            if word in low:
                break
        else:
            return False
    return _PAYWALL.search(text) is not None


# A badge line for subscribers' stories, or the comments prompt, alone on its line.
_PAYWALL_BADGE = LazyPattern(
    r"(?:abonn\u00e9s?|premium|r\u00e9agir|subscribers?|subscriber exclusive|abonnenten"
    r"|exklusiv f\u00fcr abonnenten)",
    re.IGNORECASE,
)
_STORY_CODE = LazyPattern(r"\(?[A-Z][A-Z0-9]{0,15}(?:[-_/][A-Z0-9]{1,12}){0,4}\)?")
_COPYRIGHT = LazyPattern(r"(?:\u00a9|\(c\)|copyright\b)", re.IGNORECASE)
_CAPTION_LABEL = LazyPattern(
    r"(?:photo|photos|photograph|foto|fotos|image|images|bild|picture|credit|credits"
    r"|photo credit|cr\u00e9dits?(?: photos?)?|bildquelle"
    r"|illustration|\u0444\u043e\u0442\u043e|\u0441\u0432\u0456\u0442\u043b\u0438\u043d\u0430)"
    r"\s*(?::|\bby\b|\bvon\b|\bpar\b|\u00a9)",
    re.IGNORECASE,
)
# A credit at the end of a caption line: "\u2026 hochzufrieden. \u2013 Foto: Johannes
# Hager", "\u2026 Julian Stipp Foto: StZ", "\u2026 du march\u00e9. Photo : AFP" (one to five
# words after the label, no sentence after them).
_TRAILING_CREDIT = LazyPattern(
    r"(?:\s[\u2013\u2014-])?\s(?:Foto|Fotos|Photo|Photos|Bild|Credit|Cr\u00e9dit photo"
    r"|Photo credit|\u0424\u043e\u0442\u043e)\s?:\s?[^\s:.!?][^:.!?]{0,40}"
)
_CREDIT_WORDS_MAX = 5
_CREDIT_LINKS = frozenset(("privat", "archiv", "von", "van", "de", "und", "and", "/", "-", "&"))
# A label glued to the name when the page's markup is flattened ("CreditJane Doe").
_GLUED_LABEL = LazyPattern(r"(?:Photo|Foto|Credit|Image)(?=[A-Z][a-z])")
# "Name Name/Agency", "name/Agency/Agency Images": a credit written with slashes.
_SLASH_CREDIT = LazyPattern(r"[^\s/]+(?: [^\s/]+){0,3}(?:/[^\s/]+(?: [^\s/]+){0,2}){1,3}")
_URL = LazyPattern(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_IMAGE = LazyPattern(
    r"!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>|\S+\.(?:jpe?g|png|gif|webp|svg|avif)(?:\?\S*)?",
    re.IGNORECASE,
)
_TICKER_SIGNS = frozenset("$\u20ac\u00a3\u00a5\u20b4\u20bd%\u25b2\u25bc\u2191\u2193\u00b0")
_CURRENCY_CODE = LazyPattern(r"\b[A-Z]{3}\b")
_MENU_SEPARATORS = ("|", "\u2022", "\u00b7", " / ", " > ", " \u203a ")
# A reading of a weather or market ticker: a number with its unit sign ("7\u00b0C",
# "\u22123\u00b0", "+0,4%").
_READING = LazyPattern(r"[+\u2212-]?\d{1,6}(?:[.,]\d{1,4})?\s?(?:\u00b0[CF]?|%)")
_READING_LABEL_WORDS = 3  # words of a label between readings ("Weather London")
_MENU_WORDS = frozenset(
    (
        "menu",
        "main menu",
        "search",
        "home",
        "log in",
        "login",
        "sign in",
        "skip to content",
        "skip to main content",
        "zum inhalt springen",
        "zum inhalt",
        "aller au contenu",
        "passer au contenu",
        "\u043f\u0435\u0440\u0435\u0439\u0442\u0438 "
        "\u043a \u0441\u043e\u0434\u0435\u0440\u0436\u0430\u043d\u0438\u044e",
        "\u043f\u0435\u0440\u0435\u0439\u0442\u0438 "
        "\u0434\u043e \u0432\u043c\u0456\u0441\u0442\u0443",
        "close",
        "suche",
        "startseite",
        "accueil",
        "rechercher",
        "\u043c\u0435\u043d\u044e",
        "\u043f\u043e\u0448\u0443\u043a",
        "\u043f\u043e\u0438\u0441\u043a",
        "\u0433\u043e\u043b\u043e\u0432\u043d\u0430",
        "\u0433\u043b\u0430\u0432\u043d\u0430\u044f",
    )
)


def _terminal(text: str) -> bool:
    stripped = text.rstrip("\"'\u2019\u201d\u00bb)]")
    return bool(stripped) and stripped[-1] in ".!?\u2026;"


def is_caption(text: str) -> bool:
    """A photo caption label or a credit: "Photo: A. Name/Agency", "Foto: dpa",
    "Name Name/Agency/Agency Images". (A copyright line is furniture only after the
    story: see :func:`furniture_kind`.)"""
    return credited_caption(text) or uncredited_caption(text)


def uncredited_caption(text: str) -> bool:
    """:func:`is_caption` of a line that is no :func:`credited_caption` (a caller that
    asked that first asks this, not both again)."""
    if text.count(" ") >= _MAX_WORDS:
        return False
    if _CAPTION_LABEL.match(text) or _GLUED_LABEL.match(text):
        return True
    if _terminal(text):
        return False
    if "/" in text and " " in text and "://" not in text:
        inner = text.strip("()")
        if _SLASH_CREDIT.fullmatch(inner) is None:
            return False
        # "First Last/Agency", "handle/Agency/Agency Images": every word after the
        # first part is capitalised, the first part is a name or one handle; not
        # "and/or" in a sentence, nor a path or a menu of lower-case words.
        parts = [p.strip().split(" ") for p in inner.split("/")]
        first, rest = parts[0], parts[1:]
        named = all(_capitalised(w) for w in first) or len(first) == 1
        return named and all(_capitalised(w) for part in rest for w in part)
    return False


def credited_caption(text: str) -> bool:
    """A caption line that ends in its photo's credit ("Der Trainer nach dem Spiel.
    \u2013 Foto: Johannes Hager", "\u2026 Julian Stipp Foto: StZ"): a story's sentence
    does not end in a credit label and a name."""
    # A cheap first test: one of the credit words (inline: a generator over them cost
    # more than the four searches, on every short line of every article).
    if text.count(" ") >= CREDITED_MAX_SPACES or not (
        "oto" in text or "Bild" in text or "redit" in text or "\u0424\u043e\u0442\u043e" in text
    ):
        return False
    found = _TRAILING_CREDIT.search(text)
    while found is not None and found.end() != len(text):
        found = _TRAILING_CREDIT.search(text, found.end())
    if found is None or found.start() == 0:
        return False
    credit = found.group().split(":", 1)[1].split()
    # The credit is a name, an agency or "privat" ("Foto: Johannes Hager", "Photo : AFP",
    # "Foto: privat"), not a clause ("ein Foto: Darauf war der T\u00e4ter zu sehen").
    return 1 <= len(credit) <= _CREDIT_WORDS_MAX and all(
        word[0].isupper() or word.lower() in _CREDIT_LINKS for word in credit
    )


def _capitalised(word: str) -> bool:
    """A word with a capital in its first two letters ("Getty", "AFP", "iStock")."""
    return len(word) >= 2 and (word[0].isupper() or word[1].isupper()) and word.isalpha()


def is_related_heading(text: str) -> bool:
    """A heading over a list of related links ("Related", "Read more: \u2026")."""
    return text.count(" ") < _MAX_WORDS and _RELATED.fullmatch(text) is not None


def _share(text: str) -> bool:
    first = _WORD.search(text)
    if first is None or first.group().lower() not in _SHARE_WORDS:
        return False  # every word is a share word: the first one decides most lines
    words = [w.lower() for w in _WORD.findall(text)]
    rest = _NUMBER.sub(" ", _WORD.sub(" ", text)).strip(" |\u2022\u00b7,:()-")
    if not words or rest:
        return False
    return any(w in _SHARE_CORE for w in words) and all(
        w in _SHARE_CORE or w in _SHARE_FILLER for w in words
    )


def _ticker(text: str) -> bool:
    numbers = _NUMBER.findall(text)
    if len(numbers) < 2 or _terminal(text):
        return False
    readings = _READING.findall(text)
    if len(readings) >= 2:
        # Place or index names, each before its reading ("London 7\u00b0C Leeds 5\u00b0C"):
        # every label is a few capitalised words, not a clause ("rose to 30\u00b0C").
        labels = [part.split() for part in _READING.split(text)]
        if all(
            len(words) <= _READING_LABEL_WORDS
            and all(not w[0].isalpha() or w[0].isupper() for w in words)
            for words in labels
        ):
            return True
    letters = sum(c.isalpha() for c in text)
    signs = any(c in _TICKER_SIGNS for c in text) or _CURRENCY_CODE.search(text) is not None
    return signs and letters <= 2 * sum(len(n) for n in numbers)


def _menu(text: str) -> bool:
    if text.lower().strip(" :") in _MENU_WORDS:
        return True
    for separator in _MENU_SEPARATORS:
        if separator not in text:
            continue
        parts = [p.strip() for p in text.split(separator)]
        if len(parts) >= 3 and all(p and p.count(" ") < 3 for p in parts):
            return True
    return False


_COLUMN_GAP = LazyPattern(r"[ \t\u00a0]{2,}")


def spaced_menu(raw: str) -> bool:
    """A menu a page flattened to text lays out in columns ("Weekly edition  Kernel
    Security   Distributions  Contact Us"): four items or more apart by runs of
    spaces, each of three words or fewer opening with a capital (a score line's
    numbers are no items), no sentence's end. Asked of
    the raw line (its spaces kept) above the title only."""
    parts = _COLUMN_GAP.split(raw.strip())
    return (
        len(parts) >= 4
        and all(p.count(" ") < 3 and p[0].isupper() for p in parts)
        and not _terminal(parts[-1])
    )


def furniture_kind(text: str, *, position: str) -> str | None:
    """The kind of page furniture ``text`` (a clean line) is, or None for story text.

    ``position`` is ``"head"`` for a line above the title or the first paragraph,
    ``"tail"`` for one after the last paragraph: the words a page uses differ (menus
    and tickers above, sign-ups and tags below) and a line inside the story is never
    asked about, except for captions (:func:`is_caption`)."""
    if not text or text.count(" ") >= _MAX_WORDS:
        return None
    if is_caption(text):
        return CAPTION
    if _IMAGE.fullmatch(text) is not None:
        return "image"
    if _share(text):
        return "share"
    if _ADVERT.fullmatch(text.strip(" -\u2013\u2014:")) is not None:
        return "advert"
    if _PAYWALL_BADGE.fullmatch(text) is not None or (_paywall(text) and not _terminal(text)):
        return PAYWALL
    if position == "head":
        if DATE_LABEL_WORDS.fullmatch(text) is not None:  # its date drawn elsewhere
            return DATE_LABEL
        if _URL.fullmatch(text) is not None:
            return "url"  # at the end, a list of links is the story's sources
        if _ticker(text):
            return "ticker"
        if _menu(text):
            return "menu"
        return None
    if _TAGS.match(text) is not None:
        return "tags"
    if is_related_heading(text):
        return RELATED
    if _COPYRIGHT.search(text) is not None and not _terminal(text[:-1]):
        return "copyright"
    if (
        " " not in text
        and len(text) >= 4
        and _STORY_CODE.fullmatch(text) is not None
        and any(c.isdigit() for c in text)
    ):
        return "code"
    if _SIGNUP.search(text) is not None or _DISCLOSURE.search(text) is not None:
        return "signup"
    if _NEWSLETTER.search(text) is not None and not _terminal(text):
        return "signup"  # "Our morning newsletter" (not "The newsletter reached \u2026.")
    return None


def is_leading_junk(text: str) -> bool:
    """A line above the title that is page furniture (a ticker, a menu, an image line,
    a URL, a share or advert line)."""
    kind = furniture_kind(text, position="head")
    return kind is not None and kind != CAPTION
