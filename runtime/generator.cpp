// Generator objects and their protocol: next, send, throw, close, and the
// delegation step of `yield from` (see runtime/generator.h).
#include "runtime/generator.h"

#include <cstdio>
#include <string>

#include "runtime/code.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/generator_drop.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/traceback_object.h"
#include "runtime/tuple.h"
#include "vm/generator_frames.h"
#include "vm/interpreter.h"
#include "vm/interpreter_support.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

bool is_generator(VM& vm, Value v) {
  return v.is_object() && v.object()->type == vm.types().generator;
}

void trace_generator(Object* self, Tracer& tracer) {
  auto* gen = static_cast<Generator*>(self);
  tracer.visit(gen->code);
  tracer.visit(gen->function);
  tracer.visit(gen->globals);
  tracer.visit(gen->builtins);
  tracer.visit(gen->name);
  tracer.visit(gen->qualname);
  tracer.visit(gen->handled_exception);
  tracer.visit(gen->return_value);
  tracer.visit(gen->resumer_outer_handled);
  // While running, the live values are in the frame on the VM stack and the
  // saved copy is stale; once finished there is nothing to keep.
  if (gen->state != GeneratorState::kCreated && gen->state != GeneratorState::kSuspended) return;
  int64_t count = gen->code->nlocalsplus + gen->depth;
  for (int64_t i = 0; i < count; ++i) tracer.visit(gen->values()[i]);
}

Value generator_repr(VM& vm, Value self) {
  char address[32];
  std::snprintf(address, sizeof(address), "%p", static_cast<void*>(self.object()));
  std::string name = str_to_utf8(self.as<Generator>()->qualname);
  return Value::from_object(
      str_from_utf8(vm, "<generator object " + name + " at " + address + ">"));
}

Value self_iter(VM&, Value self) { return self; }

Value stop_iteration(VM& vm, Value value) {
  Tuple* args = value.is_null() || value == vm.none() ? nullptr : tuple_from(vm, &value, 1);
  return raise_value(vm, exception_new(vm, vm.types().stop_iteration, args));
}

Value generator_next(VM& vm, Value self) {
  bool returned = false;
  Value r = generator_resume(vm, self.as<Generator>(), vm.none(), Value::null(), &returned);
  if (r.is_null() || !returned) return r;
  if (r != vm.none()) return stop_iteration(vm, r);
  return Value::null();  // exhausted
}

Value generator_send_method(VM& vm, CallArgs args) {
  bool returned = false;
  Value r =
      generator_resume(vm, args.args[0].as<Generator>(), args.args[1], Value::null(), &returned);
  if (r.is_null() || !returned) return r;
  return stop_iteration(vm, r);
}

// Builds the exception that throw(typ[, val]) raises. `*instantiated` is set
// when typ was a class that was called: an error from that call is raised
// inside the generator, as CPython normalizes the exception in its frame.
Value make_thrown(VM& vm, CallArgs args, bool* instantiated) {
  Value type = args.args[1];
  Value value = args.npos > 2 ? args.args[2] : vm.none();
  bool is_class = type.is_object() && type.object()->type == vm.types().type &&
                  (type.as<Type>()->flags & kTypeBaseException) != 0;
  if (is_class) {
    if (value.is_object() && is_subtype(value.object()->type, type.as<Type>())) return value;
    *instantiated = true;
    Value made = value == vm.none() ? call_positional(vm, type, nullptr, 0)
                                    : call_positional(vm, type, &value, 1);
    if (made.is_null() || (made.is_object() && (made.object()->type->flags & kTypeBaseException))) {
      return made;
    }
    Value shown = repr(vm, type);
    if (shown.is_null()) return shown;
    return raise_type_error(vm, "calling " + str_to_utf8(shown.as<Str>()) +
                                    " should have returned an instance of BaseException, not " +
                                    type_name(vm, made));
  }
  if (type.is_object() && (type.object()->type->flags & kTypeBaseException) != 0) {
    if (value != vm.none()) {
      return raise_type_error(vm, "instance exception may not have a separate value");
    }
    return type;
  }
  return raise_type_error(vm,
                          "exceptions must be classes or instances deriving from "
                          "BaseException, not " +
                              type_name(vm, type));
}

