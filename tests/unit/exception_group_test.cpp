// Unit tests for exception groups (runtime/exception_group.h) and the pattern
// matching helpers (vm/pattern_matching.h) called directly from C++. Expected
// reprs and messages were produced by running the same operations on
// python3.11.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fixtures/outcome.h"
#include "runtime/dict.h"
#include "runtime/exception_group.h"
#include "runtime/exceptions.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/pattern_matching.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

std::string outcome(VM& vm, Value r) { return pyvm::testing::repr_outcome(vm, r); }

Value S(VM& vm, const char* s) { return Value::from_object(str_from_utf8(vm, s)); }

Value exc(VM& vm, Type* type, int64_t arg) {
  Value a = Value::from_small_int(arg);
  return exception_new(vm, type, tuple_from(vm, &a, 1));
}

Value group(VM& vm, const char* message, std::vector<Value> excs) {
  Value parts[2] = {S(vm, message), Value::from_object(list_from(
                                        vm, excs.data(), static_cast<int64_t>(excs.size())))};
  return exception_group_new(vm, vm.types().base_exception_group, CallArgs{parts, 2, nullptr});
}

TEST(ExceptionGroupTest, ConstructionPicksTheClass) {
  VM vm;
  Value eg = group(vm, "m", {exc(vm, vm.types().value_error, 1)});
  EXPECT_EQ(type_of(vm, eg), vm.types().exception_group);
  EXPECT_TRUE(is_instance_of(vm, eg, vm.types().exception));
  EXPECT_EQ(outcome(vm, str(vm, eg)), "'m (1 sub-exception)'");
  Value beg = group(vm, "b", {exc(vm, vm.types().keyboard_interrupt, 1)});
  EXPECT_EQ(type_of(vm, beg), vm.types().base_exception_group);
  EXPECT_FALSE(is_instance_of(vm, beg, vm.types().exception));
  EXPECT_EQ(outcome(vm, group(vm, "e", {})),
            "!ValueError: second argument (exceptions) must be a non-empty sequence");
}

TEST(ExceptionGroupTest, CheckEgMatchSplitsAndWraps) {
  VM vm;
  Value eg =
      group(vm, "eg", {exc(vm, vm.types().value_error, 1), exc(vm, vm.types().type_error, 2)});
  Value slot[2] = {eg, Value::null()};
  ASSERT_EQ(check_eg_match(vm, slot, Value::from_object(vm.types().value_error)), 0);
  EXPECT_EQ(outcome(vm, slot[1]), "ExceptionGroup('eg', [ValueError(1)])");
  EXPECT_EQ(outcome(vm, slot[0]), "ExceptionGroup('eg', [TypeError(2)])");
  EXPECT_EQ(vm.handled_exception(), slot[1]);

  Value naked[2] = {exc(vm, vm.types().key_error, 3), Value::null()};
  ASSERT_EQ(check_eg_match(vm, naked, Value::from_object(vm.types().lookup_error)), 0);
  EXPECT_EQ(outcome(vm, naked[1]), "ExceptionGroup('', (KeyError(3),))");
  EXPECT_EQ(naked[0], vm.none());

  Value miss[2] = {exc(vm, vm.types().key_error, 4), Value::null()};
  ASSERT_EQ(check_eg_match(vm, miss, Value::from_object(vm.types().os_error)), 0);
  EXPECT_EQ(miss[1], vm.none());
  EXPECT_EQ(outcome(vm, miss[0]), "KeyError(4)");

  Value bad[2] = {eg, Value::null()};
  EXPECT_EQ(check_eg_match(vm, bad, Value::from_object(vm.types().exception_group)), -1);
  EXPECT_EQ(pyvm::testing::exception_outcome(vm),
            "!TypeError: catching ExceptionGroup with except* is not allowed. Use except "
            "instead.");
}

