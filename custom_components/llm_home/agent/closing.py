"""Words that end a conversation or take back a request: "thanks", "never mind".

They ask for nothing, so nothing is done and the reply is a plain one ("You're
welcome.", "Okay."), never an error or a question about a device. The phrases and the
reply each calls for come from the language table (`Language.closings`).
"""

from __future__ import annotations

from ..language import Language


def closing(text: str, language: Language) -> str | None:
    """Return the reply the words call for when they are only closings, else None.

    Fillers may stand between the phrases ("ok, thanks then"). The first phrase
    said decides the reply: "thanks, that's all" is thanked for.
    """
    phrases = sorted(
        (
            (language.words(phrase), reply)
            for phrase, reply in language.closings.items()
        ),
        key=lambda item: -len(item[0]),
    )
    words = language.words(text)
    replies: list[str] = []
    at = 0
    while at < len(words):
        said = next(
            (
                (phrase, reply)
                for phrase, reply in phrases
                if phrase and words[at : at + len(phrase)] == phrase
            ),
            None,
        )
        if said is not None:
            replies.append(said[1])
            at += len(said[0])
        elif words[at] in language.fillers:
            at += 1
        else:
            return None
    return replies[0] if replies else None
