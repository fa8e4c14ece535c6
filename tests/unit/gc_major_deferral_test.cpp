// Unit tests of the major trigger for a growing heap (Heap::defer_major and
// the end of the build in Heap::maybe_collect): while a program builds a
// structure, due majors are deferred; once it replaces parts of it (old
// objects dying), a major comes back within an eighth of heap growth and
// frees them; the structure stays intact.
#include <gtest/gtest.h>

#include <cstdint>

#include "gc/heap.h"
#include "runtime/list.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

using runtime::List;
using runtime::Tuple;

// (seed, seed + 1, seed + 2)
Tuple* make_entry(VM& vm, int64_t seed) {
  Tuple* t = runtime::tuple_new(vm, 3);
  for (int64_t i = 0; i < 3; ++i) {
    runtime::tuple_init_item(vm, t, i, Value::from_small_int(seed + i));
  }
  return t;
}

bool entry_intact(Value v, int64_t seed) {
  if (!v.is_object()) return false;
  auto* t = v.as<Tuple>();
  return t->length == 3 && t->at(0) == Value::from_small_int(seed) &&
         t->at(2) == Value::from_small_int(seed + 2);
}

vm::VMOptions deferral_options(int deferrals) {
  vm::VMOptions options;
  options.heap = gc::HeapOptions();  // the defaults, whatever the environment says
  options.heap.young_bytes = 1 << 20;
  options.heap.young_growth_limit = 1;
  options.heap.min_major_bytes = 1 << 20;
  options.heap.small_heap_bytes = 4 << 20;
  options.heap.max_major_deferrals = deferrals;
  return options;
}

constexpr int64_t kRows = 2000;
constexpr int64_t kPerRow = 200;

__attribute__((noinline)) void build(VM& vm, List* outer) {
  for (int64_t r = 0; r < kRows; ++r) {
    List* row = runtime::list_new(vm);
    runtime::list_append(vm, outer, Value::from_object(row));
    for (int64_t i = 0; i < kPerRow; ++i) {
      runtime::list_append(vm, row, Value::from_object(make_entry(vm, r * kPerRow + i)));
    }
  }
}

// Replaces `count` entries (the replaced ones die old) among short-lived
// garbage of the same shape, as churn.py does.
__attribute__((noinline)) void replace(VM& vm, List* outer, int64_t count) {
  for (int64_t n = 0; n < count; ++n) {
    int64_t r = (n * 7919) % kRows;
    int64_t i = n % kPerRow;
    auto* row = outer->items[r].as<List>();
    runtime::list_set_item(vm, row, i, Value::from_object(make_entry(vm, r * kPerRow + i)));
    for (int k = 0; k < 8; ++k) (void)make_entry(vm, k);
  }
}

void expect_intact(List* outer) {
  for (int64_t r = 0; r < kRows; ++r) {
    auto* row = outer->items[r].as<List>();
    ASSERT_EQ(row->length, kPerRow);
    for (int64_t i = 0; i < kPerRow; ++i) {
      ASSERT_TRUE(entry_intact(row->items[i], r * kPerRow + i)) << r << " " << i;
    }
  }
}

struct DeferralRun {
  uint64_t build_majors;
  uint64_t deferrals;
  uint64_t replace_majors;
  uint64_t replace_major_freed;  // objects the majors of the replacement freed
};

DeferralRun run_program(int deferrals) {
  VM vm(deferral_options(deferrals));
  gc::RootedValues roots(vm.heap());
  List* outer = runtime::list_new(vm);
  roots.push_back(Value::from_object(outer));
  const gc::HeapStats& stats = vm.heap().stats();
  build(vm, outer);
  DeferralRun result{};
  result.build_majors = stats.major_collections;
  result.deferrals = stats.major_deferrals;
  uint64_t major_freed = stats.major_objects_freed;
  replace(vm, outer, kRows * kPerRow / 2);
  result.replace_majors = stats.major_collections - result.build_majors;
  result.replace_major_freed = stats.major_objects_freed - major_freed;
  expect_intact(outer);
  return result;
}

TEST(GcMajorDeferralTest, BuildDefersAndReplacingBringsTheMajorBack) {
  DeferralRun deferred = run_program(3);
  DeferralRun eager = run_program(0);
  EXPECT_GT(deferred.deferrals, 0u);
  EXPECT_EQ(eager.deferrals, 0u);
  EXPECT_LT(deferred.build_majors, eager.build_majors);
  // Half the structure replaced: its old copies died, and a major freed
  // those replaced so far once the heap had grown by an eighth past the
  // build (about a sixth of the structure's entries).
  EXPECT_GE(deferred.replace_majors, 1u);
  EXPECT_GT(deferred.replace_major_freed, uint64_t{kRows * kPerRow / 16});
}

}  // namespace
}  // namespace pyvm
