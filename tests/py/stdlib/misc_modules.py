# keyword, numbers, os.path, warnings and other small pure-Python modules.
import keyword
import numbers
import os
import os.path

print(keyword.iskeyword("for"), keyword.iskeyword("foo"), len(keyword.kwlist) > 30)
print(isinstance(3, numbers.Integral), isinstance(2.5, numbers.Real), isinstance(1j, numbers.Real))
print(isinstance(3, numbers.Number), issubclass(bool, numbers.Integral))
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/p/q"))
print(os.path.dirname("/p/q/r"), os.path.normpath("a//b/../c"), os.path is os.path)
print(len(os.urandom(8)), os.sep, os.fspath("p"))
