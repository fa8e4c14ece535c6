// Snapshot storage and dump (see jit/snapshot.h).
#include "jit/snapshot.h"

#include <cstdio>

namespace pyvm::jit {

uint16_t SnapshotList::add(int32_t pc, int32_t depth, const std::vector<SnapEntry>& entries,
                           Ref position, int32_t frame) {
  Snapshot s{pc, depth, static_cast<uint32_t>(entries_.size()),
             static_cast<uint32_t>(entries.size()), position};
  s.frame = frame;
  entries_.insert(entries_.end(), entries.begin(), entries.end());
  snaps_.push_back(s);
  return static_cast<uint16_t>(snaps_.size() - 1);
}

std::string SnapshotList::dump(int32_t nlocals) const {
  std::string out;
  char buf[64];
  for (size_t i = 0; i < snaps_.size(); ++i) {
    const Snapshot& s = snaps_[i];
    std::snprintf(buf, sizeof buf, "#%zu pc=%d depth=%d [", i, s.pc, s.depth);
    if (s.frame >= 0)
      std::snprintf(buf, sizeof buf, "#%zu frame=%d pc=%d depth=%d [", i, s.frame, s.pc, s.depth);
    out += buf;
    for (uint32_t k = 0; k < s.count; ++k) {
      const SnapEntry& e = entries_[s.first + k];
      if (static_cast<int32_t>(e.slot) < nlocals) {
        std::snprintf(buf, sizeof buf, "%sL%u=%04d", k ? " " : "", e.slot, e.ref);
      } else {
        std::snprintf(buf, sizeof buf, "%sS%d=%04d", k ? " " : "",
                      static_cast<int32_t>(e.slot) - nlocals, e.ref);
      }
      out += buf;
    }
    out += "]\n";
  }
  return out;
}

}  // namespace pyvm::jit
