"""What a manager's turn does: the move vocabulary and the detectors that find moves.

:func:`detect` labels one utterance by its form (given the employee's previous line);
:func:`assess` judges it against the whole conversation before it (grounding, formulas,
mis-reflections, repeats, disguised judgment); :mod:`.labeling` runs them over JSON Lines for
``rehearse label``. Kept free of pydantic and the rest of the package so that ``rehearse label``
starts fast.
"""

from __future__ import annotations

from simulator.moves._formulas import asks_meaning, only_prompts, typecast
from simulator.moves._grounding import names_a_feeling
from simulator.moves._misreflection import named_things
from simulator.moves._own import (
    AMPLIFIED_HEARD,
    ECHO_SHARE,
    ECHOES_HEARD,
    SLOTS_HEARD,
    STALES_HEARD,
)
from simulator.moves.assessment import Assessment, Speaker, assess
from simulator.moves.detector import detect
from simulator.moves.vocabulary import MOVE_ORDER, Detection, Move

__all__ = [
    "AMPLIFIED_HEARD",
    "ECHOES_HEARD",
    "ECHO_SHARE",
    "MOVE_ORDER",
    "SLOTS_HEARD",
    "STALES_HEARD",
    "Assessment",
    "Detection",
    "Move",
    "Speaker",
    "asks_meaning",
    "assess",
    "detect",
    "named_things",
    "names_a_feeling",
    "only_prompts",
    "typecast",
]
