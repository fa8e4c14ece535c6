// The heap: every Python object is allocated here, and a generational,
// non-moving mark-sweep collector reclaims what is unreachable.
//
// Layout: objects up to kMaxSmallSize bytes live in 256 KiB blocks, each block
// holding cells of one size class, with side bitmaps (allocated, young,
// marked, finalizable) of one bit per 16-byte granule; larger objects are
// allocated on their own. See docs/gc.md for the design and its figures.
//
// Generations use sticky mark bits: a marked object is old. A minor collection
// marks from the roots and the remembered set, never entering old objects, and
// frees the young cells left unmarked (bitmap arithmetic on the blocks
// allocated into since the previous collection); every survivor stays marked
// and so becomes old. A major collection clears the blocks' mark bitmaps
// (old objects keep their header bit: the bitmaps say what this collection
// reached), marks the whole live graph and sweeps every block.
//
// Invariants:
//   - Between collections, every unmarked (young) object lives in a block on
//     the young-block list or in the young large-object list.
//   - An old object that references a young object is in the remembered set:
//     every reference store into a heap object runs write_barrier first.
//   - Roots are: what the RootProvider (the VM) traces, every word of the native
//     stack and registers (conservatively: a word that points into an allocated
//     cell keeps that object alive; nothing moves, so this is safe), and every
//     registered RootSet. Native code that keeps Values in malloc'd memory
//     across an allocation must hold them in a RootSet (see RootedValues).
//   - Weak slots and finalizable objects are handled after marking and before
//     sweeping: weak slots to unmarked referents are cleared first, then
//     unmarked finalizable objects are resurrected and queued.
//   - Collections happen only inside try_allocate or collect(), never while an
//     object is half-initialised by its type's code in a way its trace cannot
//     read (fresh objects are zeroed, and traces skip nulls).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <map>
#include <unordered_map>
#include <vector>

#include "runtime/object.h"

namespace pyvm::gc {

// Header bits in Object::gc_word owned by the collector.
enum GcBits : uint32_t {
  kMarked = 1u << 0,           // reached by the last collection, or survived one: old
  kRemembered = 1u << 1,       // in the remembered set: trace all its children
  kRememberedRange = 1u << 2,  // in the remembered set: trace an index range only
  kLarge = 1u << 3,            // allocated on its own, not in a block
};
// The bits of gc_word above kExternalShift count the KiB the object owns
// outside the heap (note_external_allocation).
constexpr uint32_t kExternalShift = 4;

// Size classes of small objects: 16, 24, ..., 64 bytes (8-byte steps: a boxed
// float is 24), then 16-byte steps up to kMaxFineBytes, then quarter steps up
// to 8 KiB (heap.cpp).
namespace size_classes {
inline constexpr int kEightStep = 7;           // 16 .. 64
inline constexpr int kFine = kEightStep + 60;  // + 80 .. 1024
inline constexpr int kCount = kFine + 12;      // + 1280 .. 8192
inline constexpr size_t kMaxFineBytes = 1024;
// The class of a request of `bytes` <= kMaxFineBytes.
constexpr int fine_class_of(size_t bytes) {
  if (bytes <= 64) return bytes <= 16 ? 0 : static_cast<int>((bytes + 7) / 8) - 2;
  return static_cast<int>((bytes + 15) / 16) - 5 + kEightStep;
}
// fine_class_of by table, indexed by (bytes + 7) / 8: class boundaries are
// multiples of 8, so every request in one 8-byte step has the same class.
struct FineClassTable {
  uint8_t of[kMaxFineBytes / 8 + 1];
};
inline constexpr FineClassTable kFineClassTable = [] {
  FineClassTable table{};
  for (size_t i = 0; i <= kMaxFineBytes / 8; ++i)
    table.of[i] = static_cast<uint8_t>(fine_class_of(i * 8));
  return table;
}();
}  // namespace size_classes

// The base addresses of the heap's blocks: an open-addressing hash set,
// so that "is this address in a block" (conservative scanning, and the
// minor collection's test of a visited object's young bit) costs a
// multiplication and usually one probe.
class BlockTable {
 public:
  [[nodiscard]] bool contains(uintptr_t base) const {
    if (slots_.empty()) return false;
    for (size_t i = index_of(base);; i = (i + 1) & mask_) {
      uintptr_t slot = slots_[i];
      if (slot == base) return true;
      if (slot == 0) return false;
    }
  }
  void insert(uintptr_t base);
  // Replaces the contents with `bases` (after blocks were released).
  void rebuild(const std::vector<uintptr_t>& bases);

