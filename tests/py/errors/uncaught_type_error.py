# Uncaught TypeError for unsupported operand types.
print(1 + 2)
print("a" + "b")
value = 3 + "three"