// The iterator `gen` delegates to while suspended in `yield from`/`await`
// (the RESUME after its yield has oparg >= 2; the delegate is the top of the
// saved stack), or null.
Value generator_delegate(Generator* gen) {
  if (gen->state != GeneratorState::kSuspended || gen->depth == 0 || gen->resume_in_body != 0) {
    return Value::null();
  }
  const uint16_t* units = gen->code->instructions();
  uint16_t word = units[gen->resume_unit];
  if ((word & 0xff) != vm::RESUME || (word >> 8) < 2) return Value::null();
  return gen->values()[gen->code->nlocalsplus + gen->depth - 1];
}

// The delegate of `gen` finished with `result` (or raised, `result` null):
// pops it and resumes `gen` after its `yield from` with the result, or
// raises the delegate's exception at the `yield from`.
Value finish_delegation(VM& vm, Generator* gen, Value result, bool* returned) {
  const uint16_t* units = gen->code->instructions();
  int64_t send_unit = gen->resume_unit - 2;
  if (result.is_null() && !exception_matches(vm, vm.types().stop_iteration)) {
    return generator_resume(vm, gen, vm.none(), vm.take_exception(), returned);
  }
  if (result.is_null()) {
    auto* stop = vm.take_exception().as<BaseException>();
    result = stop->args != nullptr && stop->args->length > 0 ? stop->args->at(0) : vm.none();
  }
  if (send_unit < 0 || (units[send_unit] & 0xff) != vm::SEND) {
    return raise(vm, vm.types().system_error, "yield from: no SEND before the yield");
  }
  uint32_t oparg = units[send_unit] >> 8;
  for (int64_t i = send_unit - 1, shift = 8; i >= 0 && (units[i] & 0xff) == vm::EXTENDED_ARG;
       --i, shift += 8) {
    oparg |= static_cast<uint32_t>(units[i] >> 8) << shift;
  }
  --gen->depth;
  gen->resume_unit = send_unit + 1 + oparg;
  gen->yield_unit = send_unit;
  return generator_resume(vm, gen, result, Value::null(), returned);
}

Value generator_close_method(VM& vm, CallArgs args);

// Closes a `yield from` delegate: close() of a generator, the close method
// of another iterator when it has one. False with an exception pending.
bool close_delegate(VM& vm, Value delegate) {
  Value r;
  if (is_generator(vm, delegate)) {
    Value self = delegate;
    r = generator_close_method(vm, CallArgs{&self, 1, nullptr});
  } else {
    Value close = get_attr(vm, delegate, vm.intern("close"));
    if (close.is_null()) {
      if (!exception_matches(vm, vm.types().attribute_error)) return false;
      vm.clear_exception();
      return true;
    }
    r = call_positional(vm, close, nullptr, 0);
  }
  return !r.is_null();
}

// throw(): into the delegate first when `gen` is suspended in `yield from`.
// `args` are throw()'s arguments after the generator (passed on to a
// delegate's own throw method).
Value generator_throw(VM& vm, Generator* gen, Value thrown, const Value* args, size_t nargs,
                      bool* returned) {
  *returned = false;
  Value delegate = generator_delegate(gen);
  if (delegate.is_null()) return generator_resume(vm, gen, vm.none(), thrown, returned);
  if (thrown.is_object() && is_subtype(thrown.object()->type, vm.types().generator_exit)) {
    if (!close_delegate(vm, delegate)) {
      return generator_resume(vm, gen, vm.none(), vm.take_exception(), returned);
    }
    return generator_resume(vm, gen, vm.none(), thrown, returned);
  }
  Value r;
  if (is_generator(vm, delegate)) {
    bool inner_returned = false;
    r = generator_throw(vm, delegate.as<Generator>(), thrown, args, nargs, &inner_returned);
    if (!r.is_null() && !inner_returned) return r;
  } else {
    Value method = get_attr(vm, delegate, vm.intern("throw"));
    if (method.is_null()) {
      if (!exception_matches(vm, vm.types().attribute_error)) return method;
      vm.clear_exception();
      return generator_resume(vm, gen, vm.none(), thrown, returned);
    }
    r = call_positional(vm, method, args, nargs);
    if (!r.is_null()) return r;
  }
  return finish_delegation(vm, gen, r, returned);
}

