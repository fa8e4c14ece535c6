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
#include <string>

namespace pyvm::gc {

using runtime::Object;
using runtime::Type;

namespace {

constexpr size_t kBlockSize = size_t{256} << 10;
constexpr size_t kAlignment = 16;  // block headers and large objects; cells are 8-aligned
constexpr size_t kMaxSmallSize = 8192;
// Sizes above 1024 bytes grow by quarters up to kMaxSmallSize.
constexpr size_t kLargeClassSizes[] = {1280, 1536, 1792, 2048, 2560, 3072,
                                       3584, 4096, 5120, 6144, 7168, 8192};
// Small classes: 16, 24, ..., 64 bytes (8-byte steps: a boxed float is 24),
// then 16-byte steps to 1024; above that, kLargeClassSizes.
constexpr int kEightStepClasses = 7;                  // 16 .. 64
constexpr int kFineClasses = kEightStepClasses + 60;  // + 80 .. 1024
constexpr int kClassCount = kFineClasses + static_cast<int>(std::size(kLargeClassSizes));
// 16-byte granules per block: the young bitmap has one bit per granule.
constexpr size_t kGranuleShift = 4;
constexpr size_t kGranules = kBlockSize >> kGranuleShift;

size_t class_cell_size(int size_class) {
  if (size_class < kEightStepClasses) return static_cast<size_t>(size_class + 2) * 8;
  if (size_class < kFineClasses)
    return static_cast<size_t>(size_class - kEightStepClasses + 5) * 16;
  return kLargeClassSizes[size_class - kFineClasses];
}

int size_class_for(size_t bytes) {
  if (bytes <= 64) return bytes <= 16 ? 0 : static_cast<int>((bytes + 7) / 8) - 2;
  if (bytes <= 1024) return static_cast<int>((bytes + 15) / 16) - 5 + kEightStepClasses;
  int c = kFineClasses;
  while (kLargeClassSizes[c - kFineClasses] < bytes) ++c;
  return c;
}

struct FreeCell {
  Type* null_type;  // always nullptr: marks the cell free
  FreeCell* next;
};

uint64_t now_ns() {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                   std::chrono::steady_clock::now().time_since_epoch())
                                   .count());
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

uint64_t env_number(const char* name, uint64_t fallback) {
  const char* text = std::getenv(name);
  if (text == nullptr || *text == '\0') return fallback;
  char* end = nullptr;
  unsigned long long v = std::strtoull(text, &end, 10);
  return end != text ? v : fallback;
}

}  // namespace

struct Heap::Block {
  int size_class;
  uint32_t cell_size;
  char* begin;  // first cell
  char* end;    // one past the last cell
  char* bump;   // cells below it have been handed out at least once
  FreeCell* free_list;
  uint32_t live;
  bool young;
  bool queued;  // in its class's with_space list
  // One bit per 16-byte granule: set where a cell was allocated since the
  // last collection, so a minor sweep visits only young cells.
  uint64_t young_bits[kGranules / 64];
  uint32_t young_cells;  // bits set in young_bits
  uint32_t cell_count;

  void mark_young(const char* cell) {
    ++young_cells;
    size_t granule =
        static_cast<size_t>(cell - reinterpret_cast<const char*>(this)) >> kGranuleShift;
    young_bits[granule >> 6] |= uint64_t{1} << (granule & 63);
  }
};

struct Heap::SizeClass {
  Block* current = nullptr;
  std::vector<Block*> with_space;
};

// Marks the live graph with an explicit stack (no recursion).
class Marker : public runtime::Tracer {
 public:
  explicit Marker(Heap& heap) : heap_(heap) {}
  void visit_object(Object* object) override {
    if ((object->gc_word & kMarked) != 0) return;
    object->gc_word |= kMarked;
    stack_.push_back(object);
  }
  void visit_word(uintptr_t word) override {
    if (word == 0 || (word & 1) != 0) return;
    Object* object = heap_.find_object(word);
    if (object != nullptr) visit_object(object);
  }
  void trace_children(Object* object) {
    if (object->type == nullptr) return;
    visit_object(object->type);
    if (object->type->trace != nullptr) object->type->trace(object, *this);
  }
  void drain() {
    while (!stack_.empty()) {
      Object* object = stack_.back();
      stack_.pop_back();
      trace_children(object);
    }
  }

