// Prompt and collector-driven closing of dropped suspended generators (see
// runtime/generator_drop.h).
#include "runtime/generator_drop.h"

#include <time.h>

#include "gc/heap.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/finalizers.h"
#include "runtime/generator.h"
#include "runtime/ops.h"
#include "runtime/weakref.h"
#include "vm/pending_work.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// A generator that survived this many targeted collections is left to the
// ordinary ones (a generator held elsewhere and dropped from loops often).
constexpr uint8_t kMaxSurvivedChecks = 3;
// Targeted collections may use this share of the CPU time, plus kAllowanceNs.
constexpr uint64_t kTimeShareDivisor = 8;
constexpr uint64_t kAllowanceNs = 20'000'000;

// CPU time of this thread: the budget must not depend on how busy the
// machine is (a preempted collection would otherwise use it up).
uint64_t now_ns() {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1'000'000'000u + static_cast<uint64_t>(ts.tv_nsec);
}

bool is_generator(VM& vm, Value v) {
  return v.is_object() && v.object()->type == vm.types().generator;
}

// Whether a handler covers the yield `gen` is suspended at.
bool yield_has_handler(Generator* gen) {
  if (gen->code->exceptiontable == nullptr) return false;
  return find_exception_handler(gen->code, static_cast<int32_t>(gen->yield_unit)).has_value();
}

// Whether the top of the saved value stack is a cleanup-pending generator
// (`yield from` delegate, or the iterator of a `for` around the yield).
bool delegates_to_cleanup(VM& vm, Generator* gen) {
  if (gen->depth == 0) return false;
  Value top = gen->values()[gen->code->nlocalsplus + gen->depth - 1];
  return is_generator(vm, top) && top.as<Generator>()->cleanup_pending != 0;
}

void register_finalizer(VM& vm, Generator* gen) {
  if (gen->finalizer_registered != 0 || vm.weakref_state == nullptr) return;
  WeakrefState& state = weakref_state(vm);
  gen->finalizer_registered = 1;
  if (state.finalizable.emplace(gen, state.next_registration).second) {
    ++state.next_registration;
    vm.heap().register_finalizer(gen);
  }
}

DropCollection collection_for(Generator* gen) {
  return (gen->gc_word & gc::kMarked) != 0 ? DropCollection::kMajor : DropCollection::kMinor;
}

DropCollection wider(DropCollection a, DropCollection b) {
  return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

// Whether the rate limit allows a targeted collection now.
bool within_budget(VM& vm, uint64_t now) {
  if (vm.generator_drop_start_ns == 0) vm.generator_drop_start_ns = now;
  uint64_t elapsed = now - vm.generator_drop_start_ns;
  return vm.generator_drop_spent_ns <= elapsed / kTimeShareDivisor + kAllowanceNs;
}

}  // namespace

void generator_note_resuming(VM& vm, Generator* gen) {
  if (gen->cleanup_pending == 0) return;
  gen->cleanup_pending = 0;
  --vm.suspended_cleanup_generators;
}

void generator_note_suspended(VM& vm, Generator* gen) {
  bool own = yield_has_handler(gen);
  if (!own && !delegates_to_cleanup(vm, gen)) return;
  if (own) register_finalizer(vm, gen);
  gen->cleanup_pending = 1;
  ++vm.suspended_cleanup_generators;
}

DropCollection generator_drop_check(VM& vm, Value value, DropSite site) {
  if (!is_generator(vm, value)) return DropCollection::kNone;
  auto* gen = value.as<Generator>();
  if (gen->cleanup_pending == 0 || gen->state != GeneratorState::kSuspended) {
    return DropCollection::kNone;
  }
  // A generator that outlived a check is often iterated by several loops
  // while a variable holds it: only stores and frame exits check it again.
  if (site == DropSite::kPop && gen->survived_drop_checks != 0) return DropCollection::kNone;
  if (gen->survived_drop_checks >= kMaxSurvivedChecks) return DropCollection::kNone;
  ++gen->survived_drop_checks;  // irrelevant if it dies
  return collection_for(gen);
}

DropCollection generator_replace_slot(VM& vm, Value* slot, Value value) {
  Value old = *slot;
  *slot = value;
  if (old == value) return DropCollection::kNone;
  return generator_drop_check(vm, old, DropSite::kStore);
}

DropCollection generator_drop_check_name(VM& vm, Value mapping, Str* name) {
  if (!mapping.is_object() || mapping.object()->type != vm.types().dict) {
    return DropCollection::kNone;
  }
  Value old = dict_get_str(vm, mapping.as<Dict>(), name);
  if (old.is_null()) {
    if (vm.has_exception()) vm.clear_exception();
    return DropCollection::kNone;
  }
  return generator_drop_check(vm, old, DropSite::kStore);
}

DropCollection generator_release_slots(VM& vm, Value* begin, Value* end, Value keep) {
  DropCollection result = DropCollection::kNone;
  for (Value* p = begin; p < end; ++p) {
    if (*p == keep) continue;
    DropCollection kind = generator_drop_check(vm, *p, DropSite::kFrameExit);
    if (kind == DropCollection::kNone) continue;
    *p = Value::null();
    result = wider(result, kind);
  }
  return result;
}

void collect_dropped_generators(VM& vm, DropCollection kind) {
  if (kind == DropCollection::kNone) return;
  uint64_t start = now_ns();
  if (!within_budget(vm, start)) return;  // the next ordinary collection closes them
  Value saved = vm.take_exception();
  vm::prepare_explicit_collection(vm);
  (void)vm.heap().collect(kind == DropCollection::kMajor);
  vm.generator_drop_spent_ns += now_ns() - start;
  run_pending_finalizers(vm);
  vm.set_exception(saved);
}

void generator_finalize(VM& vm, Generator* gen) {
  if (gen->state != GeneratorState::kSuspended) return;
  Value self = Value::from_object(gen);
  Value close = get_attr(vm, self, vm.intern("close"));
  Value r = close.is_null() ? close : call_positional(vm, close, nullptr, 0);
  if (r.is_null()) report_unraisable(vm, self);
}

}  // namespace pyvm::runtime
