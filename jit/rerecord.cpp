// Re-recording of root traces that followed a rare branch (see
// jit/rerecord.h).
#include "jit/rerecord.h"

#include "jit/side_trace.h"
#include "jit/trace.h"

namespace pyvm::jit {

namespace {

constexpr uint64_t kMinEntries = 4 * kRerecordCheckPeriod;

}  // namespace

bool followed_rare_branch(const Trace& t) {
  if (t.side.parent != nullptr || t.function_entry || t.loop == kNoRef || t.entries < kMinEntries)
    return false;
  for (size_t e = 0; e < t.exit_counts.size(); ++e) {
    // A branch taken as often as not (a merge loop's `if a[i] <= b[j]`)
    // gains nothing from recording the other way.
    if (static_cast<int32_t>(e) == t.loop_exit || 5 * t.exit_counts[e] < 3 * t.entries) continue;
    const Snapshot& snap = t.snapshots[static_cast<uint16_t>(e)];
    // The loop's end (FOR_ITER exhausted at the header) is no branch: its
    // side trace comes back to the header when an outer loop runs it again.
    const Trace* side = t.side.exit_side[e];
    if (side == nullptr || snap.frame >= 0 || snap.pc == t.header_unit) continue;
    if (side->code == t.code && side->side.link_unit == t.header_unit) return true;
  }
  return false;
}

}  // namespace pyvm::jit
