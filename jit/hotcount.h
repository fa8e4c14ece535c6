// Hot-loop bookkeeping: per loop header, its trace (if compiled), and the
// randomised doubling back-off applied after aborted recordings, ending in
// blacklisting.
//
// The interpreter counts back-edges in Code::counters (one uint16 per code
// unit) and calls the JIT when a counter reaches the threshold; the JIT then
// resets the counter. A loop with a trace keeps its counter at the threshold
// so that every later back-edge enters the trace.
//
// Invariants:
//   - A blacklisted loop is never recorded again.
//   - Penalties double (with a random component, so loops that abort in step
//     do not retry in step) and are cleared when a recording succeeds.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "runtime/code.h"

namespace pyvm::jit {

struct Trace;

struct HotLoop {
  Trace* trace = nullptr;
  uint32_t penalty = 0;  // back-off, in threshold periods, after the last abort
  uint32_t skip = 0;     // threshold periods left before the next attempt
  uint16_t aborts = 0;
  bool blacklisted = false;
  uint16_t periods = 0;  // function entries: threshold periods seen (jit/call_trace.h)
  // Function entries: a loop in the function was too long to unroll where a
  // trace inlined it; traces call the function instead (call_compiled).
  bool call_not_inline = false;
  // Re-recording (jit/rerecord.h): how often it happened (bounded); the
  // retired trace, put back if the new recording fails.
  uint8_t rerecords = 0;
  Trace* retired = nullptr;
  uint64_t next_check = 0;  // the trace's entries at the next check
  // Entry at a for loop's first iteration (jit/loop_entry.h): the local
  // slots the trace `entry_slots_of` (id `entry_slots_id`) loads.
  const Trace* entry_slots_of = nullptr;
  int entry_slots_id = 0;
  // Its first-iteration runs, those that left inside an inlined callee (the
  // restorer rebuilt frames), and whether such runs stopped (too many left).
  uint32_t early_runs = 0;
  uint32_t early_callee_exits = 0;
  bool early_off = false;
  std::vector<int32_t> entry_slots;
};

class HotLoops {
 public:
  // The loop's entry (created on first use). A small direct-mapped cache in
  // front of the map makes the common case, a loop whose trace is entered
  // again and again, one compare.
  HotLoop& at(const runtime::Code* code, int32_t header_unit) {
    uint64_t key = (reinterpret_cast<uint64_t>(code) << 20) ^ static_cast<uint64_t>(header_unit);
    // Fibonacci hashing: the top bits of the product depend on every bit of
    // the code's address (code objects a few hundred bytes apart, such as
    // the methods of one class, must not share an entry).
    CacheEntry& c = cache_[(key * 0x9e3779b97f4a7c15ull) >> (64 - kCacheBits)];
    if (c.loop == nullptr || c.key != key) c = CacheEntry{key, &loops_[key]};
    return *c.loop;
  }
  // Records an abort; returns true when the loop is now blacklisted.
  bool penalise(HotLoop& loop, uint32_t blacklist_after);

 private:
  uint32_t random();
  struct CacheEntry {
    uint64_t key;
    HotLoop* loop;  // into loops_ (node-based: addresses are stable)
  };
  static constexpr int kCacheBits = 6;
  static constexpr size_t kCacheSize = size_t{1} << kCacheBits;
  std::unordered_map<uint64_t, HotLoop> loops_;
  CacheEntry cache_[kCacheSize] = {};
  uint64_t seed_ = 0x2545f4914f6cdd1dull;
};

}  // namespace pyvm::jit
