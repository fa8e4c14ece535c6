# Text adventure: rooms as a graph, enum directions, commands parsed with match, inventory sets.
from enum import Enum


class Dir(Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"

    @property
    def opposite(self):
        return {Dir.NORTH: Dir.SOUTH, Dir.SOUTH: Dir.NORTH, Dir.EAST: Dir.WEST, Dir.WEST: Dir.EAST}[self]


class Room:
    def __init__(self, name, description, items=()):
        self.name = name
        self.description = description
        self.items = list(items)
        self.exits = {}
        self.locked = set()

    def connect(self, direction, other, locked=False):
        self.exits[direction] = other
        other.exits[direction.opposite] = self
        if locked:
            self.locked.add(direction)


class Game:
    def __init__(self):
        hall = Room("Hall", "A dusty hall.", ["lamp"])
        kitchen = Room("Kitchen", "Smells of old bread.", ["knife", "bread"])
        cellar = Room("Cellar", "Dark and damp.", ["key"])
        vault = Room("Vault", "Gold everywhere!", ["gold"])
        hall.connect(Dir.EAST, kitchen)
        kitchen.connect(Dir.SOUTH, cellar)
        hall.connect(Dir.NORTH, vault, locked=True)
        self.room = hall
        self.inventory = []
        self.moves = 0
        self.over = False

    def say(self, text):
        print(f"[{self.moves:02}] {text}")

    def handle(self, line):
        words = line.lower().split()
        match words:
            case []:
                self.say("Say something.")
            case ["look"] | ["l"]:
                exits = ", ".join(d.name.lower() for d in sorted(self.room.exits, key=lambda d: d.value))
                items = ", ".join(self.room.items) or "nothing"
                self.say(f"{self.room.name}: {self.room.description} Exits: {exits}. You see {items}.")
            case ["go", ("n" | "s" | "e" | "w") as d] | [("n" | "s" | "e" | "w") as d]:
                self.move(Dir(d))
            case ["go", other]:
                self.say(f"Unknown direction {other!r}.")
            case ["take", "all"]:
                taken, self.room.items = self.room.items, []
                self.inventory.extend(taken)
                self.say(f"Taken: {taken}")
            case ["take", *names] if names:
                for name in names:
                    if name in self.room.items:
                        self.room.items.remove(name)
                        self.inventory.append(name)
                        self.say(f"Took {name}.")
                    else:
                        self.say(f"No {name} here.")
            case ["drop", name]:
                try:
                    self.inventory.remove(name)
                except ValueError:
                    self.say(f"You have no {name}.")
                else:
                    self.room.items.append(name)
                    self.say(f"Dropped {name}.")
            case ["unlock", d] if self.room.locked:
                direction = Dir(d[0])
                if "key" not in self.inventory:
                    self.say("You need a key.")
                elif direction in self.room.locked:
                    self.room.locked.discard(direction)
                    self.say(f"Unlocked the {direction.name.lower()} door.")
            case ["inventory" | "i"]:
                self.say("Carrying: " + (", ".join(sorted(self.inventory)) or "nothing"))
            case ["quit"]:
                self.over = True
                self.say("Bye.")
            case [verb, *_]:
                self.say(f"I don't know how to {verb}.")
        self.moves += 1

    def move(self, direction):
        if direction not in self.room.exits:
            self.say("You can't go that way.")
        elif direction in self.room.locked:
            self.say("The door is locked.")
        else:
            self.room = self.room.exits[direction]
            self.say(f"You walk {direction.name.lower()} to the {self.room.name}.")
            if "gold" in self.room.items:
                self.say("You found the treasure!")


script = """look
n
go up
e
take knife bread spoon
s
take all
i
drop spoon
w

n
go n
go w
go n
unlock north
n
take gold
dance wildly
quit
look"""
g = Game()
for line in script.splitlines():
    if g.over:
        break
    print(">", line)
    g.handle(line)
print("score:", len(g.inventory) * 10 - g.moves, sorted(g.inventory))
