// The native `gc` module (see runtime/gc_module.h).
//
// Differences from CPython, which collects only cycles on top of reference
// counting: gc.collect() runs a major collection of the whole heap and returns
// the number of objects it freed (CPython returns the number of unreachable
// objects found in cycles); get_count() reports allocations since the last
// collection and minor collections since the last major one.
#include "runtime/gc_module.h"

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/pending_work.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

Value gc_collect(VM& vm, CallArgs args) {
  if (args.npos > 0) {
    int64_t generation;
    if (!index_to_int64(vm, args.args[0], &generation)) return Value::null();
    if (generation < 0 || generation > 2) return raise_value_error(vm, "invalid generation");
  }
  pyvm::vm::prepare_explicit_collection(vm);  // popped values must not keep garbage alive
  if (pyvm::vm::native_stack_holds_no_values(vm, gc_collect)) {
    return int_from_uint64(vm, vm.heap().collect_precise(/*major=*/true));
  }
  return int_from_uint64(vm, vm.heap().collect(true));
}

Value gc_enable(VM& vm, CallArgs) {
  vm.heap().set_enabled(true);
  return vm.none();
}

Value gc_disable(VM& vm, CallArgs) {
  vm.heap().set_enabled(false);
  return vm.none();
}

Value gc_isenabled(VM& vm, CallArgs) { return vm.bool_value(vm.heap().enabled()); }

Value gc_get_count(VM& vm, CallArgs) {
  Value counts[3] = {int_from_uint64(vm, vm.heap().allocations_since_collection()),
                     int_from_uint64(vm, vm.heap().minor_collections_since_major()),
                     Value::from_small_int(0)};
  return Value::from_object(tuple_from(vm, counts, 3));
}

Value generation_stats(VM& vm, uint64_t collections, uint64_t collected) {
  Dict* d = dict_new(vm);
  dict_set_str(vm, d, vm.intern("collections"), int_from_uint64(vm, collections));
  dict_set_str(vm, d, vm.intern("collected"), int_from_uint64(vm, collected));
  dict_set_str(vm, d, vm.intern("uncollectable"), Value::from_small_int(0));
  return Value::from_object(d);
}

// One dict per generation, as CPython: young (minor collections), a middle
// generation pyvm does not have, and old (major collections).
Value gc_get_stats(VM& vm, CallArgs) {
  const gc::HeapStats& stats = vm.heap().stats();
  List* list = list_new(vm);
  list_append(vm, list, generation_stats(vm, stats.minor_collections, stats.minor_objects_freed));
  list_append(vm, list, generation_stats(vm, 0, 0));
  list_append(vm, list, generation_stats(vm, stats.major_collections, stats.major_objects_freed));
  return Value::from_object(list);
}

// ---- gc.is_tracked
//
// pyvm has no tracking of its own: is_tracked answers what CPython reports
// once a collection has run. Objects of types without GC support (numbers,
// strings, bytes, None, code, plain object(), range, built-in types) are
// never tracked; exact tuples and dicts are untracked when everything they
// hold is (for tuples: also tuples holding only such objects). CPython also
// reports a new tuple of atoms as tracked until its next collection, and a
// dict that once held a container until a collection; pyvm reports False
// for both.

bool never_tracked(VM& vm, Value v) {
  if (!v.is_object()) return true;
  const auto& t = vm.types();
  Type* type = v.object()->type;
  if (type == t.type) return !is_user_class(v.as<Type>());
  for (Type* atom :
       {t.int_, t.bool_, t.float_, t.complex, t.str, t.bytes, t.bytearray, t.none, t.ellipsis,
        t.not_implemented, t.code, t.object, t.range, t.range_iterator, t.longrange_iterator}) {
    if (type == atom) return true;
  }
  return false;
}

bool tuple_tracked(VM& vm, Tuple* tuple, int depth);

// CPython's "may be tracked" test for the items of tuples and dicts: an exact
// tuple counts only when it is tracked itself.
bool item_may_be_tracked(VM& vm, Value v, int depth) {
  if (never_tracked(vm, v)) return false;
  if (v.object()->type == vm.types().tuple) return tuple_tracked(vm, v.as<Tuple>(), depth + 1);
  return true;
}

bool tuple_tracked(VM& vm, Tuple* tuple, int depth) {
  if (depth > 200) return true;  // deep nesting: as CPython before enough collections
  for (int64_t i = 0; i < tuple->length; ++i) {
    if (item_may_be_tracked(vm, tuple->at(i), depth)) return true;
  }
  return false;
}

bool dict_tracked(VM& vm, Dict* dict) {
  int64_t pos = 0;
  Value key, value;
  while (dict_next(dict, &pos, &key, &value)) {
    if (item_may_be_tracked(vm, key, 0) || item_may_be_tracked(vm, value, 0)) return true;
  }
  return false;
}

Value gc_is_tracked(VM& vm, CallArgs args) {
  Value v = args.args[0];
  if (never_tracked(vm, v)) return vm.bool_value(false);
  Type* type = v.object()->type;
  if (type == vm.types().tuple) return vm.bool_value(tuple_tracked(vm, v.as<Tuple>(), 0));
  if (type == vm.types().dict) return vm.bool_value(dict_tracked(vm, v.as<Dict>()));
  return vm.bool_value(true);
}

struct GcFunction {
  const char* name;
  NativeFn fn;
  int min_args;
  int max_args;
};

constexpr GcFunction kFunctions[] = {
    {"collect", gc_collect, 0, 1},       {"enable", gc_enable, 0, 0},
    {"disable", gc_disable, 0, 0},       {"isenabled", gc_isenabled, 0, 0},
    {"get_count", gc_get_count, 0, 0},   {"get_stats", gc_get_stats, 0, 0},
    {"is_tracked", gc_is_tracked, 1, 1},
};

}  // namespace

void create_gc_module(VM& vm) {
  Module* gc = module_new(vm, vm.intern("gc"));
  for (const GcFunction& f : kFunctions) {
    NativeFunction* native = native_function_new(vm, f.name, f.fn, f.min_args, f.max_args);
    dict_set_str(vm, gc->dict, native->name, Value::from_object(native));
  }
  // Objects a collection found uncollectable: pyvm collects every cycle, so
  // the list stays empty unless a program appends to it.
  dict_set_str(vm, gc->dict, vm.intern("garbage"), Value::from_object(list_new(vm)));
  dict_set_str(vm, vm.modules(), gc->name, Value::from_object(gc));
}

}  // namespace pyvm::runtime
