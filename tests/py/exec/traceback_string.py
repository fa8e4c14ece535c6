# Errors inside exec'd code show "<string>" frames in tracebacks.
src = "def g():\n    return 1 / 0\n\nx = 1\ng()\n"
try:
    exec(src)
except ZeroDivisionError as e:
    print("caught", e)

print("next")
exec("a = 1\nb = 2\nraise ValueError('from exec ' + str(a + b))\n")
