// The generational mark-sweep heap (see gc/heap.h and docs/gc.md).
#include "gc/heap.h"

#include <pthread.h>
#include <sys/mman.h>

#include <algorithm>
#include <chrono>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

namespace pyvm::gc {

using runtime::Object;
using runtime::Type;

namespace {

constexpr size_t kBlockSize = Heap::kBlockBytes;
constexpr size_t kAlignment = 16;  // block headers and large objects; cells are 8-aligned
constexpr size_t kMaxSmallSize = 8192;
// Sizes above 1024 bytes grow by quarters up to kMaxSmallSize.
constexpr size_t kLargeClassSizes[] = {1280, 1536, 1792, 2048, 2560, 3072,
                                       3584, 4096, 5120, 6144, 7168, 8192};
// Small classes: 16, 24, ..., 64 bytes (8-byte steps: a boxed float is 24),
// then 16-byte steps to 1024 (size_classes in heap.h); above that,
// kLargeClassSizes.
constexpr int kEightStepClasses = size_classes::kEightStep;
constexpr int kFineClasses = size_classes::kFine;
constexpr int kClassCount = size_classes::kCount;
static_assert(kClassCount == kFineClasses + static_cast<int>(std::size(kLargeClassSizes)));
// 16-byte granules per block: the young bitmap has one bit per granule.
constexpr size_t kGranuleShift = 4;
constexpr size_t kGranules = kBlockSize >> kGranuleShift;
static_assert(kBlockSize * kMaxSmallSize < (uint64_t{1} << 32), "Block::cells_in is exact");

size_t class_cell_size(int size_class) {
  if (size_class < kEightStepClasses) return static_cast<size_t>(size_class + 2) * 8;
  if (size_class < kFineClasses)
    return static_cast<size_t>(size_class - kEightStepClasses + 5) * 16;
  return kLargeClassSizes[size_class - kFineClasses];
}

int size_class_for(size_t bytes) {
  if (bytes <= size_classes::kMaxFineBytes) return size_classes::fine_class_of(bytes);
  int c = kFineClasses;
  while (kLargeClassSizes[c - kFineClasses] < bytes) ++c;
  return c;
}

uint64_t now_ns() {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                   std::chrono::steady_clock::now().time_since_epoch())
                                   .count());
}

uint64_t thread_cpu_ns() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1000000000u + static_cast<uint64_t>(ts.tv_nsec);
}

uintptr_t native_stack_high() {
  pthread_attr_t attr;
  void* address = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &address, &size);
    pthread_attr_destroy(&attr);
  }
  return reinterpret_cast<uintptr_t>(address) + size;
}

// See Heap::maybe_collect.
constexpr size_t kMinExternalMajorBytes = size_t{1} << 20;

uint64_t env_number(const char* name, uint64_t fallback) {
  const char* text = std::getenv(name);
  if (text == nullptr || *text == '\0') return fallback;
  char* end = nullptr;
  unsigned long long v = std::strtoull(text, &end, 10);
  return end != text ? v : fallback;
}

}  // namespace

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
  char* dirty_end;        // cells below it may hold stale bytes: zero them when allocated
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

namespace {

// After a minor collection's marking with pretenured (forced) blocks: true
// when the sample of a pretenured class (its young cells outside forced
// blocks, at least 64 of them) shows fewer than nine tenths surviving. The
// program has stopped building with that class, and the cells forced this
// time are probably garbage.
__attribute__((noinline)) bool pretenured_sample_died(const std::vector<Heap::Block*>& young_blocks,
                                                      const bool* pretenured) {
  size_t seen[kClassCount] = {};
  size_t kept[kClassCount] = {};
  for (const Heap::Block* block : young_blocks) {
    if (block->forced || !pretenured[block->size_class]) continue;
    for (size_t word = block->young_lo; word < block->young_hi; ++word) {
      seen[block->size_class] += static_cast<size_t>(__builtin_popcountll(block->young_bits[word]));
      kept[block->size_class] +=
          static_cast<size_t>(__builtin_popcountll(block->young_bits[word] & block->marks[word]));
    }
  }
  for (int c = 0; c < kClassCount; ++c) {
    if (seen[c] >= 64 && kept[c] * 10 < seen[c] * 9) return true;
  }
  return false;
}

// Undoes a minor collection's marking of the young cells in blocks (header
// bits and marks bitmaps), so that it can mark again from the roots without
// forcing. Returns the number of cells that were forced.
__attribute__((noinline)) uint64_t unmark_young_cells(
    const std::vector<Heap::Block*>& young_blocks) {
  uint64_t forced = 0;
  for (Heap::Block* block : young_blocks) {
    for (size_t word = block->young_lo; word < block->young_hi; ++word) {
      uint64_t young = block->young_bits[word];
      if (block->forced) forced += static_cast<uint64_t>(__builtin_popcountll(young));
      for (uint64_t bits = young & block->marks[word]; bits != 0; bits &= bits - 1) {
        auto* object = reinterpret_cast<Object*>(
            block->cell_at_granule(word * 64 + static_cast<size_t>(__builtin_ctzll(bits))));
        object->gc_word &= ~kMarked;
      }
      block->marks[word] = 0;
    }
    block->forced = false;
  }
  return forced;
}

}  // namespace

size_t Heap::block_header_size() { return (sizeof(Block) + kAlignment - 1) & ~(kAlignment - 1); }

struct Heap::SizeClass {
  Block* current = nullptr;
  std::vector<Block*> with_space;
  // The granules where a cell of this class starts (the same in every block).
  Block::Bitmap starts = {};
};

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
    Type* type = object->type;
    if (type != nullptr && (type->flags & runtime::kTypeNoReferences) != 0) {
      if (mark(type)) stack_.push_back(type);
      return;
    }
    stack_.push_back(object);
  }
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
  __attribute__((noinline)) void remark_without_forcing() {
    heap_.stats_.pretenured_objects -= unmark_young_cells(heap_.young_blocks_);
    for (auto& [address, info] : heap_.large_) {
      if (info.young) reinterpret_cast<Object*>(address)->gc_word &= ~kMarked;
    }
    std::fill(std::begin(heap_.pretenured_), std::end(heap_.pretenured_), false);
    last_block_ = 1;
    heap_.mark_roots(*this);
    heap_.trace_remembered(*this);
    drain();
    heap_.phase_mark(Heap::kPhaseRemembered);
  }
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
    return true;
  }

  Heap& heap_;
  bool major_;
  std::vector<Object*> stack_;
  Object* ring_[kPrefetchDistance] = {};
  size_t ring_next_ = 0;
  uintptr_t last_block_ = 1;  // the base of a block known_marked found (1: none)
};

void BlockTable::insert(uintptr_t base) {
  if ((count_ + 1) * 2 > slots_.size()) grow(std::max<size_t>(64, slots_.size() * 2));
  size_t i = index_of(base);
  while (slots_[i] != 0 && slots_[i] != base) i = (i + 1) & mask_;
  if (slots_[i] == 0) ++count_;
  slots_[i] = base;
}

