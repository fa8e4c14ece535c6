// User-defined classes: super(), BaseException.__new__/__init__, __new__ and
// __init__ of built-in types for their subclasses, isinstance/issubclass/vars/
// delattr, the built-in methods of object and type, and init_class_types.
#include "runtime/user_class.h"

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

#include "gc/heap.h"
#include "runtime/attribute_dict.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/finalizers.h"
#include "runtime/function.h"
#include "runtime/generic_alias.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/mappingproxy.h"
#include "runtime/object_hooks.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/user_class_internal.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/recursion_guard.h"
#include "vm/sys_module.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

struct Super : Object {
  Type* start;  // search the MRO after this class
  Value object;
  Type* object_type;
};

// The type whose MRO super() searches: `object` itself when it is a class
// derived from `start` (super() in a classmethod or __new__), else its type.
Type* super_object_type(VM& vm, Type* start, Value object) {
  if (is_type_value(vm, object) && is_subtype(object.as<Type>(), start)) return object.as<Type>();
  return type_of(vm, object);
}

Value super_construct(VM& vm, Type*, CallArgs args) {
  Type* start = nullptr;
  Value object;
  if (args.npos == 0) {
    vm::Frame* frame = vm.frames().top();
    if (frame == nullptr || frame->code->argcount == 0) {
      return raise(vm, vm.types().runtime_error, "super(): no arguments");
    }
    object = frame->localsplus()[0];
    if (object.is_object() && object.object()->type == vm.types().cell) {
      object = object.as<Cell>()->contents;
    }
    Tuple* names = frame->code->localsplusnames;
    for (int64_t i = 0; i < names->length; ++i) {
      if (!str_equals_ascii(names->at(i).as<Str>(), "__class__")) continue;
      Value c = frame->localsplus()[i];
      if (c.is_object() && c.object()->type == vm.types().cell) c = c.as<Cell>()->contents;
      if (is_type_value(vm, c)) start = c.as<Type>();
    }
    if (start == nullptr)
      return raise(vm, vm.types().runtime_error, "super(): __class__ cell not found");
  } else if (args.npos == 2 && is_type_value(vm, args.args[0])) {
    start = args.args[0].as<Type>();
    object = args.args[1];
  } else {
    return raise_type_error(vm, "super() argument 1 must be a type");
  }
  if (object.is_null()) return raise(vm, vm.types().runtime_error, "super(): arg[0] deleted");
  Type* object_type = super_object_type(vm, start, object);
  if (!is_subtype(object_type, start)) {
    return raise_type_error(vm, "super(type, obj): obj must be an instance or subtype of type");
  }
  auto* s = vm.allocate<Super>(vm.types().super);
  vm.store_ref(s, &s->start, start);
  vm.store(s, &s->object, object);
  vm.store_ref(s, &s->object_type, object_type);
  return Value::from_object(s);
}

Value super_getattr(VM& vm, Value self, Str* name) {
  auto* s = self.as<Super>();
  Tuple* mro = s->object_type->mro;
  int64_t i = 0;
  while (i < mro->length && mro->at(i).as<Type>() != s->start) ++i;
  for (++i; i < mro->length; ++i) {
    Type* t = mro->at(i).as<Type>();
    Value v = t->dict == nullptr ? Value::null() : dict_get_str(vm, t->dict, name);
    if (!v.is_null()) {
      bool class_access = s->object == Value::from_object(s->object_type);
      return bind_attribute(vm, v, class_access ? Value::null() : s->object, s->object_type);
    }
  }
  if (str_equals_ascii(name, "__class__")) return Value::from_object(vm.types().super);
  if (s->object != Value::from_object(s->object_type)) {
    Value fallback = object_compare_dunder(vm, name);  // super().__eq__ reaching object
    if (!fallback.is_null()) return Value::from_object(method_new(vm, fallback, s->object));
  }
  return raise(vm, vm.types().attribute_error,
               "'super' object has no attribute '" + str_to_utf8(name) + "'");
}

void trace_super(Object* self, Tracer& tracer) {
  auto* s = static_cast<Super*>(self);
  tracer.visit(s->start);
  tracer.visit(s->object);
  tracer.visit(s->object_type);
}

