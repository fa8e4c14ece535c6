// User-defined classes (see runtime/user_class.h).
#include "runtime/user_class.h"

#include <cstdio>
#include <string>
#include <vector>

#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct Super : Object {
  Type* start;  // search the MRO after this class
  Value object;
  Type* object_type;
};

bool is_user_class(const Type* t) { return (t->flags & kTypeUserClass) != 0; }
bool is_instance_layout(const Type* t) {
  return is_user_class(t) && (t->flags & kTypeBaseException) == 0;
}

Value lookup(VM& vm, Type* type, const char* name) {
  return type_lookup(vm, type, vm.intern(name));
}

Value call1(VM& vm, Value f, Value a) { return call_positional(vm, f, &a, 1); }
Value call2(VM& vm, Value f, Value a, Value b) {
  Value args[2] = {a, b};
  return call_positional(vm, f, args, 2);
}

// ---- slots that dispatch to dunder methods

Value slot_repr(VM& vm, Value self) {
  Value r = call1(vm, lookup(vm, type_of(vm, self), "__repr__"), self);
  if (!r.is_null() && type_of(vm, r) != vm.types().str) {
    return raise_type_error(vm, "__repr__ returned non-string (type " + type_name(vm, r) + ")");
  }
  return r;
}

Value slot_str(VM& vm, Value self) {
  Value r = call1(vm, lookup(vm, type_of(vm, self), "__str__"), self);
  if (!r.is_null() && type_of(vm, r) != vm.types().str) {
    return raise_type_error(vm, "__str__ returned non-string (type " + type_name(vm, r) + ")");
  }
  return r;
}

int64_t slot_hash(VM& vm, Value self) {
  Value method = lookup(vm, type_of(vm, self), "__hash__");
  if (method.is_null()) return identity_hash(self);
  if (method == vm.none()) {
    raise_type_error(vm, "unhashable type: '" + type_name(vm, self) + "'");
    return -1;
  }
  Value r = call1(vm, method, self);
  if (r.is_null()) return -1;
  if (!is_int(vm, r)) {
    raise_type_error(vm, "__hash__ method should return an integer");
    return -1;
  }
  int64_t h = hash(vm, r);
  return h;
}

const char* compare_dunder(CompareOp op) {
  static const char* const kNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  return kNames[static_cast<int>(op)];
}

Value slot_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  Value method = lookup(vm, type_of(vm, self), compare_dunder(op));
  if (method.is_null()) {
    // __ne__ defaults to the negation of __eq__, as object.__ne__ does.
    if (op == CompareOp::kNe) {
      Value eq = lookup(vm, type_of(vm, self), "__eq__");
      if (eq.is_null()) return vm.not_implemented();
      Value r = call2(vm, eq, self, other);
      if (r.is_null() || r == vm.not_implemented()) return r;
      int t = truth(vm, r);
      return t < 0 ? Value::null() : vm.bool_value(t == 0);
    }
    return vm.not_implemented();
  }
  return call2(vm, method, self, other);
}

const char* const kForward[] = {
    "__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__",  "__mul__", "__mod__",
    "__or__",  "__pow__", "__rshift__",   "__sub__",    "__truediv__", "__xor__"};
const char* const kReflected[] = {
    "__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__",  "__rmul__", "__rmod__",
    "__ror__",  "__rpow__", "__rrshift__",   "__rsub__",    "__rtruediv__", "__rxor__"};
const char* const kInplace[] = {
    "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__",  "__imul__", "__imod__",
    "__ior__",  "__ipow__", "__irshift__",   "__isub__",    "__itruediv__", "__ixor__"};

Value slot_binary(VM& vm, BinaryOp op, Value a, Value b) {
  int i = static_cast<int>(op);
  Type* ta = type_of(vm, a);
  Type* tb = type_of(vm, b);
  if (is_user_class(ta)) {
    Value forward = lookup(vm, ta, kForward[i]);
    if (!forward.is_null()) {
      Value r = call2(vm, forward, a, b);
      if (r != vm.not_implemented()) return r;
    }
  }
  if (ta != tb && is_user_class(tb)) {
    Value reflected = lookup(vm, tb, kReflected[i]);
    if (!reflected.is_null()) return call2(vm, reflected, b, a);
  }
  return vm.not_implemented();
}

Value slot_inplace(VM& vm, BinaryOp op, Value a, Value b) {
  Value method = lookup(vm, type_of(vm, a), kInplace[static_cast<int>(op)]);
  if (method.is_null()) return vm.not_implemented();
  return call2(vm, method, a, b);
}