void BlockTable::rebuild(const std::vector<uintptr_t>& bases) {
  size_t capacity = 64;
  while (capacity < bases.size() * 2) capacity *= 2;
  slots_.assign(capacity, 0);
  count_ = 0;
  mask_ = capacity - 1;
  shift_ = 64 - __builtin_ctzll(capacity);
  for (uintptr_t base : bases) insert(base);
}

void BlockTable::grow(size_t capacity) {
  std::vector<uintptr_t> old;
  old.swap(slots_);
  slots_.assign(capacity, 0);
  count_ = 0;
  mask_ = capacity - 1;
  shift_ = 64 - __builtin_ctzll(capacity);
  for (uintptr_t base : old) {
    if (base != 0) insert(base);
  }
}

RootSet::RootSet(Heap& heap) : heap_(heap) {
  next_ = heap.root_sets_;
  if (next_ != nullptr) next_->prev_ = this;
  heap.root_sets_ = this;
}

RootSet::~RootSet() {
  if (prev_ != nullptr) {
    prev_->next_ = next_;
  } else {
    heap_.root_sets_ = next_;
  }
  if (next_ != nullptr) next_->prev_ = prev_;
}

HeapOptions HeapOptions::from_environment() {
  HeapOptions options;
  options.young_bytes = env_number("PYVM_GC_YOUNG_BYTES", options.young_bytes);
  // An explicit young size is kept fixed (tests rely on the frequency).
  options.young_growth_limit = std::getenv("PYVM_GC_YOUNG_BYTES") != nullptr ? 1 : 4;
  uint64_t growth_percent = env_number("PYVM_GC_GROWTH_PERCENT", 200);
  options.growth = growth_percent < 110 ? 1.1 : static_cast<double>(growth_percent) / 100.0;
  options.stress_every = env_number("PYVM_GC_STRESS", 0);
  options.max_major_deferrals =
      static_cast<int>(std::min<uint64_t>(env_number("PYVM_GC_MAJOR_DEFERRALS", 0), 16));
  options.verify = env_number("PYVM_GC_VERIFY", 0) != 0;
  options.pretenure = env_number("PYVM_GC_PRETENURE", 1) != 0;
  options.record_pauses = env_number("PYVM_GC_STATS", 0) != 0;
  const char* max_heap = std::getenv("PYVM_MAX_HEAP");
  size_t cap = 0;
  if (max_heap != nullptr && parse_size(max_heap, &cap)) options.max_heap_bytes = cap;
  return options;
}

bool HeapOptions::parse_size(const char* text, size_t* out) {
  size_t value = 0;
  const char* p = text;
  if (*p < '0' || *p > '9') return false;
  for (; *p >= '0' && *p <= '9'; ++p) {
    size_t digit = static_cast<size_t>(*p - '0');
    if (value > (SIZE_MAX - digit) / 10) return false;
    value = value * 10 + digit;
  }
  int shift = 0;
  switch (*p) {
    case '\0':
      break;
    case 'k':
    case 'K':
      shift = 10;
      break;
    case 'm':
    case 'M':
      shift = 20;
      break;
    case 'g':
    case 'G':
      shift = 30;
      break;
    default:
      return false;
  }
  if (*p != '\0' && p[1] != '\0') return false;
  if (value > (SIZE_MAX >> shift)) return false;
  *out = value << shift;
  return true;
}

Heap::Heap(const HeapOptions& options)
    : options_(options),
      stack_high_(native_stack_high()),
      young_limit_(options.young_bytes),
      phases_enabled_(env_number("PYVM_GC_PHASES", 0) != 0) {
  for (int c = 0; c < kClassCount; ++c) {
    auto* size_class = new SizeClass();
    size_t cell_size = class_cell_size(c);
    for (size_t offset = block_header_size(); offset + cell_size <= kBlockSize;
         offset += cell_size) {
      Block::set(size_class->starts, offset >> kGranuleShift);
    }
    classes_.push_back(size_class);
    regions_[c].cell_size = cell_size;
  }
}

Heap::~Heap() {
  if (phases_enabled_) print_phases();
  retire_regions();
  // Finalizers only release memory outside the heap and never follow
  // references, so the order does not matter.
  // Only cells flagged finalizable can need it (all of them until the end
  // of bootstrap), as in the sweeps: no pass over every cell.
  for (Block* block : blocks_) {
    if (bootstrapping_) std::memcpy(block->finalizable, block->allocated, sizeof(block->allocated));
    block->for_each_finalizable([](char* cell) {
      auto* object = reinterpret_cast<Object*>(cell);
      if (object->type != nullptr && object->type->finalize != nullptr) {
        object->type->finalize(object);
      }
    });
  }
  for (auto& [address, info] : large_) {
    auto* object = reinterpret_cast<Object*>(address);
    if (object->type != nullptr && object->type->finalize != nullptr)
      object->type->finalize(object);
    std::free(object);
  }
  for (Block* block : blocks_) munmap(block, kBlockSize);
  for (SizeClass* c : classes_) delete c;
}

void Heap::end_bootstrap() {
  retire_regions();
  bootstrapping_ = false;
  update_fast_mode();
  // Some types got their finalizer after objects of theirs were allocated:
  // let the sweeps check every cell allocated so far.
  for (Block* block : blocks_) {
    std::memcpy(block->finalizable, block->allocated, sizeof(block->allocated));
  }
}

Object* Heap::allocate_slow(size_t bytes, Type* type) {
  size_t size = bytes < sizeof(Object) ? sizeof(Object) : bytes;
  maybe_collect();
  if (options_.max_heap_bytes != 0 && !admit_under_cap(size)) return nullptr;
  bool small = size <= kMaxSmallSize;
  Object* object = small ? allocate_small(size_class_for(size)) : allocate_large(size);
  if (object == nullptr) return nullptr;
  object->type = type;
  if (type != nullptr && type->finalize != nullptr && small) {
    Block* block = block_of(object);
    Block::set(block->finalizable, block->granule_of(reinterpret_cast<char*>(object)));
  }
  if (!small) ++allocations_since_gc_;  // small cells are counted by flush_region
  if (live_bytes_ > stats_.peak_heap_bytes) stats_.peak_heap_bytes = live_bytes_;
  return object;
}

void Heap::set_options(const HeapOptions& options) {
  retire_regions();
  options_ = options;
  young_limit_ = options.young_bytes;
  update_fast_mode();
}

void Heap::update_fast_mode() {
  fast_regions_ = !bootstrapping_ && options_.stress_every == 0 && options_.max_heap_bytes == 0;
}

size_t Heap::heap_bytes() const {
  size_t bytes = live_bytes_;
  for (const AllocRegion& region : regions_) {
    bytes += static_cast<size_t>(region.cursor - region.flushed);
  }
  return bytes;
}

uint64_t Heap::allocations_since_collection() const {
  uint64_t count = allocations_since_gc_;
  for (const AllocRegion& region : regions_) {
    count += static_cast<size_t>(region.cursor - region.flushed) / region.cell_size;
  }
  return count;
}

