# A str __notes__ is a sequence: CPython 3.11 prints each character as a note.
e = ValueError("x")
e.__notes__ = "ab\n"
e2 = KeyError("inner")
e2.__notes__ = 17  # not a sequence: printed as its repr
e.__context__ = e2
raise e
