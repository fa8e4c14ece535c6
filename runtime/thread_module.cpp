// `_thread` for one thread, and `atexit` (see runtime/thread_module.h).
#include "runtime/thread_module.h"

#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <string>
#include <utility>
#include <vector>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/traceback.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// A lock (`_thread.lock`) or re-entrant lock (`_thread.RLock`): `count` is
// 0 or 1 for a lock, the recursion depth for an RLock.
struct LockObject : Object {
  int64_t count;
};

void trace_lock(Object*, Tracer&) {}  // no references

LockObject* lock_self(VM& vm, Value v) {
  if (type_of(vm, v)->trace != trace_lock) {
    raise_type_error(vm, "descriptor requires a lock object");
    return nullptr;
  }
  return v.as<LockObject>();
}

uint64_t thread_ident() { return static_cast<uint64_t>(pthread_self()); }

// The (blocking, timeout) arguments of acquire, checked as CPython does.
bool acquire_args(VM& vm, CallArgs args, bool* blocking, double* timeout) {
  Value p[2];
  CallArgs rest{args.args + 1, args.npos - 1, args.kwnames};
  if (!bind_args(vm, rest, ArgSpec{"acquire", {"blocking", "timeout"}}, p)) return false;
  *blocking = true;
  *timeout = -1;
  if (!p[0].is_null()) {
    int t = truth(vm, p[0]);
    if (t < 0) return false;
    *blocking = t != 0;
  }
  if (!p[1].is_null()) {
    if (!number_to_double(vm, p[1], timeout)) return false;
  }
  if (!*blocking && *timeout != -1) {
    raise_value_error(vm, "can't specify a timeout for a non-blocking call");
    return false;
  }
  if (*timeout < 0 && *timeout != -1) {
    raise_value_error(vm, "timeout value must be a non-negative number");
    return false;
  }
  return true;
}

// A held lock with no other thread to release it: wait out a finite
// timeout and fail, or refuse to hang forever.
Value wait_for_held_lock(VM& vm, bool blocking, double timeout) {
  if (!blocking) return vm.bool_value(false);
  if (timeout < 0) {
    return raise(vm, vm.types().runtime_error,
                 "pyvm: acquiring a held lock would block forever (pyvm runs one thread)");
  }
  struct timespec ts;
  ts.tv_sec = static_cast<time_t>(timeout);
  ts.tv_nsec = static_cast<long>((timeout - static_cast<double>(ts.tv_sec)) * 1e9);
  nanosleep(&ts, nullptr);
  return vm.bool_value(false);
}

Value lock_acquire(VM& vm, CallArgs args) {
  LockObject* lock = lock_self(vm, args.args[0]);
  bool blocking;
  double timeout;
  if (lock == nullptr || !acquire_args(vm, args, &blocking, &timeout)) return Value::null();
  bool reentrant = lock->type->dict != nullptr &&
                   !dict_get_str(vm, lock->type->dict, vm.intern("_is_owned")).is_null();
  if (lock->count > 0 && !reentrant) return wait_for_held_lock(vm, blocking, timeout);
  ++lock->count;
  return vm.bool_value(true);
}

Value lock_release(VM& vm, CallArgs args) {
  LockObject* lock = lock_self(vm, args.args[0]);
  if (lock == nullptr) return Value::null();
  if (lock->count == 0) {
    bool reentrant = !dict_get_str(vm, lock->type->dict, vm.intern("_is_owned")).is_null();
    return raise(vm, vm.types().runtime_error,
                 reentrant ? "cannot release un-acquired lock" : "release unlocked lock");
  }
  --lock->count;
  return vm.none();
}

Value lock_exit(VM& vm, CallArgs args) { return lock_release(vm, CallArgs{args.args, 1, nullptr}); }

Value lock_locked(VM& vm, CallArgs args) {
  LockObject* lock = lock_self(vm, args.args[0]);
  if (lock == nullptr) return Value::null();
  return vm.bool_value(lock->count > 0);
}

