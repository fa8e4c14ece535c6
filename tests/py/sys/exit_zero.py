# sys.exit() and sys.exit(0) inside try/finally: finally blocks run, exit code 0.
import sys


def main():
    try:
        print("working")
        sys.exit(0)
    finally:
        print("cleanup")


try:
    main()
except SystemExit as e:
    print("SystemExit caught with code", e.code)
try:
    sys.exit()
finally:
    print("last words")
