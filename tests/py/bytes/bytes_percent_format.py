# bytes % args and bytearray % args: conversions, flags, mapping keys, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class B:
    def __bytes__(self):
        return b"<B>"

t(lambda: b"%s|%b|%5s|%-5s|%.2s" % (b"ab", bytearray(b"cd"), b"x", b"y", b"abcdef"))
t(lambda: b"%s" % memoryview(b"mv"))
t(lambda: b"%s" % B())
t(lambda: b"%r %a" % ("é", [1, b"x"]))
t(lambda: b"%d %i %05d %+d %x %X %#o %e %.2f %g" % (1, -2, 3, 4, 255, 255, 8, 1.5, 2.345, 1e-7))
t(lambda: b"%c%c%c" % (65, b"B", bytearray(b"C")))
t(lambda: b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7})
t(lambda: b"%%|%s" % (b"z",))
t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%s" % (b"a", b"b"))
t(lambda: b"%c" % 256)
t(lambda: b"%c" % b"ab")
t(lambda: b"%s" % 5)
t(lambda: b"%d" % b"1")
t(lambda: bytearray(b"%s-%d") % (b"q", 9))
t(lambda: type(bytearray(b"%s") % b"x").__name__)
t(lambda: b"%y" % 1)
t(lambda: b"no args" % ())