Value lock_reinit(VM& vm, CallArgs args) {
  LockObject* lock = lock_self(vm, args.args[0]);
  if (lock == nullptr) return Value::null();
  lock->count = 0;
  return vm.none();
}

Value rlock_is_owned(VM& vm, CallArgs args) { return lock_locked(vm, args); }

Value rlock_recursion_count(VM& vm, CallArgs args) {
  LockObject* lock = lock_self(vm, args.args[0]);
  if (lock == nullptr) return Value::null();
  return int_from_int64(vm, lock->count);
}

// _release_save() -> (count, owner); the lock is left unowned.
Value rlock_release_save(VM& vm, CallArgs args) {
  LockObject* lock = lock_self(vm, args.args[0]);
  if (lock == nullptr) return Value::null();
  if (lock->count == 0) {
    return raise(vm, vm.types().runtime_error, "cannot release un-acquired lock");
  }
  Value items[2] = {int_from_int64(vm, lock->count), int_from_uint64(vm, thread_ident())};
  lock->count = 0;
  return Value::from_object(tuple_from(vm, items, 2));
}

Value rlock_acquire_restore(VM& vm, CallArgs args) {
  LockObject* lock = lock_self(vm, args.args[0]);
  if (lock == nullptr) return Value::null();
  Value state = args.args[1];
  if (!is_tuple(vm, state) || state.as<Tuple>()->length != 2) {
    return raise_type_error(vm, "_acquire_restore() argument must be a 2-tuple");
  }
  int64_t count = 0;
  if (!index_to_int64(vm, state.as<Tuple>()->at(0), &count)) return Value::null();
  lock->count = count;
  return vm.none();
}

Value lock_new(VM& vm, Type* type) {
  auto* lock = vm.allocate<LockObject>(type);
  lock->count = 0;
  return Value::from_object(lock);
}

Value lock_construct(VM& vm, Type* cls, CallArgs args) {
  if (!reject_keywords(vm, args, cls->name == nullptr ? "lock" : "RLock")) return Value::null();
  return lock_new(vm, cls);
}

Type* create_lock_type(VM& vm, const char* name, bool reentrant) {
  Type* t = module_type_new(vm, "_thread", name, sizeof(LockObject), trace_lock);
  t->construct = lock_construct;
  struct Spec {
    const char* name;
    NativeFn fn;
    int min, max;
    uint32_t flags;
  } const kMethods[] = {
      {"acquire", lock_acquire, 0, 2, kNativeKeywords},   {"release", lock_release, 0, 0, 0},
      {"__enter__", lock_acquire, 0, 2, kNativeKeywords}, {"__exit__", lock_exit, 0, -1, 0},
      {"_at_fork_reinit", lock_reinit, 0, 0, 0},
  };
  for (const Spec& m : kMethods) add_method(vm, t, m.name, m.fn, m.min, m.max, m.flags);
  if (reentrant) {
    add_method(vm, t, "_is_owned", rlock_is_owned, 0, 0);
    add_method(vm, t, "_recursion_count", rlock_recursion_count, 0, 0);
    add_method(vm, t, "_release_save", rlock_release_save, 0, 0);
    add_method(vm, t, "_acquire_restore", rlock_acquire_restore, 1, 1);
  } else {
    add_method(vm, t, "locked", lock_locked, 0, 0);
    add_method(vm, t, "acquire_lock", lock_acquire, 0, 2, kNativeKeywords);
    add_method(vm, t, "release_lock", lock_release, 0, 0);
    add_method(vm, t, "locked_lock", lock_locked, 0, 0);
  }
  return t;
}

Value allocate_lock(VM& vm, CallArgs) {
  Value type = module_attribute(vm, "_thread", "LockType");
  if (type.is_null()) return raise(vm, vm.types().runtime_error, "pyvm: _thread was replaced");
  return lock_new(vm, type.as<Type>());
}

Value get_ident(VM& vm, CallArgs) { return int_from_uint64(vm, thread_ident()); }

Value get_native_id(VM& vm, CallArgs) {
  return int_from_int64(vm, static_cast<int64_t>(syscall(SYS_gettid)));
}

