# Two-character operators, parenthesised operands and unicode text before the error.
text = "ééé"
values = [(2) ** 10, "x", None]
print(text, ((values[0]))  //  (values[2]))
