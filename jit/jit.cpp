// The JIT's state and its entry points from the VM (see jit/jit.h): hot-loop
// bookkeeping, recording, compilation, trace execution with exits, logging,
// dumps and statistics.
#include "jit/jit.h"

#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "gc/heap.h"
#include "jit/backend.h"
#include "jit/call_trace.h"
#include "jit/deopt.h"
#include "jit/hotcount.h"
#include "jit/loop_entry.h"
#include "jit/optimizer.h"
#include "jit/recorder.h"
#include "jit/rerecord.h"
#include "jit/side_callee.h"
#include "jit/side_generator.h"
#include "jit/side_link.h"
#include "jit/trace.h"
#include "jit/verifier.h"
#include "runtime/code.h"
#include "runtime/function.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

// Recordings per loop that may leave it at its header without a penalty.
constexpr uint32_t kHeaderRetries = 16;

constexpr const char* kAbortMessages[] = {
#define PYVM_JIT_ABORT_MESSAGE(name, message) message,
    PYVM_JIT_ABORTS(PYVM_JIT_ABORT_MESSAGE)
#undef PYVM_JIT_ABORT_MESSAGE
};

constexpr const char* kAbortNames[] = {
#define PYVM_JIT_ABORT_NAME(name, message) #name,
    PYVM_JIT_ABORTS(PYVM_JIT_ABORT_NAME)
#undef PYVM_JIT_ABORT_NAME
};

// Recording and compiling are timed in the thread's CPU time, so that the
// statistics compare with the process's user+sys time and do not count the
// time the thread waited for a CPU on a loaded machine.
struct Clock {
  using duration = std::chrono::nanoseconds;
  using time_point = std::chrono::time_point<Clock, duration>;
  static time_point now() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return time_point(duration(int64_t{ts.tv_sec} * 1000000000 + ts.tv_nsec));
  }
};

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// No snapshot has more entries than the recorder's frame-size limit.
constexpr size_t kMaxExitValues = 1100;

// The two exit buffers of one active Jit::run_trace (run_trace nests when a
// compiled trace's runtime call runs Python code that enters another trace).
// They are not on the native stack: the collector would scan all of their
// words conservatively at every collection, stale values of earlier exits
// included. Jit::trace visits the `live` words of each buffer instead.
struct ExitBuffers {
  uint64_t words[2][kMaxExitValues];
  size_t live[2];
};

// The words the exit stub of `exit` writes: the snapshot's entries, then the
// fields of the sunk objects it references.
size_t exit_words(const Trace& t, uint32_t exit) {
  size_t words = t.snapshots[static_cast<uint16_t>(exit)].count;
  if (exit < t.sunk_extras.size()) words += t.sunk_extras[exit].size();
  return words;
}

}  // namespace

const char* abort_message(AbortReason reason) { return kAbortMessages[static_cast<int>(reason)]; }

struct JitStats {
  uint64_t traces = 0;
  uint64_t aborts = 0;
  uint64_t aborts_by_reason[kAbortReasonCount] = {};
  uint64_t blacklisted = 0;
  uint64_t exits = 0;
  uint64_t trace_entries = 0;
  uint64_t side_traces = 0;
  uint64_t side_entries = 0;  // exits that went straight into a side trace
  uint64_t links = 0;         // side traces that ran the trace they link to
  uint64_t code_bytes = 0;
  double record_ms = 0;
  double compile_ms = 0;
};

class Jit : public gc::RootSet {
 public:
  Jit(vm::VM& vm, const JitOptions& options)
      : gc::RootSet(vm.heap()), vm_(vm), options_(options), recorder_(vm, options_) {
    stress_counter_ = options_.stress_exits;
    if (options_.stress_exits > 0) note_stress_exits();
    recorder_.set_function_entries([this](runtime::Code* code) { return &functions_.at(code, 0); });
  }
  ~Jit() override {
    for (auto& t : traces_) release_trace_code(*t);
    if (perf_map_ != nullptr) std::fclose(perf_map_);
  }

  // Every heap address a trace embeds stays alive with the trace, and so
  // do the values in the live part of an active run_trace's exit buffers
  // (raw numbers among them: visited as conservative words).
  void trace(runtime::Tracer& tracer) override {
    for (auto& t : traces_) trace_roots(*t, tracer);
    if (recorder_.active()) tracer.visit(recorder_.code());
    for (size_t depth = 0; depth < exit_buffers_in_use_; ++depth) {
      const ExitBuffers& b = *exit_buffers_[depth];
      for (int k = 0; k < 2; ++k) {
        for (size_t i = 0; i < b.live[k]; ++i) tracer.visit_word(b.words[k][i]);
      }
    }
  }

  BackedgeAction on_backedge(vm::Frame* frame, int32_t jump_unit, int32_t header_unit);
  BackedgeAction on_loop_entry(vm::Frame* frame, int32_t header_unit);
  bool record(vm::Frame* frame, int32_t unit, uint8_t opcode, uint32_t oparg, Value* sp);
  void abort_recording(AbortReason reason);
  bool record_raise(vm::Frame* frame, int32_t unit) {
    if (recorder_.active() && recorder_.record_raise(frame, unit)) return true;
    abort_recording(AbortReason::kException);
    return false;
  }
  bool expects_callee() {
    if (record_activation_) {
      record_activation_ = false;
      return recorder_.active();
    }
    return recorder_.expects_callee();
  }
  // Function traces (jit/call_trace.h).
  BackedgeAction on_function_entry(vm::Frame* frame, int32_t resume_unit);
  BackedgeAction run_function(HotLoop& entry, vm::Frame* frame, Value* result);
  BackedgeAction function_exit(Trace& t, vm::Frame* frame, uint32_t exit, uint64_t* exit_values,
                               Value* result);
  bool call_is_opaque() { return recorder_.active() && recorder_.take_opaque_call(); }
  void start_recording_activation() { record_activation_ = true; }
  void rearm_stress() {
    if (stress_counter_ <= 0) stress_counter_ = options_.stress_exits;
  }
  void print_stats() const;
  JitCounters counters() const {
    return JitCounters{stats_.traces, stats_.side_traces, stats_.side_entries, stats_.links};
  }

