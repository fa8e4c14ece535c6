# unittest.main() on a TestCase: assertEqual, assertRaises, subTest, skip,
# expectedFailure, failures and errors; the report (minus its timing line
# and file paths) goes to stdout.
import io
import sys
import unittest


class Basic(unittest.TestCase):
    def setUp(self):
        self.items = [3, 1, 2]

    def test_equal(self):
        self.assertEqual(sorted(self.items), [1, 2, 3])
        self.assertEqual({"a": 1}, {"a": 1})
        self.assertIn(2, self.items)
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaises(KeyError, {}.__getitem__, "x")
        with self.assertRaisesRegex(ValueError, "inv.lid"):
            int("invalid")

    def test_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_fail_dict(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_fail_str(self):
        self.assertEqual("hello\nworld\n", "hello\nthere\n")

    @unittest.skip("not today")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    def test_error(self):
        raise ValueError("boom")


class Other(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = 10

    def test_shared(self):
        self.assertEqual(self.shared, 10)

    def test_warns(self):
        import warnings
        with self.assertWarns(DeprecationWarning):
            warnings.warn("old", DeprecationWarning)


def report(verbosity):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    prog = unittest.main(testRunner=runner, exit=False, argv=["prog"])
    result = prog.result
    for line in stream.getvalue().splitlines():
        if line.startswith("Ran ") or line.strip().startswith("File "):
            continue
        print(line)
    print(result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), result.wasSuccessful())


report(1)
report(2)