 private:
  [[nodiscard]] size_t index_of(uintptr_t base) const {
    return static_cast<size_t>(((base >> 18) * 0x9E3779B97F4A7C15ull) >> shift_) & mask_;
  }
  void grow(size_t capacity);
  std::vector<uintptr_t> slots_;
  size_t count_ = 0;
  size_t mask_ = 0;
  int shift_ = 64;
};

// Something outside the heap that holds references and must be traced.
class RootSet {
 public:
  RootSet(const RootSet&) = delete;
  RootSet& operator=(const RootSet&) = delete;
  virtual void trace(runtime::Tracer& tracer) = 0;

 protected:
  explicit RootSet(class Heap& heap);
  virtual ~RootSet();

 private:
  friend class Heap;
  Heap& heap_;
  RootSet* prev_ = nullptr;
  RootSet* next_ = nullptr;
};

// The VM's precise roots (types, singletons, tables, the VM stack).
class RootProvider {
 public:
  virtual ~RootProvider() = default;
  virtual void trace_roots(runtime::Tracer& tracer) = 0;
  // Called after a collection that queued finalizers or cleared weak slots
  // (take_pending_finalization / take_cleared_weak_holders have work).
  virtual void finalization_pending() {}
  // Called when an allocation exceeded HeapOptions::max_heap_bytes even
  // after a major collection: the allocation was served from the reserve,
  // and the provider should raise MemoryError at its next safe point.
  virtual void memory_exhausted() {}
};

struct HeapStats {
  uint64_t minor_collections = 0;
  uint64_t major_collections = 0;
  uint64_t total_pause_ns = 0;
  // CPU time of this thread spent collecting: with other processes competing
  // for the cores, the collector's share of CPU time is steadier than its
  // share of wall time.
  uint64_t total_pause_cpu_ns = 0;
  uint64_t max_pause_ns = 0;
  uint64_t objects_freed = 0;
  uint64_t minor_objects_freed = 0;
  uint64_t major_objects_freed = 0;
  uint64_t bytes_freed = 0;
  size_t peak_heap_bytes = 0;
  // Pause of each minor collection, for percentiles (kept only when asked).
  std::vector<uint64_t> minor_pauses_ns;
  // The same pauses restricted to minor collections that ran with at least
  // kLargeOldHeapBytes of old objects (the p99 target of docs/gc.md).
  static constexpr size_t kLargeOldHeapBytes = size_t{128} << 20;
  std::vector<uint64_t> large_heap_minor_pauses_ns;
  uint64_t major_pause_cpu_ns = 0;
  // Major collections put off because the heap was growing by promotion of
  // live data (Heap::defer_major).
  uint64_t major_deferrals = 0;
  // Young objects that minor collections kept without tracing them from the
  // roots, because their size class was pretenured (Heap::force_pretenured).
  uint64_t pretenured_objects = 0;
};

struct HeapOptions {
  size_t young_bytes = size_t{2} << 20;  // allocation volume that triggers a minor GC
  // While minor collections keep most of the young generation alive (a
  // program building a big structure), the young generation doubles after
  // each, up to this many times young_bytes (1: fixed size), and returns to
  // young_bytes once one keeps less: fewer minors, each with the same work
  // per survivor but a fixed cost (roots, stacks) paid less often.
  size_t young_growth_limit = 1;
  double growth = 2.0;                         // major GC when live bytes grow by this factor...
  size_t min_major_bytes = size_t{8} << 20;    // ...and exceed this
  double small_heap_growth = 1.25;             // the factor while the live heap is below...
  size_t small_heap_bytes = size_t{32} << 20;  // ...this size
  // While major collections keep finding the heap mostly live (it is growing,
  // not filling with garbage), the factor's excess over 1 doubles after each
  // such collection but the first, up to this factor; one that frees more
  // than a tenth resets it.
  double max_growth = 3.0;
  // A due major collection is put off (its limit doubled) at most this many
  // times between two majors while minors keep nine tenths of what they see
  // and the heap exceeds small_heap_bytes (Heap::defer_major; 0: never).
  int max_major_deferrals = 0;
  // Pretenuring: while the minor collections keep nine tenths of a size
  // class's young cells, the next ones keep its cells outside the class's
  // current block without tracing them from the roots (Heap::force_pretenured).
  bool pretenure = true;
  uint64_t stress_every = 0;  // collect every N allocations (0: off)
  bool verify = false;        // check the heap after every collection
  bool record_pauses = false;
  // Caps the heap's size, external memory included (0: no cap): see
  // Heap::kCapReserveBytes for what happens when an allocation exceeds it.
  size_t max_heap_bytes = 0;
  // Reads PYVM_GC_YOUNG_BYTES, PYVM_GC_GROWTH_PERCENT, PYVM_GC_STRESS,
  // PYVM_GC_VERIFY, PYVM_GC_STATS, PYVM_GC_MAJOR_DEFERRALS, PYVM_GC_PRETENURE
  // and PYVM_MAX_HEAP
  // (a malformed size is ignored).
  static HeapOptions from_environment();
  // Parses a size: plain bytes, or a number with a K, M or G suffix (binary
  // multiples, either case). False when `text` is malformed or overflows.
  [[nodiscard]] static bool parse_size(const char* text, size_t* out);
};

class Heap {
 public:
  static constexpr size_t kBlockBytes = size_t{256} << 10;
  // Under a heap cap, allocations normally stop this far below the cap. One
  // that would pass that point runs a major collection first; if it still
  // does not fit with some headroom left (a 32nd of the cap, at least this
  // much: less would make every few allocations collect), it is served anyway (callers of
  // VM::allocate need memory, not nullptr), the root provider is told (memory_exhausted) and the
  // reserve is in use: allocations go on until the heap has grown by this
  // much more (room to raise and handle MemoryError), after which one that
  // cannot fit even after a major collection fails with nullptr. A
  // collection that brings the heap back below the reserve re-arms it.
  static constexpr size_t kCapReserveBytes = size_t{512} << 10;
  explicit Heap(const HeapOptions& options = HeapOptions::from_environment());
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Zeroes the first `bytes` of a fresh small cell, rounded up to whole words
  // (cells are whole words). Most objects are a few words: word stores, not
  // the `rep stos` a memset of unknown size compiles to, which takes tens of
  // cycles to start.
  static void zero_cell(char* cell, size_t bytes) {
    auto* w = reinterpret_cast<uint64_t*>(cell);
    switch ((bytes + 7) >> 3) {
      case 8:
        w[7] = 0;
        [[fallthrough]];
      case 7:
        w[6] = 0;
        [[fallthrough]];
      case 6:
        w[5] = 0;
        [[fallthrough]];
      case 5:
        w[4] = 0;
        [[fallthrough]];
      case 4:
        w[3] = 0;
        [[fallthrough]];
      case 3:
        w[2] = 0;
        [[fallthrough]];
      case 2:
        w[1] = 0;
        [[fallthrough]];
      case 1:
        w[0] = 0;
        [[fallthrough]];
      case 0:
        return;
      default:
        std::memset(cell, 0, bytes);
    }
  }

