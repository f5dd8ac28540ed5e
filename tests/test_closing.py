"""Thanks and never-minds ask for nothing: a plain reply, no error, nothing changed.

A take-back after a request takes it back: "Put the pool light on. Ah, fuhgeddaboudit,
it's still light out" had turned the pool light on.
"""

from __future__ import annotations

from typing import Any

import pytest

from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import intent

from .awkward_home import BLINDS, async_build_class_home
from .home import AGENT, async_setup_agent, state_of
from custom_components.llm_home.agent.closing import closing, taken_back
from custom_components.llm_home.const import CONF_ORDER, ORDER_BUILTIN_THEN_LLM
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.language import LANGUAGES


@pytest.mark.parametrize(
    ("code", "text", "reply"),
    [
        ("en", "ope, never mind", "okay"),
        ("en", "thanks, that's all", "welcome"),
        ("en", "OK thank you!", "welcome"),
        ("en", "forget it", "okay"),
        ("de", "Danke schön!", "welcome"),
        ("de", "Ach, vergiss es.", "okay"),
        ("fr", "Merci beaucoup", "welcome"),
        ("es", "Olvídalo", "okay"),
        ("nl", "Laat maar", "okay"),
        ("it", "Grazie mille!", "welcome"),
        ("zh", "谢谢", "welcome"),
        ("zh", "算了", "okay"),
        # A greeting is greeted back, a morning with a morning; with a request it is
        # the request.
        ("en", "good morning", "morning"),
        ("en", "Well good morning", "morning"),
        ("en", "Good morning o", "morning"),
        ("de", "Guten Morgen!", "morning"),
        ("es", "buenos días", "morning"),
        ("it", "Buongiorno!", "morning"),
        ("nl", "Goedemorgen", "morning"),
        ("fr", "Bonjour !", "greeting"),
        ("zh", "早上好", "morning"),
        ("en", "hello", "greeting"),
        # Regional greetings, goodbyes and an apology: "Alright? Wasson?" (Cornwall),
        # "Ta-ra-a-bit, bab!" (Birmingham, had been thanked for), "Nos da cariad".
        ("en", "How's your day going, hon?", "greeting"),
        ("en", "Alright? Wasson?", "greeting"),
        ("en", "Ta-ra-a-bit, bab!", "bye"),
        ("en", "Nos da cariad, see you in the morning", "night"),
        ("en", "Ope, sorry, I wasn't talking to you", "okay"),
        # Ruhrgebiet: "Tschö, bis morgen" had been wished a good morning.
        ("de", "Tschö, bis morgen", "bye"),
        ("en", "Ay, how you doin'?", "greeting"),
        ("en", "What about ye?", "greeting"),
        ("de", "Glück auf!", "greeting"),
        # Frankfurt's "Ei gude wie!"; Liverpool's "sound, ta la" (had asked for a
        # device: "sound" is a kind of sensor).
        ("de", "Ei gude wie!", "greeting"),
        ("de", "Gude, mach das Licht aus", None),
        ("en", "sound, ta la", "welcome"),
        # "Is" and "the" ask for nothing beside a closing ("est" had been a request).
        ("fr", "Merci beaucoup, c'est parfait", "welcome"),
        ("en", "thanks, that is it", "welcome"),
        ("en", "sorry, turn off the light", None),
        ("en", "hi, turn on the kitchen light", None),
        ("es", "hola, ¿está cerrada la puerta?", None),
        ("nl", "laat maar, ik doe het zelf wel", "okay"),
        # Other words may stand beside the closing, so long as none asks for anything.
        ("en", "cheers, that's grand", "welcome"),
        ("en", "thanks pal", "welcome"),
        ("en", "Gracias, mija", "welcome"),
        ("en", "you're a wee star", "welcome"),
        ("en", "thanks, is the door locked?", None),
        ("en", "perfect, now dim the lights", None),
        # A request beside the closing words is a request.
        ("en", "turn off the kitchen light, thanks", None),
        ("en", "never mind, turn on the light", None),
        ("en", "cancel the timer", None),
        ("de", "Danke, mach das Licht aus", None),
        ("zh", "谢谢，把灯关掉", None),
    ],
)
def test_closing_words_alone_call_for_a_plain_reply(
    code: str, text: str, reply: str | None
) -> None:
    """Only closings (and fillers) said: the reply they call for, from the table."""
    language = LANGUAGES[code]
    assert closing(text, language) == reply
    if reply is not None:
        assert language.replies[reply]


@pytest.mark.parametrize(
    ("code", "text", "left"),
    [
        ("en", "Put the pool light on. Ah, fuhgeddaboudit, it's still light out", None),
        ("en", "Turn on the light, forget it", None),
        ("en", "turn on the fan, never mind, open the window", "open the window"),
        ("de", "Mach das Licht an, ach, vergiss es", None),
        ("zh", "把灯打开，算了", None),
        ("zh", "打开客厅灯，算了，不要了", None),
        # The request after it stands; said of a device, it leaves that one.
        (
            "en",
            "The Yankees are getting killed, fuhgeddaboudit. Put Netflix on",
            "Put Netflix on",
        ),
        ("en", "turn off the lights, never mind the porch light", ""),
        (
            "en",
            "Turn the heating up to twenty. Ach no, houl' on, leave it, the oil's dear",
            None,
        ),
        ("de", "Mach die Heizung auf zweiundzwanzig. Nee, lass es", None),
        # Anchorage: a remark after it is no request of its own.
        (
            "en",
            (
                "Turn on the dog yard light. Eh, forget it, the dogs took one look"
                " outside and came right back in"
            ),
            None,
        ),
        # What stays as it is: no take-back.
        ("en", "turn off the lights in the kitchen, leave it on in the hall", ""),
        ("it", "spegni le luci, lascia stare la lampada", ""),
    ],
)
def test_a_take_back_after_a_request_takes_it_back(
    code: str, text: str, left: str | None
) -> None:
    """What is left to read: the take-back alone (None), what follows, or all ("")."""
    language = LANGUAGES[code]
    read = taken_back(text, language)
    if left is None:
        assert closing(read, language) == "okay"
    else:
        assert read == (left or text)


async def test_thanks_and_never_mind_change_nothing_and_are_no_error(
    hass: HomeAssistant, default_data: dict[str, Any], model_store: ModelStore
) -> None:
    """Thanks is thanked for and never mind answered "Okay", with nothing changed."""
    await async_setup_agent(hass, default_data, {CONF_ORDER: ORDER_BUILTIN_THEN_LLM})
    await async_build_class_home(hass)
    watched = ["light.bed_light", "light.kitchen_lights", *BLINDS]
    before = {entity_id: state_of(hass, entity_id).state for entity_id in watched}
    english = LANGUAGES["en"]
    for text, reply in [
        ("thanks, that's all", english.replies["welcome"]),
        ("ope, never mind", english.replies["okay"]),
        (
            "Turn off the kitchen lights. Ah, forget about it, it's still light out",
            english.replies["okay"],
        ),
    ]:
        result = await conversation.async_converse(
            hass, text, None, Context(), language="en", agent_id=AGENT
        )
        await hass.async_block_till_done()
        response = result.response
        assert response.speech["plain"]["speech"] == reply, text
        assert response.response_type is not intent.IntentResponseType.ERROR, text
        assert not response.success_results, text
    after = {entity_id: state_of(hass, entity_id).state for entity_id in watched}
    assert after == before
