// The JIT's state and its entry points from the VM (see jit/jit.h): hot-loop
// bookkeeping, recording, compilation, trace execution with exits, logging,
// dumps and statistics.
#include "jit/jit.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "gc/heap.h"
#include "jit/backend.h"
#include "jit/deopt.h"
#include "jit/hotcount.h"
#include "jit/optimizer.h"
#include "jit/recorder.h"
#include "jit/trace.h"
#include "jit/verifier.h"
#include "runtime/code.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

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

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Exit buffers live on the native stack: no snapshot has more entries than
// the recorder's frame-size limit.
constexpr size_t kMaxExitValues = 1100;

}  // namespace

const char* abort_message(AbortReason reason) { return kAbortMessages[static_cast<int>(reason)]; }

struct JitStats {
  uint64_t traces = 0;
  uint64_t aborts = 0;
  uint64_t aborts_by_reason[kAbortReasonCount] = {};
  uint64_t blacklisted = 0;
  uint64_t exits = 0;
  uint64_t trace_entries = 0;
  uint64_t code_bytes = 0;
  double record_ms = 0;
  double compile_ms = 0;
};

class Jit : public gc::RootSet {
 public:
  Jit(vm::VM& vm, const JitOptions& options)
      : gc::RootSet(vm.heap()), vm_(vm), options_(options), recorder_(vm, options_) {
    stress_counter_ = options_.stress_exits;
  }
  ~Jit() override {
    for (auto& t : traces_) release_trace_code(*t);
  }

  // Every heap address a trace embeds stays alive with the trace.
  void trace(runtime::Tracer& tracer) override {
    for (auto& t : traces_) trace_roots(*t, tracer);
    if (recorder_.active()) tracer.visit(recorder_.code());
  }

  BackedgeAction on_backedge(vm::Frame* frame, int32_t jump_unit, int32_t header_unit);
  bool record(vm::Frame* frame, int32_t unit, uint8_t opcode, uint32_t oparg, Value* sp);
  void abort_recording(AbortReason reason);
  bool expects_callee() const { return recorder_.expects_callee(); }
  void print_stats() const;

 private:
  static void trace_roots(const Trace& t, runtime::Tracer& tracer);
  void run_trace(Trace& trace, vm::Frame* frame);
  void finish_recording();
  void on_abort();
  void dump_trace(const Trace& t, const std::string& ir_dump, const std::string& mcode) const;
  std::string where(const runtime::Code* code, int32_t unit) const;

  vm::VM& vm_;
  JitOptions options_;
  Recorder recorder_;
  HotLoops loops_;
  std::vector<std::unique_ptr<Trace>> traces_;
  JitStats stats_;
  int64_t stress_counter_ = 0;
  Clock::time_point record_start_;
  bool trace_limit_logged_ = false;
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
    run_trace(*loop.trace, frame);
    counter = static_cast<uint16_t>(vm_.jit_threshold - 1);
    return BackedgeAction::kResumed;
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
  recorder_.start(frame, header_unit, static_cast<int>(stats_.traces + stats_.aborts + 1));
  record_start_ = Clock::now();
  if (options_.log) {
    std::fprintf(stderr, "[jit] start trace at %s (unit %d)\n", where(code, header_unit).c_str(),
                 header_unit);
  }
  return BackedgeAction::kRecord;
}