Value generator_throw_method(VM& vm, CallArgs args) {
  bool instantiated = false;
  Value thrown = make_thrown(vm, args, &instantiated);
  if (thrown.is_null() && !instantiated) return thrown;
  if (thrown.is_null()) thrown = vm.take_exception();
  bool returned = false;
  Value r = generator_throw(vm, args.args[0].as<Generator>(), thrown, args.args + 1, args.npos - 1,
                            &returned);
  if (r.is_null() || !returned) return r;
  return stop_iteration(vm, r);
}

Value generator_close_method(VM& vm, CallArgs args) {
  auto* gen = args.args[0].as<Generator>();
  if (gen->state == GeneratorState::kCreated || gen->state == GeneratorState::kFinished) {
    gen->state = GeneratorState::kFinished;
    return vm.none();
  }
  Value exit = exception_new(vm, vm.types().generator_exit, nullptr);
  bool returned = false;
  Value r = generator_throw(vm, gen, exit, &exit, 1, &returned);
  if (r.is_null()) {
    if (exception_matches(vm, vm.types().generator_exit) ||
        exception_matches(vm, vm.types().stop_iteration)) {
      vm.clear_exception();
      return vm.none();
    }
    return r;
  }
  if (!returned) return raise(vm, vm.types().runtime_error, "generator ignored GeneratorExit");
  return vm.none();
}

}  // namespace

// PEP 479: a StopIteration escaping a generator frame becomes RuntimeError.
void generator_convert_stop_iteration(VM& vm) {
  if (!exception_matches(vm, vm.types().stop_iteration)) return;
  Value original = vm.take_exception();
  raise(vm, vm.types().runtime_error, "generator raised StopIteration");
  auto* exc = vm.pending_exception().as<BaseException>();
  vm.store(exc, &exc->cause, original);
  vm.store(exc, &exc->context, original);
  exc->suppress_context = 1;
}

Generator* generator_new(VM& vm, Code* code, Function* function, Dict* globals, Dict* builtins,
                         const Value* localsplus, int64_t resume_unit) {
  int64_t nvalues = static_cast<int64_t>(code->nlocalsplus) + code->stacksize;
  auto* gen =
      vm.allocate<Generator>(vm.types().generator, static_cast<size_t>(nvalues) * sizeof(Value));
  vm.store_ref(gen, &gen->code, code);
  vm.store_ref(gen, &gen->function, function);
  vm.store_ref(gen, &gen->globals, globals);
  vm.store_ref(gen, &gen->builtins, builtins);
  vm.store_ref(gen, &gen->name, code->name);
  vm.store_ref(gen, &gen->qualname, function != nullptr ? function->qualname : code->qualname);
  gen->state = GeneratorState::kCreated;
  gen->resume_unit = resume_unit;
  gen->yield_unit = resume_unit - 1;
  gen->depth = 0;
  gen->nvalues = nvalues;
  for (int32_t i = 0; i < code->nlocalsplus; ++i) vm.store(gen, &gen->values()[i], localsplus[i]);
  return gen;
}

