# int()/float()/complex() of non-ASCII digits and whitespace; str predicates on them.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: int("٣٤"))
t(lambda: int("\u3000१२\u2003"))
t(lambda: int("１２３"))
t(lambda: int("߁߂", 8))
t(lambda: int("²"))
t(lambda: int("½"))
t(lambda: float("١.٥"))
t(lambda: float("\u2003 ٢e٣ "))
t(lambda: float("１２.５"))
t(lambda: complex("١+٢j"))
t(lambda: int("𝟏𝟐"))
t(lambda: int("1\u00a02"))
