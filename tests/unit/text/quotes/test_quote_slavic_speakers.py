# ruff: noqa: RUF001, RUF003 -- Russian and Ukrainian texts: Cyrillic letters and dashes on purpose
"""Russian and Ukrainian speakers in their named form (issue 15, qslav, session 10):
one person the text writes in several cases, a pronoun before its verb, and the rules
after them.

The texts are real news copy, abridged from stored public pages (the address is noted
beside each); none of them comes from the seeds. Where a row's text is also a scored
fixture's, it says so."""

from __future__ import annotations

import pytest

from seedparse._text.quotes import find_quotations
from seedparse._text.quotes.names import slavic_title, split_tokens
from seedparse._text.quotes.slavic import (
    oblique_office_before,
    quoted_person,
    slavic_adverb,
    speech_owner,
)
from seedparse._text.quotes.slavic_case import declines_to
from seedparse._text.quotes.slavic_names import oblique_adjective, of_a_person, one_person


def speakers(text: str) -> list[str | None]:
    """The speaker of every quotation the finder gives for ``text`` (one block a line)."""
    blocks = []
    pos = 0
    for line in text.split("\n"):
        blocks.append((pos, pos + len(line)))
        pos += len(line) + 1
    return [c.speaker for block in find_quotations(text, blocks) for c in block]


# -- one person in several cases --------------------------------------------------------

ONE_PERSON: list[tuple[str, set[str], str | None]] = [
    # informpskov.ru: "Глава администрации Пскова Игорь Чередниченко ... вступления Игоря
    # Чередниченко в должность" (an undeclined surname: the given name tells the case)
    ("undeclined-genitive", {"Игорь Чередниченко", "Игоря Чередниченко"}, "Игорь Чередниченко"),
    # dsnews.ua: "лідеру "Батьківщини" Юлії Тимошенко" beside the nominative
    ("uk-dative", {"Юлія Тимошенко", "Юлії Тимошенко"}, "Юлія Тимошенко"),
    # Two people of one surname: no case of one another.
    ("two-people", {"Олексій Гончаренко", "Ганна Гончаренко"}, None),
    ("two-men", {"Игорь Чередниченко", "Олег Чередниченко"}, None),
    ("one-form", {"Игорь Чередниченко"}, "Игорь Чередниченко"),
    ("latin", {"Igor Cherednichenko", "Igora Cherednichenko"}, None),
]


@pytest.mark.parametrize(
    ("case_id", "forms", "expected"), ONE_PERSON, ids=[c[0] for c in ONE_PERSON]
)
def test_one_person(case_id: str, forms: set[str], expected: str | None) -> None:
    assert one_person(forms) == expected


def test_initial_completed_to_the_nominative_of_several_forms() -> None:
    # informpskov.ru (also the fixture ru-informpskov-cherednichenko-100days)
    text = (
        "Глава администрации Пскова Игорь Чередниченко не стал рассказывать журналистам о "
        "поступке. Об этом с пресс-конференции, посвящённой 100-дневной годовщине вступления "
        "Игоря Чередниченко в должность, передаёт корреспондент.\n"
        "Один уз журналистов поинтересовался был ли в жизни Игоря Чередниченко поступок, за "
        "который ему стыдно. Он отметил, что такого рода вопросы лучше адресовать политическим "
        'деятелям. "Я не политик, а управленец", - подчеркнул И. Чередниченко.'
    )
    assert speakers(text) == ["Игорь Чередниченко"]


# -- a pronoun before its verb is the subject ---------------------------------------------

