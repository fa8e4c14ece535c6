// Side traces and trace linking end to end: loop nests and flipping branches
// run in a VM with the JIT at several exit thresholds and with stressed
// exits; results must equal the interpreter's, and the JIT must have compiled
// side traces and linked them.
#include <gtest/gtest.h>

#include <string>

#include "fixtures/h1_test_util.h"
#include "jit/jit.h"
#include "jit/options.h"
#include "runtime/dict.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/interpreter.h"
#include "vm/pyc.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

struct Outcome {
  std::string result;  // repr of the global `r`
  jit::JitCounters counters;
};

Outcome run(const std::string& source, const jit::JitOptions& options) {
  std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/m.py", source);
  int status = 0;
  testing::run_command("python3.11 -c \"import py_compile; py_compile.compile('" + dir +
                           "/m.py', cfile='" + dir + "/m.pyc', doraise=True)\"",
                       &status);
  EXPECT_EQ(status, 0);
  vm::VMOptions vm_options;
  vm_options.jit = options;
  VM vm(vm_options);
  std::string error;
  Code* code = vm::load_pyc_file(vm, dir + "/m.pyc", &error);
  if (code == nullptr) return {"<load error " + error + ">", {}};
  runtime::Dict* globals = runtime::dict_new(vm);
  if (vm::run_module_code(vm, code, globals).is_null()) return {"<exception>", {}};
  Value r = runtime::repr(vm, runtime::dict_get_str(vm, globals, vm.intern("r")));
  return {r.is_null() ? "<error>" : runtime::str_to_utf8(r.as<Str>()), jit::counters(vm)};
}

constexpr const char* kNests =
    "def grid(n, m):\n"
    "    t = 0\n"
    "    for i in range(n):\n"
    "        for j in range(m):\n"
    "            t += i * j\n"
    "    return t\n"
    "def rows(xs, k):\n"
    "    acc = 0.0\n"
    "    out = []\n"
    "    for _ in range(k):\n"
    "        for x in xs:\n"
    "            acc += x * 0.5\n"
    "        out.append(acc)\n"
    "    return out[-1], len(out)\n"
    "def flip(n):\n"
    "    t = 0\n"
    "    for i in range(n):\n"
    "        if i < n // 3:\n"
    "            t += i\n"
    "        else:\n"
    "            t -= 1\n"
    "    return t\n"
    "r = [grid(40, 30), rows([1.0, 2.5, -3.0], 200), flip(300)]\n";

TEST(JitSideTraceTest, NestsAndFlipsGiveTheInterpretersResults) {
  Outcome expected = run(kNests, jit::JitOptions::off());
  ASSERT_EQ(expected.result.rfind("[", 0), 0u) << expected.result;
  EXPECT_EQ(expected.counters.traces, 0u);
  for (uint32_t hot : {1u, 2u, 12u}) {
    for (uint32_t stress : {0u, 1u, 3u}) {
      jit::JitOptions on;
      on.threshold = 2;
      on.hot_exit = hot;
      on.stress_exits = stress;
      EXPECT_EQ(run(kNests, on).result, expected.result) << "hot " << hot << " stress " << stress;
    }
  }
}

TEST(JitSideTraceTest, CompilesAndLinksSideTraces) {
  jit::JitOptions on;
  on.threshold = 5;
  on.hot_exit = 5;
  Outcome got = run(kNests, on);
  EXPECT_GE(got.counters.side_traces, 3u);  // one per nest and the flipped branch
  EXPECT_GT(got.counters.links, 100u);
  EXPECT_GT(got.counters.side_entries, 100u);
}

TEST(JitSideTraceTest, NoSideTracesBelowTheExitThreshold) {
  jit::JitOptions on;
  on.threshold = 5;
  on.hot_exit = 1000000;
  Outcome got = run(kNests, on);
  EXPECT_EQ(got.counters.side_traces, 0u);
  EXPECT_EQ(got.counters.links, 0u);
}

TEST(JitSideTraceTest, SideTraceLimitPerRoot) {
  jit::JitOptions on;
  on.threshold = 5;
  on.hot_exit = 1;
  on.max_side_traces = 1;
  Outcome got = run(kNests, on);
  Outcome expected = run(kNests, jit::JitOptions::off());
  EXPECT_EQ(got.result, expected.result);
  // Three root loops (grid's inner, rows' inner, flip) at most one each.
  EXPECT_LE(got.counters.side_traces, 3u);
}

// Side traces that inherit their parent's exit values (SINHERIT) and side
// traces that load them from the restored frame give the same results; the
// nests' floats and ints cross the exits into the side traces unboxed.
TEST(JitSideTraceTest, InheritedAndRestoredSideTracesAgree) {
  Outcome expected = run(kNests, jit::JitOptions::off());
  for (bool inherit : {true, false}) {
    for (uint32_t stress : {0u, 3u}) {
      jit::JitOptions on;
      on.threshold = 2;
      on.hot_exit = 2;
      on.stress_exits = stress;
      on.opt_inherit = inherit;
      Outcome got = run(kNests, on);
      EXPECT_EQ(got.result, expected.result) << "inherit " << inherit << " stress " << stress;
      if (stress == 0) {
        EXPECT_GT(got.counters.side_entries, 100u);
      }
    }
  }
}

}  // namespace
}  // namespace pyvm
