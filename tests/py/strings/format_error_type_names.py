# format() errors name the formatted object's own type: bool, and subclasses
# of int, float and str (not the base type whose formatter ran).


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyStr(str):
    pass


values = [True, False, MyInt(7), 7, MyFloat(2.5), 2.5, MyStr("ab"), "ab", 10**30, -(10**25)]
specs = ["s", "q", ">8s", "abc", "c", "d", "%", ",s", "x", "=8", "+s", ".2s"]
for v in values:
    for sp in specs:
        try:
            print(type(v).__name__, repr(sp), repr(format(v, sp)))
        except (ValueError, TypeError, OverflowError) as e:
            print(type(v).__name__, repr(sp), type(e).__name__, e)
print(f"{MyInt(5):>4}|{MyFloat(0.5):6.2f}|{MyStr('z'):^5}|{True:d}")
