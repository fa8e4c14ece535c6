// Unit tests of pretenuring (Heap::force_pretenured): while a program builds
// a structure, minor collections keep the young cells of the size classes
// that survive without tracing them from the roots; the structure stays
// intact (verify mode checks every collection), and when the program moves on
// to making garbage of the same classes the guess is undone at once instead of
// keeping that garbage until a major collection.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "gc/heap.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

using runtime::List;
using runtime::Str;
using runtime::Tuple;

// (seed, str(seed), seed + 1)
Tuple* make_entry(VM& vm, int64_t seed) {
  Tuple* t = runtime::tuple_new(vm, 3);
  runtime::tuple_init_item(vm, t, 0, Value::from_small_int(seed));
  runtime::tuple_init_item(vm, t, 1,
                           Value::from_object(runtime::str_from_utf8(vm, std::to_string(seed))));
  runtime::tuple_init_item(vm, t, 2, Value::from_small_int(seed + 1));
  return t;
}

bool entry_intact(Value v, int64_t seed) {
  if (!v.is_object()) return false;
  auto* t = v.as<Tuple>();
  if (t->length != 3 || t->at(0) != Value::from_small_int(seed) ||
      t->at(2) != Value::from_small_int(seed + 1) || !t->at(1).is_object()) {
    return false;
  }
  return runtime::str_to_utf8(t->at(1).as<Str>()) == std::to_string(seed);
}

vm::VMOptions pretenure_options() {
  vm::VMOptions options;
  options.heap = gc::HeapOptions();  // the defaults, whatever the environment says
  options.heap.young_bytes = 1 << 20;
  options.heap.young_growth_limit = 1;
  options.heap.small_heap_bytes = 0;  // pretenure from the start
  options.heap.verify = true;
  return options;
}

constexpr int64_t kRows = 1000;
constexpr int64_t kPerRow = 100;

// Rows of entries appended to the rooted `outer` list, as a program builds.
__attribute__((noinline)) void build(VM& vm, List* outer) {
  for (int64_t r = 0; r < kRows; ++r) {
    List* row = runtime::list_new(vm);
    runtime::list_append(vm, outer, Value::from_object(row));
    for (int64_t i = 0; i < kPerRow; ++i) {
      runtime::list_append(vm, row, Value::from_object(make_entry(vm, r * kPerRow + i)));
    }
  }
}

// Entries of the same shape that die at once.
__attribute__((noinline)) void make_garbage(VM& vm, int64_t count) {
  for (int64_t i = 0; i < count; ++i) (void)make_entry(vm, i);
}

TEST(GcPretenureTest, BuiltStructureIsPretenuredAndGarbageIsNot) {
  VM vm(pretenure_options());
  gc::RootedValues roots(vm.heap());
  List* outer = runtime::list_new(vm);
  roots.push_back(Value::from_object(outer));
  build(vm, outer);
  const gc::HeapStats& stats = vm.heap().stats();
  uint64_t pretenured = stats.pretenured_objects;
  EXPECT_GT(stats.minor_collections, 10u);
  // Half of the structure's 200,000 objects or more were kept by force.
  EXPECT_GT(pretenured, uint64_t{kRows * kPerRow});
  size_t built_bytes = vm.heap().heap_bytes();

  uint64_t minors = stats.minor_collections;
  make_garbage(vm, 4 * kRows * kPerRow);
  EXPECT_GT(stats.minor_collections, minors + 10);
  // The first minor of the garbage phase saw its sample die and marked
  // again: the garbage was not kept by force.
  EXPECT_LT(stats.pretenured_objects - pretenured, uint64_t{kRows * kPerRow / 10});
  EXPECT_LT(vm.heap().heap_bytes(), built_bytes + (size_t{1} << 20));

  for (int64_t r = 0; r < kRows; ++r) {
    auto* row = outer->items[r].as<List>();
    ASSERT_EQ(row->length, kPerRow);
    for (int64_t i = 0; i < kPerRow; ++i) {
      ASSERT_TRUE(entry_intact(row->items[i], r * kPerRow + i)) << r << " " << i;
    }
  }
  uint64_t majors = stats.major_collections;
  vm.heap().collect(true);
  EXPECT_EQ(stats.major_collections, majors + 1);
  EXPECT_TRUE(entry_intact(outer->items[0].as<List>()->items[0], 0));
}

TEST(GcPretenureTest, OffWhenDisabled) {
  vm::VMOptions options = pretenure_options();
  options.heap.pretenure = false;
  VM vm(options);
  gc::RootedValues roots(vm.heap());
  List* outer = runtime::list_new(vm);
  roots.push_back(Value::from_object(outer));
  build(vm, outer);
  EXPECT_EQ(vm.heap().stats().pretenured_objects, 0u);
  EXPECT_TRUE(
      entry_intact(outer->items[kRows - 1].as<List>()->items[kPerRow - 1], kRows * kPerRow - 1));
}

}  // namespace
}  // namespace pyvm