 private:
  Heap& heap_;
  std::vector<Object*> stack_;
};

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
  uint64_t growth_percent = env_number("PYVM_GC_GROWTH_PERCENT", 200);
  options.growth = growth_percent < 110 ? 1.1 : static_cast<double>(growth_percent) / 100.0;
  options.stress_every = env_number("PYVM_GC_STRESS", 0);
  options.verify = env_number("PYVM_GC_VERIFY", 0) != 0;
  options.record_pauses = env_number("PYVM_GC_STATS", 0) != 0;
  return options;
}

Heap::Heap(const HeapOptions& options) : options_(options), stack_high_(native_stack_high()) {
  for (int c = 0; c < kClassCount; ++c) classes_.push_back(new SizeClass());
}

Heap::~Heap() {
  // Finalizers only release memory outside the heap and never follow
  // references, so the order does not matter.
  for (Block* block : blocks_) {
    for (char* cell = block->begin; cell < block->bump; cell += block->cell_size) {
      auto* object = reinterpret_cast<Object*>(cell);
      if (object->type != nullptr && object->type->finalize != nullptr) {
        object->type->finalize(object);
      }
    }
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

void Heap::end_bootstrap() { bootstrapping_ = false; }

Object* Heap::try_allocate(size_t bytes, Type* type) {
  size_t size = bytes < sizeof(Object) ? sizeof(Object) : bytes;
  maybe_collect();
  Object* object =
      size <= kMaxSmallSize ? allocate_small(size_class_for(size)) : allocate_large(size);
  if (object == nullptr) return nullptr;
  object->type = type;
  ++allocations_since_gc_;
  if (live_bytes_ > stats_.peak_heap_bytes) stats_.peak_heap_bytes = live_bytes_;
  return object;
}

Object* Heap::allocate_small(int size_class) {
  SizeClass* c = classes_[static_cast<size_t>(size_class)];
  for (;;) {
    Block* block = c->current;
    if (block != nullptr) {
      if (block->free_list != nullptr) {
        FreeCell* cell = block->free_list;
        block->free_list = cell->next;
        std::memset(static_cast<void*>(cell), 0, block->cell_size);
        block->mark_young(reinterpret_cast<char*>(cell));
        ++block->live;
        live_bytes_ += block->cell_size;
        young_allocated_ += block->cell_size;
        return reinterpret_cast<Object*>(cell);
      }
      if (block->bump + block->cell_size <= block->end) {
        char* cell = block->bump;
        block->bump += block->cell_size;
        block->mark_young(cell);
        ++block->live;
        live_bytes_ += block->cell_size;
        young_allocated_ += block->cell_size;
        return reinterpret_cast<Object*>(cell);  // fresh memory is zero
      }
    }
    if (!refill(size_class)) return nullptr;
  }
}

bool Heap::refill(int size_class) {
  SizeClass* c = classes_[static_cast<size_t>(size_class)];
  Block* next = nullptr;
  while (!c->with_space.empty() && next == nullptr) {
    Block* candidate = c->with_space.back();
    c->with_space.pop_back();
    candidate->queued = false;
    if (candidate->free_list != nullptr ||
        candidate->bump + candidate->cell_size <= candidate->end) {
      next = candidate;
    }
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
  size_t header = (sizeof(Block) + kAlignment - 1) & ~(kAlignment - 1);
  char* begin = static_cast<char*>(memory) + header;
  size_t cells = (kBlockSize - header) / cell_size;
  block->size_class = size_class;
  block->cell_size = static_cast<uint32_t>(cell_size);
  block->begin = begin;
  block->end = begin + cells * cell_size;
  block->bump = begin;
  block->free_list = nullptr;
  block->live = 0;
  block->young_cells = 0;
  block->cell_count = static_cast<uint32_t>(cells);
  block->young = false;
  block->queued = false;
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
  if (block_set_.count(base) != 0) {
    auto* block = reinterpret_cast<Block*>(base);
    auto address = reinterpret_cast<char*>(p);
    if (address < block->begin || address >= block->bump) return nullptr;
    size_t index = static_cast<size_t>(address - block->begin) / block->cell_size;
    auto* object = reinterpret_cast<Object*>(block->begin + index * block->cell_size);
    return object->type != nullptr ? object : nullptr;
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
  for (Object* holder : remembered_) {
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
  if (!enabled_ || young_allocated_ < options_.young_bytes) return;
  collect(false);
  // Survivors of minor collections accumulate as old objects until a major
  // collection: run one when the heap outgrows the last major's live size.
  size_t limit = static_cast<size_t>(static_cast<double>(live_after_major_) * options_.growth);
  if (live_bytes_ > options_.min_major_bytes && live_bytes_ > limit) collect(true);
}

uint64_t Heap::collect(bool major) {
  if (collecting_ || root_provider_ == nullptr) return 0;
  collecting_ = true;
  uint64_t start = now_ns();
  if (options_.verify && !major) verify_remembered_set();
  if (major) clear_marks();
  Marker marker(*this);
  mark_roots(marker);
  if (!major) trace_remembered(marker);
  marker.drain();
  clear_dead_weak_slots();
  resurrect_finalizable(marker);
  for (Object* holder : remembered_) holder->gc_word &= ~(kRemembered | kRememberedRange);
  remembered_.clear();
  remembered_ranges_.clear();
  uint64_t freed = sweep(major);
  (major ? stats_.major_objects_freed : stats_.minor_objects_freed) += freed;
  minors_since_major_ = major ? 0 : minors_since_major_ + 1;
  if (major) {
    release_empty_blocks();
    live_after_major_ = live_bytes_;
  }
  young_allocated_ = 0;
  allocations_since_gc_ = 0;
  if (options_.verify) verify_heap();
  record_pause(now_ns() - start, major);
  collecting_ = false;
  return freed;
}

void Heap::mark_roots(Marker& marker) {
  root_provider_->trace_roots(marker);
  for (RootSet* roots = root_sets_; roots != nullptr; roots = roots->next_) roots->trace(marker);
  // Queued for the VM but not yet taken: they must survive until they are.
  for (Object* object : pending_finalization_) marker.visit_object(object);
  for (Object* holder : cleared_weak_holders_) marker.visit_object(holder);
  scan_native_stack(marker);
  marker.drain();
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
void Heap::clear_dead_weak_slots() {
  size_t kept = 0;
  for (const WeakSlot& entry : weak_slots_) {
    if ((entry.holder->gc_word & kMarked) == 0) continue;
    Value referent = *entry.slot;
    if (referent.is_object() && (referent.object()->gc_word & kMarked) == 0) {
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
    if ((object->gc_word & kMarked) != 0) {
      finalizable_[kept++] = object;
      continue;
    }
    pending_finalization_.push_back(object);
    marker.visit_object(object);
  }
  finalizable_.resize(kept);
  marker.drain();
}

void Heap::clear_marks() {
  for (Block* block : blocks_) {
    for (char* cell = block->begin; cell < block->bump; cell += block->cell_size) {
      reinterpret_cast<Object*>(cell)->gc_word &= ~(kMarked | kRemembered | kRememberedRange);
    }
  }
  for (auto& [address, info] : large_) {
    reinterpret_cast<Object*>(address)->gc_word &= ~(kMarked | kRemembered | kRememberedRange);
  }
}

uint64_t Heap::sweep(bool major) {
  uint64_t freed = 0;
  if (major) {
    for (Block* block : blocks_) freed += sweep_block(block);
  } else {
    // A mostly young block is cheaper to sweep in one pass; that is correct
    // too, because every unmarked allocated cell is young.
    for (Block* block : young_blocks_) {
      freed += block->young_cells * 4 > block->cell_count ? sweep_block(block)
                                                          : sweep_young_cells(block);
    }
  }
  for (Block* block : young_blocks_) {
    block->young = false;
    block->young_cells = 0;
    std::memset(block->young_bits, 0, sizeof(block->young_bits));
  }
  young_blocks_.clear();
  for (Block* block : blocks_) queue_if_reusable(block);
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

// Frees a dead object's cell onto its block's free list.
uint64_t Heap::free_cell(Block* block, Object* object) {
  if (object->type->finalize != nullptr) object->type->finalize(object);
  live_bytes_ -= block->cell_size;
  stats_.bytes_freed += block->cell_size;
  --block->live;
  auto* free_cell = reinterpret_cast<FreeCell*>(object);
  free_cell->null_type = nullptr;
  free_cell->next = block->free_list;
  block->free_list = free_cell;
  return 1;
}

// Minor sweep: only the cells allocated since the last collection.
uint64_t Heap::sweep_young_cells(Block* block) {
  uint64_t freed = 0;
  char* base = reinterpret_cast<char*>(block);
  for (size_t word = 0; word < kGranules / 64; ++word) {
    uint64_t bits = block->young_bits[word];
    while (bits != 0) {
      size_t granule = word * 64 + static_cast<size_t>(__builtin_ctzll(bits));
      bits &= bits - 1;
      // The cell that starts in this granule is the one holding its last byte
      // (cells are at least one granule long).
      char* last_byte = base + (granule << kGranuleShift) + 15;
      size_t index = static_cast<size_t>(last_byte - block->begin) / block->cell_size;
      auto* object = reinterpret_cast<Object*>(block->begin + index * block->cell_size);
      if (object->type != nullptr && (object->gc_word & kMarked) == 0) {
        freed += free_cell(block, object);
      }
    }
  }
  return freed;
}

// Major sweep: every cell, rebuilding the free list in address order.
uint64_t Heap::sweep_block(Block* block) {
  uint64_t freed = 0;
  FreeCell* free_list = nullptr;
  uint32_t live = 0;
  for (char* cell = block->bump; cell > block->begin;) {
    cell -= block->cell_size;
    auto* object = reinterpret_cast<Object*>(cell);
    if (object->type != nullptr) {
      if ((object->gc_word & kMarked) != 0) {
        ++live;
        continue;
      }
      if (object->type->finalize != nullptr) object->type->finalize(object);
      ++freed;
      live_bytes_ -= block->cell_size;
      stats_.bytes_freed += block->cell_size;
    }
    auto* free_cell = reinterpret_cast<FreeCell*>(cell);
    free_cell->null_type = nullptr;
    free_cell->next = free_list;
    free_list = free_cell;
  }
  block->free_list = free_list;
  block->live = live;
  return freed;
}

// Offers a block with free cells to its class for reuse.
void Heap::queue_if_reusable(Block* block) {
  SizeClass* c = classes_[static_cast<size_t>(block->size_class)];
  // Only blocks at least a quarter free are reused: allocating into a nearly
  // full old block scatters young objects among old ones, which costs cache
  // misses at allocation and in every minor sweep.
  bool roomy = (block->cell_count - block->live) * 4 >= block->cell_count;
  if (block->free_list != nullptr && roomy && !block->queued && c->current != block) {
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
    if (object->type != nullptr && object->type->finalize != nullptr)
      object->type->finalize(object);
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
    block_set_.erase(reinterpret_cast<uintptr_t>(block));
    munmap(block, kBlockSize);
  }
  blocks_.swap(kept);
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
    for (char* cell = block->begin; cell < block->bump; cell += block->cell_size) {
      auto* object = reinterpret_cast<Object*>(cell);
      if (object->type != nullptr) check(object);
    }
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
    for (char* cell = block->begin; cell < block->bump; cell += block->cell_size) {
      auto* object = reinterpret_cast<Object*>(cell);
      if (object->type != nullptr) check(object);
    }
  }
  for (auto& [address, info] : large_) check(reinterpret_cast<Object*>(address));
}

void Heap::record_pause(uint64_t ns, bool major) {
  if (major) {
    ++stats_.major_collections;
  } else {
    ++stats_.minor_collections;
    if (options_.record_pauses) stats_.minor_pauses_ns.push_back(ns);
  }
  stats_.total_pause_ns += ns;
  stats_.max_pause_ns = std::max(stats_.max_pause_ns, ns);
}

}  // namespace pyvm::gc
