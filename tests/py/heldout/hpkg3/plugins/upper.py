# A plugin upper-casing text, and the lazy attribute of hpkg3.
from ..registry import register
from ..formats import SEPARATOR


@register("shout")
def shout(text):
    return text.upper() + "!"


def answer():
    return 6 * 7


JOINER = SEPARATOR.strip()