Value start_new_thread(VM& vm, CallArgs) {
  return raise(vm, vm.types().runtime_error,
               "can't start new thread: pyvm does not support threads yet");
}

Value zero(VM&, CallArgs) { return Value::from_small_int(0); }
Value yes(VM& vm, CallArgs) { return vm.bool_value(true); }

// ---- atexit

constexpr const char* kCallbacksKey = "_pyvm_callbacks";

List* atexit_callbacks(VM& vm) {
  Value list = module_attribute(vm, "atexit", kCallbacksKey);
  return list.is_null() ? nullptr : list.as<List>();
}

// register(func, *args, **kwargs): stores (func, args, kwargs); returns func.
Value atexit_register(VM& vm, CallArgs args) {
  if (args.npos == 0) {
    return raise_type_error(vm, "register() takes at least 1 argument (0 given)");
  }
  if (!is_callable(vm, args.args[0])) {
    return raise_type_error(vm, "the first argument must be callable");
  }
  Dict* kwargs = dict_new(vm);
  int64_t nkw = args.kwnames == nullptr ? 0 : args.kwnames->length;
  for (int64_t i = 0; i < nkw; ++i) {
    dict_set_str(vm, kwargs, args.kwnames->at(i).as<Str>(), args.args[args.npos + i]);
  }
  Value entry[3] = {args.args[0], Value::from_object(tuple_from(vm, args.args + 1, args.npos - 1)),
                    Value::from_object(kwargs)};
  List* callbacks = atexit_callbacks(vm);
  if (callbacks != nullptr)
    list_append(vm, callbacks, Value::from_object(tuple_from(vm, entry, 3)));
  return args.args[0];
}

Value atexit_unregister(VM& vm, CallArgs args) {
  List* callbacks = atexit_callbacks(vm);
  for (int64_t i = callbacks == nullptr ? -1 : callbacks->length - 1; i >= 0; --i) {
    Value func = callbacks->items[i].as<Tuple>()->at(0);
    int eq = equals(vm, func, args.args[0]);
    if (eq < 0) return Value::null();
    if (eq == 0) continue;
    if (del_item(vm, Value::from_object(callbacks), Value::from_small_int(i)) < 0) {
      return Value::null();
    }
  }
  return vm.none();
}

Value atexit_clear(VM& vm, CallArgs) {
  List* callbacks = atexit_callbacks(vm);
  if (callbacks != nullptr) {
    Value empty = Value::from_object(list_new(vm));
    Value m = dict_get_str(vm, vm.modules(), vm.intern("atexit"));
    if (!m.is_null() && m.is_object() && m.object()->type == vm.types().module) {
      dict_set_str(vm, m.as<Module>()->dict, vm.intern(kCallbacksKey), empty);
    }
  }
  return vm.none();
}

Value atexit_count(VM& vm, CallArgs) {
  List* callbacks = atexit_callbacks(vm);
  return Value::from_small_int(callbacks == nullptr ? 0 : callbacks->length);
}

// Calls func(*args, **kwargs) for one registered (func, args, kwargs).
Value call_entry(VM& vm, Tuple* entry) {
  auto* positional = entry->at(1).as<Tuple>();
  auto* kwargs = entry->at(2).as<Dict>();
  std::vector<Value> argv(positional->items(), positional->items() + positional->length);
  std::vector<Value> names;
  int64_t pos = 0;
  Value key, value;
  while (dict_next(kwargs, &pos, &key, &value)) {
    names.push_back(key);
    argv.push_back(value);
  }
  Tuple* kwnames =
      names.empty() ? nullptr : tuple_from(vm, names.data(), static_cast<int64_t>(names.size()));
  return call(vm, entry->at(0),
              CallArgs{argv.data(), static_cast<size_t>(positional->length), kwnames});
}

Value atexit_run(VM& vm, CallArgs) {
  run_atexit_callbacks(vm);
  return vm.none();
}

Module* new_module(VM& vm, const char* name) {
  Module* module = module_new(vm, vm.intern(name));
  dict_set_str(vm, vm.modules(), module->name, Value::from_object(module));
  return module;
}