Value slot_unary(VM& vm, UnaryOp op, Value self) {
  static const char* const kNames[] = {"__neg__", "__pos__", "__invert__"};
  Value method = lookup(vm, type_of(vm, self), kNames[static_cast<int>(op)]);
  if (method.is_null()) return vm.not_implemented();
  return call1(vm, method, self);
}

int slot_truth(VM& vm, Value self) {
  Type* t = type_of(vm, self);
  Value method = lookup(vm, t, "__bool__");
  if (!method.is_null()) {
    Value r = call1(vm, method, self);
    if (r.is_null()) return -1;
    if (r != vm.true_value() && r != vm.false_value()) {
      raise_type_error(vm, "__bool__ should return bool, returned " + type_name(vm, r));
      return -1;
    }
    return r == vm.true_value();
  }
  method = lookup(vm, t, "__len__");
  if (method.is_null()) return 1;
  int64_t n = length(vm, self);
  return n < 0 ? -1 : n > 0;
}

int64_t slot_length(VM& vm, Value self) {
  Value r = call1(vm, lookup(vm, type_of(vm, self), "__len__"), self);
  if (r.is_null()) return -1;
  int64_t n;
  if (!index_to_int64(vm, r, &n)) return -1;
  if (n < 0) {
    raise_value_error(vm, "__len__() should return >= 0");
    return -1;
  }
  return n;
}

Value slot_getitem(VM& vm, Value self, Value key) {
  return call2(vm, lookup(vm, type_of(vm, self), "__getitem__"), self, key);
}

int slot_setitem(VM& vm, Value self, Value key, Value value) {
  Type* t = type_of(vm, self);
  Value r;
  if (value.is_null()) {
    Value method = lookup(vm, t, "__delitem__");
    if (method.is_null()) {
      raise_attribute_error(vm, self, vm.intern("__delitem__"));
      return -1;
    }
    r = call2(vm, method, self, key);
  } else {
    Value method = lookup(vm, t, "__setitem__");
    if (method.is_null()) {
      raise_type_error(vm, "'" + type_name(vm, self) + "' object does not support item assignment");
      return -1;
    }
    Value args[3] = {self, key, value};
    r = call_positional(vm, method, args, 3);
  }
  return r.is_null() ? -1 : 0;
}

int slot_contains(VM& vm, Value self, Value item) {
  Value r = call2(vm, lookup(vm, type_of(vm, self), "__contains__"), self, item);
  if (r.is_null()) return -1;
  return truth(vm, r);
}

Value slot_iter(VM& vm, Value self) {
  Value r = call1(vm, lookup(vm, type_of(vm, self), "__iter__"), self);
  if (!r.is_null() && type_of(vm, r)->next == nullptr) {
    return raise_type_error(vm, "iter() returned non-iterator of type '" + type_name(vm, r) + "'");
  }
  return r;
}

Value slot_next(VM& vm, Value self) {
  return call1(vm, lookup(vm, type_of(vm, self), "__next__"), self);
}

Value slot_call(VM& vm, Value callable, CallArgs args) {
  Value method = lookup(vm, type_of(vm, callable), "__call__");
  size_t total = args.npos + (args.kwnames == nullptr ? 0 : args.kwnames->length);
  std::vector<Value> all(total + 1);
  all[0] = callable;
  for (size_t i = 0; i < total; ++i) all[i + 1] = args.args[i];
  return call(vm, method, CallArgs{all.data(), args.npos + 1, args.kwnames});
}

// ---- attributes

Value user_getattr(VM& vm, Value self, Str* name) {
  Type* t = type_of(vm, self);
  Value attr = type_lookup(vm, t, name);
  if (is_property(vm, attr)) return property_get(vm, attr, self);
  if (is_instance_layout(t)) {
    Value v = instance_get(self.as<Instance>(), name);
    if (!v.is_null()) return v;
    if (str_equals_ascii(name, "__dict__")) {
      return Value::from_object(instance_dict_copy(vm, self.as<Instance>()));
    }
  } else if ((t->flags & kTypeBaseException) != 0) {
    auto* exc = self.as<BaseException>();
    if (exc->dict != nullptr) {
      Value v = dict_get_str(vm, exc->dict, name);
      if (!v.is_null()) return v;
    }
  }
  if (str_equals_ascii(name, "__class__")) return Value::from_object(t);
  if (!attr.is_null()) return bind_attribute(vm, attr, self, t);
  if ((t->flags & kTypeBaseException) != 0) {
    Value v = vm.types().base_exception->getattr(vm, self, name);
    if (!v.is_null() || !exception_matches(vm, vm.types().attribute_error)) return v;
    vm.clear_exception();
  }
  Value hook = lookup(vm, t, "__getattr__");
  if (!hook.is_null()) return call2(vm, hook, self, Value::from_object(name));
  return raise_attribute_error(vm, self, name);
}

