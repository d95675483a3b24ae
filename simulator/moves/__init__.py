"""What a manager's turn does: the move vocabulary and the detectors that find moves.

:func:`detect` labels one utterance (given the employee's previous line); :mod:`.labeling`
runs it over JSON Lines for ``rehearse label``. Kept free of pydantic and the rest of the
package so that ``rehearse label`` starts fast.
"""

from __future__ import annotations

from simulator.moves.detector import detect
from simulator.moves.vocabulary import MOVE_ORDER, Detection, Move

__all__ = ["MOVE_ORDER", "Detection", "Move", "detect"]
