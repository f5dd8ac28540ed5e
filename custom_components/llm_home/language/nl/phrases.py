"""Dutch phrases: words said together that the table reads as other words.

"Een halve graad" is a step of 0,5 degrees, "op slot" locks, "naar beneden" closes a
cover, "rol het zonnescherm uit" opens an awning (`Language.phrases`).
"""

from __future__ import annotations

from typing import Final

from .numbers import HALVES


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


# "Ik ga naar boven", "Daan is naar boven": where someone goes, never a way for a
# device (it would offer opening the blinds): the words stay as said, written with two
# spaces so that "naar boven" below no longer matches them (read as the same words).
_WALKING: Final = {
    f"{verb} {gap}naar {way}": f"{verb} {gap}naar  {way}"
    for verb in _w(
        "ga gaat gaan ging gingen loop loopt lopen liep kom komt komen kwam"
        " ben is zijn was waren"
    )
    for gap in ("", "even ", "ff ", "effe ", "nu ", "zo ")
    for way in ("boven", "beneden")
}

# An awning is rolled out ("rol het zonnescherm uit", "de markies uitdraaien"): it
# opens, never "uit" (off), which closes a cover. Only an awning: a screen rolled out
# comes down.
_AWNINGS: Final = _w(
    "zonnescherm zonneschermen zonwering markies markiezen luifel luifels knikarmscherm"
)
_ROLLED: Final = {
    # "Draai de zonnescherm ff uit", "draai de zonnescherm weer in" (Limburg).
    **{
        f"{verb} {article} {awning} {gap}{way}": f"{meant} {article} {awning}"
        for verb in ("rol", "draai")
        for article in ("het", "de", "den")
        for awning in _AWNINGS
        for gap in ("", "even ", "ff ", "effe ", "weer ", "maar ", "nu ")
        for way, meant in (("uit", "open"), ("in", "sluit"))
    },
    # "Doe de zonwering in", "haal het zonnescherm in": rolled in, closed. Not "doe
    # ... uit", which may be said for off.
    **{
        f"{verb} {article} {awning} {gap}in": f"sluit {article} {awning}"
        for verb in ("doe", "haal", "zet")
        for article in ("het", "de", "den")
        for awning in _AWNINGS
        for gap in ("", "even ", "ff ", "effe ", "maar ", "nu ")
    },
    **{
        f"{awning} {way}{verb}": f"{awning} {meant}"
        for verb in ("rollen", "draaien")
        for awning in _AWNINGS
        for way, meant in (("uit", "openen"), ("in", "sluiten"))
    },
}