PRONOUN_SUBJECT: list[tuple[str, str, list[str | None]]] = [
    (
        # telegraf.com.ua (also the fixture ru-telegraf-kolesnik-valit)
        "site-after-verb",
        "Нардеп Анна Колесник попыталась оправдаться за свою переписку в Раде.\n"
        "О том, что на самом деле нардеп имела в виду под этим выражением, она написала на "
        "своей странице Facebook.\n"
        '"Я живой человек и имею право на отдых, как и каждый", - написала она.',
        ["Анна Колесник"],
    ),
    (
        # 78.ru: the pronoun before the verb, the channel after it
        "channel-after-verb",
        "Певица и блогер Ольга Бузова рассказала о блокировке соцсети.\n"
        "Она написала в своём Telegram-канале, как на неё повлияла ситуация с блокировкой.\n"
        "«Я делилась там всем: взлётами и падениями, любовью, разочарованием, концертами», "
        "— с сожалением написала она.",
        ["Ольга Бузова"],
    ),
    (
        # babel.ua: no pronoun before the verb, the name after it is its subject
        "name-after-verb",
        "Звільнений з російського полону український режисер Олег Сенцов завів сторінку в "
        "Facebook і зробив там перший допис.\n"
        "«Це моя офіційна і єдина сторінка», — зазначив він.",
        ["Олег Сенцов"],
    ),
]


