// The JIT's IR: FOLD and CSE on emission, the pass switches, and traces
// compiled and run end to end inside a VM (results compared with the
// interpreter's).
#include <gtest/gtest.h>

#include <string>

#include "fixtures/h1_test_util.h"
#include "jit/ir.h"
#include "jit/options.h"
#include "jit/trace.h"
#include "jit/verifier.h"
#include "runtime/dict.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/interpreter.h"
#include "vm/pyc.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

using jit::IrBuffer;
using jit::IrOp;
using jit::IrType;
using jit::Ref;

TEST(JitIrTest, FoldsIntegerConstants) {
  IrBuffer ir;
  Ref a = ir.kint(6);
  Ref b = ir.kint(7);
  Ref r = ir.emit(IrOp::MULOV, IrType::kInt, a, b);
  ASSERT_EQ(ir[r].op, IrOp::KINT);
  EXPECT_EQ(ir.const_int(r), 42);
  Ref lt = ir.emit(IrOp::LT, IrType::kBool, a, b);
  ASSERT_EQ(ir[lt].op, IrOp::KINT);
  EXPECT_EQ(ir.const_int(lt), 1);
}

TEST(JitIrTest, DoesNotFoldAnOverflowingConstant) {
  IrBuffer ir;
  Ref big = ir.kint(int64_t{1} << 62);
  Ref r = ir.emit(IrOp::MULOV, IrType::kInt, big, ir.kint(4), 0, 0);
  EXPECT_EQ(ir[r].op, IrOp::MULOV);  // left for the overflow guard
}

TEST(JitIrTest, FoldsIdentitiesButNotFloatOnes) {
  IrBuffer ir;
  Ref x = ir.emit(IrOp::SLOAD, IrType::kInt, 0, 0, 1, 0);
  EXPECT_EQ(ir.emit(IrOp::ADDOV, IrType::kInt, x, ir.kint(0), 0, 0), x);
  EXPECT_EQ(ir.emit(IrOp::MULOV, IrType::kInt, ir.kint(1), x, 0, 0), x);
  Ref f = ir.emit(IrOp::SLOAD, IrType::kNum, 0, 0, 2, 0);
  // x + 0.0 is not x for x == -0.0.
  EXPECT_NE(ir.emit(IrOp::FADD, IrType::kNum, f, ir.knum(0.0)), f);
}

TEST(JitIrTest, CseMergesPureInstructionsAndGuards) {
  IrBuffer ir;
  Ref x = ir.emit(IrOp::SLOAD, IrType::kInt, 0, 0, 1, 0);
  Ref y = ir.emit(IrOp::SLOAD, IrType::kInt, 0, 0, 2, 0);
  Ref s1 = ir.emit(IrOp::ADDOV, IrType::kInt, x, y, 0, 1);
  Ref s2 = ir.emit(IrOp::ADDOV, IrType::kInt, x, y, 0, 2);  // another snapshot, same guard
  EXPECT_EQ(s1, s2);
  Ref c1 = ir.emit(IrOp::LT, IrType::kBool, x, y);
  Ref g1 = ir.emit(IrOp::GUARD_TRUE, IrType::kVoid, c1, 0, 0, 3);
  Ref g2 =
      ir.emit(IrOp::GUARD_TRUE, IrType::kVoid, ir.emit(IrOp::LT, IrType::kBool, x, y), 0, 0, 4);
  EXPECT_EQ(g1, g2);
}

TEST(JitIrTest, CseNeverMergesLoads) {
  jit::IrConfig config;
  config.forward = false;  // load forwarding: tests/unit/jit_forward_test.cpp
  IrBuffer ir(config);
  Ref base = ir.emit(IrOp::SLOAD, IrType::kVal, 0, 0, 1);
  Ref l1 = ir.emit(IrOp::FLOAD, IrType::kInt, base, 0, 16);
  Ref l2 = ir.emit(IrOp::FLOAD, IrType::kInt, base, 0, 16);
  EXPECT_NE(l1, l2);
  Ref k1 = ir.emit(IrOp::FLOADK, IrType::kInt, base, 0, 16);
  Ref k2 = ir.emit(IrOp::FLOADK, IrType::kInt, base, 0, 16);
  EXPECT_EQ(k1, k2);
}

TEST(JitIrTest, CseFloorHidesEarlierInstructions) {
  IrBuffer ir;
  Ref x = ir.emit(IrOp::SLOAD, IrType::kInt, 0, 0, 1, 0);
  Ref a = ir.emit(IrOp::BAND, IrType::kInt, x, ir.kint(7));
  ir.set_cse_floor(ir.size());
  Ref b = ir.emit(IrOp::BAND, IrType::kInt, x, ir.kint(7));
  EXPECT_NE(a, b);
  EXPECT_EQ(ir.kint(7), ir.kint(7));  // constants stay interned
}

