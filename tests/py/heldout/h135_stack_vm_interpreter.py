# A small stack-machine interpreter: an assembler with labels, dispatch through getattr, call frames, custom VM errors, tracing.
class VMError(Exception):
    def __init__(self, pc, op, msg):
        super().__init__(f"pc={pc} {op}: {msg}")
        self.pc = pc


class Frame:
    __slots__ = ("ret", "locals")

    def __init__(self, ret):
        self.ret = ret
        self.locals = {}


def assemble(source):
    code, labels = [], {}
    for raw in source.strip().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op.lower(), [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return [(op, [labels.get(a, a) if op in ("jmp", "jz", "call") else a for a in args]) for op, args in code], labels


class VM:
    def __init__(self, code, trace=False):
        self.code = code
        self.stack = []
        self.frames = [Frame(None)]
        self.pc = 0
        self.out = []
        self.trace = trace
        self.steps = 0

    def run(self, limit=10_000):
        while self.pc < len(self.code):
            op, args = self.code[self.pc]
            handler = getattr(self, "op_" + op, None)
            if handler is None:
                raise VMError(self.pc, op, "unknown instruction")
            if self.trace:
                print(f"  {self.pc:03d} {op:<5}{' '.join(map(str, args)):<8} {self.stack}")
            self.pc += 1
            self.steps += 1
            if self.steps > limit:
                raise VMError(self.pc, op, "step limit")
            try:
                if handler(*args) == "halt":
                    break
            except IndexError:
                raise VMError(self.pc - 1, op, "stack underflow") from None
            except ZeroDivisionError as e:
                raise VMError(self.pc - 1, op, str(e))
        return self.out

    def pop2(self):
        b = self.stack.pop()
        a = self.stack.pop()
        return a, b

    def op_push(self, v):
        self.stack.append(v)

    def op_pop(self):
        self.stack.pop()

    def op_dup(self):
        self.stack.append(self.stack[-1])

    def op_swap(self):
        self.stack[-1], self.stack[-2] = self.stack[-2], self.stack[-1]

    def op_add(self):
        a, b = self.pop2()
        self.stack.append(a + b)

    def op_sub(self):
        a, b = self.pop2()
        self.stack.append(a - b)

    def op_mul(self):
        a, b = self.pop2()
        self.stack.append(a * b)

    def op_div(self):
        a, b = self.pop2()
        self.stack.append(a // b)

    def op_lt(self):
        a, b = self.pop2()
        self.stack.append(int(a < b))

    def op_load(self, name):
        try:
            self.stack.append(self.frames[-1].locals[name])
        except KeyError:
            raise VMError(self.pc - 1, "load", f"undefined {name!r}") from None

    def op_store(self, name):
        self.frames[-1].locals[name] = self.stack.pop()

    def op_jmp(self, target):
        self.pc = target

    def op_jz(self, target):
        if self.stack.pop() == 0:
            self.pc = target

    def op_call(self, target):
        self.frames.append(Frame(self.pc))
        self.pc = target

    def op_ret(self):
        self.pc = self.frames.pop().ret

    def op_print(self):
        self.out.append(self.stack.pop())

    def op_halt(self):
        return "halt"


FACT = """
    push 20
    call fact
    print
    push 5
    call fact
    print
    halt
fact:           # n -> n!
    store n
    load n
    push 2
    lt
    jz recurse
    push 1
    ret
recurse:
    load n
    load n
    push 1
    sub
    call fact
    mul
    ret
"""

code, labels = assemble(FACT)
print(labels, len(code), code[:3])
vm = VM(code)
print(vm.run(), vm.steps, vm.stack, len(vm.frames))

LOOP = """
    push 0
    store i
    push 1
    store acc
top:
    load i
    push 4
    lt
    jz done
    load acc
    push 3
    mul
    store acc
    load i
    push 1
    add
    store i
    jmp top
done:
    load acc
    print
"""
small = VM(assemble(LOOP)[0], trace=False)
print(small.run(), small.steps)
traced = VM(assemble("push 7\npush 2\ndiv\ndup\nprint\npush 3\nswap\nsub\nprint")[0], trace=True)
print(traced.run())

for prog in ["push 1\npush 0\ndiv", "add", "load ghost", "bogus 1", "top:\njmp top"]:
    try:
        VM(assemble(prog)[0]).run(limit=50)
    except VMError as e:
        print(f"VMError {e} (pc {e.pc}) cause={type(e.__cause__).__name__} ctx={type(e.__context__).__name__}")
