// Internal to the heap's implementation files (gc/heap*.cpp): the size
// classes, the block layout with its side bitmaps, and the marker. Not for
// use outside gc/.
#ifndef PYVM_GC_HEAP_INTERNAL_H_
#define PYVM_GC_HEAP_INTERNAL_H_

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <iterator>
#include <vector>

#include "gc/heap.h"

namespace pyvm::gc {

using runtime::Object;
using runtime::Type;

inline constexpr size_t kBlockSize = Heap::kBlockBytes;
inline constexpr size_t kAlignment = 16;  // block headers and large objects; cells are 8-aligned
inline constexpr size_t kMaxSmallSize = 8192;
// Sizes above 1024 bytes grow by quarters up to kMaxSmallSize.
inline constexpr size_t kLargeClassSizes[] = {1280, 1536, 1792, 2048, 2560, 3072,
                                              3584, 4096, 5120, 6144, 7168, 8192};
// Small classes: 16, 24, ..., 64 bytes (8-byte steps: a boxed float is 24),
// then 16-byte steps to 1024 (size_classes in heap.h); above that,
// kLargeClassSizes.
inline constexpr int kEightStepClasses = size_classes::kEightStep;
inline constexpr int kFineClasses = size_classes::kFine;
inline constexpr int kClassCount = size_classes::kCount;
static_assert(kClassCount == kFineClasses + static_cast<int>(std::size(kLargeClassSizes)));
// 16-byte granules per block: the young bitmap has one bit per granule.
inline constexpr size_t kGranuleShift = 4;
inline constexpr size_t kGranules = kBlockSize >> kGranuleShift;
static_assert(kBlockSize * kMaxSmallSize < (uint64_t{1} << 32), "Block::cells_in is exact");

inline size_t class_cell_size(int size_class) {
  if (size_class < kEightStepClasses) return static_cast<size_t>(size_class + 2) * 8;
  if (size_class < kFineClasses)
    return static_cast<size_t>(size_class - kEightStepClasses + 5) * 16;
  return kLargeClassSizes[size_class - kFineClasses];
}

inline int size_class_for(size_t bytes) {
  if (bytes <= size_classes::kMaxFineBytes) return size_classes::fine_class_of(bytes);
  int c = kFineClasses;
  while (kLargeClassSizes[c - kFineClasses] < bytes) ++c;
  return c;
}

inline uint64_t now_ns() {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                   std::chrono::steady_clock::now().time_since_epoch())
                                   .count());
}

inline uint64_t thread_cpu_ns() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1000000000u + static_cast<uint64_t>(ts.tv_nsec);
}

// A block of equal-size cells. Which cells are allocated, young, marked or
// in need of a finalizer is kept in side bitmaps with one bit per 16-byte
// granule (the granule where a cell starts), so sweeping is word operations
// on bitmaps and never touches a dead cell; allocation moves a cursor over
// the cells and takes the first one whose allocated bit is clear.
struct Heap::Block {
  using Bitmap = uint64_t[kGranules / 64];
  int size_class;
  uint32_t cell_size;
  uint32_t cell_inverse;  // ceil(2^32 / cell_size): see cells_in
  char* begin;            // first cell
  char* end;              // one past the last cell
  char* cursor;           // allocation resumes here
  char* dirty_end;        // cells at or above it were never allocated
  uint32_t live;          // allocated cells
  uint32_t young_cells;   // bits set in young
  uint32_t cell_count;
  // The bitmap words [young_lo, young_hi) hold every young bit (empty when
  // young_lo >= young_hi): a minor collection clears, sweeps and resets only
  // those, not the whole bitmaps of every block allocation touched.
  uint32_t young_lo;
  uint32_t young_hi;
  bool young;   // on the young-block list
  bool queued;  // in its class's with_space list
  bool forced;  // its young cells were kept by force_pretenured this minor
  Bitmap allocated;
  Bitmap young_bits;   // allocated since the last collection
  Bitmap marks;        // marked by the current collection
  Bitmap finalizable;  // allocated with a type that has a finalize slot

