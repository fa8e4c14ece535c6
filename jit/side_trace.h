// Side traces and trace linking: the per-trace state that connects traces.
//
// Every compiled trace counts how often each of its exits (snapshots) is
// taken. When an exit gets hot (`hot_exit` exits), the JIT records a side
// trace that starts where the exit resumes the interpreter (the snapshot's
// pc, with the frame the restorer rebuilt) and ends when it reaches the loop
// header of a compiled trace in the same code object: its root's loop, an
// outer or inner loop's trace, or any other. The side trace is then attached
// to the parent's exit in an indirection table in data memory
// (`exit_side`): the trace dispatcher (jit/jit.cpp, `Jit::run_trace`) looks
// the exit up after the restore and runs the side trace at once, and a side
// trace's final exit runs the trace it links to, so hot paths through exits
// and loop nests never go back to the interpreter. A side trace inherits
// the values its parent's exit saved (jit/side_inherit.cpp): the dispatcher
// then skips the restore and hands it the exit buffer. Code memory is never
// patched, so W^X holds trivially.
//
// Invariants:
//   - A side trace has no loop: it ends with an EXIT whose snapshot resumes
//     at `link_unit`, a loop header with a compiled trace whose entry depth
//     is the snapshot's depth.
//   - The vectors below have one element per snapshot of the trace once the
//     trace is compiled; `root` is the trace itself for a root trace.
//   - An exit whose side recording aborted `side_tries` times, or whose root
//     has `max_side_traces` side traces, never records again.
#pragma once

#include <cstdint>
#include <vector>

namespace pyvm::jit {

struct Trace;

struct SideInfo {
  Trace* parent = nullptr;      // the trace whose exit starts this one; null for a root
  int32_t parent_exit = -1;     // that exit's snapshot index
  Trace* root = nullptr;        // the root trace of the tree
  int32_t link_unit = -1;       // side trace: the loop header it links to
  Trace* link_trace = nullptr;  // side trace: that header's trace, once looked up
  // Side trace: the loop trace its final exit calls from machine code (a
  // direct link, jit/side_link.cpp), or null: the dispatcher links.
  Trace* direct_link = nullptr;
  uint32_t side_traces = 0;         // root: side traces compiled in its tree
  uint64_t links = 0;               // side trace: times it linked to its target
  bool inherits = false;            // side trace: reads the parent's exit buffer (SINHERIT)
  std::vector<Trace*> exit_side;    // per exit: the attached side trace, or null
  std::vector<uint8_t> exit_tries;  // per exit: aborted side recordings
  std::vector<uint64_t> exit_next;  // per exit: exit count of the next attempt
  // Per exit: 1 + the number of root traces when a side recording last looped
  // without reaching a trace (0: it did not); a root trace compiled since
  // gives the exit one more try, as it may be the trace the loop lacked.
  std::vector<uint64_t> exit_looped;
};

}  // namespace pyvm::jit