int user_setattr(VM& vm, Value self, Str* name, Value value) {
  Type* t = type_of(vm, self);
  Value attr = type_lookup(vm, t, name);
  if (is_property(vm, attr)) return property_set(vm, attr, self, value);
  if (is_instance_layout(t)) {
    name = vm.intern(name);
    if (!value.is_null()) {
      instance_set(vm, self.as<Instance>(), name, value);
      return 0;
    }
    if (instance_delete(vm, self.as<Instance>(), name) == 1) return 0;
    raise_attribute_error(vm, self, name);
    return -1;
  }
  return vm.types().base_exception->setattr(vm, self, name, value);
}

Value instance_repr(VM& vm, Value self) {
  char address[32];
  std::snprintf(address, sizeof(address), "%p", static_cast<void*>(self.object()));
  return Value::from_object(str_from_utf8(
      vm, "<" + qualified_type_name(vm, type_of(vm, self)) + " object at " + address + ">"));
}

// ---- construction

Value user_construct(VM& vm, Type* cls, CallArgs args) {
  size_t nkw = args.kwnames == nullptr ? 0 : static_cast<size_t>(args.kwnames->length);
  Value self;
  Value new_method = lookup(vm, cls, "__new__");
  if (!new_method.is_null() && new_method.is_object() &&
      new_method.object()->type != vm.types().builtin_function) {
    std::vector<Value> all(args.npos + nkw + 1);
    all[0] = Value::from_object(cls);
    for (size_t i = 0; i < args.npos + nkw; ++i) all[i + 1] = args.args[i];
    self = call(vm, new_method, CallArgs{all.data(), args.npos + 1, args.kwnames});
    if (self.is_null() || !is_instance_of(vm, self, cls)) return self;
  } else if ((cls->flags & kTypeBaseException) != 0) {
    self = exception_new(vm, cls, tuple_from(vm, args.args, static_cast<int64_t>(args.npos)));
  } else {
    self = Value::from_object(instance_new(vm, cls));
  }
  Value init = lookup(vm, cls, "__init__");
  bool default_init =
      init.is_null() || (init.is_object() && init.object()->type == vm.types().builtin_function);
  if (default_init) {
    if ((args.npos > 0 || nkw > 0) && new_method.is_null() &&
        (cls->flags & kTypeBaseException) == 0) {
      return raise_type_error(
          vm, qualified_type_name(vm, cls).substr(qualified_type_name(vm, cls).rfind('.') + 1) +
                  "() takes no arguments");
    }
    return self;
  }
  std::vector<Value> all(args.npos + nkw + 1);
  all[0] = self;
  for (size_t i = 0; i < args.npos + nkw; ++i) all[i + 1] = args.args[i];
  Value r = call(vm, init, CallArgs{all.data(), args.npos + 1, args.kwnames});
  if (r.is_null()) return r;
  if (r != vm.none()) {
    return raise_type_error(vm, "__init__() should return None, not '" + type_name(vm, r) + "'");
  }
  return self;
}

// ---- C3 linearization

bool c3_merge(std::vector<std::vector<Type*>>& seqs, std::vector<Type*>* out) {
  for (;;) {
    bool any = false;
    for (auto& s : seqs) any = any || !s.empty();
    if (!any) return true;
    Type* candidate = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      Type* head = s.front();
      bool in_tail = false;
      for (auto& other : seqs) {
        for (size_t i = 1; i < other.size(); ++i) in_tail = in_tail || other[i] == head;
      }
      if (!in_tail) {
        candidate = head;
        break;
      }
    }
    if (candidate == nullptr) return false;
    out->push_back(candidate);
    for (auto& s : seqs) {
      if (!s.empty() && s.front() == candidate) s.erase(s.begin());
    }
  }
}

Value compute_mro(VM& vm, Type* cls, Tuple* bases) {
  std::vector<std::vector<Type*>> seqs;
  std::vector<Type*> base_list;
  for (int64_t i = 0; i < bases->length; ++i) {
    Type* b = bases->at(i).as<Type>();
    std::vector<Type*> mro;
    for (int64_t j = 0; j < b->mro->length; ++j) mro.push_back(b->mro->at(j).as<Type>());
    seqs.push_back(mro);
    base_list.push_back(b);
  }
  seqs.push_back(base_list);
  std::vector<Type*> out{cls};
  if (!c3_merge(seqs, &out)) {
    std::string names;
    for (int64_t i = 0; i < bases->length; ++i) {
      names += (i > 0 ? ", " : "") + type_name_of_type(bases->at(i).as<Type>());
    }
    return raise_type_error(vm,
                            "Cannot create a consistent method resolution\norder (MRO) for "
                            "bases " +
                                names);
  }
  std::vector<Value> values;
  for (Type* t : out) values.push_back(Value::from_object(t));
  return Value::from_object(tuple_from(vm, values.data(), static_cast<int64_t>(values.size())));
}

