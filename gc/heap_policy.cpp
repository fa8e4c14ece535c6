// When to collect (see gc/heap.h and docs/gc.md): the minor and major
// triggers, the heap cap, the adaptive young size and growth factor, and
// the statistics (pauses, PYVM_GC_PHASES).
#include "gc/heap.h"

#include <algorithm>
#include <cstdio>

#include "gc/heap_internal.h"

namespace pyvm::gc {

namespace {

// See Heap::maybe_collect.
constexpr size_t kMinExternalMajorBytes = size_t{1} << 20;

}  // namespace

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
  // While a major collection is deferred (defer_major): once the minors since
  // the deferral keep less than nine tenths of what they saw (at least four
  // young generations), the structure is built and the program has moved on to
  // using it, dropping old objects as it replaces them. Those die old and only
  // a major frees them: it now runs when the heap has grown by an eighth (or
  // past the usual limit, if that is higher), and no longer
  // defers until it has run. A program that keeps its structure as it is (few
  // stores into it) stays under that growth and never marks its heap again.
  if (major_deferrals_ > 0 && major_deferrals_ <= options_.max_major_deferrals &&
      young_seen_since_check_ >= options_.young_bytes * 4 &&
      promoted_since_check_ * 10 < young_seen_since_check_ * 9) {
    major_deferrals_ = options_.max_major_deferrals + 1;
    deferred_major_limit_ = size + size / 8;
    young_seen_since_check_ = 0;
    promoted_since_check_ = 0;
  }
  if (big_enough && size > major_limit() && !defer_major(size)) collect(true);
}

// A major collection is due, but the minors since the last check kept at
// least nine tenths of what they saw: the heap grows because the program
// builds long-lived data (promoted as it is built), and marking it now would
// find it live. Above small_heap_bytes (small heaps are cheap to mark, and
// their peak memory is what a prompt major saves), the limit doubles instead,
// at most HeapOptions::max_major_deferrals times between two majors (3 by
// default; maybe_collect brings the major back when the build is over).
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
