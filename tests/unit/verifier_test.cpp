// Tests for the bytecode verifier (vm/verifier.*) and the stack-effect table
// (vm/stack_effect.*). Crafted code objects come from
// tests/unit/fixtures/make_bad_code.py, which rebuilds real code objects with
// python3.11's code.replace so that exactly one rule is broken in each.
#include "vm/verifier.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "fixtures/h1_test_util.h"
#include "vm/opcodes.h"
#include "vm/pyc.h"
#include "vm/stack_effect.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

class VerifierTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(testing::make_temp_dir());
    int status = 0;
    testing::run_command("python3.11 " + testing::fixture("make_bad_code.py") + " " + *dir_,
                         &status);
    ASSERT_EQ(status, 0);
  }
  static void TearDownTestSuite() {
    testing::run_command("rm -rf " + *dir_);
    delete dir_;
  }

  // Loads a case; returns "" on success, else the reason.
  std::string load_case(const std::string& name) {
    VM vm;
    std::string error;
    Code* code = vm::load_pyc_file(vm, *dir_ + "/" + name + ".pyc", &error);
    EXPECT_FALSE(vm.has_exception());
    if (code != nullptr) {
      EXPECT_EQ(code->verified, 1);
      return "";
    }
    EXPECT_FALSE(error.empty());
    return error;
  }

  static std::string* dir_;
};
std::string* VerifierTest::dir_ = nullptr;

TEST_F(VerifierTest, AcceptsValidCode) {
  EXPECT_EQ(load_case("ok_base"), "");
  EXPECT_EQ(load_case("ok_ext_arg_target"), "");
  EXPECT_EQ(load_case("ok_try"), "");
  EXPECT_EQ(load_case("ok_null_call"), "");
  EXPECT_EQ(load_case("ok_null_swapped_back"), "");
}

TEST_F(VerifierTest, RejectsEachBrokenRule) {
  const std::pair<const char*, const char*> cases[] = {
      {"bad_jump_target", "bad jump target 101 at unit 0 in function '<module>'"},
      {"jump_into_cache", "bad jump target 2 at unit 0"},
      {"jump_backward_before_start", "bad jump target -4 at unit 0"},
      {"const_out_of_range", "constant index 2 out of range (2) for LOAD_CONST at unit 0"},
      {"name_out_of_range", "name index 1 out of range (1) for LOAD_NAME"},
      {"global_out_of_range", "global name index 2 out of range (1) for LOAD_GLOBAL"},
      {"local_out_of_range", "local index 0 out of range (0) for LOAD_FAST"},
      {"stack_underflow", "stack underflow (POP_TOP needs 1, depth 0) at unit 0"},
      {"stack_overflow", "stack depth 3 exceeds co_stacksize 2 at unit 2"},
      {"inconsistent_depth", "inconsistent stack depth"},
      {"falls_off_end", "execution falls off the end of code at unit 1"},
      {"unknown_opcode", "unknown opcode 3 at unit 0"},
      {"cache_as_instruction", "unknown opcode 0 at unit 0"},
      {"extended_arg_at_end", "EXTENDED_ARG at end of code"},
      {"four_extended_args", "more than 3 EXTENDED_ARG prefixes"},
      {"truncated_cache", "inline cache runs past the end of code at unit 2"},
      {"nonzero_cache", "nonzero CACHE at unit 3"},
      {"bad_compare_op", "bad COMPARE_OP 6"},
      {"bad_binary_op", "bad oparg 26 for BINARY_OP"},
      {"malformed_exception_table", "malformed exception table"},
      {"truncated_exception_table", "malformed exception table"},
      {"handler_target_mid_instruction", "bad handler target"},
      {"handler_range_past_end", "bad range in exception table entry 0..50->3"},
      {"handler_depth_above_stacksize", "handler depth above co_stacksize"},
      {"overlapping_handlers", "unsorted or overlapping"},
      {"handler_overflows_stack", "stack depth 2 exceeds co_stacksize 1 at unit 0"},
      {"fast_on_cell_slot", "LOAD_FAST on slot 3 of the wrong kind"},
      {"deref_on_plain_local", "LOAD_DEREF on slot 1 of the wrong kind"},
      {"copy_free_vars_mismatch", "COPY_FREE_VARS 1 but 0 free variables"},
      {"kw_names_not_tuple", "KW_NAMES constant is not a tuple"},
      {"kw_names_too_many", "KW_NAMES not followed by a PRECALL with enough arguments"},
      {"precall_without_call", "PRECALL not followed by a matching CALL"},
      {"swap_too_deep", "stack underflow (SWAP needs 2, depth 1)"},
      {"empty_code", "empty code"},
      {"nested_bad_function", "bad jump target 101 at unit 0 in function 'inner'"},
      {"null_import_from",
       "IMPORT_FROM reads stack slot 0, which may hold the NULL pushed for a call at unit 1"},
      {"null_call_argument", "PRECALL reads stack slot 2, which may hold the NULL"},
      {"null_as_callable", "PRECALL reads stack slot 1, which may hold the NULL"},
      {"null_swapped_to_top", "RETURN_VALUE reads stack slot 1, which may hold the NULL"},
      {"null_copied", "POP_TOP reads stack slot 1, which may hold the NULL"},
      {"null_from_global", "RETURN_VALUE reads stack slot 0, which may hold the NULL"},
      {"null_from_one_branch", "RETURN_VALUE reads stack slot 0, which may hold the NULL"},
  };
  for (const auto& [name, expected] : cases) {
    std::string reason = load_case(name);
    EXPECT_NE(reason.find(expected), std::string::npos)
        << name << ": expected \"" << expected << "\", got \"" << reason << "\"";
    EXPECT_EQ(reason.find('\n'), std::string::npos);
  }
}

