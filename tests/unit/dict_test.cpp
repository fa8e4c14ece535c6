// Unit tests for dict (runtime/dict.cpp): the compact ordered table, views,
// iterators and the dict Type's slots. Expected reprs and messages were
// produced by running python3.11 on the same operations.
#include <gtest/gtest.h>

#include "fixtures/outcome.h"

#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// KeyError-style messages: the exception's first argument is shown by repr.
std::string outcome(VM& vm, Value r) {
  if (r.is_null()) return pyvm::testing::exception_outcome(vm, /*repr_message=*/true);
  return pyvm::testing::repr_outcome(vm, r);
}

Value I(int64_t v) { return Value::from_small_int(v); }
Value S(VM& vm, const char* s) { return Value::from_object(str_from_utf8(vm, s)); }

Value call_method(VM& vm, Value self, const char* name, std::vector<Value> args) {
  Value m = get_attr(vm, self, vm.intern(name));
  if (m.is_null()) return m;
  return call_positional(vm, m, args.data(), args.size());
}

TEST(DictTest, InsertLookupDeleteKeepOrder) {
  VM vm;
  Dict* d = dict_new(vm);
  Value dv = Value::from_object(d);
  for (int i = 0; i < 10; ++i) ASSERT_EQ(dict_set(vm, d, I(i), I(i * i)), 0);
  ASSERT_EQ(dict_del(vm, d, I(3)), 1);
  EXPECT_EQ(dict_del(vm, d, I(3)), 0);
  EXPECT_EQ(outcome(vm, dv), "{0: 0, 1: 1, 2: 4, 4: 16, 5: 25, 6: 36, 7: 49, 8: 64, 9: 81}");
  ASSERT_EQ(dict_set(vm, d, I(3), I(-3)), 0);  // re-inserted at the end
  EXPECT_EQ(outcome(vm, call_method(vm, dv, "popitem", {})), "(3, -3)");
  EXPECT_EQ(outcome(vm, dict_get(vm, d, I(7))), "49");
  EXPECT_TRUE(dict_get(vm, d, I(70)).is_null());
  EXPECT_FALSE(vm.has_exception());
  EXPECT_EQ(outcome(vm, get_item(vm, dv, I(70))), "!KeyError: 70");
  for (int i = 0; i < 5000; ++i) ASSERT_EQ(dict_set(vm, d, I(i + 100), I(i)), 0);
  for (int i = 0; i < 5000; i += 2) ASSERT_EQ(dict_del(vm, d, I(i + 100)), 1);
  EXPECT_EQ(length(vm, dv), 9 + 2500);
  EXPECT_EQ(outcome(vm, dict_get(vm, d, I(4999 + 100))), "4999");
}

TEST(DictTest, StrKeysAndVersion) {
  VM vm;
  Dict* d = dict_new(vm);
  uint64_t v0 = d->version;
  dict_set_str(vm, d, vm.intern("alpha"), I(1));
  EXPECT_GT(d->version, v0);
  // A non-interned equal string finds the interned key.
  EXPECT_EQ(outcome(vm, dict_get_str(vm, d, str_from_utf8(vm, "alpha"))), "1");
  EXPECT_TRUE(dict_get_str(vm, d, vm.intern("beta")).is_null());
  EXPECT_EQ(outcome(vm, Value::from_object(d)), "{'alpha': 1}");
}

TEST(DictTest, ViewsIteratorsAndErrors) {
  VM vm;
  Dict* d = dict_new(vm);
  Value dv = Value::from_object(d);
  ASSERT_EQ(dict_set(vm, d, S(vm, "a"), I(1)), 0);
  Value pair[2] = {I(1), I(2)};
  ASSERT_EQ(dict_set(vm, d, Value::from_object(tuple_from(vm, pair, 2)),
                     Value::from_object(list_new(vm))),
            0);
  EXPECT_EQ(outcome(vm, call_method(vm, dv, "keys", {})), "dict_keys(['a', (1, 2)])");
  EXPECT_EQ(outcome(vm, call_method(vm, dv, "values", {})), "dict_values([1, []])");
  EXPECT_EQ(outcome(vm, call_method(vm, dv, "items", {})), "dict_items([('a', 1), ((1, 2), [])])");
  EXPECT_EQ(dict_set(vm, d, Value::from_object(list_new(vm)), I(0)), -1);
  EXPECT_EQ(outcome(vm, Value::null()), "!TypeError: \"unhashable type: 'list'\"");
  Value it = get_iter(vm, dv);
  EXPECT_EQ(outcome(vm, iter_next(vm, it)), "'a'");
  ASSERT_EQ(dict_set(vm, d, I(5), I(5)), 0);
  EXPECT_EQ(outcome(vm, iter_next(vm, it)),
            "!RuntimeError: 'dictionary changed size during iteration'");
  EXPECT_EQ(outcome(vm, call_method(vm, Value::from_object(dict_new(vm)), "popitem", {})),
            "!KeyError: 'popitem(): dictionary is empty'");
  Value self_ref = Value::from_object(dict_new(vm));
  ASSERT_EQ(dict_set(vm, self_ref.as<Dict>(), I(1), self_ref), 0);
  EXPECT_EQ(outcome(vm, self_ref), "{1: {...}}");
}

TEST(DictTest, ConstructAndUpdate) {
  VM vm;
  Value dict_type = Value::from_object(vm.types().dict);
  Value bad_item[1] = {I(1)};
  Value bad = Value::from_object(list_from(vm, bad_item, 1));
  EXPECT_EQ(outcome(vm, call_positional(vm, dict_type, &bad, 1)),
            "!TypeError: 'cannot convert dictionary update sequence element #0 to a sequence'");
  Value triple_items[3] = {I(1), I(2), I(3)};
  Value triple = Value::from_object(tuple_from(vm, triple_items, 3));
  Value seq = Value::from_object(list_from(vm, &triple, 1));
  EXPECT_EQ(outcome(vm, call_positional(vm, dict_type, &seq, 1)),
            "!ValueError: 'dictionary update sequence element #0 has length 3; 2 is required'");
  Dict* a = dict_new(vm);
  Dict* b = dict_new(vm);
  ASSERT_EQ(dict_set(vm, a, I(1), I(1)), 0);
  ASSERT_EQ(dict_set(vm, b, I(1), I(2)), 0);
  ASSERT_EQ(dict_set(vm, b, I(3), I(4)), 0);
  EXPECT_EQ(outcome(vm, binary_op(vm, BinaryOp::kOr, Value::from_object(a), Value::from_object(b))),
            "{1: 2, 3: 4}");
  EXPECT_EQ(rich_compare_bool(vm, Value::from_object(a), Value::from_object(dict_copy(vm, a)),
                              CompareOp::kEq),
            1);
}

}  // namespace
}  // namespace pyvm::runtime
