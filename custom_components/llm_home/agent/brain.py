"""From the user's words to calls: prompt, constrained generation in the engine, parsing."""

from __future__ import annotations

from collections.abc import Coroutine
from dataclasses import dataclass, replace
from itertools import groupby
from operator import itemgetter
import time
from typing import Any, Final, Protocol

from homeassistant.components.homeassistant.exposed_entities import (
    async_listen_entity_updates,
)
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
)
from homeassistant.helpers.debounce import Debouncer
from homeassistant.helpers.start import async_at_started

from ..const import LOGGER
from ..engine.errors import EngineError
from ..engine.protocol import CompletionResult
from ..home.calls import NONE_CALL, Call, parse_calls
from ..home.policy import SafetyPolicy
from ..home.settings import Settings
from ..home.snapshot import ASSISTANT, Home
from ..home.states import async_lists_holding
from ..language import Language, table_for
from .asked import stepped_only
from .chat_format import CHATML
from .counted import more_than_counted, which_counted
from .described import describes_a_device
from .grammar import build_grammar
from .guard import guessed_target, misheard_target, unnamed_sensitive_target
from .heard import spoken
from .items import each_item, ticked_off
from .named import names_say, satellite_areas
from .prompt import Turn, build_prefix, build_prompt
from .reading import Clause, Request, read, recall
from .replies import which_one
from .shortlist import leaned_on, shortlist
from .still_to_do import one_left, the_one_it_changes
from .which import named_by_nothing, unnamed_choice

MAX_HISTORY: Final = 2
REQUEST_TIMEOUT: Final = 60.0
# Evaluating a large home's prefix from scratch takes tens of seconds on two cores.
WARMUP_TIMEOUT: Final = 300.0
WARMUP_COOLDOWN: Final = 5.0


@dataclass(frozen=True, slots=True)
class Thought:
    """What the model decided, and what it cost."""

    calls: list[Call]
    completion: CompletionResult | None  # None: the words named no device
    total_ms: float
    question: str | None = None  # asked back instead of acting: "Which light ...?"
    # Heard with words nobody knows, around devices the words do not name: not acted on.
    unheard: bool = False
    # For each call, the devices the model was offered for its command: all that the
    # call's names may mean (None: the calls were not the model's, and their names are
    # looked up in the whole home).
    offers: tuple[frozenset[str], ...] | None = None

    def by_offer(self) -> list[tuple[frozenset[str] | None, list[Call]]]:
        """Return the calls in order, those of one command's offer together."""
        offers = self.offers or (None,) * len(self.calls)
        return [
            (offer, [call for call, _ in group])
            for offer, group in groupby(
                zip(self.calls, offers, strict=True), key=itemgetter(1)
            )
        ]


def _fingerprint(home: Home) -> tuple[Any, ...]:
    """Return what the prefix is built from, cheap to compare on every request."""
    return (
        tuple((e.entity_id, e.label, e.area_id, e.aliases) for e in home.entities),
        home.areas,
    )


class Completer(Protocol):
    """What generates the calls: the engine, or an inference server (llm_server.py)."""

    async def complete(
        self,
        prompt: str,
        *,
        grammar: str | None = ...,
        max_tokens: int = ...,
        temperature: float = ...,
        stop: list[str] | None = ...,
        timeout: float = ...,
    ) -> CompletionResult:
        """Complete a prompt constrained by a GBNF grammar."""

    async def warmup(self, prompt: str, *, timeout: float = ...) -> CompletionResult:
        """Evaluate a prompt prefix into the cache."""


