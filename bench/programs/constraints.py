# Benchmark: an incremental one-way constraint solver in the spirit of DeltaBlue
# (object graphs, polymorphic method calls, lists of objects, strengths as ints).
# bench: default=3600 quick=30
import sys

REQUIRED, STRONG, MEDIUM, WEAK, WEAKEST = 0, 1, 2, 3, 4


class Variable:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None

    def strength(self):
        c = self.determined_by
        return WEAKEST + 1 if c is None else c.strength


class Constraint:
    def __init__(self, strength, variables):
        self.strength = strength
        self.variables = variables
        self.output = None
        for v in variables:
            v.constraints.append(self)

    def candidates(self):
        return self.variables

    def inputs(self):
        return [v for v in self.variables if v is not self.output]

    def choose_output(self):
        best = None
        for v in self.candidates():
            if v.strength() > self.strength and (best is None or v.strength() > best.strength()):
                best = v
        return best

    def remove(self):
        for v in self.variables:
            v.constraints.remove(self)
        if self.output is not None:
            self.output.determined_by = None
            self.output = None


class Stay(Constraint):
    def __init__(self, v, strength):
        Constraint.__init__(self, strength, [v])

    def execute(self):
        pass


class Edit(Stay):
    def __init__(self, v, strength):
        Stay.__init__(self, v, strength)
        self.new_value = v.value

    def execute(self):
        self.output.value = self.new_value


class Equal(Constraint):
    def __init__(self, a, b, strength):
        Constraint.__init__(self, strength, [a, b])

    def execute(self):
        a, b = self.variables
        if self.output is a:
            a.value = b.value
        else:
            b.value = a.value


class Scale(Constraint):
    # dst = src * scale + offset, solvable in either direction
    def __init__(self, src, scale, offset, dst, strength):
        Constraint.__init__(self, strength, [src, dst])
        self.scale = scale
        self.offset = offset

    def execute(self):
        src, dst = self.variables
        if self.output is dst:
            dst.value = src.value * self.scale + self.offset
        else:
            src.value = (dst.value - self.offset) // self.scale


class Solver:
    def __init__(self):
        self.unsatisfied = []
        self.executions = 0

    def add(self, c):
        self.satisfy(c)
        return c

    def satisfy(self, c):
        out = c.choose_output()
        if out is None:
            self.unsatisfied.append(c)
            return
        loser = out.determined_by
        if loser is not None:
            loser.output = None
        c.output = out
        out.determined_by = c
        self.propagate(c)
        if loser is not None:
            self.satisfy(loser)

    def propagate(self, start):
        todo = [start]
        seen = 0
        while todo:
            c = todo.pop()
            c.execute()
            self.executions += 1
            seen += 1
            if seen > 100000:
                raise RuntimeError("cycle")
            for d in c.output.constraints:
                if d is not c and d.output is not None and d.output is not c.output:
                    todo.append(d)

    def remove(self, c):
        out = c.output
        c.remove()
        if out is not None:
            retry = self.unsatisfied
            self.unsatisfied = []
            for u in retry:
                self.satisfy(u)


def chain_test(n, solver):
    vs = [Variable("v%d" % i, 0) for i in range(n)]
    edit = solver.add(Edit(vs[0], MEDIUM))
    for i in range(n - 1):
        solver.add(Equal(vs[i], vs[i + 1], REQUIRED))
    solver.add(Stay(vs[-1], STRONG))
    total = 0
    for k in range(10):
        edit.new_value = k * 7
        solver.propagate(edit)
        total += vs[-1].value
    solver.remove(edit)
    return total


def projection_test(n, solver):
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    srcs = []
    dsts = []
    total = 0
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        srcs.append(src)
        dsts.append(dst)
        solver.add(Stay(src, WEAK))
        solver.add(Scale(src, scale.value, offset.value, dst, REQUIRED))
        total += dst.value
    for k in range(5):
        edit = solver.add(Edit(srcs[(n * k) // 5], STRONG))
        edit.new_value = 1000 + k * 20
        solver.propagate(edit)
        total += sum(d.value for d in dsts) % 1000003
        solver.remove(edit)
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3600
    solver = Solver()
    a = b = 0
    for rep in range(20):
        a += chain_test(n + rep, solver)
        b += projection_test(n + rep, solver)
    print(a, b, solver.executions, len(solver.unsatisfied))


main()
