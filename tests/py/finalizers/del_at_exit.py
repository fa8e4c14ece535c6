# Objects still alive at exit are finalized when the main module's globals
# are released: in the order of the globals, an object before what it
# holds, list items last to first.
class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Plain:
    pass


first = A("first")
_private = A("_private")
second = A("second")
alias = second
items = [A("item1"), A("item2"), A("item3")]
holder = Plain()
holder.x = A("holder.x")
holder.y = A("holder.y")
outer = A("outer")
outer.inner = A("inner")
print("end")
