"""Recognition: what they did and who they are, named and credited. Specific recognition names
an act or a quality; bare "good job" (:data:`~simulator.moves._lexicon.praise.BARE_PRAISE`)
earns only part.
"""

from __future__ import annotations

from simulator.moves._lexicon.deeds import DEEDS
from simulator.moves._lexicon.strengths import STRENGTHS
from simulator.moves._text import _Phrases

_RECOGNITION = _Phrases(*DEEDS, *STRENGTHS)
"""Every recognition phrase (the order of entries does not matter)."""
