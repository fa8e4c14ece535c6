// Hooks of `object` for the standard library (runtime/object_hooks.h).
//
// object.__reduce_ex__ implements only what copy.copy/deepcopy need for
// instances of user classes: (copyreg.__newobj__, (cls,), state), the state
// being the instance __dict__ (None when empty), plus the items of list and
// dict subclasses. Pickling-specific protocols (slots state, __getnewargs__)
// are not covered. Subclasses of the immutable built-in value types (str,
// bytes, tuple, int, float, complex, frozenset) pass their value to
// __newobj__ (from __getnewargs__ when the class defines one, else the base
// type applied to the object), so a copy keeps the value.
#include "runtime/object_hooks.h"

#include <string>
#include <vector>

#include "runtime/builtins.h"
#include "runtime/collections_module.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/function.h"
#include "runtime/getset_descriptor.h"
#include "runtime/list.h"
#include "runtime/number_dunders.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/import.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// object.__subclasshook__(cls, subclass): NotImplemented, so that abc's
// __subclasscheck__ falls back to registration and the MRO.
Value object_subclasshook(VM& vm, CallArgs) { return vm.not_implemented(); }

// object.__format__(self, spec): the built-in formatting of int, float,
// complex and str (subclasses reach it through object), else str(self) for
// an empty spec.
Value object_format(VM& vm, CallArgs args) {
  Value spec = args.args[1];
  if (!is_str(vm, spec)) {
    return raise_type_error(vm, "__format__() argument must be str, not " + type_name(vm, spec));
  }
  Value builtin = format_builtin(vm, args.args[0], spec.as<Str>());  // int/float/str subclasses
  if (builtin != vm.not_implemented()) return builtin;
  if (spec.as<Str>()->length != 0) {
    return raise_type_error(
        vm, "unsupported format string passed to " + type_name(vm, args.args[0]) + ".__format__");
  }
  return str(vm, args.args[0]);
}

// The instance's __dict__ when it has attributes, else None.
Value instance_state(VM& vm, Value self) {
  Value dict = get_attr(vm, self, vm.intern("__dict__"));
  if (dict.is_null()) {
    if (!exception_matches(vm, vm.types().attribute_error)) return dict;
    vm.clear_exception();
    return vm.none();
  }
  int truth = runtime::truth(vm, dict);
  if (truth < 0) return Value::null();
  if (truth == 0) return vm.none();
  Dict* copy = dict_new(vm);  // a plain dict, whatever the __dict__ object is
  Value keys = get_iter(vm, dict);
  if (keys.is_null()) return keys;
  while (true) {
    Value key = iter_next(vm, keys);
    if (key.is_null()) return vm.has_exception() ? key : Value::from_object(copy);
    Value value = get_item(vm, dict, key);
    if (value.is_null() || dict_set(vm, copy, key, value) < 0) return Value::null();
  }
}

// An iterator over a list subclass's items / a dict subclass's items, or None.
Value items_iterator(VM& vm, Value self, Type* container, const char* method) {
  if (!is_subtype(type_of(vm, self), container)) return vm.none();
  Value bound = get_attr(vm, self, vm.intern(method));
  if (bound.is_null()) return bound;
  Value items = call_positional(vm, bound, nullptr, 0);
  if (items.is_null()) return items;
  return get_iter(vm, items);
}

// The built-in immutable value type `t` derives from, or nullptr.
Type* immutable_value_base(VM& vm, Type* t) {
  const auto& types = vm.types();
  for (Type* base :
       {types.str, types.bytes, types.tuple, types.int_, types.float_, types.complex}) {
    if (is_subtype(t, base)) return base;
  }
  return nullptr;
}

// The arguments after `cls` for copyreg.__newobj__: __getnewargs__() when
// the class has one, else (base(self),) for a subclass of an immutable value
// type, else (). Null on error.
Value newobj_args(VM& vm, Value self, Type* t) {
  Value hook = type_lookup(vm, t, vm.intern("__getnewargs__"));
  if (!hook.is_null()) {
    Value bound = get_attr(vm, self, vm.intern("__getnewargs__"));
    if (bound.is_null()) return bound;
    Value result = call_positional(vm, bound, nullptr, 0);
    if (result.is_null() || is_tuple(vm, result)) return result;
    return raise_type_error(
        vm, "__getnewargs__ should return a tuple, not '" + type_name(vm, result) + "'");
  }
  if (vm.has_exception()) return Value::null();
  Type* base = immutable_value_base(vm, t);
  if (base == nullptr) return Value::from_object(tuple_from(vm, nullptr, 0));
  Value value = call_positional(vm, Value::from_object(base), &self, 1);
  if (value.is_null()) return value;
  return Value::from_object(tuple_from(vm, &value, 1));
}

