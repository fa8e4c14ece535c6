# Held-out: a state machine driven by a generator with send(), match on commands, string parsing.
def parse(line):
    words = line.lower().split()
    match words:
        case []:
            return ("noop",)
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return ("go", d)
        case ["take", *item] if item:
            return ("take", " ".join(item))
        case ["drop", item]:
            return ("drop", item)
        case ["inventory" | "inv" | "i"]:
            return ("inv",)
        case ["quit"]:
            return ("quit",)
        case _:
            return ("unknown", line)


ROOMS = {
    "hall": {"north": "library", "east": "kitchen", "items": ["lamp"]},
    "library": {"south": "hall", "items": ["old book", "key"]},
    "kitchen": {"west": "hall", "items": []},
}


def game():
    room = "hall"
    inventory = []
    moves = 0
    message = f"You are in the {room}."
    while True:
        command = yield message
        moves += 1
        match command:
            case ("go", d):
                nxt = ROOMS[room].get(d)
                if nxt is None:
                    message = f"You can't go {d} from the {room}."
                else:
                    room = nxt
                    items = ROOMS[room]["items"]
                    message = f"You enter the {room}." + (f" You see: {', '.join(items)}." if items else "")
            case ("take", item):
                if item in ROOMS[room]["items"]:
                    ROOMS[room]["items"].remove(item)
                    inventory.append(item)
                    message = f"Taken: {item}."
                else:
                    message = f"There is no {item} here."
            case ("drop", item) if item in inventory:
                inventory.remove(item)
                ROOMS[room]["items"].append(item)
                message = f"Dropped {item}."
            case ("drop", item):
                message = f"You don't have {item}."
            case ("inv",):
                message = "You carry: " + (", ".join(sorted(inventory)) or "nothing")
            case ("quit",):
                return f"Bye after {moves} moves with {len(inventory)} items."
            case ("unknown", text):
                message = f"I don't understand {text!r}."
            case _:
                message = "..."


script = ["go north", "take key", "take old book", "take sword", "inventory", "go west",
          "go south", "go east", "drop key", "drop lamp", "", "dance wildly", "i", "quit"]
g = game()
print(next(g))
for line in script:
    try:
        print(f"> {line:<14}|", g.send(parse(line)))
    except StopIteration as stop:
        print(f"> {line:<14}|", stop.value)
        break
print(ROOMS["kitchen"]["items"], ROOMS["library"]["items"], g.gi_frame)
