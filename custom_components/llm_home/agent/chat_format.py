"""How the language model's turns are written: ChatML, Llama 3 or Gemma.

The agent writes its prompt as raw text, turn by turn, so it must know the markers of
the model's chat template. `chat_format_for` reads the template a GGUF file (or a
llama-server's ``/props``) carries and returns the format it follows, or refuses a
template the agent cannot drive.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


class UnsupportedChatTemplateError(ValueError):
    """The model's chat template is none the agent can write prompts for."""


@dataclass(frozen=True, slots=True)
class ChatFormat:
    """The markers of one chat template, as the agent writes its turns."""

    name: str
    # The text that opens a turn, with {role} in it, and the text that closes it.
    opening: str
    closing: str
    # Where the model's reply ends: the end of its turn, the end of the text.
    stop: list[str]
    # Replacements that keep markers inside a turn's text from opening or closing one.
    escapes: tuple[tuple[str, str], ...]
    # Roles the template names otherwise (Gemma: the assistant is the "model").
    roles: tuple[tuple[str, str], ...] = ()

    def role(self, role: str) -> str:
        """Return the template's name for a role (system, user, assistant)."""
        return dict(self.roles).get(role, role)

    def escape(self, text: str) -> str:
        """Return text in which no chat-template marker can open or close a turn."""
        for marker, replacement in self.escapes:
            text = text.replace(marker, replacement)
        return text

    def turn(self, role: str, text: str) -> str:
        """Return one whole turn of a role."""
        return (
            self.opening.format(role=self.role(role)) + self.escape(text) + self.closing
        )

    @property
    def reply_start(self) -> str:
        """Return what opens the assistant's turn: the end of every prompt."""
        return self.opening.format(role=self.role("assistant"))


# Qwen, Hermes, SmolLM and most fine-tunes; what llm_home has always written.
CHATML: Final = ChatFormat(
    name="chatml",
    opening="<|im_start|>{role}\n",
    closing="<|im_end|>\n",
    stop=["<|im_end|>", "<|endoftext|>"],
    escapes=(("<|", "< |"), ("|>", "| >")),
)
# Llama 3.x Instruct; the engine (llama.cpp) adds <|begin_of_text|> itself.
LLAMA3: Final = ChatFormat(
    name="llama3",
    opening="<|start_header_id|>{role}<|end_header_id|>\n\n",
    closing="<|eot_id|>",
    stop=["<|eot_id|>", "<|end_of_text|>", "<|eom_id|>"],
    escapes=CHATML.escapes,
)
# Gemma has no system role: the instructions become the first user turn.
GEMMA: Final = ChatFormat(
    name="gemma",
    opening="<start_of_turn>{role}\n",
    closing="<end_of_turn>\n",
    stop=["<end_of_turn>", "<eos>"],
    escapes=(
        ("<start_of_turn", "< start_of_turn"),
        ("<end_of_turn", "< end_of_turn"),
        ("<bos>", "< bos>"),
        ("<eos>", "< eos>"),
    ),
    roles=(("assistant", "model"), ("system", "user")),
)
# The markers that identify each format in a template, both required.
_MARKERS: Final = (
    (CHATML, ("<|im_start|>", "<|im_end|>")),
    (LLAMA3, ("<|start_header_id|>", "<|eot_id|>")),
    (GEMMA, ("<start_of_turn>", "<end_of_turn>")),
)


def chat_format_for(template: str | None) -> ChatFormat:
    """Return the format a chat template follows.

    A model (or a server) that reports no template gets ChatML, what llm_home wrote
    before it read templates. A template of another kind raises
    UnsupportedChatTemplateError with a message for the user.
    """
    if not template or not template.strip():
        return CHATML
    for chat_format, markers in _MARKERS:
        if all(marker in template for marker in markers):
            return chat_format
    raise UnsupportedChatTemplateError(
        "the model's chat template is not one LLM Home can write prompts for "
        "(it supports ChatML models such as Qwen, Llama 3 and Gemma)"
    )