// object.__reduce__(self): copyreg._reduce_ex(self, 0), as CPython's.
Value object_reduce(VM& vm, CallArgs args) {
  Value copyreg = vm::import_module(vm, vm.intern("copyreg"), vm.none(), 0, nullptr);
  if (copyreg.is_null()) return copyreg;
  Value reduce_ex = get_attr(vm, copyreg, vm.intern("_reduce_ex"));
  if (reduce_ex.is_null()) return reduce_ex;
  Value call_args[2] = {args.args[0], Value::from_small_int(0)};
  return call_positional(vm, reduce_ex, call_args, 2);
}

// object.__getstate__(self): the instance's attributes (a plain dict copy
// of its __dict__, None when empty), as (dict, slots) with a dict of its
// __slots__ values when it has any. Like CPython, it asks
// copyreg._slotnames, which caches __slotnames__ in the class.
Value object_getstate(VM& vm, CallArgs args) {
  Value self = args.args[0];
  Value state = instance_state(vm, self);
  if (state.is_null()) return state;
  Value copyreg = vm::import_module(vm, vm.intern("copyreg"), vm.none(), 0, nullptr);
  if (copyreg.is_null()) return copyreg;
  Value names_fn = get_attr(vm, copyreg, vm.intern("_slotnames"));
  if (names_fn.is_null()) return names_fn;
  Value cls = Value::from_object(type_of(vm, self));
  Value names = call_positional(vm, names_fn, &cls, 1);
  if (names.is_null()) return names;
  Dict* slots = dict_new(vm);
  Value it = get_iter(vm, names);
  if (it.is_null()) return it;
  for (Value name = iter_next(vm, it); !name.is_null(); name = iter_next(vm, it)) {
    if (!is_str(vm, name)) continue;
    Value v = get_attr(vm, self, name.as<Str>());
    if (v.is_null()) {
      if (!exception_matches(vm, vm.types().attribute_error)) return v;
      vm.clear_exception();
      continue;
    }
    if (dict_set(vm, slots, name, v) < 0) return Value::null();
  }
  if (vm.has_exception()) return Value::null();
  if (slots->used == 0) return state;
  Value pair[2] = {state, Value::from_object(slots)};
  return Value::from_object(tuple_from(vm, pair, 2));
}

// object.__reduce_ex__(self, protocol): an overriding __reduce__ when the
// class has one, else the protocol 2 reduction.
Value object_reduce_ex(VM& vm, CallArgs args) {
  Value self = args.args[0];
  Type* t = type_of(vm, self);
  Value reduce = type_lookup(vm, t, vm.intern("__reduce__"));
  bool own_reduce = !reduce.is_null() &&
                    !(reduce.is_object() && reduce.object()->type == vm.types().builtin_function &&
                      reduce.as<NativeFunction>()->fn == object_reduce);
  if (own_reduce) {
    Value bound = get_attr(vm, self, vm.intern("__reduce__"));
    if (bound.is_null()) return bound;
    return call_positional(vm, bound, nullptr, 0);
  }
  if (is_subtype(t, vm.types().set) || is_subtype(t, vm.types().frozenset)) {
    // (cls, (list(self),), state)
    Value list = call_positional(vm, Value::from_object(vm.types().list), &self, 1);
    if (list.is_null()) return list;
    Value state =
        t == vm.types().set || t == vm.types().frozenset ? vm.none() : instance_state(vm, self);
    if (state.is_null()) return state;
    Value items[3] = {Value::from_object(t), Value::from_object(tuple_from(vm, &list, 1)), state};
    return Value::from_object(tuple_from(vm, items, 3));
  }
  if ((t->flags & kTypeUserClass) == 0) {
    return raise_type_error(vm, "cannot pickle '" + type_name(vm, self) + "' object");
  }
  Value copyreg = vm::import_module(vm, vm.intern("copyreg"), vm.none(), 0, nullptr);
  if (copyreg.is_null()) return copyreg;
  Value newobj = get_attr(vm, copyreg, vm.intern("__newobj__"));
  if (newobj.is_null()) return newobj;
  Value extra = newobj_args(vm, self, t);
  if (extra.is_null()) return extra;
  auto* extra_args = extra.as<Tuple>();
  std::vector<Value> cls_args{Value::from_object(t)};
  for (int64_t i = 0; i < extra_args->length; ++i) cls_args.push_back(extra_args->items()[i]);
  Value items[5] = {
      newobj,
      Value::from_object(tuple_from(vm, cls_args.data(), static_cast<int64_t>(cls_args.size()))),
      Value::null(), Value::null(), Value::null()};
  Value getstate = get_attr(vm, self, vm.intern("__getstate__"));
  if (getstate.is_null()) return getstate;
  items[2] = call_positional(vm, getstate, nullptr, 0);
  if (items[2].is_null()) return Value::null();
  items[3] = items_iterator(vm, self, vm.types().list, "__iter__");
  if (items[3].is_null()) return Value::null();
  items[4] = items_iterator(vm, self, vm.types().dict, "items");
  if (items[4].is_null()) return Value::null();
  return Value::from_object(tuple_from(vm, items, 5));
}

