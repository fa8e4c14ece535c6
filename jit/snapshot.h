// Snapshots: at each guard, what the interpreter frame must look like if the
// guard fails.
//
// A snapshot names the instruction to resume at (`pc`, a code unit of the
// traced code object, executed from its start), the value-stack depth there,
// and a sparse list of (frame slot, IR ref) entries: only slots whose content
// differs from what the frame held when the trace was entered. Slot numbers
// index localsplus followed by the value stack (slot nlocalsplus + k is stack
// entry k). The exit restorer (jit/deopt.h) boxes each ref according to its
// IR type and writes it into the frame. A snapshot taken inside an inlined
// callee also names its innermost inlined frame (`frame`); its slots then
// span every active frame (jit/inline_frames.h).
//
// Invariants:
//   - Every slot a trace modified before the snapshot point, up to the
//     snapshot's depth, has an entry; entries are sorted by slot.
//   - A snapshot's refs are defined before the guard that uses it.
//   - Between a snapshot and the guards that use it, the trace performs no
//     store: re-executing the instruction at `pc` in the interpreter is exact.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "jit/ir.h"

namespace pyvm::jit {

struct SnapEntry {
  uint32_t slot;
  Ref ref;
};

struct Snapshot {
  int32_t pc;      // code unit to resume at
  int32_t depth;   // value-stack depth at `pc`
  uint32_t first;  // index of the first entry in SnapshotList::entries
  uint32_t count;  // number of entries
  Ref position;    // the IR size when the snapshot was taken
  // The innermost inlined frame (jit/inline_frames.h); -1: the root frame.
  int32_t frame = -1;
  // Valid only when its guard really fails (an exception caught in the
  // trace, jit/exceptions.h): the stress-exits test mode never forces it.
  bool no_stress = false;
};

class SnapshotList {
 public:
  // Adds a snapshot whose entries are `entries` (sorted by slot).
  // `frame`: the innermost inlined frame at the snapshot, or -1.
  uint16_t add(int32_t pc, int32_t depth, const std::vector<SnapEntry>& entries, Ref position,
               int32_t frame = -1);
  const Snapshot& operator[](size_t i) const { return snaps_[i]; }
  void set_no_stress(size_t i) { snaps_[i].no_stress = true; }
  size_t size() const { return snaps_.size(); }
  const SnapEntry* entries(const Snapshot& s) const { return entries_.data() + s.first; }
  SnapEntry* mutable_entries(const Snapshot& s) { return entries_.data() + s.first; }
  // "#3 pc=26 depth=1 [4=0012 5=0017]" per snapshot.
  std::string dump(int32_t nlocals) const;

 private:
  std::vector<Snapshot> snaps_;
  std::vector<SnapEntry> entries_;
};

}  // namespace pyvm::jit
