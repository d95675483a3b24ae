"""What a simulator session drew out of the persona, as the scorecard shows it."""

from __future__ import annotations

from simulator.content.personas import Persona
from simulator.content.transcript import Transcript
from simulator.scoring.scorecard import Uncovered


def uncovered(transcript: Transcript, persona: Persona | None = None) -> Uncovered | None:
    """What a simulator session drew out, from the outcome stored in its metadata."""
    outcome = transcript.session_outcome()
    if outcome is None:
        return None
    disclosed, needs = outcome.layers_disclosed, outcome.needs_surfaced
    seen = Uncovered(
        layers_disclosed=disclosed,
        layers_total=outcome.layers_total,
        needs_surfaced=needs,
        next_step_agreed=outcome.committed,
        next_step=outcome.agreed or "",
        end_reason=outcome.end_reason,
        triggers_hit=[h.summary for h in outcome.triggers_hit],
        disclosures_ignored=[d.summary for d in outcome.disclosures_ignored],
        repeated_turns=outcome.repeated_turns,
        timeline=outcome.timeline,
    )
    if persona is None or persona.id != outcome.persona:
        return seen
    layer_names = {layer.id: layer.summary for layer in persona.layers}
    need_names = {n.id: n.summary for n in persona.needs}
    return seen.model_copy(
        update={
            "layers_disclosed": [layer_names.get(x, x) for x in disclosed],
            "layers_total": len(persona.layers),
            "needs_surfaced": [need_names.get(x, x) for x in needs],
            "needs_missed": [s for i, s in need_names.items() if i not in needs],
            # What they agreed to, as they restated it, over the persona's generic summary.
            "next_step": (outcome.agreed if outcome.committed else None)
            or persona.next_step.summary,
        }
    )