  // Allocates a zeroed object of `bytes` bytes (header included) of `type`.
  // May collect first. Returns nullptr when the memory cannot be had.
  [[nodiscard]] runtime::Object* try_allocate(size_t bytes, runtime::Type* type) {
    runtime::Object* object = allocate_fast(bytes, type, bytes);
    return object != nullptr ? object : allocate_slow(bytes, type, bytes);
  }
  // The inline fast path of try_allocate: takes the next cell of the size
  // class's allocation region (a run of free cells of the current block,
  // reserved against the young generation's budget: see AllocRegion) and
  // zeroes its first `zeroed_bytes` (at least the header): the rest of the
  // object is the caller's to write before anything can read it, and must
  // hold no references (a str's characters). nullptr when the region is used
  // up, the object is not small, or its type has a finalizer;
  // allocate_slow then does the rest.
  [[nodiscard]] runtime::Object* allocate_fast(size_t bytes, runtime::Type* type,
                                               size_t zeroed_bytes) {
    if (bytes > size_classes::kMaxFineBytes) return nullptr;
    AllocRegion& region = regions_[size_classes::kFineClassTable.of[(bytes + 7) >> 3]];
    char* cell = region.cursor;
    if (static_cast<size_t>(region.limit - cell) < region.cell_size) return nullptr;
    if (type == nullptr || type->finalize != nullptr) return nullptr;
    region.cursor = cell + region.cell_size;
    zero_cell(cell,
              zeroed_bytes < sizeof(runtime::Object) ? sizeof(runtime::Object) : zeroed_bytes);
    auto* object = reinterpret_cast<runtime::Object*>(cell);
    object->type = type;
    return object;
  }
  // For compiled code that inlines allocate_fast (jit/x64): the addresses of
  // the cursor, limit and cell size of the region serving small objects of
  // `bytes` bytes (bytes <= size_classes::kMaxFineBytes).
  struct FastRegionWords {
    char** cursor;
    char** limit;
    size_t* cell_size;
  };
  FastRegionWords fast_region_words(size_t bytes) {
    AllocRegion& region = regions_[size_classes::kFineClassTable.of[(bytes + 7) >> 3]];
    return {&region.cursor, &region.limit, &region.cell_size};
  }
  // The out-of-line path: collects when due, applies the heap cap, opens a
  // new allocation region or allocates a large object; zeroes the first
  // `zeroed_bytes` as allocate_fast does.
  [[nodiscard]] runtime::Object* allocate_slow(size_t bytes, runtime::Type* type,
                                               size_t zeroed_bytes);
  // Allocates storage owned by `owner` (see runtime/storage.h): like
  // try_allocate, but the new object starts old when its owner is old, so an
  // old owner needs no remembering for it. Only valid for storage whose type
  // traces nothing and that only its owner's trace reaches.
  [[nodiscard]] runtime::Object* try_allocate_owned(size_t bytes, runtime::Type* type,
                                                    const runtime::Object* owner);
  // Frees `object` at once. The caller guarantees that nothing references it
  // any more (storage replaced by its owner).
  void release(runtime::Object* object);

