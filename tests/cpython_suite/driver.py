# Runs one module of CPython's test suite (`test.NAME`) under unittest, in
# pyvm or in CPython, for tests/run_cpython_suite.py. Usage:
#   driver.py NAME [SKIPPED_TEST_ID ...]
# Prints `@@start TEST_ID` before each test (so that a time-out can name the
# test that was running) and ends with one line `@@result {...}` holding the
# counts and, for each failure and error, the test id and the last line of
# its traceback. Tests whose id is listed are left out of the run.
import sys
import unittest


def last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


class Result(unittest.TestResult):
    def startTest(self, test):
        print("@@start", test.id(), flush=True)
        super().startTest(test)


def without(suite, skipped):
    kept = unittest.TestSuite()
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            kept.addTest(without(test, skipped))
        elif test.id() not in skipped:
            kept.addTest(test)
    return kept


def main():
    name = sys.argv[1]
    skipped = set(sys.argv[2:])
    from test import support
    support.use_resources = []  # as regrtest without -u: no cpu/network/... tests
    __import__("test." + name)
    module = sys.modules["test." + name]
    suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    if skipped:
        suite = without(suite, skipped)
    result = Result()
    suite.run(result)
    outcome = {
        "run": result.testsRun,
        "failures": [(t.id(), last_line(tb)) for t, tb in result.failures],
        "errors": [(t.id(), last_line(tb)) for t, tb in result.errors],
        "skipped": len(result.skipped),
        "expected_failures": len(result.expectedFailures),
        "unexpected_successes": [t.id() for t in result.unexpectedSuccesses],
    }
    print("@@result", repr(outcome), flush=True)


main()
