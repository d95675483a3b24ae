"""The Gradio interface, composed from the core; no scoring or persona logic lives here."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from simulator.privacy import disable_telemetry

disable_telemetry()

import gradio as gr  # noqa: E402  (telemetry must be off before gradio is imported)

from simulator import catalog  # noqa: E402
from simulator.errors import RehearseError  # noqa: E402
from simulator.partner import ScriptedPartner  # noqa: E402
from simulator.session import Session  # noqa: E402

Message = dict[str, str]


def _history(session: Session) -> list[Message]:
    role = {"employee": "assistant", "manager": "user"}
    return [{"role": role[t.speaker], "content": t.text} for t in session.turns]


def _persona_choices(extra: tuple[str, ...]) -> list[tuple[str, str]]:
    return [
        (f"{p.name} · {p.role} ({p.difficulty})", p.id)
        for p in catalog.personas(extra).values()
    ]


def _briefing(session: Session) -> str:
    p = session.persona
    return (
        f"**{p.name}**, {p.role} · *{p.difficulty}* · {session.partner.label}\n\n"
        f"{p.situation}\n\n**What you know:** {p.public_context}"
    )


def _status(session: Session) -> str:
    if not session.ended:
        return f"Turn {len(session.records)} of up to {session.persona.max_turns}."
    o = session.outcome()
    return (
        f"Session ended ({o.end_reason}). Uncovered {len(o.layers_disclosed)}/{o.layers_total} "
        f"layers; next step {'agreed' if o.committed else 'not agreed'}. Start a new session "
        "to practise again."
    )


def new_session(persona_id: str, extra: tuple[str, ...] = ()) -> Session:
    """A fresh session on the embedded default partner."""
    return Session(catalog.get_persona(persona_id, extra), ScriptedPartner(seed=None))


def build_app(extra_personas: tuple[str, ...] = ()) -> gr.Blocks:
    """The practice page: persona picker, streaming chat and a new-session control."""
    choices = _persona_choices(extra_personas)
    first = choices[0][1]

    def start(persona_id: str) -> tuple[Session, list[Message], str, str]:
        session = new_session(persona_id, extra_personas)
        return session, _history(session), _briefing(session), _status(session)

    def send(
        message: str, session: Session | None, persona_id: str
    ) -> Iterator[tuple[str, Session, list[Message], str]]:
        session = session or new_session(persona_id, extra_personas)
        history = _history(session)
        try:
            stream = session.say(message)
            history += [{"role": "user", "content": message.strip()}]
            reply = ""
            for chunk in stream:
                reply += chunk
                yield "", session, [*history, {"role": "assistant", "content": reply}], ""
        except RehearseError as exc:
            yield message, session, _history(session), f"⚠️ {exc}"
            return
        yield "", session, _history(session), _status(session)

    with gr.Blocks(title="Rehearse") as demo:
        gr.Markdown("# Rehearse\nPractise a one-on-one with a stressed employee.")
        with gr.Row():
            persona = gr.Dropdown(choices, value=first, label="Persona", scale=3)
            restart = gr.Button("New session", scale=1)
        briefing = gr.Markdown()
        chat = gr.Chatbot(label="Conversation", height=420)
        box = gr.Textbox(
            label="You (manager)", placeholder="Say something and press Enter", autofocus=True
        )
        status = gr.Markdown()
        state = gr.State()

        demo.load(start, [persona], [state, chat, briefing, status], api_name=False)
        persona.change(start, [persona], [state, chat, briefing, status], api_name=False)
        restart.click(start, [persona], [state, chat, briefing, status], api_name="new_session")
        box.submit(send, [box, state, persona], [box, state, chat, status], api_name="send")
    return demo


def launch(demo: gr.Blocks, host: str = "127.0.0.1", port: int | None = None, **kw: Any) -> None:
    """Serve on loopback by default, with no share link."""
    demo.queue(default_concurrency_limit=32).launch(
        server_name=host, server_port=port, share=False, show_error=True, **kw
    )