PHRASES: Final = {
    # "Een halve graad" is a step of 0,5 degrees, never "half" (50 %).
    "een halve graad": "0,5 graad",
    # The diminutive is said as often ("een half graadje lager", "een graadje
    # hoger"): the same step, never "half" (50 %) nor "een" read as no number.
    "een half graadje": "0,5 graad",
    "half graadje": "0,5 graad",
    "een halve graadje": "0,5 graad",
    "een graadje": "1 graad",
    "graadje": "graad",
    "graadjes": "graden",
    # "Haal ... van pauze" resumes; "op slot" locks and "van het slot" unlocks: "slot"
    # alone is the lock itself, never what to do with it.
    "van pauze": "hervat",
    "uit pauze": "hervat",
    "van het slot": "ontgrendel",
    "van slot": "ontgrendel",
    "op slot": "vergrendel",
    "geluid weer aan": "ontdemp",
    # "Zet 't geluid van de tv uit" mutes it, "zet het geluid weer aan" unmutes it:
    # the sound is turned off, never the device (the particle comes after the object).
    **{
        f"geluid … {particle}": f"geluid … {meant}"
        for particles, meant in (
            ("uit af uitzetten uitdoen afzetten", "dempen"),
            ("aan aanzetten aandoen", "ontdempen"),
        )
        for particle in particles.split()
    },
    # "Doe de rolluiken naar beneden" closes them, "naar boven" opens them: a way,
    # never the floor above or below ("het licht boven"). Said as words of closing
    # and opening that end no command: "... naar beneden" alone is no request.
    "naar beneden": "neer",
    "naar boven": "ophalen",
    **_WALKING,
    **_ROLLED,
    # "Zet de afzuigkap op de hoogste stand": full speed (100 %).
    **{
        f"{word} {stand}": "100 procent"
        for word in ("hoogste", "hardste", "snelste")
        for stand in ("stand", "standje", "snelheid")
    },
    # "Laat 'm heen en weer gaan": a fan made to swing.
    "heen en weer gaan": "zwenken",
    "heen en weer draaien": "zwenken",
    "heen en weer": "zwenken",
    # "Doe het alarm op thuis": the home mode, said as the partial arming it is.
    # (Not "thuismodus": "modus" names a helper.)
    "op thuis": "op gedeeltelijk thuis",
    # "We gaan de deur uit": leaving the house (away), never a door nor "uit".
    **{
        f"{verb} de deur uit": f"{verb} weg"
        for verb in ("gaan", "ga", "gaat", "zijn", "ben", "is")
    },
    # "Sjonnie mag aan de slag", "laat de robot aan de slag gaan": get to work,
    # start. Not "ik ga aan de slag" (the speaker's own work).
    "mag aan de slag": "mag starten",
    "kan aan de slag": "kan starten",
    "aan de slag gaan": "starten",
    "mag aan het werk": "mag starten",
    # "Wat moeten we nog halen bij de Dirk?": what the shopping list holds ("halen"
    # is buying, never the "hal"), named both ways: a list called "Boodschappen" or
    # "Boodschappenlijst".
    **{
        f"{what} {need} {who} {more}{get}": "wat staat er op de boodschappenlijst met boodschappen"
        for what in ("wat", "wa")  # Brabant: "wa moeten we nog halen bij de Jumbo?"
        for need, who in (("moeten", "we"), ("moeten", "wij"), ("moet", "ik"))
        for more in ("", "nog ")
        for get in ("halen", "kopen", "hebben", "meenemen", "doen")
    },
    **{
        f"{what} {have} {who} {more}nodig": "wat staat er op de boodschappenlijst met boodschappen"
        for what in ("wat", "wa")
        for have, who in (("hebben", "we"), ("hebben", "wij"), ("heb", "ik"))
        for more in ("", "nog ")
    },
    # "De kamer" is the living room ("het licht in de kamer", "hoe warm is het in de
    # kamer?"), and still a room called "Kamer"; "de kamer van Noa" is hers (two
    # spaces: no longer "de kamer").
    "de kamer van": "de  kamer van",
    "de kamer": "de woonkamer kamer",
    # "Het grote licht" is a room's ceiling lamp, never every light in it.
    "het grote licht": "de plafondlamp",
    # Brabant "wa" is "wat" ("wa moeten we nog halen bij de Jumbo?"); "op z'n felst"
    # is as bright as it goes.
    "wa": "wat",
    "op z'n felst": "op 100 procent",
    "op zijn felst": "op 100 procent",
    "grote licht": "plafondlamp",
    # "Hoe lang moet de was nog?": the washing machine's time left ("de was" is the
    # washing, never the verb "was"; "hoe lang" asks a duration).
    "de was": "de wasmachine",
    "hoe lang": "hoelang",
    # "Noa, tanden poetsen en naar bed!": said to a child, never cleaning by the
    # robot ("poetsen", "poets" start it). Said as one word no device knows.
    **dict.fromkeys(
        (
            "tanden poetsen",
            "tandjes poetsen",
            "tanden gaan poetsen",
            "poets je tanden",
            "poets jullie tanden",
            "poets je tandjes",
        ),
        "tandenpoetsen",
    ),
    # "Hoe warm is het in de kamer?": how many degrees, read from a thermometer or
    # from the room's thermostat ("warm" alone names only a thermometer).
    # Outside, or tomorrow, it is the weather's (two spaces: left as said).
    **{
        f"hoe {feel} {verb}": f"hoe  {feel} {verb}"
        for feel in ("warm", "koud", "heet", "fris")
        for verb in ("is het buiten", "wordt het", "gaat het worden", "is het daar")
    },
    **{f"hoe {feel}": "hoeveel graden" for feel in ("warm", "koud", "heet", "fris")},
    # "Mag ik vragen ...": asking leave to ask, no request of a device ("mag" opens
    # one: "mag de tv op Netflix?").
    "mag ik": "ik",
    # "Een halve graad lager" is a step of 0,5 degrees; Flemish "ne graad warmer",
    # "nen halve graad", "ne keer": "een".
    **dict.fromkeys(
        ("een halve graad", "ne halve graad", "nen halve graad"), "0,5 graad"
    ),
    "ne": "een",
    "nen": "een",
    **HALVES,
}
