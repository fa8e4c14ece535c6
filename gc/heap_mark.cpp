// Marking (see gc/heap.h and docs/gc.md): a collection from start to end,
// the roots (VM, root sets, native stack), the remembered set of the write
// barrier, and pretenuring by size class.
#include "gc/heap.h"

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "gc/heap_internal.h"

namespace pyvm::gc {

namespace {

// PYVM_GC_ROOTS=1 (Marker::mark_roots_audited).
bool roots_audit_enabled() {
  static const bool enabled = [] {
    const char* text = std::getenv("PYVM_GC_ROOTS");
    return text != nullptr && *text != '\0' && *text != '0';
  }();
  return enabled;
}

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

// The words of the native stack and registers, as Heap::scan_native_stack
// reads them (lowest address first).
__attribute__((noinline, no_sanitize_address)) std::vector<uintptr_t> native_stack_words(
    uintptr_t stack_high) {
  std::vector<uintptr_t> words;
  std::jmp_buf registers;
  setjmp(registers);
  auto* low = reinterpret_cast<uintptr_t*>(&registers);
  auto* high = reinterpret_cast<uintptr_t*>(stack_high);
  words.reserve(static_cast<size_t>(high - low));
  for (uintptr_t* word = low; word < high; ++word) words.push_back(*word);
  return words;
}

// PYVM_GC_ROOTS=1: a major collection marks its roots kind by kind (precise
// VM roots, registered root sets, the VM stack's conservative words, the
// native stack's words), each conservative word alone with a drain after it,
// and prints what each kind retains beyond the kinds before it and the words
// that retain most. Slow: a diagnostic only.
class RootsAudit : public runtime::Tracer {
 public:
  explicit RootsAudit(Marker& marker) : marker_(marker), start_(marker.marked_bytes()) {}
  // Precise roots go to the marker; conservative words wait for try_words.
  void visit_object(Object* object) override { marker_.visit_object(object); }
  void visit_word(uintptr_t word) override { vm_words_.push_back(word); }
  // Drains and records what the roots since the previous call retained.
  void end_kind() {
    marker_.drain();
    kinds_[kinds_done_++] = marker_.marked_bytes() - start_;
    start_ = marker_.marked_bytes();
  }
  void try_words(uintptr_t stack_high) {
    for (size_t i = 0; i < vm_words_.size(); ++i) try_word(0, i, vm_words_[i]);
    std::vector<uintptr_t> native = native_stack_words(stack_high);
    for (size_t i = 0; i < native.size(); ++i)
      try_word(1, (native.size() - i) * sizeof(uintptr_t), native[i]);
    std::fprintf(stderr,
                 "pyvm gc roots: precise %.2f MB, root sets %.2f MB, vm stack %.2f MB (%zu "
                 "words), native stack %.2f MB (%zu words)\n",
                 megabytes(kinds_[0]), megabytes(kinds_[1]), megabytes(words_bytes_[0]),
                 vm_words_.size(), megabytes(words_bytes_[1]), native.size());
    std::sort(top_.begin(), top_.end(),
              [](const Retains& a, const Retains& b) { return a.bytes > b.bytes; });
    for (size_t i = 0; i < top_.size() && i < 5; ++i) {
      std::fprintf(stderr, "pyvm gc roots:   %s %zu retains %.2f MB (+%zu large objects)\n",
                   top_[i].native ? "native stack word at base -" : "vm stack word", top_[i].index,
                   megabytes(top_[i].bytes), top_[i].large);
    }
  }

 private:
  struct Retains {
    bool native;
    size_t index;  // VM stack: word index from its base; native: bytes below the stack base
    size_t bytes;
    size_t large;
  };
  static double megabytes(size_t bytes) { return static_cast<double>(bytes) / 1048576.0; }
  void try_word(int kind, size_t index, uintptr_t word) {
    size_t bytes = marker_.marked_bytes();
    size_t large = marker_.marked_large();
    marker_.visit_word(word);
    marker_.drain();
    bytes = marker_.marked_bytes() - bytes;
    large = marker_.marked_large() - large;
    words_bytes_[kind] += bytes;
    if (bytes >= 4096 || large != 0) top_.push_back({kind == 1, index, bytes, large});
  }

