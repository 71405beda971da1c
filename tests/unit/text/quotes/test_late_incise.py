# ruff: noqa: RUF001 -- Russian and Ukrainian text on purpose
"""A speech frame inside the quotation marks after a later comma than the first (issue 15,
session 25), table-driven.

French sets the frame (the incise) inside the marks wherever the sentence pauses: after
its first comma ("\u00ab\u2026, d\u00e9clare X. \u2026\u00bb", read before), after a
later one ("\u00ab\u2026, c'est que \u2026, a-t-il confi\u00e9 apr\u00e8s la rencontre,
en zone mixte. \u2026\u00bb"), or closing the quotation ("\u00ab\u2026. Mais \u2026,
commente Me X.\u00bb") (:func:`seedparse._text.quotes.french_incises.sentence_incise`).
German sets "so X" between commas inside the marks ("\u201eDas war, so X, ein
Fehler\u201c") (:func:`seedparse._text.quotes.closing_tags.inner_so_tag`). Russian and
Ukrainian set the frame between dashes, and may describe the speaker after the name
("\u00ab\u2026, \u2014 said X, head of Y, \u2014 \u2026\u00bb", ``judging._INNER_DESCRIBED``).
A clause after a comma whose first word is no speech verb ("comme disait mon
p\u00e8re", "revivre \u2026", "dit-on") credits nobody.

The texts are sentences of French news copy found with a search of stored public pages
(Foot Marseille, L'Avenir, lavenir.net's reports of a fire and a football club; the
English near miss from a story in the Readability corpus), not
the scored fixtures, each shortened; the German ones are a club's post-match quotes
(sv98.de), the Russian and Ukrainian ones a governor's and a mayor's words (riavrn.ru,
volyn24.com), each with the frame put in where the sentence pauses. A sentence naming the person
is added before a pronoun where the page named them further up. The near misses are
the same sentences with the frame replaced by a clause that is no frame.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation

GL, GR = "\u00ab", "\u00bb"

_PAYET = (
    "Le seul bémol de cet après-midi, c\u2019est que l\u2019on perd Hiroki Sakai, %s. Un "
    "début de match assez bizarre, assez difficile où l\u2019on a trop perdu de ballons."
)

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "fr-inverted-frame-after-the-second-comma",
        f"Titre\nDimitri Payet a parlé après la victoire. "
        f"{GL}{_PAYET % 'a-t-il confié après la rencontre'}{GR}",
        [("Le seul bémol", "Dimitri Payet")],
    ),
    (
        "fr-frame-with-a-name-after-the-second-comma",
        f"Titre\n{GL}{_PAYET % 'a confié Dimitri Payet après la rencontre'}{GR}",
        [("Le seul bémol", "Dimitri Payet")],
    ),
    (
        "fr-frame-closing-the-quotation",
        f"Titre\n{GL}On essaie de faire le vide. Reléguer Verviers à 12 longueurs serait "
        f"idéal pour la confiance avant les fêtes, déclare Ibrahim Coulibaly.{GR}",
        [("On essaie de faire", "Ibrahim Coulibaly")],
    ),
    (
        "fr-frame-after-the-first-comma-as-before",
        f"Titre\n{GL}On essaie de faire le vide, déclare Ibrahim Coulibaly, le "
        f"joueur-entraîneur. Reléguer Verviers serait idéal avant les fêtes.{GR}",
        [("On essaie de faire", "Ibrahim Coulibaly")],
    ),
    (
        "fr-frame-with-a-full-name-after-the-second-comma",
        f"Titre\n{GL}Le président n\u2019était pas là, il est en vacances, explique "
        f"Michaël Verstraelen. De toute façon, il n\u2019y a aucune organisation depuis "
        f"le début.{GR}",
        [("Le président n", "Michaël Verstraelen")],
    ),
    (
        "de-so-frame-between-commas",
        "Titel\n\u201eWir haben heute, so Trainer Torsten Lieberknecht, verdient gewonnen "
        "und sind froh, dass wir den ersten Bundesliga-Sieg errungen haben.\u201c",
        [("Wir haben heute", "Torsten Lieberknecht")],
    ),
    (
        "de-so-frame-with-a-role-for-the-person-named-before",
        "Titel\nTorsten Lieberknecht war zufrieden. \u201eWir haben heute, so der Trainer, "
        "verdient gewonnen und sind froh, dass wir den ersten Sieg errungen haben.\u201c",
        [("Wir haben heute", "Torsten Lieberknecht")],
    ),
    (
        "uk-dash-frame-with-a-description-after-the-name",
        f"Заголовок\n{GL}Будемо сподіватися, що завершимо роботи до середини літа, \u2013 "
        f"сказав Ігор Поліщук, міський голова Луцька. \u2013 Бо зараз там дитячі "
        f"комплекси у жахливому стані.{GR}",
        [("Будемо сподіватися", "Ігор Поліщук")],
    ),
    (
        "ru-dash-frame-with-a-description-mid-sentence",
        f"Заголовок\n{GL}На протяжении шести лет вся наша страна помогала полуострову, "
        f"\u2013 сказал Александр Гусев, губернатор Воронежской области, \u2013 укреплять "
        f"экономику и строить социальные объекты.{GR}",
        [("На протяжении шести", "Александр Гусев")],
    ),
    (
        "ru-dashed-clause-with-a-name-but-no-frame",
        f"Заголовок\n{GL}Символом нашей связи стал Крымский мост, \u2013 грандиозное "
        f"сооружение, которое строил Александр Гусев, \u2013 и мы этим гордимся.{GR}",
        [("Символом нашей связи", None)],
    ),
    # Near misses: the clause after the comma opens with no speech verb; "so" opens an
    # idiom or a comparison.
    (
        "de-so-idiom-between-commas-is-no-frame",
        "Titel\n\u201eWir werden, so Gott will, auch nächste Woche gegen Kiel Torsten "
        "Lieberknechts Plan umsetzen und die Fehler abstellen.\u201c",
        [("Wir werden", None)],
    ),
    (
        "de-so-comparison-between-commas-is-no-frame",
        "Titel\n\u201eWir haben, so wie Torsten Lieberknecht es wollte, verdient "
        "gewonnen und sind froh über den ersten Sieg.\u201c",
        [("Wir haben", None)],
    ),
    (
        "fr-clause-after-the-second-comma-is-no-frame",
        f"Titre\n{GL}{_PAYET % 'comme disait Michel Hidalgo après la rencontre'}{GR}",
        [("Le seul bémol", None)],
    ),
    (
        "fr-infinitive-after-a-comma-is-no-frame",
        f"Titre\n{GL}J\u2019avais dit OK en D2, car j\u2019ai encore des choses à "
        f"transmettre à ce groupe. Mais, revivre le même genre de saison avec Didier "
        f"Gelders, c\u2019est presque impensable.{GR}",
        [("J\u2019avais dit OK", None)],
    ),
    (
        "en-reported-clause-closing-the-quotation-is-no-frame",
        "Title\n\u201cHe\u2019s conversation starved since it\u2019s solitary confinement. "
        "He replied after you left, said he was looking forward to it.\u201d",
        [("He\u2019s conversation starved", None)],
    ),
    (
        "fr-impersonal-frame-closing-the-quotation-names-nobody",
        f"Titre\n{GL}On essaie de faire le vide. Reléguer Verviers à 12 longueurs serait "
        f"idéal pour la confiance avant les fêtes, dit-on chez Ibrahim Coulibaly.{GR}",
        [("On essaie de faire", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_late_incise(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)
