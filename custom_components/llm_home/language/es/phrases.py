"""Spanish phrases read as one word of the table (`Language.phrases`).

Words said together that mean something else than each of them: "modo frío" is the
cooling mode, never "I'm cold"; "poné en mute la tele" mutes it, never turns it on.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from .forms import PRONOUNS, plain
from .verbs import VERBS


def _joined(form: str, forms: frozenset[str]) -> str:
    """Return the pronoun joined to a verb's form ("ponela": "la"), else ""."""
    for pronoun in sorted(PRONOUNS, key=len, reverse=True):
        base = plain(form[: -len(pronoun)])
        if form.endswith(pronoun) and base in {plain(f) for f in forms}:
            return pronoun
    return ""


PHRASES: Final[Mapping[str, str]] = {
    # A mode said by its feeling ("modo frío") is the mode, never "I'm cold".
    "modo frío": "modo refrigeración",
    "modo frio": "modo refrigeración",
    "en frío": "en modo refrigeración",
    "en frio": "en modo refrigeración",
    "modo calor": "modo calefacción",
    "en calor": "en modo calefacción",
    "modo ventilador": "modo ventilación",
    # "Déjale nomás el ventilador al clima", "el clima solo con el ventilador": its
    # fan only, the fan-only mode ("prende solo el ventilador" stays the fan).
    **{
        f"{only} el ventilador al": "en modo ventilación al"
        for only in ("nomás", "nada más", "solo", "sólo", "solamente")
    },
    "solo con el ventilador": "en modo ventilación",
    # "Pon el aire en solo ventilador": the fan-only mode, never its fan turned up.
    **{
        f"{only} ventilador": "modo ventilación"
        for only in ("solo", "sólo", "solamente", "nomás")
    },
    # "Apaga la luz del salón pero deja la lámpara": the lamp is left as it is,
    # never the one turned off.
    **{
        f"pero {keep}": "excepto"
        for keep in ("deja", "dejá", "déjame", "no apagues", "no toques")
    },
    "sólo con el ventilador": "en modo ventilación",
    # "Echa el toldo" (Spain, Andalusia): the awning out, never drawn in ("echa la
    # persiana" lowers the blind).
    **{
        f"{form} {awning}": f"saca{_joined(form, VERBS['echar'])} {awning}"
        for form in VERBS["echar"]
        for awning in ("el toldo", "los toldos")
    },
    # "Ponle el giro al ventilador": its head swinging ("quítale el giro" stops it).
    "el giro": "la oscilación",
    # "Medio grado" is a step of 0,5 degrees, never "medio" (50 %).
    "medio grado": "0,5 grados",
    # "Está re oscuro acá" says how it is, as "qué oscuro": no question without
    # its "¿" ("¿está oscuro el pasillo?" stays one). "Re" is Argentina's "muy".
    **{
        f"{verb} {much}{dark}": "oscuro"
        for verb in ("está", "esta")
        for much in ("", "re ", "muy ", "bastante ", "demasiado ", "medio ", "tan ")
        for dark in ("oscuro", "oscura")
    },
    # "¡Qué oscuro está esto!": an exclamation, never a question.
    **{
        f"{what} {dark}{verb}": "oscuro"
        for what in ("qué", "que")
        for dark in ("oscuro", "oscura")
        for verb in ("", " está", " esta")
    },
    # "Cierra la llave del gas al tiro" (Chile), "al toque" (Argentina, Peru): right
    # away, as "ahora"; never a value said after "al".
    **dict.fromkeys(("al tiro", "al toque", "al instante"), "ahora"),
    # "Poné a andar la aspiradora" (Argentina): start it, as "ponla en marcha".
    "a andar": "en marcha",
    # "Poné a girar el ventilador": the standing fan's head swinging.
    "a girar": "a oscilar",
    # "Ponelo a girar al revés" is its direction, never swinging.
    "a girar al revés": "en reversa",
    "a girar para el otro lado": "en reversa",
    # "Subile un grado": a step of 1 ("un" alone is no number: "sube un poco").
    "un grado": "1 grado",
    # "Dos grados y medio" is 2,5, never 2 and 50: the half said with its number.
    "un grado y medio": "1,5 grados",
    "grados y medio": "y medio grados",
    # "Quita la pausa" resumes, never pauses; "quita el silencio" unmutes.
    "quita la pausa": "reanuda",
    "quítale la pausa": "reanuda",
    "quitale la pausa": "reanuda",
    "quitar la pausa": "reanudar",
    "saca la pausa": "reanuda",
    "sácale la pausa": "reanuda",
    "quita el silencio": "desmutea",
    "quítale el silencio": "desmutea",
    "quita el mute": "desmutea",
    # "Quítale el sonido a la tele" mutes it ("activa el sonido" unmutes).
    **{f"{verb} el sonido": "silencia" for verb in ("quita", "quítale", "quitale")},
    "quitar el sonido": "silenciar",
    # "¿Me hace el favor y me prende …?" (Colombia): a request, said politely.
    **{
        f"{asking} el favor {joiner}": "por favor"
        for asking in ("me hace", "me haces", "me hacés", "hágame", "hazme")
        for joiner in ("y", "de")
    },
    # "Ponle seguro a la puerta" (Mexico) locks it.
    **{
        f"{verb} {article}seguro": "echa la llave"
        for verb in (
            *("ponle", "pon", "ponerle", "échale", "echale"),
            # Colombia's usted: "póngale seguro a la puerta".
            *("póngale", "pongale", "pónganle", "échele", "echele"),
        )
        for article in ("", "el ")
    },
    # "Poné en mute la tele", "ponela en silencio": muting, never "poner" (turning
    # on); "sacale el mute" unmutes. "Mute" is said as in English.
    **{
        f"{form} {state}": f"silencia{_joined(form, VERBS['poner'])}"
        for form in VERBS["poner"]
        for state in ("en mute", "en silencio", "mute")
    },
    # Peru's "súbele un gradito al aire": a degree, said small.
    "un gradito": "1 grado",
    "gradito": "grado",
    "graditos": "grados",
    # "Poné la tele en mute": its state is said apart from "poné", still muted.
    "en mute": "silenciado",
    "en silencio": "silenciado",
    **{
        f"{form} el {state}": "desmutea"
        for form in VERBS["sacar"] | VERBS["quitar"]
        if _joined(form, VERBS[form.startswith(("sa", "sá")) and "sacar" or "quitar"])
        in ("", "le", "les")
        for state in ("mute", "silencio")
    },
}
