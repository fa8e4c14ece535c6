// Unit tests of the heap cap (HeapOptions::max_heap_bytes, gc/heap.h): size
// parsing, the provider told once when an allocation passes the cap, the
// reserve serving allocations after that, nullptr once the reserve is used up,
// and re-arming after a collection frees memory.
#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <memory>

#include "gc/heap.h"

namespace pyvm::gc {
namespace {

constexpr size_t kMiB = size_t{1} << 20;
constexpr size_t kChunk = 64 << 10;  // a large object

TEST(HeapCapTest, ParsesSizes) {
  size_t size = 0;
  ASSERT_TRUE(HeapOptions::parse_size("12345", &size));
  EXPECT_EQ(size, 12345u);
  ASSERT_TRUE(HeapOptions::parse_size("64M", &size));
  EXPECT_EQ(size, 64 * kMiB);
  ASSERT_TRUE(HeapOptions::parse_size("3k", &size));
  EXPECT_EQ(size, 3u << 10);
  ASSERT_TRUE(HeapOptions::parse_size("2G", &size));
  EXPECT_EQ(size, size_t{2} << 30);
  EXPECT_FALSE(HeapOptions::parse_size("", &size));
  EXPECT_FALSE(HeapOptions::parse_size("M", &size));
  EXPECT_FALSE(HeapOptions::parse_size("12MB", &size));
  EXPECT_FALSE(HeapOptions::parse_size("-1", &size));
  EXPECT_FALSE(HeapOptions::parse_size("99999999999999999999999", &size));
  EXPECT_FALSE(HeapOptions::parse_size("17179869184G", &size));
}

// Keeps the objects in `live` alive and counts memory_exhausted calls. Lives
// in malloc'd memory, which the conservative stack scan does not read.
class CountingProvider : public RootProvider {
 public:
  void trace_roots(runtime::Tracer& tracer) override {
    for (size_t i = 0; i < count; ++i) tracer.visit(Value::from_object(live[i]));
  }
  void memory_exhausted() override { ++exhausted; }
  runtime::Object* live[1024] = {};
  size_t count = 0;
  int exhausted = 0;
};

TEST(HeapCapTest, ReserveThenFailureThenRearm) {
  HeapOptions options;
  options.max_heap_bytes = 8 * kMiB;
  Heap heap(options);
  auto owned = std::make_unique<CountingProvider>();
  CountingProvider& provider = *owned;
  heap.set_root_provider(&provider);
  heap.end_bootstrap();
  // Fill up to the cap: the provider is told exactly once.
  while (provider.exhausted == 0) {
    ASSERT_LT(provider.count, 1024u);
    runtime::Object* object = heap.try_allocate(kChunk, nullptr);
    ASSERT_NE(object, nullptr);
    provider.live[provider.count++] = object;
  }
  EXPECT_GE(heap.heap_bytes() + Heap::kCapReserveBytes,
            options.max_heap_bytes - Heap::kCapReserveBytes);
  // The reserve serves a few more chunks, then allocation fails.
  size_t served = 0;
  runtime::Object* object = nullptr;
  while ((object = heap.try_allocate(kChunk, nullptr)) != nullptr) {
    ASSERT_LT(provider.count, 1024u);
    provider.live[provider.count++] = object;
    ++served;
  }
  EXPECT_GE(served, Heap::kCapReserveBytes / kChunk - 1);
  EXPECT_LE(served, Heap::kCapReserveBytes / kChunk + 1);
  EXPECT_EQ(provider.exhausted, 1);
  // Dropping the objects lets the next allocation's collection re-arm the
  // reserve: allocating proceeds, and passing the cap again tells again.
  for (runtime::Object*& slot : provider.live) slot = nullptr;
  provider.count = 0;
  object = nullptr;
  ASSERT_NE(heap.try_allocate(kChunk, nullptr), nullptr);
  while (provider.exhausted == 1) {
    ASSERT_LT(provider.count, 1024u);
    object = heap.try_allocate(kChunk, nullptr);
    ASSERT_NE(object, nullptr);
    provider.live[provider.count++] = object;
  }
  EXPECT_EQ(provider.exhausted, 2);
}

}  // namespace
}  // namespace pyvm::gc
