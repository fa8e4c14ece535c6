# unittest runs (it imports signal, over the native _signal): a TestCase
# with passing, failing, erroring, skipped and expected-failure tests, run by
# TextTestRunner into a StringIO; signal's constants, getsignal/signal with
# SIG_IGN/SIG_DFL; BaseException.with_traceback, writable tb_next, a bound
# method's __doc__ (the function's).
import io
import signal
import sys
import unittest

print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(2).name)
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE), signal.Handlers.SIG_DFL == 0, signal.strsignal(signal.SIGTERM))
old = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
print(old, signal.getsignal(signal.SIGUSR1))
signal.raise_signal(signal.SIGUSR1)
print("SIGUSR1 ignored", signal.signal(signal.SIGUSR1, signal.SIG_DFL))
for bad in [(99, signal.SIG_IGN), (signal.SIGUSR1, 5)]:
    try:
        signal.signal(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(signal.SIGINT in signal.valid_signals(), signal.NSIG)


class Calc(unittest.TestCase):
    def setUp(self):
        self.values = [1, 2, 3]

    def test_sum(self):
        """Sums the values."""
        self.assertEqual(sum(self.values), 6)
        self.assertIn(3, self.values)
        self.assertTrue(self.values)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_error(self):
        {}["missing"]

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), "division by zero")
        self.assertRaisesRegex(ValueError, "invalid literal", int, "x")

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsNone(None)
        self.assertIsInstance(1, int)
        with self.subTest(i=1):
            self.assertGreater(2, 1)

    @unittest.skip("not now")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)


suite = unittest.TestLoader().loadTestsFromTestCase(Calc)
buf = io.StringIO()
result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
for line in buf.getvalue().splitlines():
    if line.startswith(("Ran ", '  File "')):
        continue
    print(line)
print(Calc("test_sum").shortDescription(), Calc("test_fail").shortDescription(), Calc.test_sum.__doc__)
try:
    1 / 0
except ZeroDivisionError as e:
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
try:
    raise KeyError("k")
except KeyError as e:
    tb = sys.exc_info()[2]
    print(tb.tb_next)
try:
    ValueError().with_traceback(5)
except TypeError as e:
    print("TypeError:", e)
