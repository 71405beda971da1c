# ruff: noqa: RUF001, RUF002 -- Russian and French text and dashes on purpose
"""A title's speaker behind a kicker or a tag (issue 15, session 25, qhead25): "VIDEO –
Sadio Mané : « … »", "PSG : Mbappé balance …" make the person after the kicker the
title's subject, and nobody when the kicker may be a person's name before another,
when the words after it name no subject, or after a colon that ends no tag
(headline_kicker.py, hooked in headline_speaker.title_subject).

The titles and quotations are real news copy found with a search of stored public
pages (none from the scored fixtures or the seeds): the outlet's title line or its
address's words (accents and separators restored). Near-misses keep a title of the
same shape where the rule must not fire.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse._text.quotes import find_quotations
from seedparse._text.quotes.headline_kicker import AMBIGUOUS, kicker_end
from seedparse._text.quotes.headline_speaker import title_subject
from seedparse._text.quotes.names import split_tokens

FL, FR = "\u00ab", "\u00bb"  # « »

# (title, the person it makes the subject or label of its clause, or None), read with
# no body (a lone capitalised kicker is then never confirmed as a place or a noun)
TITLES: list[tuple[str, str | None]] = [
    # wiwsport.com: a tag in capitals and a dash, then a label with the person's words
    (
        f"VIDEO – Sadio Mané : {FL} J’aurais aimé marquer plus, je peux faire mieux {FR}",
        "Sadio Mané",
    ),
    # wiwsport.com: a phrase in lower case as the kicker
    (
        "Présence de joueurs non convoqués dans la tanière – Sadio Mané : "
        f"{FL} Nous sommes arrivés à un stade où c’est au-delà du football {FR}",
        "Sadio Mané",
    ),
    # foot01.com: a club's acronym and a colon, then a surname and its verb
    ("PSG : Mbappé balance une sortie fracassante sur le mercato", "Mbappé"),
    # near-miss (topmercato.com): the name and a conjunction: two subjects
    ("ASSE : Galtier et la clé pour croire à l’Europe", None),
    # near-miss (footmercato.net): the acronym kicker, then a name after a preposition
    ("OM-PSG : la réaction à chaud de Kylian Mbappé", None),
    # near-miss (onefootball.com): a tag, then no name opening the clause
    (f"EXCLU : l’interview {FL} Petit frère {FR} de Kalidou Koulibaly !", None),
    # near-miss (foot01.com): a tag, then a number and a phrase before the name
    ("EDF : 55 jours de boulot, Didier Deschamps estime avoir bien bossé", None),
    # near-miss (sport.rambler.ru): tags, a dash, a label with no words of the person's
    ("РПЛ, Факел, Первая лига — Владимир Ильин: о провальном сезоне и работе с Ивановым", None),
    # near-miss (BBC Radio Berkshire): a club's name before the colon is no tag: the
    # capital after it may be sentence case
    ("London Irish: Kennedy accepts Saracens superiority", None),
    # near-miss (players.bio): a phrase before the colon is no tag either
    (
        "RWC post-mortem: Ireland 'too easy to score against' says defence coach Simon Easterby",
        None,
    ),
    # near-miss (wiwsport.com): a competition and a year before the first colon, no tag
    (f"Mondial 2022 : Gana évoque le match d’ouverture : {FL} J’espère gagner {FR}", None),
    # near-miss (championat.net): the lone name before the dash is the speaker
    ("Черчесов – болельщикам: через четыре года в Катаре сделаем лучше, всем туда", "Черчесов"),
    # near-miss (wettpilot.de): a lone capitalised word, a dash, a capitalised word: it
    # may be a second person, so nobody
    ("Transfer – International Es geht heiß her im Fußball!", None),
    # near-miss (le10sport.com): two tags, then no name
    ("Mercato - PSG : Le message fort de cette recrue estivale sur sa situation !", None),
]


@pytest.mark.parametrize(("title", "expected"), TITLES)
def test_title_subject_after_a_kicker(title: str, expected: str | None) -> None:
    found = title_subject(title)
    assert (found[0] if found else None) == expected, found


# (title, whether the body writes the kicker as a noun or a place, the clause's start)
KICKERS: list[tuple[str, bool, tuple[int, bool] | None]] = [
    # wettpilot.de: a lone word the body writes as a noun ("der Transfer"), a dash
    ("Transfer – International Es geht heiß her im Fußball!", True, (2, False)),
    # the same title over a body that never writes the word alone: maybe a person
    ("Transfer – International Es geht heiß her im Fußball!", False, AMBIGUOUS),
    # near-miss (sportsdaily.ru): a full name before a full stop is no tag
    ("Андрей Гордеев. Шашка, паспорт и баланс", True, None),
    # near-miss (xsport.ua): a quotation opens the title
    (
        f"{FL}У нас еще один шаг{FR}. УАФ опубликовала видео эмоциональной речи Реброва",
        True,
        None,
    ),
    # igfm.sn (the address's words): a colon after a phrase is no tag
    ("Suspension en huitièmes : Gana Gueye affiche sa déception", True, None),
    # dakaractu.com: a tag with a number before a slash
    ("CAN 2022 / Idrissa Gana Guèye optimiste", False, (3, False)),
    # foot01.com: a colon after an acronym
    ("EDF : Deschamps ne joue pas du pipeau", False, (2, True)),
]


@pytest.mark.parametrize(("title", "alone", "expected"), KICKERS)
def test_kicker_end(title: str, alone: bool, expected: tuple[int, bool] | None) -> None:
    tokens = split_tokens(title, 0, len(title))
    assert kicker_end(tokens, lambda word: alone) == expected


# (case, text: the title line then body lines, [(quote's first words, speaker)])
STORIES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        # wiwsport.com (the address's words for the title; the body's label line over
        # the quotation dropped): a bare quotation under a tag and a dash
        "fr-video-tag-then-label",
        f"VIDEO – Sadio Mané : {FL} J’aurais aimé marquer plus, je peux faire mieux {FR}\n"
        f"{FL} Nous jouons pour notre peuple, pour défendre les couleurs de l’Equipe "
        "Nationale du Sénégal. Personnellement, j’ai fait mon devoir, c’est à dire "
        f"marquer ou faire marquer, et bien sûr gagner des trophées pour le pays. {FR}",
        [("Nous jouons", "Sadio Mané")],
    ),
    (
        # near-miss: the same story with its tag replaced by a lone capitalised word
        # (adapted); the body never writes the word alone, so it may be a person
        "fr-lone-word-then-name",
        f"Teranga – Sadio Mané : {FL} J’aurais aimé marquer plus, je peux faire mieux {FR}\n"
        f"{FL} Nous jouons pour notre peuple, pour défendre les couleurs de l’Equipe "
        "Nationale du Sénégal. Personnellement, j’ai fait mon devoir, c’est à dire "
        f"marquer ou faire marquer, et bien sûr gagner des trophées pour le pays. {FR}",
        [("Nous jouons", None)],
    ),
]


@pytest.mark.parametrize(("case_id", "text", "expected"), STORIES)
def test_story_quotes(
    case_id: str,
    text: str,
    expected: list[tuple[str, str | None]],
    body_blocks: Callable[[str], list[tuple[int, int]]],
) -> None:
    found = [c for block in find_quotations(text, body_blocks(text)) for c in block]
    got = [(c.text, c.speaker) for c in found]
    assert len(found) == len(expected), (case_id, got)
    for citation, (start, speaker) in zip(found, expected, strict=True):
        assert citation.text.startswith(start), (case_id, got)
        assert citation.speaker == speaker, (case_id, got)