void Jit::run_trace(Trace& trace, vm::Frame* frame) {
  uint64_t exit_values[kMaxExitValues];
  Value* slots = frame->localsplus();
  for (;;) {
    ++trace.entries;
    ++stats_.trace_entries;
    uint32_t exit = trace.entry(slots, exit_values);
    if (stress_counter_ <= 0) stress_counter_ = options_.stress_exits;
    restore_exit(vm_, frame, trace, exit, exit_values);
    if (static_cast<int32_t>(exit) != trace.loop_exit) {
      ++trace.exit_counts[exit];
      ++stats_.exits;
      return;
    }
    if (vm_.has_pending_work()) return;
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
  runtime::Code* code = recorder_.code();
  int32_t header = recorder_.header_unit();
  HotLoop& loop = loops_.at(code, header);
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
#ifndef NDEBUG
  // Debug builds verify every trace before compiling it.
  if (std::string problem = verify_trace(*t); !problem.empty()) {
    std::fprintf(stderr, "[jit] IR verification failed for trace at %s: %s\n", t->location.c_str(),
                 problem.c_str());
    std::abort();
  }
#endif
  BackendConfig config;
  config.vm = &vm_;
  config.stress_counter = options_.stress_exits > 0 ? &stress_counter_ : nullptr;
  config.fuse = options_.opt_fuse;
  config.dump = options_.dump;
  std::string mcode;
  std::string error;
  bool ok = assemble_trace(*t, config, &mcode, &error);
  stats_.compile_ms += ms_since(start);
  HotLoop& loop = loops_.at(t->code, t->header_unit);
  if (!ok) {
    ++stats_.aborts;
    ++stats_.aborts_by_reason[static_cast<int>(AbortReason::kCompileError)];
    loop.blacklisted = true;
    ++stats_.blacklisted;
    if (options_.log) {
      std::fprintf(stderr, "[jit] abort trace at %s: %s: %s\n", t->location.c_str(),
                   abort_message(AbortReason::kCompileError), error.c_str());
    }
    return;
  }
  t->exit_counts.assign(t->snapshots.size(), 0);
  ++stats_.traces;
  stats_.code_bytes += t->code_size;
  if (options_.dump) dump_trace(*t, ir_dump, mcode);
  if (options_.log) {
    std::fprintf(stderr, "[jit] compile trace %d at %s: %d IR, %zu snapshots, %zu bytes%s\n", t->id,
                 t->location.c_str(), static_cast<int>(t->ir.size()), t->snapshots.size(),
                 t->code_size, t->loop != kNoRef ? "" : " (no loop)");
  }
  loop.trace = t.get();
  loop.penalty = 0;
  loop.aborts = 0;
  traces_.push_back(std::move(t));
}

void Jit::dump_trace(const Trace& t, const std::string& ir_dump, const std::string& mcode) const {
  std::string out = "---- TRACE " + std::to_string(t.id) + " start " + t.location + "\n";
  out += "---- TRACE " + std::to_string(t.id) + " bytecode\n" + t.recorded;
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
               "record_ms=%.3f compile_ms=%.3f code_bytes=%llu\n",
               static_cast<unsigned long long>(stats_.traces),
               static_cast<unsigned long long>(stats_.aborts),
               static_cast<unsigned long long>(stats_.blacklisted),
               static_cast<unsigned long long>(stats_.trace_entries),
               static_cast<unsigned long long>(stats_.exits), stats_.record_ms, stats_.compile_ms,
               static_cast<unsigned long long>(stats_.code_bytes));
  for (int i = 0; i < kAbortReasonCount; ++i) {
    if (stats_.aborts_by_reason[i] == 0) continue;
    std::fprintf(stderr, "[jit-stats] abort %s (%s): %llu\n", kAbortNames[i], kAbortMessages[i],
                 static_cast<unsigned long long>(stats_.aborts_by_reason[i]));
  }
  for (const auto& t : traces_) {
    uint64_t exits = 0;
    for (uint64_t n : t->exit_counts) exits += n;
    std::fprintf(stderr, "[jit-stats] trace %d %s: %zu bytes, entered %llu, exits %llu%s\n", t->id,
                 t->location.c_str(), t->code_size, static_cast<unsigned long long>(t->entries),
                 static_cast<unsigned long long>(exits), t->loop != kNoRef ? "" : " (no loop)");
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

bool recording_callee(vm::VM& vm) { return vm.jit != nullptr && vm.jit->expects_callee(); }

void print_stats(vm::VM& vm) {
  if (vm.jit != nullptr) vm.jit->print_stats();
}

}  // namespace pyvm::jit
