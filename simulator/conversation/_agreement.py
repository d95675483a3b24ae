"""Agreement to what was offered: which needs a proposal covers, and the words that echo it.

The engine calls these when a manager turn proposes or asks for a next step. Everything said
back is built from the persona's own data (a need's ``echo`` and ``short``) and the days and
times in the manager's words, so the employee never agrees to a name, day or plan nobody
offered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.content.personas import Need, Persona
from simulator.conversation._words import capitalised_names, days_and_times, matching_cue


def covered_needs(persona: Persona, turn_stems: frozenset[str]) -> list[str]:
    """Ids of the needs whose cues the manager's proposal names, in persona order."""
    return [n.id for n in persona.needs if n.cues and matching_cue(turn_stems, n.cues)]


def _short(need: Need) -> str:
    return need.short or need.summary.rstrip(".").lower()


def _echo(need: Need, manager_text: str, surfaced: bool) -> str:
    """How the employee restates an agreed need, never naming a person, day or time that
    neither of them said: the need's ``echo`` once they have named the need themselves, or
    when the manager's offer holds its specifics; otherwise its ``short`` phrase."""
    if need.echo:
        if surfaced:
            return need.echo
        specifics = capitalised_names(need.echo) | set(_NUMBERS.findall(need.echo.lower()))
        offered = manager_text.lower()
        if all(x.lower() in offered for x in specifics):
            return need.echo
    short = _short(need)
    return f"{short[0].upper()}{short[1:]}, okay."


_NUMBERS = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|twenty)\b"
)


def agreement_line(
    persona: Persona, needs: Sequence[str], surfaced: Sequence[str], manager_text: str
) -> str:
    """The plan as the employee restates it: each agreed need, then the manager's day/time."""
    parts = [_echo(persona.need(n), manager_text, n in surfaced) for n in needs]
    when = check_in(manager_text)
    if when and when.split(" at ")[0] not in " ".join(parts):  # "every Monday. Monday works."
        parts.append(when[0].upper() + when[1:] + " works.")
    return " ".join(parts)


def own_proposal(persona: Persona, surfaced: Sequence[str]) -> str:
    """The employee's own proposal, from the needs they have already named."""
    wanted = [n for n in persona.next_step.needs if n in surfaced]
    wanted += [n for n in surfaced if n not in wanted]
    echoes = [_echo(persona.need(n), "", True) for n in wanted]
    return "Honestly? " + " ".join(echoes) + " If we can do that, I'm in."


def missing_line(
    persona: Persona,
    *,
    layers_ok: bool,
    trust_ok: bool,
    missing: Sequence[str],
    surfaced: Sequence[str],
    offered: bool = True,
) -> str:
    """What still stands between this conversation and a next step, said plainly.

    ``offered``: the manager proposed something (which falls short), rather than only asking
    for a next step."""
    if not layers_ok:
        return "A plan for what, though? We haven't got to what's actually going on."
    if not trust_ok:
        return "I'm not ready to sign up for anything yet."
    heard = [_short(persona.need(n)) for n in missing if n in surfaced]
    if heard and offered:
        return f"That doesn't cover {' or '.join(heard)}."
    if heard:
        first = " and ".join(heard)
        return f"{first[0].upper()}{first[1:]}, for a start. I'm not sure yet what else would help."
    if offered:
        return "That would help. I'm not sure yet what else would."
    return "I don't know yet what would actually help. We haven't really talked about that."


def check_in(manager_text: str) -> str:
    """The day and time of the check-in the manager named ("Thursday at 4pm"), or ``""``.

    Ranges ("seven to three") are schedules, which a need's echo restates; only a day and a
    point in time are echoed here.
    """
    m = _CHECK_IN.search(manager_text)
    after = days_and_times(manager_text[m.start() :]) if m else []
    found = after or days_and_times(manager_text)
    days = [i for i, x in enumerate(found) if not _is_time(x)]
    points = [i for i, x in enumerate(found) if _is_time(x) and not _RANGE.search(x)]
    if not days:
        return found[points[0]] if points else ""
    # A check-in is usually named last ("a rota from Saturday ... talk again on Monday"), and its
    # time is the one named with that day ("Friday at ten"), not one from another part of the
    # plan ("sync at four ... check in Monday" is no "Monday at four").
    day = days[0] if after else days[-1]
    return f"{found[day]} at {found[day + 1]}" if day + 1 in points else found[day]


_CHECK_IN = re.compile(
    r"\b(?:check in|check-in|catch up|talk again|meet again|follow up|review|see you|touch base"
    r"|sync|come back to|regroup|circle back|pick (?:this|it) up)\b",
    re.IGNORECASE,
)


_RANGE = re.compile(r"\s(?:to|-|–|until)\s|\d\s*[-–]\s*\d", re.IGNORECASE)
_POINT = re.compile(
    r"\d|noon|midday|o'?clock|[ap]\.?m\.?|^(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)$",
    re.IGNORECASE,
)


def _is_time(value: str) -> bool:
    return bool(_POINT.search(value)) or bool(_RANGE.search(value))
