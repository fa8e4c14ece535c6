// Unit tests for tuple, list, set/frozenset, range and slice. Expected reprs,
// hashes and iteration orders were produced by running python3.11 on the same
// operations; they are not written by hand.
#include <gtest/gtest.h>

#include "fixtures/outcome.h"

#include <string>
#include <vector>

#include "runtime/exceptions.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

std::string outcome(VM& vm, Value r) { return pyvm::testing::repr_outcome(vm, r); }

Value I(int64_t v) { return Value::from_small_int(v); }

Value tuple_of(VM& vm, std::vector<Value> items) {
  return Value::from_object(tuple_from(vm, items.data(), static_cast<int64_t>(items.size())));
}

Value list_of(VM& vm, std::vector<Value> items) {
  return Value::from_object(list_from(vm, items.data(), static_cast<int64_t>(items.size())));
}

Value call_method(VM& vm, Value self, const char* name, std::vector<Value> args) {
  Value m = get_attr(vm, self, vm.intern(name));
  if (m.is_null()) return m;
  return call_positional(vm, m, args.data(), args.size());
}

TEST(TupleTest, ReprHashCompare) {
  VM vm;
  EXPECT_EQ(outcome(vm, tuple_of(vm, {})), "()");
  EXPECT_EQ(outcome(vm, tuple_of(vm, {I(1)})), "(1,)");
  // python3.11: hash((1, 2, 3)), hash(()), hash((1, (2, 3))), hash((-1,))
  EXPECT_EQ(hash(vm, tuple_of(vm, {I(1), I(2), I(3)})), 529344067295497451);
  EXPECT_EQ(hash(vm, tuple_of(vm, {})), 5740354900026072187);
  EXPECT_EQ(hash(vm, tuple_of(vm, {I(1), tuple_of(vm, {I(2), I(3)})})), 7267574591690527098);
  EXPECT_EQ(hash(vm, tuple_of(vm, {I(-1)})), 8078679518589016365);
  EXPECT_EQ(
      rich_compare_bool(vm, tuple_of(vm, {I(1), I(2)}), tuple_of(vm, {I(1), I(3)}), CompareOp::kLt),
      1);
  EXPECT_EQ(outcome(vm, get_item(vm, tuple_of(vm, {I(1)}), I(5))),
            "!IndexError: tuple index out of range");
  EXPECT_EQ(outcome(vm, binary_op(vm, BinaryOp::kAdd, tuple_of(vm, {I(1)}), list_of(vm, {}))),
            "!TypeError: can only concatenate tuple (not \"list\") to tuple");
  EXPECT_EQ(tuple_empty(vm), tuple_new(vm, 0));
}

TEST(ListTest, MutationSlicesAndErrors) {
  VM vm;
  Value l = list_of(vm, {I(0), I(1), I(2), I(3), I(4), I(5)});
  Value step2 = slice_new(vm, vm.none(), vm.none(), I(2));
  EXPECT_EQ(outcome(vm, get_item(vm, l, step2)), "[0, 2, 4]");
  EXPECT_EQ(set_item(vm, l, step2, list_of(vm, {I(9)})), -1);
  EXPECT_EQ(outcome(vm, Value::null()),
            "!ValueError: attempt to assign sequence of size 1 to extended slice of size 3");
  EXPECT_EQ(set_item(vm, l, slice_new(vm, I(1), I(3), vm.none()), list_of(vm, {I(7)})), 0);
  EXPECT_EQ(outcome(vm, l), "[0, 7, 3, 4, 5]");
  EXPECT_EQ(del_item(vm, l, step2), 0);
  EXPECT_EQ(outcome(vm, l), "[7, 4]");
  EXPECT_EQ(set_item(vm, l, I(5), I(1)), -1);
  EXPECT_EQ(outcome(vm, Value::null()), "!IndexError: list assignment index out of range");
  EXPECT_EQ(outcome(vm, call_method(vm, l, "pop", {I(9)})), "!IndexError: pop index out of range");
  EXPECT_EQ(outcome(vm, call_method(vm, l, "index", {I(3)})), "!ValueError: 3 is not in list");
  // Growth and self-containment.
  List* big = list_new(vm);
  for (int i = 0; i < 1000; ++i) list_append(vm, big, I(i));
  EXPECT_EQ(big->length, 1000);
  EXPECT_GE(big->capacity, 1000);
  Value self_ref = list_of(vm, {I(1)});
  list_append(vm, self_ref.as<List>(), self_ref);
  EXPECT_EQ(outcome(vm, self_ref), "[1, [...]]");
}

