# Order workflow state machine: Enum with auto, Flag permissions, IntEnum priorities, invalid transitions, uncaught ValueError.
from enum import Enum, Flag, IntEnum, auto, unique


@unique
class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()

    def __str__(self):
        return self.name.title()


class Perm(Flag):
    NONE = 0
    VIEW = auto()
    EDIT = auto()
    SHIP = auto()
    REFUND = auto()
    STAFF = VIEW | EDIT | SHIP
    ADMIN = STAFF | REFUND


class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    URGENT = 9


TRANSITIONS = {
    State.NEW: {State.PAID: Perm.EDIT, State.CANCELLED: Perm.EDIT},
    State.PAID: {State.SHIPPED: Perm.SHIP, State.REFUNDED: Perm.REFUND},
    State.SHIPPED: {State.DELIVERED: Perm.SHIP},
    State.DELIVERED: {State.REFUNDED: Perm.REFUND},
}


class TransitionError(Exception):
    pass


class Order:
    def __init__(self, oid, priority=Priority.NORMAL):
        self.oid = oid
        self.state = State.NEW
        self.priority = priority
        self.trail = [State.NEW]

    def move(self, target, who):
        allowed = TRANSITIONS.get(self.state, {})
        if target not in allowed:
            raise TransitionError(f"order {self.oid}: {self.state} -> {target} not allowed")
        needed = allowed[target]
        if needed not in who:
            raise PermissionError(f"order {self.oid}: needs {needed.name}, have {who!r}")
        self.state = target
        self.trail.append(target)

    def __repr__(self):
        return f"Order({self.oid}, {self.state.name}, {self.priority.name})"


print(list(State), len(State), State(3), State["PAID"].value, State.NEW < State.PAID if False else "-")
print(Perm.STAFF, Perm.ADMIN & ~Perm.EDIT, Perm.VIEW in Perm.STAFF, bool(Perm.NONE), Perm(6))
print([p.name for p in Perm.STAFF], Perm.REFUND.value, Perm.ADMIN.value)
print(Priority.URGENT > Priority.LOW, Priority.NORMAL + 1, sorted([Priority.URGENT, 3, Priority.LOW]), f"{Priority.LOW}", str(Priority.URGENT))
print(f"{State.PAID}", repr(State.PAID), format(State.SHIPPED, ">10"), State.PAID.name.lower())

orders = [Order(1), Order(2, Priority.URGENT), Order(3, Priority.LOW)]
clerk, shipper, admin = Perm.VIEW | Perm.EDIT, Perm.VIEW | Perm.SHIP, Perm.ADMIN
plan = [(1, State.PAID, clerk), (1, State.SHIPPED, clerk), (1, State.SHIPPED, shipper), (2, State.CANCELLED, clerk),
        (2, State.PAID, clerk), (3, State.PAID, admin), (3, State.REFUNDED, admin), (1, State.DELIVERED, admin),
        (1, State.REFUNDED, shipper), (3, State.SHIPPED, admin)]
for oid, target, who in plan:
    order = orders[oid - 1]
    try:
        order.move(target, who)
        print("ok  ", order)
    except (TransitionError, PermissionError) as e:
        print("deny", type(e).__name__, e)
for o in sorted(orders, key=lambda o: (-o.priority, o.oid)):
    print(o.oid, " -> ".join(map(str, o.trail)))
counts = {}
for o in orders:
    counts[o.state] = counts.get(o.state, 0) + 1
print({str(k): v for k, v in counts.items()}, State.CANCELLED in counts)
print(Priority(5), Priority._value2member_map_[9], State.__members__.keys() == {s.name for s in State})
State(42)
