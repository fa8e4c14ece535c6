// Unit tests of gc::BlockTable, the hash set of block base addresses that
// conservative scanning and the marker's old-object test look up.
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "gc/heap.h"

namespace pyvm::gc {
namespace {

constexpr uintptr_t kBlock = Heap::kBlockBytes;

uintptr_t base_of(size_t i) { return (uintptr_t{0x7f0000000000} + i * 3 * kBlock); }

TEST(BlockTableTest, EmptyTableContainsNothing) {
  BlockTable table;
  EXPECT_FALSE(table.contains(base_of(0)));
}

TEST(BlockTableTest, InsertedBasesAreFoundThroughGrowth) {
  BlockTable table;
  for (size_t i = 0; i < 1000; ++i) table.insert(base_of(i));
  table.insert(base_of(7));  // a repeated insert changes nothing
  for (size_t i = 0; i < 1000; ++i) EXPECT_TRUE(table.contains(base_of(i))) << i;
  for (size_t i = 1000; i < 1100; ++i) EXPECT_FALSE(table.contains(base_of(i))) << i;
  // Addresses between blocks are not bases.
  EXPECT_FALSE(table.contains(base_of(3) + kBlock));
}

TEST(BlockTableTest, RebuildKeepsOnlyTheGivenBases) {
  BlockTable table;
  for (size_t i = 0; i < 200; ++i) table.insert(base_of(i));
  std::vector<uintptr_t> kept;
  for (size_t i = 0; i < 200; i += 2) kept.push_back(base_of(i));
  table.rebuild(kept);
  for (size_t i = 0; i < 200; ++i) EXPECT_EQ(table.contains(base_of(i)), i % 2 == 0) << i;
  table.rebuild({});
  EXPECT_FALSE(table.contains(base_of(0)));
  table.insert(base_of(5));
  EXPECT_TRUE(table.contains(base_of(5)));
}

}  // namespace
}  // namespace pyvm::gc
