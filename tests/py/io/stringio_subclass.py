# A user subclass of io.StringIO (doctest's _SpoofOut): attributes, overridden
# methods calling the base ones, closed, isinstance.
import io
class S(io.StringIO):
    def getvalue(self):
        r = io.StringIO.getvalue(self)
        return r.upper()
    def truncate(self, size=None):
        self.seek(size)
        super().truncate()
s = S()
s.x = 5
s.write("hello\n")
print(s.getvalue(), s.x, s.closed, isinstance(s, io.StringIO))
s.truncate(0)
print(repr(s.getvalue()))
s2 = S("abc")
print(s2.read(), s2.getvalue())
