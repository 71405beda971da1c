"""Genre labels: the words a newsroom sets in capitals before a story to say what kind
of story it is ("ANALYSIS: …", "EXCLUSIVE: …", "KOMMENTAR: …").

A run of capitals and a colon at the start of the first paragraph is either such a
label (metadata, cut off as the kicker) or a dateline, the place the story was filed
from ("MUMBAI: FC Goa coach …", "ISLAMABAD: The federal cabinet …"): part of the
story's own first sentence, which must stay in the body. Places are an open class, the
labels a closed one, so the labels are listed: the genres of the IPTC Genre NewsCodes
(cv.iptc.org/newscodes/genre) that papers print as labels, the labels of live and
multimedia items, and their usual forms in German, French, Russian and Ukrainian.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["is_genre_label"]

_LABELS = (
    # English (IPTC genres and newsroom labels)
    "ANALYSIS BACKGROUND BREAKING COMMENT COMMENTARY EDITORIAL EXCLUSIVE EXPLAINER "
    "FACTBOX FEATURE FACT INTERVIEW LETTERS LIVE OBITUARY OPINION PODCAST PREVIEW PROFILE "
    "RECAP REVIEW SATIRE SPONSORED ADVERTISEMENT UPDATE UPDATED URGENT VIDEO WATCH PHOTOS "
    "GALLERY POLL QUIZ WRAP ALERT FLASH SPECIAL REPORT "
    # German
    "ANALYSE EXKLUSIV KOMMENTAR MEINUNG GLOSSE EILMELDUNG HINTERGRUND NACHRUF KRITIK "
    "REPORTAGE ANZEIGE "
    # French
    "EXCLUSIF \u00c9DITORIAL EDITO \u00c9DITO TRIBUNE ENTRETIEN CHRONIQUE D\u00c9CRYPTAGE "
    "DIRECT PUBLICIT\u00c9 "
    # Russian and Ukrainian
    "\u0410\u041d\u0410\u041b\u0418\u0417 \u0410\u041d\u0410\u041b\u0406\u0417 "
    "\u042d\u041a\u0421\u041a\u041b\u042e\u0417\u0418\u0412 "
    "\u0415\u041a\u0421\u041a\u041b\u042e\u0417\u0418\u0412 "
    "\u041c\u041d\u0415\u041d\u0418\u0415 \u0414\u0423\u041c\u041a\u0410 "
    "\u041a\u041e\u041b\u041e\u041d\u041a\u0410 "
    "\u0418\u041d\u0422\u0415\u0420\u0412\u042c\u042e "
    "\u0406\u041d\u0422\u0415\u0420\u0412'\u042e "
    "\u0406\u041d\u0422\u0415\u0420\u0412\u2019\u042e "
    "\u041a\u041e\u041c\u041c\u0415\u041d\u0422\u0410\u0420\u0418\u0419 "
    "\u041a\u041e\u041c\u0415\u041d\u0422\u0410\u0420 "
    "\u0420\u0415\u041f\u041e\u0420\u0422\u0410\u0416 \u0412\u0418\u0414\u0415\u041e "
    "\u0412\u0406\u0414\u0415\u041e \u0424\u041e\u0422\u041e "
    "\u041c\u041e\u041b\u041d\u0418\u042f "
    "\u0411\u041b\u0418\u0421\u041a\u0410\u0412\u041a\u0410 "
    "\u0420\u0415\u041a\u041b\u0410\u041c\u0410"
)
_GENRE_LABELS = frozenset(_LABELS.split())


def is_genre_label(words: Sequence[str]) -> bool:
    """Is any of the capitals ``words`` before a colon a genre label ("BREAKING NEWS",
    "FACT CHECK")? A place ("NEW DELHI") is none."""
    return any(word.upper() in _GENRE_LABELS for word in words)