TEST(JitIrTest, SwitchesOffFoldAndCse) {
  jit::IrConfig config;
  config.fold = false;
  config.cse = false;
  IrBuffer ir(config);
  Ref r = ir.emit(IrOp::ADD, IrType::kInt, ir.kint(1), ir.kint(2));
  EXPECT_EQ(ir[r].op, IrOp::ADD);
  EXPECT_NE(ir.emit(IrOp::ADD, IrType::kInt, ir.kint(1), ir.kint(2)), r);
}

TEST(JitVerifierTest, AcceptsWellFormedIrAndRejectsBrokenIr) {
  jit::Trace t{jit::IrConfig()};
  t.nlocals = 2;
  Ref x = t.ir.emit(IrOp::SLOAD, IrType::kInt, 0, 0, 0, t.snapshots.add(0, 0, {}, 1));
  uint16_t snap = t.snapshots.add(4, 0, {{1, x}}, t.ir.size());
  Ref sum = t.ir.emit(IrOp::ADDOV, IrType::kInt, x, t.ir.kint(1), 0, snap);
  EXPECT_EQ(jit::verify_trace(t), "");
  t.ir.append(jit::Ins{IrOp::FADD, IrType::kNum, jit::kNoSnapshot, sum, x, 0});  // int operands
  EXPECT_NE(jit::verify_trace(t).find("operand types"), std::string::npos);
  jit::Trace u{jit::IrConfig()};
  Ref y = u.ir.emit(IrOp::SLOAD, IrType::kInt, 0, 0, 0, u.snapshots.add(0, 0, {}, 1));
  u.ir.append(
      jit::Ins{IrOp::ADDOV, IrType::kInt, jit::kNoSnapshot, y, y, 0});  // a guard, no snapshot
  EXPECT_NE(jit::verify_trace(u).find("without snapshot"), std::string::npos);
}

TEST(JitOptionsTest, ParsesPassListsAndXOptions) {
  jit::JitOptions o;
  EXPECT_TRUE(o.apply_pass_list("-fold,-loop"));
  EXPECT_FALSE(o.opt_fold);
  EXPECT_FALSE(o.opt_loop);
  EXPECT_TRUE(o.opt_cse);
  EXPECT_FALSE(o.apply_pass_list("-nosuchpass"));
  EXPECT_TRUE(o.apply_x_option("jit-threshold", "3"));
  EXPECT_EQ(o.threshold, 3u);
  EXPECT_FALSE(o.apply_x_option("jit-threshold", "0"));
  EXPECT_TRUE(o.apply_x_option("jit", "off"));
  EXPECT_FALSE(o.enabled);
  EXPECT_TRUE(o.apply_x_option("jit-log", ""));
  EXPECT_TRUE(o.log);
  EXPECT_FALSE(o.apply_x_option("gc-stats", ""));
}

// Runs `source` as a module in a VM with the given JIT options and returns
// repr(result) of the global `r`.
std::string run_with_jit(const std::string& source, const jit::JitOptions& options) {
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
  if (code == nullptr) return "<load error " + error + ">";
  runtime::Dict* globals = runtime::dict_new(vm);
  if (vm::run_module_code(vm, code, globals).is_null()) return "<exception>";
  Value r = runtime::repr(vm, runtime::dict_get_str(vm, globals, vm.intern("r")));
  return r.is_null() ? "<error>" : runtime::str_to_utf8(r.as<Str>());
}

constexpr const char* kLoops =
    "def f(n):\n"
    "    t = 0\n"
    "    x = 0.5\n"
    "    xs = [0] * 8\n"
    "    for i in range(n):\n"
    "        t = t * 3 + i\n"
    "        x = x * 1.5 - t % 7\n"
    "        xs[i % 8] = t // 5\n"
    "    return t, x, xs\n"
    "r = [f(5), f(100), f(1000)]\n";

TEST(JitEndToEndTest, TracesGiveTheInterpretersResults) {
  jit::JitOptions off = jit::JitOptions::off();
  std::string expected = run_with_jit(kLoops, off);
  ASSERT_EQ(expected.rfind("[(", 0), 0u) << expected;
  for (const char* passes : {"", "-loop", "-fold,-cse", "-dce,-fuse"}) {
    jit::JitOptions on;
    on.threshold = 1;
    ASSERT_TRUE(on.apply_pass_list(passes));
    EXPECT_EQ(run_with_jit(kLoops, on), expected) << "passes: " << passes;
  }
}

TEST(JitEndToEndTest, StressedExitsGiveTheInterpretersResults) {
  std::string expected = run_with_jit(kLoops, jit::JitOptions::off());
  for (uint32_t every : {1u, 2u, 3u, 7u}) {
    jit::JitOptions on;
    on.threshold = 1;
    on.stress_exits = every;
    EXPECT_EQ(run_with_jit(kLoops, on), expected) << "stress every " << every;
  }
}

}  // namespace
}  // namespace pyvm