@pytest.mark.parametrize(
    ("case_id", "text", "expected"), PRONOUN_SUBJECT, ids=[c[0] for c in PRONOUN_SUBJECT]
)
def test_pronoun_before_the_verb_is_its_subject(
    case_id: str, text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected


# -- a name after an adjective in an oblique case is someone talked about ---------------

OBLIQUE_ADJECTIVES: list[tuple[str, bool]] = [
    ("убитого", True),  # newsmir.info: "по делу убитого В. Мандзика"
    ("бывшего", True),
    ("колишнього", True),  # uk genitive
    ("покойному", True),  # dative
    ("много", False),  # adverbs ending so
    ("долго", False),
    ("его", False),  # a pronoun: too short to tell
    ("новый", False),  # nominative
    ("убитий", False),
]


@pytest.mark.parametrize(("word", "expected"), OBLIQUE_ADJECTIVES)
def test_oblique_adjective(word: str, expected: bool) -> None:
    assert oblique_adjective(word) is expected


def test_pronoun_passes_over_a_name_after_an_oblique_adjective() -> None:
    # newsmir.info (also the fixture ru-newsmir-abroskin)
    text = (
        "Начальник Донецкой полиции Вячеслав Аброськин прокомментировал все моменты "
        "столкновений в Приморском суде. Об этом он рассказал сегодня на пресс-брифинге.\n"
        "По словам начальника Донецкой областной полиции в течение двух дней сторона защиты "
        "постоянно пыталась отвлечь судей от продления срока ареста по делу убитого "
        "В. Мандзика.\n"
        '"Сначала сразу было понятно, что эти люди не заинтересованы, чтобы судебное '
        'заседание состоялось", - заявил он.'
    )
    assert speakers(text) == ["Вячеслав Аброськин"]


# -- an office's complement in the genitive read as a name ------------------------------

COMPLEMENTS: list[tuple[str, str, list[str | None]]] = [
    (
        # smolensk-i.ru (also the fixture ru-smolensk-novikov)
        "mayor-of-city",
        "Смоленск, 2 сентября. В эту субботу мэр Смоленска Александр Новиков вместе с "
        "подчинёнными проведёт объезд одного из районов областного центра.\n"
        "Он выразил готовность встретиться с смолянами.\n"
        "«В этот раз провожу объезд без предупреждения: это может быть любой из трех районов "
        "города», — уточнил мэр Смоленска.",
        ["Александр Новиков"],
    ),
]


@pytest.mark.parametrize(
    ("case_id", "text", "expected"), COMPLEMENTS, ids=[c[0] for c in COMPLEMENTS]
)
def test_office_complement_stands_for_the_person_after_it(
    case_id: str, text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected


def test_office_complement_before_two_people_guesses_nobody() -> None:
    # The words of the row above, the complement written before two people.
    text = (
        "Мэр Смоленска Александр Новиков встретился с жителями. Прежде мэр Смоленска "
        "Андрей Борисов тоже объезжал районы.\n"
        "«В этот раз провожу объезд без предупреждения», — уточнил мэр Смоленска."
    )
    (speaker,) = speakers(text)
    assert speaker not in ("Александр Новиков", "Андрей Борисов")


def test_surname_completed_from_a_womans_accusative() -> None:
    # newsnn.ru (after TASS): the lawyer named in the accusative, then by surname
    text = (
        "В результате стрельбы в Мособлсуде ранены женщина-пристав и сотрудник конвоя. Об "
        "этом сообщает ТАСС со ссылкой на адвоката Софью Рубасскую.\n"
        "«Мы находились в другом заседании, когда услышали выстрелы», - рассказала Рубасская."
    )
    assert speakers(text) == ["Софья Рубасская"]


# -- women's offices, the courts', and "зам-" offices -------------------------------------

OFFICES: list[tuple[str, str]] = [
    ("депутатки", "депутатка"),  # "Народна депутатка України Ірина Геращенко" (Komentari)
    ("віцепрем’єркою", "віцепрем’єрка"),  # "віцепрем’єрка Ірина Верещук" (Censor.NET)
    ("прокурорки", "прокурорка"),
    ("суддею", "суддя"),
    ("судьи", "судья"),  # "во время спора между судьей и экс-премьером" (Glavcom)
    ("адвоката", "адвокат"),  # "со ссылкой на адвоката Софью Рубасскую" (newsnn.ru)
    ("замглавы", "замглавы"),  # "сказала замглавы АП": not declined
]


@pytest.mark.parametrize(("word", "office"), OFFICES)
def test_office_nouns(word: str, office: str) -> None:
    assert slavic_title(word) == office


def test_deputy_head_as_role_stands_for_the_woman_named_with_it() -> None:
    # kramatorsk.info (after Podrobnosti)
    text = (
        'Журналисты попадут в "Межигорье", но в другой раз - Герман\n'
        "Поездка журналистов в государственную резиденцию переносится, сообщила замглавы "
        "Администрации президента Анна Герман журналистам в пятницу.\n"
        "По словам Герман, это связано с невозможностью в кратчайшие сроки найти для поездки "
        "необходимое количество автобусов.\n"
        '"Есть вещи, которые не могу решить даже я", - сказала замглавы АП.'
    )
    assert speakers(text) == ["Анна Герман"]


# -- who a pronoun in Cyrillic text may stand for ---------------------------------------

PRONOUN_CANDIDATES: list[tuple[str, str, list[str | None]]] = [
    (
        # The Moscow Post, reposted (also the fixture ru-moscowpost-peskov): "В Кремле" is
        # no name, "The Moscow Post" is no one "он" stands for
        "preposition-and-latin-outlet",
        "В Кремле не стали комментировать информацию о якобы предложенной Соединёнными "
        "Штатами помощи в расследовании крушения авиалайнера А321 в Египте, передаёт "
        "корреспондент The Moscow Post со ссылкой на пресс-секретаря президента России "
        "Дмитрия Пескова.\n"
        '"Не будем это делать и на этот раз", – заявил он журналистам.',
        ["Дмитрий Песков"],
    ),
    (
        # 24tv.ua: the minister, then his Facebook page; a role noun after the quote
        "uk-site-after-pronoun",
        "Міністр внутрішніх справ Арсен Аваков стверджує, що ніхто інший не володіє "
        "результатами слідства у справі вбивства журналіста Павла Шеремета.\n"
        "Про це він написав на своїй сторінці у Facebook.\n"
        '"Ніхто інший не уповноважений слідством оприлюднювати факти та висновки з цього '
        'розслідування", – підкреслив посадовець.',
        ["Арсен Аваков"],
    ),
    (
        # Glavcom (also the fixture uk-glavcom-poroshenko): "Феномен Порошенка" is no
        # person, and the one named in the instrumental is not who "він" is taken for
        "uk-thing-of-a-person",
        "Феномен Порошенка — в умінні тримати удари і не здаватися.\n"
        "Це інтерв’ю з Петром Порошенком “Главком” пише через чотири тижні після завершення "
        "президентської кампанії.\n"
        "Експрезидент з дружиною і донькою Олександрою повертаються з форуму Via Carpatia. "
        "Порошенко не виглядає стомленим. “Я вже забув, коли так відпочивав”, — каже він.",
        [None],
    ),
]


@pytest.mark.parametrize(
    ("case_id", "text", "expected"), PRONOUN_CANDIDATES, ids=[c[0] for c in PRONOUN_CANDIDATES]
)
def test_pronoun_candidates(case_id: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


OF_A_PERSON: list[tuple[str, str, str, bool]] = [
    ("uk-genitive-surname-known", "Феномен Порошенка", "Петро Порошенко: інтерв'ю", True),
    ("uk-adjectival-genitive", "Офіс Зеленського", "", True),
    ("uk-premier's-government", "Уряд Шмигаля", "Прем'єр Денис Шмигаль заявив", True),
    ("given-name-genitive", "Петра Порошенка", "Петро Порошенко: інтерв'ю", False),
    ("woman-beside-man", "Анна Петрова", "Иван Петров и Анна Петрова", False),
    ("nominative-surname-unknown", "Уряд Шмигаля", "", False),
    ("nominative-man", "Сергей Лавров", "Лавров", False),
]


@pytest.mark.parametrize(
    ("case_id", "name", "text", "expected"), OF_A_PERSON, ids=[c[0] for c in OF_A_PERSON]
)
def test_of_a_person(case_id: str, name: str, text: str, expected: bool) -> None:
    assert of_a_person(name, text) is expected


def test_outlet_named_with_a_plural_adjective_is_no_person_a_pronoun_stands_for() -> None:
    # Realist.online (also the fixture ru-realist-dzhaparova): "Українські Новини" is
    # an outlet, so "она" is the deputy minister named before it
    text = (
        "Кандидат Стеця готов занять должность министра информполитики\n"
        "Первый заместитель министра информационной политики Эмине Джапарова готова "
        "занять должность министра.\n"
        "Об этом сообщают Українські Новини.\n"
        "«Если парламент проголосует за меня как его последователя, то, наверное, придется "
        "нести эту ответственность… Я готова», — заявила она."
    )
    assert speakers(text) == ["Эмине Джапарова"]


# -- oblique forms of surnames that change their ending ---------------------------------

DECLINES: list[tuple[str, str, bool]] = [
    ("Шмигаль", "Шмигаля", True),  # nv.ua: "секрет ШмЫгаля-ШмыгалЯ"
    ("Шмигаль", "Шмигалем", True),
    ("Куренной", "Куренного", True),  # newsrbk.ru: "цитирует агентство Куренного"
    ("Зеленський", "Зеленського", True),
    ("Гончаренко", "Гончаренка", True),  # Ukrainian "-ко"
    ("Кулеба", "Кулебы", True),
    ("Захарова", "Захаровой", True),
    ("Петров", "Петрова", False),  # an ending added: the caller's rule
    ("Шевель", "Шевелев", False),
    ("Кличко", "Кличко", False),
    ("Smith", "Smitha", False),
]


@pytest.mark.parametrize(("nominative", "written", "expected"), DECLINES)
def test_declines_to(nominative: str, written: str, expected: bool) -> None:
    assert declines_to(nominative, written) is expected


# -- "quotes X" after a quote: the words are X's, not the outlet's ------------------------

QUOTED: list[tuple[str, str, tuple[str, str] | None]] = [
    # TUT.by (also the fixture ru-tut-peskov)
    ("office", "– цитирует пресс-секретаря Кремля «Интерфакс».", ("role", "пресс-секретарь")),
    # newsrbk.ru (also the fixture ru-newsrbk-savchenko-verdict)
    ("outlet-noun-then-name", "— цитирует агентство Куренного.", ("genitive", "Куренного")),
    ("uk", "– цитує речника МЗС «Укрінформ».", ("role", "речник")),
    ("outlet-first", "— цитирует «Интерфакс» главу ведомства.", None),
    ("acronym-outlet", "— цитирует РИА Новости.", None),
    ("other-verb", "— заявил Куренной.", None),
]


@pytest.mark.parametrize(("case_id", "after", "expected"), QUOTED, ids=[c[0] for c in QUOTED])
def test_quoted_person(case_id: str, after: str, expected: tuple[str, str] | None) -> None:
    tokens = split_tokens(after, 0, len(after))
    assert quoted_person(tokens, 1) == expected


def test_outlet_quoting_an_office_holder() -> None:
    # TUT.by (also the fixture ru-tut-peskov)
    text = (
        "Песков прокомментировал слухи об отставке Набиуллиной\n"
        "Пресс-секретарь Кремля Дмитрий Песков прокомментировал слухи об отставке "
        "председателя Центробанка Эльвиры Набиуллиной.\n"
        "Слухи об этом распространились в Сети, поэтому журналисты решили уточнить этот "
        "вопрос у Пескова.\n"
        "«Нет. Нам об этом неизвестно», – цитирует пресс-секретаря Кремля «Интерфакс»."
    )
    assert speakers(text) == ["Дмитрий Песков"]


# -- "according to" with a long office before the name ---------------------------------

ACCORDING: list[tuple[str, str, list[str | None]]] = [
    (
        # newsrbk.ru (also the fixture ru-newsrbk-savchenko-verdict): an adjective before
        # the office, the body in the genitive, the comma past the eighth word
        "long-office",
        "Генпрокуратура и СК РФ выразили удовлетворение приговором Савченко\n"
        "По словам официального представителя Следственного комитета РФ Владимира Маркина, "
        "дело выделялось «беспрецедентным давлением на следствие, причем не только "
        "официальных лиц Украины и их кураторов»",
        ["Владимир Маркин"],
    ),
    (
        # Korrespondent.net: the surname alone, as before
        "surname",
        "Представитель гособвинения по делу в отношении экс-министра внутренних дел Юрия "
        "Луценко Виктор Клименко заявляет, что суд подтвердил голословность заявлений.\n"
        'По словам Клименко, все, кто были в зале судебных заседаний, "слышали, что '
        'приговор Печерского суда обоснованный".',
        ["Виктор Клименко"],
    ),
]


@pytest.mark.parametrize(("case_id", "text", "expected"), ACCORDING, ids=[c[0] for c in ACCORDING])
def test_according_to_a_long_office(case_id: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


# -- verbs of describing, and an adverb before the speech verb ----------------------------

DESCRIBING: list[tuple[str, str, list[str | None]]] = [
    (
        # FederalPress (also the fixture ru-fedpress-nabiullina)
        "ru-describes",
        "Глава Банка России Эльвира Набиуллина сравнила состояние российской экономики с "
        "кораблем.\n"
        "«Наш корабль… вступил в бурные и незнакомые воды», – описала Набиуллина ситуацию "
        "в экономике РФ на заседании совета.",
        ["Эльвира Набиуллина"],
    ),
    (
        # the same page's words as printed: an adverb between the dash and the verb
        "ru-adverb-before-verb",
        "Глава Банка России Эльвира Набиуллина сравнила состояние российской экономики с "
        "кораблем.\n"
        "«Наш корабль… вступил в бурные и незнакомые воды», – метафорично описала "
        "Набиуллина ситуацию в экономике РФ на заседании совета.",
        ["Эльвира Набиуллина"],
    ),
]


@pytest.mark.parametrize(
    ("case_id", "text", "expected"), DESCRIBING, ids=[c[0] for c in DESCRIBING]
)
def test_describing_verbs(case_id: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("метафорично", True),  # FederalPress
        ("коротко", True),
        ("лаконічно", True),
        ("это", False),  # too short to tell
        ("было", False),
        ("Путино", False),  # capitalised
        ("также", False),  # not "-о" (an AUX word already)
        ("slowly", False),
    ],
)
def test_slavic_adverb(word: str, expected: bool) -> None:
    assert slavic_adverb(word) is expected


# -- a quote inside "the words of X about that ..." is X's ------------------------------

OWNERS: list[tuple[str, str, tuple[str, str] | None]] = [
    (
        # Lenta.ru repost (also the fixture ru-lenta-psaki)
        "office-and-name",
        "Также она прокомментировала слова пресс-секретаря президента России Дмитрия "
        "Пескова о том, что авиаудар ВСУ по нефтебазе в Белгороде не создает",
        ("genitive", "Дмитрия Пескова"),
    ),
    (
        # segodnia.ru: no "о том", the rule does not read it
        "no-about-that",
        "В четверг журналисты попросили Пескова прокомментировать заявление Арестовича, "
        "что последнего радует общая активность от Косово до Тайваня, а также что Западу "
        "нужна",
        None,
    ),
]


@pytest.mark.parametrize(("case_id", "pre", "expected"), OWNERS, ids=[c[0] for c in OWNERS])
def test_speech_owner(case_id: str, pre: str, expected: tuple[str, str] | None) -> None:
    assert speech_owner(split_tokens(pre, 0, len(pre))) == expected


def test_body_in_the_genitive_is_no_person_a_pronoun_stands_for() -> None:
    # Promote Ukraine (also the fixture uk-promote-reznikov): "Сході Європи" is a place in
    # the genitive, not a second person between the minister and "він"
    text = (
        "Спровокована Росією війна триває не на сході України, насправді війна йде на Сході "
        "Європи. На цьому наголосив віце-прем’єр-міністр України – міністр з питань "
        "реінтеграції окупованих територій Олексій Резніков.\n"
        "«Кожна європейська країна має розуміти, що війна йде не на сході України, війна "
        "йде на сході Європи», – сказав він."
    )
    assert speakers(text) == ["Олексій Резніков"]


def test_ukrainian_office_with_an_apostrophe_is_a_role() -> None:
    # USBA (after Interfax-Ukraine; also the fixture uk-usba-shmyhal)
    text = (
        "Прем’єр-міністр України – Денис Шмигаль заявив, що кандидатури на посаду міністра "
        "агрополітики поки немає.\n"
        "«Кандидатур немає, міністерство з’явиться», – підкреслив Шмигаль, відповідаючи на "
        "питання журналістів.\n"
        "За його словами, питання термінів створення Мінагрополітики прив’язане до "
        "сесійної роботи Верховної Ради.\n"
        "«Доки канікули у Верховній Раді не завершаться, очевидно, що не розділятимемо "
        "міністерства», – додав прем’єр."
    )
    assert speakers(text) == ["Денис Шмигаль", "Денис Шмигаль"]


# -- an oblique office that is the complement of one in the nominative --------------------

OBLIQUE_OFFICES: list[tuple[str, str, bool]] = [
    # Realist.online: the deputy (nominative) of the minister (genitive) is the name's
    (
        "complement-of-nominative",
        "Первый заместитель министра информационной политики Эмине Джапарова",
        False,
    ),
    # nsn.fm: the same shape
    ("press-secretary", "Пресс-секретарь президента России Дмитрий Песков", False),
    # Lenta.ru repost: the words of the press secretary (genitive) of the president
    ("all-oblique", "слова пресс-секретаря президента России Дмитрия Пескова", True),
    # the complement's holder in the genitive: still someone talked about
    ("genitive-name", "помощник президента Владимира Путина", True),
]


@pytest.mark.parametrize(
    ("case_id", "words", "expected"), OBLIQUE_OFFICES, ids=[c[0] for c in OBLIQUE_OFFICES]
)
def test_oblique_office_before(case_id: str, words: str, expected: bool) -> None:
    tokens = split_tokens(words, 0, len(words))
    k = next(
        i
        for i, t in enumerate(tokens)
        if i > 0 and t[0].isupper() and not tokens[i - 1][0].isupper()
    )
    assert oblique_office_before(tokens, k) is expected
