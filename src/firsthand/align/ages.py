"""A person's age given differently across a story ("26-year-old Afton Burton", "Burton, 27,").

Retellings copy a name and change its age, and the sentences holding the two ages rarely say
the same thing otherwise, so alignment never pairs them. An age stands right beside the name
it belongs to, which makes it the one figure whose subject the text settles: the ages a story
gives one person are read from every mention and compared, whatever the sentence says.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from firsthand.model import Mention, Value

# A word of a name, with the particle some names carry ("al-Britani", "van Gogh").
_WORD = r"(?:(?:al|el|bin|ibn|de|da|di|du|van|von|der|den|la|le)[-\s])?[A-Z][\w'’.-]*"
_NICKNAME = r"[\"“‘'][A-Z][^\"”’']{0,20}[\"”’']"
_NAME = rf"(?<![\w-]){_WORD}(?:\s+(?:{_WORD}|{_NICKNAME})){{0,4}}"
# "26-year-old Afton Elaine 'Star' Burton": the name follows the age directly.
_NAME_AFTER = re.compile(rf"^\s+({_NAME})")
# "Leelah Alcorn, 16, stepped", "Fei Lin (41)", "Burton, aged 27,": the name stands before.
_NAME_BEFORE = re.compile(rf"({_NAME})(?:,\s*(?:aged\s+)?|\s+\()$")
_CLOSES_APPOSITION = re.compile(r"^\s*[,)]")
_YEAR_OLD = re.compile(r"years?[- ]old$", re.IGNORECASE)
# "a 39-year-old Troy man", "a 33-year-old Salvadorean nun": the capitalised word is a place
# or a people describing the person the noun names, not a name.
_DESCRIBED_PERSON = re.compile(
    r"^\s+(?:man|woman|men|women|boy|girl|resident|native|national|citizen|nun|priest|"
    r"mother|father|mum|mom|dad|son|daughter|student|teen|teenager|worker|soldier|child|"
    r"baby|pensioner|grandmother|grandfather|driver|tourist|immigrant|refugee|businessman|"
    r"businesswoman|actress|actor|singer|player|fan|model|artist|reporter|journalist)\b"
)
MAX_AGE_GAP = 10
"""Ages further apart are the person's ages at different times ('the 29-year-old Gigante' of a
1957 shooting beside 'Gigante, 77'), not a retelling's slip."""
MAX_DAYS_APART = 90
"""Reports published further apart may give a person's age before and after a birthday."""
# Words written before a name that are not part of it: titles, and the role a tabloid puts
# first ("Mother Cai Tuan", "Tragic Leelah").
_NOT_NAME = frozenset(
    (
        *("mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "officer", "mayor"),
        *("mother", "father", "mum", "mom", "dad", "son", "daughter", "wife", "husband"),
        *("brother", "sister", "aunt", "uncle", "grandmother", "grandfather", "star"),
        *("teen", "teenager", "boy", "girl", "woman", "man", "schoolgirl", "schoolboy"),
        *("tragic", "brave", "evil", "poor", "little", "young", "pupil", "student"),
        *("singer", "actress", "actor", "police", "president", "prime", "minister"),
    )
)


@dataclass(frozen=True)
class Aged:
    """One age the text gives one named person."""

    name: str
    age: float
    mention: Mention

    @property
    def tokens(self) -> list[str]:
        words = [w.strip("'’.").lower() for w in re.sub(_NICKNAME, " ", self.name).split()]
        return [w for w in words if w and w not in _NOT_NAME]


def _named(mention: Mention, value: Value) -> str | None:
    """The name the age stands beside, if it stands beside one."""
    before = mention.text[: value.start - mention.start]
    after = mention.text[value.end - mention.start :]
    if _YEAR_OLD.search(value.surface):
        found = _NAME_AFTER.match(after)
        if found is not None and _DESCRIBED_PERSON.match(after[found.end() :]):
            return None
    elif _CLOSES_APPOSITION.match(after):
        found = _NAME_BEFORE.search(before)
    else:
        return None
    # "IE6, 7, 8": a name with a digit is a product or a version, whose list goes on.
    if found is None or any(char.isdigit() for char in found.group(1)):
        return None
    return found.group(1)


def ages(mentions: Sequence[Mention]) -> list[Aged]:
    found = []
    for mention in mentions:
        for value in mention.values:
            if value.kind != "age" or value.low is None or value.low != value.high:
                continue
            name = _named(mention, value)
            if name is not None:
                found.append(Aged(name=name, age=value.low, mention=mention))
    return [aged for aged in found if aged.tokens]


def _same_person(first: list[str], second: list[str]) -> bool:
    """The same surname, and the given names of one among the other's ('Afton Burton' and
    'Afton Elaine Burton'; not 'Abu Hussain al-Britani' and 'Abu Abdullah al-Britani')."""
    if first[-1] != second[-1]:
        return False
    given = set(first[:-1]), set(second[:-1])
    return given[0] <= given[1] or given[1] <= given[0]


AgeSides = list[tuple[float, list[Mention]]]


def _days_apart(person: list[Aged], published: dict[str, date]) -> int:
    dates = [published[a.mention.article_id] for a in person if a.mention.article_id in published]
    return (max(dates) - min(dates)).days if dates else 0


def age_disagreements(
    mentions: Sequence[Mention], published: dict[str, date]
) -> list[tuple[str, AgeSides]]:
    """Each person given two ages: the fullest name, and the two ages most often given, each
    with the mentions that give it. A surname that two people of the story share ('Alex Nash,
    5', 'Derek Nash, 40') names neither. `published`: article id -> publication date, where
    known."""
    found = ages(mentions)
    first_names: dict[str, set[str]] = defaultdict(set)
    for aged in found:
        if len(aged.tokens) > 1:
            first_names[aged.tokens[-1]].add(aged.tokens[0])
    people: list[list[Aged]] = []
    for aged in found:
        if len(aged.tokens) == 1 and len(first_names[aged.tokens[0]]) > 1:
            continue
        for person in people:
            if _same_person(person[0].tokens, aged.tokens):
                person.append(aged)
                break
        else:
            people.append([aged])
    disagreements = []
    for person in people:
        counts = Counter(aged.age for aged in person)
        if len(counts) < 2:
            continue
        (first, _), (second, _) = counts.most_common(2)
        if abs(first - second) > MAX_AGE_GAP or _days_apart(person, published) > MAX_DAYS_APART:
            continue
        fullest = max((aged.name for aged in person), key=len)
        sides = [
            (age, list({a.mention.id: a.mention for a in person if a.age == age}.values()))
            for age, _ in counts.most_common(2)
        ]
        disagreements.append((fullest, sides))
    return disagreements
