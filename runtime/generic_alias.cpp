// types.GenericAlias and types.UnionType (see runtime/generic_alias.h).
#include "runtime/generic_alias.h"

#include <string>
#include <vector>

#include "gc/heap.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// GenericAlias or a subclass (collections.abc's _CallableGenericAlias).
bool is_alias(VM& vm, Value v) {
  return v.is_object() && is_subtype(v.object()->type, vm.types().generic_alias);
}
bool is_union(VM& vm, Value v) {
  return v.is_object() && v.object()->type == vm.types().union_type;
}
bool is_class(VM& vm, Value v) {
  return v.is_object() && is_subtype(v.object()->type, vm.types().type);
}

void trace_alias(Object* self, Tracer& tracer) {
  auto* alias = static_cast<GenericAlias*>(self);
  tracer.visit(alias->origin);
  tracer.visit(alias->args);
}

void trace_union(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<UnionType*>(self)->args);
}

// ---- repr

// One member as annotations print it: `...`, `None`, a nested alias, a class
// as its (module-qualified) name, anything else as its repr.
bool item_text(VM& vm, Value v, std::string* out);

bool alias_text(VM& vm, GenericAlias* alias, std::string* out) {
  if (!item_text(vm, alias->origin, out)) return false;
  *out += "[";
  if (alias->args->length == 0) *out += "()";
  for (int64_t i = 0; i < alias->args->length; ++i) {
    if (i > 0) *out += ", ";
    std::string item;
    if (!item_text(vm, alias->args->at(i), &item)) return false;
    *out += item;
  }
  *out += "]";
  return true;
}

bool union_text(VM& vm, UnionType* u, std::string* out) {
  for (int64_t i = 0; i < u->args->length; ++i) {
    if (i > 0) *out += " | ";
    Value member = u->args->at(i);
    if (member == Value::from_object(vm.types().none)) member = vm.none();
    std::string item;
    if (!item_text(vm, member, &item)) return false;
    *out += item;
  }
  return true;
}

bool item_text(VM& vm, Value v, std::string* out) {
  if (v == vm.ellipsis()) {
    *out = "...";
    return true;
  }
  if (v.is_object() && v.object()->type == vm.types().generic_alias) {
    return alias_text(vm, v.as<GenericAlias>(), out);  // subclasses: their own repr
  }
  if (is_union(vm, v)) return union_text(vm, v.as<UnionType>(), out);
  if (is_class(vm, v)) {
    *out = qualified_type_name(vm, v.as<Type>());
    return true;
  }
  Value r = repr(vm, v);
  if (r.is_null()) return false;
  *out = str_to_utf8(r.as<Str>());
  return true;
}

// GenericAlias.__repr__ (what a subclass's super().__repr__() reaches).
Value alias_repr_method(VM& vm, CallArgs args) {
  if (!is_alias(vm, args.args[0])) return raise_type_error(vm, "__repr__ needs a GenericAlias");
  std::string text;
  if (!alias_text(vm, args.args[0].as<GenericAlias>(), &text)) return Value::null();
  return Value::from_object(str_from_utf8(vm, text));
}

Value text_repr(VM& vm, Value self) {
  std::string text;
  if (!item_text(vm, self, &text)) return Value::null();
  return Value::from_object(str_from_utf8(vm, text));
}

// ---- GenericAlias

Value alias_getattr(VM& vm, Value self, Str* name) {
  auto* alias = self.as<GenericAlias>();
  if (str_equals_ascii(name, "__origin__")) return alias->origin;
  if (str_equals_ascii(name, "__args__")) return Value::from_object(alias->args);
  if (str_equals_ascii(name, "__parameters__")) return Value::from_object(tuple_empty(vm));
  if (str_equals_ascii(name, "__unpacked__")) return vm.bool_value(false);
  if (str_equals_ascii(name, "__class__")) return Value::from_object(vm.types().generic_alias);
  // Its own methods (__mro_entries__, ...); every other name is the origin's.
  Value own = type_lookup(vm, vm.types().generic_alias, name);
  if (own.is_object() && own.object()->type == vm.types().builtin_function) {
    return bind_attribute(vm, own, self, vm.types().generic_alias);
  }
  return get_attr(vm, alias->origin, name);
}

// Calls the origin; the result remembers the alias as __orig_class__ when it
// accepts attributes (instances of built-in classes do not).
Value alias_call(VM& vm, Value self, CallArgs args) {
  Value made = call(vm, self.as<GenericAlias>()->origin, args);
  if (made.is_null()) return made;
  if (set_attr(vm, made, vm.intern("__orig_class__"), self) < 0) {
    if (!exception_matches(vm, vm.types().attribute_error) &&
        !exception_matches(vm, vm.types().type_error)) {
      return Value::null();
    }
    vm.clear_exception();
  }
  return made;
}

