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
    if (static_cast<int32_t>(e) == t.loop_exit || 2 * t.exit_counts[e] < t.entries) continue;
    const Trace* side = t.side.exit_side[e];
    if (side == nullptr || t.snapshots[static_cast<uint16_t>(e)].frame >= 0) continue;
    if (side->code == t.code && side->side.link_unit == t.header_unit) return true;
  }
  return false;
}

}  // namespace pyvm::jit