TEST(ExceptionGroupTest, PrepReraiseStarKeepsReraisedParts) {
  VM vm;
  Value eg =
      group(vm, "eg", {exc(vm, vm.types().value_error, 1), exc(vm, vm.types().type_error, 2)});
  // Re-raised parts are told from new exceptions by the metadata they share
  // with the original (here its __context__; a raised group has a traceback).
  auto* original = eg.as<BaseException>();
  vm.store(original, &original->context, exc(vm, vm.types().os_error, 0));
  // Nothing raised or re-raised: the statement completes.
  EXPECT_EQ(prep_reraise_star(vm, eg, list_new(vm)), vm.none());
  // The whole group re-raised (a bare `raise` of the matched part).
  Value slot[2] = {eg, Value::null()};
  ASSERT_EQ(check_eg_match(vm, slot, Value::from_object(vm.types().value_error)), 0);
  Value parts[2] = {slot[1], slot[0]};
  Value r = prep_reraise_star(vm, eg, list_from(vm, parts, 2));
  EXPECT_EQ(outcome(vm, r), "ExceptionGroup('eg', [ValueError(1), TypeError(2)])");
  // A new exception joins the unhandled rest in a group with message "".
  Value fresh[2] = {exc(vm, vm.types().runtime_error, 7), slot[0]};
  r = prep_reraise_star(vm, eg, list_from(vm, fresh, 2));
  EXPECT_EQ(outcome(vm, r),
            "ExceptionGroup('', [RuntimeError(7), ExceptionGroup('eg', [TypeError(2)])])");
}

TEST(PatternMatchingTest, SequencesMappingsAndKeys) {
  VM vm;
  EXPECT_TRUE(vm::is_match_sequence(vm, Value::from_object(list_new(vm))));
  EXPECT_TRUE(vm::is_match_sequence(vm, Value::from_object(tuple_empty(vm))));
  EXPECT_TRUE(vm::is_match_sequence(vm, range_new_small(vm, 0, 3, 1)));
  EXPECT_FALSE(vm::is_match_sequence(vm, S(vm, "ab")));
  Dict* d = dict_new(vm);
  ASSERT_EQ(dict_set(vm, d, S(vm, "a"), Value::from_small_int(1)), 0);
  EXPECT_TRUE(vm::is_match_mapping(vm, Value::from_object(d)));
  EXPECT_FALSE(vm::is_match_sequence(vm, Value::from_object(d)));
  Value keys[2] = {S(vm, "a"), S(vm, "b")};
  EXPECT_EQ(outcome(vm, vm::match_keys(vm, Value::from_object(d),
                                       Value::from_object(tuple_from(vm, keys, 1)))),
            "(1,)");
  EXPECT_EQ(vm::match_keys(vm, Value::from_object(d), Value::from_object(tuple_from(vm, keys, 2))),
            vm.none());
  Value twice[2] = {S(vm, "a"), S(vm, "a")};
  EXPECT_EQ(outcome(vm, vm::match_keys(vm, Value::from_object(d),
                                       Value::from_object(tuple_from(vm, twice, 2)))),
            "!ValueError: mapping pattern checks duplicate key ('a')");
}

TEST(PatternMatchingTest, ClassPatterns) {
  VM vm;
  Value seven = Value::from_small_int(7);
  Value int_type = Value::from_object(vm.types().int_);
  EXPECT_EQ(outcome(vm, vm::match_class(vm, seven, int_type, 1, tuple_empty(vm))), "(7,)");
  EXPECT_EQ(vm::match_class(vm, S(vm, "x"), int_type, 1, tuple_empty(vm)), vm.none());
  EXPECT_EQ(outcome(vm, vm::match_class(vm, seven, int_type, 2, tuple_empty(vm))),
            "!TypeError: int() accepts 1 positional sub-pattern (2 given)");
  EXPECT_EQ(outcome(vm, vm::match_class(vm, seven, seven, 0, tuple_empty(vm))),
            "!TypeError: called match pattern must be a type");
  Value names[1] = {Value::from_object(vm.intern("real"))};
  EXPECT_EQ(outcome(vm, vm::match_class(vm, seven, int_type, 0, tuple_from(vm, names, 1))), "(7,)");
}

}  // namespace
}  // namespace pyvm::runtime
