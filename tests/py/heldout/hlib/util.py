# skip: helper module for tests/py/heldout
import re

_registry_log = []


def slugify(text, sep="-"):
    words = re.findall(r"[a-z0-9]+", text.lower())
    return sep.join(words)


class Registry:
    def __init__(self):
        self.items = {}

    def register(self, name=None):
        def deco(obj):
            key = name or obj.__name__
            self.items[key] = obj
            _registry_log.append(key)
            return obj
        return deco

    def __len__(self):
        return len(self.items)


def log():
    return list(_registry_log)
