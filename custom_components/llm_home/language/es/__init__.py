"""Spanish: the table for Spain and the Americas.

Written for llm_home by hand, as a native speaker says requests to a voice assistant
at home: tú and usted ("enciende", "encienda"), Argentina's vos ("prendé"), polite
questions ("¿puedes encender ...?", "¿me enciendes ...?"), the negative imperative
("no enciendas"), and the pronoun joined to the verb ("apágala"); Spain's, Mexico's
and Argentina's household words (kinds.py). Numbers are said with a decimal comma
("21,5"), as in Spain and most of South America; "coma" and "punto" are both said.
"""

from __future__ import annotations

from typing import Final

from ..floors import Floors, floor_levels
from ..model import TEMPERATURE, Language
from ..parts import Comfort, Numbers, Plurals
from .actions import ACTIONS
from .forms import words as _w
from .kinds import (
    CLASS_KIND_NAMES,
    CLASS_WORDS,
    DOMAIN_WORDS,
    KIND_NAMES,
    OPPOSITES,
    SAME_WORDS,
)
from .phrases import PHRASES
from .prompt import PROMPT
from .replies import (
    BINARY_STATES,
    ERRORS,
    FEMININE,
    FEMININE_FORMS,
    REPLIES,
    STATE_WORDS,
)
from .values import VALUE_NAMES
from .verbs import ASKING, JOINED, VERBS, of

