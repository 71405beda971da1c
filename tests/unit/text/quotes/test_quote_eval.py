"""The quotation scoring harness and its fixtures (issue 15).

Three things are checked: the harness counts as its docstring says (on hand-made
predictions), the fixture files are well formed and annotate every quoted stretch of
their texts, and seedparse's scores on them do not fall below the floor measured when
the fixtures were written (phase 2 of issue 15 raises the floor to 0.90).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[4]


def _load_harness() -> ModuleType:
    path = ROOT / "benchmarks" / "quote_eval.py"
    spec = importlib.util.spec_from_file_location("quote_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["quote_eval"] = module
    spec.loader.exec_module(module)
    return module


qe = _load_harness()

#: Scores measured on the fixtures (recall, precision with the right speaker) after phase 2
#: of issue 15, rounded down. Raise them when the finder gets better; never lower.
FLOORS = {
    # qlatin added 25 English, French and German cases from new outlets (scored first at
    # en 22/34, de 10/25, fr 6/16 predicted right); on the 295 quotations before them the
    # scores are unchanged (de 35/45, en 76/86, fr 50/69), so these floors are the
    # enlarged set's, not a fall.
    # qlatin's second round added 13 French and German held-out cases (42 quotations,
    # scored before any rule: de 11/21, fr 13/21); the floors below are the enlarged set's.
    # Then its rules: de 74/91, fr 75/107 (on the 402 quotations before them 332/402).
    # qlatin's third round added 17 French and German cases from new outlets (49 scored
    # quotations, scored before any rule: de 16/19, fr 12/30); its rules then gave de
    # 94/110, 94/108 and fr 94/137, 94/126 (on the cases before the round de 76/91,
    # fr 78/107; en unchanged).
    # Session 13 (qde): six new cases from outlets not used before, scored before any rule
    # 10/24, 10/22; after the round's rules 111/134, 111/131 (tune 68/73, holdout 43/61).
    # Session 15 (qde): three de-s15 cases from outlets not used before (12 scored
    # quotations, all in the tune part), scored before any rule: 1/12, 1/13; the floor
    # below is the enlarged set's (on the 134 quotations before them 111/134 unchanged).
    # Then its rules: an academic title between office and name ("Kultusministerin Dr.
    # X") and a time phrase opening a sentence ("Kommende Woche") is no person: 115/146;
    # an object after the verb is no office nor subject ("dankte allen Helfern:"): 117;
    # "Van der" names, "befand", a definite epithet opening the sentence before a quote
    # ("Der gebürtige Niederösterreicher erinnerte sich ..."): 122/146, 122/143 (the
    # s15 cases 11/12; tune 79/85, 79/82; holdout 43/61 unchanged); a "Name: „…“"
    # subheading searched by the article reader: 124/146, 124/144 (tune 81/85, 81/83); a
    # sentence ending in German closing marks is no subheading: 125/146, 125/145 (tune
    # 82/85, 82/84; holdout 43/61 unchanged).
    # Session 16 (qde2): four de-s16 cases from outlets not used before (17 scored
    # quotations: tune 12 in two cases, holdout 5 in two), scored before any rule: 9/17,
    # 9/17 (tune 7/12, 7/12; holdout 2/5, 2/5); the floor below is the enlarged set's
    # (on the 146 quotations before them 125/146, 125/145 unchanged). Then its rules:
    # fire-service, police, council, church and sport offices are titles
    # ("Ortsbrandmeister X"): 137/163, 137/162 (tune 92/97, 92/96; holdout unchanged);
    # the low mark typed as two commas (",,Wir haben …,\" so X"): 139/163, 139/163
    # (tune 94/97, 94/97; holdout unchanged); a possessive opening a sentence is no
    # name, a sentence opened by the surname of one named before introduces them, and
    # a speaker so named after someone else came in is who "er" stands for: 140/163,
    # 140/163 (tune 95/97; holdout unchanged).
    # Session 18 (the lead): five de-s18 cases from outlets not used before (Stuttgarter
    # Nachrichten, Kleine Zeitung, FC St. Pauli, FuPa, SSV Jahn: 14 scored quotations,
    # tune 2 in one case, holdout 12 in four), scored before any rule: 6/14, 6/14 (tune
    # 0/2; holdout 6/12); no wrong speaker, 8 found without one (label lines "Name
    # (Role)" above a quote, a colon after a relative clause, "war X hochzufrieden").
    # The floor below is the enlarged set's (on the 163 quotations before them 140/163).
    # Then a speaker's label on the line above a quotation paragraph ("Name (Role)",
    # "Name (Role):"; label_lines.py): 151/177, 151/177 (the s18 cases 11/14; tune
    # 0/2 and the older cases unchanged; other languages unchanged). A relative clause
    # before a colon about the name before its comma ("die Stimmung von X, der ...:")
    # and a verb-second subject after a quote and its comma ("\u201e\u2026\u201c, war
    # Trainer X zufrieden"): 153/177, 153/177 (tune 2/2 on the s18 case; the verb-second
    # rule first added a wrong Russian speaker: Cyrillic verbs are left out).
    # Session 20 (qen20's English offices): "coach" a title ("Schalkes U-23-Coach X"):
    # 156/177, 156/177 (all three in a held-out case).
    # Session 20 (qde20): ten de-s20 cases from outlets not used before (St. Galler
    # Tagblatt, Nau.ch, SVZ, Bild, Schwarzwälder Bote, Fuldaer Zeitung, Kurier, a repost
    # on gegen-br-mobbing.de, Lausitzer Rundschau, Altmark-Zeitung: 25 scored
    # quotations, tune 16 in seven cases, holdout 9 in three), scored before any rule:
    # 16/25, 16/26 (tune 13/16, 13/16; holdout 3/9, 3/10). The floor below is the
    # enlarged set's (on the 177 quotations before them 156/177, 156/177 unchanged).
    # Then its rules: a heading line between blank lines that ends in no mark ends a
    # sentence (line_breaks.py: "… zum Sieg" + "Fabian X, …" no name "Sieg Fabian X",
    # a wrong speaker fewer); sport positions are job nouns ("Der FCL-Goalie meint:"):
    # 173/202, 173/203 (tune s20 14/16, 14/16; holdout 3/9 unchanged).
    # Session 21 (qde21): ten de-s21 cases from outlets not used before (Ipf- und
    # Jagst-Zeitung, meinbezirk.at, Handelszeitung, watson.ch, Westfalen-Blatt,
    # Kitzbüheler Anzeiger, krm.at, Main-Post, LAOLA1, 20 Minuten: 27 scored
    # quotations, tune 26 in nine cases, holdout 1 in one), scored before any rule:
    # 16/27, 16/27 (tune 16/26, 16/26; holdout 0/1, 0/1). The floor below is the
    # enlarged set's (on the 202 quotations before them 173/202, 173/203 unchanged).
    # Then its rules (tuned on the tune part only): Swiss and Austrian offices
    # (german_offices.py): 195/229, 195/230; an office phrase ends at the next clause,
    # an article before an office brings the person in: 196; ", so X." ending the
    # sentence of a fragment (closing_tags.py): 198/229, 198/231; "informiert", "lacht",
    # "fährt fort", "Initiator und Hauptorganisator X": 200; "Er sagte, … werde … .":
    # 201; "X ist zufrieden. «…»" (stance_sentences.py): 202; "ist es X wichtig zu
    # betonen", "Nur: „…“": 204/229, 204/231; a title after "Sendung": 204/230;
    # "gab X … und stellte fest:": 205; "X Y: „…“, lacht er": 206; Konjunktiv I
    # fragments (reported_fragments.py): 208, 209/229, 209/230 (tune 127 -> 140/141;
    # holdout 62/88, 62/89 -> 69/88, 69/89; the s21 cases 25/27, 25/27).
    # Session 22 (qde22): nine de-s22 cases from outlets not used before (20 scored
    # quotations: tune 15 in six cases, holdout 5 in three), scored before any rule:
    # 12/20, 12/19 (tune 9/15, 9/14; holdout 3/5, 3/5). The floor below is the
    # enlarged set's (on the 229 quotations before them 209/229, 209/230 unchanged).
    # Then its rules (tuned on the tune part only): an office's body after a genitive
    # ("der Trainer des FC X Y", "der Chef des Autobauers X") names no person
    # (office_bodies.py): 223; the newsroom's job nouns as offices ("Chefredakteur"):
    # 224/249, 224/249 (the s22 cases 15/20, 15/19: tune 12/15, 12/14; holdout 3/5, 3/5).
    # Session 23 (qeval23): the de-e23 measurement set (4 cases, no rule tuned on it),
    # scored before the session's mechanisms: 5/9, 5/9; the floor is the enlarged set's.
    # Session 24 (qeval24): the de-e24 measurement set (6 cases, no rule tuned on it),
    # scored on main before the session's mechanisms: 14/21, 14/18; the floor is the
    # enlarged set's: 243/279, 243/276.
    # Session 24 (qnext24): two de-s24n cases (attribution after the quote: a caption in
    # parentheses, a subheading after a quotation), scored before any rule: 3/12, 3/12;
    # the enlarged set's floor below (on the 258 before them 229/258 unchanged).
    # Then its rules (after_quote.py: captions, the next paragraph, any verb after the
    # dash): 235/270, 235/270.
    # Session 24 (qhead24): three de-s24 cases, a speaker named only in the title, scored
    # before any rule: 0/7, 0/7 (tune 0/4, holdout 0/3); the enlarged set's floor below.
    # Then its mechanism, the title's person for a bare quote (headline_speaker.py):
    # 231/265, 231/265 (the s24 cases 2/7: tune 2/4, holdout 0/3).
    # (was "de": (0.887, 0.887): 229/258, 229/258; before the e23 cases 224/249, 224/249)
    # Session 24 (qprec24): three de-s24p cases from outlets not used before (8 scored
    # quotations), scored before any rule of that round: 5/8, 5/8; de 234/266, 234/266.
    # Then its rules (von phrases, nouns before a given name): de 236/266, 236/266.
    # Session 24 (qopen24): one de-s24o case (a quotation open across paragraphs, and near
    # misses), scored before any rule: 3/4, 3/4; the enlarged set's floor below.
    # Session 25 (qeval25): 6 de-e25 cases (outlets not used before,
    # no rule tuned on them), scored on main before the session's mechanisms: 11/16, 11/19;
    # the enlarged set's floor below (was 267/313, 267/310; re-score: --ids '*-e25-*').
    # Session 25 (qsingle25): one de-s25s near miss (straight double marks), scored
    # before any rule: 1/3, 1/2; the enlarged set's floor below.
    # Then its mechanism (single_marks.py): 270/316, 270/315 (e24, not tuned on: a
    # case in straight single marks 0/3 -> 2/3).
    # Session 25 (qhead25): 1 de-s25h case (a headline kicker, a near miss), scored before
    # any rule: 1/3, 1/2; the enlarged set's floor below.
    # qincise25: one de-s25i case (scored before any rule: 2/3, 2/3).
    # Session 26 (qeval26): 6 de-e26 cases (outlets not used before,
    # no rule tuned on them), scored on main before the session's mechanisms: 11/16, 11/16;
    # the enlarged set's floor below (was 284/338, 284/339; re-score: --ids '*-e26-*').
    # Session 26 (qprec26): one de-s26p case (titles in marks, no quotation; 11
    # negatives), scored before any rule: 0 predicted; de unchanged. Then its rules
    # (mentions.py): 299/361, 299/361 (e25: a topic question after "Fragen wie" no longer
    # taken).
    # Session 26 (qrole26): eleven *-s26r-* cases from outlets not used before (generic
    # person nouns as speakers: "the unidentified resident", "sagt die Frau", "рассказала
    # жительница"), scored before any rule: 21/36, 21/31 (en 7/12, de 5/6, fr 3/3, ru 4/9,
    # uk 2/6); the floors below are the enlarged set's (the groups before them unchanged:
    # de 325/383, en 475/558, fr 348/410, ru 203/236, uk 177/205). Then its rules
    # (generic_persons.py): s26r 24/36, 24/31; all 1555/1828, 1555/1794 (wrong 51 -> 49,
    # invented 21 -> 16); e26 43 -> 45/55 (not tuned on); no case worse.
    "de": (0.848, 0.848),  # 330/389, 330/389
    # Session 26 (qlatin26): seven de-s26l cases (label lines with a club's ordinal,
    # court roles, offices set off by commas), scored before any rule of the round:
    # 13/22, 13/22 (was 299/361, 299/362; the enlarged set 312/383, 312/384). Then its
    # rules (an ordinal inside a label's parentheses, post-nominals, relative clauses,
    # court roles, frames broken across lines, a pronominal adverb first): s26l 22/22;
    # de-e26 +4 (not tuned on).
    # Session 26 (qnames26): 3 de-s26n cases (names with particles, offices and places
    # around them), scored before any rule: 4/7, 4/7; the enlarged set's floor below.
    # qen's round added 9 English cases from new outlets (29 scored quotations, scored
    # before any rule: 19/29, 19/30; tune 6/15, holdout 13/14; en 124/149, 124/150);
    # its rules then gave 128/149, 128/150 (on the 120 quotations before it 105/120).
    # Session 12 (qen, no new cases): the headline's "<Full Name>: ..." label for a
    # surname or a role the body gives no full name for: 131/149, 131/150.
    # Session 13 (qmarks, no new cases): mixed marks of copied text (a straight opening
    # mark closed by a curly one and back): 133/149, 133/151.
    # Session 13 (qen): six en-s13 cases before any rule 26/26, 26/27; then quoted
    # English titles are no quotation.
    # Session 14 (qshape): three en-s14 cases before any rule 17/17, 17/17.
    # Session 15 (qen, no new cases): naming verbs ("called it \u201c\u2026\u201d"), a
    # "while" clause after the quote: 184/192, 184/192; a tag ending reported speech
    # (", she adds.") carried to the next quote paragraph: 185/192, 185/192; "the notes
    # of the Bill" is no speech verb in the sentence around a quote: 186/192, 186/192;
    # words in marks after an article, credited to nobody, are a name: 186/192, 186/191.
    # Session 16 (qde2, no new English cases): a middle initial that reads as a title
    # ("John M. Smith", French "M.") is part of the name: 189/192, 189/191 (all three
    # in the held-out part: holdout 44/50 -> 47/50).
    # Session 20 (qen20): ten en-s20 cases from outlets not used before (47 scored
    # quotations: tune 43 in nine cases, holdout 4 in one), scored before any rule:
    # 35/47, 35/47 (tune 31/43, 31/43; holdout 4/4, 4/4); the floor below is the
    # enlarged set's (on the 192 quotations before them 189/192, 189/191 unchanged).
    # Then its rules: offices of schools, companies, counties, police and sport before a
    # name ("Superintendent X Y", "Chief Executive X Y"; english_offices.py): 229/239,
    # 229/238 (tune s20 36/43; also de +3, "U-23-Coach" a title, in a held-out case);
    # a firm or a place, a job noun and a full name with no comma ("said Bernstein
    # analyst X Y"; english_apposition.job_noun_subject): 231/239, 231/238; a word
    # capitalised inside ("KeyBanc") opening a sentence stays in the name: 232/239,
    # 232/238 (tune s20 39/43; holdout unchanged); a writing a person signs ("read X's
    # message", "read a statement from X", "X's letter said"; english_documents.py):
    # 234/239, 234/238 (tune s20 41/43); a quote after a sentence of reported speech
    # opened by a pronoun ("He also said ... . “…”"; reported_pronoun.py):
    # 235/239, 235/238 (tune s20 42/43; holdout unchanged); an outlet's "X reported"
    # after the quote relays the words of the "according to" person or of the
    # sentence's own speech verb (english_relay.py): 236/239, 236/238 (tune s20 43/43,
    # tune en 185/185; holdout unchanged).
    # Session 21 (qen21): ten en-s21 cases from outlets not used before (Limerick Leader,
    # RTÉ, ThisDay, Daily Report Nigeria, The Manila Shimbun, Tempo, WAtoday, Global News,
    # NewsHeads after IANS, Sporting Life: 42 scored quotations, tune 21 in five cases,
    # holdout 21 in five), scored before any rule: 18/42, 18/41 (tune 8/21, 8/20; holdout
    # 10/21, 10/21); the floor below is the enlarged set's (on the 239 quotations before
    # them 236/239, 236/238 unchanged). Then its rules: Irish and British police ranks
    # before a name ("Garda X Y", "Supt", "Sgt" without a dot; english_offices.py), an
    # office before a body's noun names the body ("Garda Press Office"): 258/281,
    # 258/279; "quoted him as saying", "X was quoted as saying" (english_quoted.py):
    # 261/281, 261/279; a surname written with the other apostrophe than its full
    # name (name_apostrophes.py): 263/281, 263/279; a surname after an opening phrase
    # and its comma is the sentence's subject ("In an interview with reporters, X
    # debunked ..."; opening_phrases.py): 265/281, 265/279; verbs of sending a message
    # ("messaged", "texted"; english_messages.py): 266/281, 266/279; a sentence ending
    # in "read" credits the writer of the writing it names ("A text message from X
    # ..., read, “…”"; english_documents.writing_read_before): 267/281,
    # 267/280 (s21 31/42, 31/42; tune s21 20/21, 20/21; holdout s21 11/21, 11/21; tune
    # en 205/206, 205/206).
    # Session 22 (qen22): ten en-s22 cases from outlets not used before (CNA, Timeless
    # News, Pulse Live Kenya, KBC, Bana, Richmondshire Today, The Stray Ferret, MIL-OSI
    # New Zealand after NZ Police, Marketwired, a produce-trade report on geosquare.in: 46
    # scored quotations, tune 41 in nine cases, holdout 5 in one), scored before any rule:
    # 34/46, 34/44 (tune 34/41, 34/41; holdout 0/5, 0/3); the floor below is the enlarged
    # set's (on the 281 quotations before them 267/281, 267/280 unchanged). Then its
    # rules: speech verbs by class from Levin (1993), with judgment verbs whose object is
    # no speaker (english_verb_classes.py, english_judgment.py): 304/327, 304/325; a name
    # after a preposition in an indefinite subject ("one official at City Hall told";
    # english_indefinites.py): 305/327, 305/325; a speech verb in the infinitive after a
    # catenative ("X went on to say"; english_catenatives.py): 306/327, 306/325; two
    # offices joined by "and" ("CEO and President X"; english_coordination.py): 307/327,
    # 307/325 (s22 39/46, 39/44; tune s22 39/41, 39/41; holdout s22 0/5, 0/3; tune en
    # 244/247, 244/247; held out en 62/80 -> 63/80).
    # Session 23 (qeval23): the en-e23 measurement set (5 cases, no rule tuned on it),
    # scored before the session's mechanisms: 17/20, 17/20; the floor is the enlarged set's.
    # qrole23 merged: 325/347, 325/345 (before the e23 cases 308/327, 308/325).
    # Session 24 (qeval24): the en-e24 measurement set (5 cases, no rule tuned on it),
    # scored on main before the session's mechanisms: 7/16, 7/16; the floor is the
    # enlarged set's: 332/363, 332/361.
    # Session 24 (qnext24): two en-s24n cases (a caption line under or above each
    # quotation, topic lines naming a player), before any rule 3/11, 3/11; the enlarged
    # set's floor below (on the 347 before them 325/347 unchanged).
    # Then its rules: 333/358, 333/356.
    # Session 24 (qhead24): three en-s24 cases, scored before any rule: 1/9, 1/9 (tune
    # 0/8, holdout 1/1); the enlarged set's floor below (before them 325/347, 325/345).
    # Then its mechanism (headline_speaker.py): unchanged, 326/356, 326/354.
    # Session 24 (qopen24): one en-s24o case (a quotation open across paragraphs, and near
    # misses), scored before any rule: 7/7, 7/7; the enlarged set's floor below.
    # Session 25 (qeval25): 5 en-e25 cases (outlets not used before,
    # no rule tuned on them), scored on main before the session's mechanisms: 17/23, 17/22;
    # the enlarged set's floor below (was 379/415, 379/413; re-score: --ids '*-e25-*').
    # Session 25 (qsingle25): seven en-s25s cases (straight single quotation marks, and
    # near misses: apostrophes, nested and title single marks), scored before any rule:
    # 11/37, 11/25 (tune 11/28, holdout 0/9); the enlarged set's floor below.
    # Then its mechanism (single_marks.py: straight single marks around a quotation):
    # 397/452, 397/450 (s25s 18/37, 18/37: tune 11/28, holdout 7/9; the new
    # predictions are all quotations, 6 with no or a wrong speaker).
    # Session 25 (qhead25): 1 en-s25h case (a headline kicker, a near miss), scored before
    # any rule: 0/6, 0/5; the enlarged set's floor below.
    # qincise25: one en-s25i case (scored before any rule: 0/7, 0/7).
    # Session 26 (qante26): nine en-s26a cases (antecedents of pronoun and role speakers:
    # a role or named subject set off by a relative clause, a day or a phrase between
    # subject and verb, an "and" in an office complement, and near misses), scored before
    # any rule: 20/26, 20/26 (6 wrong speakers); the enlarged set's floor below.
    # Then its rules (antecedents.py): 439/514, 439/510 (s26a 25/26; no other case moves).
    # Session 26 (qen26): eight en-s26e cases (honorifics and council titles before a
    # surname: "Cllr X", "Coun X", "Mr X", "councillor X", the full name given earlier;
    # outlets not used before), scored before any rule: 6/20, 6/20 (8 wrong, 6 none);
    # the enlarged set's floor below (was 454/537, 454/533).
    # Then its rules (honorifics.py, statement_labels.py, english_phrasal.py, five
    # past-only speech verbs): 474/557, 474/553 (s26e 15/20; e26 32 -> 37/55; e23, e24,
    # e25 unchanged; no case worse).
    "en": (0.849, 0.855),  # 484/570, 484/566
    # Session 26 (qprec26): two en-s26p cases (titles in marks beside speech), scored
    # before any rule: 1/1, 1/2 (a title of eleven words taken); the enlarged set's floor.
    # Session 26 (qeval26): 6 en-e26 cases (outlets not used before,
    # no rule tuned on them), scored on main before the session's mechanisms: 7/15, 7/15;
    # the enlarged set's floor below (was 414/488, 414/484; re-score: --ids '*-e26-*').
    # Session 26 (qnames26): 3 en-s26n cases, scored before any rule: 5/8, 5/8; the
    # enlarged set's floor below.
    # Then its rules (name_particles.py): 422/496, 422/492 (the s26n cases 8/8).
    # qfr's round added 10 French cases from new outlets (27 scored quotations, scored
    # before any rule: 15/27, 15/27; tune 13/25, holdout 2/2; fr 109/164, 109/153; on the
    # 137 quotations before it 94/137, 94/126 unchanged).
    # Then its rules: fr 120/164, 120/152 (the round's new cases 26/27, 26/26; on the 137
    # quotations before it 94/137, 94/126 unchanged; held-out fr 48/83, 48/75 unchanged).
    # Session 13 (qmarks, no new cases): mixed marks (a guillemet or a straight opening
    # mark closed by a curly one, a curly one by a straight one) and French spacing
    # typed with straight marks: 127/164, 127/158.
    # Session 13 (qfr): three fr-s13 cases before any rule 6/9, 6/8; no rule.
    # Session 15 (qfr, no new cases; before it 133/173, 133/166): an elided word
    # opening a sentence is no name word ("C'est X, maire, qui"): 136/173, 136/166;
    # an incise after a comma of the quote, "a encore affirmé X", "l'organisation" a
    # body, "a-t-il débuté" (any participle): 140/173, 140/166; "nous confiait X",
    # "a précisé à l'AFP la procureure, X", "s'est irritée la ministre X" ("s'est" alone
    # no speech verb), an office then a name in commas introduces: 144/173, 144/166;
    # "Contacté par X, Name, président de ..., se dit « ... »": 145/173, 145/166; an
    # office opening a clause before a colon ("La maire a tenu à saluer ... :"): 146/173;
    # a short quote, then the verb and a name with no comma: 147/173, 147/167; a quote
    # ending its sentence, then a name and its one verb ("X exulte."): 148/173, 148/167;
    # "a déclaré X, ajoutant que « ... »" (a participle shares the subject): 149/173;
    # "« A » et « B », a confirmé X" (coordinated stretches): 150/173, 150/167.
    # Session 16 (qfr2): four fr-s16 cases from outlets not used before (SenePlus after
    # APS, Grand Québec, Poteaux Carrés, Le Cri d'Abidjan; 9 scored quotations, tune 2/3,
    # holdout 4/6), scored before any rule: 6/9, 6/9; the floor below is the enlarged
    # set's (on the 173 quotations before them 150/173, 150/167 unchanged).
    # Then its rules: the reporting verbs of an incise as a class, conjugated (passé
    # simple, present, imperfect; reflexive verbs of emotion, "s'impatiente X"):
    # 157/182, 157/176 (s16 cases 7/9; tune 78/85, 78/83; holdout 79/97, 79/93).
    # Two curly single marks typed for a double one ("\u2018\u2019\u2026\u2019\u2019",
    # marks.py and the native core): 158/182, 158/176 (s16 8/9; holdout 80/97, 80/93).
    # A definite role noun passes over a person introduced since with another office
    # ("le ministre" is not "le Président X"; exclusive_offices.py): 159/182, 159/176
    # (s16 9/9; tune 79/85, 79/83; holdout 80/97, 80/93).
    # Session 20 (qen20): ten fr-s20 cases from outlets not used before (23 scored
    # quotations: tune 19 in eight cases, holdout 4 in two), scored before any rule:
    # 15/23, 15/23 (tune 12/19, 12/19; holdout 3/4, 3/4); the floor below is the
    # enlarged set's (on the 182 quotations before them 159/182, 159/176 unchanged).
    # Then its rules: an incise ending a sentence inside the marks ("\u00ab\u2026,
    # souligne le commandant du SIS, X Y. \u2026\u00bb"; french_incises.py): 175/205,
    # 175/199 (tune s20 13/19); an office set off before a name whose closing comma
    # the text left out ("le pr\u00e9sident de l\u2019association, X Y a exprim\u00e9";
    # offices.office_unclosed) introduces the person: 176/205, 176/199 (tune s20 14/19);
    # the reporting verbs in the reformed spelling ("reconnait"; french_verbs.reformed):
    # 177/205, 177/199 (a held-out case, fr-la1ere-bensaid; tune s20 unchanged); a
    # speech verb whose complement is a thing ("a assur\u00e9 l'int\u00e9rim";
    # speech_objects.py) makes no speaker: 179/205, 179/199 (tune s20 16/19). The gold
    # of fr-s20-rue89-dumarey-greve's first quote, whose speaker the text names only
    # in the next sentence, brought to the README's convention ([name, null]; the
    # finder's None was counted wrong before): 180/205, 180/199 (holdout s20 4/4).
    # Session 20 (qfr20): eleven fr-s20b cases from outlets not used before (34 scored
    # quotations: tune 12 in four cases, holdout 22 in seven), scored before any rule:
    # 16/34, 16/32 (tune 7/12, 7/12; holdout 9/22, 9/20); fr 196/239, 196/231 (on the
    # 205 quotations before them 180/205, 180/199 unchanged). Then its rules: an incise
    # ending a sentence inside the marks that names a programme in marks of its own
    # ("\u00ab\u2026, a expliqu\u00e9 le gardien X \u00e0 "JiC". \u2026\u00bb";
    # french_incises.py): 197/239; a second quoted stretch of the sentence after the
    # incise and a description of its speaker ("\u00ab\u2026\u00bb, pr\u00e9cise X,
    # organisateur avec Y Z, \u00ab\u2026\u00bb"; french_incises.incise_goes_on): 198/239;
    # a new paragraph's one sentence about a thing with an object pronoun for the person
    # ("L'exemple ne l'\u00e9meut pas. \u00ab\u2026\u00bb"; french_clauses.
    # sentence_carries_on) carries on the last quote's speaker: 199/239, 199/231 (tune
    # s20b 10/12; holdout s20b 9/22 unchanged).
    # Session 21 (qfr21): ten fr-s21 cases from outlets not used before (Linfo.re,
    # Zinfos974, paperblog after AFP, Le Mans Maville, Le Journal de Montréal, Le Tribunal
    # du Net, RMC, Dakarposte after Dakaractu, Xibaaru, Arrêt sur images: 33 scored
    # quotations, tune 24 in six cases, holdout 9 in four), scored before any rule:
    # 19/33, 19/32 (tune 15/24, 15/24; holdout 4/9, 4/8); fr 218/272, 218/263 (on the
    # 239 quotations before them 199/239, 199/231 unchanged). Then its rules: an office
    # written with a capital heads the place after it ("Le Pr\u00e9fet de La R\u00e9union a
    # d\u00e9clar\u00e9") and a role in a "que" clause another person reports is not that
    # person (reported_roles.py): 221/272, 221/263; a role subject keeps its verb from one
    # capitalised word after it ("a r\u00e9agi aux images des R\u00e9unionnais";
    # latin_clauses.role_keeps_subject): 223/272; a verb and an adjunct leading into the
    # quote, "et qu'il serait \u00ab\u2026\u00bb" and an incise after an adjunct
    # (french_leads.py, french_incises.closing_incise): 227/272, 227/263 (tune s21 24/24);
    # a given name opening a French sentence before a two-word surname
    # (opening_given.py): 229/272; the headline's subject for a role before anyone is
    # named, with "M. X" in the body (headline_subject.py): 231/272, 231/263 (tune fr
    # 120/140 -> 133/140; holdout fr 98/132, 98/125 and holdout s21 4/9, 4/8 unchanged).
    # Session 22 (qslav22's rule): a headline's subject the body never writes again, in
    # any case form, is the person a role noun with nobody in view stands for
    # (unrepeated_subject.py; not in German text, nor when the rest of the headline has
    # a capital): 234/272, 234/262 (tune fr 133/140 -> 136/140; holdout fr 98/132
    # unchanged).
    # Session 22 (qfr22): ten fr-s22 cases from outlets not used before (swissinfo after
    # Keystone-ATS, Le Temps of Geneva, TSA, Le Jeune Indépendant, Le Droit, MadeInLens,
    # Le Temps of Tunis, Algérie 360, maliactu.net, 226infos.net: 31 scored quotations,
    # tune 26 in eight cases, holdout 5 in two), scored before any rule: 17/31, 17/31
    # (tune 15/26, 15/26; holdout 2/5, 2/5); fr 248/303, 248/293 (on the 272
    # quotations before them 231/272, 231/263 unchanged). Then its rules, all from the
    # grammar: "avoir" in any third-person form before a reporting verb's participle
    # ("avait indiqué le ministre") and the narrative future ("dira que"): 252/303,
    # 252/293 (tune s22 15/26 -> 19/26); the school grammars' classes of "verbes de
    # parole", the reflexive compound tenses with "être" in any form ("s'était
    # félicité", "se serait vanté"), the locutions of source ("aux dires de"), the
    # elided office at a sentence's opening: unchanged; the causative periphrases
    # ("a fait savoir X", "a laissé entendre X"): 253/303, 253/293 (tune fr 148/166 ->
    # 152/166; holdout fr 100/137, 100/129 -> 101/137, 101/129; holdout s22 2/5
    # unchanged).
    # qslav22 and qfr22 merged: 256/303, 256/293.
    # Session 23 (qeval23): the fr-e23 measurement set (5 cases, no rule tuned on it),
    # scored before the session's mechanisms: 8/14, 8/13; the floor is the enlarged set's.
    # qrole23 merged: 266/317, 266/306 (before the e23 cases 258/303, 258/293).
    # Session 24 (qeval24): the fr-e24 measurement set (6 cases, no rule tuned on it),
    # scored on main before the session's mechanisms: 8/15, 8/12; the floor is the
    # enlarged set's: 274/332, 274/318.
    # Session 24 (qnext24): two fr-s24n cases (a dash and the speaker after each
    # quotation; an inverted verb outside the list), before any rule 0/6, 0/6.
    # Then its rules: 273/323, 273/312.
    # Session 24 (qhead24): three fr-s24 cases, scored before any rule: 2/7, 2/5 (tune
    # 2/6, holdout 0/1); the enlarged set's floor below (before them 266/317, 266/306).
    # Then its mechanism (headline_speaker.py): 274/324, 274/311 (the s24 cases 5/7,
    # 5/5: tune 4/6, holdout 1/1; a held-out s22 case 0/2 -> 2/2; e23 8/14 -> 9/14).
    # Session 24 (qopen24): two fr-s24o cases (a quotation open across paragraphs, and near
    # misses), scored before any rule: 2/5, 2/5; the enlarged set's floor below.
    # Then its mechanism (open_quotes.py: a spaced closing guillemet ends a quotation
    # open across paragraphs): 298/350, 298/340.
    # Session 25 (qeval25): 5 fr-e25 cases (outlets not used before,
    # no rule tuned on them), scored on main before the session's mechanisms: 7/16, 7/16;
    # the enlarged set's floor below (was 301/353, 301/343; re-score: --ids '*-e25-*').
    # Session 25 (qsingle25): one fr-s25s near miss (apostrophes inside guillemets),
    # scored before any rule: 3/4, 3/4; the enlarged set's floor below.
    # Session 25 (qhead25): 6 fr-s25h cases (headline kickers and near misses), scored
    # before any rule: 4/6, 4/7; the enlarged set's floor below. Then its rule (a kicker
    # before the title's subject): 316/375, 316/366 (fr-e25-leral-ciss-realisme 0 -> 4/4).
    # qincise25: two fr-s25i cases (scored before any rule: 8/8, 8/8).
    # qincise25's rule (a frame after a later comma or closing the quotation): 318/377.
    # Session 26 (qeval26): 6 fr-e26 cases (outlets not used before,
    # no rule tuned on them), scored on main before the session's mechanisms: 5/10, 5/12;
    # the enlarged set's floor below (was 329/387, 329/378; re-score: --ids '*-e26-*').
    # Session 26 (qprec26): one fr-s26p case (song titles, no quotation), scored before
    # any rule: 0/0, 0/1 (one title taken); the enlarged set's floor.
    "fr": (0.854, 0.869),  # 353/413, 353/406
    # Session 26 (qlatin26): five fr-s26l cases (court chronicles: frames after '?' and
    # '!', roles without names), scored before any rule of the round: 11/13, 11/13; the
    # enlarged set 345/410, 345/403 (was 334/397, 334/390). Then its rules (court offices,
    # an adverbial phrase after an inverted verb, label lines "Réaction du maire, X :"):
    # s26l 12/13; fr-e26 +2 (not tuned on).
    # qslav's second round (11 Russian, 9 Ukrainian holdout cases, 30 quotations) was
    # scored before any rule of that round: ru 10/15 right, uk 14/15 (ru 57/77, 57/74
    # on the enlarged set); its oblique-case rules then raised ru to 63/77, 63/74.
    # qslav's third round (9 Russian, 5 Ukrainian holdout cases, 24 quotations) was
    # scored before any rule of that round: ru 9/16 right, uk 6/8 (the floors below are
    # the enlarged set's; on the quotations before them ru 63/77, uk 73/79 unchanged).
    # Then its rules (session 10): ru 84/93, 84/90; uk 81/87, 81/86.
    # qslav's fourth round (4 Russian, 6 Ukrainian cases from new outlets, split by the
    # harness, 17 scored quotations) was scored before any rule of that round: 15/17,
    # 15/17 (tune 9/11, holdout 6/6; ru 8/8, uk 7/9); the floors below are the enlarged
    # set's (on the quotations before them ru 84/93, uk 81/87 unchanged). Then its rules
    # (session 12: caption verbs after the dash, "according to him" before a quote
    # paragraph, a fragment of the subject who then "added", a quote that fills a
    # "that" clause): ru 94/101, uk 90/96.
    # Session 20 (qslav20): ten ru-s20 cases from outlets not used before, scored after
    # the round's Ukrainian rules and before any Russian one: 11/21, 11/20 (tune 8/15,
    # 8/14; holdout 3/6, 3/6); the floor below is the enlarged set's (on the quotations
    # before them 94/101, 94/99 unchanged). Then its rules: words relayed ("передает
    # слова X") and a run-on paragraph closed after quotes of its own: 109/122, 109/120.
    # A name's label before a quoted headline ending in a period makes it the title
    # (article reader), so its quote is no body quotation: 109/122, 109/119.
    # Then a dative after the verb read as the one spoken to ("пояснила агентству
    # сотрудница"), a three-letter office noun ("мэр") as a role, and a quote naming the
    # person in view by given name and patronymic not that person's: 110/122, 110/119.
    # Then a sentence's subject after a phrase of time set off by commas and before a
    # name in marks ("Сегодня, 1 июля, X при вручении «…» заявил"): 111/122, 111/119.
    # Session 21 (qslav21): five ru-s21 cases from outlets not used before, scored before
    # any rule: 6/17, 6/16 (tune 6/15, 6/14; holdout 0/2, 0/2); the floor below is the
    # enlarged set's (on the quotations before them 111/122, 111/119 unchanged). Then its
    # rules: an initial and a surname before the quote for the full name given before
    # ("И. X пояснил, что «…»", "По словам Д. X, «…»"): 121/139, 121/135; "по
    # утверждению X", a connective before an office subject ("При этом глава города
    # отметил:"), "as X added, his «…»", a nested quote's closing mark ending both
    # after "?" and a dash, a name in a nested quote said to the speaker, "поделился":
    # 125/139, 125/135 (tune s21 14/15; holdout s21 0/2 unchanged).
    # Session 22 (qslav22): five ru-s22 cases from outlets not used before, scored before
    # any rule: 9/12, 9/12 (tune 7/7, holdout 2/5); the floor below is the enlarged
    # set's (on the quotations before them 125/139, 125/135 unchanged).
    # Then its rules: Russian verbs of speech from a frequency list
    # (slavic_frequent_verbs.py): 135/151, 135/148 (tune 73/76 -> 74/76; the s22 cases
    # 9/12 unchanged, holdout s22 2/5 unchanged).
    # Session 23 (qeval23): the ru-e23 measurement set (6 cases, no rule tuned on it),
    # scored before the session's mechanisms: 9/11, 9/10; the floor is the enlarged set's.
    # Session 23 (qdash23): six ru-s23 cases from outlets not used before, quotations
    # given as dash lines without marks, scored before any rule: 1/9, 1/1 (tune 1/8,
    # holdout 0/1); the floor below is the enlarged set's (on the quotations before them
    # 135/151, 135/148 unchanged).
    # Then its mechanism, dash lines of direct speech (dash_lines.py, dash_speech.py):
    # 141/160, 141/154 (the s23 cases 1/9 -> 6/9, 6/6; tune 5/8; holdout 1/1).
    # qeval23, qrole23 and qdash23 merged: 151/171, 151/165 (e23 ru 9/11 -> 10/11).
    # Session 24 (qeval24): the ru-e24 measurement set (5 cases, no rule tuned on it),
    # scored on main before the session's mechanisms: 8/12, 8/8; the floor is the
    # enlarged set's: 159/183, 159/173.
    # Session 24 (qnext24): two ru-s24n cases, before any rule 1/3, 1/3.
    # Session 24 (qhead24): one ru-s24 case (holdout), scored before any rule: 0/1, 0/1.
    # Then its mechanism (headline_speaker.py): 152/172, 152/166 (the s24 case 0/1; a
    # held-out case 1/2 -> 2/2).
    # Session 24 (qprec24): three ru-s24p cases from outlets not used before (4 scored
    # quotations), scored before any rule of that round: 3/4, 3/4; ru 154/175, 154/169.
    # Then its rules (an office and a genitive): ru 155/175, 155/169.
    # Session 24 (qopen24): three ru-s24o cases (a quotation open across paragraphs, and near
    # misses), scored before any rule: 10/10, 10/10; the enlarged set's floor below.
    # Then its dash-line continuation (open_quotes.dash_goes_on: a first-person paragraph
    # with no dash after a speaker's dash line): 173/197, 173/189.
    # Session 25 (qeval25): 6 ru-e25 cases (outlets not used before,
    # no rule tuned on them), scored on main before the session's mechanisms: 5/8, 5/7;
    # the enlarged set's floor below (was 177/201, 177/193; re-score: --ids '*-e25-*').
    # qincise25: one ru-s25i case (scored before any rule: 2/2, 2/2).
    # Session 26 (qverbs26): five ru-s26v cases (speech verbs missing from the lists, and
    # a near miss: a plural verb with residents for its subject), scored before any rule:
    # 5/13, 5/11 (tune 2/3, holdout 3/10); the enlarged set's floor: 189/224, 189/213.
    # Then its speech verbs by lemma (slavic_paradigms.py): 193/224, 193/213 (s26v 5/13 ->
    # 7/13; e25 5/8 -> 7/8).
    # Session 26 (qprec26): two ru-s26p cases (company names after a legal form, one
    # nested with its outer mark left out), scored before any rule: 0/1, 0/2; the
    # enlarged set's floor.
    "ru": (0.845, 0.897),  # 219/259, 219/244
    # Session 26 (qdash26): seven ru-s26d cases (dash lines over two paragraphs, an
    # interview after a lead naming the coach, a colon with no person before a dash line),
    # scored before any rule: 8/14, 8/10 (the gold's headline quotes, not in the body,
    # dropped and one quotation over three paragraphs split a paragraph each after the
    # first count of 7/15, 7/10); the enlarged set's floor: 211/250, 211/235.
    # Then its rules (glued dashes, dash_paragraphs.py, answers in a dialogue, an adverb
    # of order before a reporting pronoun, "O ..." topic lines): 214/250, 214/237 (s26d
    # 10/14, 10/12; e26 ru-spring96 1/2 -> 2/2, not tuned on).
    # Session 26 (qeval26): 5 ru-e26 cases (outlets not used before,
    # no rule tuned on them), scored on main before the session's mechanisms: 6/8, 6/8;
    # the enlarged set's floor below (was 184/211, 184/202; re-score: --ids '*-e26-*').
    # Session 26 (qnames26): 3 ru-s26n cases (a Cyrillic "фон дер" surname, a Spanish
    # double surname), scored before any rule: 0/3, 0/3 (3 wrong speakers, cut names).
    # Then its rules (Cyrillic particles, double surnames): 187/214, 187/205 (s26n 3/3).
    # Session 15 (qde's German round): a "Name: „…“" subheading the article reader now
    # searches gives a held-out Ukrainian quote its speaker: 91/96, 91/96.
    # Session 20 (qslav20): ten uk-s20 cases from outlets not used before, scored before
    # any rule: 16/23, 16/17 (tune 15/19, 15/16; holdout 1/4, 1/1); the floor below is
    # the enlarged set's (on the quotations before them 91/96, 91/96 unchanged). Then
    # its rules: a quotation running on over paragraphs with no mark of their own
    # (run_on.py), an office and its lower-case complement before the verb ("Глава
    # держави сказав"), and Russian and Ukrainian exclusive offices: 114/119, 114/119
    # (the new cases 23/23; tune 19/19, holdout 4/4).
    # Session 21 (qslav21): five uk-s21 cases from outlets not used before, scored before
    # any rule: 5/10, 5/8 (tune 4/7, 4/5; holdout 1/3, 1/3); the floor below is the
    # enlarged set's (on the quotations before them 114/119, 114/119 unchanged). Then its
    # rules: a quotation going on over lines each opened by a dash, the last closing it
    # (an interview inside one pair of marks; run_on.py): 122/129, 122/129 (tune s21
    # 7/7; holdout s21 1/3 unchanged).
    # Session 22 (qslav22): six uk-s22 cases from outlets not used before, scored before
    # any rule: 5/10, 5/10 (all in the tune part); the floor below is the enlarged set's
    # (on the quotations before them 122/129, 122/129 unchanged).
    # Then its rules: a headline's subject the body never writes again for a role noun
    # with nobody in view (unrepeated_subject.py): 129/139; the job nouns of sport are
    # offices (slavic_sport_offices.py): 131/139, 131/139 (the s22 cases 9/10, tune); a
    # man's given name in "-a" written in the genitive with his genitive surname (Mykola;
    # slavic_case.genitive_nominative): 132/139, 132/139 (tune 81/82 unchanged; holdout
    # uk 50/57 -> 51/57).
    # Session 23 (qeval23): the uk-e23 measurement set (6 cases, no rule tuned on it),
    # scored before the session's mechanisms: 3/7, 3/5; the floor is the enlarged set's.
    # Session 23 (qdash23): four uk-s23 cases (dash lines, interviews), scored before any
    # rule: 1/8, 1/2 (tune 0/6, holdout 1/2); the enlarged set's floor below.
    # Then its dash-line mechanism: 137/147, 137/145 (the s23 cases 1/8 -> 5/8, 5/6;
    # tune 3/6; holdout 2/2).
    # qeval23, qrole23 and qdash23 merged: 141/154, 141/151 (e23 uk 3/7 -> 4/7).
    # Session 24 (qeval24): the uk-e24 measurement set (5 cases, no rule tuned on it),
    # scored on main before the session's mechanisms: 6/9, 6/9; the floor is the
    # enlarged set's: 147/163, 147/160.
    # Session 24 (qnext24): two uk-s24n cases, before any rule 1/3, 1/3.
    # Then its rules: 143/157, 143/154.
    # Session 24 (qhead24): one uk-s24 case (holdout), scored before any rule: 0/2, 0/2.
    # Then its mechanism (headline_speaker.py): 144/156, 144/153 (the s24 case 2/2;
    # e23 4/7 -> 5/7).
    # Session 24 (qprec24): two uk-s24p cases from outlets not used before (3 scored
    # quotations), scored before any rule of that round: 3/3, 3/3; uk 144/157, 144/154.
    # Session 24 (qopen24): two uk-s24o cases (a quotation open across paragraphs, and near
    # misses), scored before any rule: 3/5, 3/4; the enlarged set's floor below.
    # Session 25 (qeval25): 5 uk-e25 cases (outlets not used before,
    # no rule tuned on them), scored on main before the session's mechanisms: 10/15, 10/14;
    # the enlarged set's floor below (was 157/176, 157/172; re-score: --ids '*-e25-*').
    # Session 26 (qverbs26): three uk-s26v cases (speech verbs missing from the lists),
    # scored before any rule: 5/6, 5/6 (all in the tune part); the enlarged set's floor.
    # Then its speech verbs by lemma: 172/197, 172/192 unchanged (s26v 5/6 -> 4/6: a
    # resident's complaint credited to the one woman named; e25 10/15 -> 11/15).
    # Session 26 (qprec26): two uk-s26p cases (names after a legal form and a type noun),
    # scored before any rule: 1/2, 1/2; the enlarged set's floor.
    "uk": (0.860, 0.893),  # 185/215, 185/207
    # Session 26 (qdash26): two uk-s26d cases (an interview in dash lines after a colon,
    # a dash line after a fragment and a colon), scored before any rule: 2/4, 2/4; the
    # enlarged set's floor.
    # Then its rules: 182/209, 182/204 (s26d 3/4, 3/4; e26 uk-topnews-mamai 0/2 -> 2/2,
    # the brief's glued-dash shape, not tuned on).
    # Session 26 (qeval26): 5 uk-e26 cases (outlets not used before,
    # no rule tuned on them), scored on main before the session's mechanisms: 3/6, 3/5;
    # the enlarged set's floor below (was 167/191, 167/186; re-score: --ids '*-e26-*').
    # Session 26 (qnames26): a Ukrainian apostrophe inside a given name (Cyrillic
    # "V\u2019yacheslav") is no French elision: 168/191, 168/186 (uk-e23, not tuned on: 0/1 -> 1/1).
    # all: before the session's cases 238/295, 238/285; qslav's 20 Russian and Ukrainian
    # cases and qlatin's 25 English, French and German ones were scored before any rule
    # (phase 1: 94/203, 94/188; cases of phases 6 and 7 first scored 0.42-0.51)
    # qlatin's and qslav's second rounds merged (both held-out sets scored before rules)
    # qlatin's third round (17 cases, first scored 28/49, 28/45) and qslav's third (24
    # quotations, 15 right before any rule), then both rounds' rules (session 10).
    # qen's round (9 English cases, 19/29 right before any rule), then its rules.
    # qslav's fourth round (10 cases, 15/17 right before any rule), then its rules.
    # qfr's round (10 French cases, 15/27 right before any rule), then its rules.
    # Session 12: qen's headline rule (en +3).
    # Session 13: qmarks' mixed marks and French spacing (en +2, fr +7).
    # Session 13: qde's six German cases and rules.
    # Session 13: qfr's three French cases (no rule).
    # Session 13: qen's six English cases and its title rule.
    # Session 15: qen's naming verbs and contrasting clauses (en +1, 1 fewer wrong), a
    # tag ending reported speech (en +1), "notes of" a noun in in_sentence (en +1),
    # an article before unattributed words in marks (one fewer negative taken).
    # Session 15: qfr's French rules (no new cases).
    # Session 15: qde's three German cases (1/12, 1/13 before any rule).
    # qen, qfr and qde together (qde's three new German cases scored 1/12, 1/13 before
    # any rule; all 612/708, 612/697 with them): 646/708, 646/698.
    # Session 16: qde2's four German cases (9/17, 9/17 before any rule): 655/725, 655/715;
    # then its German offices rule (de +3): 658/725, 658/715; two commas for a low mark
    # (de +2): 660/725, 660/716; a middle initial is no title (en +3): 663/725, 663/716;
    # a speaker named again by surname (de +1): 664/725, 664/716.
    # Session 16: qfr2's four French cases (6/9, 6/9 before any rule), then its French
    # verb class (fr +1), doubled curly single marks (fr +1) and exclusive offices for
    # role nouns (fr +1). qde2 and qfr2 together: 673/734, 673/725.
    # Session 20: qen20's ten English cases (35/47, 35/47 before any rule): 721/795,
    # 721/786; then English offices before a name (en +5, de +3): 729/795, 729/786;
    # a job noun glued before the name (en +2), "KeyBanc" (en +1): 732/795, 732/786;
    # "read X's message" (en +2): 734/795, 734/786; "He also said ... ." (en +1):
    # 735/795, 735/786; an outlet relaying (en +1): 736/795, 736/786. Then qen20's ten
    # French cases (15/23, 15/23 before any rule): 751/818, 751/809; a French incise
    # ending a sentence inside the marks (fr +1): 752/818, 752/809; an office set off
    # before a name without its closing comma (fr +1): 753/818, 753/809; the reformed
    # spelling of French verbs (fr +1, held out): 754/818, 754/809; a speech verb
    # with a thing for complement (fr +2): 756/818, 756/809; a gold list brought to
    # the README's convention (fr +1, held out): 757/818, 757/809.
    # Session 20: qslav20's ten uk-s20 cases (16/23, 16/17 before any rule): 702/771, 702/756;
    # then its Ukrainian rules (uk +7, other languages unchanged): 709/771, 709/762;
    # then its ten ru-s20 cases (11/21, 11/20 before any Russian rule): 720/792, 720/782;
    # then its Russian rules (ru +4): 724/792, 724/783.
    # then the labelled quote headline as the title (one spurious fewer): 724/792, 724/782.
    # then the addressee, short-office and spoken-of rules (ru +1): 725/792, 725/782.
    # then the opening subject past a phrase of time (ru +1): 726/792, 726/782.
    # qen20 and qslav20 merged (session 20): 797/862, 797/852; held out 303/355, 303/348.
    # then qde20's ten de-s20 cases, before any rule: 813/887, 813/878; its rules: 814/887,
    # 814/878.
    # Session 20: qfr20's eleven fr-s20b cases (16/34, 16/32 before any rule): 813/896,
    # 813/884; then its three French rules (fr +3): 816/896, 816/884; held out 312/377,
    # 312/368 (unchanged by the rules).
    # qde20 and qfr20 merged: 833/921, 833/910; held out 315/386, 315/378.
    # Session 21: qen21's ten en-s21 cases (18/42, 18/41 before any rule): 851/963,
    # 851/951; held out 325/407, 325/399. Then its English rules (en +13, other
    # languages unchanged): 864/963, 864/952; held out 326/407, 326/399.
    # Session 21: qde21's ten de-s21 cases (16/27, 16/27 before any rule): 849/948,
    # 849/937; held out 315/387, 315/379. Then its German rules (de +20, other
    # languages unchanged): 869/948, 869/937; held out 322/387, 322/379.
    # qen21 and qde21 merged: 900/990, 900/979; held out 333/408, 333/400.
    # Session 21: qfr21's ten fr-s21 cases (19/33, 19/32 before any rule): 852/954,
    # 852/942; held out 319/395, 319/386. Then its French rules (fr +13, other
    # languages unchanged): 865/954, 865/942; held out 319/395, 319/386 unchanged.
    # qen21, qde21 and qfr21 merged: 932/1023, 932/1011; held out 337/417, 337/408.
    # Session 21: qslav21's ten ru-s21 and uk-s21 cases (11/27, 11/24 before any rule;
    # tune 10/22, 10/19; holdout 1/5, 1/5): 844/948, 844/934; held out 316/391, 316/383.
    # Then its rules (ru +8, uk +3; other languages and seeds unchanged): 855/948,
    # 855/936 (the s21 cases 22/27, 22/26; tune 539/557, 539/553; held out 316/391,
    # 316/383 unchanged).
    # qen21, qde21 and qslav21 merged: 922/1017, 922/1005; held out 334/413, 334/405.
    # The four session-21 rounds merged: 954/1050, 954/1036; held out 338/422, 338/412.
    # Session 22: qslav22's eleven ru-s22 and uk-s22 cases (14/22, 14/22 before any rule;
    # tune 12/17, holdout 2/5): 968/1072, 968/1058; held out 340/427, 340/417.
    # Then its rules (fr +3, ru +1, uk +5; de, en and seeds unchanged): 977/1072,
    # 977/1059 (the s22 cases 18/22, 18/22; tune 628/645 -> 636/645; held out 340/427 ->
    # 341/427, 340/417 -> 341/417).
    # Session 22: qen22's ten en-s22 cases (34/46, 34/44 before any rule): 988/1096,
    # 988/1080; held out 338/427, 338/415. Then its English rules (en +6, other
    # languages and seeds unchanged): 994/1096, 994/1081; held out 339/427, 339/416.
    # qslav22 and qen22 merged: 1017/1118, 1017/1104; held out 342/432, 342/421.
    # Session 22: qfr22's ten fr-s22 cases (17/31, 17/31 before any rule): 971/1081,
    # 971/1067; held out 340/427, 340/417. Then its French rules (fr +5, other
    # languages and seeds unchanged): 976/1081, 976/1067; held out 341/427, 341/417.
    # qslav22, qen22 and qfr22 merged: 1039/1149, 1039/1135; held out 345/437, 345/426.
    # Session 22 (qde22): the de-s22 cases, before any rule: 966/1070, 966/1055; held
    # out 341/427, 341/417. Then its rules: 969/1070, 969/1055; held out unchanged.
    # The four session-22 rounds merged: 1054/1169, 1054/1154; held out 348/442, 348/431.
    # Session 23 (qrole23): role memory, organisation names: 1057/1169, 1057/1154; held
    # out unchanged.
    # Session 23 (qeval23): the e23 measurement set, 26 cases from outlets not used
    # before, 61 scored quotations, scored before the session's mechanisms: 42/61, 42/57
    # (re-score: quote_eval.py --verbose --ids '*-e23-*'); the floor is the enlarged set's.
    # Session 23 (qdash23): the ten ru-s23/uk-s23 dash-line cases, before any rule:
    # 1056/1186, 1056/1157; held out 349/445, 349/432.
    # Then its dash-line mechanism (ru and uk only; de, en, fr and the seeds unchanged):
    # 1065/1186, 1065/1166; held out 351/445, 351/434.
    # qeval23, qrole23 and qdash23 merged: 1112/1247, 1112/1225; held out 369/466,
    # 369/455; the e23 measurement set 42/61, 42/57 -> 44/61, 44/59.
    # Session 24 (qeval24): the e24 measurement set, 27 cases from outlets not used
    # before, 73 scored quotations, scored on main before the session's mechanisms:
    # 43/73, 43/63 (re-score: quote_eval.py --gold ../shared/gold --verbose --ids
    # '*-e24-*'); the floor is the enlarged set's: 1155/1320, 1155/1288 (before them
    # 1112/1247, 1112/1225); held out 398/509, 398/495 (the e24 part 29/43, 29/40).
    # Session 24 (qnext24): the ten s24n cases (35 quotations), before any rule 8/35,
    # 8/35 (tune 8/15, holdout 0/20); the enlarged set's floor below.
    # Then its rules: 1136/1282, 1136/1260 (s24n 20/35, tune 15/15, holdout 5/20; the
    # e23 set 44/61 -> 48/61, 44/59 -> 48/59; held out 369/486 -> 374/486).
    # Session 24 (qhead24): eleven s24 cases from outlets not used before, a speaker named
    # only in the title and near-misses, 26 scored quotations, before any rule: 3/26,
    # 3/24 (tune 2/18, 2/16; holdout 1/8, 1/8); all 1115/1273, 1115/1249; held out
    # 370/474, 370/463 (re-score: quote_eval.py --verbose --ids '*-s24-*').
    # Then its mechanism, the title's person for a bare quotation (headline_speaker.py):
    # 1127/1273, 1127/1249 (wrong 24 unchanged); the s24 cases 10/26, 10/24 (tune
    # 6/18, 6/16; holdout 4/8, 4/8); tune 745/799 -> 751/799; held out 370/474 ->
    # 376/474; the e23 measurement set (not tuned on) 44/61, 44/59 -> 46/61, 46/59.
    # Session 24 (qprec24): eight s24p cases (de, ru, uk) from outlets not used before,
    # 15 scored quotations, before any rule of that round: 11/15, 11/15 (tune 4/6,
    # holdout 7/9); all 1123/1262, 1123/1240; held out 376/475, 376/464.
    # Then its rules: 1126/1262, 1126/1240 (s24p unchanged 11/15; e23 44/61 -> 46/61);
    # held out 377/475, 377/464.
    # Session 24 (qopen24): nine s24o cases (a quotation open across paragraphs, and near
    # misses), scored before any rule: 25/31, 25/30; the enlarged set's floor below.
    # Then its mechanism (open_quotes.py): 1225/1412, 1225/1383.
    # And the dash-line continuation: 1227/1412, 1227/1385.
    # Session 24 (qvoice24): eight s24v cases from outlets not used before (name lines
    # above or under a quotation, names reused by their first word, near misses), scored
    # before any rule of the round: 16/31, 16/31 (tune 13/22; holdout 3/9); the floors
    # of de, en, fr and all are the enlarged set's (re-score: --ids '*-s24v-*').
    # Then its mechanisms (name_lines.py: a name line above a quotation, stacked label
    # lines credit nobody, a caption under the title starts the surname look-up, a name
    # reused by its first word): 1231/1412, 1231/1378 (wrong 48 -> 35, invented 6 -> 3);
    # s24v 26/31 (tune 20/22, holdout 6/9); tune 796 -> 809/866; held out 414 ->
    # 422/546; e24 (not tuned on) 44 -> 52/73, 44/63 -> 52/63; e23 49/61 unchanged.
    # And a pronoun before the body names anyone, or a surname alone, stands for the
    # caption's person (name_lines.caption_person): 1234/1412, 1234/1378 (held out 425;
    # e24 56/73, 56/63).
    # Session 25 (qeval25): 27 e25 cases, the session's measurement set (outlets not used
    # before, no rule tuned on them), scored on main before the session's mechanisms:
    # 50/78, 50/78; the enlarged set's floor below (was 1281/1458, 1281/1431).
    # Session 25 (qsingle25): nine s25s cases (44 quotations), scored before any rule:
    # 15/44, 15/31; the enlarged set's floor below (re-score: --ids '*-s25s-*').
    # Then its mechanism (single_marks.py): 1305/1502, 1305/1477 (s25s 22/44, 22/43;
    # e24 59/73 -> 61/73, 59/66 -> 61/69; e23 unchanged; no negative taken).
    # Session 25 (qhead25): 8 s25h cases (headline kickers and near misses), scored before
    # any rule: 5/15, 5/14; the enlarged set's floor below. Then its rule (a kicker
    # before the title's subject, headline_kicker.py): 1340/1551, 1340/1523 (e25 50 ->
    # 54/78, 54/78; e23, e24 and the s25h cases unchanged).
    # qincise25: five s25i cases, 20 scored quotations (before any rule: 12/20, 12/20).
    # qante26: nine en-s26a cases, 26 scored quotations (before any rule: 20/26, 20/26).
    # Then its rules (antecedents.py): 1403/1641, 1403/1615 (e23, e24, e25 unchanged).
    # qen26: eight en-s26e cases, 20 scored quotations (before any rule: 6/20, 6/20).
    # Then its rules: 1485/1753, 1485/1726 (s26e 15/20; e26 32 -> 37/55, 37/56).
    "all": (0.851, 0.866),  # 1571/1846, 1571/1812
    # qdash26: nine s26d cases, 18 scored quotations (before any rule: 10/18, 10/14;
    # the set's floor 1538/1810, 1538/1777).
    # Then its rules: 1544/1810, 1544/1781 (s26d 13/18, 13/16; e26 43 -> 46/55, 46/57;
    # e23, e24, e25 unchanged; no other case moves).
    # Session 26 (qprec26): eight s26p cases (mentions in marks), scored before any
    # rule: 2/4, 2/7; the enlarged set's floor.
    # qlatin26: twelve de/fr-s26l cases, 35 scored quotations (before any rule: 24/35,
    # 24/35; the enlarged set 1489/1768, 1489/1741; was 1465/1733, 1465/1706). Then its
    # rules: s26l 34/35; e26 32 -> 38/55, 38/56; e23, e24, e25 unchanged.
    # Session 26 (qverbs26): eight ru/uk-s26v cases, before any rule 10/19, 10/17
    # (1387/1634, 1387/1606); then its speech verbs by lemma: 1391/1634, 1391/1606.
    # Session 26 (qeval26): 28 e26 cases, the session's measurement set (outlets not used
    # before, no rule tuned on them), scored on main before the session's mechanisms:
    # 32/55, 32/56; the enlarged set's floor below (was 1378/1615, 1378/1589).
    # Session 26 (qnames26): 9 s26n cases scored before any rule: 9/18, 9/18.
    # Then its rules: 1394/1633, 1394/1607 (s26n 15/18; e23 52/61 -> 53/61; no case worse).
}


# --------------------------------------------------------------------------- counting


def _case(*gold: object, not_quotes: tuple[str, ...] = (), exhaustive: bool = True) -> object:
    return qe.Case(
        id="t",
        language="xx",
        text="T\n\nbody",
        quotes=tuple(gold),
        not_quotes=not_quotes,
        exhaustive=exhaustive,
    )


def _pred(text: str, speaker: str | None) -> object:
    return qe.Prediction(text, speaker)


def test_right_speaker_counts_for_recall_and_precision() -> None:
    case = _case(qe.Gold("We are ready to talk today", "Jane Doe"))
    tally, _ = qe.score_case(case, [_pred("We are ready to talk today,", "Jane  Doe.")])
    assert (tally.gold, tally.right, tally.predicted, tally.predicted_right) == (1, 1, 1, 1)


def test_wrong_missing_and_invented_speakers_are_told_apart() -> None:
    case = _case(
        qe.Gold("one two three four five", "Jane Doe"),
        qe.Gold("six seven eight nine ten", "Jane Doe"),
        qe.Gold("alpha beta gamma delta", None),
    )
    preds = [
        _pred("one two three four five", "John Roe"),
        _pred("six seven eight nine ten", None),
        _pred("alpha beta gamma delta", "Jane Doe"),
    ]
    tally, _ = qe.score_case(case, preds)
    assert (tally.wrong, tally.none, tally.invented) == (1, 1, 1)
    assert tally.recall == 0.0 and tally.precision == 0.0
    assert tally.detection_recall == 1.0


def test_matching_is_by_word_overlap_one_to_one() -> None:
    case = _case(qe.Gold("the quick brown fox jumps over the lazy dog", "A B"))
    # Half the words or more in common matches; a second copy is spurious.
    preds = [_pred("the quick brown fox jumps", "A B"), _pred("the quick brown fox jumps", "A B")]
    tally, lines = qe.score_case(case, preds)
    assert tally.right == 1 and tally.spurious == 1 and tally.predicted == 2
    assert [ln.status for ln in lines] == ["ok", "SPURIOUS"]
    far, _ = qe.score_case(case, [_pred("a lazy dog", "A B")])
    assert far.found == 0 and far.spurious == 1


def test_negatives_and_optional_quotes() -> None:
    case = _case(
        qe.Gold("very disappointing", "Lee", optional=True),
        qe.Gold("another long quotation here", "Lee", optional=True),
        not_quotes=("lifeline",),
    )
    preds = [
        _pred("very disappointing", "Lee"),  # optional, right: ignored
        _pred("another long quotation here", "Kim"),  # optional, wrong: an error
        _pred("lifeline", None),  # a negative taken
    ]
    tally, _ = qe.score_case(case, preds)
    assert tally.gold == 0
    assert tally.predicted == 2 and tally.predicted_right == 0
    assert tally.negatives_taken == 1 and tally.wrong == 1


def test_alternative_answers() -> None:
    case = _case(qe.Gold("words of the statement", "Food Standards Agency", also=(None,)))
    for speaker in ("Food Standards Agency", None):
        tally, _ = qe.score_case(case, [_pred("words of the statement", speaker)])
        assert tally.right == 1
    tally, _ = qe.score_case(case, [_pred("words of the statement", "Fiona Parry")])
    assert tally.right == 0 and tally.wrong == 1


def test_prefix_gold_and_unjudged_predictions() -> None:
    case = _case(
        qe.Gold("The Kremlin continues to act", "Yevhen Tykhyi", prefix=True), exhaustive=False
    )
    preds = [
        _pred("The Kremlin continues to act according to the model it has.", "Yevhen Tykhyi"),
        _pred("something the gold does not list", None),
    ]
    tally, _ = qe.score_case(case, preds)
    assert tally.right == 1 and tally.unjudged == 1 and tally.predicted == 1


def test_speaker_normalisation() -> None:
    assert qe.norm_speaker("Alexander A. Dynakin") == qe.norm_speaker("alexander a dynakin")
    assert qe.norm_speaker("Te Kaurinui\u00a0Parata") == "te kaurinui parata"
    assert qe.norm_speaker("O\u2019Brien") == qe.norm_speaker("O'Brien")
    assert qe.norm_speaker("Lee Jae\u2011myung") == "lee jae-myung"
    assert qe.norm_speaker("Lee") != qe.norm_speaker("Lee Jae-myung")
    assert qe.norm_speaker(None) is None


# --------------------------------------------------------------------------- fixtures


def _squash(text: str) -> str:
    return " ".join(text.split())


CASES = qe.load_fixtures()


def test_fixture_sizes() -> None:
    by_language: dict[str, int] = {}
    for case in CASES:
        required = sum(1 for q in case.quotes if not q.optional)
        by_language[case.language] = by_language.get(case.language, 0) + required
    assert set(by_language) >= {"en", "de", "fr", "uk", "ru"}
    assert all(n >= 20 for n in by_language.values()), by_language
    assert sum(by_language.values()) >= 150
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("path", qe.fixture_files(), ids=lambda p: p.name)
def test_fixture_file_shape(path: Path) -> None:
    data = qe.read_fixture(path)
    assert path.stem == data["language"]
    assert isinstance(data["marks"], str) and data["marks"]
    for raw in data["cases"]:
        assert raw["id"].startswith(data["language"] + "-")
        assert raw["source"].strip() and "http" not in raw["source"]
        lines = raw["text"].splitlines()
        assert lines[0].strip() and lines[1:], raw["id"]
        for q in raw["quotes"]:
            assert set(q) <= {"text", "speaker", "shapes", "optional"}, q
            assert q["text"].strip()
            assert isinstance(q["speaker"], (str, list, type(None)))


@pytest.mark.parametrize("path", qe.fixture_files(), ids=lambda p: p.name)
def test_every_quoted_stretch_is_annotated(path: Path) -> None:
    """Each gold text is in its case's body, and every opening mark of the body lies
    in or next to a gold quotation or a negative: the gold is exhaustive, so that a
    prediction that matches nothing is a real false positive."""
    data = qe.read_fixture(path)
    for raw in data["cases"]:
        body = _squash(raw["text"].split("\n", 1)[1])
        covered: list[tuple[int, int]] = []
        for entry in [q["text"] for q in raw["quotes"]] + list(raw.get("not_quotes", ())):
            needle = _squash(entry)
            at = body.find(needle)
            assert at >= 0, f"{raw['id']}: {needle[:40]!r} is not in the text"
            while at >= 0:
                covered.append((at - 3, at + len(needle) + 3))
                at = body.find(needle, at + 1)
        for match in re.finditer("[" + re.escape(data["marks"]) + "]", body):
            pos = match.start()
            assert any(lo <= pos <= hi for lo, hi in covered), (
                f"{raw['id']}: unannotated mark at {body[max(0, pos - 30) : pos + 30]!r}"
            )


# --------------------------------------------------------------------------- floors


@pytest.fixture(scope="module")
def report() -> object:
    return qe.evaluate(CASES + qe.load_seed_cases())


@pytest.mark.parametrize("group", sorted(FLOORS))
def test_scores_do_not_fall_below_the_floor(report: object, group: str) -> None:
    tally = report.fixtures if group == "all" else report.by_language[group]  # type: ignore[attr-defined]
    recall_floor, precision_floor = FLOORS[group]
    assert tally.recall >= recall_floor, (group, tally.as_dict())
    assert tally.precision >= precision_floor, (group, tally.as_dict())


def test_seed_gold_quotations_stay_right(report: object) -> None:
    if not qe.GOLD.is_dir():
        pytest.skip("../shared/gold is not beside the project")
    seeds = report.seeds  # type: ignore[attr-defined]
    assert seeds.gold >= 18
    assert seeds.recall == 1.0 and seeds.precision == 1.0, seeds.as_dict()


def test_the_harness_runs_as_a_script(capsys: pytest.CaptureFixture[str]) -> None:
    assert qe.main(["--verbose"]) == 0
    out = capsys.readouterr().out
    assert "FIXTURES" in out and "recall with the right speaker by shape" in out


def test_ids_filter_keeps_prefixes_and_globs() -> None:
    """``--ids`` scores one round's set alone: a prefix or a glob, comma-separated; an
    id that only contains the pattern elsewhere (a near miss) is not kept."""
    cases = [
        qe.Case(id=i, language="xx", text="T\n\nb", quotes=())
        for i in ("en-e23-a", "de-e23-b", "en-s22-c", "uk-xe23-d")
    ]
    assert [c.id for c in qe.select_ids(cases, "*-e23-*")] == ["en-e23-a", "de-e23-b"]
    assert [c.id for c in qe.select_ids(cases, "en-, uk-")] == ["en-e23-a", "en-s22-c", "uk-xe23-d"]
    assert qe.select_ids(cases, "e23") == []


def test_the_harness_scores_only_the_ids_asked(capsys: pytest.CaptureFixture[str]) -> None:
    assert qe.main(["--json", "--ids", "en-s22-cna-"]) == 0
    out = capsys.readouterr().out
    assert '"cases": 1,' in out