class Brain:
    """Builds prompts and grammars from the home and asks the engine for calls."""

    def __init__(
        self,
        hass: HomeAssistant,
        engine: Completer,
        policy: SafetyPolicy,
        settings: Settings,
    ) -> None:
        """Use the engine's loaded model on the part of the home the policy allows."""
        self.hass = hass
        self.engine = engine
        self.policy = policy
        self.settings = settings
        self.chat_format = CHATML  # the loaded model's, set by the runtime
        self._warm_prefix: str | None = None
        # The prefix only changes with the devices, names, areas and options; it is
        # rebuilt when their fingerprint changes (a device that appears after start-up
        # changes it without any registry event).
        # One prefix per language: its instructions and examples are the language's.
        self._prefixes: dict[str, tuple[tuple[Any, ...], str]] = {}
        self._warm_up_later: Debouncer[Coroutine[Any, Any, None]] | None = None

    @callback
    def _state_of(self, entity_id: str) -> str | None:
        """Return a device's state now, None when Home Assistant has none."""
        state = self.hass.states.get(entity_id)
        return None if state is None else state.state

    def _current_prefix(self, home: Home, language: Language) -> str:
        key = (self.settings.instructions, self.chat_format, _fingerprint(home))
        known = self._prefixes.get(language.code)
        if known is None or known[0] != key:
            prefix = build_prefix(
                home, language, self.settings.instructions, self.chat_format
            )
            self._prefixes[language.code] = known = (key, prefix)
        return known[1]

    @callback
    def async_update_settings(self, settings: Settings, *, llm_reloaded: bool) -> None:
        """Use new options; warm the cache again if the prompt or the model changed."""
        self.settings = settings
        self._prefixes.clear()
        if llm_reloaded:
            self._warm_prefix = None
        if self._warm_up_later is not None:
            self._warm_up_later.async_schedule_call()

    @callback
    def async_watch_home(self) -> CALLBACK_TYPE:
        """Warm the cache again (debounced) whenever names, areas or exposure change."""
        debouncer: Debouncer[Coroutine[Any, Any, None]] = Debouncer(
            self.hass,
            LOGGER,
            cooldown=WARMUP_COOLDOWN,
            immediate=False,
            function=self.async_warm_up,
            background=True,
        )

        self._warm_up_later = debouncer

        @callback
        def schedule(*_: Any) -> None:
            self._prefixes.clear()
            debouncer.async_schedule_call()

        unsubscribes = [
            self.hass.bus.async_listen(er.EVENT_ENTITY_REGISTRY_UPDATED, schedule),
            self.hass.bus.async_listen(dr.EVENT_DEVICE_REGISTRY_UPDATED, schedule),
            self.hass.bus.async_listen(ar.EVENT_AREA_REGISTRY_UPDATED, schedule),
        ]
        unsubscribes.append(async_listen_entity_updates(self.hass, ASSISTANT, schedule))
        # Integrations that start after llm_home add their devices late: warm the cache
        # again with the whole home once Home Assistant has started.
        unsubscribes.append(async_at_started(self.hass, schedule))

        @callback
        def stop() -> None:
            for unsubscribe in unsubscribes:
                unsubscribe()
            debouncer.async_shutdown()
            self._warm_up_later = None

        return stop

    async def async_warm_up(self) -> None:
        """Evaluate the current prefix into the model's cache, if it changed."""
        home = self.policy.async_home(self.hass)
        prefix = self._current_prefix(home, table_for(self.hass.config.language))
        if prefix == self._warm_prefix:
            return
        try:
            result = await self.engine.warmup(prefix, timeout=WARMUP_TIMEOUT)
        except EngineError as err:
            LOGGER.warning("Warm-up failed; the next request will be slower: %s", err)
            return
        self._warm_prefix = prefix
        LOGGER.debug(
            "Warmed up %s prompt tokens in %.0f ms",
            result.prompt_tokens,
            result.total_ms,
        )

    def read(self, text: str, language: Language) -> Request:
        """Return the user's words read once, against the part of the home allowed."""
        return read(
            _clean(text), self.policy.async_home(self.hass), language, heard=spoken()
        )

    async def async_think(
        self, request: Request, history: list[Turn], area: str | None
    ) -> Thought:
        """Return the calls for the request; raises EngineError or CallParseError.

        Each command of the request is understood in turn ("... and then ..."). A
        command that could mean several devices gets a question back and nothing is
        done; a command the agent cannot place makes the whole request not understood.
        """
        start = time.perf_counter()
        home = self.policy.async_home(self.hass)
        history = [Turn(_clean(t.text), t.calls) for t in history[-MAX_HISTORY:]]
        areas = [area] if area else []
        calls: list[Call] = []
        completions: list[CompletionResult] = []
        offers: list[frozenset[str]] = []
        previous: Turn | None = None
        before_calls: list[Call] = []
        for clause in request.clauses:
            turns, before = history, None
            # "Metti ventidue gradi" with nothing said before: which device?
            if (choice := unnamed_choice(home, clause, areas)) is not None or (
                not history
                and previous is None
                and (choice := named_by_nothing(home, clause, areas)) is not None
            ):
                kind, entities = choice
                left = one_left(
                    home,
                    entities,
                    clause,
                    self._state_of,
                    satellite_areas(home, areas),
                )
                if len(left) != 1 and ticked_off(clause):
                    left = await async_lists_holding(self.hass, entities, clause.text)
                if len(left) != 1:
                    question = which_one(
                        kind,
                        [entity.name for entity in entities],
                        clause.language,
                        clause.unknown_said,
                    )
                    return Thought([], None, _since(start), question)
                # "Apaga el aire", one of two on: the one the command would change.
                before = Home(entities=tuple(left), areas=())
            # "... and set them to 50%": the command before is the turn it leans on.
            if previous and clause.refers_back and before is None:
                turns = [*history, previous][-MAX_HISTORY:]
                before = leaned_on(
                    home, clause, (t for c in before_calls for t in c.targets)
                )
                if before is not None:
                    # "It" is of the kinds of the devices before: "make it oscillate".
                    kinds = frozenset((e.domain, None) for e in before.entities)
                    clause = replace(clause, kinds=kinds)
            said, completion, candidates = await self._async_calls(
                home, clause, turns, area, before
            )
            if completion is not None:
                completions.append(completion)
            if not said:
                return Thought([], _merged(completions), _since(start))
            if unnamed := unnamed_sensitive_target(
                self.hass, self.policy, home, said, clause
            ):
                return Thought([], _merged(completions), _since(start), unnamed)
            if spoken() and misheard_target(home, said, clause, candidates):
                return Thought([], _merged(completions), _since(start), unheard=True)
            if guessed_target(home, said, clause, candidates):
                # "Chiudi a zanzariera da cameretta": the room's shutter is no net.
                question = clause.language.replies["not_known"].format(
                    words=" ".join(clause.unknown_said)
                )
                return Thought([], _merged(completions), _since(start), question)
            if more_than_counted(said, clause):
                # "Beide Lüfter", "allebei": two, never the three the model chose.
                return Thought(
                    [],
                    _merged(completions),
                    _since(start),
                    which_counted(clause, candidates),
                )
            calls.extend(said)
            # "Turn on the study lamp and turn off all the lights in the den": each
            # command's group means its own offer, never the lamp offered before.
            offer = frozenset(entity.entity_id for entity in candidates.entities)
            offers.extend([offer] * len(said))
            previous, before_calls = Turn(clause.text, _calls_text(said)), said
        return Thought(calls, _merged(completions), _since(start), offers=tuple(offers))

    async def _async_calls(
        self,
        home: Home,
        clause: Clause,
        history: list[Turn],
        area: str | None,
        before: Home | None = None,
    ) -> tuple[list[Call], CompletionResult | None, Home]:
        """Return one command's calls, the model's work (None: not asked), the offer.

        Only the devices the words (or the area, or the previous turn) name are
        offered to the model; when they name none, the model is not asked at all.
        """
        # "... and the porch light too": a kind and a word of a name of its own
        # need nothing of the turn before ("... and the kitchen too" does).
        own = bool(clause.kinds) and names_say(home.entities, clause)
        recalled = frozenset[str]().union(
            *(recall(turn.calls, clause.language) for turn in history[-1:] if not own)
        )
        candidates = before or shortlist(home, clause, [area] if area else [], recalled)
        while not candidates.entities and clause.instead is not None:
            # "It's boiling in here" in a room with a fan and no heating to cool.
            clause = clause.instead
            candidates = shortlist(home, clause, [area] if area else [], recalled)
        candidates = the_one_it_changes(home, candidates, clause, self._state_of)
        climates = [e for e in candidates.entities if e.domain == "climate"]
        if (
            (
                clause.comfort
                or (stepped_only(clause) and len(climates) == len(candidates.entities))
            )
            and climates
            and all(self._state_of(e.entity_id) == "off" for e in climates)
        ):
            # "Ay, qué frío está haciendo aquí", "heat the spa up" with it off: turned
            # on to heat at its setting, never a degree the words did not say as well.
            clause = replace(clause, asleep=True)
        LOGGER.debug(
            "Read %r: command %s, question %s, kinds %s, verb domains %s; offered %s",
            clause.text,
            clause.command,
            clause.question,
            sorted(f"{domain}/{kind}" for domain, kind in clause.kinds),
            sorted(clause.verb_domains),
            [entity.entity_id for entity in candidates.entities],
        )
        if not candidates.entities:
            return [], None, candidates
        prefix = self._current_prefix(home, clause.language)
        # A prefix not in the cache yet (the home changed a moment ago, another
        # language) is evaluated first: as long as a warm-up, a minute on two slow
        # cores, which the request's own time must not cut short.
        warm = prefix == self._warm_prefix
        completion = await self.engine.complete(
            prompt=build_prompt(
                prefix,
                history,
                clause.text,
                area,
                candidates.entities,
                language=clause.language,
                chat_format=self.chat_format,
            ),
            grammar=build_grammar(
                candidates,
                clause,
                # An indirect request offers only its command, in the user's room.
                # "... and make it oscillate": the device before is the one meant.
                # "What do I need from Bunnings?": a question about one device is
                # answered.
                exit_allowed=not (
                    clause.comfort
                    or before is not None
                    or describes_a_device(candidates, clause)
                    or (clause.question and len(candidates.entities) == 1)
                ),
            ),
            max_tokens=self.settings.max_tokens,
            temperature=self.settings.temperature,
            stop=self.chat_format.stop,
            timeout=REQUEST_TIMEOUT if warm else WARMUP_TIMEOUT,
        )
        self._warm_prefix = prefix
        LOGGER.debug(
            "Model wrote %r (%s prompt tokens, %s cached, %.0f ms)",
            completion.text,
            completion.prompt_tokens,
            completion.cached_tokens,
            completion.total_ms,
        )
        calls = [
            call for call in parse_calls(completion.text) if call.name != NONE_CALL
        ]
        return each_item(calls, clause, candidates.entities), completion, candidates


def _since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _calls_text(calls: list[Call]) -> str:
    return "\n".join(call.as_text() for call in calls) or f"{NONE_CALL}()"


def _merged(completions: list[CompletionResult]) -> CompletionResult | None:
    """Return one completion's figures for the model's work on all the commands."""
    if not completions:
        return None
    if len(completions) == 1:
        return completions[0]
    return CompletionResult(
        text="\n".join(c.text for c in completions),
        prompt_tokens=sum(c.prompt_tokens for c in completions),
        cached_tokens=sum(c.cached_tokens for c in completions),
        completion_tokens=sum(c.completion_tokens for c in completions),
        prefill_ms=sum(c.prefill_ms for c in completions),
        generation_ms=sum(c.generation_ms for c in completions),
        total_ms=sum(c.total_ms for c in completions),
    )


def _clean(text: str) -> str:
    """Return the text without lone surrogates (a broken client's), as UTF-8 allows."""
    return text.encode("utf-8", "replace").decode("utf-8")
