# A plugin splitting comma-separated text.
from .. import register
from . import PLUGIN_API


@register(priority=5)
class Splitter:
    api = PLUGIN_API

    def run(self, text):
        return [p.strip() for p in text.split(",")]
