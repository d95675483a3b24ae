"""Judgment in any wording: verdicts about the person, blame, reproach, minimising and
ridicule, and pressure, one table from the five kinds of entry. Negated, quoted or owned
phrases are refused by the detector.
"""

from __future__ import annotations

from simulator.moves._lexicon.blame import BLAME
from simulator.moves._lexicon.dismissal import DISMISSAL
from simulator.moves._lexicon.pressure import PRESSURE
from simulator.moves._lexicon.reproach import REPROACH
from simulator.moves._lexicon.verdicts import VERDICTS
from simulator.moves._text import _Phrases

_JUDGMENT = _Phrases(*VERDICTS, *BLAME, *REPROACH, *DISMISSAL, *PRESSURE)
"""Every judgment phrase (the order of entries does not matter: a search takes the earliest,
then longest, match)."""