  size_t granule_of(const char* cell) const {
    return static_cast<size_t>(cell - reinterpret_cast<const char*>(this)) >> kGranuleShift;
  }
  static bool test(const Bitmap& bits, size_t g) { return (bits[g >> 6] >> (g & 63)) & 1; }
  static void set(Bitmap& bits, size_t g) { bits[g >> 6] |= uint64_t{1} << (g & 63); }
  static void clear(Bitmap& bits, size_t g) { bits[g >> 6] &= ~(uint64_t{1} << (g & 63)); }
  // The cell that starts in granule `g` (cells are at least one granule long,
  // so it is the one holding the granule's last byte).
  char* cell_at_granule(size_t g) {
    char* last_byte = reinterpret_cast<char*>(this) + (g << kGranuleShift) + 15;
    return begin + cells_in(static_cast<size_t>(last_byte - begin)) * cell_size;
  }
  // bytes / cell_size for bytes < kBlockSize, by a multiplication: exact
  // because kBlockSize * cell_size < 2^32 for every size class.
  size_t cells_in(size_t bytes) const { return (bytes * cell_inverse) >> 32; }
  // For a cell that stops being young without a collection (released, or
  // allocated old): keeps young_cells equal to the bits set.
  void clear_young(const char* cell) {
    size_t g = granule_of(cell);
    if (!test(young_bits, g)) return;
    clear(young_bits, g);
    --young_cells;
  }
  bool has_space() const { return live < cell_count; }
  void widen_young_range(size_t g0, size_t g1) {
    young_lo = std::min(young_lo, static_cast<uint32_t>(g0 >> 6));
    young_hi = std::max(young_hi, static_cast<uint32_t>(((g1 - 1) >> 6) + 1));
  }
  void reset_young_range() {
    young_lo = kGranules / 64;
    young_hi = 0;
  }
  // Calls fn(cell) for every cell whose bit is set in `bits`.
  template <typename Fn>
  void for_each_in(const Bitmap& map, Fn fn) {
    for (size_t word = 0; word < kGranules / 64; ++word) {
      for (uint64_t bits = map[word]; bits != 0; bits &= bits - 1) {
        fn(cell_at_granule(word * 64 + static_cast<size_t>(__builtin_ctzll(bits))));
      }
    }
  }
  template <typename Fn>
  void for_each_allocated(Fn fn) {
    for_each_in(allocated, fn);
  }
  // Finalizable cells are allocated: the sweeps clear both bits together.
  template <typename Fn>
  void for_each_finalizable(Fn fn) {
    for_each_in(finalizable, fn);
  }
};

struct Heap::SizeClass {
  Block* current = nullptr;
  std::vector<Block*> with_space;
  // The granules where a cell of this class starts (the same in every block).
  Block::Bitmap starts = {};
};

// Undoes a minor collection's marking of the young cells in blocks
// (heap_mark.cpp).
uint64_t unmark_young_cells(const std::vector<Heap::Block*>& young_blocks);

// Marks the live graph with an explicit stack (no recursion).
//
// What "marked by this collection" means differs by kind. In a minor
// collection it is the header's kMarked bit: old objects already carry it, so
// marking stops at them. In a major collection the header bits of old objects
// stay set (they still say "old" to the write barrier), and a small object is
// marked by its bit in its block's marks bitmap, which the collection cleared
// first: no pass over every object to clear its header is needed. A large
// object is always marked by its header bit (the major clears it first; large
// objects are few).
//
// Objects whose type has kTypeNoReferences are marked without being pushed:
// their only reference is their type.
//
// Reading a visited object's header is most of the marking time (survivors of
// a minor collection are scattered over the young generation, which does not
// fit the L2 cache): visit_object prefetches the header and queues the
// object in a small ring, and marks the object that entered the ring
// kPrefetchDistance visits earlier, whose header has arrived meanwhile.
// drain() empties the ring; nothing reads marks before it.
class Marker : public runtime::Tracer {
 public:
  Marker(Heap& heap, bool major) : heap_(heap), major_(major) {}
  void visit_object(Object* object) override {
    if (known_marked(object)) return;
    __builtin_prefetch(object, 1, 3);
    Object* due = ring_[ring_next_ & (kPrefetchDistance - 1)];
    ring_[ring_next_ & (kPrefetchDistance - 1)] = object;
    ++ring_next_;
    if (due != nullptr) process(due);
  }
  // Marks `object` and queues its children to be traced.
  void process(Object* object) {
    if (!mark(object)) return;
    if (pinned_ != nullptr) note_pinned(object);
    Type* type = object->type;
    if (type != nullptr && (type->flags & runtime::kTypeNoReferences) != 0) {
      if (mark(type)) {
        if (pinned_ != nullptr) note_pinned(type);
        stack_.push_back(type);
      }
      return;
    }
    stack_.push_back(object);
  }
  // While `pinned` is set, every object this marker marks is added to it (a
  // minor collection's native-stack phase, Heap::mark_native_stack_last), up
  // to `limit` objects; past that the list is emptied and stays so.
  void record_pinned(std::vector<Object*>* pinned, size_t limit) {
    pinned_ = pinned;
    pinned_limit_ = limit;
  }
  // Bytes of the small cells this collection has marked, and how many
  // large objects (for PYVM_GC_ROOTS).
  size_t marked_bytes() const { return marked_bytes_; }
  bool is_major() const { return major_; }
  size_t marked_large() const { return marked_large_; }
  void visit_word(uintptr_t word) override {
    if (word == 0 || (word & 1) != 0) return;
    Object* object = heap_.find_object(word);
    if (object != nullptr) visit_object(object);
  }
  // True when this collection has marked `object` (or, in a minor
  // collection, when it is old).
  bool reached(const Object* object) const {
    if (!major_ || (object->gc_word & kLarge) != 0) return (object->gc_word & kMarked) != 0;
    const Heap::Block* block = Heap::block_of(object);
    return Heap::Block::test(block->marks,
                             block->granule_of(reinterpret_cast<const char*>(object)));
  }
  void trace_children(Object* object) {
    Type* type = object->type;
    if (type == nullptr) return;
    // Types are few and their headers stay in the cache: testing the mark
    // here saves a trip through the ring for almost every object.
    if (!reached(type)) visit_object(type);
    if (type->trace != nullptr) type->trace(object, *this);
  }
  // A minor collection's pretenuring guessed wrong (the build phase is over:
  // pretenured_sample_died): undoes its marks and marks again from the roots
  // and the remembered set without forcing, so that the cells just forced
  // are not kept as old garbage until the next major collection.
  __attribute__((noinline)) void remark_without_forcing();