  // Records that `holder` now references `value`. Must be called on every
  // reference store into a heap object.
  void write_barrier(runtime::Object* holder, Value value) {
    if ((holder->gc_word & (kMarked | kRemembered)) == kMarked && value.is_object() &&
        (value.object()->gc_word & kMarked) == 0) {
      remember(holder);
    }
  }
  // For stores of many references at once (e.g. a bulk copy into a list).
  void remember_if_old(runtime::Object* holder) {
    if ((holder->gc_word & (kMarked | kRemembered)) == kMarked) remember(holder);
  }
  // The barrier for a store into item `index` of an indexed container whose
  // type has trace_range: an old holder remembers just the range of indices
  // that received young references, so a minor collection does not trace a
  // big old container in full.
  void write_barrier_index(runtime::Object* holder, int64_t index, Value value) {
    if ((holder->gc_word & (kMarked | kRemembered)) == kMarked && value.is_object() &&
        (value.object()->gc_word & kMarked) == 0) {
      remember_index(holder, index);
    }
  }
  // Must be called when a container moves items to other indices (insert,
  // delete, reverse, sort...): a range-remembered holder becomes remembered
  // whole, since its young items may now lie outside the recorded range.
  void items_moved(runtime::Object* holder) {
    if ((holder->gc_word & kRememberedRange) != 0) remember(holder);
  }
  // For compiled code's inline write barrier (jit/x64): the words where
  // remember_index keeps the holder it recorded last and a pointer to that
  // holder's range, two int64s {begin, end}; the holder word is null when
  // there is none.
  runtime::Object* const* last_range_holder_address() const { return &last_range_holder_; }
  void* const* last_range_address() const { return reinterpret_cast<void* const*>(&last_range_); }