Value alias_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || !is_alias(vm, a) || !is_alias(vm, b)) {
    return vm.not_implemented();
  }
  auto* x = a.as<GenericAlias>();
  auto* y = b.as<GenericAlias>();
  int same = equals(vm, x->origin, y->origin);
  if (same > 0) same = equals(vm, Value::from_object(x->args), Value::from_object(y->args));
  if (same < 0) return Value::null();
  return vm.bool_value((same == 1) == (op == CompareOp::kEq));
}

int64_t alias_hash(VM& vm, Value self) {
  auto* alias = self.as<GenericAlias>();
  int64_t h1 = hash(vm, alias->origin);
  if (h1 == -1) return -1;
  int64_t h2 = hash(vm, Value::from_object(alias->args));
  if (h2 == -1) return -1;
  int64_t h = h1 ^ h2;
  return h == -1 ? -2 : h;
}

Value alias_getitem(VM& vm, Value self, Value) {
  std::string text;
  if (!item_text(vm, self, &text)) return Value::null();
  return raise_type_error(vm, text + " is not a generic class");
}

// __mro_entries__(bases): a class statement derives from the origin.
Value alias_mro_entries(VM& vm, CallArgs args) {
  Value origin = args.args[0].as<GenericAlias>()->origin;
  return Value::from_object(tuple_from(vm, &origin, 1));
}

Value alias_instancecheck(VM& vm, CallArgs) {
  return raise_type_error(vm, "isinstance() argument 2 cannot be a parameterized generic");
}

Value alias_subclasscheck(VM& vm, CallArgs) {
  return raise_type_error(vm, "issubclass() argument 2 cannot be a parameterized generic");
}

// An alias of class `cls` (GenericAlias or a subclass, whose instances have
// the GenericAlias layout and no more: subclasses need `__slots__ = ()`).
Value alias_of_type(VM& vm, Type* cls, Value origin, Value key) {
  Tuple* args = key.is_object() && key.object()->type == vm.types().tuple ? key.as<Tuple>()
                                                                          : tuple_from(vm, &key, 1);
  auto* alias = vm.allocate<GenericAlias>(cls);
  vm.store(alias, &alias->origin, origin);
  vm.store_ref(alias, &alias->args, args);
  return Value::from_object(alias);
}

// GenericAlias(origin, args) and its subclasses' __new__ (through builtin_new).
Value alias_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, "GenericAlias() takes no keyword arguments");
  }
  if (args.npos != 2) {
    return raise_type_error(vm,
                            "GenericAlias expected 2 arguments, got " + std::to_string(args.npos));
  }
  return alias_of_type(vm, cls, args.args[0], args.args[1]);
}

// cls.__class_getitem__(key), a classmethod: args[0] is the class.
Value class_getitem_fn(VM& vm, CallArgs args) {
  return generic_alias_new(vm, args.args[0], args.args[1]);
}

// ---- UnionType

bool is_unionable(VM& vm, Value v) {
  return v == vm.none() || is_class(vm, v) || is_alias(vm, v) || is_union(vm, v);
}

// Appends `v` (None as NoneType; a union's members) to `members` unless an
// equal member is there. False with an exception pending on error.
bool add_member(VM& vm, Value v, gc::RootedValues* members) {
  if (is_union(vm, v)) {
    Tuple* inner = v.as<UnionType>()->args;
    for (int64_t i = 0; i < inner->length; ++i) {
      if (!add_member(vm, inner->at(i), members)) return false;
    }
    return true;
  }
  if (v == vm.none()) v = Value::from_object(vm.types().none);
  for (Value m : *members) {
    int same = m == v ? 1 : (is_alias(vm, m) && is_alias(vm, v)) ? equals(vm, m, v) : 0;
    if (same < 0) return false;
    if (same == 1) return true;
  }
  members->push_back(v);
  return true;
}

// `a | b` for classes, None, aliases and unions: the binary slot of type,
// GenericAlias and UnionType.
Value union_or(VM& vm, BinaryOp op, Value a, Value b) {
  if (op != BinaryOp::kOr || !is_unionable(vm, a) || !is_unionable(vm, b)) {
    return vm.not_implemented();
  }
  gc::RootedValues members(vm.heap());
  if (!add_member(vm, a, &members) || !add_member(vm, b, &members)) return Value::null();
  if (members.size() == 1)
    return members[0] == Value::from_object(vm.types().none) ? vm.none() : members[0];
  Tuple* args = tuple_from(vm, members.data(), static_cast<int64_t>(members.size()));
  auto* u = vm.allocate<UnionType>(vm.types().union_type);
  vm.store_ref(u, &u->args, args);
  return Value::from_object(u);
}

