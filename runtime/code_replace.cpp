// code.replace(**changes): a copy of a code object with some co_* fields
// replaced (types.coroutine sets CO_ITERABLE_COROUTINE this way; asyncio
// does it at import). The copy is unverified, so the verifier checks it
// again before it runs (vm/verifier.h).
#include <string>

#include "runtime/bytes.h"
#include "runtime/code.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

bool set_int(VM& vm, const std::string& key, Value v, CodeFields* f, bool* known) {
  int32_t* const targets[] = {&f->argcount,  &f->posonlyargcount, &f->kwonlyargcount,
                              &f->stacksize, &f->flags,           &f->firstlineno};
  const char* const names[] = {"co_argcount",  "co_posonlyargcount", "co_kwonlyargcount",
                               "co_stacksize", "co_flags",           "co_firstlineno"};
  for (int i = 0; i < 6; ++i) {
    if (key != names[i]) continue;
    *known = true;
    if (!is_int(vm, v)) {
      raise_type_error(vm, "replace() argument '" + key + "' must be int, not " + type_name(vm, v));
      return false;
    }
    int64_t n;
    if (!index_to_int64(vm, v, &n)) return false;
    if (n < 0 || n > INT32_MAX) {
      raise(vm, vm.types().value_error, "replace() argument '" + key + "' is out of range");
      return false;
    }
    *targets[i] = static_cast<int32_t>(n);
    return true;
  }
  return true;
}

template <typename T>
bool set_object(VM& vm, const std::string& key, Value v, const char* name, Type* type,
                const char* type_shown, T** target, bool* known) {
  if (key != name) return true;
  *known = true;
  if (!v.is_object() || v.object()->type != type) {
    raise_type_error(
        vm, "replace() argument '" + key + "' must be " + type_shown + ", not " + type_name(vm, v));
    return false;
  }
  *target = v.as<T>();
  return true;
}

bool apply(VM& vm, const std::string& key, Value v, CodeFields* f) {
  bool known = false;
  const auto& t = vm.types();
  if (!set_int(vm, key, v, f, &known) ||
      !set_object(vm, key, v, "co_code", t.bytes, "bytes", &f->code, &known) ||
      !set_object(vm, key, v, "co_consts", t.tuple, "tuple", &f->consts, &known) ||
      !set_object(vm, key, v, "co_names", t.tuple, "tuple", &f->names, &known) ||
      !set_object(vm, key, v, "co_filename", t.str, "str", &f->filename, &known) ||
      !set_object(vm, key, v, "co_name", t.str, "str", &f->name, &known) ||
      !set_object(vm, key, v, "co_qualname", t.str, "str", &f->qualname, &known) ||
      !set_object(vm, key, v, "co_linetable", t.bytes, "bytes", &f->linetable, &known) ||
      !set_object(vm, key, v, "co_exceptiontable", t.bytes, "bytes", &f->exceptiontable, &known)) {
    return false;
  }
  if (known) return true;
  if (key == "co_varnames" || key == "co_cellvars" || key == "co_freevars" || key == "co_nlocals") {
    raise(vm, vm.types().not_implemented_error,
          "pyvm: code.replace() cannot change " + key + " yet");
    return false;
  }
  raise_type_error(vm, "'" + key + "' is an invalid keyword argument for replace()");
  return false;
}

Value code_replace(VM& vm, CallArgs args) {
  if (args.npos > 1) {
    return raise_type_error(vm, "replace() takes no positional arguments");
  }
  const Code* code = args.args[0].as<Code>();
  CodeFields f{code->argcount,
               code->posonlyargcount,
               code->kwonlyargcount,
               code->stacksize,
               code->flags,
               code->firstlineno,
               code->code,
               code->consts,
               code->names,
               code->localsplusnames,
               code->localspluskinds,
               code->filename,
               code->name,
               code->qualname,
               code->linetable,
               code->exceptiontable};
  int64_t nkw = args.kwnames == nullptr ? 0 : args.kwnames->length;
  for (int64_t i = 0; i < nkw; ++i) {
    std::string key = str_to_utf8(args.kwnames->at(i).as<Str>());
    if (!apply(vm, key, args.args[args.npos + i], &f)) return Value::null();
  }
  return Value::from_object(code_new(vm, f));
}

}  // namespace

Value code_replace_method(VM& vm, Value code) {
  NativeFunction* f =
      native_function_new(vm, "replace", code_replace, 0, 0, kNativeMethod | kNativeKeywords);
  vm.store(f, &f->self, code);
  return Value::from_object(f);
}

}  // namespace pyvm::runtime