// Our runtime stack effects equal CPython's compile-time ones except where the
// runtime really differs (PRECALL/CALL split, generator resumption).
TEST(StackEffectTest, MatchesDisStackEffect) {
  int status = 0;
  std::string out = testing::run_command(
      "python3.11 -c \"import dis, opcode\n"
      "for name, op in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):\n"
      "  for arg in ((0, 1, 2, 3, 5, 258, 0x1ff) if op >= opcode.HAVE_ARGUMENT else (None,)):\n"
      "    for j in (False, True):\n"
      "      try: e = dis.stack_effect(op, arg, jump=j)\n"
      "      except ValueError: continue\n"
      "      print(op, arg or 0, int(j), e)\"",
      &status);
  ASSERT_EQ(status, 0);
  std::istringstream lines(out);
  int op, arg, jump, expected, checked = 0;
  while (lines >> op >> arg >> jump >> expected) {
    int64_t ours = vm::stack_effect(static_cast<uint8_t>(op), static_cast<uint32_t>(arg), jump);
    if (op == vm::PRECALL) {
      EXPECT_EQ(ours, 0);
    } else if (op == vm::CALL) {
      EXPECT_EQ(ours, -(arg + 1));
    } else if (op == vm::RETURN_GENERATOR) {
      EXPECT_EQ(ours, 1);  // resumed with the sent value pushed
    } else if (op == vm::CACHE || op == vm::EXTENDED_ARG ||
               (op == vm::BUILD_SLICE && arg != 2 && arg != 3)) {
      continue;
    } else {
      EXPECT_EQ(ours, expected) << vm::opcode_info(op).name << " " << arg << " jump=" << jump;
    }
    checked++;
  }
  EXPECT_GT(checked, 300);
}

TEST(StackEffectTest, OperandNeeds) {
  EXPECT_EQ(vm::stack_use(vm::SWAP, 3, false).pops, 3);
  EXPECT_EQ(vm::stack_use(vm::COPY, 2, false).pushes, 3);
  EXPECT_EQ(vm::stack_use(vm::LIST_APPEND, 2, false).pops, 3);
  EXPECT_EQ(vm::stack_use(vm::MAP_ADD, 1, false).pops, 3);
  EXPECT_EQ(vm::stack_use(vm::CALL, 2, false).pops, 4);
  EXPECT_EQ(vm::stack_effect(vm::FOR_ITER, 5, false), 1);
  EXPECT_EQ(vm::stack_effect(vm::FOR_ITER, 5, true), -1);
  EXPECT_EQ(vm::stack_effect(vm::SEND, 5, true), -1);
  EXPECT_EQ(vm::stack_effect(vm::JUMP_IF_TRUE_OR_POP, 5, true), 0);
  EXPECT_EQ(vm::stack_effect(vm::JUMP_IF_TRUE_OR_POP, 5, false), -1);
  EXPECT_TRUE(vm::is_terminator(vm::RETURN_VALUE));
  EXPECT_FALSE(vm::is_terminator(vm::POP_JUMP_FORWARD_IF_TRUE));
}

}  // namespace
}  // namespace pyvm