 private:
  static void trace_roots(const Trace& t, runtime::Tracer& tracer);
  BackedgeAction run_trace(Trace& trace, vm::Frame* frame);
  BackedgeAction after_compiled_call(Trace& t, uint32_t exit, Value pending);
  void finish_recording();
  void on_abort();
  // Side traces and linking (see jit/side_trace.h).
  void init_side_info(Trace& t, Trace* parent, int32_t parent_exit);
  Trace* link_target(Trace& t, vm::Frame* frame);
  Trace* inheriting_side(const Trace& t, uint32_t exit) const;
  bool maybe_start_side(Trace& t, uint32_t exit, vm::Frame* frame);
  void on_side_abort(AbortReason reason);
  bool code_limit_reached();
  void print_hot_exits() const;
  void retire_trace(HotLoop& loop);
  bool restore_retired(HotLoop& loop);
  bool rerecord_due(HotLoop& loop);
  void dump_trace(const Trace& t, const std::string& ir_dump, const std::string& mcode) const;
  void note_perf_map(const Trace& t);
  std::string where(const runtime::Code* code, int32_t unit) const;
  // Where a side trace goes at its end: "return" for a function trace's.
  std::string link_where(const Trace& t) const {
    return t.ends_at_return ? std::string("return") : where(t.code, t.side.link_unit);
  }

  vm::VM& vm_;
  JitOptions options_;
  CodeArena code_arena_;           // every trace's machine code; outlives traces_
  std::FILE* perf_map_ = nullptr;  // /tmp/perf-PID.map, opened by the first trace
  BackendWorkspace backend_workspace_;
  Recorder recorder_;
  HotLoops loops_;
  HotLoops functions_;  // function entries (key unit 0): function traces
  bool record_activation_ = false;
  std::vector<std::unique_ptr<Trace>> traces_;
  // Exit buffers by run_trace nesting depth; the first exit_buffers_in_use_
  // belong to active run_trace calls (ExitBufferLease).
  std::vector<std::unique_ptr<ExitBuffers>> exit_buffers_;
  size_t exit_buffers_in_use_ = 0;
  friend class ExitBufferLease;
  JitStats stats_;
  int64_t stress_counter_ = 0;
  Clock::time_point record_start_;
  bool trace_limit_logged_ = false;
  bool code_limit_logged_ = false;
  // The parent and exit of the side trace being recorded (null: a root).
  Trace* side_parent_ = nullptr;
  uint32_t side_exit_ = 0;
  // Set by a side trace's direct link (jit/side_link.h): the trace it called,
  // whose exit the side trace returned. Read and cleared by the dispatchers.
  Trace* linked_ = nullptr;
  // The back-edge unit of the root recording under way, and per loop the
  // recordings that ended at once because the loop was ending (below).
  int32_t record_jump_unit_ = -1;
  std::unordered_map<const HotLoop*, uint32_t> header_retries_;
};

void Jit::trace_roots(const Trace& t, runtime::Tracer& tracer) {
  tracer.visit(t.code);
  tracer.visit(t.globals);
  tracer.visit(t.builtins);
  for (Ref r = 1; r < t.ir.size(); ++r) {
    const Ins& ins = t.ir[r];
    if (ins.op == IrOp::KVAL && ins.type == IrType::kVal)
      tracer.visit(Value::from_raw(t.ir.const_bits(r)));
  }
}

std::string Jit::where(const runtime::Code* code, int32_t unit) const {
  return runtime::str_to_utf8(code->filename) + ":" +
         std::to_string(runtime::code_line_for_unit(code, unit));
}

BackedgeAction Jit::on_backedge(vm::Frame* frame, int32_t jump_unit, int32_t header_unit) {
  if (recorder_.active() || vm_.step_budget != 0) return BackedgeAction::kContinue;
  runtime::Code* code = frame->code;
  uint16_t& counter = code->counters[jump_unit];
  HotLoop& loop = loops_.at(code, header_unit);
  if (loop.trace != nullptr) {
    if (frame->globals != loop.trace->globals || frame->builtins != loop.trace->builtins ||
        frame->sp - frame->stack_base() != loop.trace->entry_depth ||
        !inline_frames_fit(vm_, *loop.trace)) {
      counter = 0;
      return BackedgeAction::kContinue;
    }
    if (loop.trace->entries < loop.next_check || loop.rerecords >= kMaxRerecords ||
        !rerecord_due(loop)) {
      counter = static_cast<uint16_t>(vm_.jit_threshold - 1);
      return run_trace(*loop.trace, frame);
    }
    retire_trace(loop);
  }
  counter = 0;
  if (loop.blacklisted) return BackedgeAction::kContinue;
  if (loop.skip > 0) {
    --loop.skip;
    return BackedgeAction::kContinue;
  }
  if (traces_.size() >= options_.max_traces) {
    if (options_.log && !trace_limit_logged_)
      std::fprintf(stderr, "[jit] trace limit reached: no more traces\n");
    trace_limit_logged_ = true;
    return BackedgeAction::kContinue;
  }
  if (code_limit_reached()) return BackedgeAction::kContinue;
  side_parent_ = nullptr;
  record_jump_unit_ = jump_unit;
  recorder_.start(frame, header_unit, static_cast<int>(stats_.traces + stats_.aborts + 1));
  record_start_ = Clock::now();
  if (options_.log) {
    std::fprintf(stderr, "[jit] start trace at %s (unit %d)\n", where(code, header_unit).c_str(),
                 header_unit);
  }
  return BackedgeAction::kRecord;
}

// A for loop about to run its first iteration (jit/loop_entry.h): its
// trace runs when on_backedge would run it, and every slot it loads is bound.
BackedgeAction Jit::on_loop_entry(vm::Frame* frame, int32_t header_unit) {
  if (recorder_.active() || vm_.step_budget != 0) return BackedgeAction::kContinue;
  HotLoop& loop = loops_.at(frame->code, header_unit);
  Trace* t = loop.trace;
  if (t == nullptr || frame->globals != t->globals || frame->builtins != t->builtins ||
      frame->sp - frame->stack_base() != t->entry_depth || !inline_frames_fit(vm_, *t) ||
      (t->entries >= loop.next_check && loop.rerecords < kMaxRerecords) || loop.early_off ||
      iterator_empty(vm_, frame->sp[-1]) || !loop_entry_slots_bound(loop, *t, frame)) {
    return BackedgeAction::kContinue;
  }
  BackedgeAction action = run_trace(*t, frame);
  if (loop.early_runs < kEarlyProbe) note_early_run(loop, vm_.frames().top() != frame);
  return action;
}

