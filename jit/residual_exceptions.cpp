// The residual helpers of exceptions caught inside traces (see
// jit/exceptions.h).
#include "jit/exceptions.h"

#include "jit/residual.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/tuple.h"
#include "vm/interpreter_support.h"
#include "vm/vm.h"

namespace pyvm::jit {

thread_local bool residual_keep_exception = false;

namespace {

alignas(16) const uint64_t kRaisedWord = 0;

// Runs `base` keeping a raised exception pending: its result, the sentinel
// when it raised, 0 when it declined (nothing pending, nothing done).
uint64_t run_keeping(vm::VM* vm, Residual base, const uint64_t* args, int64_t n) {
  residual_keep_exception = true;
  uint64_t r = residual_fn(static_cast<int32_t>(base))(vm, args, n);
  residual_keep_exception = false;
  if (r != 0) return r;
  return vm->has_exception() ? raised_sentinel() : 0;
}

bool is_exception_object(Value v) {
  return v.is_object() && (v.object()->type->flags & runtime::kTypeBaseException) != 0;
}

}  // namespace

uint64_t raised_sentinel() { return reinterpret_cast<uint64_t>(&kRaisedWord); }

uint64_t r_call_caught(vm::VM* vm, const uint64_t* args, int64_t n) {
  return run_keeping(vm, Residual::call, args, n);
}

uint64_t r_item_caught(vm::VM* vm, const uint64_t* args, int64_t n) {
  return run_keeping(vm, Residual::get_item, args, n);
}

uint64_t r_binop_caught(vm::VM* vm, const uint64_t* args, int64_t n) {
  return run_keeping(vm, Residual::binary_op, args, n);
}

uint64_t r_exc_caught(vm::VM* vm, const uint64_t* args, int64_t) {
  if (vm->suspended_cleanup_generators != 0) {
    // The unwinder would close generators dropped from the stack: let the
    // interpreter re-run the instruction and unwind itself.
    vm->clear_exception();
    return 0;
  }
  vm::chain_exception_context(*vm);
  Value exc = vm->pending_exception();
  if (is_exception_object(exc)) {
    auto* e = exc.as<runtime::BaseException>();
    auto* tb = vm->allocate<runtime::Traceback>(vm->types().traceback);
    vm->store_ref(tb, &tb->next, e->traceback);
    vm->store_ref(tb, &tb->code, Value::from_raw(args[0]).object());
    tb->unit = static_cast<int64_t>(args[1]);
    vm->store_ref(tb, &tb->globals, Value::from_raw(args[2]).as<runtime::Dict>());
    vm->store_ref(e, &e->traceback, tb);
  }
  return vm->take_exception().raw();
}

uint64_t r_exc_push_info(vm::VM* vm, const uint64_t* args, int64_t) {
  Value prev = vm->handled_exception();
  if (prev.is_null()) return 0;
  vm->set_handled_exception(Value::from_raw(args[0]));
  return prev.raw();
}

uint64_t r_exc_pop(vm::VM* vm, const uint64_t* args, int64_t) {
  vm->set_handled_exception(Value::from_raw(args[0]));
  return vm->none().raw();
}

uint64_t r_exc_unwind(vm::VM* vm, const uint64_t* args, int64_t n) {
  Value exc = Value::from_raw(args[0]);
  if (vm->suspended_cleanup_generators != 0 || !is_exception_object(exc)) return 0;
  vm->set_exception(exc);
  vm::chain_exception_context(*vm);
  auto* e = exc.as<runtime::BaseException>();
  for (int64_t i = 1; i + 2 < n; i += 3) {
    auto* tb = vm->allocate<runtime::Traceback>(vm->types().traceback);
    vm->store_ref(tb, &tb->next, e->traceback);
    vm->store_ref(tb, &tb->code, Value::from_raw(args[i]).object());
    tb->unit = static_cast<int64_t>(args[i + 1]);
    vm->store_ref(tb, &tb->globals, Value::from_raw(args[i + 2]).as<runtime::Dict>());
    vm->store_ref(e, &e->traceback, tb);
  }
  return vm->take_exception().raw();
}

uint64_t r_exc_new(vm::VM* vm, const uint64_t* args, int64_t n) {
  const auto* values = reinterpret_cast<const Value*>(args);
  runtime::Tuple* call_args = runtime::tuple_from(*vm, values + 1, n - 1);
  return runtime::exception_new(*vm, values[0].as<runtime::Type>(), call_args).raw();
}

uint64_t r_exc_init(vm::VM* vm, const uint64_t* args, int64_t n) {
  const auto* values = reinterpret_cast<const Value*>(args);
  runtime::Tuple* call_args = runtime::tuple_from(*vm, values + 1, n - 1);
  auto* e = values[0].as<runtime::BaseException>();
  vm->store_ref(e, &e->args, call_args);
  return vm->none().raw();
}

uint64_t r_exc_getattr(vm::VM* vm, const uint64_t* args, int64_t) {
  auto* e = Value::from_raw(args[0]).as<runtime::BaseException>();
  if (e->dict == nullptr) return 0;
  return runtime::dict_get_str(*vm, e->dict, Value::from_raw(args[1]).as<runtime::Str>()).raw();
}

uint64_t r_exc_args(vm::VM* vm, const uint64_t* args, int64_t) {
  auto* e = Value::from_raw(args[0]).as<runtime::BaseException>();
  if (e->dict != nullptr && !runtime::dict_get_str(*vm, e->dict, vm->intern("args")).is_null()) {
    return 0;
  }
  runtime::Tuple* t = e->args == nullptr ? runtime::tuple_empty(*vm) : e->args;
  return Value::from_object(t).raw();
}

uint64_t r_exc_setattr(vm::VM* vm, const uint64_t* args, int64_t) {
  Value exc = Value::from_raw(args[0]);
  auto* name = Value::from_raw(args[1]).as<runtime::Str>();
  if (exc.object()->type->setattr(*vm, exc, name, Value::from_raw(args[2])) < 0) {
    vm->clear_exception();
    return 0;
  }
  return vm->none().raw();
}

}  // namespace pyvm::jit
