// The native `_thread` module (see runtime/thread_module.h). With a single
// thread nothing can release a held lock while acquire() waits, so a
// blocking acquire of a held lock raises RuntimeError instead of hanging
// forever (CPython would deadlock); a non-blocking or timed acquire of a held
// lock returns False at once.
#include "runtime/thread_module.h"

#include <cstdio>
#include <string>

#include <pthread.h>
#include <unistd.h>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/struct_seq.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/traceback.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr const char* kModule = "_thread";

// A lock (count 0 or 1) or a reentrant lock (count = recursion depth).
struct Lock : Object {
  int64_t count;
  int64_t reentrant;
};

void trace_lock(Object*, Tracer&) {}

int64_t thread_ident() { return static_cast<int64_t>(pthread_self()); }

Lock* lock_of(Value v) { return v.as<Lock>(); }

// acquire(blocking=True, timeout=-1).
Value lock_acquire(VM& vm, CallArgs args) {
  Value a[2];
  ArgSpec spec{"acquire", {"blocking", "timeout"}, 0, 2};
  if (!bind_args(vm, CallArgs{args.args + 1, args.npos - 1, args.kwnames}, spec, a)) {
    return Value::null();
  }
  int blocking = a[0].is_null() ? 1 : truth(vm, a[0]);
  if (blocking < 0) return Value::null();
  Lock* lock = lock_of(args.args[0]);
  if (lock->count == 0 || lock->reentrant) {
    ++lock->count;
    return vm.true_value();
  }
  if (!blocking || (!a[1].is_null() && a[1] != Value::from_small_int(-1))) {
    return vm.false_value();
  }
  return raise(vm, vm.types().runtime_error,
               "pyvm: acquiring a held lock would block forever (pyvm runs one thread)");
}

Value lock_release(VM& vm, CallArgs args) {
  Lock* lock = lock_of(args.args[0]);
  if (lock->count == 0) {
    return raise(vm, vm.types().runtime_error,
                 lock->reentrant ? "cannot release un-acquired lock" : "release unlocked lock");
  }
  --lock->count;
  return vm.none();
}

Value lock_locked(VM& vm, CallArgs args) { return vm.bool_value(lock_of(args.args[0])->count > 0); }

Value lock_exit(VM& vm, CallArgs args) {
  CallArgs self_only{args.args, 1, nullptr};
  return lock_release(vm, self_only);
}

Value rlock_is_owned(VM& vm, CallArgs args) {
  return vm.bool_value(lock_of(args.args[0])->count > 0);
}

Value lock_repr(VM& vm, Value self) {
  Lock* lock = lock_of(self);
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<const void*>(lock));
  std::string state = lock->count > 0 ? "locked" : "unlocked";
  std::string text;
  if (lock->reentrant) {
    text = "<" + state +
           " _thread.RLock object owner=" + std::to_string(lock->count > 0 ? thread_ident() : 0) +
           " count=" + std::to_string(lock->count) + " at " + address + ">";
  } else {
    text = "<" + state + " _thread.lock object at " + address + ">";
  }
  return Value::from_object(str_from_utf8(vm, text));
}

Value new_lock(VM& vm, bool reentrant) {
  Value type = module_attribute(vm, kModule, reentrant ? "RLock" : "LockType");
  if (type.is_null()) {
    return raise(vm, vm.types().runtime_error, "pyvm: the _thread module was replaced");
  }
  auto* lock = vm.allocate<Lock>(type.as<Type>());
  lock->reentrant = reentrant ? 1 : 0;
  return Value::from_object(lock);
}

Type* lock_type(VM& vm, bool reentrant) {
  Type* t = module_type_new(vm, kModule, reentrant ? "RLock" : "lock", sizeof(Lock), trace_lock);
  t->flags |= kTypeNoReferences;
  t->repr = lock_repr;
  if (reentrant) {
    t->construct = [](VM& vm, Type*, CallArgs) { return new_lock(vm, true); };
  } else {
    t->construct = [](VM& vm, Type*, CallArgs) { return new_lock(vm, false); };
  }
  add_method(vm, t, "acquire", lock_acquire, 0, 2, kNativeKeywords);
  add_method(vm, t, "__enter__", lock_acquire, 0, 2, kNativeKeywords);
  add_method(vm, t, "release", lock_release, 0, 0);
  add_method(vm, t, "__exit__", lock_exit, 0, 3);
  if (reentrant) {
    add_method(vm, t, "_is_owned", rlock_is_owned, 0, 0);
  } else {
    add_method(vm, t, "acquire_lock", lock_acquire, 0, 2, kNativeKeywords);
    add_method(vm, t, "release_lock", lock_release, 0, 0);
    add_method(vm, t, "locked", lock_locked, 0, 0);
    add_method(vm, t, "locked_lock", lock_locked, 0, 0);
  }
  return t;
}

