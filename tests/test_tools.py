"""The llm_home LLM API against a real home: exposure, permissions, values, disarming."""

from __future__ import annotations

from unittest.mock import PropertyMock, patch

from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.auth.models import User
from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.components.shopping_list.todo import ShoppingTodoListEntity
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import entity_registry as er, llm
from homeassistant.setup import async_setup_component
from homeassistant.util.json import JsonObjectType

from .home import ALARM, ALARM_CODE, UNEXPOSED_LIGHT, async_setup_agent, state_of
from .llm_api import async_api, async_call_tool
from custom_components.llm_home.agent.replies import reply_for
from custom_components.llm_home.const import CONF_ALLOW_DISARM, DOMAIN
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.language import ENGLISH
from custom_components.llm_home.runtime import LlmHomeConfigEntry


def _states(result: llm.ToolResult) -> list[JsonObjectType]:
    """Return the device states a tool reports back."""
    states = result.data["states"]
    assert isinstance(states, list)
    reported = [state for state in states if isinstance(state, dict)]
    assert len(reported) == len(states)
    return reported


async def test_tools_control_exposed_lights_and_climate(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """Tools act on exposed entities by name, alias and area."""
    result = await async_call_tool(hass, "turn_off", {"target": ["Living Room lights"]})
    assert not result.error
    assert state_of(hass, "light.ceiling_lights").state == "off"
    assert state_of(hass, "light.living_room_rgbww_lights").state == "off"

    result = await async_call_tool(hass, "turn_off", {"target": ["Upstairs lights"]})
    assert not result.error
    assert state_of(hass, "light.bed_light").state == "off"
    assert state_of(hass, "light.kitchen_lights").state == "on"
    # The thermostats of the living room are another kind: not its bare name.
    result = await async_call_tool(hass, "turn_off", {"target": ["Living Room"]})
    assert result.error
    assert state_of(hass, "climate.hvac").state != "off"

    result = await async_call_tool(
        hass, "light_level", {"target": ["Lumière lamp"], "value": 30}
    )
    assert not result.error
    assert state_of(hass, "light.bed_light").attributes["brightness"] == round(
        255 * 0.3
    )

    result = await async_call_tool(
        hass, "climate_temp", {"target": ["Hvac"], "value": "23"}
    )
    assert not result.error
    assert state_of(hass, "climate.hvac").attributes["temperature"] == 23
    result = await async_call_tool(
        hass, "climate_step", {"target": ["Hvac"], "value": "-2"}
    )
    assert state_of(hass, "climate.hvac").attributes["temperature"] == 21
    assert _states(result)[0]["temperature"] == 21


async def test_unexposed_entity_is_refused_and_unchanged(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """Naming an unexposed light changes nothing, even when it was exposed a moment ago."""
    before = state_of(hass, UNEXPOSED_LIGHT).state
    result = await async_call_tool(hass, "toggle", {"target": ["Office RGBW Lights"]})
    assert result.error
    assert result.data["error"] == "unknown_target"
    assert state_of(hass, UNEXPOSED_LIGHT).state == before

    async_expose_entity(hass, "conversation", "light.kitchen_lights", False)
    result = await async_call_tool(hass, "turn_off", {"target": ["Kitchen Lights"]})
    assert result.error
    assert state_of(hass, "light.kitchen_lights").state == "on"


async def test_values_outside_the_device_range_are_refused(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """A temperature outside the thermostat's range or an unknown mode is refused."""
    result = await async_call_tool(
        hass, "climate_temp", {"target": ["Hvac"], "value": "95"}
    )
    assert result.error
    assert result.data["error"] == "out_of_range"
    result = await async_call_tool(
        hass, "climate_mode", {"target": ["Opa's heater"], "value": "cool"}
    )
    assert result.error
    assert result.data["error"] == "unsupported_value"
    assert state_of(hass, "climate.heatpump").state == "heat"


async def test_user_permissions_are_enforced(
    hass: HomeAssistant, agent: LlmHomeConfigEntry, hass_read_only_user: User
) -> None:
    """A read-only user can ask about a light but not switch it."""
    context = Context(user_id=hass_read_only_user.id)
    result = await async_call_tool(
        hass, "turn_off", {"target": ["Kitchen Lights"]}, context=context
    )
    assert result.error
    assert result.data["error"] == "not_allowed"
    assert state_of(hass, "light.kitchen_lights").state == "on"
    result = await async_call_tool(
        hass, "state", {"target": ["Kitchen Lights"]}, context=context
    )
    assert not result.error
    assert _states(result)[0]["state"] == "on"


async def test_disarm_is_off_by_default(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """Without the option, disarming is refused even with the code."""
    await async_call_tool(
        hass, "alarm_arm", {"target": ["Home Alarm"], "value": "away"}
    )
    assert state_of(hass, ALARM).state == "armed_away"
    result = await async_call_tool(
        hass,
        "alarm_disarm",
        {"target": ["Home Alarm"]},
        code=ALARM_CODE,
        platform=DOMAIN,
    )
    assert result.error
    assert result.data["error"] == "allow_disarm_disabled"
    assert state_of(hass, ALARM).state == "armed_away"


async def test_disarm_needs_the_code_from_the_user(
    hass: HomeAssistant, default_data: dict[str, str], model_store: ModelStore
) -> None:
    """With the option on, disarming needs the code from the vault; a code in the arguments is ignored."""
    await async_setup_agent(hass, default_data, {CONF_ALLOW_DISARM: True})
    await async_call_tool(
        hass, "alarm_arm", {"target": ["Home Alarm"], "value": "night"}
    )
    assert state_of(hass, ALARM).state == "armed_night"

    result = await async_call_tool(
        hass, "alarm_disarm", {"target": ["Home Alarm"], "code": ALARM_CODE}
    )
    assert result.error
    assert result.data["error"] == "bad_arguments"
    assert state_of(hass, ALARM).state == "armed_night"
    result = await async_call_tool(
        hass, "alarm_disarm", {"target": ["Home Alarm"]}, platform=DOMAIN
    )
    assert result.data["error"] == "code_required"

    result = await async_call_tool(
        hass, "alarm_disarm", {"target": ["Home Alarm"]}, code="0000", platform=DOMAIN
    )
    assert result.error
    assert state_of(hass, ALARM).state == "armed_night"
    assert "0000" not in str(result.data)

    result = await async_call_tool(
        hass,
        "alarm_disarm",
        {"target": ["Home Alarm"]},
        code=ALARM_CODE,
        platform=DOMAIN,
    )
    assert not result.error
    assert state_of(hass, ALARM).state == "disarmed"
    assert ALARM_CODE not in str(result.data)


async def test_arguments_from_other_agents_are_checked(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """Malformed arguments give an error result; names match regardless of case."""
    result = await async_call_tool(hass, "turn_on", {"target": 5})
    assert result.error
    assert result.data["error"] == "bad_arguments"
    result = await async_call_tool(hass, "turn_off", {"target": ["kitchen LIGHTS"]})
    assert not result.error
    assert state_of(hass, "light.kitchen_lights").state == "off"


async def test_devices_sharing_a_name_are_told_apart_by_area(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """Two lights called the same are never both switched by their shared name."""
    er.async_get(hass).async_update_entity(
        "light.ceiling_lights", name="Kitchen Lights"
    )
    await hass.async_block_till_done()
    # The shared name stands for neither device: here it names the lights of the
    # Kitchen area, which the living room's "Kitchen Lights" is not.
    result = await async_call_tool(hass, "turn_off", {"target": ["Kitchen Lights"]})
    assert not result.error
    assert state_of(hass, "light.kitchen_lights").state == "off"
    assert state_of(hass, "light.ceiling_lights").state == "on"
    result = await async_call_tool(
        hass, "turn_on", {"target": ["Kitchen Kitchen Lights"]}
    )
    assert not result.error
    result = await async_call_tool(
        hass, "turn_off", {"target": ["Living Room Kitchen Lights"]}
    )
    assert not result.error
    assert state_of(hass, "light.ceiling_lights").state == "off"
    assert state_of(hass, "light.kitchen_lights").state == "on"


async def test_api_prompt_lists_the_names_the_tools_accept(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """The API prompt lists the names the tools take.

    Two lights called "Lamp" are listed as "Kitchen Lamp" and "Bedroom Lamp"; a listed
    name works, the plain shared name does not.
    """
    registry = er.async_get(hass)
    registry.async_update_entity("light.kitchen_lights", name="Lamp")
    registry.async_update_entity("light.bed_light", name="Lamp")
    await hass.async_block_till_done()
    api = await async_api(hass)
    listed = [
        line[2:].split(" (")[0]
        for line in api.api_prompt.splitlines()
        if line.startswith("- ")
    ]
    assert "Kitchen Lamp" in listed and "Bedroom Lamp" in listed
    assert "Lamp" not in listed
    assert "- Bedroom Lamp (light, in Bedroom, also Lumière lamp)" in api.api_prompt

    result = await async_call_tool(hass, "turn_off", {"target": ["Kitchen Lamp"]})
    assert not result.error
    assert state_of(hass, "light.kitchen_lights").state == "off"
    result = await async_call_tool(hass, "turn_off", {"target": ["Lamp"]})
    assert result.error


async def test_scenes_scripts_and_to_do_lists(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """A scene is activated, a script runs, an item is added and read back."""
    assert await async_setup_component(
        hass,
        "script",
        {
            "script": {
                "bedtime": {
                    "alias": "Bedtime",
                    "sequence": [
                        {
                            "action": "light.turn_off",
                            "target": {"entity_id": "light.kitchen_lights"},
                        }
                    ],
                }
            }
        },
    )
    assert await async_setup_component(
        hass,
        "scene",
        {"scene": [{"name": "Movie Time", "entities": {"light.bed_light": "off"}}]},
    )
    shopping = MockConfigEntry(domain="shopping_list")
    shopping.add_to_hass(hass)
    assert await hass.config_entries.async_setup(shopping.entry_id)
    await hass.async_block_till_done()
    for entity_id in ("script.bedtime", "scene.movie_time", "todo.shopping_list"):
        async_expose_entity(hass, "conversation", entity_id, True)

    assert not (await async_call_tool(hass, "turn_on", {"target": ["Bedtime"]})).error
    await hass.async_block_till_done()
    assert state_of(hass, "light.kitchen_lights").state == "off"
    assert not (
        await async_call_tool(hass, "turn_on", {"target": ["Movie Time"]})
    ).error
    assert state_of(hass, "light.bed_light").state == "off"

    result = await async_call_tool(
        hass, "todo_add", {"target": ["Shopping list"], "value": "oat milk"}
    )
    assert not result.error
    assert state_of(hass, "todo.shopping_list").state == "1"
    result = await async_call_tool(hass, "state", {"target": ["Shopping list"]})
    assert reply_for(result.data, result.error, ENGLISH) == (
        "The Shopping list has 1 item: oat milk."
    )


async def _async_shopping_list(hass: HomeAssistant) -> None:
    """Set up HA's shopping list, exposed to Assist."""
    shopping = MockConfigEntry(domain="shopping_list")
    shopping.add_to_hass(hass)
    assert await hass.config_entries.async_setup(shopping.entry_id)
    await hass.async_block_till_done()
    async_expose_entity(hass, "conversation", "todo.shopping_list", True)


async def test_an_item_on_the_list_already_is_not_added_twice(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """Said "put oat milk on the list" again: it is there once, and the user is told."""
    await _async_shopping_list(hass)
    args = {"target": ["Shopping list"], "value": "Oat milk"}
    assert not (await async_call_tool(hass, "todo_add", args)).error
    result = await async_call_tool(hass, "todo_add", {**args, "value": "oat  milk"})
    assert result.error
    assert reply_for(result.data, result.error, ENGLISH) == (
        "Oat milk is already on the Shopping list."
    )
    assert state_of(hass, "todo.shopping_list").state == "1"


async def test_unreadable_todo_list_is_an_error(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """A to-do list that cannot be read is reported as a failure, never as empty."""
    await _async_shopping_list(hass)
    assert not (
        await async_call_tool(
            hass, "todo_add", {"target": ["Shopping list"], "value": "oat milk"}
        )
    ).error

    with patch.object(
        ShoppingTodoListEntity,
        "todo_items",
        new_callable=PropertyMock,
        side_effect=HomeAssistantError("the list file cannot be read"),
    ):
        result = await async_call_tool(hass, "state", {"target": ["Shopping list"]})
    assert result.error
    assert reply_for(result.data, result.error, ENGLISH) == (
        "Sorry, that did not work for Shopping list: the list file cannot be read"
    )


async def test_a_step_down_never_turns_a_dim_light_off(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """Said "dim the night light a bit more": at 10 % it stays on, at its lowest."""
    result = await async_call_tool(
        hass, "light_level", {"target": ["Lumière lamp"], "value": 10}
    )
    assert not result.error
    result = await async_call_tool(
        hass, "light_step", {"target": ["Lumière lamp"], "value": "-20"}
    )
    assert not result.error
    light = state_of(hass, "light.bed_light")
    assert light.state == "on"
    assert 0 < light.attributes["brightness"] < round(255 * 0.1)


async def test_a_thermostats_humidity_is_set_never_its_temperature(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """Said "bump the humidity on the thermostat up to 35": its target humidity."""
    before = state_of(hass, "climate.hvac").attributes["temperature"]
    result = await async_call_tool(
        hass, "humidity", {"target": ["Hvac"], "value": "35"}
    )
    assert not result.error
    hvac = state_of(hass, "climate.hvac")
    assert hvac.attributes["humidity"] == 35
    assert hvac.attributes["temperature"] == before
