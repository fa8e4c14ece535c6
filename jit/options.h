// JIT tunables and switches: one X-macro list of numeric parameters with their
// defaults, plus the diagnostic flags, read from the environment
// (PYVM_JIT, PYVM_JIT_THRESHOLD, PYVM_JIT_OPT, ...) and from `-X jit-*`.
//
// Invariants:
//   - Every numeric tunable is listed once in PYVM_JIT_PARAMS; its `-X` name
//     is the field name with '_' turned into '-' and a "jit-" prefix.
#pragma once

#include <cstdint>
#include <string>

namespace pyvm::jit {

// X(field, default, description)
#define PYVM_JIT_PARAMS(X)                                                       \
  X(threshold, 57, "loop iterations before a loop is recorded")                  \
  X(max_trace_ins, 4000, "IR instructions per trace before recording aborts")    \
  X(max_snapshots, 500, "snapshots per trace before recording aborts")           \
  X(max_traces, 1000, "compiled traces before the JIT stops compiling")          \
  X(blacklist_after, 8, "aborts of one loop before it is blacklisted")           \
  X(stress_exits, 0, "make every N-th guard check fail (testing; 0 = off)")      \
  X(hot_exit, 12, "exits taken from one guard before a side trace is recorded")  \
  X(max_side_traces, 100, "side traces per root trace")                          \
  X(side_tries, 4, "aborted side-trace recordings per exit before it gives up")  \
  X(max_code_kb, 65536, "KB of machine code before the JIT stops compiling")     \
  X(yield_exits, 0, "end generator loops' traces at their yield (0: abort)")     \
  X(inline_unroll, 12, "iterations of a for loop in an inlined callee followed") \
  X(inline_while_unroll, 4, "iterations of a while loop in an inlined callee")   \
  X(unroll_budget, 600, "IR instructions in a trace beyond which unrolling stops")

// Optimisation passes that PYVM_JIT_OPT / -X jit-opt can switch off.
#define PYVM_JIT_PASSES(X) \
  X(fold)                  \
  X(cse)                   \
  X(dce)                   \
  X(loop)                  \
  X(fuse)                  \
  X(sink)                  \
  X(residual)              \
  X(inherit)               \
  X(forward)               \
  X(bounds)                \
  X(link)

struct JitOptions {
  bool enabled = true;
#define PYVM_JIT_DECLARE_PARAM(field, def, doc) uint32_t field = def;
  PYVM_JIT_PARAMS(PYVM_JIT_DECLARE_PARAM)
#undef PYVM_JIT_DECLARE_PARAM
#define PYVM_JIT_DECLARE_PASS(name) bool opt_##name = true;
  PYVM_JIT_PASSES(PYVM_JIT_DECLARE_PASS)
#undef PYVM_JIT_DECLARE_PASS
  bool log = false;       // one line per trace start, compile, abort, blacklist
  bool stats = false;     // statistics on stderr at exit
  bool dump = false;      // bytecode, IR, snapshots and machine code per trace
  bool perf_map = false;  // /tmp/perf-PID.map lines naming each trace's code for `perf`

  // The defaults overridden by PYVM_JIT, PYVM_JIT_THRESHOLD, PYVM_JIT_OPT,
  // PYVM_JIT_LOG, PYVM_JIT_STATS, PYVM_JIT_DUMP, PYVM_JIT_STRESS_EXITS.
  static JitOptions from_environment();
  // The JIT disabled (the default of an embedded VM).
  static JitOptions off() {
    JitOptions o;
    o.enabled = false;
    return o;
  }
  // Applies one `-X` option (name without "-X", value after '='); false when
  // the option is not a JIT option or its value is malformed.
  bool apply_x_option(const std::string& name, const std::string& value);
  // Applies a pass list such as "-fold,-cse" or "+loop"; false if malformed.
  bool apply_pass_list(const std::string& list);
};

}  // namespace pyvm::jit