void Heap::note_external_allocation(Object* owner, size_t bytes) {
  young_allocated_ += bytes;
  young_external_ += bytes;
  uint32_t kib = static_cast<uint32_t>(std::min<size_t>((bytes + 1023) >> 10, (1u << 27) - 1));
  uint32_t total = std::min((owner->gc_word >> kExternalShift) + kib, (1u << 28) - 1);
  external_bytes_ += static_cast<size_t>(total - (owner->gc_word >> kExternalShift)) << 10;
  owner->gc_word = (owner->gc_word & ((1u << kExternalShift) - 1)) | (total << kExternalShift);
}

// Runs the type's finalizer of an object being freed and forgets the memory
// it owned outside the heap.
void Heap::finalize_dead(Object* object) {
  size_t bytes = static_cast<size_t>(object->gc_word >> kExternalShift) << 10;
  external_bytes_ -= std::min(bytes, external_bytes_);
  if (object->type != nullptr && object->type->finalize != nullptr) object->type->finalize(object);
}

Object* Heap::try_allocate_owned(size_t bytes, Type* type, const Object* owner) {
  Object* object = try_allocate(bytes, type);
  if (object != nullptr && (owner->gc_word & kMarked) != 0) {
    object->gc_word |= kMarked;
    if ((object->gc_word & kLarge) == 0) {
      Block* block = block_of(object);
      AllocRegion& region = regions_[block->size_class];
      if (region.block == block) flush_region(region);
      block->clear_young(reinterpret_cast<char*>(object));
    }
  }
  return object;
}

void Heap::release(Object* object) {
  auto address = reinterpret_cast<uintptr_t>(object);
  uintptr_t base = address & ~(kBlockSize - 1);
  if (block_set_.contains(base)) {
    auto* block = reinterpret_cast<Block*>(base);
    AllocRegion& region = regions_[block->size_class];
    if (region.block == block) flush_region(region);
    block->clear_young(reinterpret_cast<char*>(object));
    free_cell(block, object);
    return;
  }
  auto it = large_.find(address);
  if (it == large_.end()) return;
  finalize_dead(object);
  live_bytes_ -= it->second.size;
  stats_.bytes_freed += it->second.size;
  std::free(object);
  large_.erase(it);
}

// The first free cell at or after the block's cursor, found a bitmap word
// at a time; nullptr when there is none.
static char* next_free_cell(Heap::Block* block, const Heap::Block::Bitmap& starts) {
  if (block->cursor + block->cell_size > block->end) return nullptr;
  size_t g = block->granule_of(block->cursor);
  if (!Heap::Block::test(block->allocated, g)) return block->cursor;  // the common case
  size_t word = g >> 6;
  uint64_t free = starts[word] & ~block->allocated[word] & (~uint64_t{0} << (g & 63));
  while (free == 0) {
    if (++word == kGranules / 64) return nullptr;
    free = starts[word] & ~block->allocated[word];
  }
  return block->cell_at_granule(word * 64 + static_cast<size_t>(__builtin_ctzll(free)));
}

// The end of the run of free cells that starts at the free cell `cell`: the
// next allocated cell, or the block's end; the search stops at `enough`
// (the run is then at least that long). Cells at or above the block's
// dirty_end were never allocated: no bitmap needs reading there.
static char* free_run_end(Heap::Block* block, char* cell, char* enough) {
  if (cell >= block->dirty_end) return block->end;
  size_t g = block->granule_of(cell) + 1;
  size_t last_word = std::min(block->granule_of(std::min(enough, block->end)), kGranules - 1) >> 6;
  if (g >= kGranules) return block->end;
  size_t word = g >> 6;
  uint64_t bits = block->allocated[word] & (~uint64_t{0} << (g & 63));
  while (bits == 0) {
    if (++word > last_word) return block->end;
    bits = block->allocated[word];
  }
  return block->cell_at_granule(word * 64 + static_cast<size_t>(__builtin_ctzll(bits)));
}

// Sets the bits of `starts` in granules [g0, g1) into `bits`.
static void set_starts_in_range(Heap::Block::Bitmap& bits, const Heap::Block::Bitmap& starts,
                                size_t g0, size_t g1) {
  while (g0 < g1) {
    size_t word = g0 >> 6;
    size_t low = g0 & 63;
    size_t high = std::min<size_t>(64, low + (g1 - g0));
    uint64_t mask = (high == 64 ? ~uint64_t{0} : (uint64_t{1} << high) - 1) & (~uint64_t{0} << low);
    bits[word] |= starts[word] & mask;
    g0 = word * 64 + high;
  }
}

// Takes a cell from the class's allocation region, opening a new one when
// it is used up (the slow path of allocate_fast).
Object* Heap::allocate_small(int size_class) {
  AllocRegion& region = regions_[size_class];
  if (static_cast<size_t>(region.limit - region.cursor) < region.cell_size &&
      !open_region(size_class)) {
    return nullptr;
  }
  char* cell = region.cursor;
  region.cursor = cell + region.cell_size;
  // Without fast regions every allocation is accounted at once (heap cap,
  // stress).
  if (!fast_regions_) retire_region(size_class);
  return reinterpret_cast<Object*>(cell);
}

// Retires the class's region and opens one at the current block's next free
// cell (refilling when the block has none): the run of free cells there, up
// to kRegionBytes and the young generation's remaining budget, zeroed where
// the block was used before.
bool Heap::open_region(int size_class) {
  retire_region(size_class);
  SizeClass* c = classes_[static_cast<size_t>(size_class)];
  for (;;) {
    Block* block = c->current;
    char* cell = block != nullptr ? next_free_cell(block, c->starts) : nullptr;
    if (cell == nullptr) {
      if (!refill(size_class)) return false;
      continue;
    }
    size_t cell_size = block->cell_size;
    size_t budget = kRegionBytes;
    if (!fast_regions_) {
      budget = cell_size;
    } else if (young_allocated_ < young_limit_) {
      budget = std::min(budget, young_limit_ - young_allocated_);
    } else if (size_t in_use = young_bytes_in_use(); in_use < young_limit_) {
      budget = std::min(budget, young_limit_ - in_use);
    }
    // A run ends at a cell boundary: only a budget shorter than the run
    // needs rounding to whole cells.
    char* limit = free_run_end(block, cell, cell + budget + cell_size);
    if (static_cast<size_t>(limit - cell) > budget) {
      limit = cell + std::max<size_t>(1, block->cells_in(budget)) * cell_size;
    }
    if (cell < block->dirty_end) {
      std::memset(cell, 0, static_cast<size_t>(std::min(limit, block->dirty_end) - cell));
    }
    if (limit > block->dirty_end) block->dirty_end = limit;  // fresh memory is zero
    block->cursor = limit;
    young_allocated_ += static_cast<size_t>(limit - cell);
    AllocRegion& region = regions_[size_class];
    region.cursor = cell;
    region.flushed = cell;
    region.limit = limit;
    region.block = block;
    return true;
  }
}

