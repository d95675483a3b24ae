"""Pins the employee's answer to listening techniques used as habits, through real sessions
(real assessment, real scripted partner): a word of theirs lifted from each reply and asked
about ("What do you mean by 'X'?"), and question after question with nothing heard back in
between. Each works once or twice, as it does with a person; as a habit it earns nothing, and
the reason says so. Our own wordings, not any blind set's."""

from __future__ import annotations

import pytest

from simulator.content import catalog
from simulator.conversation.scripted import ScriptedPartner
from simulator.conversation.session import Session


def _session(persona_id: str) -> Session:
    return Session(catalog.get_persona(persona_id), ScriptedPartner(seed=0))


def _reasons(s: Session) -> list[str]:
    return [c.reason for c in s.records[-1].changes]


def test_asking_what_each_word_means_is_a_technique_after_two() -> None:
    """Asking what a word of theirs means earns as a question twice; the third time, about
    another word, earns nothing and the reason names the habit."""
    s = _session("launch-engineer")
    for word in ("twenty", "halfway"):
        s.respond(f"You said '{word}'. What do you mean by '{word}'?")
        assert not any("technique" in r for r in _reasons(s)), _reasons(s)
    s.respond("When you say 'retry', what does that word mean to you?")
    assert any("a technique again" in r for r in _reasons(s)), _reasons(s)
    assert s.records[-1].trust_delta <= 0


@pytest.mark.parametrize(
    ("fourth", "interviewed"),
    [
        pytest.param("What happens at the launch sync?", True, id="a-fourth-question"),
        pytest.param(
            "Nine days of nights at the hospital and the launch on top. That sounds exhausting."
            " What happens at the launch sync?",
            False,
            id="heard-then-asked",
        ),
    ],
)
def test_question_after_question_is_an_interview(fourth: str, interviewed: bool) -> None:
    """Three questions in a row that follow their words earn; a fourth with nothing heard back
    since (no reflection, kindness or recognition) earns nothing, however well it follows
    them; the same question after something heard back earns again."""
    s = _session("launch-engineer")
    for line in (
        "What's the retry logic for?",
        "What's made the launch so hard?",
        "What does staging falling over cost you?",
    ):
        s.respond(line)
        assert not any("interviewed" in r for r in _reasons(s)), _reasons(s)
    s.respond(fourth)
    assert any("feels interviewed" in r for r in _reasons(s)) is interviewed, _reasons(s)
