# Plugin registry for hpkg3.
REGISTRY = {}


def register(name=None, *, priority=0):
    def deco(obj):
        key = name or obj.__name__.lower()
        if key in REGISTRY:
            raise KeyError(f"duplicate plugin {key}")
        REGISTRY[key] = (priority, obj)
        obj.plugin_name = key
        return obj
    return deco