// Enters the cells taken from the region since its last flush into their
// block's bitmaps and counters.
void Heap::flush_region(AllocRegion& region) {
  size_t bytes = static_cast<size_t>(region.cursor - region.flushed);
  if (bytes == 0) return;
  Block* block = region.block;
  auto cells = static_cast<uint32_t>(block->cells_in(bytes));
  const Block::Bitmap& starts = classes_[static_cast<size_t>(block->size_class)]->starts;
  size_t g0 = block->granule_of(region.flushed);
  size_t g1 = block->granule_of(region.cursor);
  set_starts_in_range(block->allocated, starts, g0, g1);
  set_starts_in_range(block->young_bits, starts, g0, g1);
  block->widen_young_range(g0, g1);
  block->young_cells += cells;
  block->live += cells;
  live_bytes_ += bytes;
  allocations_since_gc_ += cells;
  if (live_bytes_ > stats_.peak_heap_bytes) stats_.peak_heap_bytes = live_bytes_;
  region.flushed = region.cursor;
}

// Flushes the class's region and gives its unused cells back: the block's
// cursor resumes there and the young budget no longer counts them.
void Heap::retire_region(int size_class) {
  AllocRegion& region = regions_[size_class];
  if (region.block == nullptr) return;
  flush_region(region);
  size_t unused = static_cast<size_t>(region.limit - region.cursor);
  young_allocated_ -= std::min(unused, young_allocated_);
  region.block->cursor = region.cursor;
  region.cursor = nullptr;
  region.limit = nullptr;
  region.flushed = nullptr;
  region.block = nullptr;
}

// young_allocated_ without the regions' unused reservations: what the
// young generation really holds.
size_t Heap::young_bytes_in_use() const {
  size_t unused = 0;
  for (const AllocRegion& region : regions_)
    unused += static_cast<size_t>(region.limit - region.cursor);
  return young_allocated_ - std::min(unused, young_allocated_);
}

void Heap::retire_regions() {
  for (int c = 0; c < kClassCount; ++c) retire_region(c);
}

bool Heap::refill(int size_class) {
  SizeClass* c = classes_[static_cast<size_t>(size_class)];
  Block* next = nullptr;
  while (!c->with_space.empty() && next == nullptr) {
    Block* candidate = c->with_space.back();
    c->with_space.pop_back();
    candidate->queued = false;
    if (candidate->has_space()) next = candidate;
    candidate->cursor = candidate->begin;
  }
  if (next == nullptr) next = new_block(size_class);
  if (next == nullptr) return false;
  c->current = next;
  if (!next->young) {
    next->young = true;
    young_blocks_.push_back(next);
  }
  return true;
}

Heap::Block* Heap::new_block(int size_class) {
  // Map twice the size and trim to a kBlockSize-aligned block: fresh
  // anonymous pages are zero, which allocation relies on.
  void* mapped =
      mmap(nullptr, 2 * kBlockSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapped == MAP_FAILED) return nullptr;
  uintptr_t start = reinterpret_cast<uintptr_t>(mapped);
  uintptr_t aligned = (start + kBlockSize - 1) & ~(kBlockSize - 1);
  if (aligned > start) munmap(mapped, aligned - start);
  uintptr_t tail = aligned + kBlockSize;
  uintptr_t mapped_end = start + 2 * kBlockSize;
  if (mapped_end > tail) munmap(reinterpret_cast<void*>(tail), mapped_end - tail);
  void* memory = reinterpret_cast<void*>(aligned);
  auto* block = static_cast<Block*>(memory);
  size_t cell_size = class_cell_size(size_class);
  char* begin = static_cast<char*>(memory) + block_header_size();
  size_t cells = (kBlockSize - block_header_size()) / cell_size;
  block->size_class = size_class;
  block->cell_size = static_cast<uint32_t>(cell_size);
  block->cell_inverse = static_cast<uint32_t>(((uint64_t{1} << 32) + cell_size - 1) / cell_size);
  block->begin = begin;
  block->end = begin + cells * cell_size;
  block->cursor = begin;
  block->dirty_end = begin;
  block->live = 0;
  block->young_cells = 0;
  block->reset_young_range();
  block->cell_count = static_cast<uint32_t>(cells);
  block->young = false;
  block->queued = false;
  block->forced = false;
  blocks_.push_back(block);
  block_set_.insert(reinterpret_cast<uintptr_t>(block));
  note_address_range(aligned, aligned + kBlockSize);
  return block;
}

Object* Heap::allocate_large(size_t bytes) {
  size_t size = (bytes + kAlignment - 1) & ~(kAlignment - 1);
  void* memory = std::calloc(1, size);
  if (memory == nullptr) return nullptr;
  large_[reinterpret_cast<uintptr_t>(memory)] = LargeObject{size, true};
  static_cast<Object*>(memory)->gc_word = kLarge;
  note_address_range(reinterpret_cast<uintptr_t>(memory),
                     reinterpret_cast<uintptr_t>(memory) + size);
  live_bytes_ += size;
  young_allocated_ += size;
  return static_cast<Object*>(memory);
}

Object* Heap::find_object(uintptr_t p) const {
  // Most words on a stack are not heap addresses at all: reject them cheaply.
  if (p < lowest_address_ || p >= highest_address_) return nullptr;
  uintptr_t base = p & ~(kBlockSize - 1);
  if (block_set_.contains(base)) {
    auto* block = reinterpret_cast<Block*>(base);
    auto address = reinterpret_cast<char*>(p);
    if (address < block->begin || address >= block->end) return nullptr;
    size_t index = block->cells_in(static_cast<size_t>(address - block->begin));
    char* cell = block->begin + index * block->cell_size;
    if (Block::test(block->allocated, block->granule_of(cell)))
      return reinterpret_cast<Object*>(cell);
    // Taken from an allocation region but not yet flushed into the bitmaps.
    const AllocRegion& region = regions_[block->size_class];
    bool in_region = region.block == block && cell >= region.flushed && cell < region.cursor;
    return in_region ? reinterpret_cast<Object*>(cell) : nullptr;
  }
  if (large_.empty()) return nullptr;
  auto it = large_.upper_bound(p);
  if (it == large_.begin()) return nullptr;
  --it;
  if (p >= it->first + it->second.size) return nullptr;
  return reinterpret_cast<Object*>(it->first);
}

void Heap::note_address_range(uintptr_t low, uintptr_t high) {
  if (low < lowest_address_) lowest_address_ = low;
  if (high > highest_address_) highest_address_ = high;
}

void Heap::remember(Object* holder) {
  // A range-remembered holder is already in the list; it is upgraded.
  if ((holder->gc_word & kRememberedRange) == 0) remembered_.push_back(holder);
  holder->gc_word |= kRemembered;
}

void Heap::remember_index(Object* holder, int64_t index) {
  auto [it, inserted] = remembered_ranges_.try_emplace(holder, IndexRange{index, index + 1});
  if (inserted) {
    holder->gc_word |= kRememberedRange;
    remembered_.push_back(holder);
    return;
  }
  it->second.begin = std::min(it->second.begin, index);
  it->second.end = std::max(it->second.end, index + 1);
}

