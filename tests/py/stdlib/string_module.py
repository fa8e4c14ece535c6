# _string and string: formatter_parser, formatter_field_name_split,
# string.Formatter, string.Template and the constants.
import _string
import string

for t in ["a{0!r:>5}b", "a{{b}}c", "{}", "{x.y[0]}", "{0:{1}}", "", "abc", "{!r}", "{0[a:b]!s:x}",
          "{0[[]}", "{0:a{b}c}d", "}}{{", "{a:{b:{c}}}", "{0!x}"]:
    print(repr(t), list(_string.formatter_parser(t)))
for t in ["x{0!}", "}", "{", "a}b", "{0", "{0!r", "{0!rr}", "{0[}", "{0!", "{0:{}", "{0:}}"]:
    try:
        print(list(_string.formatter_parser(t)))
    except ValueError as e:
        print(repr(t), "ValueError", e)
for t in ["a.b[0]", "0.x", "", "a[0]", "0[x].y", "[0]", ".a", "10", "a[0][1].b", "a[x.y]", "a[01]",
          "a[ 1]", "\u0663.x", "1e3"]:
    first, rest = _string.formatter_field_name_split(t)
    print(repr(t), repr(first), list(rest))
for t in ["a[", "a.", "a[0]x", "a..b", "a[]", "a.b[0]x"]:
    first, rest = _string.formatter_field_name_split(t)
    print(repr(first), end=" ")
    try:
        for item in rest:
            print(item, end=" ")
    except ValueError as e:
        print(repr(t), "ValueError", e)
it = _string.formatter_parser("ab{}c}")
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
print(list(it))
try:
    _string.formatter_parser(1)
except TypeError as e:
    print("TypeError", e)

f = string.Formatter()
print(f.format("{0}-{name}-{1!r}-{0:>4}", "a", "b", name="N"))
print(f.format("{p.real} {l[1]} {{x}}", p=3, l=[5, 6]))
print(f.vformat("{} {}", ("x", "y"), {}))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()


print(Upper().format("{} and {k}", "abc", k="def"))
tpl = string.Template("$who likes ${what}; $$5")
print(tpl.substitute(who="tim", what="pie"), tpl.safe_substitute(who="x"))
try:
    tpl.substitute(who="a")
except KeyError as e:
    print("KeyError", e)
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace))
print(string.capwords("hello   big world"))