Value thread_get_ident(VM& vm, CallArgs) { return int_from_int64(vm, thread_ident()); }
Value thread_get_native_id(VM& vm, CallArgs) { return int_from_int64(vm, getpid()); }
Value thread_allocate_lock(VM& vm, CallArgs) { return new_lock(vm, false); }
Value thread_count(VM&, CallArgs) { return Value::from_small_int(0); }
Value thread_stack_size(VM&, CallArgs) { return Value::from_small_int(0); }
Value thread_start(VM& vm, CallArgs) {
  return raise(vm, vm.types().not_implemented_error,
               "_thread.start_new_thread: pyvm runs one thread");
}

// _thread._local: with one thread, thread-local data is ordinary instance
// data, so _local is a plain class (subclassable, instances with a
// __dict__).
Value make_local_class(VM& vm) {
  Dict* ns = dict_new(vm);
  dict_set_str(vm, ns, vm.intern("__module__"), Value::from_object(vm.intern(kModule)));
  dict_set_str(vm, ns, vm.intern("__doc__"),
               Value::from_object(vm.intern("Thread-local data (pyvm runs one thread)")));
  Value base = Value::from_object(vm.types().object);
  return create_class(vm, vm.types().type, vm.intern("_local"), tuple_from(vm, &base, 1), ns,
                      nullptr);
}

// _excepthook(args): what threading reports for an exception that ends a
// thread; with no threads besides the main one it only prints the
// exception of `args` (an _ExceptHookArgs) on stderr.
Value thread_excepthook(VM& vm, CallArgs args) {
  Value value = get_attr(vm, args.args[0], vm.intern("exc_value"));
  if (value.is_null()) return value;
  if (is_instance_of(vm, value, vm.types().base_exception)) {
    std::fputs("Exception in thread:\n", stderr);
    vm::print_exception(vm, value, stderr);
    std::fflush(stderr);
  }
  return vm.none();
}

void add_function(VM& vm, Module* m, const char* name, NativeFn fn, int min_args, int max_args) {
  NativeFunction* f = native_function_new(vm, name, fn, min_args, max_args);
  dict_set_str(vm, m->dict, f->name, Value::from_object(f));
}

}  // namespace

Value create_thread_module(VM& vm) {
  Module* m = module_new(vm, vm.intern(kModule));
  dict_set_str(vm, vm.modules(), m->name, Value::from_object(m));
  dict_set_str(vm, m->dict, vm.intern("LockType"), Value::from_object(lock_type(vm, false)));
  dict_set_str(vm, m->dict, vm.intern("RLock"), Value::from_object(lock_type(vm, true)));
  dict_set_str(vm, m->dict, vm.intern("error"), Value::from_object(vm.types().runtime_error));
  dict_set_str(vm, m->dict, vm.intern("TIMEOUT_MAX"), float_new(vm, 9223372036.0));
  Value local = make_local_class(vm);
  if (local.is_null()) return local;
  dict_set_str(vm, m->dict, vm.intern("_local"), local);
  add_function(vm, m, "_excepthook", thread_excepthook, 1, 1);
  Type* hook_args = struct_seq_type_new(vm, kModule, "_ExceptHookArgs",
                                        {"exc_type", "exc_value", "exc_traceback", "thread"});
  dict_set_str(vm, m->dict, vm.intern("_ExceptHookArgs"), Value::from_object(hook_args));
  add_function(vm, m, "get_ident", thread_get_ident, 0, 0);
  add_function(vm, m, "get_native_id", thread_get_native_id, 0, 0);
  add_function(vm, m, "allocate_lock", thread_allocate_lock, 0, 0);
  add_function(vm, m, "allocate", thread_allocate_lock, 0, 0);
  add_function(vm, m, "_set_sentinel", thread_allocate_lock, 0, 0);
  add_function(vm, m, "_count", thread_count, 0, 0);
  add_function(vm, m, "stack_size", thread_stack_size, 0, 1);
  add_function(vm, m, "start_new_thread", thread_start, 0, -1);
  add_function(vm, m, "start_new", thread_start, 0, -1);
  return Value::from_object(m);
}

}  // namespace pyvm::runtime
