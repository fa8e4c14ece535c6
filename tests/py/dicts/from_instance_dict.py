# dict(), dict.update, ** unpacking and | over an instance's __dict__ (vars()) and a dict subclass instance's __dict__.
from collections import OrderedDict


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Tagged(OrderedDict):
    pass


p = Point(1, 2)
print(dict(vars(p)), dict(p.__dict__, z=3), {**vars(p), "w": 0}, vars(p) | {"x": 9})
d = {"a": 1}
d.update(vars(p))
d |= p.__dict__
print(d, sorted(dict(vars(p)).items()))
t = Tagged(k=1)
t.note = "n"
print(dict(vars(t)), dict(t), OrderedDict(vars(p)))
view = vars(p)
view |= {"z": 5}
print(p.z, {"y": 0} | vars(p), vars(p) == {"x": 1, "y": 2, "z": 5})
