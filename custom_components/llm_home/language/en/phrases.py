"""English phrases: words said together that the table reads as other words.

"Half a degree" is a step of 0.5, "plug in" turns on, "fixing to leave" is away, Scots
"aff" is off (`Language.phrases`).
"""

from __future__ import annotations

from typing import Final

# "Would you mind opening the blinds?": a polite request, said with the verb's -ing form.
_POLITE_LEADS: Final = ("would you mind", "do you mind")
_HOMES: Final = ("house", "home", "condo", "apartment", "flat")
_WHOLE_HOME_LEADS: Final = (
    "in the",
    "in the whole",
    "in the entire",
    "around the",
    "throughout the",
    "across the",
    "all over the",
    "the whole",
    "the entire",
)
_GERUNDS: Final = {
    "turning": "turn",
    "switching": "switch",
    "opening": "open",
    "closing": "close",
    "shutting": "shut",
    "locking": "lock",
    "setting": "set",
    "putting": "put",
    "starting": "start",
    "stopping": "stop",
    "pausing": "pause",
    "playing": "play",
    "dimming": "dim",
    "adding": "add",
    "lowering": "lower",
    "raising": "raise",
    "muting": "mute",
}

# "Down half a degree" is a step of 0.5, never "half" (50 %); "is it raining?"
# asks the rain sensor, "is anything leaking?" the leak sensors.
# "Plug in the block heater" turns it on.
PHRASES: Final = {
    "half a degree": "0.5 degrees",
    "raining": "rain",
    "leaking": "leak",
    "plug in": "turn on",
    "unplug": "turn off",
    # "Could you kick on the bathroom fan?" (American): turn it on.
    "kick on": "turn on",
    "all the way up": "up to 100 percent",
    "all the way down": "down to 0 percent",
    "up all the way": "up to 100 percent",
    "down all the way": "down to 0 percent",
    # "Put the verandah fan on flat out": as fast as it goes.
    "on flat out": "on to 100 percent",
    "on full blast": "on to 100 percent",
    # "Mash the button on the coffee pot": turn it on.
    "mash the button on": "turn on",
    "push the button on": "turn on",
    "hit the button on": "turn on",
    # "Do me a favour and put the geyser on", "fire up the coffee machine".
    "do me a favour": "please",
    "do me a favor": "please",
    "fire up": "turn on",
    # Northern English "knock the light off", "knock the heating on".
    "knock": "turn",
    # "Set the alarm, we're off out": away (not "turn out the lights", nor "shut the
    # string lights off out front").
    **{
        f"{who.format(mark)} off out": f"{who.format(mark)} away"
        for who in (
            *("we{}re", "they{}re", "you{}re", "i{}m", "he{}s", "she{}s"),
            *("we are", "they are", "i am", "just", "be"),
        )
        for mark in ("'", "’")
    },
    "heading out": "heading away",
    "heading off": "heading away",
    # "Get the fan going and have it swing side to side": make it oscillate.
    "and have it": "and make it",
    "go side to side": "oscillate",
    "go side tae side": "oscillate",
    "side tae side": "oscillate",
    "swing side to side": "oscillate",
    "side to side": "oscillate",
    "going out": "going away",
    # "Lock up, we're off to bed": every lock.
    "lock up": "lock all the locks",
    # "What do we need from the shops?": what the shopping list holds.
    "what do we need": "what is on the shopping list",
    "what else do we need": "what else is on the shopping list",
    **{
        f"do we need from the {shop}": "is on the shopping list"
        for shop in ("shop", "shops", "store", "stores", "supermarket")
    },
    # "Put the heating back on the timer": its schedule, the auto mode.
    "on the timer": "on auto",
    "on the schedule": "on auto",
    "on its schedule": "on auto",
    "make sure": "make",
    # "Put on some music": play it, not only power the speaker on.
    **{
        phrase.format(verb=verb, music=music): f"play {music}"
        for phrase in ("{verb} on {music}", "{verb} {music} on")
        for verb in ("put", "throw", "turn", "switch", "stick", "pop")
        for music in ("some music", "the music", "music", "some tunes")
    },
    # The whole home names no room: "the lights around the house" are every
    # light; "the AC in the house" is no room said (and "the House List" keeps
    # its "house").
    **{
        f"{where} {home}": "everywhere" if where != "in the" else ""
        for where in _WHOLE_HOME_LEADS
        for home in _HOMES
    },
    # "Lock up the house", "lock everything up": every lock ("lock up the back
    # door" stays the back door's).
    **{
        phrase.format(home=home): "lock all locks"
        for phrase in ("lock up the {home}", "lock the {home} up")
        for home in (*_HOMES, "place")
    },
    "lock up everything": "lock all locks",
    # "Shut 'em off", Hawaii "pau with the TV, shut um off": them.
    **{
        f"{verb} {them} {particle}": f"{verb} them {particle}"
        for verb in ("turn", "shut", "switch", "put", "flip")
        for them in ("'em", "’em", "em", "um")
        for particle in ("on", "off", "up", "down", "out")
    },
    "lock everything up": "lock all locks",
    # "Heat up the lounge": a change of temperature, its verb in the phrase
    # (never "turn the heat up").
    "heat up the": "make warmer the",
    "warm up the": "make warmer the",
    "cool down the": "make cooler the",
    # "Get Rosie to do the floors": the vacuum's cleaning.
    "do the floors": "clean the floors",
    "do the floor": "clean the floor",
    "a couple of degrees": "2 degrees",
    # "Up two degrees" heard as "up to degrees": no number, so a step of one
    # would be a value nobody said.
    **{f"{two} degrees": "2 degrees" for two in ("to", "too")},
    "a couple degrees": "2 degrees",
    # Nigerian English "on the gen sharp sharp", "make it cold small"; Midwestern
    # "pause this real quick".
    "sharp sharp": "",
    "real quick": "",
    "right quick": "",
    "cold small": "a bit colder",
    "cool small": "a bit cooler",
    "warm small": "a bit warmer",
    # "Air" alone is the air conditioning ("put the air on 72"); its quality is
    # a sensor's.
    "air quality": "aqi",
    # "This room is too hot": the room the user is in.
    "in this room": "in here",
    "this room is": "it is",
    "this room's": "it's",
    # Scots as typed: "switch aff the big light", "knock the heating doon",
    # "lights aff up the stair", "and the mirror one an aw", "cannae see".
    "aff": "off",
    "doon": "down",
    "oot": "out",
    "tae": "to",
    "pit the": "put the",
    "up the stair": "upstairs",
    "doon the stair": "downstairs",
    "down the stair": "downstairs",
    "an aw": "too",
    "an all": "too",
    "naebody": "nobody",
    "cannae": "cannot",
    "dinnae": "don't",
    # Geordie: "divvent touch the big light", "we're gannin oot", "hoy some stotties
    # on the list".
    "divvent": "don't",
    "gannin": "going",
    "gannin oot": "going away",
    "hoy": "put",
    # "How warm is it down in Grandpa's place?": its thermometer, or else its
    # thermostat's reading ("warm" alone names only a thermometer).
    **{
        f"how {feel} is it {where}": f"what temperature is it {where}"
        for feel in ("warm", "cold", "hot", "chilly")
        for where in ("in", "down in", "up in", "out in")
    },
    # Scouse: "giz the lobby light on, la": put it on.
    "giz": "put",
    "gizza": "put",
    # "…, don't touch the big light": leave it as it is.
    **dict.fromkeys(
        ("don't touch", "do not touch", "divvent touch", "dinnae touch"), "leave"
    ),
    # "It's pitch black in here": too dark.
    "pitch black": "dark",
    "wee bit": "bit",
    # Southern US "we're fixing to leave": away.
    **dict.fromkeys(
        (
            "fixing to leave",
            "fixin to leave",
            "fixin' to leave",
            "going to leave",
            "about to leave",
        ),
        "leaving",
    ),
    "fixing to": "going to",
    "fixin to": "going to",
    "fixin' to": "going to",
    **{
        f"{lead} {gerund}": verb
        for lead in _POLITE_LEADS
        for gerund, verb in _GERUNDS.items()
    },
}
