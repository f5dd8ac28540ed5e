"""Spanish verbs of requests, each in every form a request says (forms.verb).

Each verb is given by its infinitive, imperative, usted imperative, subjunctive,
present, and Argentina's vos imperative and present; Spain's, Mexico's and
Argentina's everyday verbs are here ("enciende", "prende", "prendé").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from .forms import PRONOUNS, plain, verb, words

_FORMS: Final = {
    # Switching.
    "encender": "enciende encienda enciendas enciendes encendé encendés",
    "prender": "prende prenda prendas prendes prendé prendés",
    "activar": "activa active actives activas activá activás",
    "habilitar": "habilita habilite habilites habilitas habilitá",
    "conectar": "conecta conecte conectes conectas conectá conectás",
    "apagar": "apaga apague apagues apagas apagá apagás",
    "desactivar": "desactiva desactive desactives desactivas desactivá desactivás",
    "deshabilitar": "deshabilita deshabilite deshabilites deshabilitas deshabilitá",
    "desconectar": "desconecta desconecte desconectes desconectas desconectá",
    "quitar": "quita quite quites quitas quitá quitás",
    "alternar": "alterna alterne alternes alternas alterná",
    "conmutar": "conmuta conmute conmutes conmutas conmutá",
    "ejecutar": "ejecuta ejecute ejecutes ejecutas ejecutá",
    "lanzar": "lanza lance lances lanzas lanzá",
    # "Enchufa el ventilador" (Spain, Andalusia): turning it on.
    "enchufar": "enchufa enchufe enchufes enchufas enchufá",
    "desenchufar": "desenchufa desenchufe desenchufes desenchufas desenchufá",
    # Setting a value.
    "poner": "pon ponga pongas pones poné ponés",
    "dejar": "deja deje dejes dejas dejá dejás",
    # No vos "hacé": without its accent it is "hace" of "hace frío".
    "hacer": "haz haga hagas haces",
    "dar": "da dé des das",
    "ajustar": "ajusta ajuste ajustes ajustas ajustá",
    "cambiar": "cambia cambie cambies cambias cambiá cambiás",
    "configurar": "configura configure configures configuras configurá",
    "fijar": "fija fije fijes fijas fijá",
    "programar": "programa programe programes programas programá",
    "regular": "regula regule regules regulas regulá",
    "subir": "sube suba subas subes subí subís",
    "bajar": "baja baje bajes bajas bajá bajás",
    "aumentar": "aumenta aumente aumentes aumentas aumentá",
    "disminuir": "disminuye disminuya disminuyas disminuyes disminuí",
    "reducir": "reduce reduzca reduzcas reduces reducí",
    "atenuar": "atenúa atenúe atenúes atenúas atenuá",
    "calentar": "calienta caliente calientes calientas calentá",
    "enfriar": "enfría enfríe enfríes enfrías enfriá",
    # Covers, doors and locks.
    "abrir": "abre abra abras abres abrí abrís",
    "cerrar": "cierra cierre cierres cierras cerrá cerrás",
    "levantar": "levanta levante levantes levantas levantá",
    "sacar": "saca saque saques sacas sacá",
    "recoger": "recoge recoja recojas recoges recogé",
    "echar": "echa eche eches echas echá",
    "bloquear": "bloquea bloquee bloquees bloqueas bloqueá",
    "desbloquear": "desbloquea desbloquee desbloquees desbloqueas desbloqueá",
    "armar": "arma arme armes armas armá",
    "desarmar": "desarma desarme desarmes desarmas desarmá",
    # Starting, stopping, cleaning.
    "parar": "para pare pares paras pará",
    "detener": "detén detenga detengas detienes detené",
    "empezar": "empieza empiece empieces empiezas empezá",
    "comenzar": "comienza comience comiences comienzas comenzá",
    "iniciar": "inicia inicie inicies inicias iniciá",
    "arrancar": "arranca arranque arranques arrancas arrancá",
    "aspirar": "aspira aspire aspires aspiras aspirá",
    "limpiar": "limpia limpie limpies limpias limpiá",
    "barrer": "barre barra barras barres barré",
    "fregar": "friega friegue friegues friegas fregá",
    "cortar": "corta corte cortes cortas cortá",
    "regar": "riega riegue riegues riegas regá",
    "pasar": "pasa pase pases pasas pasá",
    "mandar": "manda mande mandes mandas mandá",
    "enviar": "envía envíe envíes envías enviá",
    "volver": "vuelve vuelva vuelvas vuelves volvé",
    "regresar": "regresa regrese regreses regresas regresá",
    # Media.
    "reproducir": "reproduce reproduzca reproduzcas reproduces reproducí",
    "reanudar": "reanuda reanude reanudes reanudas reanudá",
    "continuar": "continúa continúe continúes continúas continuá",
    "seguir": "sigue siga sigas sigues seguí",
    "pausar": "pausa pause pauses pausas pausá",
    "saltar": "salta salte saltes saltas saltá",
    "adelantar": "adelanta adelante adelantes adelantas adelantá",
    "retroceder": "retrocede retroceda retrocedas retrocedes retrocedé",
    "silenciar": "silencia silencie silencies silencias silenciá",
    "callar": "calla calle calles callas callá",
    "mutear": "mutea mutee mutees muteas muteá",
    "desmutear": "desmutea desmutee desmutees desmuteas desmuteá",
    # Lists: "borra las cervezas de la lista".
    "borrar": "borra borre borres borras borrá",
    "eliminar": "elimina elimine elimines eliminas eliminá",
    "añadir": "añade añada añadas añades añadí",
    # Argentina's "sumá huevos a la lista".
    "sumar": "suma sume sumes sumas sumá",
    "agregar": "agrega agregue agregues agregas agregá",
    "apuntar": "apunta apunte apuntes apuntas apuntá",
    "anotar": "anota anote anotes anotas anotá",
    "meter": "mete meta metas metes meté",
    "incluir": "incluye incluya incluyas incluyes incluí",
    "escribir": "escribe escriba escribas escribes escribí",
    "recordar": "recuerda recuerde recuerdes recuerdas recordá",
    "tachar": "tacha tache taches tachas tachá",
    "marcar": "marca marque marques marcas marcá",
    # Asking.
    "decir": "di diga digas dices decí",
    "mirar": "mira mire mires miras mirá",
    "comprobar": "comprueba compruebe compruebes compruebas comprobá",
    "revisar": "revisa revise revises revisas revisá",
    "consultar": "consulta consulte consultes consultas consultá",
    "verificar": "verifica verifique verifiques verificas verificá",
}

# Forms that are nouns too: "el enchufe de la cocina" is a plug, never "turn on".
_NOUNS: Final = words("enchufe enchufes desenchufe desenchufes")
VERBS: Final[Mapping[str, frozenset[str]]] = {
    infinitive: verb(infinitive, forms) - _NOUNS for infinitive, forms in _FORMS.items()
}
# Each verb with a pronoun for what was said before: "apágala", "súbelos", "ponlo".
JOINED: Final = frozenset(
    form
    for forms in VERBS.values()
    for form in forms
    for pronoun in PRONOUNS
    if pronoun != "me"
    and form.endswith(pronoun)
    and plain(form[: -len(pronoun)]) in {plain(base) for base in forms}
)
# The verbs that open a question, not a command: "dime", "mira si ...".
ASKING: Final = frozenset(
    {"decir", "mirar", "comprobar", "revisar", "consultar", "verificar"}
)


def of(infinitives: str) -> frozenset[str]:
    """Return every form of the verbs named by their infinitives."""
    return frozenset().union(*(VERBS[name] for name in infinitives.split()))