Value union_getattr(VM& vm, Value self, Str* name) {
  if (str_equals_ascii(name, "__args__")) return Value::from_object(self.as<UnionType>()->args);
  if (str_equals_ascii(name, "__parameters__")) return Value::from_object(tuple_empty(vm));
  if (str_equals_ascii(name, "__class__")) return Value::from_object(vm.types().union_type);
  Value own = type_lookup(vm, vm.types().union_type, name);
  if (own.is_null()) return raise_attribute_error(vm, self, name);
  return bind_attribute(vm, own, self, vm.types().union_type);
}

// Unions compare equal when they have the same members in any order.
Value union_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || !is_union(vm, a) || !is_union(vm, b)) {
    return vm.not_implemented();
  }
  Tuple* x = a.as<UnionType>()->args;
  Tuple* y = b.as<UnionType>()->args;
  bool same = true;
  for (int pass = 0; pass < 2 && same; ++pass) {
    Tuple* from = pass == 0 ? x : y;
    Tuple* to = pass == 0 ? y : x;
    for (int64_t i = 0; i < from->length && same; ++i) {
      int found = contains(vm, Value::from_object(to), from->at(i));
      if (found < 0) return Value::null();
      same = found == 1;
    }
  }
  return vm.bool_value(same == (op == CompareOp::kEq));
}

// Order-independent: the xor of the members' hashes.
int64_t union_hash(VM& vm, Value self) {
  Tuple* args = self.as<UnionType>()->args;
  int64_t h = 0x5a17;
  for (int64_t i = 0; i < args->length; ++i) {
    int64_t m = hash(vm, args->at(i));
    if (m == -1) return -1;
    h ^= m;
  }
  return h == -1 ? -2 : h;
}

void add_hidden_module(VM& vm, Type* t) {
  dict_set_str(vm, t->dict, vm.intern("__module__"), Value::from_object(vm.intern("types")));
}

void init_alias_type(VM& vm) {
  Type* t = vm.types().generic_alias;
  t->instance_size = sizeof(GenericAlias);
  t->trace = trace_alias;
  t->repr = text_repr;
  t->hash = alias_hash;
  t->richcompare = alias_richcompare;
  t->binary = union_or;
  t->getitem = alias_getitem;
  t->call = alias_call;
  t->getattr = alias_getattr;
  t->construct = alias_construct;
  t->flags |= kTypeAcceptsSubclasses;
  add_method(vm, t, "__repr__", alias_repr_method, 0, 0, kNativeMethod);
  add_method(vm, t, "__mro_entries__", alias_mro_entries, 1, 1, kNativeMethod);
  add_method(vm, t, "__instancecheck__", alias_instancecheck, 1, 1, kNativeMethod);
  add_method(vm, t, "__subclasscheck__", alias_subclasscheck, 1, 1, kNativeMethod);
  add_hidden_module(vm, t);
}

void init_union_type(VM& vm) {
  Type* t = vm.types().union_type;
  t->instance_size = sizeof(UnionType);
  t->trace = trace_union;
  t->repr = text_repr;
  t->hash = union_hash;
  t->richcompare = union_richcompare;
  t->binary = union_or;
  t->getattr = union_getattr;
  add_hidden_module(vm, t);
}

}  // namespace

Value generic_alias_new(VM& vm, Value origin, Value key) {
  return alias_of_type(vm, vm.types().generic_alias, origin, key);
}

void add_class_getitem(VM& vm, Type* type) {
  NativeFunction* f =
      native_function_new(vm, "__class_getitem__", class_getitem_fn, 1, 1, kNativeMethod);
  vm.store_ref(f, &f->owner, type);
  auto* w = static_cast<MethodWrapper*>(vm.allocate(vm.types().classmethod, sizeof(MethodWrapper)));
  vm.store(w, &w->function, Value::from_object(f));
  dict_set_str(vm, type->dict, f->name, Value::from_object(w));
}

int generic_type_check(VM& vm, Value object, Value cls, bool subclass) {
  if (is_alias(vm, cls)) {
    raise_type_error(vm, std::string(subclass ? "issubclass" : "isinstance") +
                             "() argument 2 cannot be a parameterized generic");
    return -1;
  }
  if (!is_union(vm, cls)) return kNotAGenericCheck;
  Tuple* members = cls.as<UnionType>()->args;
  for (int64_t i = 0; i < members->length; ++i) {
    Value member = members->at(i);
    int r =
        subclass ? object_issubclass(vm, object, member) : object_isinstance(vm, object, member);
    if (r != 0) return r;
  }
  return 0;
}

void init_generic_alias_types(VM& vm) {
  init_alias_type(vm);
  init_union_type(vm);
  vm.types().type->binary = union_or;
  const auto& t = vm.types();
  for (Type* type : {t.list, t.dict, t.tuple, t.set, t.frozenset, t.enumerate}) {
    add_class_getitem(vm, type);
  }
}

}  // namespace pyvm::runtime