Value generator_resume(VM& vm, Generator* gen, Value sent, Value thrown, bool* returned) {
  *returned = false;
  if (gen->state == GeneratorState::kRunning) {
    return raise_value_error(vm, "generator already executing");
  }
  if (gen->state == GeneratorState::kFinished) {
    if (!thrown.is_null()) return raise_value(vm, thrown);
    *returned = true;
    return vm.none();
  }
  if (gen->state == GeneratorState::kCreated && thrown.is_null() && sent != vm.none()) {
    return raise_type_error(vm, "can't send non-None value to a just-started generator");
  }
  Value caller_handled = vm.handled_exception();
  Value caller_outer = vm.outer_handled_exception();
  vm.set_outer_handled_exception(vm.topmost_handled_exception());
  vm.set_handled_exception(gen->handled_exception.is_null() ? vm.none() : gen->handled_exception);
  generator_note_resuming(vm, gen);
  gen->state = GeneratorState::kRunning;
  if (!thrown.is_null()) {
    raise_value(vm, thrown);
    // As CPython's throw(): the thrown exception is chained to the exception
    // the generator itself is handling, not to the caller's, and not again
    // in the generator's frame (see chain_exception_context).
    if (thrown.is_object() && (thrown.object()->type->flags & kTypeBaseException) != 0) {
      Value caller_topmost = vm.outer_handled_exception();
      vm.set_outer_handled_exception(vm.none());
      thrown.object()->aux = 0;
      vm::chain_exception_context(vm);
      vm.set_outer_handled_exception(caller_topmost);
      thrown.object()->aux = static_cast<uint32_t>(vm.frames().depth() + 1);
    }
  }
  Value result = vm::resume_generator_frame(vm, gen, sent, !thrown.is_null());
  vm.store(gen, &gen->handled_exception, vm.handled_exception());
  vm.set_handled_exception(caller_handled);
  vm.set_outer_handled_exception(caller_outer);
  if (result.is_null()) {
    gen->state = GeneratorState::kFinished;
    generator_convert_stop_iteration(vm);
    return result;
  }
  if (gen->state == GeneratorState::kSuspended) {
    if (vm::generator_suspension_needs_note(vm, gen)) generator_note_suspended(vm, gen);
    return result;
  }
  *returned = true;
  return result;
}

Value generator_send_to(VM& vm, Value receiver, Value sent, bool* returned) {
  *returned = false;
  if (is_generator(vm, receiver)) {
    Value r = generator_resume(vm, receiver.as<Generator>(), sent, Value::null(), returned);
    return r;
  }
  Value r;
  if (sent == vm.none()) {
    r = iter_next(vm, receiver);
  } else {
    Value send = get_attr(vm, receiver, vm.intern("send"));
    if (send.is_null()) return send;
    r = call_positional(vm, send, &sent, 1);
  }
  if (!r.is_null()) return r;
  if (!vm.has_exception()) {
    *returned = true;
    return vm.none();
  }
  if (!exception_matches(vm, vm.types().stop_iteration)) return r;
  // The delegate finished: its StopIteration carries the return value.
  auto* stop = vm.take_exception().as<BaseException>();
  *returned = true;
  return stop->args != nullptr && stop->args->length > 0 ? stop->args->at(0) : vm.none();
}

// Generator attributes: __name__, __qualname__, gi_code, gi_running,
// gi_suspended, gi_yieldfrom (the `yield from` delegate, else None) and
// gi_frame (a snapshot frame with the code and line; None once finished).
static Value generator_getattr(VM& vm, Value self, Str* name) {
  auto* gen = self.as<Generator>();
  std::string key = str_to_utf8(name);
  if (key == "__name__") return Value::from_object(gen->name);
  if (key == "__qualname__") return Value::from_object(gen->qualname);
  if (key == "gi_code") return Value::from_object(gen->code);
  if (key == "gi_running") return vm.bool_value(gen->state == GeneratorState::kRunning);
  if (key == "gi_suspended") return vm.bool_value(gen->state == GeneratorState::kSuspended);
  if (key == "gi_yieldfrom") {
    Value delegate = generator_delegate(gen);
    return delegate.is_null() ? vm.none() : delegate;
  }
  if (key == "gi_frame") {
    if (gen->state == GeneratorState::kFinished) return vm.none();
    return frame_snapshot_new(vm, gen->code, gen->yield_unit < 0 ? 0 : gen->yield_unit);
  }
  if (key == "__class__") return Value::from_object(self.object()->type);
  Value found = type_lookup(vm, self.object()->type, name);
  if (found.is_null()) return raise_attribute_error(vm, self, name);
  return bind_attribute(vm, found, self, self.object()->type);
}

void init_generator_type(VM& vm) {
  Type* t = vm.types().generator;
  t->instance_size = 0;  // variable: values follow the header
  t->trace = trace_generator;
  t->repr = generator_repr;
  t->iter = self_iter;
  t->next = generator_next;
  t->getattr = generator_getattr;
  add_iterator_methods(vm, t);
  add_method(vm, t, "send", generator_send_method, 1, 1);
  add_method(vm, t, "throw", generator_throw_method, 1, 3);
  add_method(vm, t, "close", generator_close_method, 0, 0);
}

}  // namespace pyvm::runtime
