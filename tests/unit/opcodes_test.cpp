// Checks vm/opcodes.def against python3.11's own opcode module: numbers and
// names (opcode.opmap), inline cache sizes (opcode._inline_cache_entries),
// jump kinds (hasjrel) and operand kinds (hasconst, hasname, haslocal,
// hasfree, hascompare). The table must never drift from CPython 3.11.
#include "vm/opcodes.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "fixtures/h1_test_util.h"

namespace pyvm {
namespace {

struct PythonOpcode {
  int number;
  std::string name;
  int caches;
  std::string traits;  // letters: j jump, c const, n name, l local, f free, m compare
};

std::vector<PythonOpcode> python_opcodes(int* have_argument) {
  int status = 0;
  std::string out = testing::run_command(
      "python3.11 -c \"import opcode as o\n"
      "print(o.HAVE_ARGUMENT)\n"
      "for name, op in sorted(o.opmap.items(), key=lambda kv: kv[1]):\n"
      "  t = ''.join(c for c, s in zip('jcnlfm', (o.hasjrel, o.hasconst, o.hasname, o.haslocal,"
      " o.hasfree, o.hascompare)) if op in s) or '-'\n"
      "  print(op, name, o._inline_cache_entries[op], t)\"",
      &status);
  EXPECT_EQ(status, 0) << "python3.11 is required for this test";
  std::istringstream in(out);
  in >> *have_argument;
  std::vector<PythonOpcode> ops;
  PythonOpcode op;
  while (in >> op.number >> op.name >> op.caches >> op.traits) ops.push_back(op);
  return ops;
}

TEST(OpcodesTest, MatchesPythonOpcodeModule) {
  int have_argument = 0;
  std::vector<PythonOpcode> ops = python_opcodes(&have_argument);
  ASSERT_EQ(ops.size(), 110u);
  EXPECT_EQ(have_argument, vm::kHaveArgument);
  int valid = 0;
  for (int b = 0; b < 256; b++) valid += vm::opcode_info(static_cast<uint8_t>(b)).is_valid ? 1 : 0;
  EXPECT_EQ(valid, static_cast<int>(ops.size()));
  for (const PythonOpcode& op : ops) {
    const vm::OpcodeInfo& info = vm::opcode_info(static_cast<uint8_t>(op.number));
    ASSERT_TRUE(info.is_valid) << op.name;
    EXPECT_EQ(std::string(info.name), op.name);
    EXPECT_EQ(info.cache_units, op.caches) << op.name;
    bool is_jump = op.traits.find('j') != std::string::npos;
    EXPECT_EQ(info.jump != vm::JumpKind::kNone, is_jump) << op.name;
    if (is_jump) {
      bool backward = op.name.find("BACKWARD") != std::string::npos;
      EXPECT_EQ(info.jump, backward ? vm::JumpKind::kBackward : vm::JumpKind::kForward) << op.name;
    }
    vm::ArgKind expected = vm::ArgKind::kNone;
    if (op.number >= have_argument) expected = vm::ArgKind::kRaw;
    if (op.traits.find('c') != std::string::npos) expected = vm::ArgKind::kConst;
    if (op.traits.find('n') != std::string::npos) {
      expected = op.name == "LOAD_GLOBAL" ? vm::ArgKind::kGlobalName : vm::ArgKind::kName;
    }
    if (op.traits.find_first_of("lf") != std::string::npos) expected = vm::ArgKind::kLocal;
    if (op.traits.find('m') != std::string::npos) expected = vm::ArgKind::kCompare;
    EXPECT_EQ(static_cast<int>(info.arg_kind), static_cast<int>(expected)) << op.name;
  }
}

TEST(OpcodesTest, EnumValues) {
  EXPECT_EQ(vm::LOAD_GLOBAL, 116);
  EXPECT_EQ(vm::EXTENDED_ARG, 144);
  EXPECT_EQ(vm::CACHE, 0);
  EXPECT_FALSE(vm::opcode_info(3).is_valid);
  EXPECT_EQ(vm::opcode_info(3).name, nullptr);
}

}  // namespace
}  // namespace pyvm
