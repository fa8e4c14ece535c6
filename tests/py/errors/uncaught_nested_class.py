# An uncaught exception of a nested class is reported by __qualname__.
class Outer:
    class Inner(Exception):
        pass


raise Outer.Inner("nested")