// run_trace's exit buffers for as long as it runs: the pair at its nesting
// depth, with nothing live.
class ExitBufferLease {
 public:
  explicit ExitBufferLease(Jit& jit) : jit_(jit) {
    if (jit_.exit_buffers_.size() == jit_.exit_buffers_in_use_)
      jit_.exit_buffers_.push_back(std::make_unique<ExitBuffers>());
    buffers_ = jit_.exit_buffers_[jit_.exit_buffers_in_use_++].get();
    drop_all();
  }
  ~ExitBufferLease() {
    drop_all();
    --jit_.exit_buffers_in_use_;
  }
  ExitBufferLease(const ExitBufferLease&) = delete;
  ExitBufferLease& operator=(const ExitBufferLease&) = delete;

  uint64_t* buffer(int k) { return buffers_->words[k]; }
  uint64_t* other(const uint64_t* buffer) {
    return buffer == this->buffer(0) ? this->buffer(1) : this->buffer(0);
  }
  // `words` of `buffer` hold values an exit wrote, still to be read.
  void set_live(const uint64_t* buffer, size_t words) { buffers_->live[index(buffer)] = words; }
  void drop_all() { buffers_->live[0] = buffers_->live[1] = 0; }

 private:
  int index(const uint64_t* buffer) const { return buffer == buffers_->words[0] ? 0 : 1; }
  Jit& jit_;
  ExitBuffers* buffers_;
};

// The trace dispatcher: runs `trace`, and after each exit either returns to
// the interpreter or goes on with the side trace attached to that exit, and
// after a side trace's final exit with the trace it links to.
//
// An exit whose side trace inherits goes straight into it without the
// restorer: the side trace reads the exit's buffer, and its own exits write
// the other buffer. An exit's words stay live (roots, see Jit::trace) until
// the restorer or the side trace that inherits them has read them, so a
// Value the parent saved there and the frame does not hold stays alive while
// the side trace runs (GC contract).
BackedgeAction Jit::run_trace(Trace& trace, vm::Frame* frame) {
  ExitBufferLease buffers(*this);
  uint64_t* exit_values = buffers.buffer(0);
  const uint64_t* inherited = nullptr;
  Value* slots = frame->localsplus();
  Trace* t = &trace;
  for (;;) {
    ++t->entries;
    ++stats_.trace_entries;
    uint32_t exit = t->entry(slots, exit_values, inherited);
    while (linked_ != nullptr) {
      // The side trace boxed its values into the frame and links to a loop
      // trace (jit/side_link.h): that trace runs now, its exit values in the
      // same buffer.
      t = linked_;
      linked_ = nullptr;
      ++t->entries;
      ++stats_.trace_entries;
      ++stats_.links;
      exit = t->entry(slots, exit_values, nullptr);
    }
    buffers.set_live(exit_values, exit_words(*t, exit));
    if (stress_counter_ <= 0) stress_counter_ = options_.stress_exits;
    Value pending = vm_.take_exception();  // a compiled call raised (jit/call_trace.h)
    bool call_exit = t->opaque_calls && (!pending.is_null() || take_call_refused());
    if (Trace* side = call_exit ? nullptr : inheriting_side(*t, exit); side != nullptr) {
      ++t->exit_counts[exit];
      ++stats_.exits;
      ++stats_.side_entries;
      inherited = exit_values;
      exit_values = buffers.other(exit_values);
      buffers.set_live(exit_values, 0);
      t = side;
      continue;
    }
    inherited = nullptr;
    // resume_at_return writes the result into `frame`: only when the trace
    // returns from that frame itself, not from a callee it inlined.
    if (static_cast<int32_t>(exit) == t->loop_exit && t->ends_at_return && t->return_entry >= 0 &&
        !call_exit && vm_.suspended_cleanup_generators == 0 && vm_.frames().top() == frame &&
        t->snapshots[exit].frame < 0) {
      resume_at_return(vm_, *t, frame, exit, exit_values);  // jit/call_trace.h
      return BackedgeAction::kResumed;
    }
    restore_exit(vm_, frame, *t, exit, exit_values);
    buffers.drop_all();
    if (call_exit) return after_compiled_call(*t, exit, pending);
    // An exit inside an inlined callee resumes in a rebuilt frame: a side
    // trace starts there only when it can inherit (jit/side_callee.h); one
    // inside inlined generators, at the FOR_ITER that resumes them
    // (jit/side_generator.h).
    bool in_callee = (vm_.frames().top() != frame || t->snapshots[exit].frame >= 0) &&
                     !callee_side_possible(*t, exit) && !generator_side_possible(*t, exit);
    Trace* next;
    if (static_cast<int32_t>(exit) == t->loop_exit) {
      // A root without loop runs again; a side trace runs its link target;
      // a trace that ends at a yield or at its frame's return returns to the
      // interpreter, which yields or returns.
      if (t->ends_at_yield || t->ends_at_return) return BackedgeAction::kResumed;
      next = t->side.link_unit < 0 ? t : link_target(*t, frame);
    } else {
      ++t->exit_counts[exit];
      ++stats_.exits;
      if (in_callee) return BackedgeAction::kResumed;
      next = t->side.exit_side[exit];
      if (next != nullptr) {
        ++stats_.side_entries;
      } else if (!vm_.has_pending_work() && maybe_start_side(*t, exit, frame)) {
        return BackedgeAction::kResumedRecord;
      }
    }
    // An inheriting side trace runs only from its parent's exit buffer.
    if (next == nullptr || next->side.inherits || vm_.has_pending_work())
      return BackedgeAction::kResumed;
    t = next;
  }
}

// The side trace attached to `exit` of `t` when it inherits the exit's
// values and can run now (no pending work), else null.
Trace* Jit::inheriting_side(const Trace& t, uint32_t exit) const {
  if (static_cast<int32_t>(exit) == t.loop_exit) return nullptr;
  Trace* side = t.side.exit_side[exit];
  if (side == nullptr || !side->side.inherits || vm_.has_pending_work()) return nullptr;
  // An exit inside inlined frames: its side trace's exits may rebuild them.
  if (t.snapshots[exit].frame >= 0 && !inline_frames_fit(vm_, *side)) return nullptr;
  return side;
}

