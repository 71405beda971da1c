"""English shapes added in session 21 (qen21, issue 15), table-driven.

* Irish and British police ranks before a name: "Garda" (the Irish constable's rank)
  and the ranks' abbreviations written without a dot ("Supt", "Sgt", "Insp") or with
  one ("Supt."); an office before a body's noun ("Garda Press Office", "Garda
  S\u00edoch\u00e1na") names the body, not a person (english_offices.py,
  names._trim_name).
* "X quoted him as saying", "quoted Ada Obi as saying", "Obi was quoted as saying":
  the person quoted is the object of "quoted", not the agency that relays the words
  (english_quoted.py).
* A surname written with the other apostrophe than its full name before it ("Eamon
  O'Neill" first, "O\u2019Neill" later) is the same person (name_apostrophes.py).
* A surname after an opening phrase and its comma ("In an interview with reporters,
  X debunked ...", "Speaking to reporters later, X thanked ...") is the sentence's
  subject, who the next quote's pronoun stands for (opening_phrases.py).
* The verbs of sending a message report its words ("the superintendent messaged X,
  \u201c\u2026\u201d", "she texted: \u201c\u2026\u201d"; english_messages.py), and a
  sentence ending in "read" credits the writer of the writing it names ("A text
  message from X, \u2026, read, \u201c\u2026\u201d", "X's letter read:";
  english_documents.writing_read_before).

Each case is a headline line, then body lines (the blocks); the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names; none comes from the seeds or the scored fixtures.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse._text.quotes import find_quotations

EL, ER = "\u201c", "\u201d"
AP = "\u2019"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "en-rank-garda-before-a-name",
        f"Title\n{EL}We found the car at noon,{ER} said Garda Niamh Brennock.",
        [("We found the car", "Niamh Brennock")],
    ),
    (
        "en-rank-supt-without-a-dot",
        f"Title\n{EL}The file was complete,{ER} said Supt Ronan Kealy.",
        [("The file was complete", "Ronan Kealy")],
    ),
    (
        "en-rank-sgt-without-a-dot-after-the-verb",
        f"Title\n{EL}He was calm,{ER} said Sgt Aoife Marron.",
        [("He was calm", "Aoife Marron")],
    ),
    (
        "en-rank-det-insp-two-ranks",
        f"Title\n{EL}The search goes on,{ER} Det Insp Colm Tierney said.",
        [("The search goes on", "Colm Tierney")],
    ),
    (
        "en-rank-supt-with-a-dot",
        f"Title\n{EL}It is early days,{ER} said Supt. Ann Roe.",
        [("It is early days", "Ann Roe")],
    ),
    (
        "en-rank-garda-surname-completed",
        f"Title\nGarda Niamh Brennock was on duty.\n{EL}I saw nothing,{ER} Garda Brennock said.",
        [("I saw nothing", "Niamh Brennock")],
    ),
    (
        "en-quoted-him-as-saying-colon",
        f"Title\nThe police chief, Tunde Adeyemi, has claimed the state is safe.\n"
        f"He spoke on Thursday at a lecture held in Ikeja.\n"
        f"The agency quoted him as saying: {EL}The roads are safer now.{ER}",
        [("The roads are safer", "Tunde Adeyemi")],
    ),
    (
        "en-quoted-name-as-saying-before",
        f"Title\nThe paper quoted Ada Obi as saying, {EL}We will not relent.{ER}",
        [("We will not relent", "Ada Obi")],
    ),
    (
        "en-quoted-name-as-saying-after",
        f"Title\n{EL}We will keep up the patrols,{ER} the agency quoted Ada Obi as saying.",
        [("We will keep up", "Ada Obi")],
    ),
    (
        "en-quoted-passive-was-quoted-as-saying",
        f"Title\nAda Obi was quoted as saying: {EL}We will not relent.{ER}",
        [("We will not relent", "Ada Obi")],
    ),
    (
        "en-apostrophe-curly-surname-after-straight-full-name",
        f"Title\nMessages were sent by Superintendent Eamon O'Dowd to the unit.\n"
        f"{EL}You{AP}re a star,{ER} O{AP}Dowd replied.",
        [("You", "Eamon O'Dowd")],
    ),
    (
        "en-apostrophe-straight-surname-after-curly-full-name",
        f"Title\nThe report came from Dr Mairead O{AP}Keeffe.\n{EL}It is clear,{ER} O'Keeffe said.",
        [("It is clear", f"Mairead O{AP}Keeffe")],
    ),
    (
        "en-phrase-participle-opening-then-the-surname",
        "Title\nRamon Dizon met Marco Cortes on Monday.\n"
        "Speaking to reporters later, Cortes thanked the police.\n"
        f"{EL}It went well on the whole,{ER} he said.",
        [("It went well", "Marco Cortes")],
    ),
    (
        "en-phrase-preposition-opening-then-the-surname",
        "Title\nRamon Dizon met Marco Cortes on Monday.\n"
        "In an interview with a radio station, Cortes rejected the claim of Dizon that he "
        "talked to Col. Ben Ocampo.\n"
        f"{EL}He said he talked to the chief, which is not true,{ER} he said.",
        [("He said he talked", "Marco Cortes")],
    ),
    (
        "en-phrase-two-subjects-after-the-phrase-are-no-one-person",
        "Title\nRamon Dizon met Marco Cortes on Monday.\n"
        "In Manila, Cortes and Dizon then toured the site.\n"
        f"{EL}It went well on the whole,{ER} he said.",
        [("It went well", "Ramon Dizon")],
    ),
    (
        "en-phrase-a-body-after-the-phrase-is-no-person",
        "Title\nRamon Dizon met Marco Cortes on Monday.\n"
        "Speaking to reporters later, Cortes Holdings paid the police.\n"
        f"{EL}It went well on the whole,{ER} he said.",
        [("It went well", "Ramon Dizon")],
    ),
    (
        "en-message-verb-role-subject",
        "Title\nSuperintendent Eamon Raftery sent the summons to Garda Niamh Brennock.\n"
        f"The next day, the superintendent messaged Garda Brennock, {EL}Any luck with it?{ER}",
        [("Any luck with it", "Eamon Raftery")],
    ),
    (
        "en-message-verb-texted-after",
        f"Title\n{EL}I am on my way to the station now,{ER} Ada Obi texted.",
        [("I am on my way", "Ada Obi")],
    ),
    (
        "en-writing-read-before-from-a-writer",
        "Title\nA text message from Ada Obi following up on the matter, read, "
        f"{EL}Any news,{ER} and nothing more.",
        [("Any news", "Ada Obi")],
    ),
    (
        "en-writing-read-before-possessive-writer",
        f"Title\nAda Obi's letter read: {EL}I will not stand again for the council.{ER}",
        [("I will not stand", "Ada Obi")],
    ),
    (
        "en-writing-read-before-a-sign-is-no-writer",
        "Title\nMayor Lena Hart opened the hall.\n"
        f"A sign on the door from the council read: {EL}Closed until further notice.{ER}",
        [("Closed until further notice", None)],
    ),
    (
        "en-writing-read-before-a-person-reading-names-nobody",
        f"Title\nThe clerk then read: {EL}The appeal is dismissed in full.{ER}",
        [("The appeal is dismissed", None)],
    ),
    (
        "en-message-noun-is-no-verb",
        "Title\nAda Obi sent a text message to Bo Lee on Friday.\n"
        f"{EL}It came too late for us to act on it,{ER} Lee said.",
        [("It came too late", "Bo Lee")],
    ),
    # Near-misses: a rank word before a body's noun, "quoted" with no "as", a name of
    # the other apostrophe that is another person's, are left as they were.
    (
        "en-rank-garda-press-office-is-a-body",
        f"Title\nThe Garda Press Office said: {EL}We do not comment on live cases.{ER}",
        [("We do not comment", "Garda Press Office")],
    ),
    (
        "en-rank-garda-siochana-is-the-force",
        f"Title\nAn Garda S\u00edoch\u00e1na said: {EL}We are appealing for witnesses.{ER}",
        [("We are appealing", "Garda S\u00edoch\u00e1na")],
    ),
    (
        "en-quoted-without-as-is-no-object-speaker",
        f"Title\nMayor Lena Hart spoke first.\n"
        f"The paper quoted a report by Ada Obi. {EL}It is late,{ER} Hart said.",
        [("It is late", "Lena Hart")],
    ),
    (
        "en-quoted-as-saying-agency-subject-not-the-speaker",
        f"Title\n{EL}Prices will rise again next year,{ER} Reuters quoted Ada Obi as saying.",
        [("Prices will rise", "Ada Obi")],
    ),
    (
        "en-apostrophe-two-people-of-the-other-spelling-stay-unresolved",
        f"Title\nDara O'Dowd and Ciara O'Dowd both spoke.\n{EL}It is fine,{ER} O{AP}Dowd said.",
        [("It is fine", f"O{AP}Dowd")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(
    text: str,
    expected: list[tuple[str, str | None]],
    body_blocks: Callable[[str], list[tuple[int, int]]],
) -> None:
    found = [c for block in find_quotations(text, body_blocks(text)) for c in block]
    got = [(c.text, c.speaker) for c in found]
    assert len(found) == len(expected), got
    for citation, (start, speaker) in zip(found, expected, strict=True):
        assert citation.text.startswith(start), got
        assert citation.speaker == speaker, got
