"""Italian words said together that mean one word of the table.

Read before anything else (`Language.rephrase`): "togli la pausa" is "riprendi"
(resume), never "pausa"; "mezzo grado" is a step of 0,5 degrees, never 50 %.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

PHRASES: Final[Mapping[str, str]] = {
    "da qualche parte": "dappertutto",
    # Palermo: "astuta u condizionatore do salone e macari a televisione", "talìa",
    # "tanticchia", "a parte": the Italian words they stand for.
    "u": "il",
    "do": "del",
    "macari": "anche",
    "tanticchia": "un po'",
    "talìa": "guarda",
    "a parte": "tranne",
    # "Cambia canzone" skips to the next one.
    "cambia canzone": "prossima canzone",
    "cambia brano": "prossimo brano",
    "cambia pezzo": "prossimo pezzo",
    # "Passa alla canzone dopo" (Genoa): the next one, never "later".
    "canzone dopo": "canzone successiva",
    "brano dopo": "brano successivo",
    "pezzo dopo": "pezzo successivo",
    # A mode said by its feeling ("modalità freddo") is the mode, never "ho freddo".
    "modalità freddo": "modalità raffreddamento",
    "modalità caldo": "modalità riscaldamento",
    "modalità ventilatore": "modalità ventilazione",
    "modalità secco": "modalità deumidificazione",
    # "Metti il freddo" on an air conditioner is its cooling mode, "il caldo" its
    # heating: never a step warmer or cooler, nor "ho freddo".
    **{
        f"{verb} il {feeling}": f"metti in modalità {mode}"
        for verb in ("metti", "mettimi", "accendi", "accendimi", "attiva")
        for feeling, mode in (("freddo", "raffreddamento"), ("caldo", "riscaldamento"))
    },
    # "Accendi il condizionatore sul caldo a ventidue" (Genoa): its heating mode,
    # never "ho caldo" (cooling).
    **{
        f"{on} {feeling}": f"in modalità {mode}"
        for on in ("sul", "su", "in")
        for feeling, mode in (("freddo", "raffreddamento"), ("caldo", "riscaldamento"))
    },
    # "Mezzo grado" is a step of 0,5 degrees, never "mezzo" (50 %).
    "mezzo grado": "0,5 gradi",
    # "Alza di un grado" is a step of one degree: the heating, never a light's 1 %
    # ("un" alone is no number: "alza un po'").
    "un grado": "1 grado",
    # "Due gradi e mezzo" is 2,5 degrees, never 2 and "mezzo" (50 %): the half goes
    # with the number, as in "ventuno e mezzo"; "un grado e mezzo" is 1,5.
    "gradi e mezzo": "e mezzo gradi",
    "gradi e mezza": "e mezzo gradi",
    **dict.fromkeys(
        (f"{one} grado e {half}" for one in ("un", "1") for half in ("mezzo", "mezza")),
        "1,5 gradi",
    ),
    # "Ferma un attimo" (stop for a moment) pauses: it goes on after, never docks.
    "ferma un attimo": "metti in pausa",
    "ferma un momento": "metti in pausa",
    "fermalo un attimo": "mettilo in pausa",
    "fermala un attimo": "mettila in pausa",
    # "..., che andiamo a dormire": the night's goodbye, never the mode "sleep"
    # ("dormire") nor the bedroom ("letto").
    **{
        f"{going} a {bed}": "buonanotte"
        for going in ("andiamo", "vado", "me ne vado", "ce ne andiamo")
        for bed in ("dormire", "letto", "nanna")
    },
    # "Che buio!", "che freddo!": said, never asked.
    "che buio": "buio",
    "che scuro": "scuro",
    "che freddo": "freddo",
    "che caldo": "caldo",
    "che freddino": "freddino",
    "che freschino": "freschino",
    "che caldino": "caldino",
    # "Togli la pausa" resumes, never pauses; "togli il muto" unmutes.
    "togli la pausa": "riprendi",
    "toglie la pausa": "riprendi",
    "togliere la pausa": "riprendere",
    "leva la pausa": "riprendi",
    "togli il muto": "riattiva",
    "togli il silenzioso": "riattiva",
    # "È buio in taverna" says it is dark there, no question: "buio" (a question
    # keeps its question mark).
    "è buio": "buio",
    "è scuro": "scuro",
    # What there is "da comprare" (Rome: "da comprà") is the shopping, "la spesa";
    # "ricordami di comprare il latte" keeps its item's words.
    "da comprare": "spesa",
    "da comprà": "spesa",
    "devo comprare": "spesa",
    "devo comprà": "spesa",
    "dobbiamo comprare": "spesa",
    # "Rimetti il robot in carica": back to its base to charge ("in ricarica").
    "in carica": "in ricarica",
    # "È in carica" asks (or says) how it is, never sends it back: read before.
    "è in carica": "è carica",
    "sono in carica": "sono carica",
    # "Spegni la luce grande e lascia solo la lucina": what is left as it is, as
    # after "ma lascia"; never a second command that takes the first one's verb.
    **{
        f"e {keep}": f"ma {keep}"
        for keep in ("lascia", "lasciate", "lasci", "tieni", "tenete", "tenga")
    },
}
