# A tiny shell: structural pattern matching over token lists, dicts and classes with guards, captures and OR patterns.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Move:
    target: Point
    speed: float = 1.0


class Cmd:
    __match_args__ = ("verb", "args")

    def __init__(self, verb, *args):
        self.verb = verb
        self.args = list(args)


files = {"readme.md": 120, "main.py": 2048, "notes.txt": 5}
cwd = ["home", "user"]


def run(line):
    match line.split():
        case []:
            return "empty"
        case ["ls"]:
            return " ".join(sorted(files))
        case ["ls", "-l"] | ["ll"]:
            return "; ".join(f"{n}:{s}" for n, s in sorted(files.items()))
        case ["cat", name] if name in files:
            return f"<{name} {files[name]} bytes>"
        case ["cat", name]:
            return f"cat: {name}: No such file"
        case ["rm", *names] if names:
            gone = [n for n in names if files.pop(n, None) is not None]
            return f"removed {gone}"
        case ["cd", ".."]:
            cwd.pop() if cwd else None
            return "/" + "/".join(cwd)
        case ["cd", path]:
            cwd.extend(p for p in path.split("/") if p)
            return "/" + "/".join(cwd)
        case ["echo", *words]:
            return " ".join(words)
        case [("exit" | "quit") as verb, *_]:
            return f"bye ({verb})"
        case [verb, *rest]:
            return f"{verb}: command not found ({len(rest)} args)"


for line in ["", "ls", "ll", "cat main.py", "cat nope", "rm notes.txt nope", "ls -l",
             "cd a/b", "cd ..", "echo hi  there", "quit now", "frob 1 2 3", "rm"]:
    print(f"{line!r:>22} => {run(line)}")


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)} if x < 0 or y < 0:
            return "click off-screen"
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={sorted(rest)}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case Move(Point(x=0, y=0)):
            return "move to origin"
        case Move(Point(x, y), speed=s) if s > 5:
            return f"dash to {x},{y}"
        case Move(target=Point() as p):
            return f"walk to {p}"
        case Cmd("say", [msg]):
            return f"say {msg}"
        case Cmd(verb, args):
            return f"cmd {verb} {args}"
        case [Point(x=x1), Point(x=x2)] if x1 == x2:
            return "vertical segment"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case int() | float() as num if num > 100:
            return "big number"
        case str() as s:
            return f"text of {len(s)}"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(event).__name__}"


events = [
    {"type": "click", "pos": (3, 4), "button": 1, "mods": []},
    {"type": "click", "pos": [-1, 4]},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "Escape"},
    Move(Point(0, 0)), Move(Point(2, 3), 9.5), Move(Point(7, 1)),
    Cmd("say", "hi"), Cmd("jump", 1, 2), Cmd("say", "a", "b"),
    [Point(1, 2), Point(1, 9)], [Point(1, 2), Point(2, 9)],
    2, 250, 99.5, "hello", None, {"type": "unknown"}, (1, 2),
]
for ev in events:
    print(handle(ev))
