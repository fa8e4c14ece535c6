# Formatting helpers for hpkg3; imports its package (a circular import) lazily.
SEPARATOR = " | "


def table(rows):
    from . import REGISTRY
    width = max((len(str(r[0])) for r in rows), default=0)
    return "\n".join(f"{str(a):<{width}}{SEPARATOR}{b}" for a, b in rows) + f"  ({len(REGISTRY)} registered)"