  void set_root_provider(RootProvider* provider) { root_provider_ = provider; }
  // Until this is called nothing is collected and every object is remembered
  // for finalization at teardown (during VM bootstrap objects are allocated
  // before their type's finalizer is installed).
  void end_bootstrap();

  // Weak references: `slot` (inside `holder`, and not visited by holder's
  // trace) is cleared to null by the first collection that finds its referent
  // unreachable. The entry goes away when the holder dies. Holders whose slot
  // was cleared are queued for take_cleared_weak_holders (weakref callbacks).
  void add_weak_slot(runtime::Object* holder, Value* slot);
  std::vector<runtime::Object*> take_cleared_weak_holders();

  // Objects with a Python-level finalizer (__del__): when a collection finds
  // one unreachable, it clears weak references to it, then keeps it (and what
  // it references) alive, drops its registration (a finalizer runs once) and
  // queues it; the VM runs the finalizers after the collection.
  void register_finalizer(runtime::Object* object);
  std::vector<runtime::Object*> take_pending_finalization();

  // Collects now. Returns the number of objects freed.
  uint64_t collect(bool major);
  // A collection whose roots leave out the native stack. Only for a caller
  // that knows no native frame holds a value the precise roots miss
  // (gc.collect() called straight from the main module's interpreter loop:
  // see vm::native_stack_holds_no_values; unit tests that keep no object
  // only on the stack). Stale words there would otherwise keep garbage alive
  // and weak references uncleared.
  uint64_t collect_precise(bool major);
  void set_enabled(bool enabled) { enabled_ = enabled; }
  bool enabled() const { return enabled_; }

  // The allocated object containing address `p`, or nullptr.
  runtime::Object* find_object(uintptr_t p) const;
  bool is_allocated(const runtime::Object* object) const {
    return find_object(reinterpret_cast<uintptr_t>(object)) == object;
  }

  // Memory that `owner` keeps outside the heap (GMP limbs): it counts towards
  // the next minor collection, and while the owner lives towards the heap size
  // that triggers major collections, so programs whose memory is mostly
  // outside the heap still collect. Recorded in the owner's header (KiB,
  // rounded up) and forgotten when the owner is freed.
  void note_external_allocation(runtime::Object* owner, size_t bytes);

  // Bytes of the live and not yet collected objects (cells taken from the
  // allocation regions included).
  [[nodiscard]] size_t heap_bytes() const;
  [[nodiscard]] uint64_t allocations_since_collection() const;
  uint64_t minor_collections_since_major() const { return minors_since_major_; }
  const HeapStats& stats() const { return stats_; }
  const HeapOptions& options() const { return options_; }
  void set_options(const HeapOptions& options);

 private:
  struct SizeClass;

 public:  // for the allocator's helpers in heap.cpp
  struct Block;

 private:
  struct LargeObject {
    size_t size;
    bool young;
  };
  // The allocation region of a size class: cells [cursor, limit) of `block`
  // are free (not zeroed: each allocation zeroes its own cell), and their
  // bytes are already counted in young_allocated_ (the minor trigger), so the
  // fast path only bumps the cursor. The free cells in [flushed, cursor) are
  // allocated but not yet in the block's bitmaps and counters (the range may
  // span earlier regions of the same block, and old cells between them):
  // flush_region enters them (every collection first retires all regions),
  // and find_object treats them as allocated. A region holds at most
  // kRegionBytes, and at most what is left of the young generation's budget.
  // In stress and heap-cap modes and during bootstrap a region holds one cell
  // and is retired at once: every allocation takes the slow path.
  struct AllocRegion {
    char* cursor = nullptr;
    char* limit = nullptr;
    size_t cell_size = 0;
    char* flushed = nullptr;
    Block* block = nullptr;
  };
  static constexpr size_t kRegionBytes = size_t{32} << 10;
  friend class RootSet;
  friend class Marker;

