"""Storage backends."""
BACKENDS = {}


def register(name):
    def deco(cls):
        BACKENDS[name] = cls
        cls.backend_name = name
        return cls
    return deco
