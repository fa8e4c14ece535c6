// Unit tests of the inline allocation fast path (gc::Heap::allocate_fast and
// the allocation regions behind it): cells are zeroed and typed, cells taken
// since the region's last flush count as allocated (find_object, heap_bytes,
// the allocation count), minor collections happen at the same allocation
// volume as with per-cell accounting, release and owned storage work on
// cells of an open region, and the stress and heap-cap modes take the slow
// path for every allocation.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "gc/heap.h"
#include "runtime/object.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

using gc::Heap;
using gc::HeapOptions;
using runtime::Object;

// A VM with a fixed young generation (no adaptation) and no stress mode.
vm::VMOptions plain_options(size_t young_bytes) {
  vm::VMOptions options;
  options.heap.young_bytes = young_bytes;
  options.heap.young_growth_limit = 1;
  options.heap.stress_every = 0;
  options.heap.verify = false;
  options.heap.max_heap_bytes = 0;
  return options;
}

TEST(GcAllocFast, CellsAreZeroedTypedAndAllocated) {
  vm::VM vm(plain_options(size_t{2} << 20));
  Heap& heap = vm.heap();
  std::vector<Object*> objects;
  for (int i = 0; i < 1000; ++i) {
    Object* object = vm.allocate(vm.types().object, 40);
    ASSERT_NE(object, nullptr);
    EXPECT_EQ(object->type, vm.types().object);
    EXPECT_EQ(object->gc_word, 0u);
    const auto* bytes = reinterpret_cast<const unsigned char*>(object);
    for (size_t b = sizeof(Object); b < 40; ++b) ASSERT_EQ(bytes[b], 0) << i;
    // Dirty the cell: a reused one must come back zeroed.
    std::memset(reinterpret_cast<char*>(object) + sizeof(Object), 0xab, 40 - sizeof(Object));
    EXPECT_TRUE(heap.is_allocated(object));
    EXPECT_EQ(heap.find_object(reinterpret_cast<uintptr_t>(object) + 20), object);
    objects.push_back(object);
  }
  EXPECT_GE(heap.allocations_since_collection(), 1000u);
}

TEST(GcAllocFast, HeapBytesCountUnflushedCells) {
  vm::VM vm(plain_options(size_t{2} << 20));
  Heap& heap = vm.heap();
  size_t before = heap.heap_bytes();
  for (int i = 0; i < 100; ++i) ASSERT_NE(vm.allocate(vm.types().object, 24), nullptr);
  EXPECT_EQ(heap.heap_bytes(), before + 100 * 24);
}

TEST(GcAllocFast, MinorCollectionsFollowTheAllocationVolume) {
  constexpr size_t kYoung = size_t{1} << 20;
  vm::VM vm(plain_options(kYoung));
  Heap& heap = vm.heap();
  vm.heap().collect(false);
  uint64_t minors = heap.stats().minor_collections;
  // 24-byte cells: 10 young generations' worth of allocation.
  size_t count = 10 * kYoung / 24;
  for (size_t i = 0; i < count; ++i) ASSERT_NE(vm.allocate(vm.types().object, 24), nullptr);
  uint64_t done = heap.stats().minor_collections - minors;
  EXPECT_GE(done, 9u);
  EXPECT_LE(done, 10u);
}

TEST(GcAllocFast, ReleaseOfARegionCell) {
  vm::VM vm(plain_options(size_t{2} << 20));
  Heap& heap = vm.heap();
  Object* keep = vm.allocate(vm.types().object, 32);
  Object* dropped = vm.allocate(vm.types().object, 32);
  Object* after = vm.allocate(vm.types().object, 32);
  size_t bytes = heap.heap_bytes();
  heap.release(dropped);
  EXPECT_EQ(heap.heap_bytes(), bytes - 32);
  EXPECT_FALSE(heap.is_allocated(dropped));
  EXPECT_TRUE(heap.is_allocated(keep));
  EXPECT_TRUE(heap.is_allocated(after));
  // Allocation goes on in the same region after the flush.
  Object* next = vm.allocate(vm.types().object, 32);
  EXPECT_TRUE(heap.is_allocated(next));
  heap.collect(true);
  EXPECT_TRUE(heap.is_allocated(keep));
  EXPECT_TRUE(heap.is_allocated(after));
  EXPECT_TRUE(heap.is_allocated(next));
}

TEST(GcAllocFast, StressModeCollectsOnEveryNthAllocation) {
  vm::VMOptions options = plain_options(size_t{2} << 20);
  vm::VM vm(options);
  HeapOptions heap_options = vm.heap().options();
  heap_options.stress_every = 10;
  vm.heap().set_options(heap_options);
  uint64_t before = vm.heap().stats().minor_collections + vm.heap().stats().major_collections;
  for (int i = 0; i < 1000; ++i) ASSERT_NE(vm.allocate(vm.types().object, 24), nullptr);
  uint64_t after = vm.heap().stats().minor_collections + vm.heap().stats().major_collections;
  EXPECT_EQ(after - before, 100u);
}

}  // namespace
}  // namespace pyvm