// Minor collection: the children of remembered holders, all of them or the
// recorded index range.
void Heap::trace_remembered(Marker& marker) {
  // Remembered holders are old and scattered over the heap: fetch a few
  // ahead of the one being traced.
  constexpr size_t kAhead = 4;
  for (size_t i = 0; i < remembered_.size(); ++i) {
    if (i + kAhead < remembered_.size()) __builtin_prefetch(remembered_[i + kAhead]);
    Object* holder = remembered_[i];
    if ((holder->gc_word & kRemembered) != 0) {
      marker.trace_children(holder);
      continue;
    }
    const IndexRange& range = remembered_ranges_.at(holder);
    holder->type->trace_range(holder, range.begin, range.end, marker);
  }
}

void Heap::maybe_collect() {
  if (bootstrapping_ || collecting_ || root_provider_ == nullptr) return;
  if (options_.stress_every != 0) {
    if (++stress_counter_ % options_.stress_every == 0) {
      collect((stress_counter_ / options_.stress_every) % 8 == 0);
    }
    return;
  }
  if (!enabled_ || young_allocated_ < young_limit_) return;
  if (young_bytes_in_use() < young_limit_) return;  // regions not used up yet
  // Only minors triggered by allocation keep pretenured cells untraced: an
  // explicit one (gc.collect(0), a dropped generator's check) must find
  // every young object that died. Nor do they while the heap is small: its
  // majors come soon (small_heap_growth), garbage kept by force makes them
  // sooner still (binary_trees.py ran 21 majors instead of 14), and the
  // promotion it saves is small.
  pretenure_this_minor_ = options_.pretenure && live_bytes_ >= options_.small_heap_bytes;
  collect(false);
  pretenure_this_minor_ = false;
  size_t size = live_bytes_ + external_bytes_;
  // Memory owned outside the heap (GMP limbs of big ints) by objects that
  // survived a minor collection and died since waits for a major one; below
  // min_major_bytes that would let dead limbs pile up to several times what
  // a small program keeps alive, so it has a floor of its own.
  bool big_enough = size > options_.min_major_bytes || external_bytes_ > kMinExternalMajorBytes;
  if (big_enough && size > major_limit() && !defer_major(size)) collect(true);
}

// A major collection is due, but the minors since the last check kept at
// least nine tenths of what they saw: the heap grows because the program
// builds long-lived data (promoted as it is built), and marking it now would
// find it live. Above small_heap_bytes (small heaps are cheap to mark, and
// their peak memory is what a prompt major saves), the limit doubles instead,
// at most HeapOptions::max_major_deferrals times between two majors. Off by
// default: see docs/gc.md (churn.py's peak memory).
bool Heap::defer_major(size_t size) {
  size_t seen = young_seen_since_check_;
  size_t kept = promoted_since_check_;
  young_seen_since_check_ = 0;
  promoted_since_check_ = 0;
  if (size < options_.small_heap_bytes || major_deferrals_ >= options_.max_major_deferrals)
    return false;
  if (seen < options_.young_bytes * 4 || kept * 10 < seen * 9) return false;
  ++major_deferrals_;
  ++stats_.major_deferrals;
  deferred_major_limit_ = size * 2;
  return true;
}

size_t Heap::soft_cap() const {
  size_t cap = options_.max_heap_bytes;
  return cap > kCapReserveBytes ? cap - kCapReserveBytes : 0;
}

bool Heap::fits_cap(size_t size) const {
  size_t limit = cap_raise_limit_ != 0 ? cap_raise_limit_ : soft_cap();
  return live_bytes_ + external_bytes_ + size <= limit;
}

bool Heap::admit_under_cap(size_t size) {
  if (bootstrapping_ || fits_cap(size)) return true;
  if (!collecting_ && root_provider_ != nullptr) {
    collect(true);
    // Unless the collection left some headroom, the next allocations would
    // each run another major collection for little memory: give up now.
    size_t headroom =
        cap_raise_limit_ != 0 ? 0 : std::max(kCapReserveBytes, options_.max_heap_bytes / 32);
    if (fits_cap(size + headroom)) return true;
  }
  if (cap_raise_limit_ != 0) return false;  // the reserve is used up too
  size_t used = live_bytes_ + external_bytes_ + size;
  cap_raise_limit_ = used + kCapReserveBytes;
  if (root_provider_ != nullptr) root_provider_->memory_exhausted();
  return true;
}

void Heap::rearm_cap_reserve() {
  if (cap_raise_limit_ != 0 && live_bytes_ + external_bytes_ <= soft_cap()) cap_raise_limit_ = 0;
}

// Survivors of minor collections accumulate as old objects until a major
// collection: one runs when the heap outgrows the last major's live size by
// the growth factor. A small heap is cheap to mark, so it may grow less before
// a major one: that keeps small programs' peak memory close to their live
// data. A heap that majors keep finding mostly live is growing, and marking it
// again soon would find it live again: its factor grows (adapt_growth).
size_t Heap::major_limit() const {
  double growth = live_after_major_ < options_.small_heap_bytes
                      ? std::min(options_.growth, options_.small_heap_growth)
                      : options_.growth;
  growth = std::min(1.0 + (growth - 1.0) * growth_boost_, std::max(growth, options_.max_growth));
  auto limit = static_cast<size_t>(static_cast<double>(live_after_major_) * growth);
  return std::max(limit, deferred_major_limit_);
}

// After a major collection: a second one in a row that freed less than a
// tenth of the heap doubles the boost of the growth factor (up to
// HeapOptions::max_growth); one that freed more resets it. A single mostly
// live major proves little: programs with a steady live size meet one now
// and then, and boosting them costs memory for no gain.
// After a minor collection: one that kept at least 60% of the young
// generation doubles it (up to young_growth_limit times young_bytes, and to
// a 16th of the heap: a small heap's peak memory is not worth the saving);
// one that kept under 30% returns it to young_bytes.
void Heap::adapt_young_size(size_t young_bytes, size_t bytes_freed) {
  if (options_.young_growth_limit <= 1 || young_bytes < options_.young_bytes / 2) return;
  size_t kept = young_bytes - std::min(bytes_freed, young_bytes);
  if (kept * 10 >= young_bytes * 6) {
    size_t limit = std::min(options_.young_bytes * options_.young_growth_limit,
                            std::max(options_.young_bytes, live_bytes_ / 16));
    young_limit_ = std::min(young_limit_ * 2, limit);
  } else if (kept * 10 < young_bytes * 3) {
    young_limit_ = options_.young_bytes;
  }
}

void Heap::adapt_growth(size_t size_before_major) {
  size_t size = live_bytes_ + external_bytes_;
  bool mostly_live = size * 10 >= size_before_major * 9;
  if (!mostly_live) {
    mostly_live_majors_ = 0;
    growth_boost_ = 1.0;
    return;
  }
  if (++mostly_live_majors_ >= 2) growth_boost_ = std::min(growth_boost_ * 2.0, 64.0);
}

