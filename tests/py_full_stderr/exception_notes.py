# __notes__ printed after the exception line: plain, chained, multi-line,
# non-str and failing notes, and inside an exception group.


class Bad:
    def __str__(self):
        raise ValueError


def f():
    try:
        raise ValueError("inner")
    except ValueError as e:
        e.add_note("note 1")
        e.add_note("multi\nline")
        e.__notes__.append(42)
        e.__notes__.append(Bad())
        raise TypeError("outer") from e
try:
    f()
except TypeError as t:
    t.add_note("outer note")
    g = ExceptionGroup("grp", [t, KeyError("k")])
    g.add_note("group note\nsecond")
    g.exceptions[1].add_note("member note")
    raise g
