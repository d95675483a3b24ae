"""One change to the employee's trust or stress, and the reason shown to the manager."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Change:
    """One change to trust and/or stress, with its reason in words a manager understands."""

    trust: float
    stress: float
    reason: str

    def describe(self) -> str:
        """E.g. "Trust −2, stress +2: 'executive presence' is a sore point for Darnell"."""
        bits = [f"{k} {_signed(v)}" for k, v in (("Trust", self.trust), ("stress", self.stress))]
        said = ", ".join(b for b, v in zip(bits, (self.trust, self.stress), strict=True) if v)
        said = said[0].upper() + said[1:] if said else "No change"
        return f"{said}: {self.reason}"


def _signed(x: float) -> str:
    return f"+{x:g}" if x > 0 else f"−{-x:g}"
