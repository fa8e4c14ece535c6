# An uncaught SyntaxError from exec prints its location and message.
print("before")
exec("x = 1\ny = (2 +\n")
