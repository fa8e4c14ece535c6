# textwrap, which runs on re.
import sys
sys.path.append("/usr/lib/python3.11")
import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, 30))
print(textwrap.fill("aaa bbb ccc ddd-eee fff", 10))
print(textwrap.dedent("    a\n      b\n    c"), textwrap.indent("x\ny", "> "), textwrap.shorten("Hello  world, nice day", 15))