_DIGITS: Final = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
]
# 0..29 are one word each; "treinta y uno" is three (the reading takes "treinta" and
# "uno" apart). "Un"/"una" are no number: "sube un poco" asks for no step of 1; nor
# is "ciento" of "por ciento".
_UNITS: Final = [
    *_DIGITS,
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
_TENS: Final = [
    "treinta",
    "cuarenta",
    "cincuenta",
    "sesenta",
    "setenta",
    "ochenta",
    "noventa",
]
_NUMBER_WORDS: Final = {
    **{word: n for n, word in enumerate(_UNITS)},
    "veintiún": 21,
    "veintiuna": 21,
    **{word: 10 * n for n, word in enumerate(_TENS, 3)},
    "cien": 100,
}
# Colombia's "¿me regala la temperatura?" asks ("give me"): never "regá" + "la"
# (water it).
_REGALA: Final = frozenset({"regala", "regalas", "regálame", "regáleme", "regalame"})
# "Dé" of "dar" ("déle") is no "de" without its accent.
_COMMANDS: Final = (
    frozenset().union(*(forms for name, forms in VERBS.items() if name not in ASKING))
    - {"de"}
    - _REGALA
)
_ASKING: Final = frozenset().union(*(VERBS[name] for name in ASKING))
_HEAT: Final = _w(
    "calefacción calefactor calentador radiador caldera estufa radiante calor"
)
_COOL: Final = _w("acondicionado aire refrigeración enfriamiento split ac")
_WARMER: Final = "sube la calefacción"
_COOLER: Final = "baja la calefacción"
_LIGHTS_ON: Final = "enciende las luces"

LANGUAGE: Final = Language(
    code="es",
    domain_words=DOMAIN_WORDS,
    class_words=CLASS_WORDS,
    kind_names=KIND_NAMES,
    class_kind_names=CLASS_KIND_NAMES,
    actions=ACTIONS,
    command_verbs=_COMMANDS,
    question_words=_ASKING
    | _w(
        "qué cuál cuáles quién quiénes dónde cuándo cómo cuánto cuánta cuántos"
        " cuántas está están estaba estaban es son era hay había tiene tienen queda"
        " quedan sabes sabe decirme cuéntame fíjate fíjese"
        # Chile's voseo: "¿sabí si ...?".
        " sabí sabís"
    )
    | _REGALA,
    # Words before the verb: "por favor", "oye", "¿puedes ...?", "¿me la enciendes?",
    # "quiero que enciendas", "¿sería posible ...?".
    fillers=_w(
        "por favor porfa porfi oye oiga hey hola ok okey vale venga bueno ya ahora"
        " puedes puede podrías podría podés pudieras quiero quisiera necesito"
        " importa importaría sería posible el de me te nos le les lo la los las se"
        " que y luego después entonces gracias anda"
        # Andalusia's "quillo", "illo", "miarma", "por fa".
        " quillo quilla illo illa miarma fa"
        # Chile's voseo: "¿me podí prender ...?", "¿me hací el favor de ...?".
        " podí podís podríai podríais hací hacís"
        # Colombia's "sumercé" (you), "¿será que le prende ...?", "hágale".
        " sumercé sumerced será hágale hagale"
    ),
    stop_words=_w(
        "el la los las lo un una unos unas de del al a en con por para y o e u ni"
        " mi mis tu tus su sus nuestro nuestra nuestros nuestras vuestro vuestra"
        " este esta estos estas ese esa esos esas que me te se le les nos es son"
        " está están todo toda todos todas favor porfa pon ponme haz también hasta aquí"
        " acá ahí allí allá"
    ),
    # "¿Hay alguna luz encendida?" asks about every light, as "any" does.
    pair_words=_w("ambos ambas"),
    every=_w(
        "todo todos toda todas cada ambos ambas alguna alguno algún algunas algunos"
    ),
    every_group="Todos los",
    # "No enciendas", "no la apagues", "nunca abras".
    negations=(("no",), ("nunca",), ("jamás",), ("jamas",)),
    negation_gaps=_w("lo la los las le les me te se nos nunca jamás ya más"),
    clause_breaks=_w("y e luego después entonces"),
    # No words after a target say its state: "la luz de la cocina encendida" is no
    # request, and "¿la luz está encendida?" is a question.
    particles=frozenset(),
    refers_back=_w("lo le les ello eso esos esas también igual mismo") | JOINED,
    opposites=OPPOSITES,
    value_words=_w(
        "grado grados por ciento porciento poco poquito pelín bastante mucho algo"
        " más menos coma punto"
    ),
    code_words=_w("código pin contraseña clave"),
    # Only these verbs' forms ask for a code: "desarma", "desármala", "desbloquear".
    sensitive_verbs=_w("desarm desárm desbloque desactiv desactív deshabilit silenci"),
    digit_words={word: str(n) for n, word in enumerate(_DIGITS)},
    digit_homophones={},
    numbers=Numbers(
        words={
            **_NUMBER_WORDS,
            **{form: n for word, n in _NUMBER_WORDS.items() for form in _w(word)},
        },
        tens=frozenset(_TENS),
        fractions={
            "mitad": "50",
            "medio": "50",
            "media": "50",
            "máximo": "100",
            "maximo": "100",
            "máxima": "100",
            "maxima": "100",
            "tope": "100",
            # "A full" (Argentina): all the way.
            "full": "100",
        },
        decimal_points=_w("coma punto con"),
        decimal_comma=True,
        units=_w(
            "% ° grado grados centígrados celsius kelvin k minuto minutos segundo"
            " segundos hora horas porciento"
        )
        | {"por ciento"},
        end_points=_w("a al hasta"),
        value_before=_w("a al hasta en"),
        joiners=_w("y"),  # "treinta y cinco"
        halves=(("y", "medio"), ("y", "media")),
    ),
    plurals=Plurals(
        irregular={
            "enlaces": "enlace",
            "relojes": "reloj",
            "imágenes": "imagen",
            "volúmenes": "volumen",
            "cortacéspedes": "cortacésped",
            "sofás": "sofá",
            "menús": "menú",
            "dulces": "dulce",
            "lápices": "lápiz",
            "países": "país",
            "meses": "mes",
        },
        rules=(
            ("ces", "z", 5),  # luces, altavoces
            ("ones", "ón", 6),  # botones, salones
            ("ores", "or", 6),  # ventiladores, interruptores, sensores
            ("ares", "ar", 6),  # hogares
            ("eres", "er", 6),  # talleres
            ("ines", "ín", 6),  # jardines
            ("ales", "al", 6),  # portales
            ("eles", "el", 6),  # paneles
            ("iles", "il", 6),  # móviles
            ("oles", "ol", 6),  # faroles
            ("ules", "ul", 6),  # azules
            ("edes", "ed", 5),  # redes, paredes
            ("ades", "ad", 6),  # ciudades
            ("ás", "ás", 3),  # más, atrás, jamás
            ("és", "és", 3),  # después, inglés
            ("ís", "ís", 3),  # país
            ("us", "us", 3),  # virus, campus
            ("is", "is", 3),  # análisis, seis
            ("s", "", 4),  # lámparas, persianas, enchufes
        ),
        invariant=_w(
            "lunes martes miércoles jueves viernes paraguas gas mes tres dos menos"
            " antes después atrás detrás además jamás quizás lejos cerca tos crisis"
            " análisis tenis lavavajillas lavaplatos friegasuelos cuentakilómetros"
            " sonos entonces lavarropas"
        ),
    ),
    # Words that name a kind by what it can do: "la calefacción" has a heat mode.
    kind_needs={
        **dict.fromkeys(_HEAT, ("hvac_modes", "heat")),
        **dict.fromkeys(_COOL, ("hvac_modes", "cool")),
    },
    comfort=(
        Comfort(_w("oscuro"), _LIGHTS_ON),
        Comfort(_w("oscuras"), _LIGHTS_ON),
        Comfort(_w("poca luz"), _LIGHTS_ON),
        Comfort(_w("no veo"), _LIGHTS_ON),
        Comfort(_w("demasiada luz"), "baja el brillo de las luces"),
        Comfort(frozenset({"frío"}), _WARMER),
        Comfort(frozenset({"frio"}), _WARMER),
        Comfort(_w("helando"), _WARMER),
        Comfort(_w("congelando"), _WARMER),
        Comfort(_w("fresquito"), _WARMER),
        Comfort(_w("calor"), _COOLER),
        Comfort(_w("asando"), _COOLER),
        Comfort(_w("achicharrando"), _COOLER),
        Comfort(_w("bochorno"), _COOLER),
        Comfort(_w("sofocante"), _COOLER),
        Comfort(_w("cargado"), "enciende el ventilador"),
        Comfort(_w("agobiante"), "enciende el ventilador"),
    ),
    errors=ERRORS,
    remark_openers=("hace", "tengo", "está", "que hace"),
    here=frozenset(["aquí", "aqui", "acá", "aca"]),
    articles=frozenset(["el", "la", "los", "las", "mi", "mis"]),
    possessives=_w("mi mis nuestro nuestra nuestros nuestras tu tus"),
    statement_openers=("me voy", "nos vamos", "estoy", "estamos", "tengo", "hace"),
    reasons=frozenset(("que", "porque", "pues")),
    main_kinds=frozenset(("termostato",)),
    measures={"grado": TEMPERATURE},
    take_backs=("olvídalo", "déjalo"),
    closings={
        **dict.fromkeys(("buenas noches", "hasta mañana", "que descanses"), "night"),
        **dict.fromkeys(
            (
                "qué tal",
                "cómo estás",
                "cómo está",
                "cómo te va",
                "buenas tardes",
                # Chile's "¿cómo estai?", "¿cómo andai?"; "¿qué onda?", "¿quiubo?".
                *(
                    f"{how} {are}"
                    for how in ("cómo", "como")
                    for are in ("estai", "estái", "andai", "andái", "andas")
                ),
                "qué onda",
                "quiubo",
                "qué hubo",
            ),
            "greeting",
        ),
        # "Dale" (Argentina's "okay") is also a form of "dar": said with thanks, or
        # alone, it closes.
        **dict.fromkeys(
            (
                "gracias",
                "muchas gracias",
                "mil gracias",
                "dale gracias",
                "dale muchas gracias",
            ),
            "welcome",
        ),
        **dict.fromkeys(
            (
                "olvídalo",
                "déjalo",
                "nada",
                "eso es todo",
                "no gracias",
                "da igual",
                "adiós",
                "lo hago yo",
                "dale",
                # Goodbyes: "chao" (Chile), "chau" (Argentina); "ya, eso sería".
                "chao",
                "chau",
                "hasta luego",
                "nos vemos",
                "eso sería",
                "eso sería todo",
                "eso era",
                "eso era todo",
                "eso nomás",
                "eso no más",
                "nada más",
            ),
            "okay",
        ),
        # "Good morning": greeted back; with a request ("hi, turn on ..."), none.
        **dict.fromkeys(
            (
                "hola",
                "buenas tardes",
                "qué tal",
            ),
            "greeting",
        ),
        **dict.fromkeys(
            ("buenos días", "buenos dias", "buen día", "buen dia"), "morning"
        ),
    },
    replies=REPLIES,
    code_gaps=_w("es era de número"),
    state_words=STATE_WORDS,
    feminine=FEMININE,
    feminine_forms=FEMININE_FORMS,
    binary_states=BINARY_STATES,
    prompt=PROMPT,
    asking_verbs=frozenset(["está", "están", "esta", "estan", "es", "son"]),
    value_names=VALUE_NAMES,
    phrases=PHRASES,
    same_words=SAME_WORDS,
    # Every form of a verb of a step says its way: "subile dos grados", "bajale".
    ups=of("subir aumentar sumar") | _w("caliente alto alta fuerte"),
    downs=of("bajar disminuir reducir") | _w("frío fría fresco fresca menos bajo"),
    comfort_instead={
        # A heater called "Calefactor" or "Estufa" (Argentina's, and Spain's butane
        # or electric one), a switch as often as not.
        _WARMER: "enciende el calefactor o la estufa",
        _COOLER: "enciende el ventilador",
    },
    exceptions=frozenset(["excepto", "salvo"]),
    # "Apaga las luces menos la de la cocina": all but the kitchen's.
    contrasts=frozenset(["pero", "menos la", "menos el", "menos los", "menos las"]),
    # "…, no la cocina", "…, la cocina no": all but the kitchen.
    without=dict.fromkeys(("no", "sin"), "excepto"),
    keeps=frozenset(["deja", "dejá", "dejad", "mantén", "mantené"]),
    floors=Floors(
        levels=floor_levels(
            "sótano sotano:-1 baja bajo:0 primera primer primero alta:1 "
            "segunda segundo:2 tercera tercero:3 ático atico desván "
            "buhardilla:10"
        ),
        above="arriba",
        below="abajo",
    ),
)
