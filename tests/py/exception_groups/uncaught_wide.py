# An uncaught group wider than 15 members and deeper than 10 levels, with
# chained exceptions inside members.
def chained(i):
    try:
        raise KeyError(i)
    except KeyError as e:
        try:
            raise ValueError(f"member {i}") from e
        except ValueError as v:
            return v


def deep(n):
    g = ExceptionGroup("level 0", [TypeError("bottom")])
    for i in range(1, n):
        g = ExceptionGroup(f"level {i}", [g])
    return g


members = [deep(12)] + [chained(i) for i in range(17)]
raise ExceptionGroup("wide", members)