// An exit at a compiled call (jit/call_trace.h) that raised or refused to
// nest deeper: the interpreter unwinds from the CALL, or makes the call.
// Neither counts as a hot exit.
BackedgeAction Jit::after_compiled_call(Trace& t, uint32_t exit, Value pending) {
  (void)take_call_refused();
  if (pending.is_null()) return BackedgeAction::kResumed;
  ++t.exit_counts[exit];
  ++stats_.exits;
  vm_.set_exception(pending);
  raise_at_call(vm_);
  return BackedgeAction::kResumedRaise;
}

BackedgeAction Jit::on_function_entry(vm::Frame* frame, int32_t resume_unit) {
  runtime::Code* code = frame->code;
  uint16_t& counter = code->counters[resume_unit];
  HotLoop& entry = functions_.at(code, 0);
  if (entry.trace != nullptr && function_trace_unprofitable(*entry.trace)) {
    if (options_.log) {
      std::fprintf(stderr, "[jit] drop function trace %d at %s: %llu of %llu calls exit early\n",
                   entry.trace->id, entry.trace->location.c_str(),
                   static_cast<unsigned long long>(entry.trace->interpreter_exits),
                   static_cast<unsigned long long>(entry.trace->entries));
    }
    entry.trace = nullptr;
    entry.blacklisted = true;
    ++stats_.blacklisted;
  }
  if (entry.trace != nullptr) {
    counter = static_cast<uint16_t>(vm_.jit_threshold - 1);
    if (vm_.step_budget != 0) return BackedgeAction::kContinue;
    BackedgeAction action = run_function(entry, frame, nullptr);
    if (action == BackedgeAction::kContinue) counter = 0;
    return action;
  }
  counter = 0;
  if (recorder_.active() || vm_.step_budget != 0 || entry.blacklisted) {
    return BackedgeAction::kContinue;
  }
  if (entry.skip > 0) {
    --entry.skip;
    return BackedgeAction::kContinue;
  }
  // A function waits longer than a loop: a hot loop calling it would inline
  // it (PyPy's function threshold is 1.6 times its loop threshold).
  if (entry.periods < kFunctionPeriods) {
    ++entry.periods;
    return BackedgeAction::kContinue;
  }
  if (!function_trace_eligible(frame)) {
    entry.blacklisted = true;
    return BackedgeAction::kContinue;
  }
  if (traces_.size() >= options_.max_traces || code_limit_reached()) {
    return BackedgeAction::kContinue;
  }
  side_parent_ = nullptr;
  int32_t entry_unit = resume_unit + 1;
  recorder_.start_function(frame, entry_unit, static_cast<int>(stats_.traces + stats_.aborts + 1));
  record_start_ = Clock::now();
  if (options_.log) {
    std::fprintf(stderr, "[jit] start function trace at %s (unit %d)\n",
                 where(code, entry_unit).c_str(), entry_unit);
  }
  return BackedgeAction::kRecord;
}

// The dispatcher of function traces: like run_trace, but the trace's final
// exit is its frame's return. With `result` (a compiled call), a return
// hands the value back without restoring the frame (kReturned); without, the
// frame is restored at its RETURN_VALUE, which the interpreter runs.
BackedgeAction Jit::run_function(HotLoop& entry, vm::Frame* frame, Value* result) {
  Trace* t = entry.trace;
  if (frame->globals != t->globals || frame->builtins != t->builtins ||
      frame->sp != frame->stack_base() || !inline_frames_fit(vm_, *t)) {
    return BackedgeAction::kContinue;
  }
  uint64_t exit_values[kFunctionExitWords];
  ++t->entries;
  uint32_t exit = t->entry(frame->localsplus(), exit_values, nullptr);
  return function_exit(*t, frame, exit, exit_values, result);
}

// After `t` exited at `exit` in `frame` (its exit values in `exit_values`):
// the rest of run_function's dispatch.
BackedgeAction Jit::function_exit(Trace& trace, vm::Frame* frame, uint32_t exit,
                                  uint64_t* exit_values, Value* result) {
  Value* slots = frame->localsplus();
  Trace* t = &trace;
  uint64_t* first = exit_values;
  uint64_t other[kFunctionExitWords];  // an inheriting side trace's exit buffer
  for (;;) {
    ++stats_.trace_entries;
    if (stress_counter_ <= 0) stress_counter_ = options_.stress_exits;
    bool final = static_cast<int32_t>(exit) == t->loop_exit;
    if (final && t->return_entry >= 0 && vm_.suspended_cleanup_generators == 0) {
      Value r = function_result(vm_, *t, exit_values);
      if (result != nullptr) {
        *result = r;
        return BackedgeAction::kReturned;
      }
      // The interpreter runs the RETURN_VALUE, which reads nothing but the
      // result: the frame's locals need not be restored.
      int32_t pc = t->snapshots[static_cast<uint16_t>(exit)].pc;
      frame->stack_base()[0] = r;
      frame->sp = frame->stack_base() + 1;
      frame->pc = frame->first_instruction() + pc;
      frame->current_unit = pc;
      return BackedgeAction::kResumed;
    }
    Value pending = vm_.take_exception();
    bool call_exit = t->opaque_calls && (!pending.is_null() || take_call_refused());
    if (Trace* side = call_exit ? nullptr : inheriting_side(*t, exit);
        side != nullptr && side->max_exit_words <= kFunctionExitWords) {
      // Straight into the side trace, which reads this exit's buffer.
      ++t->exit_counts[exit];
      ++stats_.exits;
      ++stats_.side_entries;
      const uint64_t* inherited = exit_values;
      exit_values = exit_values == other ? first : other;
      t = side;
      ++t->entries;
      exit = t->entry(slots, exit_values, inherited);
      continue;
    }
    restore_exit(vm_, frame, *t, exit, exit_values);
    if (call_exit) return after_compiled_call(*t, exit, pending);
    bool in_callee = (vm_.frames().top() != frame || t->snapshots[exit].frame >= 0) &&
                     !callee_side_possible(*t, exit);
    Trace* next;
    if (final) {
      if (t->ends_at_return || t->ends_at_yield) return BackedgeAction::kResumed;
      next = t->side.link_unit < 0 ? t : link_target(*t, frame);
    } else {
      ++t->exit_counts[exit];
      ++stats_.exits;
      next = in_callee ? nullptr : t->side.exit_side[exit];
      if (next != nullptr) {
        ++stats_.side_entries;
      } else if (!in_callee && !vm_.has_pending_work() && maybe_start_side(*t, exit, frame)) {
        return BackedgeAction::kResumedRecord;
      }
    }
    if (next == nullptr || next->side.inherits || next->side.direct_link != nullptr ||
        vm_.has_pending_work() || next->max_exit_words > kFunctionExitWords) {
      ++t->side.root->interpreter_exits;
      return BackedgeAction::kResumed;
    }
    t = next;
    ++t->entries;
    exit = t->entry(slots, exit_values, nullptr);
  }
}