// BaseException.__new__(cls, *args): keeps the arguments as args.
Value exception_new_native(VM& vm, CallArgs args) {
  if (args.npos == 0 || !is_type_value(vm, args.args[0]) ||
      !is_exception_layout(args.args[0].as<Type>())) {
    return raise_type_error(vm, "BaseException.__new__(X): X is not a subtype of BaseException");
  }
  return exception_new(vm, args.args[0].as<Type>(),
                       tuple_from(vm, args.args + 1, static_cast<int64_t>(args.npos - 1)));
}

Value exception_init(VM& vm, CallArgs args) {
  auto* exc = args.args[0].as<BaseException>();
  vm.store_ref(exc, &exc->args, tuple_from(vm, args.args + 1, static_cast<int64_t>(args.npos - 1)));
  return vm.none();
}

// ---- subclasses of built-in types

void add_wrapped(VM& vm, Type* type, Type* wrapper, const char* name, NativeFn fn, int min_args,
                 int max_args);

// Built-in types whose instances are filled by __init__ (their __new__ makes
// an empty one), and whose allocation honours the subclass's instance size
// (so the Attributes fit after the built-in layout).
bool is_init_filled(VM& vm, const Type* layout) {
  return layout == vm.types().list || layout == vm.types().dict || layout == vm.types().set ||
         layout == vm.types().bytearray;
}

// Calls the built-in method `name` of `type` on `self`.
Value call_builtin_method(VM& vm, Type* type, const char* name, Value self, CallArgs args) {
  Value method = lookup(vm, type, name);
  if (method.is_null()) return raise_attribute_error(vm, self, vm.intern(name));
  return call_prepending(vm, method, self, args);
}

// list.__init__(self, iterable=()) / set.__init__: clear, then extend/update.
Value refill_init(VM& vm, CallArgs args, Type* type, const char* fill) {
  if (args.npos > 2 || keyword_count(args) > 0) {
    return raise_type_error(vm, type_name_of_type(type) + " expected at most 1 argument, got " +
                                    std::to_string(args.npos - 1));
  }
  CallArgs none{nullptr, 0, nullptr};
  if (call_builtin_method(vm, type, "clear", args.args[0], none).is_null()) return Value::null();
  if (args.npos == 1) return vm.none();
  CallArgs one{args.args + 1, 1, nullptr};
  if (call_builtin_method(vm, type, fill, args.args[0], one).is_null()) return Value::null();
  return vm.none();
}

Value list_init(VM& vm, CallArgs args) { return refill_init(vm, args, vm.types().list, "extend"); }

Value set_init(VM& vm, CallArgs args) { return refill_init(vm, args, vm.types().set, "update"); }

// dict.__init__(self, *args, **kwargs): update.
Value dict_init(VM& vm, CallArgs args) {
  CallArgs rest{args.args + 1, args.npos - 1, args.kwnames};
  if (call_builtin_method(vm, vm.types().dict, "update", args.args[0], rest).is_null()) {
    return Value::null();
  }
  return vm.none();
}

// int.__new__ refuses bool, whose own __new__ must make it (CPython's check
// that a static type's __new__ runs only for its own instances' layout).
Value int_dunder_new(VM& vm, CallArgs args) {
  if (args.npos > 0 && args.args[0] == Value::from_object(vm.types().bool_)) {
    return raise_type_error(vm, "int.__new__(bool) is not safe, use bool.__new__()");
  }
  return builtin_new(vm, args);
}

Value bool_dunder_new(VM& vm, CallArgs args) {
  if (args.npos > 0 && is_type_value(vm, args.args[0]) &&
      !is_subtype(args.args[0].as<Type>(), vm.types().bool_)) {
    std::string name = type_name_of_type(args.args[0].as<Type>());
    return raise_type_error(vm,
                            "bool.__new__(" + name + "): " + name + " is not a subtype of bool");
  }
  return builtin_new(vm, args);
}