void add_functions(VM& vm, Module* m, std::initializer_list<std::pair<const char*, NativeFn>> fns,
                   uint32_t flags) {
  for (const auto& [name, fn] : fns) {
    NativeFunction* f = native_function_new(vm, name, fn, 0, -1, flags);
    dict_set_str(vm, m->dict, f->name, Value::from_object(f));
  }
}

}  // namespace

Value create_thread_module(VM& vm) {
  Module* m = new_module(vm, "_thread");
  Type* lock = create_lock_type(vm, "lock", false);
  dict_set_str(vm, m->dict, vm.intern("LockType"), Value::from_object(lock));
  dict_set_str(vm, m->dict, vm.intern("RLock"),
               Value::from_object(create_lock_type(vm, "RLock", true)));
  add_functions(vm, m,
                {{"allocate_lock", allocate_lock},
                 {"allocate", allocate_lock},
                 {"_set_sentinel", allocate_lock},
                 {"get_ident", get_ident},
                 {"get_native_id", get_native_id},
                 {"start_new_thread", start_new_thread},
                 {"start_new", start_new_thread},
                 {"_count", zero},
                 {"stack_size", zero},
                 {"daemon_threads_allowed", yes}},
                0);
  dict_set_str(vm, m->dict, vm.intern("error"), Value::from_object(vm.types().runtime_error));
  // _local: with one thread, thread-local data is an ordinary object's
  // attributes; a class made like a Python one gives instances a dict.
  Dict* ns = dict_new(vm);
  dict_set_str(vm, ns, vm.intern("__module__"), Value::from_object(vm.intern("_thread")));
  Value bases_items[1] = {Value::from_object(vm.types().object)};
  Value argv[3] = {Value::from_object(vm.intern("_local")),
                   Value::from_object(tuple_from(vm, bases_items, 1)), Value::from_object(ns)};
  Value local = call_positional(vm, Value::from_object(vm.types().type), argv, 3);
  if (local.is_null()) return local;
  dict_set_str(vm, m->dict, vm.intern("_local"), local);
  dict_set_str(vm, m->dict, vm.intern("TIMEOUT_MAX"), float_new(vm, 9223372036.0));
  return Value::from_object(m);
}

Value create_atexit_module(VM& vm) {
  Module* m = new_module(vm, "atexit");
  dict_set_str(vm, m->dict, vm.intern(kCallbacksKey), Value::from_object(list_new(vm)));
  add_functions(vm, m, {{"register", atexit_register}}, kNativeKeywords);
  add_functions(vm, m,
                {{"unregister", atexit_unregister},
                 {"_clear", atexit_clear},
                 {"_ncallbacks", atexit_count},
                 {"_run_exitfuncs", atexit_run}},
                0);
  return Value::from_object(m);
}

void run_atexit_callbacks(VM& vm) {
  List* callbacks = atexit_callbacks(vm);
  if (callbacks == nullptr) return;
  // Take the list so callbacks registered meanwhile do not run twice.
  Value taken = Value::from_object(callbacks);
  Value m = dict_get_str(vm, vm.modules(), vm.intern("atexit"));
  dict_set_str(vm, m.as<Module>()->dict, vm.intern(kCallbacksKey),
               Value::from_object(list_new(vm)));
  for (int64_t i = taken.as<List>()->length - 1; i >= 0; --i) {
    Tuple* entry = taken.as<List>()->items[i].as<Tuple>();
    Value func = entry->at(0);
    Value result = call_entry(vm, entry);
    if (!result.is_null()) continue;
    if (exception_matches(vm, vm.types().system_exit)) {
      vm.clear_exception();
      continue;
    }
    Value exception = vm.take_exception();
    Value text = repr(vm, func);
    std::string shown = text.is_null() ? "<object repr() failed>" : str_to_utf8(text.as<Str>());
    vm.clear_exception();
    std::fflush(stdout);
    std::fprintf(stderr, "Exception ignored in atexit callback: %s\n", shown.c_str());
    vm::print_exception(vm, exception, stderr);
  }
}

}  // namespace pyvm::runtime
