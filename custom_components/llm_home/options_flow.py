"""The options flow: three groups of options, applied without a reload."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import ConfigEntryState, ConfigFlowResult, OptionsFlow

from .const import CONF_VOICE_PIN
from .options_schema import (
    flatten_sections,
    options_schema,
    sectioned,
    shown,
    with_voice_pin,
)


class LlmHomeOptionsFlow(OptionsFlow):
    """Options in three groups: generation, safety and speech.

    Saving does not reload the entry: its update listener applies what changed.
    """

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show and save the options."""
        entry = self.config_entry
        errors: dict[str, str] = {}
        if user_input is not None:
            options = with_voice_pin(flatten_sections(user_input), entry.options)
            if options is not None:
                return self.async_create_entry(data=options)
            errors[CONF_VOICE_PIN] = "invalid_pin"
        loaded = entry.state is ConfigEntryState.LOADED
        languages = entry.runtime_data.loaded.stt.languages if loaded else []
        schema = options_schema(languages)
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                schema, sectioned(shown(entry.options))
            ),
            errors=errors,
        )
