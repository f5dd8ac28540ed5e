"""Spanish words for each action: what asks for it, its reply, its examples.

Keyed by the action's call name (home/actions/), as English's. A verb asks for an
action in any of its forms ("apaga", "apágala", "no apagues", "¿puedes apagarla?"):
verbs.py writes them. The replies need no agreement with a device's name ("He
apagado {targets}."); a value that is a word of the calls ("night", "heat", "blue")
is not said in a reply, since it is English.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ..parts import ActionWords
from .forms import words as _w
from .verbs import of

# "Sumale un grado" (Argentina): one degree up.
_UP: Final = of("subir aumentar sumar levantar")
_DOWN: Final = of("bajar disminuir reducir")
_OPEN: Final = of("abrir")
_CLOSE: Final = of("cerrar")
_STOP: Final = of("parar detener")
# "Mandá la Roomba a cargarse": back to its dock.
_DOCK: Final = _w("base cargador carga casa cargar cargarse")
_MORE: Final = _w("más menos poco poquito pelín")
_OSCILLATION: Final = _w("oscila oscilar oscile oscilación oscilando vaivén")
_TICK: Final = of("tachar marcar") | _w(
    "hecho hecha completado completada comprado comprada"
)
# "Quita las cervezas de la lista", "borra el pan": an item off a list.
_TAKE_OFF: Final = of("quitar sacar borrar eliminar")

ACTIONS: Final[Mapping[str, ActionWords]] = {
    "alarm_arm": ActionWords(
        usage="arm the alarm",
        words=of("armar") | _w("alarma seguridad ausente noche vacaciones"),
        # "Activa la alarma", "conecta la alarma", "pon la alarma": arming.
        offered_when=of("armar activar conectar poner")
        | _w("ausente fuera noche vacaciones"),
        reply="He armado {targets}.",
        examples=("arma {target} en modo {value}",),
    ),
    "alarm_disarm": ActionWords(
        usage="disarm the alarm",
        words=of("desarmar") | _w("alarma seguridad"),
        # "Sacá la alarma" (Argentina): disarming.
        offered_when=of("desarmar desactivar desconectar quitar sacar apagar")
        | _w("desarmada"),
        reply="He desarmado {targets}.",
    ),
    "lock": ActionWords(
        usage="lock locks",
        words=of("bloquear cerrar echar") | _w("llave cerrojo"),
        reply="He cerrado con llave {targets}.",
        examples=("cierra {target} con llave",),
    ),
    "unlock": ActionWords(
        usage="unlock locks",
        words=of("desbloquear abrir"),
        offered_when=of("desbloquear abrir") | _w("desbloqueada abierta"),
        reply="He desbloqueado {targets}.",
    ),
    "open": ActionWords(
        usage="open covers, blinds, doors and valves",
        # "Saca el toldo": the awning out.
        words=_OPEN | of("subir levantar sacar") | _w("arriba"),
        reply="He abierto {targets}.",
        examples=("abre {target}",),
    ),
    "close": ActionWords(
        usage="close covers, blinds, doors and valves",
        words=_CLOSE | of("bajar recoger echar") | _w("abajo"),
        reply="He cerrado {targets}.",
        examples=("cierra {target}",),
    ),
    "position": ActionWords(
        usage="set how far open, percent",
        words=_w("mitad medio media posición apertura abierta abierto"),
        reply="He puesto {targets} al {value} %.",
        examples=("pon {target} al 40 %",),
    ),
    "stop": ActionWords(
        usage="stop moving or playing",
        words=_STOP | _w("stop alto"),
        reply="He parado {targets}.",
    ),
    "start": ActionWords(
        usage="start cleaning or mowing",
        words=of("empezar comenzar iniciar arrancar aspirar limpiar barrer fregar")
        | of("cortar pasar")
        | _w("marcha"),
        reply="He puesto en marcha {targets}.",
        examples=("pon en marcha {target}",),
    ),
    "dock": ActionWords(
        usage="stop cleaning or mowing and go back to the dock",
        words=of("volver regresar mandar enviar") | _STOP | _DOCK,
        # "Limpia el salón" must never send the robot home.
        offered_when=of("volver regresar") | _STOP | _DOCK,
        reply="He enviado {targets} a su base.",
        examples=(
            "manda {target} a su base",
            "para {target}",
        ),
    ),
    "fan_speed": ActionWords(
        usage="set fan speed percent",
        words=_w("velocidad ventilador potencia"),
        reply="He puesto la velocidad de {targets} al {value} %.",
        examples=("pon la velocidad de {target} al 60 por ciento",),
    ),
    "vacuum_speed": ActionWords(
        usage="set a vacuum's suction",
        words=_w("succión aspiración"),
        reply="He puesto la succión de {targets} en {value}.",
    ),
    "oscillate": ActionWords(
        usage="make a fan oscillate",
        words=_OSCILLATION,
        offered_when=_OSCILLATION,
        reply="He activado la oscilación de {targets}.",
    ),
    "oscillate_off": ActionWords(
        usage="stop a fan oscillating",
        words=_OSCILLATION,
        # Said with a word of swinging: "apaga el ventilador" is turn_off.
        offered_when=_STOP | of("desactivar apagar quitar"),
        reply="He desactivado la oscilación de {targets}.",
    ),
    "fan_reverse": ActionWords(
        usage="make a fan spin in reverse",
        words=_w("invertir inverso inversa reversa dirección"),
        reply="He puesto {targets} a girar al revés.",
    ),
    "fan_forward": ActionWords(
        usage="make a fan spin forward",
        words=_w("delante adelante dirección"),
        reply="He puesto {targets} a girar hacia delante.",
    ),
    "humidity": ActionWords(
        usage="set target humidity percent",
        words=_w("humedad húmedo seco"),
        reply="He puesto la humedad de {targets} al {value} %.",
    ),
    "todo_add": ActionWords(
        usage="add an item to a list",
        words=of("añadir agregar sumar apuntar anotar meter incluir recordar")
        | _w("lista compra pendiente"),
        offered_when=of("añadir agregar sumar apuntar anotar meter incluir escribir")
        | of("recordar poner")
        | _w("recuérdame"),
        reply="He añadido {value} a {targets}.",
        examples=("añade leche a {target}",),
    ),
    "todo_complete": ActionWords(
        usage="tick an item off a list",
        words=_TICK | _TAKE_OFF,
        offered_when=_TICK | _TAKE_OFF,
        reply="He tachado {value} de {targets}.",
    ),
    "pause": ActionWords(
        usage="pause playing or cleaning",
        words=of("pausar") | _w("pausa"),
        # "Limpia el salón" must never pause the robot.
        offered_when=of("pausar") | _w("pausa pausado pausada"),
        reply="He pausado {targets}.",
        examples=("pausa {target}",),
    ),
    "resume": ActionWords(
        usage="play or resume",
        words=of("reanudar continuar seguir reproducir") | _w("música play"),
        reply="He reanudado {targets}.",
        examples=("reanuda {target}",),
    ),
    "next": ActionWords(
        usage="next track",
        words=of("saltar pasar adelantar")
        | _w("siguiente próxima próximo canción tema pista"),
        reply="He pasado a la siguiente pista en {targets}.",
        examples=("pasa a la siguiente canción en {target}",),
    ),
    "previous": ActionWords(
        usage="previous track",
        words=of("volver retroceder") | _w("anterior atrás canción tema pista"),
        reply="He vuelto a la pista anterior en {targets}.",
    ),
    "volume": ActionWords(
        usage="set volume percent",
        words=_w("volumen alto fuerte bajo bajito"),
        reply="He puesto el volumen de {targets} al {value} %.",
        examples=("pon el volumen de {target} al 30",),
    ),
    "volume_step": ActionWords(
        usage="louder +N or quieter -N percent",
        words=_UP | _DOWN | _MORE | _w("volumen alto fuerte bajo bajito"),
        reply="He subido el volumen de {targets}.",
        reply_down="He bajado el volumen de {targets}.",
        examples=("sube un poco el volumen de {target}",),
    ),
    "media_source": ActionWords(
        usage="switch to a source or input",
        words=_w("fuente entrada hdmi"),
        reply="He cambiado {targets} a {value}.",
    ),
    "mute": ActionWords(
        usage="mute",
        words=of("silenciar callar mutear")
        | _w("silencio mute silenciado silenciada silenciados silenciadas"),
        # "Apaga la música" is turn_off, "reanuda" is resume: never a mute.
        offered_when=of("silenciar callar mutear")
        | _w("silencio mute silenciado silenciada silenciados silenciadas"),
        reply="He silenciado {targets}.",
        examples=("silencia {target}",),
    ),
    "unmute": ActionWords(
        usage="unmute",
        words=of("desmutear") | _w("silencio sonido mute"),
        offered_when=of("desmutear") | _w("silencio sonido mute"),
        reply="He vuelto a activar el sonido de {targets}.",
    ),
    "climate_temp": ActionWords(
        usage="set target temperature",
        words=of("poner ajustar") | _w("grado temperatura"),
        examples=("pon {target} a {value} grados",),
    ),
    "climate_step": ActionWords(
        usage="warmer +N or cooler -N degrees",
        words=_UP
        | _DOWN
        | _MORE
        | of("calentar enfriar")
        | _w("caliente cálido calor frío fresco templado"),
        examples=("baja 2 grados {target}",),
    ),
    "climate_mode": ActionWords(
        usage="set mode (heat, cool, off...)",
        words=_w(
            "auto automático calor frío calefacción refrigeración seco"
            " deshumidificación modo ventilación"
        )
        | of("calentar enfriar"),
        reply="He cambiado el modo de {targets}.",
        examples=(
            "pon {target} en modo {value}",
            "apaga {target}",
        ),
    ),
    "climate_fan": ActionWords(
        usage="set fan mode",
        # "Pon la velocidad del aire en alta": the air conditioner's fan.
        words=_w("ventilador ventilación velocidad"),
        reply="He cambiado el ventilador de {targets}.",
    ),
    "climate_preset": ActionWords(
        usage="set preset",
        words=_w("ausente fuera boost turbo confort eco ecológico modo preset"),
        reply="He cambiado el modo de {targets}.",
        examples=("pon {target} en {value}",),
    ),
    "state": ActionWords(
        usage="answer a question about a device or area",
        words=_w("está están es son cómo qué cuál estado"),
        examples=(
            "¿qué temperatura hace en {target}?",
            "¿está encendida {target}?",
        ),
    ),
    "light_color": ActionWords(
        usage="set colour",
        words=_w(
            "color azul rojo roja verde amarillo amarilla naranja rosa morado morada"
            " violeta lila blanco blanca"
        ),
        reply="He cambiado el color de {targets}.",
        examples=("pon {target} de color azul",),
    ),
    "light_white": ActionWords(
        usage="warm, neutral or cool white",
        words=_w("blanco blanca cálido cálida frío fría neutro neutra neutral"),
        reply="He cambiado el tono de blanco de {targets}.",
        examples=("pon {target} en blanco cálido",),
    ),
    "light_step": ActionWords(
        usage="brighter +N or dimmer -N percent",
        words=_UP
        | _DOWN
        | _MORE
        | of("atenuar")
        | _w("brillo brillante claro clara oscuro oscura tenue intensidad"),
        reply="He subido el brillo de {targets}.",
        reply_down="He bajado el brillo de {targets}.",
        examples=("sube un poco el brillo de {target}",),
    ),
    "light_level": ActionWords(
        usage="set brightness percent",
        words=of("atenuar regular") | _w("brillo intensidad porcentaje"),
        reply="He puesto el brillo de {targets} al {value} %.",
        examples=(
            "baja {target} al 30 por ciento",
            "pon {target} al 70 %",
        ),
    ),
    "toggle": ActionWords(
        usage="toggle",
        words=of("alternar conmutar"),
        offered_when=of("alternar conmutar"),
        reply="He cambiado el estado de {targets}.",
    ),
    "turn_off": ActionWords(
        usage="turn off",
        words=of("apagar desactivar desconectar deshabilitar quitar desenchufar")
        | _w("apagado apagada apagados apagadas"),
        reply="He apagado {targets}.",
        examples=(
            "apaga todas las luces de {target}",
            "apaga {target}",
        ),
    ),
    "turn_on": ActionWords(
        usage="turn on, activate or run",
        words=of("encender prender activar habilitar conectar ejecutar lanzar")
        | of("arrancar iniciar regar poner dejar enchufar")
        | _w("encendido encendida encendidos encendidas marcha"),
        reply="He encendido {targets}.",
        examples=(
            "activa {target}",
            "ejecuta el script {target}",
            "enciende {target}",
        ),
    ),
}