uint64_t Heap::collect(bool major) {
  if (collecting_ || root_provider_ == nullptr) return 0;
  collecting_ = true;
  uint64_t start = now_ns();
  uint64_t start_cpu = thread_cpu_ns();
  retire_regions();
  size_t old_bytes = live_bytes_ - std::min(live_bytes_, young_allocated_);
  size_t size_before = live_bytes_ + external_bytes_;
  // Bytes allocated in the heap (the young generation's size adapts to
  // what survives of them; memory outside the heap is not freed by sweeps).
  size_t young_before = young_allocated_ - std::min(young_external_, young_allocated_);
  uint64_t freed_before = stats_.bytes_freed;
  if (options_.verify && !major) verify_remembered_set();
  phase_begin(major);
  if (major) {
    clear_marks();
  } else {
    // A minor collection marks (in the bitmaps) only young cells.
    for (Block* block : young_blocks_) {
      if (block->young_lo < block->young_hi) {
        std::memset(&block->marks[block->young_lo], 0,
                    (block->young_hi - block->young_lo) * sizeof(uint64_t));
      }
    }
  }
  phase_mark(kPhaseSetup);
  Marker marker(*this, major);
  bool forcing = !major && pretenure_this_minor_;
  if (forcing) force_pretenured(marker);
  phase_mark(kPhaseSetup);
  mark_roots(marker);
  if (!major) trace_remembered(marker);
  marker.drain();
  phase_mark(kPhaseRemembered);
  if (forcing && pretenured_sample_died(young_blocks_, pretenured_))
    marker.remark_without_forcing();
  clear_dead_weak_slots(marker);
  resurrect_finalizable(marker);
  for (Object* holder : remembered_) holder->gc_word &= ~(kRemembered | kRememberedRange);
  remembered_.clear();
  remembered_ranges_.clear();
  phase_mark(kPhaseWeak);
  uint64_t freed = sweep(major);
  if (!major) decide_pretenuring();
  phase_mark(kPhaseSweep);
  (major ? stats_.major_objects_freed : stats_.minor_objects_freed) += freed;
  minors_since_major_ = major ? 0 : minors_since_major_ + 1;
  if (!major) {
    size_t freed_bytes = stats_.bytes_freed - freed_before;
    adapt_young_size(young_before, freed_bytes);
    young_seen_since_major_ += young_before;
    promoted_since_major_ += young_before - std::min(freed_bytes, young_before);
    young_seen_since_check_ += young_before;
    promoted_since_check_ += young_before - std::min(freed_bytes, young_before);
  }
  if (major) {
    release_empty_blocks();
    adapt_growth(size_before);
    live_after_major_ = live_bytes_ + external_bytes_;
    young_seen_since_major_ = 0;
    promoted_since_major_ = 0;
    young_seen_since_check_ = 0;
    promoted_since_check_ = 0;
    deferred_major_limit_ = 0;
    major_deferrals_ = 0;
  }
  young_allocated_ = 0;
  young_external_ = 0;
  allocations_since_gc_ = 0;
  phase_mark(kPhaseRest);
  if (options_.verify) verify_heap();
  uint64_t cpu = thread_cpu_ns() - start_cpu;
  stats_.total_pause_cpu_ns += cpu;
  if (major) stats_.major_pause_cpu_ns += cpu;
  record_pause(now_ns() - start, major, old_bytes);
  rearm_cap_reserve();
  collecting_ = false;
  if (!pending_finalization_.empty() || !cleared_weak_holders_.empty()) {
    root_provider_->finalization_pending();
  }
  return freed;
}

// Pretenuring without allocating old: while minor collections keep nearly
// every young cell of a size class (a program building a big structure), the
// next automatic minor keeps the class's young cells outside its current
// block by fiat, in address order, instead of finding them one by one from
// the roots and the remembered set (scattered reads: most of such a minor's
// time). First every forced block's young bits enter its marks bitmap (so the
// marker drops references to forced cells without reading them), then each
// forced cell gets its header bit and is traced, so young objects it
// references are marked as usual. The write barrier and the remembered set
// are untouched: the forced cells are young until this minor, and old with
// only old referents after it, like any survivor. The current block, allocated
// into last, is traced normally: its survival (decide_pretenuring) tells
// when the class stops surviving. A forced cell that was garbage waits for the
// next major collection.
__attribute__((noinline)) void Heap::force_pretenured(Marker& marker) {
  std::vector<Block*> forced;
  for (Block* block : young_blocks_) {
    int c = block->size_class;
    if (!pretenured_[c] || block == classes_[static_cast<size_t>(c)]->current) continue;
    if (block->young_lo >= block->young_hi) continue;
    block->forced = true;
    forced.push_back(block);
    for (size_t word = block->young_lo; word < block->young_hi; ++word)
      block->marks[word] |= block->young_bits[word];
  }
  uint64_t count = 0;
  for (Block* block : forced) {
    for (size_t word = block->young_lo; word < block->young_hi; ++word) {
      for (uint64_t bits = block->young_bits[word]; bits != 0; bits &= bits - 1) {
        auto* object = reinterpret_cast<Object*>(
            block->cell_at_granule(word * 64 + static_cast<size_t>(__builtin_ctzll(bits))));
        object->gc_word |= kMarked;
        ++count;
        Type* type = object->type;
        if (type != nullptr && (type->flags & runtime::kTypeNoReferences) != 0) {
          if (!marker.reached(type)) marker.visit_object(type);
          continue;
        }
        marker.trace_children(object);
      }
    }
    marker.drain();
  }
  stats_.pretenured_objects += count;
}

// After a minor collection: a size class is pretenured for the next one when
// at least nine tenths of the young cells this one traced (at least 64 KiB
// of them) survived, and no longer when fewer did. With less seen, it stays
// as it was.
__attribute__((noinline)) void Heap::decide_pretenuring() {
  constexpr size_t kMinObservedBytes = size_t{64} << 10;
  constexpr size_t kMinOffCells = 64;
  for (int c = 0; c < kClassCount; ++c) {
    size_t seen = observed_cells_[c];
    size_t dead = observed_dead_[c];
    observed_cells_[c] = 0;
    observed_dead_[c] = 0;
    bool survives = (seen - dead) * 10 >= seen * 9;
    // Turning it off needs a smaller sample: the current block may be an
    // old one with little room, and garbage kept by force costs memory.
    size_t needed =
        pretenured_[c] && !survives ? kMinOffCells : kMinObservedBytes / class_cell_size(c);
    if (seen < needed) continue;
    pretenured_[c] = survives;
  }
}

void Heap::mark_roots(Marker& marker) {
  root_provider_->trace_roots(marker);
  phase_mark(kPhaseVmRoots);
  for (RootSet* roots = root_sets_; roots != nullptr; roots = roots->next_) roots->trace(marker);
  // Queued for the VM but not yet taken: they must survive until they are.
  for (Object* object : pending_finalization_) marker.visit_object(object);
  for (Object* holder : cleared_weak_holders_) marker.visit_object(holder);
  if (!skip_native_stack_) scan_native_stack(marker);
  phase_mark(kPhaseStacks);
  marker.drain();
  phase_mark(kPhaseDrain);
}