  runtime::Object* allocate_small(int size_class);
  bool open_region(int size_class);
  void flush_region(AllocRegion& region);
  void give_back_unused(AllocRegion& region);
  [[nodiscard]] uint32_t unflushed_cells(const AllocRegion& region) const;
  void retire_region(int size_class);
  void retire_regions();
  [[nodiscard]] size_t young_bytes_in_use() const;
  void update_fast_mode();
  runtime::Object* allocate_large(size_t bytes, size_t zeroed_bytes);
  bool refill(int size_class);
  Block* new_block(int size_class);
  void maybe_collect();
  // Applies the heap cap to an allocation of `size` bytes (see
  // kCapReserveBytes); false when it must fail.
  [[nodiscard]] bool admit_under_cap(size_t size);
  [[nodiscard]] bool fits_cap(size_t size) const;
  [[nodiscard]] size_t soft_cap() const;
  void rearm_cap_reserve();
  [[nodiscard]] size_t major_limit() const;
  void adapt_growth(size_t size_before_major);
  [[nodiscard]] bool defer_major(size_t size);
  void adapt_young_size(size_t young_bytes, size_t bytes_freed);
  void remember(runtime::Object* holder);
  void remember_index(runtime::Object* holder, int64_t index);
  void mark_native_stack_last(class Marker& marker);
  void keep_pinned_young();
  // Widens [lowest_address_, highest_address_), which bounds every cell.
  void note_address_range(uintptr_t low, uintptr_t high);

  void force_pretenured(class Marker& marker);
  void decide_pretenuring();
  void mark_roots(class Marker& marker);
  void trace_remembered(class Marker& marker);
  void clear_dead_weak_slots(const class Marker& marker);
  void resurrect_finalizable(class Marker& marker);
  void scan_native_stack(class Marker& marker);
  void clear_marks();
  uint64_t sweep(bool major);
  uint64_t sweep_block(Block* block, bool major);
  static size_t block_header_size();
  static Block* block_of(const runtime::Object* object) {
    return reinterpret_cast<Block*>(reinterpret_cast<uintptr_t>(object) & ~(kBlockBytes - 1));
  }
  uint64_t free_cell(Block* block, runtime::Object* object);
  void finalize_dead(runtime::Object* object);
  void queue_if_reusable(Block* block);
  uint64_t sweep_large(bool major);
  void release_empty_blocks();
  void verify_heap();
  void verify_remembered_set();
  void record_pause(uint64_t ns, bool major, size_t old_bytes);
  // PYVM_GC_PHASES: CPU time per phase of minor and major collections.
  enum Phase {
    kPhaseSetup,
    kPhaseVmRoots,
    kPhaseStacks,
    kPhaseDrain,
    kPhaseRemembered,
    kPhaseWeak,
    kPhaseSweep,
    kPhaseRest,
    kPhaseCount
  };
  void phase_begin(bool major);
  void phase_mark(int phase);
  void print_phases() const;

