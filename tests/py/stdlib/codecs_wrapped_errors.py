# Exceptions from registry codecs are wrapped as CPython wraps them ("encoding with 'X' codec failed (...)"), and unbound method descriptors check their receiver.
import codecs
class MyErr(Exception):
    pass
def search(name):
    if name == "boom":
        def enc(s, errors="strict"):
            raise ValueError("bad input")
        def dec(b, errors="strict"):
            raise MyErr("custom")
        def enc2(s, errors="strict"):
            raise KeyError("k")
        return codecs.CodecInfo(enc, dec, name="boom")
    if name == "boom2":
        def enc(s, errors="strict"):
            raise TypeError("one", "two")
        def dec(b, errors="strict"):
            e = ValueError("attr")
            e.extra = 1
            raise e
        return codecs.CodecInfo(enc, dec, name="boom2")
    return None
codecs.register(search)
for call in [lambda: "x".encode("boom"), lambda: b"x".decode("boom"), lambda: codecs.encode("x", "boom"),
             lambda: codecs.decode(b"x", "boom"), lambda: "x".encode("boom2"), lambda: b"x".decode("boom2"),
             lambda: codecs.encode(123, "rot13"), lambda: b"\\x4".decode("unicode_escape")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
print(str.upper.__name__)
try:
    str.upper(5)
except TypeError as e:
    print(e)
try:
    list.append(3, 1)
except TypeError as e:
    print(e)
codecs.encode(123, "rot13")