void add_builtin_constructors(VM& vm) {
  const auto& t = vm.types();
  Str* new_name = vm.intern("__new__");
  Str* init_name = vm.intern("__init__");
  add_wrapped(vm, t.int_, t.staticmethod, "__new__", int_dunder_new, 0, -1);
  add_wrapped(vm, t.bool_, t.staticmethod, "__new__", bool_dunder_new, 0, -1);
  for (Type* type : {t.list, t.dict, t.set, t.frozenset, t.tuple, t.str, t.bytes, t.int_, t.float_,
                     t.complex, t.staticmethod, t.classmethod, t.generic_alias, t.bytearray,
                     t.enumerate, t.zip, t.map, t.filter, t.reversed}) {
    if (dict_get_str(vm, type->dict, new_name).is_null()) {
      add_wrapped(vm, type, t.staticmethod, "__new__", builtin_new, 0, -1);
    }
  }
  struct {
    Type* type;
    NativeFn fn;
  } const kInits[] = {{t.list, list_init}, {t.dict, dict_init}, {t.set, set_init}};
  for (const auto& spec : kInits) {
    if (dict_get_str(vm, spec.type->dict, init_name).is_null()) {
      add_method(vm, spec.type, "__init__", spec.fn, 0, -1, kNativeKeywords);
    }
  }
}

// ---- builtins: isinstance, issubclass, vars

Value builtin_isinstance(VM& vm, CallArgs args) {
  int r = object_isinstance(vm, args.args[0], args.args[1]);
  return r < 0 ? Value::null() : vm.bool_value(r == 1);
}

Value builtin_issubclass(VM& vm, CallArgs args) {
  int r = object_issubclass(vm, args.args[0], args.args[1]);
  return r < 0 ? Value::null() : vm.bool_value(r == 1);
}

Value builtin_delattr(VM& vm, CallArgs args) {
  Value name = args.args[1];
  if (!name.is_object() || name.object()->type != vm.types().str) {
    return raise_type_error(vm, "attribute name must be string, not '" + type_name(vm, name) + "'");
  }
  if (set_attr(vm, args.args[0], name.as<Str>(), Value::null()) < 0) return Value::null();
  return vm.none();
}

Value builtin_vars(VM& vm, CallArgs args) {
  if (args.npos == 0) {
    Value locals = dict_get_str(vm, vm.builtins(), vm.intern("locals"));
    if (locals.is_null()) {
      return raise(vm, vm.types().not_implemented_error, "pyvm does not support vars() yet");
    }
    return call_positional(vm, locals, nullptr, 0);
  }
  Value d = get_attr(vm, args.args[0], vm.intern("__dict__"));
  if (d.is_null() && exception_matches(vm, vm.types().attribute_error)) {
    vm.clear_exception();
    return raise_type_error(vm, "vars() argument must have __dict__ attribute");
  }
  return d;
}

// Adds `fn` to `type`'s dict wrapped in `wrapper` (staticmethod/classmethod).
void add_wrapped(VM& vm, Type* type, Type* wrapper, const char* name, NativeFn fn, int min_args,
                 int max_args) {
  NativeFunction* f =
      native_function_new(vm, name, fn, min_args, max_args, kNativeMethod | kNativeKeywords);
  vm.store_ref(f, &f->owner, type);
  auto* w = static_cast<MethodWrapper*>(vm.allocate(wrapper, sizeof(MethodWrapper)));
  vm.store(w, &w->function, Value::from_object(f));
  dict_set_str(vm, type->dict, f->name, Value::from_object(w));
}

// The built-in type whose slots serve `self` (its layout for user classes).
Type* builtin_type_of(VM& vm, Value self) {
  Type* t = type_of(vm, self);
  return is_user_class(t) ? layout_of_user(t) : t;
}

// object.__repr__ / object.__str__: the built-in behaviour below any Python
// override, so `super().__repr__()` works in every class.
Value object_repr_native(VM& vm, CallArgs args) {
  Type* t = builtin_type_of(vm, args.args[0]);
  if (t != vm.types().object && t->repr != nullptr) return t->repr(vm, args.args[0]);
  return instance_repr(vm, args.args[0]);
}

// object.__sizeof__(self)
Value object_sizeof_native(VM& vm, CallArgs args) {
  return Value::from_small_int(vm::object_sizeof(vm, args.args[0]));
}

Value object_str_native(VM& vm, CallArgs args) {
  Type* t = builtin_type_of(vm, args.args[0]);
  // int, bool, float and complex have no __str__ of their own in CPython:
  // object.__str__ is repr (enum's IntEnum.__str__ relies on it).
  const auto& types = vm.types();
  bool repr_is_str = t == types.int_ || t == types.bool_ || t == types.float_ || t == types.complex;
  if (t->str != nullptr && !repr_is_str) return t->str(vm, args.args[0]);
  return repr(vm, args.args[0]);
}

