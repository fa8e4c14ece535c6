// The generational mark-sweep heap (see gc/heap.h and docs/gc.md): options,
// construction, allocation (size-class blocks, allocation regions, large
// objects) and finding the object at an address. Collection is in
// heap_mark.cpp, heap_sweep.cpp and heap_policy.cpp.
#include "gc/heap.h"

#include <pthread.h>
#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>

#include "gc/heap_internal.h"

namespace pyvm::gc {

namespace {

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

size_t Heap::block_header_size() { return (sizeof(Block) + kAlignment - 1) & ~(kAlignment - 1); }

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
      static_cast<int>(std::min<uint64_t>(env_number("PYVM_GC_MAJOR_DEFERRALS", 3), 16));
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
      phases_enabled_(env_number("PYVM_GC_PHASES", 0) != 0),
      phases_verbose_(env_number("PYVM_GC_PHASES", 0) >= 2) {
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

Object* Heap::allocate_slow(size_t bytes, Type* type, size_t zeroed_bytes) {
  size_t size = bytes < sizeof(Object) ? sizeof(Object) : bytes;
  size_t zeroed = std::clamp(zeroed_bytes, sizeof(Object), size);
  maybe_collect();
  if (options_.max_heap_bytes != 0 && !admit_under_cap(size)) return nullptr;
  bool small = size <= kMaxSmallSize;
  Object* object = small ? allocate_small(size_class_for(size)) : allocate_large(size, zeroed);
  if (object == nullptr) return nullptr;
  if (small) zero_cell(reinterpret_cast<char*>(object), zeroed);
  // Under stress the raw payload gets a pattern instead of what the cell
  // held: code that reads characters it did not write shows up in tests.
  if (options_.stress_every != 0 && zeroed < size) {
    std::memset(reinterpret_cast<char*>(object) + zeroed, 0xA5, size - zeroed);
  }
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

// The cells in granules [g0, g1) of `block` that are cell starts and not
// yet allocated; with `take`, they become allocated and young.
static uint32_t free_cells_in_range(Heap::Block* block, const Heap::Block::Bitmap& starts,
                                    size_t g0, size_t g1, bool take) {
  uint32_t cells = 0;
  while (g0 < g1) {
    size_t word = g0 >> 6;
    size_t low = g0 & 63;
    size_t high = std::min<size_t>(64, low + (g1 - g0));
    uint64_t mask = (high == 64 ? ~uint64_t{0} : (uint64_t{1} << high) - 1) & (~uint64_t{0} << low);
    uint64_t fresh = starts[word] & mask & ~block->allocated[word];
    cells += static_cast<uint32_t>(__builtin_popcountll(fresh));
    if (take) {
      block->allocated[word] |= fresh;
      block->young_bits[word] |= fresh;
    }
    g0 = word * 64 + high;
  }
  return cells;
}

// The free cells a region has handed out since its last flush.
uint32_t Heap::unflushed_cells(const AllocRegion& region) const {
  if (region.cursor == region.flushed) return 0;
  Block* block = region.block;
  const Block::Bitmap& starts = classes_[static_cast<size_t>(block->size_class)]->starts;
  return free_cells_in_range(block, starts, block->granule_of(region.flushed),
                             block->granule_of(region.cursor), false);
}

size_t Heap::heap_bytes() const {
  size_t bytes = live_bytes_;
  for (const AllocRegion& region : regions_)
    bytes += size_t{unflushed_cells(region)} * region.cell_size;
  return bytes;
}

uint64_t Heap::allocations_since_collection() const {
  uint64_t count = allocations_since_gc_;
  for (const AllocRegion& region : regions_) count += unflushed_cells(region);
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
    // An old block gains room only here or in a major sweep: offering it
    // now lets the class reuse the cell (a list's outgrown storage is freed
    // so while the list grows) instead of leaving it empty until a major.
    if (!block->young) queue_if_reusable(block);
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

// Opens the class's next region at the current block's next free cell
// (refilling when the block has none): the run of free cells there, up to
// kRegionBytes and the young generation's remaining budget. The cells are
// not zeroed here: each allocation zeroes what it needs of its cell. A region
// that follows one in the same block is not flushed: the allocator takes
// every free cell of a block in address order, so all of them between the
// region's `flushed` and its cursor are allocated, and one flush enters them
// when the block is left or a collection starts (a block whose survivors are
// scattered yields many short runs: one flush per run cost more than the
// allocations in it).
bool Heap::open_region(int size_class) {
  AllocRegion& region = regions_[size_class];
  SizeClass* c = classes_[static_cast<size_t>(size_class)];
  if (region.block != nullptr && region.block == c->current) {
    give_back_unused(region);
  } else {
    retire_region(size_class);
  }
  for (;;) {
    Block* block = c->current;
    char* cell = block != nullptr ? next_free_cell(block, c->starts) : nullptr;
    if (cell == nullptr) {
      retire_region(size_class);
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
    if (limit > block->dirty_end) block->dirty_end = limit;
    block->cursor = limit;
    young_allocated_ += static_cast<size_t>(limit - cell);
    if (region.block != block) {
      region.block = block;
      region.flushed = cell;
    }
    region.cursor = cell;
    region.limit = limit;
    return true;
  }
}

// Enters the cells taken from the region since its last flush (every free
// cell between `flushed` and the cursor) into their block's bitmaps and
// counters.
void Heap::flush_region(AllocRegion& region) {
  if (region.cursor == region.flushed) return;
  Block* block = region.block;
  const Block::Bitmap& starts = classes_[static_cast<size_t>(block->size_class)]->starts;
  size_t g0 = block->granule_of(region.flushed);
  size_t g1 = block->granule_of(region.cursor);
  uint32_t cells = free_cells_in_range(block, starts, g0, g1, true);
  block->widen_young_range(g0, g1);
  block->young_cells += cells;
  block->live += cells;
  live_bytes_ += size_t{cells} * block->cell_size;
  allocations_since_gc_ += cells;
  if (live_bytes_ > stats_.peak_heap_bytes) stats_.peak_heap_bytes = live_bytes_;
  region.flushed = region.cursor;
}

// The region's cells past its cursor go back to its block: the block's
// cursor resumes there and the young budget no longer counts them.
void Heap::give_back_unused(AllocRegion& region) {
  size_t unused = static_cast<size_t>(region.limit - region.cursor);
  young_allocated_ -= std::min(unused, young_allocated_);
  region.block->cursor = region.cursor;
  region.limit = region.cursor;
}

// Flushes the class's region and gives its unused cells back.
void Heap::retire_region(int size_class) {
  AllocRegion& region = regions_[size_class];
  if (region.block == nullptr) return;
  flush_region(region);
  give_back_unused(region);
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

Object* Heap::allocate_large(size_t bytes, size_t zeroed_bytes) {
  size_t size = (bytes + kAlignment - 1) & ~(kAlignment - 1);
  void* memory = zeroed_bytes >= bytes ? std::calloc(1, size) : std::malloc(size);
  if (memory == nullptr) return nullptr;
  if (zeroed_bytes < bytes) std::memset(memory, 0, zeroed_bytes);
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

}  // namespace pyvm::gc