uint64_t Heap::collect_major_precise() {
  skip_native_stack_ = true;
  uint64_t freed = collect(true);
  skip_native_stack_ = false;
  return freed;
}

// Reads every word between the current stack pointer and the stack's base;
// registers are spilled into a jmp_buf on the stack first.
__attribute__((noinline, no_sanitize_address)) void Heap::scan_native_stack(Marker& marker) {
  std::jmp_buf registers;
  setjmp(registers);
  auto* low = reinterpret_cast<uintptr_t*>(&registers);
  auto* high = reinterpret_cast<uintptr_t*>(stack_high_);
  for (uintptr_t* word = low; word < high; ++word) marker.visit_word(*word);
}

void Heap::add_weak_slot(Object* holder, Value* slot) { weak_slots_.push_back({holder, slot}); }

std::vector<Object*> Heap::take_cleared_weak_holders() {
  std::vector<Object*> out;
  out.swap(cleared_weak_holders_);
  return out;
}

void Heap::register_finalizer(Object* object) { finalizable_.push_back(object); }

std::vector<Object*> Heap::take_pending_finalization() {
  std::vector<Object*> out;
  out.swap(pending_finalization_);
  return out;
}

// After marking: a weak slot whose referent was not reached is cleared; an
// entry whose holder was not reached is dropped (the holder is garbage).
void Heap::clear_dead_weak_slots(const Marker& marker) {
  size_t kept = 0;
  for (const WeakSlot& entry : weak_slots_) {
    if (!marker.reached(entry.holder)) continue;
    Value referent = *entry.slot;
    if (referent.is_object() && !marker.reached(referent.object())) {
      *entry.slot = Value::null();
      cleared_weak_holders_.push_back(entry.holder);
      continue;
    }
    if (referent.is_object()) weak_slots_[kept++] = entry;
  }
  weak_slots_.resize(kept);
}

// After the weak slots: unreachable objects with a Python finalizer are kept
// alive with everything they reference, and queued to be finalized once.
void Heap::resurrect_finalizable(Marker& marker) {
  size_t kept = 0;
  for (Object* object : finalizable_) {
    if (marker.reached(object)) {
      finalizable_[kept++] = object;
      continue;
    }
    pending_finalization_.push_back(object);
    marker.process(object);  // marked at once: a later entry may test it
  }
  finalizable_.resize(kept);
  marker.drain();
}

// Before a major collection: small objects are marked in the blocks' marks
// bitmaps (see Marker), so only those and the large objects' headers are
// cleared; old small objects keep their header bit.
void Heap::clear_marks() {
  for (Block* block : blocks_) std::memset(block->marks, 0, sizeof(block->marks));
  for (auto& [address, info] : large_) reinterpret_cast<Object*>(address)->gc_word &= ~kMarked;
}

uint64_t Heap::sweep(bool major) {
  uint64_t freed = 0;
  // A minor sweep frees the young cells left unmarked; a major one every
  // allocated cell left unmarked (all marks were cleared first).
  for (Block* block : major ? blocks_ : young_blocks_) freed += sweep_block(block, major);
  // Only the swept blocks can have gained room worth reusing (cells that
  // Heap::release frees in an old block wait for the next major): a minor
  // collection does not touch the header of every block of a big old heap.
  for (Block* block : major ? blocks_ : young_blocks_) queue_if_reusable(block);
  for (Block* block : young_blocks_) {
    block->young = false;
    block->forced = false;
    block->young_cells = 0;
    if (block->young_lo < block->young_hi) {
      std::memset(&block->young_bits[block->young_lo], 0,
                  (block->young_hi - block->young_lo) * sizeof(uint64_t));
    }
    block->reset_young_range();
  }
  young_blocks_.clear();
  // Allocation continues in each class's current block, which is young again.
  for (SizeClass* c : classes_) {
    if (c->current != nullptr) {
      c->current->young = true;
      young_blocks_.push_back(c->current);
    }
  }
  freed += sweep_large(major);
  stats_.objects_freed += freed;
  return freed;
}

// Frees one cell that nothing references any more.
uint64_t Heap::free_cell(Block* block, Object* object) {
  finalize_dead(object);
  size_t g = block->granule_of(reinterpret_cast<char*>(object));
  block->clear_young(reinterpret_cast<char*>(object));
  Block::clear(block->allocated, g);
  Block::clear(block->finalizable, g);
  live_bytes_ -= block->cell_size;
  stats_.bytes_freed += block->cell_size;
  --block->live;
  return 1;
}

// Frees the unmarked cells among the candidates (the young cells, or all
// allocated cells) by bitmap arithmetic: only dead cells with a finalizer are
// visited. The allocation cursor restarts at the block's beginning.
uint64_t Heap::sweep_block(Block* block, bool major) {
  uint64_t freed = 0;
  size_t first = major ? 0 : block->young_lo;
  size_t last = major ? kGranules / 64 : block->young_hi;
  // Survival of the young cells marked by tracing, for decide_pretenuring.
  bool observe = !major && !block->forced;
  size_t observed = 0;
  size_t observed_dead = 0;
  for (size_t word = first; word < last; ++word) {
    uint64_t candidates = major ? block->allocated[word] : block->young_bits[word];
    uint64_t dead = candidates & ~block->marks[word];
    if (observe) {
      observed += static_cast<size_t>(__builtin_popcountll(candidates));
      observed_dead += static_cast<size_t>(__builtin_popcountll(dead));
    }
    if (dead == 0) continue;
    for (uint64_t bits = dead & block->finalizable[word]; bits != 0; bits &= bits - 1) {
      auto* object = reinterpret_cast<Object*>(
          block->cell_at_granule(word * 64 + static_cast<size_t>(__builtin_ctzll(bits))));
      finalize_dead(object);
    }
    block->allocated[word] &= ~dead;
    block->finalizable[word] &= ~dead;
    freed += static_cast<uint64_t>(__builtin_popcountll(dead));
  }
  if (observe) {
    observed_cells_[block->size_class] += observed;
    observed_dead_[block->size_class] += observed_dead;
  }
  size_t bytes = freed * block->cell_size;
  block->live -= static_cast<uint32_t>(freed);
  live_bytes_ -= bytes;
  stats_.bytes_freed += bytes;
  block->cursor = block->begin;
  return freed;
}

// Offers a block with free cells to its class for reuse.
void Heap::queue_if_reusable(Block* block) {
  SizeClass* c = classes_[static_cast<size_t>(block->size_class)];
  // Only blocks at least a quarter free are reused: allocating into a nearly
  // full old block scatters young objects among old ones, which costs cache
  // misses at allocation and in every minor sweep.
  bool roomy = (block->cell_count - block->live) * 4 >= block->cell_count;
  if (block->has_space() && roomy && !block->queued && c->current != block) {
    block->queued = true;
    c->with_space.push_back(block);
  }
}