  Marker& marker_;
  size_t start_;
  size_t kinds_[2] = {};
  int kinds_done_ = 0;
  size_t words_bytes_[2] = {};
  std::vector<uintptr_t> vm_words_;
  std::vector<Retains> top_;
};

}  // namespace

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

void Marker::remark_without_forcing() {
  heap_.stats_.pretenured_objects -= unmark_young_cells(heap_.young_blocks_);
  for (auto& [address, info] : heap_.large_) {
    if (info.young) reinterpret_cast<Object*>(address)->gc_word &= ~kMarked;
  }
  std::fill(std::begin(heap_.pretenured_), std::end(heap_.pretenured_), false);
  last_block_ = 1;
  heap_.mark_roots(*this);
  heap_.trace_remembered(*this);
  drain();
  heap_.mark_native_stack_last(*this);
  heap_.phase_mark(Heap::kPhaseRemembered);
}

void Heap::remember(Object* holder) {
  // A range-remembered holder is already in the list; it is upgraded.
  if ((holder->gc_word & kRememberedRange) == 0) remembered_.push_back(holder);
  holder->gc_word |= kRemembered;
}

void Heap::remember_index(Object* holder, int64_t index) {
  if (holder == last_range_holder_) {
    last_range_->begin = std::min(last_range_->begin, index);
    last_range_->end = std::max(last_range_->end, index + 1);
    return;
  }
  auto [it, inserted] = remembered_ranges_.try_emplace(holder, IndexRange{index, index + 1});
  last_range_holder_ = holder;
  last_range_ = &it->second;
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

uint64_t Heap::collect(bool major) {
  if (collecting_ || root_provider_ == nullptr) return 0;
  collecting_ = true;
  // Before the roots are scanned: the heap may lie on the native stack, whose
  // conservative scan would keep the cached holder alive.
  last_range_holder_ = nullptr;
  last_range_ = nullptr;
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
  mark_native_stack_last(marker);
  phase_mark(kPhaseRemembered);
  if (forcing && pretenured_sample_died(young_blocks_, pretenured_))
    marker.remark_without_forcing();
  clear_dead_weak_slots(marker);
  size_t pending_before = pending_finalization_.size();
  resurrect_finalizable(marker);
  // A resurrected object is promoted and may reference a pinned one without
  // a remembered-set entry: then nothing stays young.
  if (pending_finalization_.size() != pending_before) pinned_.clear();
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
  if (major && phases_verbose_) {
    std::fprintf(stderr,
                 "pyvm gc major: %.1f -> %.1f MB (limit %.1f), minors kept %.1f of %.1f MB\n",
                 static_cast<double>(size_before) / 1048576.0,
                 static_cast<double>(live_bytes_ + external_bytes_) / 1048576.0,
                 static_cast<double>(major_limit()) / 1048576.0,
                 static_cast<double>(promoted_since_major_) / 1048576.0,
                 static_cast<double>(young_seen_since_major_) / 1048576.0);
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
  if (!major) keep_pinned_young();
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
  if (marker.is_major() && !skip_native_stack_ && roots_audit_enabled()) {
    RootsAudit audit(marker);
    root_provider_->trace_roots(audit);
    audit.end_kind();
    for (RootSet* roots = root_sets_; roots != nullptr; roots = roots->next_) roots->trace(marker);
    for (Object* object : pending_finalization_) marker.visit_object(object);
    for (Object* holder : cleared_weak_holders_) marker.visit_object(holder);
    audit.end_kind();
    audit.try_words(stack_high_);
    return;
  }
  root_provider_->trace_roots(marker);
  phase_mark(kPhaseVmRoots);
  for (RootSet* roots = root_sets_; roots != nullptr; roots = roots->next_) roots->trace(marker);
  // Queued for the VM but not yet taken: they must survive until they are.
  for (Object* object : pending_finalization_) marker.visit_object(object);
  for (Object* holder : cleared_weak_holders_) marker.visit_object(holder);
  if (!skip_native_stack_ && marker.is_major()) scan_native_stack(marker);
  phase_mark(kPhaseStacks);
  marker.drain();
  phase_mark(kPhaseDrain);
}

uint64_t Heap::collect_precise(bool major) {
  skip_native_stack_ = true;
  uint64_t freed = collect(major);
  skip_native_stack_ = false;
  return freed;
}

// A minor collection scans the native stack last, after every precise root
// and the remembered set: what it marks then is reachable only through
// native-stack words, often stale ones (a C++ frame's dead local, a spill
// slot), and no old object references it (the remembered set would have
// reached it), nor does anything marked before. Those objects stay young
// (keep_pinned_young) instead of being promoted, so a stale word keeps its
// object only as long as it stays on the stack, not until the next major
// collection (pidigits' big ints: 201 majors instead of 484). A phase that
// marks more than kMaxPinned objects promotes them as usual.
void Heap::mark_native_stack_last(Marker& marker) {
  constexpr size_t kMaxPinned = 4096;
  if (marker.is_major() || skip_native_stack_) return;
  pinned_.clear();
  marker.record_pinned(&pinned_, kMaxPinned);
  scan_native_stack(marker);
  marker.drain();
  marker.record_pinned(nullptr, 0);
}

// After a minor sweep: the objects the native-stack phase marked become
// young again (header bit cleared, young bit set, their block among the
// young blocks), to be collected by the next minor collection that finds
// them unreachable.
void Heap::keep_pinned_young() {
  for (Object* object : pinned_) {
    object->gc_word &= ~kMarked;
    if ((object->gc_word & kLarge) != 0) {
      large_.at(reinterpret_cast<uintptr_t>(object)).young = true;
      continue;
    }
    Block* block = block_of(object);
    size_t g = block->granule_of(reinterpret_cast<char*>(object));
    if (!Block::test(block->young_bits, g)) {
      Block::set(block->young_bits, g);
      ++block->young_cells;
      block->widen_young_range(g, g + 1);
    }
    if (!block->young) {
      block->young = true;
      young_blocks_.push_back(block);
    }
  }
  pinned_.clear();
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

}  // namespace pyvm::gc