bool has_in_mro(VM& vm, Type* cls, const char* name) { return !lookup(vm, cls, name).is_null(); }

// Points each slot of `cls` at the dunder dispatcher when the class (or a
// user base) defines the dunder; otherwise keeps the built-in base's slot.
void install_slots(VM& vm, Type* cls, Type* layout_base, Dict* own) {
  cls->repr = has_in_mro(vm, cls, "__repr__") ? slot_repr
              : is_instance_layout(cls)       ? instance_repr
                                              : layout_base->repr;
  cls->str = has_in_mro(vm, cls, "__str__")    ? slot_str
             : has_in_mro(vm, cls, "__repr__") ? nullptr
                                               : layout_base->str;
  bool eq_without_hash = !dict_get_str(vm, own, vm.intern("__eq__")).is_null() &&
                         dict_get_str(vm, own, vm.intern("__hash__")).is_null();
  if (eq_without_hash) dict_set_str(vm, own, vm.intern("__hash__"), vm.none());
  cls->hash = slot_hash;
  cls->richcompare = slot_richcompare;
  cls->binary = slot_binary;
  cls->inplace = slot_inplace;
  cls->unary = slot_unary;
  cls->truth = slot_truth;
  cls->length = has_in_mro(vm, cls, "__len__") ? slot_length : nullptr;
  cls->getitem = has_in_mro(vm, cls, "__getitem__") ? slot_getitem : nullptr;
  bool settable = has_in_mro(vm, cls, "__setitem__") || has_in_mro(vm, cls, "__delitem__");
  cls->setitem = settable ? slot_setitem : nullptr;
  cls->contains = has_in_mro(vm, cls, "__contains__") ? slot_contains : nullptr;
  cls->iter = has_in_mro(vm, cls, "__iter__") ? slot_iter : nullptr;
  cls->next = has_in_mro(vm, cls, "__next__") ? slot_next : nullptr;
  cls->call = has_in_mro(vm, cls, "__call__") ? slot_call : nullptr;
  cls->getattr = user_getattr;
  cls->setattr = user_setattr;
  cls->construct = user_construct;
}

Type* layout_base_of(Tuple* bases) {
  for (int64_t i = 0; i < bases->length; ++i) {
    Type* t = bases->at(i).as<Type>();
    while (is_user_class(t)) t = t->base;
    if ((t->flags & kTypeBaseException) != 0) return t;
  }
  return nullptr;
}

// ---- __build_class__ and super

Value builtin_build_class(VM& vm, CallArgs args) {
  if (args.npos < 2) return raise_type_error(vm, "__build_class__: not enough arguments");
  Value body = args.args[0];
  Value name = args.args[1];
  if (!body.is_object() || body.object()->type != vm.types().function) {
    return raise_type_error(vm, "__build_class__: func must be a function");
  }
  if (!name.is_object() || name.object()->type != vm.types().str) {
    return raise_type_error(vm, "__build_class__: name is not a string");
  }
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise(vm, vm.types().not_implemented_error,
                 "pyvm does not support class keywords (metaclass=...) yet");
  }
  Tuple* bases = tuple_from(vm, args.args + 2, static_cast<int64_t>(args.npos - 2));
  Dict* ns = dict_new(vm);
  Value cell = vm::run_class_body(vm, body.as<Function>(), ns);
  if (cell.is_null()) return cell;
  Value cls = create_class(vm, name.as<Str>(), bases, ns);
  if (cls.is_null()) return cls;
  if (cell.is_object() && cell.object()->type == vm.types().cell) {
    vm.store(cell.object(), &cell.as<Cell>()->contents, cls);
  }
  return cls;
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
      if (c.is_object() && c.object()->type == vm.types().type) start = c.as<Type>();
    }
    if (start == nullptr)
      return raise(vm, vm.types().runtime_error, "super(): __class__ cell not found");
  } else if (args.npos == 2 && args.args[0].is_object() &&
             args.args[0].object()->type == vm.types().type) {
    start = args.args[0].as<Type>();
    object = args.args[1];
  } else {
    return raise_type_error(vm, "super() argument 1 must be a type");
  }
  if (object.is_null()) return raise(vm, vm.types().runtime_error, "super(): arg[0] deleted");
  auto* s = vm.allocate<Super>(vm.types().super);
  vm.store_ref(s, &s->start, start);
  vm.store(s, &s->object, object);
  Type* object_type = object.is_object() && object.object()->type == vm.types().type
                          ? object.as<Type>()
                          : type_of(vm, object);
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
      bool is_class_object = s->object.is_object() && s->object.object()->type == vm.types().type;
      return bind_attribute(vm, v, is_class_object ? Value::null() : s->object, s->object_type);
    }
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