void Jit::init_side_info(Trace& t, Trace* parent, int32_t parent_exit) {
  SideInfo& side = t.side;
  side.parent = parent;
  side.parent_exit = parent_exit;
  side.root = parent == nullptr ? &t : parent->side.root;
  side.exit_side.assign(t.snapshots.size(), nullptr);
  side.exit_tries.assign(t.snapshots.size(), 0);
  side.exit_next.assign(t.snapshots.size(), options_.hot_exit);
  side.exit_looped.assign(t.snapshots.size(), 0);
}

Trace* Jit::link_target(Trace& t, vm::Frame* frame) {
  // A loop's trace, once compiled, stays: the first lookup is cached.
  Trace* target = t.side.link_trace;
  if (target == nullptr) target = t.side.link_trace = loops_.at(t.code, t.side.link_unit).trace;
  if (target == nullptr || frame->globals != target->globals ||
      frame->builtins != target->builtins ||
      frame->sp - frame->stack_base() != target->entry_depth) {
    return nullptr;
  }
  ++stats_.links;
  return target;
}

bool Jit::code_limit_reached() {
  if (stats_.code_bytes < uint64_t{options_.max_code_kb} * 1024) return false;
  if (options_.log && !code_limit_logged_)
    std::fprintf(stderr, "[jit] code size limit reached: no more traces\n");
  code_limit_logged_ = true;
  return true;
}

// A hot exit starts a side trace (returns true: the interpreter records from
// the restored frame) unless a limit says no.
bool Jit::maybe_start_side(Trace& t, uint32_t exit, vm::Frame* frame) {
  SideInfo& side = t.side;
  if (t.exit_counts[exit] < side.exit_next[exit]) return false;
  uint64_t roots = stats_.traces - stats_.side_traces;
  if (side.exit_looped[exit] != 0 && roots >= side.exit_looped[exit]) {
    side.exit_looped[exit] = 0;
    side.exit_tries[exit] = static_cast<uint8_t>(
        std::min<uint32_t>(side.exit_tries[exit], static_cast<uint32_t>(options_.side_tries) - 1));
  }
  if (side.exit_tries[exit] >= options_.side_tries) return false;
  if (recorder_.active() || vm_.step_budget != 0) return false;
  // The next attempt, if this one aborts, waits twice as long.
  side.exit_next[exit] = t.exit_counts[exit] + (uint64_t{options_.hot_exit} << std::min<uint32_t>(
                                                    side.exit_tries[exit] + 1, 20));
  Trace* root = side.root;
  AbortReason limit = AbortReason::kCount;
  if (root->side.side_traces >= options_.max_side_traces) {
    limit = AbortReason::kSideTraceLimit;
  } else if (traces_.size() >= options_.max_traces) {
    limit = AbortReason::kTraceLimit;
  } else if (stats_.code_bytes >= uint64_t{options_.max_code_kb} * 1024) {
    limit = AbortReason::kCodeLimit;
  }
  if (limit != AbortReason::kCount) {
    // Counted once per exit: the exit never tries again.
    side.exit_tries[exit] = static_cast<uint8_t>(options_.side_tries);
    ++stats_.aborts;
    ++stats_.aborts_by_reason[static_cast<int>(limit)];
    if (options_.log) {
      std::fprintf(stderr, "[jit] no side trace for trace %d exit %u: %s\n", t.id, exit,
                   abort_message(limit));
    }
    return false;
  }
  const Snapshot& snap = t.snapshots[exit];
  // Side traces of function traces inherit only exits that leave the
  // frame's locals as the trace found them (jit/call_trace.h).
  bool may_inherit =
      options_.opt_inherit && (!root->function_entry || function_side_may_inherit(t, exit));
  // One inside inlined frames must inherit (jit/side_callee.h); a function
  // trace's callee exits count against it instead (function traces whose
  // calls mostly exit early are dropped, and the callee's own trace serves).
  bool in_generator = generator_side_possible(t, exit);
  bool in_callee = snap.frame >= 0 && !in_generator;
  if (in_callee && (!may_inherit || root->function_entry)) {
    side.exit_tries[exit] = static_cast<uint8_t>(options_.side_tries);
    return false;
  }
  side_parent_ = &t;
  side_exit_ = exit;
  runtime::Code* code = t.code;
  int32_t start_unit = in_callee      ? callee_side_call_unit(t, exit)
                       : in_generator ? generator_side_start_unit(t, exit)
                                      : snap.pc;
  recorder_.start_side(frame, start_unit, static_cast<int>(stats_.traces + stats_.aborts + 1),
                       [this, code](int32_t unit) -> int32_t {
                         HotLoop& loop = loops_.at(code, unit);
                         return loop.trace == nullptr ? -1 : loop.trace->entry_depth;
                       });
  if (root->function_entry) recorder_.set_function_mode();
  if (in_callee) {
    if (!recorder_.start_side_in_callee(t, exit)) {
      abort_recording(AbortReason::kLeftFrame);
      return false;
    }
  } else if (may_inherit && in_generator) {
    recorder_.start_side_in_generator(t, exit);
  } else if (may_inherit) {
    recorder_.inherit_parent(t, exit);
  }
  record_start_ = Clock::now();
  if (options_.log) {
    std::fprintf(stderr, "[jit] start side trace at %s (unit %d%s), parent trace %d exit %u\n",
                 where(code, start_unit).c_str(), snap.pc,
                 in_callee      ? " in an inlined callee"
                 : in_generator ? " in an inlined generator"
                                : "",
                 t.id, exit);
  }
  return true;
}

