// Interpreter pieces tested directly: module code is compiled by python3.11,
// loaded and verified, run with run_module_code, and the resulting globals
// (or the pending exception) are inspected from C++.
#include <gtest/gtest.h>

#include <string>

#include "fixtures/h1_test_util.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/opcodes.h"
#include "vm/pyc.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

class InterpreterTest : public ::testing::Test {
 protected:
  // Compiles `source` with python3.11 and runs it as a module; returns the result.
  Value run(const std::string& source) {
    std::string dir = testing::make_temp_dir();
    testing::write_file(dir + "/m.py", source);
    int status = 0;
    testing::run_command("python3.11 -c \"import py_compile; py_compile.compile('" + dir +
                             "/m.py', cfile='" + dir + "/m.pyc', doraise=True)\"",
                         &status);
    EXPECT_EQ(status, 0);
    std::string error;
    Code* code = vm::load_pyc_file(vm_, dir + "/m.pyc", &error);
    EXPECT_NE(code, nullptr) << error;
    if (code == nullptr) return Value::null();
    code_ = code;
    globals_ = runtime::dict_new(vm_);
    return vm::run_module_code(vm_, code, globals_);
  }

  Value global(const char* name) { return runtime::dict_get_str(vm_, globals_, vm_.intern(name)); }

  int64_t global_int(const char* name) {
    int64_t out = -1;
    EXPECT_TRUE(runtime::int_to_int64(vm_, global(name), &out));
    return out;
  }

  std::string global_repr(const char* name) {
    Value r = runtime::repr(vm_, global(name));
    return r.is_null() ? "<error>" : runtime::str_to_utf8(r.as<Str>());
  }

  VM vm_;
  Code* code_ = nullptr;
  runtime::Dict* globals_ = nullptr;
};

TEST_F(InterpreterTest, RecursiveCallsDoNotGrowTheFrameStack) {
  ASSERT_FALSE(run("def fib(n):\n"
                   "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
                   "r = fib(22)\n")
                   .is_null());
  EXPECT_EQ(global_int("r"), 17711);
  EXPECT_EQ(vm_.frames().depth(), 0);
  EXPECT_EQ(vm_.frames().top(), nullptr);
}

TEST_F(InterpreterTest, ArgumentBindingAndClosures) {
  ASSERT_FALSE(run("def f(a, b=2, *rest, c, d=4, **kw):\n"
                   "    return (a, b, rest, c, d, sorted(kw))\n"
                   "r = f(1, 5, 6, c=3, z=0, y=1)\n"
                   "def counter():\n"
                   "    n = 0\n"
                   "    def inc():\n"
                   "        nonlocal n\n"
                   "        n += 1\n"
                   "        return n\n"
                   "    return inc\n"
                   "c = counter()\n"
                   "c()\n"
                   "k = c()\n")
                   .is_null());
  EXPECT_EQ(global_repr("r"), "(1, 5, (6,), 3, 4, ['y', 'z'])");
  EXPECT_EQ(global_int("k"), 2);
}

TEST_F(InterpreterTest, ExceptionTableHandlersAndFinally) {
  ASSERT_FALSE(run("log = []\n"
                   "def g(x):\n"
                   "    try:\n"
                   "        return 10 // x\n"
                   "    except ZeroDivisionError as e:\n"
                   "        log.append(str(e))\n"
                   "        return -1\n"
                   "    finally:\n"
                   "        log.append('finally')\n"
                   "r = [g(2), g(0)]\n")
                   .is_null());
  EXPECT_EQ(global_repr("r"), "[5, -1]");
  EXPECT_EQ(global_repr("log"), "['finally', 'integer division or modulo by zero', 'finally']");
}

TEST_F(InterpreterTest, UncaughtExceptionCarriesATracebackPerFrame) {
  Value result =
      run("def inner():\n"
          "    return 1 / 0\n"
          "def outer():\n"
          "    return inner()\n"
          "outer()\n");
  ASSERT_TRUE(result.is_null());
  ASSERT_TRUE(runtime::exception_matches(vm_, vm_.types().zero_division_error));
  auto* exc = vm_.take_exception().as<runtime::BaseException>();
  int frames = 0;
  for (runtime::Traceback* tb = exc->traceback; tb != nullptr; tb = tb->next) ++frames;
  EXPECT_EQ(frames, 3);  // <module>, outer, inner
  EXPECT_EQ(vm_.frames().depth(), 0);
}

TEST_F(InterpreterTest, RunawayRecursionRaisesRecursionError) {
  Value result = run("def r(n):\n    return r(n + 1)\nr(0)\n");
  ASSERT_TRUE(result.is_null());
  EXPECT_TRUE(runtime::exception_matches(vm_, vm_.types().recursion_error));
  vm_.clear_exception();
  EXPECT_EQ(vm_.frames().depth(), 0);
}

TEST_F(InterpreterTest, BackEdgesCountIterations) {
  ASSERT_FALSE(run("t = 0\nfor i in range(1000):\n    t += i\n").is_null());
  EXPECT_EQ(global_int("t"), 499500);
  int back_edges = 0;
  for (int64_t unit = 0; unit < code_->unit_count(); ++unit) {
    if ((code_->instructions()[unit] & 0xff) != vm::JUMP_BACKWARD) continue;
    ++back_edges;
    EXPECT_EQ(code_->counters[unit], 1000);  // taken once per iteration
  }
  EXPECT_EQ(back_edges, 1);
}

}  // namespace
}  // namespace pyvm