TEST(ListTest, SortIsStableAndChecksErrors) {
  VM vm;
  std::vector<Value> items;
  for (int i = 0; i < 100; ++i) items.push_back(I((i * 37) % 101));
  Value l = list_of(vm, items);
  EXPECT_EQ(outcome(vm, call_method(vm, l, "sort", {})), "None");
  List* sorted = l.as<List>();
  for (int64_t i = 1; i < sorted->length; ++i) {
    EXPECT_LE(sorted->items[i - 1].small_int(), sorted->items[i].small_int());
  }
  Value mixed = list_of(vm, {I(3), Value::from_object(str_from_utf8(vm, "a"))});
  EXPECT_EQ(outcome(vm, call_method(vm, mixed, "sort", {})),
            "!TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(mixed.as<List>()->length, 2);
}

TEST(SetTest, IterationOrderMatchesCPython) {
  VM vm;
  Value s = set_new(vm);
  for (int64_t v : {5, 3, 100, 7, 1000000, -1}) ASSERT_EQ(set_add(vm, s, I(v)), 0);
  EXPECT_EQ(outcome(vm, s), "{1000000, 3, 100, 5, 7, -1}");
  Value s2 = set_new(vm);
  for (int i = 0; i < 100; ++i) ASSERT_EQ(set_add(vm, s2, I(i * 7919 % 1000)), 0);
  for (int i = 0; i < 100; i += 3) ASSERT_EQ(set_discard(vm, s2, I(i * 7919 % 1000)), 1);
  // python3.11: list(s) after the same adds and discards.
  EXPECT_EQ(outcome(vm, s2),
            "{3, 517, 6, 520, 31, 545, 34, 548, 59, 573, 62, 595, 87, 601, 109, 623, 115, 629, "
            "137, 651, 143, 676, 165, 679, 190, 704, 193, 707, 218, 732, 221, 735, 246, 760, 249, "
            "763, 274, 788, 277, 791, 302, 816, 305, 838, 330, 844, 352, 866, 358, 872, 380, 894, "
            "386, 919, 408, 922, 433, 947, 436, 950, 461, 975, 464, 978, 489, 492}");
  Value s3 = set_new(vm);
  ASSERT_EQ(set_add(vm, s3, I(8)), 0);
  ASSERT_EQ(set_add(vm, s3, I(1)), 0);
  ASSERT_EQ(set_discard(vm, s3, I(8)), 1);
  ASSERT_EQ(set_add(vm, s3, I(16)), 0);  // reuses the dummy slot
  EXPECT_EQ(outcome(vm, s3), "{16, 1}");
}

TEST(SetTest, FrozensetHashAndAlgebra) {
  VM vm;
  Value f = frozenset_new(vm);
  EXPECT_EQ(outcome(vm, f), "frozenset()");
  EXPECT_EQ(hash(vm, f), 133146708735736);
  f = frozenset_new(vm);  // a frozenset is filled before anyone hashes it
  for (int64_t v : {1, 2, 3}) ASSERT_EQ(set_add(vm, f, I(v)), 0);
  EXPECT_EQ(hash(vm, f), -272375401224217160);
  Value a = set_new(vm);
  Value b = set_new(vm);
  for (int64_t v : {1, 2}) ASSERT_EQ(set_add(vm, a, I(v)), 0);
  for (int64_t v : {2, 3}) ASSERT_EQ(set_add(vm, b, I(v)), 0);
  EXPECT_EQ(outcome(vm, binary_op(vm, BinaryOp::kXor, a, b)), "{1, 3}");
  EXPECT_EQ(outcome(vm, binary_op(vm, BinaryOp::kAnd, a, b)), "{2}");
  EXPECT_EQ(outcome(vm, binary_op(vm, BinaryOp::kOr, f, a)), "frozenset({1, 2, 3})");
  EXPECT_EQ(rich_compare_bool(vm, a, f, CompareOp::kLt), 1);
  EXPECT_EQ(outcome(vm, call_method(vm, set_new(vm), "pop", {})),
            "!KeyError: pop from an empty set");
  EXPECT_EQ(set_add(vm, a, list_of(vm, {})), -1);
  EXPECT_EQ(outcome(vm, Value::null()), "!TypeError: unhashable type: 'list'");
}

TEST(RangeTest, ReprIndexingAndErrors) {
  VM vm;
  Value r = range_new_small(vm, 0, 20, 3);
  EXPECT_EQ(outcome(vm, r), "range(0, 20, 3)");
  EXPECT_EQ(length(vm, r), 7);
  EXPECT_EQ(outcome(vm, get_item(vm, r, I(-1))), "18");
  EXPECT_EQ(outcome(vm, get_item(vm, r, slice_new(vm, vm.none(), vm.none(), I(-1)))),
            "range(18, -3, -3)");
  EXPECT_EQ(outcome(vm, get_item(vm, r, I(7))), "!IndexError: range object index out of range");
  EXPECT_EQ(contains(vm, r, I(9)), 1);
  EXPECT_EQ(contains(vm, r, I(10)), 0);
  EXPECT_EQ(outcome(vm, range_new(vm, I(1), I(2), I(0))),
            "!ValueError: range() arg 3 must not be zero");
  Value it = get_iter(vm, range_new_small(vm, 10, 0, -4));
  auto* ri = it.as<RangeIterator>();
  EXPECT_EQ(ri->remaining, 3);
  EXPECT_EQ(outcome(vm, iter_next(vm, it)), "10");
  EXPECT_EQ(outcome(vm, iter_next(vm, it)), "6");
  EXPECT_EQ(outcome(vm, iter_next(vm, it)), "2");
  EXPECT_TRUE(iter_next(vm, it).is_null());
}

TEST(SliceTest, IndicesClampLikeCPython) {
  VM vm;
  int64_t start, stop, step, n;
  // python3.11: slice(-100, 100, -2).indices(10) == (-1, 9, -2), 0 items
  Value s = slice_new(vm, I(-100), I(100), I(-2));
  ASSERT_TRUE(slice_indices(vm, s.as<Slice>(), 10, &start, &stop, &step, &n));
  EXPECT_EQ(start, -1);
  EXPECT_EQ(stop, 9);
  EXPECT_EQ(step, -2);
  EXPECT_EQ(n, 0);
  // slice(None, None, -1).indices(5) == (4, -1, -1), 5 items
  Value r = slice_new(vm, vm.none(), vm.none(), I(-1));
  ASSERT_TRUE(slice_indices(vm, r.as<Slice>(), 5, &start, &stop, &step, &n));
  EXPECT_EQ(start, 4);
  EXPECT_EQ(stop, -1);
  EXPECT_EQ(n, 5);
  EXPECT_EQ(outcome(vm, r), "slice(None, None, -1)");
  Value z = slice_new(vm, vm.none(), vm.none(), I(0));
  EXPECT_FALSE(slice_indices(vm, z.as<Slice>(), 5, &start, &stop, &step, &n));
  EXPECT_EQ(outcome(vm, Value::null()), "!ValueError: slice step cannot be zero");
}

}  // namespace
}  // namespace pyvm::runtime