// The loop's trace followed a rare branch (jit/rerecord.h): it is retired
// (kept alive, and still run by whatever links to it directly) and the loop
// records again; links that look their target up find the new trace.
void Jit::retire_trace(HotLoop& loop) {
  Trace* old = loop.trace;
  ++loop.rerecords;
  loop.retired = old;
  loop.trace = nullptr;
  // The next recording waits a few threshold periods: a branch that went
  // the rare way at one moment may still be doing so right after it.
  loop.skip = loop.rerecords;
  for (const std::unique_ptr<Trace>& t : traces_) {
    if (t->side.link_trace == old) t->side.link_trace = nullptr;
  }
  if (options_.log) {
    std::fprintf(stderr,
                 "[jit] re-record trace %d at %s: it leaves through a side trace on most "
                 "entries\n",
                 old->id, old->location.c_str());
  }
}

bool Jit::rerecord_due(HotLoop& loop) {
  loop.next_check = loop.trace->entries + kRerecordCheckPeriod;
  return followed_rare_branch(*loop.trace);
}

// A re-recording that failed puts the retired trace back (true), without a
// penalty.
bool Jit::restore_retired(HotLoop& loop) {
  if (loop.retired == nullptr) return false;
  loop.trace = loop.retired;
  loop.retired = nullptr;
  return true;
}

void Jit::on_side_abort(AbortReason reason) {
  Trace& parent = *side_parent_;
  side_parent_ = nullptr;
  ++parent.side.exit_tries[side_exit_];
  if (reason == AbortReason::kSideLooped) {
    parent.side.exit_looped[side_exit_] = stats_.traces - stats_.side_traces + 1;
  }
  if (options_.log) {
    std::fprintf(stderr, "[jit] abort side trace at %s (parent trace %d exit %u): %s (at %s)\n",
                 where(recorder_.code(), recorder_.header_unit()).c_str(), parent.id, side_exit_,
                 abort_message(reason), where(recorder_.code(), recorder_.abort_unit()).c_str());
  }
}

bool Jit::record(vm::Frame* frame, int32_t unit, uint8_t opcode, uint32_t oparg, Value* sp) {
  // An outer activation still in recording mode after a nested one stopped.
  if (!recorder_.active()) return false;
  switch (recorder_.record(frame, unit, opcode, oparg, sp)) {
    case Recorder::Status::kContinue:
      return true;
    case Recorder::Status::kAborted:
      on_abort();
      return false;
    case Recorder::Status::kDone:
      finish_recording();
      return false;
  }
  return false;
}

void Jit::abort_recording(AbortReason reason) {
  if (!recorder_.active()) return;
  recorder_.abort(reason);
  on_abort();
}

void Jit::on_abort() {
  // The recorder is inactive now; its code/header fields still name the loop.
  stats_.record_ms += ms_since(record_start_);
  AbortReason reason = recorder_.abort_reason();
  ++stats_.aborts;
  ++stats_.aborts_by_reason[static_cast<int>(reason)];
  if (side_parent_ != nullptr) return on_side_abort(reason);
  runtime::Code* code = recorder_.code();
  int32_t header = recorder_.header_unit();
  HotLoop& loop = recorder_.function_mode() ? functions_.at(code, 0) : loops_.at(code, header);
  // A recording that starts on the loop's last iteration leaves the loop at
  // its header, before recording anything: short inner loops whose trip
  // count divides the threshold would always start there. No penalty; the
  // next back-edge records again (a bounded number of times per loop).
  if (reason == AbortReason::kLeftLoop && !recorder_.function_mode() &&
      recorder_.abort_unit() == header && record_jump_unit_ >= 0 &&
      header_retries_[&loop]++ < kHeaderRetries) {
    code->counters[record_jump_unit_] = static_cast<uint16_t>(vm_.jit_threshold - 1);
    if (options_.log) {
      std::fprintf(stderr,
                   "[jit] abort trace at %s: %s at its header: retry at the next back-edge\n",
                   where(code, header).c_str(), abort_message(reason));
    }
    return;
  }
  if (restore_retired(loop)) return;
  bool blacklisted = loops_.penalise(loop, options_.blacklist_after);
  if (blacklisted) ++stats_.blacklisted;
  if (options_.log) {
    std::fprintf(stderr, "[jit] abort trace at %s: %s (at %s%s)\n", where(code, header).c_str(),
                 abort_message(reason), where(code, recorder_.abort_unit()).c_str(),
                 recorder_.abort_detail().c_str());
    if (blacklisted)
      std::fprintf(stderr, "[jit] blacklist loop at %s\n", where(code, header).c_str());
  }
}

