# string.Template and capwords, which run on re.
import sys
sys.path.append("/usr/lib/python3.11")
import string

t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(string.Template("$a $b").get_identifiers() if hasattr(string.Template, "get_identifiers") else "")
try:
    string.Template("$x").substitute()
except KeyError as e:
    print("KeyError", e)
print(string.capwords("hello   big world"))
