"""Words French puts between an inverted speech verb and its subject, besides an
adverb or a complement with an office after it (:func:`~.french_clauses.past_complement`).

* A phrase of time of two words: "a promis mardi soir le ministre des Transports, X",
  "a indiqué lundi matin la préfète".
* A complement naming a platform, a programme or a paper with a capital, before a full
  name: "a réagi sur Twitter Jean Dupont", "a déclaré dans Libération Marie Durand".
  Read as one run of capitalised words, the complement's noun would open the name
  ("Twitter Jean Dupont").
* A word or two set off by commas, an adjective or an adverb of manner: "lâche,
  amer, Jean Dupont", "confie, ému, le maire".
* A phrase that sets the speaker against another: "rappelle de son côté la sénatrice
  X", "explique pour sa part le maire", "ajoute à son tour X".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .french_verbs import FRENCH_AUXILIARIES
from .latin_clauses import Attr
from .names import is_acronym, is_cap, is_name_word

__all__ = ["causative_verb", "past_time_or_outlet", "periphrasis_subject"]

#: Second words of a phrase of time after a day or an adverb ("mardi soir",
#: "vendredi dernier", "hier après-midi").
_TIME_TAILS = frozenset(
    ("matin", "soir", "midi", "apr\u00e8s-midi", "dernier", "derni\u00e8re", "prochain")
)
_DEFINITE = frozenset(("le", "la", "les"))
_ELIDED = ("l'", "l\u2019")
#: Prepositions that open a complement naming an outlet or a platform.
#: Three-word phrases setting the speaker against another one ("de son côté").
_SIDE_PHRASES = frozenset(
    (
        *(("de", owner, "c\u00f4t\u00e9") for owner in ("son", "leur", "notre")),
        *(("pour", owner, "part") for owner in ("sa", "leur", "notre")),
        *(("\u00e0", owner, "tour") for owner in ("son", "leur", "notre")),
    )
)
_MAX_SET_OFF = 3  # words set off by commas between the verb and its subject
_OUTLET_OPENERS = frozenset(("sur", "dans", "au"))  # (not "à": "à Jean Marie Dupont" is spoken to)


def past_time_or_outlet(tokens: Sequence[str], j: int) -> int:
    """The index of the subject after a phrase of time of two words, a capitalised
    outlet's complement, lower-case words set off by commas or a phrase such as "de
    son côté" that open at ``tokens[j]``, right after an inverted speech verb; ``j``
    when none opens there."""
    n = len(tokens)
    if j + 2 >= n:
        return j
    if j + 3 < n and tuple(t.lower() for t in tokens[j : j + 3]) in _SIDE_PHRASES:
        return j + 3  # "rappelle de son côté la sénatrice X"
    if tokens[j] == ",":
        k = j + 1
        while k < n and k <= j + _MAX_SET_OFF and tokens[k].isalpha() and tokens[k].islower():
            k += 1
        return k + 1 if j + 1 < k < n - 1 and tokens[k] == "," else j  # ", amer, X"
    word, second, third = tokens[j], tokens[j + 1], tokens[j + 2]
    if (
        word.isalpha()
        and word.islower()
        and second.lower() in _TIME_TAILS
        and (third.lower() in _DEFINITE or third.lower().startswith(_ELIDED))
    ):
        return j + 2  # "a promis mardi soir le ministre"
    if word.lower() not in _OUTLET_OPENERS:
        return j
    end = j + 1
    while end < n and tokens[end][:1].isalpha() and is_cap(tokens[end]):
        end += 1
    run = tokens[j + 1 : end]
    if len(run) < 3 or not all(is_name_word(w) for w in run[-2:]) or is_acronym(run[-2]):
        return j
    return end - 2  # "a réagi sur Twitter Jean Dupont": the last two words, the person


#: Verbs that take an infinitive in an incise of speech ("veut croire X", "a tenu à
#: rassurer X", "préfère relativiser X", "ose espérer X"), with "à" after some.
_PERIPHRASES = frozenset(
    (
        *("veut", "voulait", "voulu", "tient", "tenait", "tenu", "pr\u00e9f\u00e8re"),
        *("pr\u00e9f\u00e9rait", "ose", "osait", "dit", "disait", "assure", "affirme"),
    )
)
_INFINITIVE_ENDS = ("er", "ir", "re", "oir")
#: The causative and permissive periphrases of speech, "faire" and "laisser" with an
#: infinitive of knowing or hearing ("a fait savoir X", "fait valoir le maire", "a
#: fait remarquer X", "a laissé entendre la ministre"): the verbs in their
#: third-person forms, each with the infinitives it makes a report with.
_CAUSATIVES = {
    **dict.fromkeys(
        ("fait", "faisait", "fit", "firent", "font", "faisaient"),
        frozenset(("savoir", "remarquer", "observer", "valoir", "comprendre", "conna\u00eetre")),
    ),
    **dict.fromkeys(
        ("laisse", "laissait", "laiss\u00e9", "laissa", "laissent", "laissaient"),
        frozenset(("entendre", "comprendre", "\u00e9chapper")),
    ),
}


def periphrasis_subject(
    post: Sequence[str], speaker_after_verb: Callable[[Sequence[str], int], Attr | None]
) -> Attr | None:
    """The speaker of an incise after a quote whose verb takes an infinitive (",
    veut croire Jean Dupont.", ", a tenu à rassurer le maire.", ", dit regretter X",
    ", a fait savoir X"):
    the subject after the infinitive, as ``speaker_after_verb`` reads it. None when
    ``post`` opens otherwise."""
    k = 1 if post and post[0] == "," else 0
    if k < len(post) and post[k].lower() in FRENCH_AUXILIARIES:
        k += 1
    if k + 2 < len(post) and post[k + 1].lower() in _CAUSATIVES.get(post[k].lower(), ()):
        return speaker_after_verb(post, k + 2)  # "a fait savoir X", "a laissé entendre X"
    if k + 2 >= len(post) or post[k].lower() not in _PERIPHRASES:
        return None
    k += 1
    if post[k].lower() == "\u00e0":
        k += 1
    infinitive = post[k].lower() if k < len(post) else ""
    if not (infinitive.isalpha() and infinitive.endswith(_INFINITIVE_ENDS)):
        return None
    return speaker_after_verb(post, k + 1)


def causative_verb(tokens: Sequence[str], k: int) -> bool:
    """Is ``tokens[k]`` "faire" or "laisser" before an infinitive they make a report
    with ("X a fait savoir que \u00ab\u2026\u00bb", "X laisse entendre que")?"""
    return k + 1 < len(tokens) and tokens[k + 1].lower() in _CAUSATIVES.get(tokens[k].lower(), ())