void Jit::finish_recording() {
  stats_.record_ms += ms_since(record_start_);
  Clock::time_point start = Clock::now();
  std::unique_ptr<Trace> t = recorder_.take_trace();
  std::string ir_dump;
  optimize_trace(*t, options_, options_.dump ? &ir_dump : nullptr);
#ifdef NDEBUG
  // Release builds verify every trace in the stress-exits test mode.
  bool verify = options_.stress_exits > 0;
#else
  // Debug builds verify every trace before compiling it.
  bool verify = true;
#endif
  if (std::string problem = verify ? verify_trace(*t) : std::string(); !problem.empty()) {
    std::fprintf(stderr, "[jit] IR verification failed for trace at %s: %s\n", t->location.c_str(),
                 problem.c_str());
    std::abort();
  }
  BackendConfig config;
  config.vm = &vm_;
  config.stress_counter = options_.stress_exits > 0 ? &stress_counter_ : nullptr;
  config.fuse = options_.opt_fuse;
  config.linked = &linked_;
  if (side_parent_ != nullptr && options_.opt_link && t->side.link_unit >= 0) {
    Trace* target = loops_.at(t->code, t->side.link_unit).trace;
    t->side.direct_link = direct_link_target(*t, *side_parent_->side.root, target);
  }
  config.dump = options_.dump;
  config.code = &code_arena_;
  config.workspace = &backend_workspace_;
  std::string mcode;
  std::string error;
  t->max_exit_words = exit_words(*t);
  t->return_entry = return_entry(*t);
  if (t->return_entry >= 0) {
    const Snapshot& last = t->snapshots[static_cast<uint16_t>(t->loop_exit)];
    Ref ret = t->snapshots.entries(last)[t->return_entry].ref;
    t->return_type = t->ir[ret].type;
    t->return_is_const = t->ir.is_const(ret);
    if (t->return_is_const) t->return_const_bits = t->ir.const_bits(ret);
  }
  bool ok = assemble_trace(*t, config, &mcode, &error);
  if (ok && (t->function_entry || t->ends_at_return) && t->max_exit_words > kFunctionExitWords) {
    ok = false;
    error = "exits too large for a function trace";
  }
  stats_.compile_ms += ms_since(start);
  if (side_parent_ != nullptr) {
    Trace* parent = side_parent_;
    side_parent_ = nullptr;
    if (!ok) {
      ++stats_.aborts;
      ++stats_.aborts_by_reason[static_cast<int>(AbortReason::kCompileError)];
      parent->side.exit_tries[side_exit_] = static_cast<uint8_t>(options_.side_tries);
      if (options_.log) {
        std::fprintf(stderr, "[jit] abort side trace at %s: %s: %s\n", t->location.c_str(),
                     abort_message(AbortReason::kCompileError), error.c_str());
      }
      return;
    }
    t->exit_counts.assign(t->snapshots.size(), 0);
    init_side_info(*t, parent, static_cast<int32_t>(side_exit_));
    ++stats_.traces;
    ++stats_.side_traces;
    ++t->side.root->side.side_traces;
    stats_.code_bytes += t->code_size;
    if (options_.dump) dump_trace(*t, ir_dump, mcode);
    if (options_.perf_map) note_perf_map(*t);
    if (options_.log) {
      std::fprintf(stderr,
                   "[jit] compile side trace %d at %s (parent trace %d exit %u): %d IR, %zu "
                   "snapshots, %zu bytes, links to %s%s\n",
                   t->id, t->location.c_str(), parent->id, side_exit_,
                   static_cast<int>(t->ir.size()), t->snapshots.size(), t->code_size,
                   link_where(*t).c_str(), t->side.direct_link != nullptr ? " (direct)" : "");
    }
    parent->side.exit_side[side_exit_] = t.get();
    traces_.push_back(std::move(t));
    return;
  }
  HotLoop& loop =
      t->function_entry ? functions_.at(t->code, 0) : loops_.at(t->code, t->header_unit);
  if (!ok) {
    ++stats_.aborts;
    ++stats_.aborts_by_reason[static_cast<int>(AbortReason::kCompileError)];
    if (restore_retired(loop)) return;
    loop.blacklisted = true;
    ++stats_.blacklisted;
    if (options_.log) {
      std::fprintf(stderr, "[jit] abort trace at %s: %s: %s\n", t->location.c_str(),
                   abort_message(AbortReason::kCompileError), error.c_str());
    }
    return;
  }
  t->exit_counts.assign(t->snapshots.size(), 0);
  init_side_info(*t, nullptr, -1);
  ++stats_.traces;
  stats_.code_bytes += t->code_size;
  if (options_.dump) dump_trace(*t, ir_dump, mcode);
  if (options_.perf_map) note_perf_map(*t);
  if (options_.log) {
    std::fprintf(stderr, "[jit] compile trace %d at %s: %d IR, %zu snapshots, %zu bytes%s\n", t->id,
                 t->location.c_str(), static_cast<int>(t->ir.size()), t->snapshots.size(),
                 t->code_size, t->loop != kNoRef ? "" : " (no loop)");
  }
  loop.trace = t.get();
  loop.retired = nullptr;
  loop.penalty = 0;
  loop.aborts = 0;
  traces_.push_back(std::move(t));
}

// One line of the perf map Linux `perf` reads to name JIT code
// (`START SIZE NAME`, hexadecimal): the trace's id and where it starts.
void Jit::note_perf_map(const Trace& t) {
  if (perf_map_ == nullptr) {
    std::string path = "/tmp/perf-" + std::to_string(getpid()) + ".map";
    perf_map_ = std::fopen(path.c_str(), "w");
    if (perf_map_ == nullptr) return;
  }
  std::fprintf(perf_map_, "%llx %zx pyvm-trace-%d%s %s\n",
               static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(t.code_memory)),
               t.code_size, t.id, t.side.parent != nullptr ? "-side" : "", t.location.c_str());
  std::fflush(perf_map_);
}

void Jit::dump_trace(const Trace& t, const std::string& ir_dump, const std::string& mcode) const {
  std::string out = "---- TRACE " + std::to_string(t.id) + " start " + t.location;
  if (t.side.parent != nullptr) {
    out += " side of trace " + std::to_string(t.side.parent->id) + " exit " +
           std::to_string(t.side.parent_exit) + ", links to " + link_where(t);
  }
  out += "\n";
  out += "---- TRACE " + std::to_string(t.id) + " bytecode";
  if (t.side.parent != nullptr) {
    // Kept by the golden tests (tests/jit/run_golden.py): no paths here.
    out += " (side of trace " + std::to_string(t.side.parent->id) + " exit " +
           std::to_string(t.side.parent_exit) + ", links to unit " +
           (t.ends_at_return ? std::string("return") : std::to_string(t.side.link_unit)) + ")";
  }
  out += "\n" + t.recorded;
  out += ir_dump;
  out += "---- TRACE " + std::to_string(t.id) + " snapshots\n" + t.snapshots.dump(t.nlocals);
  out += "---- TRACE " + std::to_string(t.id) + " mcode " + std::to_string(t.code_size) +
         " bytes\n" + mcode;
  out += "---- TRACE " + std::to_string(t.id) + " end\n";
  std::fputs(out.c_str(), stderr);
}

