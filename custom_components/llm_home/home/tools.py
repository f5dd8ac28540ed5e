"""The llm_home LLM API: tools generated from the exposed home, enforced in code.

Every call re-reads the home (so an entity that stopped being exposed is refused),
checks the user's permissions, checks each value against the device, and runs the
service with the user's context. Disarming needs the option and the user's code,
which comes from the request's words (codes.py), never from the model's arguments.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, override

import probatio

from homeassistant.auth.permissions.const import POLICY_CONTROL, POLICY_READ
from homeassistant.core import HomeAssistant
from homeassistant.helpers import llm
from homeassistant.util.json import JsonObjectType

from ..const import DOMAIN, LOGGER
from ..language import ENGLISH, table_for
from .actions import ACTIONS, Action, Value
from .capabilities import named_targets, targets_for
from .codes import current_code
from .execute import Outcome, async_run_calls
from .offered import current_offer
from .policy import SafetyPolicy
from .services import ActionError, needless, plan, waking
from .snapshot import Home, HomeEntity, label
from .states import async_describe_state, async_not_listed_yet, async_with_listed_item

API_PROMPT = (
    "Use the llm_home tools to control the devices and answer questions about them. "
    "`target` is a list of device or area names exactly as listed; `value` is the setting. "
    "Unlocking, disarming and opening garage doors, gates or gas valves are refused "
    "here: only LLM Home's own assistant does them. "
    "Devices:\n"
)


class HomeTool(llm.Tool):
    """One call spec as an HA LLM tool."""

    def __init__(self, spec: Action, policy: SafetyPolicy) -> None:
        """Describe the tool from its spec."""
        self.spec = spec
        self.policy = policy
        self.name = spec.name
        self.description = ENGLISH.action(spec.name).usage
        self.integration = DOMAIN
        schema: dict[Any, Any] = {probatio.Required("target"): [str]}
        if spec.value is not Value.NONE:
            schema[probatio.Required("value")] = probatio.Any(str, int, float)
        self.parameters = probatio.Schema(schema)
        self.annotations = llm.ToolAnnotations(
            read_only=spec.read_only,
            destructive=any(s.sensitive is not None for s in spec.services),
            open_world=False,
        )

    @override
    async def async_call(
        self,
        hass: HomeAssistant,
        tool_input: llm.ToolInput,
        llm_context: llm.LLMContext,
    ) -> llm.ToolResult:
        """Check and carry out the call; failures are results, not exceptions."""
        try:
            args = self.parameters(tool_input.tool_args)
        except probatio.Invalid as err:
            return llm.ToolResult(
                data={"error": "bad_arguments", "message": str(err)}, error=True
            )
        try:
            data = await self._async_run(hass, args, llm_context)
        except ActionError as err:
            LOGGER.debug("Call %s refused: %s", self.name, err.reason)
            return llm.ToolResult(data={"error": err.reason, **err.details}, error=True)
        return llm.ToolResult(data=data)

    async def _async_run(
        self, hass: HomeAssistant, args: dict[str, Any], llm_context: llm.LLMContext
    ) -> JsonObjectType:
        entities = self._resolve(hass, args["target"], llm_context)
        await self._async_check_permissions(hass, entities, llm_context)
        if self.spec.read_only:
            return {
                "action": self.name,
                "states": [await async_describe_state(hass, e) for e in entities],
            }
        value = None if args.get("value") is None else str(args["value"])
        own = llm_context.platform == DOMAIN
        calls = []
        kept: list[HomeEntity] = []  # already as asked: nothing is sent to them
        for entity in entities:
            state = hass.states.get(entity.entity_id)
            now = state.state if state else None
            planned = waking(plan(self.spec, entity, value), now)
            if needless(planned, now):
                kept.append(entity)
                continue
            await async_not_listed_yet(hass, planned)
            call, item = await async_with_listed_item(hass, planned)
            # The reply names an item as the list does ("Bread"), not as said.
            value = item or value
            calls.append(
                self.policy.async_authorize(
                    hass, call, current_code(), own_assistant=own
                )
            )
        ran = await async_run_calls(hass, calls, llm_context.context)
        done = kept + [r.entity for r in ran if r.outcome is Outcome.DONE]
        return {
            "action": self.name,
            "targets": [entity.name for entity in done],
            "sent": [r.entity.name for r in ran if r.outcome is Outcome.SENT],
            "value": value,
            "states": [await async_describe_state(hass, e, items=False) for e in done],
        }

    def _resolve(
        self, hass: HomeAssistant, targets: list[str], llm_context: llm.LLMContext
    ) -> list[HomeEntity]:
        # The schema has made `target` a list of strings.
        if not targets:
            raise ActionError("no_target")
        home = self.policy.async_home(hass)
        if (offered := current_offer()) is not None:
            # A group ("All blinds") means what the model was offered, not the home.
            home = Home(
                tuple(e for e in home.entities if e.entity_id in offered), home.areas
            )
        found: dict[str, HomeEntity] = {}
        for name, entities in named_targets(
            home, self.spec, targets, table_for(llm_context.language)
        ).items():
            if entities is None:
                raise ActionError("unknown_target", name=name)
            if len(entities) > 1 and not self.spec.multi:
                raise ActionError("ambiguous_target", name=name)
            found.update((entity.entity_id, entity) for entity in entities)
        return list(found.values())

    async def _async_check_permissions(
        self,
        hass: HomeAssistant,
        entities: list[HomeEntity],
        llm_context: llm.LLMContext,
    ) -> None:
        context = llm_context.context
        if context is None or context.user_id is None:
            return
        user = await hass.auth.async_get_user(context.user_id)
        if user is None:
            raise ActionError("not_allowed", name="")
        policy = POLICY_READ if self.spec.read_only else POLICY_CONTROL
        for entity in entities:
            if not user.permissions.check_entity(entity.entity_id, policy):
                raise ActionError("not_allowed", name=entity.name)


@dataclass(slots=True, kw_only=True)
class LlmHomeAPI(llm.API):
    """Tools generated from the exposed home; usable by any conversation agent."""

    policy: SafetyPolicy

    @override
    async def async_get_api_instance(
        self, llm_context: llm.LLMContext
    ) -> llm.APIInstance:
        """Return the tools that the current home supports."""
        home = self.policy.async_home(self.hass)
        tools: list[llm.Tool] = [
            HomeTool(spec, self.policy) for spec in ACTIONS if targets_for(home, spec)
        ]
        # The names the tools accept: each device's label (two devices called "Lamp"
        # become "Kitchen Lamp" and "Bedroom Lamp") and its aliases.
        devices = "\n".join(
            f"- {entity.label} ({entity.domain}"
            f"{', in ' + label(entity.area) if entity.area else ''}"
            f"{', also ' + ', '.join(label(a) for a in entity.aliases) if entity.aliases else ''})"
            for entity in home.entities
        )
        return llm.APIInstance(
            api=self,
            api_prompt=API_PROMPT + devices,
            llm_context=llm_context,
            tools=tools,
        )