  void drain() {
    for (;;) {
      while (!stack_.empty()) {
        Object* object = stack_.back();
        stack_.pop_back();
        trace_children(object);
      }
      if (!flush_ring()) return;
    }
  }

 private:
  static constexpr size_t kPrefetchDistance = 16;  // a power of two
  // Processes the objects waiting in the ring; false when it was empty.
  bool flush_ring() {
    bool any = false;
    for (size_t i = 0; i < kPrefetchDistance; ++i) {
      Object*& slot = ring_[(ring_next_ + i) & (kPrefetchDistance - 1)];
      if (slot == nullptr) continue;
      Object* object = slot;
      slot = nullptr;
      any = true;
      process(object);
    }
    return any;
  }

  // True when `object` is a small object that needs no marking: it is in a
  // block and already marked by this collection, or (minor collection) it is
  // not young. Decided from the block's bitmaps (a few KiB per block, mostly
  // cached), without reading the object's header: a minor collection tracing
  // a remembered old container visits many old objects scattered over the
  // heap, and reading each header would cost a cache miss.
  bool known_marked(const Object* object) {
    uintptr_t base = reinterpret_cast<uintptr_t>(object) & ~(Heap::kBlockBytes - 1);
    if (base != last_block_) {
      if (!heap_.block_set_.contains(base)) return false;
      last_block_ = base;
    }
    const auto* block = reinterpret_cast<const Heap::Block*>(base);
    size_t g = block->granule_of(reinterpret_cast<const char*>(object));
    if (Heap::Block::test(block->marks, g)) return true;
    return !major_ && !Heap::Block::test(block->young_bits, g);
  }

  // Marks `object` for this collection; false when it already was.
  bool mark(Object* object) {
    uint32_t word = object->gc_word;
    if ((word & kLarge) != 0) {
      if ((word & kMarked) != 0) return false;
      object->gc_word = word | kMarked;
      ++marked_large_;
      return true;
    }
    Heap::Block* block = Heap::block_of(object);
    size_t g = block->granule_of(reinterpret_cast<char*>(object));
    if (major_) {
      if (Heap::Block::test(block->marks, g)) return false;
      // An old object keeps its header bit: not writing it again spares a
      // major collection dirtying (and writing back) every live cache line.
      if ((word & kMarked) == 0) object->gc_word = word | kMarked;
    } else {
      if ((word & kMarked) != 0) return false;
      object->gc_word = word | kMarked;
    }
    Heap::Block::set(block->marks, g);
    marked_bytes_ += block->cell_size;
    return true;
  }

  void note_pinned(Object* object) {
    if (pinned_overflow_) return;
    if (pinned_->size() >= pinned_limit_) {
      pinned_overflow_ = true;
      pinned_->clear();
      return;
    }
    pinned_->push_back(object);
  }

  Heap& heap_;
  bool major_;
  std::vector<Object*>* pinned_ = nullptr;
  size_t pinned_limit_ = 0;
  bool pinned_overflow_ = false;
  std::vector<Object*> stack_;
  Object* ring_[kPrefetchDistance] = {};
  size_t ring_next_ = 0;
  size_t marked_bytes_ = 0;
  size_t marked_large_ = 0;
  uintptr_t last_block_ = 1;  // the base of a block known_marked found (1: none)
};

}  // namespace pyvm::gc

#endif  // PYVM_GC_HEAP_INTERNAL_H_