void Jit::print_stats() const {
  if (!options_.stats) return;
  std::fprintf(stderr,
               "[jit-stats] traces=%llu aborts=%llu blacklisted=%llu entries=%llu exits=%llu "
               "record_ms=%.3f compile_ms=%.3f code_bytes=%llu side_traces=%llu side_entries=%llu "
               "links=%llu\n",
               static_cast<unsigned long long>(stats_.traces),
               static_cast<unsigned long long>(stats_.aborts),
               static_cast<unsigned long long>(stats_.blacklisted),
               static_cast<unsigned long long>(stats_.trace_entries),
               static_cast<unsigned long long>(stats_.exits), stats_.record_ms, stats_.compile_ms,
               static_cast<unsigned long long>(stats_.code_bytes),
               static_cast<unsigned long long>(stats_.side_traces),
               static_cast<unsigned long long>(stats_.side_entries),
               static_cast<unsigned long long>(stats_.links));
  for (int i = 0; i < kAbortReasonCount; ++i) {
    if (stats_.aborts_by_reason[i] == 0) continue;
    std::fprintf(stderr, "[jit-stats] abort %s (%s): %llu\n", kAbortNames[i], kAbortMessages[i],
                 static_cast<unsigned long long>(stats_.aborts_by_reason[i]));
  }
  for (const auto& t : traces_) {
    uint64_t exits = 0;
    for (uint64_t n : t->exit_counts) exits += n;
    std::string kind = t->loop != kNoRef ? "" : t->function_entry ? " (function)" : " (no loop)";
    if (t->side.parent != nullptr) {
      kind = " (side of trace " + std::to_string(t->side.parent->id) + " exit " +
             std::to_string(t->side.parent_exit) + ", links to " + link_where(*t) + ")";
    }
    std::fprintf(stderr, "[jit-stats] trace %d %s: %zu bytes, entered %llu, exits %llu%s\n", t->id,
                 t->location.c_str(), t->code_size, static_cast<unsigned long long>(t->entries),
                 static_cast<unsigned long long>(exits), kind.c_str());
  }
  print_hot_exits();
}

// The ten most taken exits over all traces, with where they resume and
// whether a side trace serves them.
void Jit::print_hot_exits() const {
  struct HotExit {
    uint64_t count;
    const Trace* trace;
    uint32_t exit;
  };
  std::vector<HotExit> hot;
  for (const auto& t : traces_) {
    for (size_t e = 0; e < t->exit_counts.size(); ++e) {
      if (t->exit_counts[e] != 0)
        hot.push_back(HotExit{t->exit_counts[e], t.get(), static_cast<uint32_t>(e)});
    }
  }
  size_t n = std::min<size_t>(hot.size(), 10);
  std::partial_sort(hot.begin(), hot.begin() + static_cast<ptrdiff_t>(n), hot.end(),
                    [](const HotExit& a, const HotExit& b) {
                      if (a.count != b.count) return a.count > b.count;
                      if (a.trace->id != b.trace->id) return a.trace->id < b.trace->id;
                      return a.exit < b.exit;
                    });
  for (size_t i = 0; i < n; ++i) {
    const HotExit& h = hot[i];
    const Snapshot& snap = h.trace->snapshots[h.exit];
    const Trace* side = h.trace->side.exit_side[h.exit];
    std::string to = side != nullptr ? "side trace " + std::to_string(side->id) : "interpreter";
    // The code of the innermost frame the exit resumes (an inlined callee's).
    const runtime::Code* code = h.trace->code;
    if (snap.frame >= 0)
      code = h.trace->inline_frames[static_cast<size_t>(snap.frame)].function->code;
    std::fprintf(stderr, "[jit-stats] hot exit: trace %d exit %u at %s (unit %d): %llu -> %s\n",
                 h.trace->id, h.exit, where(code, snap.pc).c_str(), snap.pc,
                 static_cast<unsigned long long>(h.count), to.c_str());
  }
}

Jit* create_jit(vm::VM& vm, const JitOptions& options) {
  vm.jit_threshold = options.threshold > 65535 ? 65535 : options.threshold;
  return new Jit(vm, options);
}

void destroy_jit(Jit* jit) { delete jit; }

BackedgeAction on_backedge(vm::VM& vm, vm::Frame* frame, int32_t jump_unit, int32_t header_unit) {
  return vm.jit->on_backedge(frame, jump_unit, header_unit);
}

bool record_instruction(vm::VM& vm, vm::Frame* frame, int32_t unit, uint8_t opcode, uint32_t oparg,
                        Value* sp) {
  return vm.jit->record(frame, unit, opcode, oparg, sp);
}

void abort_recording(vm::VM& vm, AbortReason reason) {
  if (vm.jit != nullptr) vm.jit->abort_recording(reason);
}

bool record_raise(vm::VM& vm, vm::Frame* frame, int32_t unit) {
  return vm.jit != nullptr && vm.jit->record_raise(frame, unit);
}

bool recording_callee(vm::VM& vm) { return vm.jit != nullptr && vm.jit->expects_callee(); }

BackedgeAction on_function_entry(vm::VM& vm, vm::Frame* frame, int32_t resume_unit) {
  return vm.jit->on_function_entry(frame, resume_unit);
}

BackedgeAction on_loop_entry(vm::VM& vm, vm::Frame* frame, int32_t jump_unit, int32_t header_unit) {
  (void)jump_unit;
  if (vm.jit == nullptr) return BackedgeAction::kContinue;
  return vm.jit->on_loop_entry(frame, header_unit);
}

bool call_is_opaque(vm::VM& vm) { return vm.jit != nullptr && vm.jit->call_is_opaque(); }

void start_recording_activation(vm::VM& vm) { vm.jit->start_recording_activation(); }

BackedgeAction run_function_trace(vm::VM& vm, HotLoop& entry, vm::Frame* frame, Value* result) {
  return vm.jit->run_function(entry, frame, result);
}

BackedgeAction function_trace_exit(vm::VM& vm, Trace& trace, vm::Frame* frame, uint32_t exit,
                                   uint64_t* exit_values, Value* result) {
  return vm.jit->function_exit(trace, frame, exit, exit_values, result);
}

void rearm_stress(vm::VM& vm) { vm.jit->rearm_stress(); }

void print_stats(vm::VM& vm) {
  if (vm.jit != nullptr) vm.jit->print_stats();
}

JitCounters counters(vm::VM& vm) { return vm.jit != nullptr ? vm.jit->counters() : JitCounters{}; }

}  // namespace pyvm::jit