void init_object_methods(VM& vm) {
  Type* object = vm.types().object;
  object->flags |= kTypeAcceptsSubclasses;
  add_wrapped(vm, object, vm.types().staticmethod, "__new__", object_new, 0, -1);
  add_method(vm, object, "__init__", object_init, 0, -1, kNativeKeywords);
  add_wrapped(vm, object, vm.types().classmethod, "__init_subclass__", object_init_subclass, 0, 0);
  add_method(vm, object, "__getattribute__", object_getattribute_native, 1, 1);
  add_method(vm, object, "__repr__", object_repr_native, 0, 0);
  add_method(vm, object, "__str__", object_str_native, 0, 0);
  // Each built-in type with a repr of its own gets its own __repr__ (same
  // behaviour as object's, which dispatches on the layout), so that
  // `dict.__repr__ is not list.__repr__` (pprint's dispatch table keys on it).
#define PYVM_OWN_REPR(field, name)                                                 \
  if (vm.types().field != object && vm.types().field->repr != nullptr &&           \
      dict_get_str(vm, vm.types().field->dict, vm.intern("__repr__")).is_null()) { \
    add_method(vm, vm.types().field, "__repr__", object_repr_native, 0, 0);        \
  }
  PYVM_BUILTIN_TYPES(PYVM_OWN_REPR)
#undef PYVM_OWN_REPR
  add_method(vm, object, "__setattr__", object_setattr_native, 2, 2);
  add_method(vm, object, "__delattr__", object_setattr_native, 1, 1);
  add_method(vm, object, "__hash__", object_hash_native, 0, 0);
  add_method(vm, object, "__sizeof__", object_sizeof_native, 0, 0);
  // Instances of built-in types read a __doc__ (pyvm keeps no docstrings).
  dict_set_str(vm, object->dict, vm.intern("__doc__"), vm.none());
}

// type.__text_signature__ (a data descriptor of the metaclass, so classes
// do not inherit it): "()" for object, which inspect.signature reports for
// classes without __init__ or __new__ of their own; None for other classes
// (pyvm keeps no signatures of built-in types).
Value type_text_signature(VM& vm, CallArgs args) {
  if (args.args[0] == Value::from_object(vm.types().object)) {
    return Value::from_object(vm.intern("()"));
  }
  return vm.none();
}

// type.__flags__: the CPython Py_TPFLAGS_* bits that describe a class the
// way pyvm knows it (ready, heap type, base type, abstract, the fast
// subclass bits); inspect.isabstract tests Py_TPFLAGS_IS_ABSTRACT.
Value type_flags(VM& vm, CallArgs args) {
  if (!args.args[0].is_object() || !is_subtype(args.args[0].object()->type, vm.types().type)) {
    return raise_type_error(vm, "descriptor '__flags__' requires a 'type' object");
  }
  Type* t = args.args[0].as<Type>();
  int64_t flags = int64_t{1} << 12;  // ready
  if (is_user_class(t)) flags |= int64_t{1} << 9;
  if (is_user_class(t) || (t->flags & kTypeAcceptsSubclasses) != 0) flags |= int64_t{1} << 10;
  Value abstract = dict_get_str(vm, t->dict, vm.intern("__abstractmethods__"));
  if (!abstract.is_null()) {
    int set = truth(vm, abstract);
    if (set < 0) return Value::null();
    if (set) flags |= int64_t{1} << 20;
  }
  const auto& types = vm.types();
  const struct {
    Type* base;
    int bit;
  } kSubclassBits[] = {{types.int_, 24},           {types.list, 25}, {types.tuple, 26},
                       {types.bytes, 27},          {types.str, 28},  {types.dict, 29},
                       {types.base_exception, 30}, {types.type, 31}};
  for (const auto& b : kSubclassBits) {
    if (is_subtype(t, b.base)) flags |= int64_t{1} << b.bit;
  }
  return int_from_int64(vm, flags);
}

void add_type_property(VM& vm, const char* name, NativeFn getter_fn) {
  NativeFunction* getter = native_function_new(vm, name, getter_fn, 1, 1);
  Value fget = Value::from_object(getter);
  Value prop = call_positional(vm, Value::from_object(vm.types().property), &fget, 1);
  if (prop.is_null()) {
    vm.clear_exception();
    return;
  }
  dict_set_str(vm, vm.types().type->dict, vm.intern(name), prop);
}

