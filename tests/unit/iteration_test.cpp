// Unit tests for the iteration builtins (runtime/iteration.h): each builds the
// iterator by calling the type object and drains it with list(). Expected
// reprs and messages were produced by running python3.11 on the same calls.
#include <gtest/gtest.h>

#include "fixtures/outcome.h"

#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/iteration.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

std::string outcome(VM& vm, Value r) { return pyvm::testing::repr_outcome(vm, r); }

Value I(int64_t v) { return Value::from_small_int(v); }

Value S(VM& vm, const char* text) { return Value::from_object(str_from_utf8(vm, text)); }

Value list_of(VM& vm, std::vector<Value> items) {
  return Value::from_object(list_from(vm, items.data(), static_cast<int64_t>(items.size())));
}

// type(*args) drained into a list (or the exception it raised).
std::string drain(VM& vm, Type* type, std::vector<Value> args, Tuple* kwnames = nullptr) {
  size_t npos = args.size() - (kwnames == nullptr ? 0 : static_cast<size_t>(kwnames->length));
  Value it = call(vm, Value::from_object(type), CallArgs{args.data(), npos, kwnames});
  if (it.is_null()) return outcome(vm, it);
  List* items = list_from_iterable(vm, it);
  if (items == nullptr) return outcome(vm, Value::null());
  return outcome(vm, Value::from_object(items));
}

Tuple* names(VM& vm, const char* name) {
  Value n = Value::from_object(vm.intern(name));
  return tuple_from(vm, &n, 1);
}

TEST(IterationTest, EnumerateCountsFromStart) {
  VM vm;
  EXPECT_EQ(drain(vm, vm.types().enumerate, {S(vm, "ab")}), "[(0, 'a'), (1, 'b')]");
  EXPECT_EQ(drain(vm, vm.types().enumerate, {S(vm, "ab"), I(Value::kSmallIntMax)}),
            "[(4611686018427387903, 'a'), (4611686018427387904, 'b')]");
  EXPECT_EQ(drain(vm, vm.types().enumerate, {S(vm, "a"), S(vm, "x")}),
            "!TypeError: 'str' object cannot be interpreted as an integer");
  EXPECT_EQ(drain(vm, vm.types().enumerate, {I(1), I(2)}, names(vm, "start")),
            "!TypeError: 'int' object is not iterable");
}

TEST(IterationTest, ZipStrictReportsTheShortArgument) {
  VM vm;
  Value a = list_of(vm, {I(1), I(2)});
  Value b = list_of(vm, {I(3)});
  EXPECT_EQ(drain(vm, vm.types().zip, {a, b}), "[(1, 3)]");
  EXPECT_EQ(drain(vm, vm.types().zip, {a, b, vm.true_value()}, names(vm, "strict")),
            "!ValueError: zip() argument 2 is shorter than argument 1");
  EXPECT_EQ(drain(vm, vm.types().zip, {b, b, a, vm.true_value()}, names(vm, "strict")),
            "!ValueError: zip() argument 3 is longer than arguments 1-2");
  EXPECT_EQ(drain(vm, vm.types().zip, {a, I(1)}, names(vm, "x")),
            "!TypeError: 'x' is an invalid keyword argument for zip()");
}

TEST(IterationTest, MapAndFilter) {
  VM vm;
  Value abs_fn = dict_get_str(vm, vm.builtins(), vm.intern("abs"));
  Value nums = list_of(vm, {I(-1), I(0), I(2)});
  EXPECT_EQ(drain(vm, vm.types().map, {abs_fn, nums}), "[1, 0, 2]");
  EXPECT_EQ(drain(vm, vm.types().map, {abs_fn}),
            "!TypeError: map() must have at least two arguments.");
  EXPECT_EQ(drain(vm, vm.types().filter, {vm.none(), nums}), "[-1, 2]");
  EXPECT_EQ(drain(vm, vm.types().filter, {vm.none()}),
            "!TypeError: filter expected 2 arguments, got 1");
}

TEST(IterationTest, ReversedPicksTheIteratorType) {
  VM vm;
  Value r = reversed(vm, list_of(vm, {I(1), I(2)}));
  ASSERT_FALSE(r.is_null());
  EXPECT_EQ(type_name(vm, r), "list_reverseiterator");
  EXPECT_EQ(drain(vm, vm.types().reversed, {S(vm, "abc")}), "['c', 'b', 'a']");
  EXPECT_EQ(drain(vm, vm.types().reversed, {range_new_small(vm, 1, 10, 3)}), "[7, 4, 1]");
  EXPECT_EQ(drain(vm, vm.types().reversed, {I(3)}), "!TypeError: 'int' object is not reversible");
}

}  // namespace
}  // namespace pyvm::runtime