uint64_t Heap::sweep_large(bool major) {
  uint64_t freed = 0;
  for (auto it = large_.begin(); it != large_.end();) {
    auto* object = reinterpret_cast<Object*>(it->first);
    if (!major && !it->second.young) {
      ++it;
      continue;
    }
    if ((object->gc_word & kMarked) != 0) {
      it->second.young = false;
      ++it;
      continue;
    }
    finalize_dead(object);
    live_bytes_ -= it->second.size;
    stats_.bytes_freed += it->second.size;
    ++freed;
    std::free(object);
    it = large_.erase(it);
  }
  return freed;
}

void Heap::release_empty_blocks() {
  std::vector<Block*> kept;
  for (Block* block : blocks_) {
    SizeClass* c = classes_[static_cast<size_t>(block->size_class)];
    if (block->live != 0 || c->current == block) {
      kept.push_back(block);
      continue;
    }
    if (block->queued) {
      auto& list = c->with_space;
      list.erase(std::remove(list.begin(), list.end(), block), list.end());
    }
    if (block->young) {
      young_blocks_.erase(std::remove(young_blocks_.begin(), young_blocks_.end(), block),
                          young_blocks_.end());
    }
    munmap(block, kBlockSize);
  }
  blocks_.swap(kept);
  std::vector<uintptr_t> bases;
  bases.reserve(blocks_.size());
  for (Block* block : blocks_) bases.push_back(reinterpret_cast<uintptr_t>(block));
  block_set_.rebuild(bases);
}

// PYVM_GC_VERIFY: after a collection every allocated object must be marked
// (young garbage was swept), and every reference must lead to an allocated
// object.
void Heap::verify_heap() {
  class Checker : public runtime::Tracer {
   public:
    Checker(const Heap& heap, Object* holder) : heap_(heap), holder_(holder) {}
    void visit_object(Object* child) override {
      if (!heap_.is_allocated(child)) {
        std::fprintf(stderr, "pyvm: GC verify: object %p (type %p) references freed %p\n",
                     static_cast<void*>(holder_), static_cast<void*>(holder_->type),
                     static_cast<void*>(child));
        std::abort();
      }
      // The marker does not trace objects of such types: a reference here
      // would not keep its referent alive.
      if (holder_->type != nullptr && (holder_->type->flags & runtime::kTypeNoReferences) != 0) {
        std::fprintf(stderr,
                     "pyvm: GC verify: object %p of a type flagged kTypeNoReferences (%p) "
                     "references %p\n",
                     static_cast<void*>(holder_), static_cast<void*>(holder_->type),
                     static_cast<void*>(child));
        std::abort();
      }
    }

   private:
    const Heap& heap_;
    Object* holder_;
  };
  auto check = [&](Object* object) {
    if ((object->gc_word & kMarked) == 0) {
      std::fprintf(stderr, "pyvm: GC verify: unmarked object %p survived a collection\n",
                   static_cast<void*>(object));
      std::abort();
    }
    Checker checker(*this, object);
    if (object->type != nullptr && object->type->trace != nullptr) {
      object->type->trace(object, checker);
    }
  };
  for (Block* block : blocks_) {
    block->for_each_allocated([&](char* cell) {
      auto* object = reinterpret_cast<Object*>(cell);
      if (object->type != nullptr) check(object);
    });
  }
  for (auto& [address, info] : large_) check(reinterpret_cast<Object*>(address));
}

// PYVM_GC_VERIFY, before a minor collection: an old (marked) object that
// references a young (unmarked) one must be in the remembered set, or the
// write barrier was skipped somewhere.
void Heap::verify_remembered_set() {
  class Checker : public runtime::Tracer {
   public:
    explicit Checker(Object* holder) : holder_(holder) {}
    void visit_object(Object* child) override {
      if ((child->gc_word & kMarked) == 0) {
        std::fprintf(stderr,
                     "pyvm: GC verify: old object %p (type %p) references young %p "
                     "but is not remembered (missing write barrier)\n",
                     static_cast<void*>(holder_), static_cast<void*>(holder_->type),
                     static_cast<void*>(child));
        std::abort();
      }
    }

   private:
    Object* holder_;
  };
  auto check = [this](Object* object) {
    if ((object->gc_word & (kMarked | kRemembered)) != kMarked) return;
    if (object->type == nullptr || object->type->trace == nullptr) return;
    Checker checker(object);
    if ((object->gc_word & kRememberedRange) != 0) {
      // Young items may only lie inside the recorded range.
      const IndexRange& range = remembered_ranges_.at(object);
      object->type->trace_range(object, 0, range.begin, checker);
      object->type->trace_range(object, range.end, INT64_MAX, checker);
      return;
    }
    object->type->trace(object, checker);
  };
  for (Block* block : blocks_) {
    block->for_each_allocated([&](char* cell) {
      auto* object = reinterpret_cast<Object*>(cell);
      if (object->type != nullptr) check(object);
    });
  }
  for (auto& [address, info] : large_) check(reinterpret_cast<Object*>(address));
}

// PYVM_GC_PHASES=1: thread CPU time of each phase of the collections,
// printed at exit (a diagnostic for tuning; off, it costs a branch).
void Heap::phase_begin(bool major) {
  if (!phases_enabled_) return;
  phase_major_ = major;
  phase_last_ns_ = thread_cpu_ns();
}

void Heap::phase_mark(int phase) {
  if (!phases_enabled_) return;
  uint64_t now = thread_cpu_ns();
  phase_ns_[phase_major_ ? 1 : 0][phase] += now - phase_last_ns_;
  phase_last_ns_ = now;
}

void Heap::print_phases() const {
  static const char* const kNames[kPhaseCount] = {"setup",      "vm_roots", "stacks", "drain",
                                                  "remembered", "weak",     "sweep",  "rest"};
  for (int kind = 0; kind < 2; ++kind) {
    std::fprintf(stderr, "pyvm gc phases (%s, cpu ms):", kind == 0 ? "minor" : "major");
    for (int phase = 0; phase < kPhaseCount; ++phase) {
      std::fprintf(stderr, " %s=%.3f", kNames[phase],
                   static_cast<double>(phase_ns_[kind][phase]) / 1e6);
    }
    std::fprintf(stderr, "\n");
  }
  std::fprintf(stderr,
               "pyvm gc: since the last major, minors kept %.1f of %.1f MB; majors deferred: "
               "%llu; pretenured objects: %llu\n",
               static_cast<double>(promoted_since_major_) / 1048576.0,
               static_cast<double>(young_seen_since_major_) / 1048576.0,
               static_cast<unsigned long long>(stats_.major_deferrals),
               static_cast<unsigned long long>(stats_.pretenured_objects));
}

void Heap::record_pause(uint64_t ns, bool major, size_t old_bytes) {
  if (major) {
    ++stats_.major_collections;
  } else {
    ++stats_.minor_collections;
    if (options_.record_pauses) {
      stats_.minor_pauses_ns.push_back(ns);
      if (old_bytes >= HeapStats::kLargeOldHeapBytes) {
        stats_.large_heap_minor_pauses_ns.push_back(ns);
      }
    }
  }
  stats_.total_pause_ns += ns;
  stats_.max_pause_ns = std::max(stats_.max_pause_ns, ns);
}

}  // namespace pyvm::gc
