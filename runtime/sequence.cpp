// Helpers shared by the built-in sequence and container types.
#include "runtime/sequence.h"

#include <algorithm>
#include <cstring>

#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {

bool is_index_like(VM& vm, Value v) {
  if (v.is_small_int() || is_int(vm, v)) return true;
  if (!v.is_object()) return false;
  return !type_lookup(vm, type_of(vm, v), vm.intern("__index__")).is_null();
}

int sequence_repeat_count(VM& vm, Value n, int64_t* out) {
  if (!is_index_like(vm, n)) return 0;
  if (n.is_small_int()) {
    *out = n.small_int();
  } else if (is_int(vm, n) && !int_to_int64(vm, n, out)) {
    // A count must be index-sized; CPython reports it as an OverflowError.
    raise_overflow_error(vm, "cannot fit 'int' into an index-sized integer");
    return -1;
  } else if (!is_int(vm, n) && !index_to_int64(vm, n, out)) {
    return -1;
  }
  if (*out < 0) *out = 0;
  return 1;
}

Value raise_cant_multiply(VM& vm, Value n) {
  return raise_type_error(vm,
                          "can't multiply sequence by non-int of type '" + type_name(vm, n) + "'");
}

int read_index_key(VM& vm, Value key, int64_t* out) {
  if (key.is_small_int()) {
    *out = key.small_int();
    return 1;
  }
  if (!is_index_like(vm, key)) return 0;
  if (is_int(vm, key) && !int_to_int64(vm, key, out)) {
    raise_index_error(vm, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  return index_to_int64(vm, key, out) ? 1 : -1;
}

ReprGuard::ReprGuard(VM& vm, Object* object) : vm_(vm), object_(object) {
  auto& stack = vm.repr_in_progress;
  recursive_ = std::find(stack.begin(), stack.end(), object) != stack.end();
  if (!recursive_) stack.push_back(object);
}

ReprGuard::~ReprGuard() {
  if (recursive_) return;
  auto& stack = vm_.repr_in_progress;
  auto it = std::find(stack.rbegin(), stack.rend(), object_);
  if (it != stack.rend()) stack.erase(std::next(it).base());
}

static int find_name(std::initializer_list<const char*> names, const Str* key) {
  int i = 0;
  for (const char* name : names) {
    if (str_equals_ascii(key, name)) return i;
    ++i;
  }
  return -1;
}

bool parse_args(VM& vm, CallArgs args, size_t skip, const char* fname,
                std::initializer_list<const char*> names, size_t required, Value* out) {
  size_t nparams = names.size();
  for (size_t i = 0; i < nparams; ++i) out[i] = Value::null();
  size_t npos = args.npos - skip;
  if (npos > nparams) {
    return !raise_type_error(vm, std::string(fname) + "() takes at most " +
                                     std::to_string(nparams) + " argument" +
                                     (nparams == 1 ? "" : "s") + " (" + std::to_string(npos) +
                                     " given)")
                .is_null();
  }
  for (size_t i = 0; i < npos; ++i) out[i] = args.args[skip + i];
  int64_t nkw = args.kwnames == nullptr ? 0 : args.kwnames->length;
  for (int64_t k = 0; k < nkw; ++k) {
    Str* key = args.kwnames->at(k).as<Str>();
    int idx = find_name(names, key);
    if (idx < 0) {
      raise_type_error(
          vm, "'" + str_to_utf8(key) + "' is an invalid keyword argument for " + fname + "()");
      return false;
    }
    if (!out[idx].is_null()) {
      raise_type_error(vm, std::string("argument for ") + fname + "() given by name ('" +
                               str_to_utf8(key) + "') and position (" + std::to_string(idx + 1) +
                               ")");
      return false;
    }
    out[idx] = args.args[args.npos + k];
  }
  for (size_t i = 0; i < required; ++i) {
    if (out[i].is_null()) {
      raise_type_error(vm, std::string(fname) + "() missing required argument '" +
                               *(names.begin() + i) + "' (pos " + std::to_string(i + 1) + ")");
      return false;
    }
  }
  return true;
}

bool append_repr(VM& vm, Value v, std::string* out) {
  Value r = repr(vm, v);
  if (r.is_null()) return false;
  out->append(str_to_utf8(r.as<Str>()));
  return true;
}

}  // namespace pyvm::runtime

namespace pyvm::runtime {

Value lookup_type_attr(VM& vm, Value self, Str* name) {
  Value attr = type_lookup(vm, type_of(vm, self), name);
  if (attr.is_null()) return raise_attribute_error(vm, self, name);
  if (attr.is_object() && type_of(vm, attr) == vm.types().builtin_function &&
      (attr.as<NativeFunction>()->flags & kNativeMethod) != 0) {
    return Value::from_object(method_new(vm, attr, self));
  }
  return attr;
}

Value raise_stop_iteration(VM& vm) {
  return raise_value(vm, exception_new(vm, vm.types().stop_iteration, tuple_empty(vm)));
}

static Value iterator_iter_method(VM& vm, CallArgs args) { return args.args[0]; }

// The built-in iterator's own step, also for an instance of a user subclass
// (whose next slot may be a Python __next__ calling this one via super()).
static Value iterator_next_method(VM& vm, CallArgs args) {
  Value self = args.args[0];
  Type* type = type_of(vm, self);
  if (UserType* user = as_user_type(type)) type = user->layout;
  Value item = type->next(vm, self);
  if (item.is_null() && !vm.has_exception()) return raise_stop_iteration(vm);
  return item;
}

void add_iterator_methods(VM& vm, Type* type) {
  add_method(vm, type, "__iter__", iterator_iter_method, 0, 0, kNativeMethod);
  add_method(vm, type, "__next__", iterator_next_method, 0, 0, kNativeMethod);
}

}  // namespace pyvm::runtime