void init_type_methods(VM& vm) {
  Type* type = vm.types().type;
  type->flags |= kTypeAcceptsSubclasses;
  type->getattr = class_getattr;
  type->setattr = class_setattr;
  type->getitem = class_getitem;
  add_wrapped(vm, type, vm.types().staticmethod, "__new__", type_new, 0, -1);
  add_method(vm, type, "__init__", type_init, 0, -1, kNativeKeywords);
  add_method(vm, type, "__call__", type_call_native, 0, -1, kNativeKeywords);
  add_wrapped(vm, type, vm.types().classmethod, "__prepare__", type_prepare, 0, -1);
  add_method(vm, type, "__instancecheck__", type_instancecheck, 1, 1);
  add_method(vm, type, "__subclasscheck__", type_subclasscheck, 1, 1);
  add_method(vm, type, "__subclasses__", type_subclasses, 0, 0);
  add_method(vm, type, "mro", type_mro, 0, 0);
}

}  // namespace

// list.__new__, tuple.__new__, str.__new__, ...: the built-in layout's
// constructor applied to `cls` (the class passed first).
Value builtin_new(VM& vm, CallArgs args) {
  if (args.npos == 0 || !is_type_value(vm, args.args[0])) {
    return raise_type_error(vm, "__new__(X): X is not a type object");
  }
  Type* cls = args.args[0].as<Type>();
  Type* layout = layout_of(vm, cls);
  CallArgs rest{args.args + 1, args.npos - 1, args.kwnames};
  if (is_init_filled(vm, layout)) rest = CallArgs{nullptr, 0, nullptr};
  UserType* user = as_user_type(cls);
  Value made = layout->construct(vm, cls, rest);
  if (made.is_null() || user == nullptr) return made;
  // reversed.__new__ returns a sequence's own __reversed__() result as is.
  if (made.is_object() && made.object()->type != cls && made.object()->type != layout) return made;
  if (!made.is_object() || made.object()->type != cls) {
    return raise(vm, vm.types().not_implemented_error,
                 "pyvm does not support creating instances of subclasses of '" +
                     type_name_of_type(layout) + "' yet");
  }
  if (Attributes* attributes = attributes_of(made.object())) {
    attributes_init(vm, made.object(), attributes, user->initial_shape);
  }
  return made;
}

void add_type_descriptors(VM& vm) {
  add_type_property(vm, "__text_signature__", type_text_signature);
  add_type_property(vm, "__flags__", type_flags);
}

void add_class_builtins(VM& vm, Dict* builtins) {
  NativeFunction* build =
      native_function_new(vm, "__build_class__", builtin_build_class, 2, -1, kNativeKeywords);
  dict_set_str(vm, builtins, build->name, Value::from_object(build));
  dict_set_str(vm, builtins, vm.types().super->name, Value::from_object(vm.types().super));
  // These replace the simpler isinstance/issubclass of runtime/builtins.cpp.
  struct {
    const char* name;
    NativeFn fn;
    int min_args;
    int max_args;
  } const kFunctions[] = {{"isinstance", builtin_isinstance, 2, 2},
                          {"issubclass", builtin_issubclass, 2, 2},
                          {"vars", builtin_vars, 0, 1},
                          {"delattr", builtin_delattr, 2, 2}};
  for (const auto& spec : kFunctions) {
    NativeFunction* f = native_function_new(vm, spec.name, spec.fn, spec.min_args, spec.max_args);
    dict_set_str(vm, builtins, f->name, Value::from_object(f));
  }
}

void init_class_types(VM& vm) {
  Type* super = vm.types().super;
  super->instance_size = sizeof(Super);
  super->trace = trace_super;
  super->construct = super_construct;
  super->getattr = super_getattr;
  init_object_methods(vm);
  init_type_methods(vm);
  add_builtin_constructors(vm);
  init_attribute_dict_type(vm);
  init_mappingproxy_type(vm);
  init_generic_alias_types(vm);
  add_method(vm, vm.types().base_exception, "__init__", exception_init, 0, -1);
  add_wrapped(vm, vm.types().base_exception, vm.types().staticmethod, "__new__",
              exception_new_native, 0, -1);
}

}  // namespace pyvm::runtime
