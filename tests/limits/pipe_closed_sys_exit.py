# mode: closed-pipe
# sys.exit flushes stdout too; its failure replaces the exit status by 120.
import sys

print("hello")
sys.exit(3)
