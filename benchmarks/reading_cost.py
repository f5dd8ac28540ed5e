"""What reading the words costs per request: the reading, the shortlist and the grammar.

Builds a home of N exposed devices (default 200) in areas and floors, then reads a
set of everyday requests against it, many times, and prints the mean, p50 and p95
per request of: the reading alone (words -> request), and the reading with the
shortlist, the question back and the grammar (everything but the model). The first
request after a change of the home also reads its names: printed apart.

    .venv/bin/python -m benchmarks.reading_cost [--entities 200] [--rounds 20]
"""

from __future__ import annotations

import argparse
import statistics
import time
from typing import Any

from custom_components.llm_home.agent.described import describes_a_device
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.snapshot import Home, HomeArea, HomeEntity
from custom_components.llm_home.language import ENGLISH

_ROOMS = [
    "Kitchen",
    "Living",
    "Room",
    "Bedroom",
    "Guest",
    "Room",
    "Office",
    "Hall",
    "Bathroom",
    "Garage",
    "Garden",
    "Patio",
    "Laundry",
    "Nursery",
    "Attic",
    "Basement",
    "Dining",
    "Room",
    "Study",
]
_KINDS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("light", "Light", {"supported_color_modes": ["brightness"]}),
    ("light", "Lamp", {"supported_color_modes": ["hs"]}),
    ("switch", "Plug", {}),
    ("cover", "Blinds", {"device_class": "blind", "supported_features": 15}),
    ("fan", "Fan", {"supported_features": 1}),
    ("media_player", "Speaker", {"device_class": "speaker", "supported_features": 4}),
    ("sensor", "Temperature", {"device_class": "temperature"}),
    ("climate", "Thermostat", {"hvac_modes": ["off", "heat"], "supported_features": 1}),
    ("lock", "Door", {}),
    ("binary_sensor", "Window", {"device_class": "window"}),
)
REQUESTS = (
    "turn on the kitchen light",
    "please switch off all the lights in the living room",
    "set the bedroom thermostat to 21.5 degrees",
    "close the office blinds and then turn on the office lamp",
    "what's the temperature in the garage",
    "is the hall door locked",
    "dim the study light to fifty percent",
    "it's too dark in here",
    "don't open the blinds",
    "turn off the light",
)


def _home(size: int) -> Home:
    areas = tuple(HomeArea(room.casefold(), room, (), ()) for room in _ROOMS)
    entities: list[HomeEntity] = []
    for n in range(size):
        domain, kind, attributes = _KINDS[n % len(_KINDS)]
        area = areas[(n // len(_KINDS)) % len(areas)]
        copy = n // (len(_KINDS) * len(areas))
        name = f"{area.name} {kind}" + (f" {copy + 1}" if copy else "")
        entities.append(
            HomeEntity(
                f"{domain}.{name.casefold().replace(' ', '_')}",
                domain,
                name,
                name,
                (),
                area.area_id,
                area.name,
                attributes,
            )
        )
    return Home(tuple(entities), areas)


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return (
        f"mean {statistics.fmean(ordered):.2f} ms, p50 {statistics.median(ordered):.2f}"
        f" ms, p95 {p95:.2f} ms"
    )


def main() -> None:
    """Print what reading and choosing cost per request."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    home = _home(args.entities)

    start = time.perf_counter()
    read(REQUESTS[0], home, ENGLISH)
    first = (time.perf_counter() - start) * 1000

    reading: list[float] = []
    choosing: list[float] = []
    for _ in range(args.rounds):
        for text in REQUESTS:
            start = time.perf_counter()
            request = read(text, home, ENGLISH)
            reading.append((time.perf_counter() - start) * 1000)
            for clause in request.clauses:
                unnamed_choice(home, clause, ["Kitchen"])
                candidates = shortlist(home, clause, ["Kitchen"])
                build_grammar(
                    candidates,
                    clause,
                    exit_allowed=not describes_a_device(candidates, clause),
                )
            choosing.append((time.perf_counter() - start) * 1000)
    print(f"home: {len(home.entities)} devices in {len(home.areas)} areas")
    print(f"first request after a change of the home: {first:.2f} ms")
    print(f"reading ({len(reading)} requests): {_ms(reading)}")
    print(f"reading + shortlist + which one + grammar: {_ms(choosing)}")


if __name__ == "__main__":
    main()