Value object_init(VM& vm, CallArgs) { return vm.none(); }

Value exception_init(VM& vm, CallArgs args) {
  auto* exc = args.args[0].as<BaseException>();
  vm.store_ref(exc, &exc->args, tuple_from(vm, args.args + 1, static_cast<int64_t>(args.npos - 1)));
  return vm.none();
}

int user_type_setattr(VM& vm, Value self, Str* name, Value value) {
  Type* t = self.as<Type>();
  if (!is_user_class(t)) {
    raise_type_error(vm, "cannot set '" + str_to_utf8(name) + "' attribute of immutable type '" +
                             type_name_of_type(t) + "'");
    return -1;
  }
  if (value.is_null()) {
    int removed = dict_del(vm, t->dict, Value::from_object(name));
    if (removed == 0) {
      raise(vm, vm.types().attribute_error,
            "type object '" + type_name_of_type(t) + "' has no attribute '" + str_to_utf8(name) +
                "'");
    }
    return removed > 0 ? 0 : -1;
  }
  dict_set_str(vm, t->dict, vm.intern(name), value);
  return 0;
}

}  // namespace

Value create_class(VM& vm, Str* name, Tuple* bases, Dict* ns) {
  if (bases->length == 0) {
    Value object = Value::from_object(vm.types().object);
    bases = tuple_from(vm, &object, 1);
  }
  for (int64_t i = 0; i < bases->length; ++i) {
    Value b = bases->at(i);
    if (!b.is_object() || b.object()->type != vm.types().type) {
      return raise_type_error(vm, "bases must be types");
    }
    Type* bt = b.as<Type>();
    if ((bt->flags & kTypeAcceptsSubclasses) == 0) {
      return raise_type_error(
          vm, "type '" + type_name_of_type(bt) + "' is not an acceptable base type");
    }
  }
  Type* layout = layout_base_of(bases);
  auto* cls = static_cast<Type*>(vm.allocate(vm.types().type, sizeof(Type)));
  vm.store_ref(cls, &cls->name, vm.intern(name));
  vm.store_ref(cls, &cls->base, bases->at(0).as<Type>());
  Dict* dict = dict_new(vm);
  int64_t pos = 0;
  Value key, value;
  while (dict_next(ns, &pos, &key, &value)) {
    if (str_equals_ascii(key.as<Str>(), "__classcell__")) continue;
    if (dict_set(vm, dict, key, value) < 0) return Value::null();
  }
  vm.store_ref(cls, &cls->dict, dict);
  Value mro = compute_mro(vm, cls, bases);
  if (mro.is_null()) return mro;
  vm.store_ref(cls, &cls->mro, mro.as<Tuple>());
  cls->flags = kTypeUserClass | kTypeAcceptsSubclasses;
  if (layout != nullptr) {
    cls->flags |= kTypeBaseException;
    cls->instance_size = sizeof(BaseException);
    cls->trace = layout->trace;
  } else {
    cls->instance_size = sizeof(Instance);
    cls->trace = trace_instance;
    cls->finalize = finalize_instance;
  }
  install_slots(vm, cls, layout != nullptr ? layout : vm.types().object, dict);
  name_properties(vm, cls);
  return Value::from_object(cls);
}

void add_class_builtins(VM& vm, Dict* builtins) {
  NativeFunction* build =
      native_function_new(vm, "__build_class__", builtin_build_class, 2, -1, kNativeKeywords);
  dict_set_str(vm, builtins, build->name, Value::from_object(build));
  dict_set_str(vm, builtins, vm.types().super->name, Value::from_object(vm.types().super));
}

void init_class_types(VM& vm) {
  Type* super = vm.types().super;
  super->instance_size = sizeof(Super);
  super->trace = trace_super;
  super->construct = super_construct;
  super->getattr = super_getattr;
  vm.types().object->flags |= kTypeAcceptsSubclasses;
  vm.types().type->setattr = user_type_setattr;
  add_method(vm, vm.types().object, "__init__", object_init, 0, -1, kNativeKeywords);
  add_method(vm, vm.types().base_exception, "__init__", exception_init, 0, -1);
}

}  // namespace pyvm::runtime
