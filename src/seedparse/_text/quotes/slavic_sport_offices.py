"""Russian and Ukrainian job nouns of sport, read as offices before a name.

Sports copy writes a coach or a player as an office is written: "Головний тренер
Динамо Олександр Шовковський", "Наставник зазначив", "Тренер Динамо прокоментував".
Without them the capitalised job noun opening a sentence, with the club after it,
was taken for a person ("Наставник Динамо"). The class is closed: a team's staff
(coach, mentor, captain, referee) and the playing positions of football, with the
feminine where the language forms one, and the generic "player", "sportsman".
Nominative singular, lower case; :func:`~.names.slavic_title` reads the other cases.
"""

from __future__ import annotations

__all__ = ["SLAVIC_SPORT_OFFICES"]

_RUSSIAN = (
    "\u0442\u0440\u0435\u043d\u0435\u0440",  # тренер
    "\u043d\u0430\u0441\u0442\u0430\u0432\u043d\u0438\u043a",  # наставник
    "\u043a\u0430\u043f\u0438\u0442\u0430\u043d",  # капитан
    "\u0432\u0440\u0430\u0442\u0430\u0440\u044c",  # вратарь
    "\u0433\u043e\u043b\u043a\u0438\u043f\u0435\u0440",  # голкипер
    "\u043f\u043e\u043b\u0443\u0437\u0430\u0449\u0438\u0442\u043d\u0438\u043a",  # полузащитник
    "\u043d\u0430\u043f\u0430\u0434\u0430\u044e\u0449\u0438\u0439",  # нападающий
    "\u0444\u043e\u0440\u0432\u0430\u0440\u0434",  # форвард
    "\u0444\u0443\u0442\u0431\u043e\u043b\u0438\u0441\u0442",  # футболист
    "\u0438\u0433\u0440\u043e\u043a",  # игрок
    "\u0430\u0440\u0431\u0438\u0442\u0440",  # арбитр
    "\u0440\u0435\u0444\u0435\u0440\u0438",  # рефери
    "\u0441\u043f\u043e\u0440\u0442\u0441\u043c\u0435\u043d",  # спортсмен
    "\u0441\u043f\u043e\u0440\u0442\u0441\u043c\u0435\u043d\u043a\u0430",  # спортсменка
)
_UKRAINIAN = (
    "\u0442\u0440\u0435\u043d\u0435\u0440\u043a\u0430",  # тренерка
    "\u043d\u0430\u0441\u0442\u0430\u0432\u043d\u0438\u0446\u044f",  # наставниця
    "\u043a\u0430\u043f\u0456\u0442\u0430\u043d",  # капітан
    "\u0432\u043e\u0440\u043e\u0442\u0430\u0440",  # воротар
    "\u0433\u043e\u043b\u043a\u0456\u043f\u0435\u0440",  # голкіпер
    "\u043f\u0456\u0432\u0437\u0430\u0445\u0438\u0441\u043d\u0438\u043a",  # півзахисник
    "\u043d\u0430\u043f\u0430\u0434\u043d\u0438\u043a",  # нападник
    "\u0444\u0443\u0442\u0431\u043e\u043b\u0456\u0441\u0442",  # футболіст
    "\u0444\u0443\u0442\u0431\u043e\u043b\u0456\u0441\u0442\u043a\u0430",  # футболістка
    "\u0433\u0440\u0430\u0432\u0435\u0446\u044c",  # гравець
    "\u0430\u0440\u0431\u0456\u0442\u0440",  # арбітр
    "\u0440\u0435\u0444\u0435\u0440\u0456",  # рефері
)

#: Every such job noun (тренер and наставник are spelled alike in both languages).
SLAVIC_SPORT_OFFICES: frozenset[str] = frozenset(_RUSSIAN + _UKRAINIAN)
