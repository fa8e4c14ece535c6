// Re-recording a loop whose root trace followed a rare branch: the recorder
// records the one iteration it sees, so a loop first recorded while its
// branch went the uncommon way (graph_bfs's `if w not in dist`, recorded
// while most neighbours were new) leaves its trace through that branch's
// guard on most iterations, runs the side trace there, and comes back
// through the dispatcher. Such a trace is retired and the loop recorded
// again (at most kMaxRerecords times) (the retired trace stays alive: side traces of other
// roots may still link to it); if the new recording aborts, the retired
// trace is put back.
#pragma once

#include <cstdint>

namespace pyvm::jit {

struct Trace;

// Re-recordings per loop: each new recording may follow the rare branch
// again (it records whatever iteration comes next).
inline constexpr uint8_t kMaxRerecords = 3;
// Entries between two checks of a root trace.
inline constexpr uint64_t kRerecordCheckPeriod = 1024;

// Whether the root loop trace `t` should be recorded again: it has run at
// least a few thousand times, and one exit in the loop's own frame (not at
// the loop's header), whose side trace comes back to the same loop header,
// takes at least 60% of its entries.
[[nodiscard]] bool followed_rare_branch(const Trace& t);

}  // namespace pyvm::jit