void add_native(VM& vm, const char* name, NativeFn fn, int min_args, int max_args) {
  add_method(vm, vm.types().object, name, fn, min_args, max_args, kNativeMethod);
}

}  // namespace

bool check_not_abstract(VM& vm, Type* cls) {
  if ((cls->flags & kTypeUserClass) == 0) return true;
  Value abstract = type_lookup(vm, cls, vm.intern("__abstractmethods__"));
  if (abstract.is_null()) return !vm.has_exception();
  Value sorted_fn = dict_get_str(vm, vm.builtins(), vm.intern("sorted"));
  if (sorted_fn.is_null()) return true;
  Value names = call_positional(vm, sorted_fn, &abstract, 1);
  if (names.is_null()) return false;
  auto* list = names.as<List>();
  if (list->length == 0) return true;
  std::string joined;
  for (int64_t i = 0; i < list->length; ++i) {
    Value text = str(vm, list->items[i]);
    if (text.is_null()) return false;
    joined += (i == 0 ? "" : ", ") + str_to_utf8(text.as<Str>());  // 3.11: no quotes
  }
  raise_type_error(vm, "Can't instantiate abstract class " + type_name_of_type(cls) +
                           " with abstract method" + (list->length == 1 ? " " : "s ") + joined);
  return false;
}

// True for the built-in types whose __doc__ is None in CPython too: the
// singletons' types, iterators, dict views, generator, mappingproxy, slot
// member descriptors (and pyvm's internal shape and storage types).
static bool has_no_doc(const std::string& name) {
  static constexpr const char* kUndocumented[] = {
      "NoneType",   "NotImplementedType", "ellipsis",     "dict_keys",         "dict_values",
      "dict_items", "generator",          "mappingproxy", "member_descriptor", "shape",
      "storage"};
  for (const char* n : kUndocumented) {
    if (name == n) return true;
  }
  return name.size() >= 8 && name.compare(name.size() - 8, 8, "iterator") == 0;
}

// Gives each built-in type and exception a __doc__ string of its own in
// place of None where CPython has a docstring (pyvm keeps no copy of their
// text, so the string only says what the object is).
static void add_builtin_docs(VM& vm) {
  Str* key = vm.intern("__doc__");
  auto set_doc = [&](Type* t, const char* kind) {
    Value doc = dict_get_str(vm, t->dict, key);
    if ((!doc.is_null() && doc != vm.none()) || has_no_doc(type_name_of_type(t))) {
      if (doc.is_null()) dict_set_str(vm, t->dict, key, vm.none());
      return;
    }
    std::string text =
        type_name_of_type(t) + ": built-in " + kind + " (pyvm keeps no docstrings of built-ins)";
    dict_set_str(vm, t->dict, key, Value::from_object(str_from_utf8(vm, text)));
  };
#define PYVM_SET_TYPE_DOC(field, ...) set_doc(vm.types().field, "type");
  PYVM_BUILTIN_TYPES(PYVM_SET_TYPE_DOC)
#undef PYVM_SET_TYPE_DOC
#define PYVM_SET_EXCEPTION_DOC(field, ...) set_doc(vm.types().field, "exception");
  PYVM_EXCEPTION_TYPES(PYVM_SET_EXCEPTION_DOC)
#undef PYVM_SET_EXCEPTION_DOC
}

void add_object_hooks(VM& vm) {
  add_builtin_docs(vm);
  NativeFunction* f = native_function_new(vm, "__subclasshook__", object_subclasshook, 1, 2, 0);
  dict_set_str(vm, vm.types().object->dict, f->name,
               wrap_native(vm, vm.types().classmethod, Value::from_object(f)));
  Str* format = vm.intern("__format__");
  if (dict_get_str(vm, vm.types().object->dict, format).is_null()) {
    add_native(vm, "__format__", object_format, 1, 1);
  }
  if (dict_get_str(vm, vm.types().object->dict, vm.intern("__reduce_ex__")).is_null()) {
    add_native(vm, "__reduce_ex__", object_reduce_ex, 1, 1);
  }
  add_type_descriptors(vm);
  init_getset_descriptors(vm);  // object.__class__, cell.cell_contents
  add_number_getsets(vm);
  add_object_compare_methods(vm);
  add_native(vm, "__reduce__", object_reduce, 0, 0);
  add_native(vm, "__getstate__", object_getstate, 0, 0);
  add_native(vm, "__dir__", object_dir_native, 0, 0);
  add_method(vm, vm.types().type, "__dir__", object_dir_native, 0, 0);
}

}  // namespace pyvm::runtime