  HeapOptions options_;
  AllocRegion regions_[size_classes::kCount];
  std::vector<SizeClass*> classes_;
  std::vector<Block*> blocks_;              // every block
  BlockTable block_set_;                    // block base addresses
  std::vector<Block*> young_blocks_;        // allocated into since the last GC
  std::map<uintptr_t, LargeObject> large_;  // start address -> size
  std::vector<runtime::Object*> remembered_;
  struct IndexRange {
    int64_t begin;
    int64_t end;
  };
  std::unordered_map<runtime::Object*, IndexRange> remembered_ranges_;
  // The holder remember_index recorded last and its entry (entries stay put
  // when the map grows; both are reset when a collection starts, before the
  // roots are scanned): a loop that stores young items into one old list
  // skips the hash lookup.
  runtime::Object* last_range_holder_ = nullptr;
  IndexRange* last_range_ = nullptr;
  struct WeakSlot {
    runtime::Object* holder;
    Value* slot;
  };
  std::vector<WeakSlot> weak_slots_;
  std::vector<runtime::Object*> cleared_weak_holders_;
  std::vector<runtime::Object*> finalizable_;
  std::vector<runtime::Object*> pending_finalization_;
  RootSet* root_sets_ = nullptr;
  RootProvider* root_provider_ = nullptr;
  uintptr_t stack_high_ = 0;        // highest address of the native stack
  bool skip_native_stack_ = false;  // set only inside collect_precise
  // A minor collection's objects reached only through native-stack words
  // (Heap::mark_native_stack_last): kept young rather than promoted.
  std::vector<runtime::Object*> pinned_;
  uintptr_t lowest_address_ = UINTPTR_MAX;
  uintptr_t highest_address_ = 0;
  size_t live_bytes_ = 0;
  size_t external_bytes_ = 0;  // owned outside the heap by live objects
  size_t live_after_major_ = 0;
  // Multiplies the growth factor's excess over 1 (see HeapOptions::max_growth).
  double growth_boost_ = 1.0;
  int mostly_live_majors_ = 0;  // consecutive majors that freed under a tenth
  size_t young_allocated_ = 0;
  size_t young_external_ = 0;  // of young_allocated_, noted outside the heap
  // Since the last major collection: bytes the minor collections found in
  // the young generation, and how many of them they kept (promoted).
  size_t young_seen_since_major_ = 0;
  size_t promoted_since_major_ = 0;
  // The same since the last major collection or deferral (defer_major).
  size_t young_seen_since_check_ = 0;
  size_t promoted_since_check_ = 0;
  size_t deferred_major_limit_ = 0;  // no major below this (0 after a major)
  int major_deferrals_ = 0;          // since the last major collection
  size_t young_limit_ = 0;           // the young generation's current size (young_growth_limit)
  // Pretenuring (force_pretenured): the size classes whose young cells the
  // next automatic minor collection keeps without tracing (but those of the
  // class's current block, the sample), and per class the young cells the
  // last minor collection decided by tracing and how many of them died.
  bool pretenured_[size_classes::kCount] = {};
  size_t observed_cells_[size_classes::kCount] = {};
  size_t observed_dead_[size_classes::kCount] = {};
  bool pretenure_this_minor_ = false;  // set by maybe_collect around its minor
  uint64_t allocations_since_gc_ = 0;
  uint64_t stress_counter_ = 0;
  uint64_t minors_since_major_ = 0;
  // While the cap's reserve is in use: the heap size allocations may reach
  // (0: the reserve is armed).
  size_t cap_raise_limit_ = 0;
  bool bootstrapping_ = true;
  bool fast_regions_ = false;  // regions may hold more than one cell
  bool enabled_ = true;
  bool collecting_ = false;
  HeapStats stats_;
  bool phases_enabled_ = false;
  bool phases_verbose_ = false;  // PYVM_GC_PHASES=2: a line per major collection
  bool phase_major_ = false;
  uint64_t phase_last_ns_ = 0;
  uint64_t phase_ns_[2][kPhaseCount] = {};
};

// A vector of Values that the collector sees: use it instead of
// std::vector<Value> whenever Values are kept across an allocation.
class RootedValues : public RootSet, public std::vector<Value> {
 public:
  explicit RootedValues(Heap& heap) : RootSet(heap) {}
  void trace(runtime::Tracer& tracer) override {
    for (Value v : static_cast<std::vector<Value>&>(*this)) tracer.visit(v);
  }
};

}  // namespace pyvm::gc
