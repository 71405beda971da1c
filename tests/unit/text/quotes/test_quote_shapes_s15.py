# ruff: noqa: RUF001 -- Russian and Ukrainian texts: Cyrillic letters on purpose
"""Shapes added in session 15 (qen, issue 15), English and across languages.

* A naming verb ("called the plan \u201c\u2026\u201d", "called himself \u201c\u2026\u201d",
  "described it as \u201c\u2026\u201d") makes the quote its subject's words; the words
  after the closing mark are another clause
  (:func:`~seedparse._text.quotes.english_clauses.naming_verb_at`); the Russian and
  Ukrainian "called" with the name in the instrumental too. A name in marks or a
  fragment of three words or fewer after a naming verb is not taken.
* Russian and Ukrainian short adjectives of conviction ("sure", "convinced") credit
  their subject as a speech verb does; a plural verb (past, present or such an
  adjective) has no one person as its subject (:func:`~seedparse._text.quotes.slavic.gendered`).
* "\u201c\u2026,\u201d while Y said \u2026": a speech verb after a contrasting conjunction
  has its own clause and does not credit the quote before it
  (:func:`~seedparse._text.quotes.english_clauses.contrast_at`).
* A paragraph that is only a quote, after a sentence of reported speech that ends in
  a tag (", she adds."), goes on with the tag's speaker: a name, or for a pronoun the
  one quoted last when nobody came in since (``speech_before.tag_before``).
* "the explanatory notes of the draft": a speech verb's form before "of" is a noun in
  the sentence around a quote too, not only right before it.
* "the report said", "the statement said": a document credited with words is no
  person the text has in view (:data:`~seedparse._text.quotes.latin_clauses.DOCUMENTS`,
  now with English nouns); "the report" is read as a noun, not the verb "report".
* "\u201c\u2026,\u201d X said. Y replied that it was too late. \u201c\u2026\u201d": a new
  sentence's quote carries on the paragraph's last speaker unless a whole sentence
  between them credits someone else.
* "Burke's lawyer said", "said Tom Burke's lawyer, Ana Ruiz": a possessive role is
  someone of that person's side: the name set off after it, else only a person the
  text described with that role (a ``side-role``), never the last speaker
  (:func:`~seedparse._text.quotes.english_apposition.possessive_side`).
* "the spokeswoman said" stands for a person the text called so, never for the last
  speaker (English nouns in ``german_clauses.spokesperson``, as the German ones).
* "nothing generic about a \u201cfresh, wild-caught fillet.\u201d": words in marks
  after an article, credited to nobody, are the name of a thing, not a quotation.
* "On Monday, X defended the plan, saying \u201c\u2026\u201d": "On" before a capitalised
  word is a preposition, not the French pronoun "on"; the participle's subject is the
  name or pronoun after the opening phrase
  (:func:`~seedparse._text.quotes.english_apposition.participle_subject`).

Each case is a headline line, then body lines (the blocks); the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names; none comes from the seeds or the scored fixtures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from seedparse._text.quotes.english_apposition import participle_subject
from seedparse._text.quotes.english_clauses import contrast_at, naming_verb_at

EL, ER = "\u201c", "\u201d"
GL, GR = "\u00ab", "\u00bb"  # « »

Check = Callable[[str, Sequence[tuple[str, str | None]]], object]

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "en-two-clauses-each-quote-to-its-own-subject",
        "Title\nCouncil member Lena Ward called the plan "
        f"{EL}a disgrace to the city and its people,{ER} while Mayor Tom Burke said it was "
        f"{EL}the best budget we have passed in ten years.{ER}",
        [("a disgrace to the city", "Lena Ward"), ("the best budget", "Tom Burke")],
    ),
    (
        "en-two-clauses-with-speech-verbs",
        f"Title\nLena Ward said the plan was {EL}a disgrace to the city and its people,{ER} "
        f"whereas Tom Burke said {EL}we have passed the best budget in ten years.{ER}",
        [("a disgrace to the city", "Lena Ward"), ("we have passed", "Tom Burke")],
    ),
    (
        "en-called-himself-is-the-subjects-words",
        "Title\nThe governor met Omar Haddad, the state's new treasurer, on Friday.\n"
        f"Haddad previously called himself {EL}a numbers man with no time for speeches.{ER}",
        [("a numbers man", "Omar Haddad")],
    ),
    (
        "en-called-the-x-a-fragment-then-another-speaker-told",
        "Title\nJust days after a report that the minister called the mayor a "
        f"{EL}liar,{ER} Dana Cole told reporters, "
        f"{EL}I think it is false, and I will say so in court.{ER}",
        [("I think it is false", "Dana Cole")],  # (a one-word fragment is not taken)
    ),
    (
        "en-a-name-in-marks-after-a-naming-verb-is-no-quote",
        f"Title\nDana Cole called her new party {EL}Hope For All Our Towns{ER} at the rally.",
        [],
    ),
    (
        "ru-named-it-in-the-instrumental-is-the-subjects-words",
        "Заголовок\nМинистр финансов Иван Петров назвал новый бюджет "
        f"{GL}самым сложным за последние десять лет{GR}.",
        [("самым сложным", "Иван Петров")],
    ),
    (
        "uk-named-it-in-the-instrumental-is-the-subjects-words",
        "Заголовок\nМіністр фінансів Олена Коваль назвала новий бюджет "
        f"{GL}найскладнішим за останні десять років{GR}.",
        [("найскладнішим", "Олена Коваль")],
    ),
    (
        "ru-sure-that-credits-its-subject",
        "Заголовок\nМинистр финансов Иван Петров уверен, что "
        f"{GL}бюджет будет исполнен в срок, денег хватит на все{GR}.",
        [("бюджет будет исполнен", "Иван Петров")],
    ),
    (
        "ru-sure-after-the-dash-with-a-pronoun",
        "Заголовок\nПолитолог Анна Смирнова провела встречу. "
        f"{GL}Выборы пройдут спокойно, сюрпризов не будет{GR}, \u2013 уверена она.",
        [("Выборы пройдут", "Анна Смирнова")],
    ),
    (
        "uk-convinced-that-credits-its-subject",
        "Заголовок\nПолітолог Олена Коваль переконана, що "
        f"{GL}вибори пройдуть спокійно, сюрпризів не буде{GR}.",
        [("вибори пройдуть", "Олена Коваль")],
    ),
    (
        "uk-sure-after-the-dash-with-an-office",
        f"Заголовок\n{GL}Вибори пройдуть спокійно, сюрпризів не буде{GR}, \u2013 впевнений "
        "політолог Іван Петренко.",
        [("Вибори пройдуть", "Іван Петренко")],
    ),
    (
        "ru-a-plural-verb-has-no-one-person-as-subject",
        "Заголовок\nЖители уверены: "
        f"{GL}никто не знает, когда откроют дорогу, и никто не скажет{GR}.",
        [("никто не знает", None)],
    ),
    (
        "uk-a-plural-verb-has-no-one-person-as-subject",
        "Заголовок\nМешканці заявили, що "
        f"{GL}ніхто не знає, коли відкриють дорогу, і ніхто не скаже{GR}.",
        [("ніхто не знає", None)],
    ),
    (
        "en-the-report-said-credits-no-person",
        f"Title\n{EL}We will keep the plant open,{ER} said Dana Cole, the mayor.\n"
        f"{EL}The plant must close by the end of the year, whatever the council wants,{ER} "
        "the report said.",
        [("We will keep", "Dana Cole"), ("The plant must close", None)],
    ),
    (
        "en-the-statement-said-before-the-quote-credits-no-person",
        f"Title\n{EL}We will keep the plant open,{ER} said Dana Cole, the mayor.\n"
        f"The statement said {EL}the plant must close by the end of the year, whatever "
        f"the council wants.{ER}",
        [("We will keep", "Dana Cole"), ("the plant must close", None)],
    ),
    (
        "en-the-deal-adds-is-no-person",
        f"Title\n{EL}We will not sign it,{ER} said union leader Dana Cole.\n"
        "The deal would add a clause \u2014 according to the explanatory notes of the "
        f"draft \u2014 {EL}to protect the pay of every worker during the strike{ER}.",
        [("We will not sign it", "Dana Cole"), ("to protect the pay", None)],
    ),
    (
        "en-the-officer-said-is-still-the-person-in-view",
        f"Title\n{EL}We will keep the plant open,{ER} said Dana Cole, the mayor.\n"
        f"{EL}The plant must close by the end of the year, whatever the council wants,{ER} "
        "the mayor said.",
        [("We will keep", "Dana Cole"), ("The plant must close", "Dana Cole")],
    ),
    (
        "en-a-sentence-crediting-someone-else-between-two-quotes",
        f"Title\n{EL}We will keep the plant open,{ER} Dana Cole said. Tom Burke replied that "
        f"it was too late. {EL}It will close by June, and everyone knows it.{ER}",
        [("We will keep", "Dana Cole"), ("It will close", "Tom Burke")],
    ),
    (
        "en-a-background-sentence-between-two-quotes-keeps-the-speaker",
        f"Title\n{EL}We will keep the plant open,{ER} Dana Cole said. Her father, Tom Burke, "
        f"ran the plant for years. {EL}He would have wanted it to stay open for the town.{ER}",
        [("We will keep", "Dana Cole"), ("He would have", "Dana Cole")],
    ),
    (
        "en-the-attributions-own-sentence-is-not-someone-else",
        f"Title\nAna Ruiz: a hard year\n{EL}It was a hard year for all of us,{ER} the Ohio "
        f"Democrat told Tom Burke of WKZ. {EL}We lost two plants and a school this year.{ER}",
        [("It was a hard year", "Ana Ruiz"), ("We lost two plants", "Ana Ruiz")],
    ),
    (
        "en-a-possessive-role-is-not-the-last-speaker",
        "Title\nDana Cole met Tom Burke on Monday.\n"
        f"{EL}We will keep the plant open for the town,{ER} Burke's spokeswoman said.",
        [("We will keep", None)],
    ),
    (
        "en-a-possessive-role-after-the-verb-is-not-the-last-speaker",
        "Title\nDana Cole met Tom Burke on Monday.\n"
        f"{EL}We will keep the plant open for the town,{ER} said Burke's lawyer.",
        [("We will keep", None)],
    ),
    (
        "en-a-name-set-off-after-a-possessive-role-is-the-speaker",
        f"Title\n{EL}We will keep the plant open for the town,{ER} said Tom Burke's "
        "lawyer, Ana Ruiz.",
        [("We will keep", "Ana Ruiz")],
    ),
    (
        "en-a-name-set-off-after-a-possessive-role-before-the-verb",
        f"Title\n{EL}We will keep the plant open for the town,{ER} Tom Burke's lawyer, "
        "Ana Ruiz, said.",
        [("We will keep", "Ana Ruiz")],
    ),
    (
        "en-the-spokeswoman-is-not-a-person-never-called-so",
        "Title\nDana Cole met Tom Burke on Monday.\n"
        f"{EL}We will keep the plant open for the town,{ER} the spokeswoman said.",
        [("We will keep", None)],
    ),
    (
        "en-the-spokeswoman-is-the-person-called-so",
        "Title\nDana Cole, a spokeswoman for the city, met Tom Burke on Monday.\n"
        f"{EL}We will keep the plant open for the town,{ER} the spokeswoman said.",
        [("We will keep", "Dana Cole")],
    ),
    (
        "en-described-as-is-the-subjects-words",
        "Title\nOpposition leader Ruth Amadi described the speech as "
        f"{EL}a list of promises we have heard every year.{ER}",
        [("a list of promises", "Ruth Amadi")],
    ),
    (
        "en-a-plural-subject-of-called-leaves-the-attribution-after",
        f"Title\nCritics called the plan {EL}a disgrace to the whole city,{ER} Dana Cole said.",
        [("a disgrace to the whole city", "Dana Cole")],
    ),
    (
        "en-a-passive-naming-verb-credits-no-one",
        "Title\nDana Cole spoke at the fair.\n"
        f"The town was called {EL}the best little town in the whole state{ER} by a magazine.",
        [("the best little town", None)],  # kept (eight words), but nobody's
    ),
    (
        "en-a-tag-ending-reported-speech-carries-to-the-next-quote",
        "Title\nDana Cole, a weaver, spoke at the fair.\n"
        f"{EL}Each piece takes a week to finish,{ER} Cole explains.\n"
        "Older weavers counted rows with knots, she adds.\n"
        f"{EL}The practice is shared by every family.{ER}",
        [("Each piece", "Dana Cole"), ("The practice", "Dana Cole")],
    ),
    (
        "en-a-tag-after-a-new-person-stands-for-nobody-sure",
        "Title\nDana Cole, a weaver, spoke at the fair.\n"
        f"{EL}Each piece takes a week to finish,{ER} Cole explains.\n"
        "Omar Haddad sells the cloth in town, she adds.\n"
        f"{EL}The practice is shared by every family.{ER}",
        [("Each piece", "Dana Cole"), ("The practice", None)],
    ),
    (
        "en-a-tag-after-another-speech-verb-is-another-clause",
        "Title\nDana Cole, a weaver, spoke at the fair.\n"
        f"{EL}Each piece takes a week to finish,{ER} Cole explains.\n"
        "Mayor Omar Haddad announced a new market in town, Dana Cole replied.\n"
        f"{EL}The practice is shared by every family.{ER}",
        [("Each piece", "Dana Cole"), ("The practice", None)],
    ),
    (
        "en-a-sentence-with-no-tag-carries-nothing",
        "Title\nDana Cole, a weaver, spoke at the fair.\n"
        f"{EL}Each piece takes a week to finish,{ER} Cole explains.\n"
        "The cloth is sold in town, according to the shop.\n"
        f"{EL}The practice is shared by every family.{ER}",
        [("Each piece", "Dana Cole"), ("The practice", None)],
    ),
    (
        "en-notes-of-a-document-is-a-noun-not-a-speech-verb",
        f"Title\n{EL}We will not sign it,{ER} said union leader Dana Cole.\n"
        "The deal would keep a clause \u2014 according to the explanatory notes of the "
        f"draft \u2014 {EL}to protect the pay of every worker during the strike{ER}.",
        [("We will not sign it", "Dana Cole"), ("to protect the pay", None)],
    ),
    (
        "en-words-in-marks-after-an-article-credited-to-nobody-are-a-name",
        "Title\nDana Cole spoke at the fair.\n"
        f"Of course, there is nothing cheap about a {EL}hand-made, locally grown wool "
        f"blanket.{ER}",
        [],
    ),
    (
        "en-words-after-an-article-with-a-speaker-are-a-quote",
        f"Title\nDana Cole said it was a {EL}shameful, cruel and unnecessary decision by "
        f"the board.{ER}",
        [("shameful, cruel", "Dana Cole")],
    ),
    (
        "fr-the-verb-a-after-its-subject-is-no-article",
        "Title\nLe ministre est venu et il a \u00ab tout fait pour que la ville reste "
        "calme cette nuit \u00bb.",
        [("tout fait pour que", None)],
    ),
    (
        "en-a-day-opener-then-the-participles-subject",
        "Title\nOn Monday, Dana Cole defended the plan, saying "
        f"{EL}it keeps every school open for another year.{ER}",
        [("it keeps every school", "Dana Cole")],
    ),
    (
        "en-a-day-opener-then-a-pronoun-subject",
        "Title\nDana Cole spoke to the board.\nOn Monday, she defended the plan, saying "
        f"{EL}it keeps every school open for another year.{ER}",
        [("it keeps every school", "Dana Cole")],
    ),
    (
        "en-a-day-opener-then-a-list-has-no-one-subject",
        "Title\nOn Monday, Dana Cole, Tom Burke and others left the hall, saying "
        f"{EL}it keeps every school open for another year.{ER}",
        [("it keeps every school", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shapes(check_quotes: Check, text: str, expected: list[tuple[str, str | None]]) -> None:
    check_quotes(text, expected)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Lena Ward called the plan", 2),
        ("Haddad previously called himself", 2),
        ("what she called", 2),
        ("the minister called the mayor a", 2),
        ("Ruth Amadi described the speech as", 2),
        ("Ruth Amadi described the speech in", -1),  # no "as": not the name given
        ("The town was called", -1),  # a passive
        ("the so-called", -1),
        ("he answered the calls for", -1),  # a noun after an article
        ("Lena Ward called , and the", -1),  # a comma between: another clause
        ("Lena Ward called the old plan of the city council", -1),  # too far
    ],
)
def test_naming_verb_at(words: str, expected: int) -> None:
    assert naming_verb_at(words.split()) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("while Tom Burke said", 0),
        (", whereas Tom Burke said", 1),
        ("Tom Burke said , but", 4),
        ("Tom Burke said", 3),
    ],
)
def test_contrast_at(words: str, expected: int) -> None:
    assert contrast_at(words.split()) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Dana Cole left the hall ,", ("name", "Dana Cole")),
        ("On Monday , Dana Cole left the hall ,", ("name", "Dana Cole")),
        ("On Monday , she left the hall ,", ("pronoun", "she")),
        ("The head of the union , Marta Olsen , left the hall ,", ("name", "Marta Olsen")),
        ("Dana Cole , Tom Burke and others left the hall ,", None),
        ("On Monday , Dana Cole , Tom Burke and others left ,", None),
    ],
)
def test_participle_subject(words: str, expected: tuple[str, str] | None) -> None:
    tokens = words.split()
    assert participle_subject(tokens, 0, len(tokens) - 1) == expected
