// User-defined classes (see runtime/user_class.h): class creation (__build_class__,
// type.__new__ with C3 MRO, instance layouts, __slots__, __set_name__ and
// __init_subclass__), the type.__call__ protocol (object.__new__ and
// object.__init__), and the helpers the other user_class_*.cpp files share.
#include "runtime/user_class.h"

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

#include "gc/heap.h"
#include "runtime/attribute_dict.h"
#include "runtime/collections_module.h"
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
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

// True when `cls`'s MRO defines `name` in Python code rather than as one of
// the built-in defaults of object and type. Native methods owned by a user
// class (classes that native modules build with create_class, such as
// collections.Counter) count as definitions too.
bool overrides(VM& vm, Type* cls, const char* name) {
  Value v = lookup(vm, cls, name);
  if (v.is_null()) return false;
  NativeFunction* native = native_of(vm, v);
  if (native != nullptr && native->name != nullptr && !str_equals_ascii(native->name, name)) {
    return true;  // another built-in method assigned to the dunder (`C.__str__ = int.__repr__`)
  }
  return native == nullptr || (native->owner != nullptr && is_user_class(native->owner));
}

bool is_native(VM& vm, Value v, NativeFn fn) {
  NativeFunction* native = native_of(vm, v);
  return native != nullptr && native->fn == fn;
}

bool has_arguments(CallArgs args) { return args.npos > 0 || keyword_count(args) > 0; }

// A fresh instance of `cls` in its layout; `args` are the constructor's
// arguments (an exception keeps them as its args).
Value allocate_instance(VM& vm, Type* cls, CallArgs args) {
  UserType* user = as_user_type(cls);
  if (user == nullptr || is_type_layout(cls)) {
    if (cls == vm.types().object) return Value::from_object(vm.allocate(cls, sizeof(Object)));
    std::string name = type_name_of_type(cls);
    std::string real = user != nullptr ? "type" : name;
    return raise_type_error(vm,
                            "object.__new__(" + name + ") is not safe, use " + real + ".__new__()");
  }
  if (is_exception_layout(cls)) {
    return exception_new(vm, cls, tuple_from(vm, args.args, static_cast<int64_t>(args.npos)));
  }
  if (!check_not_abstract(vm, cls)) return Value::null();
  if (user->layout != vm.types().object) {
    return raise_type_error(vm, "object.__new__(" + type_name_of_type(cls) + ") is not safe, use " +
                                    type_name_of_type(user->layout) + ".__new__()");
  }
  return Value::from_object(instance_new(vm, cls, user->initial_shape));
}

// type.__call__(cls, *args, **kwargs): __new__, then __init__ of the result's
// type when the result is an instance of cls. The construct slot of every
// user class (metaclasses included).
Value user_construct(VM& vm, Type* cls, CallArgs args) {
  UserType* user = as_user_type(cls);
  bool default_new = user != nullptr ? (user->class_flags & kClassObjectNew) != 0
                                     : is_native(vm, lookup(vm, cls, "__new__"), object_new);
  Value self;
  if (default_new) {
    bool default_init = user != nullptr ? (user->class_flags & kClassObjectInit) != 0
                                        : is_native(vm, lookup(vm, cls, "__init__"), object_init);
    if (has_arguments(args) && default_init) {
      return raise_type_error(vm, type_name_of_type(cls) + "() takes no arguments");
    }
    self = allocate_instance(vm, cls, args);
  } else {
    Value new_method = lookup(vm, cls, "__new__");
    bool unused = false;
    Value f = unwrap_method_descriptor(vm, new_method, Value::null(), cls, &unused);
    self = call_prepending(vm, f, Value::from_object(cls), args);
    if (self.is_null() || !is_instance_of(vm, self, cls)) return self;
  }
  if (self.is_null()) return self;
  note_new_instance(vm, self);  // __del__ (runtime/finalizers.h)
  UserType* self_type = as_user_type(type_of(vm, self));
  if (self_type != nullptr && (self_type->class_flags & kClassObjectInit) != 0) return self;
  Value init = lookup(vm, type_of(vm, self), "__init__");
  if (init.is_null() || is_native(vm, init, object_init)) return self;
  Value r;
  if (init.is_object() && init.object()->type == vm.types().property) {
    Value bound = bind_attribute(vm, init, self, type_of(vm, self));  // __init__ = property(f)
    r = bound.is_null() ? bound : call(vm, bound, args);
  } else {
    r = call_prepending(vm, init, self, args);
  }
  if (r.is_null()) return r;
  if (r != vm.none()) {
    return raise_type_error(vm, "__init__() should return None, not '" + type_name(vm, r) + "'");
  }
  return self;
}

Dict* keywords_to_dict(VM& vm, CallArgs args) {
  size_t n = keyword_count(args);
  if (n == 0) return nullptr;
  Dict* d = dict_new(vm);
  for (size_t i = 0; i < n; ++i) {
    dict_set_str(vm, d, args.kwnames->at(static_cast<int64_t>(i)).as<Str>(),
                 args.args[args.npos + i]);
  }
  return d;
}

Type* winning_metaclass(VM& vm, Type* meta, Tuple* bases);

// As CPython does, type.__new__(meta, name, bases, ns, **kw) whose bases
// have a more derived metaclass with its own __new__ hands the call to that
// __new__ (`type(name, (SomeEnum,), ns, boundary=...)` in enum.py). Sets
// *result to its result (null when not delegated); false on error.
bool delegate_to_winning_new(VM& vm, Type* meta, CallArgs args, Value* result) {
  *result = Value::null();
  Type* winner = winning_metaclass(vm, meta, args.args[2].as<Tuple>());
  if (winner == nullptr) return false;
  if (winner == meta) return true;
  Str* name = vm.intern("__new__");
  Value own = type_lookup(vm, winner, name);
  if (own.is_null() || own == type_lookup(vm, vm.types().type, name)) return true;
  Value fn = bind_attribute(vm, own, Value::null(), winner);
  if (fn.is_null()) return false;
  gc::RootedValues values(vm.heap());
  size_t total = args.npos + keyword_count(args);
  for (size_t i = 0; i < total; ++i) values.push_back(args.args[i]);
  values[0] = Value::from_object(winner);
  *result = call(vm, fn, CallArgs{values.data(), args.npos, args.kwnames});
  return !result->is_null();
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
    // Like CPython, name the distinct heads of the sequences left unmerged.
    std::string names;
    std::vector<Type*> heads;
    for (auto& s : seqs) {
      if (s.empty() || std::find(heads.begin(), heads.end(), s.front()) != heads.end()) continue;
      names += (heads.empty() ? "" : ", ") + type_name_of_type(s.front());
      heads.push_back(s.front());
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

// The most derived metaclass among `meta` and the metaclasses of `bases`.
Type* winning_metaclass(VM& vm, Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (int64_t i = 0; i < bases->length; ++i) {
    Type* base_meta = type_of(vm, bases->at(i));
    if (is_subtype(winner, base_meta)) continue;
    if (is_subtype(base_meta, winner)) {
      winner = base_meta;
      continue;
    }
    raise_type_error(vm,
                     "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                     "subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// What a class's bases decide about its instances.
struct BaseLayout {
  Type* layout = nullptr;     // the built-in layout base
  UserType* slots = nullptr;  // the base whose __slots__ entries instances carry
  bool has_dict = false;      // some base gives instances a __dict__
  bool has_weakref = false;   // some base lets instances be weakly referenced
  bool from_python = false;   // the class comes from Python code (create_class)
};

// The class that defined the last of `user`'s __slots__ entries: the most
// basic class of its MRO with as many fixed slots (classes with an empty
// __slots__ add none).
Type* slots_owner(UserType* user) {
  Type* owner = user;
  for (int64_t i = 0; user->mro != nullptr && i < user->mro->length; ++i) {
    UserType* t = as_user_type(user->mro->at(i).as<Type>());
    if (t != nullptr && t->initial_shape->fixed == user->initial_shape->fixed) owner = t;
  }
  return owner;
}

bool merge_layouts(VM& vm, Tuple* bases, BaseLayout* out) {
  out->layout = vm.types().object;
  for (int64_t i = 0; i < bases->length; ++i) {
    Type* base = bases->at(i).as<Type>();
    Type* layout = layout_of(vm, base);
    bool compatible = is_subtype(out->layout, layout) ||
                      (is_exception_layout(layout) && is_exception_layout(out->layout));
    if (is_subtype(layout, out->layout)) {
      out->layout = layout;
    } else if (!compatible) {
      raise_type_error(vm, "multiple bases have instance lay-out conflict");
      return false;
    }
    UserType* user = as_user_type(base);
    if (user == nullptr) continue;
    out->has_dict = out->has_dict || (user->class_flags & kClassHasDict) != 0;
    out->has_weakref = out->has_weakref || (user->class_flags & kClassWeakrefable) != 0;
    if (user->initial_shape->fixed == 0) continue;
    if (out->slots != nullptr && out->slots->initial_shape != user->initial_shape) {
      // Compatible when one base's slots extend the other's (asyncio's
      // class _SSLProtocolTransport(_FlowControlMixin, Transport)).
      if (is_subtype(out->slots, slots_owner(user))) continue;
      if (!is_subtype(user, slots_owner(out->slots))) {
        raise_type_error(vm, "multiple bases have instance lay-out conflict");
        return false;
      }
    }
    out->slots = user;
  }
  return true;
}

// "__x" inside class C names "_C__x" (as the compiler mangles private names).
Str* mangle(VM& vm, Str* cls_name, Str* name) {
  std::string n = str_to_utf8(name);
  if (n.size() < 3 || n.compare(0, 2, "__") != 0 || n.compare(n.size() - 2, 2, "__") == 0) {
    return vm.intern(name);
  }
  std::string c = str_to_utf8(cls_name);
  size_t start = c.find_first_not_of('_');
  if (start == std::string::npos) return vm.intern(name);
  return vm.intern("_" + c.substr(start) + n);
}

// Reads `__slots__` from the namespace: the entry names (mangled), and
// whether '__dict__' and '__weakref__' are among them. False with an
// exception on error.
bool read_slots(VM& vm, Str* cls_name, Value spec, Dict* ns, std::vector<Str*>* names,
                bool* wants_dict, bool* wants_weakref) {
  gc::RootedValues items(vm.heap());
  if (spec.is_object() && spec.object()->type == vm.types().str) {
    items.push_back(spec);
  } else {
    Value it = get_iter(vm, spec);
    if (it.is_null()) return false;
    for (Value v = iter_next(vm, it); !v.is_null(); v = iter_next(vm, it)) items.push_back(v);
    if (vm.has_exception()) return false;
  }
  for (Value v : items) {
    if (!v.is_object() || v.object()->type != vm.types().str) {
      raise_type_error(vm, "__slots__ items must be strings, not '" + type_name(vm, v) + "'");
      return false;
    }
    Str* name = v.as<Str>();
    if (str_equals_ascii(name, "__dict__")) {
      *wants_dict = true;
      continue;
    }
    if (str_equals_ascii(name, "__weakref__")) {
      *wants_weakref = true;
      continue;
    }
    if (!dict_get_str(vm, ns, name).is_null()) {
      raise(vm, vm.types().value_error,
            "'" + str_to_utf8(name) + "' in __slots__ conflicts with class variable");
      return false;
    }
    names->push_back(mangle(vm, cls_name, name));
  }
  return true;
}

// Copies the class body's namespace into the class dict: __qualname__ and
// __classcell__ are taken out, __new__ becomes a staticmethod and
// __init_subclass__ / __class_getitem__ classmethods (as CPython does).
bool fill_class_dict(VM& vm, UserType* cls, Dict* ns, Dict* dict) {
  int64_t pos = 0;
  Value key, value;
  while (dict_next(ns, &pos, &key, &value)) {
    if (!key.is_object() || key.object()->type != vm.types().str) {
      if (dict_set(vm, dict, key, value) < 0) return false;
      continue;
    }
    Str* name = key.as<Str>();
    if (str_equals_ascii(name, "__classcell__")) continue;
    if (str_equals_ascii(name, "__qualname__")) {
      if (!value.is_object() || value.object()->type != vm.types().str) {
        raise_type_error(vm, "type __qualname__ must be a str, not " + type_name(vm, value));
        return false;
      }
      vm.store_ref(cls, &cls->qualname, value.as<Str>());
      continue;
    }
    bool is_function = value.is_object() && value.object()->type == vm.types().function;
    Type* wrapper = nullptr;
    if (is_function && str_equals_ascii(name, "__new__")) wrapper = vm.types().staticmethod;
    if (is_function && (str_equals_ascii(name, "__init_subclass__") ||
                        str_equals_ascii(name, "__class_getitem__"))) {
      wrapper = vm.types().classmethod;
    }
    if (wrapper != nullptr) {
      auto* w = static_cast<MethodWrapper*>(vm.allocate(wrapper, sizeof(MethodWrapper)));
      vm.store(w, &w->function, value);
      value = Value::from_object(w);
    }
    dict_set_str(vm, dict, vm.intern(name), value);
  }
  return true;
}

// An instance of a user subclass of a fixed-size built-in type: the built-in
// layout, then the Attributes.
void trace_builtin_subclass(Object* self, Tracer& tracer) {
  static_cast<UserType*>(self->type)->layout->trace(self, tracer);
  trace_attributes(attributes_of(self), tracer);
}

// Built-in layouts that user subclasses extend with Attributes: fixed-size,
// and allocated with the subclass's instance size.
bool has_attribute_tail(VM& vm, const Type* layout) {
  const auto& t = vm.types();
  return layout == t.list || layout == t.dict || layout == t.set || layout == t.frozenset ||
         layout == t.int_ || layout == t.float_ || layout == t.complex ||
         (layout->flags & kTypeAttributeTail) != 0;
}

// Built-in layouts with inline variable-size data whose user subclasses keep
// their Attributes after that data (see kAttributesAfterData).
bool has_variable_attribute_tail(VM& vm, const Type* layout) {
  return layout == vm.types().str || layout == vm.types().tuple || layout == vm.types().bytes;
}

size_t align_to_word(size_t bytes) { return (bytes + 7) & ~size_t{7}; }

// Built-in layouts whose instances CPython can weakly reference already
// (set, frozenset, type, deque) or never through a subclass (the
// variable-size int, tuple and bytes): their subclasses get no __weakref__.
bool layout_refuses_weakref_slot(VM& vm, const Type* layout) {
  const auto& t = vm.types();
  if (layout == t.set || layout == t.frozenset || layout == t.type || layout == t.int_ ||
      layout == t.tuple || layout == t.bytes) {
    return true;
  }
  return vm.collections_state != nullptr && layout == vm.collections_state->deque;
}

// The __dict__ and __weakref__ descriptors of a Python subclass of a built-in
// type, where CPython adds them: __dict__ unless the built-in instances have
// one (exceptions, classes), __weakref__ unless the layout refuses it.
void add_builtin_subclass_descriptors(VM& vm, UserType* cls, const BaseLayout& bases,
                                      bool wants_dict, bool wants_weakref) {
  Type* layout = bases.layout;
  bool own_dict =
      wants_dict && !bases.has_dict && !is_exception_layout(layout) && layout != vm.types().type;
  bool own_weakref =
      wants_weakref && !bases.has_weakref && !layout_refuses_weakref_slot(vm, layout);
  add_instance_descriptors(vm, cls, own_dict, own_weakref);
}

// Gives the class its layout fields: instance size, tracing, __slots__
// descriptors and the initial shape of its instances.
bool set_layout(VM& vm, UserType* cls, const BaseLayout& bases, Dict* ns) {
  Type* layout = bases.layout;
  vm.store_ref(cls, &cls->layout, layout);
  std::vector<Str*> names;
  bool wants_dict = false;
  bool wants_weakref = false;
  Value spec = dict_get_str(vm, ns, vm.intern("__slots__"));
  if (!spec.is_null() &&
      !read_slots(vm, cls->name, spec, ns, &names, &wants_dict, &wants_weakref)) {
    return false;
  }
  bool instance_layout = layout == vm.types().object;
  // Exception classes keep __slots__ entries in an attribute tail (their
  // __dict__ stays BaseException::dict).
  bool exception_tail =
      is_exception_layout(layout) &&
      (!names.empty() || (bases.slots != nullptr && bases.slots->attributes_offset != 0));
  bool builtin_layout = has_attribute_tail(vm, layout) || exception_tail;
  bool variable_layout = has_variable_attribute_tail(vm, layout);
  if (!names.empty() && !instance_layout && !builtin_layout && !variable_layout) {
    raise(vm, vm.types().not_implemented_error,
          "pyvm does not support non-empty __slots__ in subclasses of '" +
              type_name_of_type(layout) + "'");
    return false;
  }
  if (spec.is_null() || wants_dict || bases.has_dict) cls->class_flags |= kClassHasDict;
  // Instances of plain classes with __slots__ refuse weak references, and so
  // do those of subclasses of the variable-size int, tuple and bytes (as in
  // CPython); pyvm lets other subclasses of built-in types have them.
  const auto& t = vm.types();
  bool varsize = layout == t.int_ || layout == t.tuple || layout == t.bytes;
  bool weakref = ((spec.is_null() || wants_weakref) && !varsize) || bases.has_weakref ||
                 (!instance_layout && !varsize);
  if (weakref) cls->class_flags |= kClassWeakrefable;
  Shape* base_shape = bases.slots != nullptr ? bases.slots->initial_shape : root_shape(vm);
  Shape* initial = names.empty() ? base_shape
                                 : slots_shape(vm, bases.slots != nullptr ? base_shape : nullptr,
                                               names.data(), static_cast<int64_t>(names.size()));
  vm.store_ref(cls, &cls->initial_shape, initial);
  for (size_t i = 0; i < names.size(); ++i) {
    int64_t index = base_shape->fixed + static_cast<int64_t>(i);
    MemberDescriptor* member = member_descriptor_new(vm, names[i], cls, index);
    dict_set_str(vm, cls->dict, names[i], Value::from_object(member));
  }
  if (instance_layout) {
    bool own_dict = (cls->class_flags & kClassHasDict) != 0 && !bases.has_dict;
    add_instance_descriptors(vm, cls, own_dict, weakref && !bases.has_weakref);
  } else if (bases.from_python) {
    add_builtin_subclass_descriptors(vm, cls, bases, spec.is_null() || wants_dict,
                                     spec.is_null() || wants_weakref);
  }
  if (is_exception_layout(layout)) {
    cls->flags |= kTypeBaseException;
  } else if (layout == vm.types().type) {
    cls->flags |= kTypeTypeSubclass;
  }
  cls->flags |= layout->flags & (kTypeIntSubclass | kTypeStrSubclass | kTypeTupleSubclass |
                                 kTypeListSubclass | kTypeDictSubclass);
  if (instance_layout) {
    cls->attributes_offset = sizeof(Object);  // Instance::attributes follows the header
    cls->instance_size = sizeof(Instance);
    cls->trace = trace_instance;  // slots in the object or an owned storage cell: no finalizer
  } else if (builtin_layout) {
    cls->attributes_offset = layout->instance_size;
    cls->instance_size = layout->instance_size + sizeof(Attributes);
    cls->trace = trace_builtin_subclass;
    cls->finalize = layout->finalize;  // the Attributes own only a storage cell
    cls->trace_range = layout->trace_range;
  } else if (variable_layout) {
    cls->attributes_offset = kAttributesAfterData;  // placed by place_attribute_tail
    cls->instance_size = layout->instance_size;
    cls->trace = trace_builtin_subclass;
    cls->finalize = layout->finalize;
  } else {
    cls->instance_size = layout->instance_size;
    cls->trace = layout->trace;
    cls->finalize = layout->finalize;
    cls->trace_range = layout->trace_range;
  }
  return true;
}

void register_subclass(VM& vm, Tuple* bases, UserType* cls) {
  for (int64_t i = 0; i < bases->length; ++i) {
    UserType* base = as_user_type(bases->at(i).as<Type>());
    if (base == nullptr) continue;
    if (base->subclasses == nullptr) vm.store_ref(base, &base->subclasses, list_new(vm));
    list_append(vm, base->subclasses, Value::from_object(cls));
  }
}

// Calls __set_name__(cls, name) on every class attribute whose type has one.
bool call_set_names(VM& vm, UserType* cls) {
  gc::RootedValues items(vm.heap());
  int64_t pos = 0;
  Value key, value;
  while (dict_next(cls->dict, &pos, &key, &value)) {
    bool native_descriptor =
        value.is_object() && (value.object()->type->flags & kTypeNativeDescriptor) != 0;
    if (!value.is_object() || (!is_user_class(value.object()->type) && !native_descriptor)) {
      continue;
    }
    items.push_back(key);
    items.push_back(value);
  }
  Str* set_name = vm.intern("__set_name__");
  for (size_t i = 0; i < items.size(); i += 2) {
    Value hook = type_lookup(vm, type_of(vm, items[i + 1]), set_name);
    if (hook.is_null()) continue;
    if (call3(vm, hook, items[i + 1], Value::from_object(cls), items[i]).is_null()) {
      // As CPython 3.11 does: a RuntimeError naming the attribute, caused by
      // the original exception.
      Value cause = vm.take_exception();
      std::string message = "Error calling __set_name__ on '" + type_name(vm, items[i + 1]) +
                            "' instance '" + str_to_utf8(items[i].as<Str>()) + "' in '" +
                            type_name_of_type(cls) + "'";
      Value text = Value::from_object(str_from_utf8(vm, message));
      Value error = exception_new(vm, vm.types().runtime_error, tuple_from(vm, &text, 1));
      auto* exc = error.as<BaseException>();
      vm.store(exc, &exc->cause, cause);
      exc->suppress_context = 1;
      vm.set_exception(error);
      return false;
    }
  }
  return true;
}

// super(cls, cls).__init_subclass__(**kwargs)
bool call_init_subclass(VM& vm, UserType* cls, Dict* kwargs) {
  Str* name = vm.intern("__init_subclass__");
  Value hook;
  for (int64_t i = 1; i < cls->mro->length && hook.is_null(); ++i) {
    Dict* d = cls->mro->at(i).as<Type>()->dict;
    if (d != nullptr) hook = dict_get_str(vm, d, name);
  }
  if (hook.is_null()) return true;
  Value bound = bind_attribute(vm, hook, Value::null(), cls);
  if (bound.is_null()) return false;
  gc::RootedValues values(vm.heap());
  std::vector<Value> keys;
  int64_t pos = 0;
  Value key, value;
  while (kwargs != nullptr && dict_next(kwargs, &pos, &key, &value)) {
    keys.push_back(key);
    values.push_back(value);
  }
  Tuple* kwnames =
      keys.empty() ? nullptr : tuple_from(vm, keys.data(), static_cast<int64_t>(keys.size()));
  // object.__init_subclass__ is a METH_NOARGS built-in in CPython, whose call
  // counts a level of recursion (a Python hook counts by its frame).
  bool native = hook.is_object() && hook.object()->type == vm.types().classmethod;
  if (native) {
    Value inner = hook.as<MethodWrapper>()->function;
    native = inner.is_object() && inner.object()->type == vm.types().builtin_function;
  }
  if (native) {
    vm::NativeRecursionGuard guard(vm, " while calling a Python object");
    if (!guard.ok()) return false;
    return !call(vm, bound, CallArgs{values.data(), 0, kwnames}).is_null();
  }
  return !call(vm, bound, CallArgs{values.data(), 0, kwnames}).is_null();
}

bool check_bases(VM& vm, Tuple* bases) {
  for (int64_t i = 0; i < bases->length; ++i) {
    Value b = bases->at(i);
    if (!is_type_value(vm, b)) {
      raise_type_error(vm, "bases must be types");
      return false;
    }
    Type* bt = b.as<Type>();
    if ((bt->flags & kTypeAcceptsSubclasses) == 0) {
      raise_type_error(vm, "type '" + type_name_of_type(bt) + "' is not an acceptable base type");
      return false;
    }
  }
  return true;
}

void set_class_cell(VM& vm, Dict* ns, Value cls) {
  Value cell = dict_get_str(vm, ns, vm.intern("__classcell__"));
  if (cell.is_object() && cell.object()->type == vm.types().cell) {
    vm.store(cell.object(), &cell.as<Cell>()->contents, cls);
  }
}

// ---- __build_class__ and super

// The class namespace from metaclass.__prepare__(name, bases, **kwargs).
Value prepare_namespace(VM& vm, Value meta, Value name, Tuple* bases, CallArgs kw) {
  if (meta == Value::from_object(vm.types().type)) return Value::from_object(dict_new(vm));
  Value prepare = get_attr(vm, meta, vm.intern("__prepare__"));
  if (prepare.is_null()) {
    if (!exception_matches(vm, vm.types().attribute_error)) return prepare;
    vm.clear_exception();
    return Value::from_object(dict_new(vm));
  }
  gc::RootedValues all(vm.heap());
  all.push_back(name);
  all.push_back(Value::from_object(bases));
  for (size_t i = 0; i < keyword_count(kw); ++i) all.push_back(kw.args[i]);
  Value ns = call(vm, prepare, CallArgs{all.data(), 2, kw.kwnames});
  if (ns.is_null()) return ns;
  if (!ns.is_object() || !is_subtype(ns.object()->type, vm.types().dict)) {
    return raise(vm, vm.types().not_implemented_error,
                 "pyvm supports only a dict as the class namespace returned by __prepare__ "
                 "(got '" +
                     type_name(vm, ns) + "')");
  }
  return ns;
}

// The bases a class statement really derives from: each base that is not a
// class and has __mro_entries__ (list[int], ...) is replaced by the tuple it
// returns for the original bases. Null with an exception on error.
Tuple* resolve_mro_entries(VM& vm, Tuple* bases) {
  gc::RootedValues resolved(vm.heap());
  bool changed = false;
  for (int64_t i = 0; i < bases->length; ++i) {
    Value base = bases->at(i);
    Value hook =
        is_type_value(vm, base) ? Value::null() : get_attr(vm, base, vm.intern("__mro_entries__"));
    if (hook.is_null()) {
      if (vm.has_exception() && !exception_matches(vm, vm.types().attribute_error)) return nullptr;
      vm.clear_exception();
      resolved.push_back(base);
      continue;
    }
    Value original = Value::from_object(bases);
    Value entries = call_positional(vm, hook, &original, 1);
    if (entries.is_null()) return nullptr;
    if (!entries.is_object() || entries.object()->type != vm.types().tuple) {
      raise_type_error(vm, "__mro_entries__ must return a tuple");
      return nullptr;
    }
    for (int64_t k = 0; k < entries.as<Tuple>()->length; ++k) {
      resolved.push_back(entries.as<Tuple>()->at(k));
    }
    changed = true;
  }
  if (!changed) return bases;
  return tuple_from(vm, resolved.data(), static_cast<int64_t>(resolved.size()));
}

}  // namespace

bool is_type_value(VM& vm, Value v) {
  return v.is_object() && is_subtype(v.object()->type, vm.types().type);
}

Value lookup(VM& vm, Type* type, const char* name) {
  return type_lookup(vm, type, vm.intern(name));
}

size_t keyword_count(CallArgs args) {
  return args.kwnames == nullptr ? 0 : static_cast<size_t>(args.kwnames->length);
}

// Calls `f(first, *args, **kwargs)`.
Value call_prepending(VM& vm, Value f, Value first, CallArgs args) {
  size_t total = args.npos + keyword_count(args);
  gc::RootedValues all(vm.heap());
  all.reserve(total + 1);
  all.push_back(first);
  for (size_t i = 0; i < total; ++i) all.push_back(args.args[i]);
  return call(vm, f, CallArgs{all.data(), args.npos + 1, args.kwnames});
}

// The native function behind `v` (through staticmethod/classmethod), or null.
NativeFunction* native_of(VM& vm, Value v) {
  if (!v.is_object()) return nullptr;
  Type* t = v.object()->type;
  if (t == vm.types().staticmethod || t == vm.types().classmethod) {
    v = v.as<MethodWrapper>()->function;
    if (!v.is_object()) return nullptr;
    t = v.object()->type;
  }
  return t == vm.types().builtin_function ? v.as<NativeFunction>() : nullptr;
}

// The built-in base fixing a user class's instance layout (object for plain
// instances): its slots apply when no dunder overrides them.
Type* layout_of_user(const Type* t) { return static_cast<const UserType*>(t)->layout; }

// "__x__"-like names: the only ones with special meaning in attribute paths.
bool is_dunder_name(const Str* name) {
  return name->length > 4 && name->at(0) == '_' && name->at(1) == '_';
}

Value call1(VM& vm, Value f, Value a) { return call_positional(vm, f, &a, 1); }

Value call2(VM& vm, Value f, Value a, Value b) {
  Value args[2] = {a, b};
  return call_positional(vm, f, args, 2);
}

Value instance_repr(VM& vm, Value self) {
  char address[32];
  std::snprintf(address, sizeof(address), "%p", static_cast<void*>(self.object()));
  return Value::from_object(str_from_utf8(
      vm, "<" + qualified_type_name(vm, type_of(vm, self)) + " object at " + address + ">"));
}

// object.__new__(cls, *args, **kwargs)
Value object_new(VM& vm, CallArgs args) {
  if (args.npos == 0) return raise_type_error(vm, "object.__new__(): not enough arguments");
  Value cls = args.args[0];
  if (!is_type_value(vm, cls)) {
    return raise_type_error(
        vm, "object.__new__(X): X is not a type object (" + type_name(vm, cls) + ")");
  }
  Type* t = cls.as<Type>();
  CallArgs rest{args.args + 1, args.npos - 1, args.kwnames};
  if (has_arguments(rest)) {
    if (!is_native(vm, lookup(vm, t, "__new__"), object_new)) {
      return raise_type_error(
          vm, "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (is_native(vm, lookup(vm, t, "__init__"), object_init)) {
      return raise_type_error(vm, type_name_of_type(t) + "() takes no arguments");
    }
  }
  return allocate_instance(vm, t, rest);
}

// object.__init__(self, *args, **kwargs)
Value object_init(VM& vm, CallArgs args) {
  if (args.npos > 1 || keyword_count(args) > 0) {
    Type* t = type_of(vm, args.args[0]);
    if (!is_native(vm, lookup(vm, t, "__init__"), object_init)) {
      return raise_type_error(
          vm, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    if (is_native(vm, lookup(vm, t, "__new__"), object_new)) {
      return raise_type_error(vm, type_name_of_type(t) +
                                      ".__init__() takes exactly one argument (the instance "
                                      "to initialize)");
    }
  }
  return vm.none();
}

Value object_init_subclass(VM& vm, CallArgs args) {
  if (keyword_count(args) > 0) {
    Type* cls = args.args[0].as<Type>();
    UserType* user = as_user_type(cls);
    std::string name = str_to_utf8(user != nullptr ? user->qualname : cls->name);
    return raise_type_error(vm, name + ".__init_subclass__() takes no keyword arguments");
  }
  return vm.none();
}

Value object_getattribute_native(VM& vm, CallArgs args) {
  Value name = args.args[1];
  if (!name.is_object() || name.object()->type != vm.types().str) {
    return raise_type_error(vm, "attribute name must be string, not '" + type_name(vm, name) + "'");
  }
  return generic_getattribute(vm, args.args[0], name.as<Str>());
}

Value object_setattr_native(VM& vm, CallArgs args) {
  Value name = args.args[1];
  if (!name.is_object() || name.object()->type != vm.types().str) {
    return raise_type_error(vm, "attribute name must be string, not '" + type_name(vm, name) + "'");
  }
  Value value = args.npos > 2 ? args.args[2] : Value::null();
  if (generic_setattr(vm, args.args[0], name.as<Str>(), value) < 0) return Value::null();
  return vm.none();
}

// type.__new__(metaclass, name, bases, namespace, **kwargs)
Value type_new(VM& vm, CallArgs args) {
  if (args.npos == 0 || !is_type_value(vm, args.args[0])) {
    return raise_type_error(vm, "type.__new__(X): X is not a type object");
  }
  Type* meta = args.args[0].as<Type>();
  if (args.npos == 2 && meta == vm.types().type && keyword_count(args) == 0) {
    return Value::from_object(type_of(vm, args.args[1]));
  }
  if (args.npos != 4) {
    return raise_type_error(vm, "type.__new__() takes exactly 3 arguments (" +
                                    std::to_string(args.npos - 1) + " given)");
  }
  static const char* const kWanted[] = {"str", "tuple", "dict"};
  Type* const types[] = {vm.types().str, vm.types().tuple, vm.types().dict};
  for (int i = 0; i < 3; ++i) {
    Value v = args.args[i + 1];
    if (!is_instance_of(vm, v, types[i])) {
      return raise_type_error(vm, "type.__new__() argument " + std::to_string(i + 1) + " must be " +
                                      kWanted[i] + ", not " + type_name(vm, v));
    }
  }
  Value delegated;
  if (!delegate_to_winning_new(vm, meta, args, &delegated)) return Value::null();
  if (!delegated.is_null()) return delegated;
  return create_class(vm, meta, args.args[1].as<Str>(), args.args[2].as<Tuple>(),
                      args.args[3].as<Dict>(), keywords_to_dict(vm, args), true);
}

Value type_init(VM& vm, CallArgs args) {
  if (args.npos != 2 && args.npos != 4) {
    return raise_type_error(vm, "type.__init__() takes 1 or 3 arguments");
  }
  return vm.none();
}

Value type_call_native(VM& vm, CallArgs args) {
  Value cls = args.args[0];
  if (!is_type_value(vm, cls)) {
    return raise_type_error(vm, "descriptor '__call__' requires a 'type' object but received a '" +
                                    type_name(vm, cls) + "'");
  }
  // The construction protocol itself, not the metaclass's call slot (which
  // is what usually calls here, through super().__call__).
  Type* t = cls.as<Type>();
  if (t->construct == nullptr) {
    return raise_type_error(vm, "cannot create '" + type_name_of_type(t) + "' instances");
  }
  return t->construct(vm, t, CallArgs{args.args + 1, args.npos - 1, args.kwnames});
}

Value type_prepare(VM& vm, CallArgs) { return Value::from_object(dict_new(vm)); }

Value type_instancecheck(VM& vm, CallArgs args) {
  return vm.bool_value(is_instance_of(vm, args.args[1], args.args[0].as<Type>()));
}

Value type_subclasscheck(VM& vm, CallArgs args) {
  if (!is_type_value(vm, args.args[1])) {
    return raise_type_error(vm, "issubclass() arg 1 must be a class");
  }
  return vm.bool_value(is_subtype(args.args[1].as<Type>(), args.args[0].as<Type>()));
}

Value type_subclasses(VM& vm, CallArgs args) {
  UserType* user = as_user_type(args.args[0].as<Type>());
  List* out = list_new(vm);
  if (user == nullptr || user->subclasses == nullptr) return Value::from_object(out);
  for (int64_t i = 0; i < user->subclasses->length; ++i) {
    list_append(vm, out, user->subclasses->items[i]);
  }
  return Value::from_object(out);
}

Value type_mro(VM& vm, CallArgs args) {
  Tuple* mro = args.args[0].as<Type>()->mro;
  return Value::from_object(list_from(vm, mro->items(), mro->length));
}

// Points each slot of `cls` at the dunder dispatcher when a class of its MRO
// defines the dunder in Python; otherwise keeps the built-in layout's slot.
void install_slots(VM& vm, UserType* cls) {
  Type* layout = cls->layout;
  bool instance_layout = layout == vm.types().object;
  auto has = [&](const char* name) { return overrides(vm, cls, name); };
  cls->repr = has("__repr__") ? slot_repr : instance_layout ? instance_repr : layout->repr;
  // int and float print with their repr: a __repr__ override shows in str() too.
  bool str_is_repr = layout->str == layout->repr && has("__repr__");
  cls->str = has("__str__") ? slot_str : str_is_repr ? nullptr : layout->str;
  cls->hash = slot_hash;
  cls->richcompare = slot_richcompare;
  cls->binary = slot_binary;
  cls->inplace = slot_inplace;
  cls->unary = slot_unary;
  cls->truth = slot_truth;
  cls->length = has("__len__") ? slot_length : layout->length;
  cls->getitem = has("__getitem__") ? slot_getitem : layout->getitem;
  cls->setitem = has("__setitem__") || has("__delitem__") ? slot_setitem : layout->setitem;
  cls->contains = has("__contains__") ? slot_contains : layout->contains;
  cls->iter = has("__iter__") ? slot_iter : layout->iter;
  cls->next = has("__next__") ? slot_next : layout->next;
  cls->call = has("__call__") ? slot_call : layout->call;
  if (has("__getattribute__")) {
    cls->getattr = slot_getattribute;
  } else {
    cls->getattr = is_type_layout(cls)        ? class_getattr
                   : is_exception_layout(cls) ? user_exception_getattr
                   : instance_layout          ? instance_getattr
                                              : builtin_subclass_getattr;
  }
  bool custom_set = has("__setattr__") || has("__delattr__");
  cls->setattr = custom_set ? slot_setattr : is_type_layout(cls) ? class_setattr : generic_setattr;
  cls->construct = user_construct;
  cls->class_flags &= ~(kClassObjectNew | kClassObjectInit);
  if (is_native(vm, lookup(vm, cls, "__new__"), object_new)) cls->class_flags |= kClassObjectNew;
  if (is_native(vm, lookup(vm, cls, "__init__"), object_init)) cls->class_flags |= kClassObjectInit;
}

// The built-in base fixing the instance layout of a class with `base`.
Type* layout_of(VM& vm, Type* base) {
  if (UserType* user = as_user_type(base)) return user->layout;
  if (is_exception_layout(base)) return base;
  if (is_subtype(base, vm.types().type)) return vm.types().type;
  return base;
}

// __build_class__(func, name, *bases, metaclass=..., **kwargs)
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
  Tuple* original_bases = tuple_from(vm, args.args + 2, static_cast<int64_t>(args.npos - 2));
  Tuple* bases = resolve_mro_entries(vm, original_bases);
  if (bases == nullptr) return Value::null();
  Value meta;
  gc::RootedValues kw_values(vm.heap());
  std::vector<Value> kw_names;
  for (size_t i = 0; i < keyword_count(args); ++i) {
    Value key = args.kwnames->at(static_cast<int64_t>(i));
    Value value = args.args[args.npos + i];
    if (str_equals_ascii(key.as<Str>(), "metaclass")) {
      meta = value;
    } else {
      kw_names.push_back(key);
      kw_values.push_back(value);
    }
  }
  Tuple* kwnames = kw_names.empty()
                       ? nullptr
                       : tuple_from(vm, kw_names.data(), static_cast<int64_t>(kw_names.size()));
  if (meta.is_null()) {
    meta = bases->length == 0 ? Value::from_object(vm.types().type)
                              : Value::from_object(type_of(vm, bases->at(0)));
  }
  if (is_type_value(vm, meta)) {
    Type* winner = winning_metaclass(vm, meta.as<Type>(), bases);
    if (winner == nullptr) return Value::null();
    meta = Value::from_object(winner);
  }
  Value ns = prepare_namespace(vm, meta, name, bases, CallArgs{kw_values.data(), 0, kwnames});
  if (ns.is_null()) return ns;
  if (bases != original_bases) {
    dict_set_str(vm, ns.as<Dict>(), vm.intern("__orig_bases__"),
                 Value::from_object(original_bases));
  }
  Value cell = vm::run_class_body(vm, body.as<Function>(), ns.as<Dict>());
  if (cell.is_null()) return cell;
  gc::RootedValues all(vm.heap());
  all.push_back(name);
  all.push_back(Value::from_object(bases));
  all.push_back(ns);
  for (Value v : kw_values) all.push_back(v);
  Value cls = call(vm, meta, CallArgs{all.data(), 3, kwnames});
  if (cls.is_null()) return cls;
  if (cell.is_object() && cell.object()->type == vm.types().cell &&
      cell.as<Cell>()->contents.is_null()) {
    vm.store(cell.object(), &cell.as<Cell>()->contents, cls);
  }
  return cls;
}

size_t attribute_tail_bytes(const Type* cls, size_t data_bytes) {
  if (!is_user_class(cls)) return 0;
  if (static_cast<const UserType*>(cls)->attributes_offset != kAttributesAfterData) return 0;
  return align_to_word(data_bytes) - data_bytes + sizeof(Attributes);
}

void place_attribute_tail(VM& vm, Object* object, size_t header_bytes, size_t data_bytes) {
  if (attribute_tail_bytes(object->type, data_bytes) == 0) return;
  object->aux = static_cast<uint32_t>(header_bytes + align_to_word(data_bytes));
  // Initialised here too, for constructors that bypass builtin_new
  // (namedtuple's __new__ calls tuple's construct slot directly).
  auto* cls = static_cast<UserType*>(object->type);
  attributes_init(vm, object, attributes_of(object), cls->initial_shape);
}

void trace_user_type_fields(UserType* type, Tracer& tracer) {
  tracer.visit(type->initial_shape);
  tracer.visit(type->qualname);
  tracer.visit(type->bases);
  tracer.visit(type->layout);
  tracer.visit(type->subclasses);
}

Value create_class(VM& vm, Type* metaclass, Str* name, Tuple* bases, Dict* ns, Dict* kwargs,
                   bool from_python) {
  if (bases->length == 0) {
    Value object = Value::from_object(vm.types().object);
    bases = tuple_from(vm, &object, 1);
  }
  Type* meta = winning_metaclass(vm, metaclass, bases);
  if (meta == nullptr || !check_bases(vm, bases)) return Value::null();
  BaseLayout layout;
  if (!merge_layouts(vm, bases, &layout)) return Value::null();
  layout.from_python = from_python;
  auto* cls = static_cast<UserType*>(vm.allocate(meta, sizeof(UserType)));
  vm.store_ref(cls, &cls->name, vm.intern(name));
  vm.store_ref(cls, &cls->qualname, cls->name);
  vm.store_ref(cls, &cls->base, bases->at(0).as<Type>());
  vm.store_ref(cls, &cls->bases, bases);
  vm.store_ref(cls, &cls->dict, dict_new(vm));
  cls->flags = kTypeUserClass | kTypeAcceptsSubclasses;
  if (!fill_class_dict(vm, cls, ns, cls->dict)) return Value::null();
  Str* module_key = vm.intern("__module__");
  vm::Frame* caller = vm.frames().top();
  if (dict_get_str(vm, cls->dict, module_key).is_null() && caller != nullptr) {
    // type(name, bases, ns) without __module__: the calling code's module.
    Value module = dict_get_str(vm, caller->globals, vm.intern("__name__"));
    if (!module.is_null()) dict_set_str(vm, cls->dict, module_key, module);
  }
  Value mro = compute_mro(vm, cls, bases);
  if (mro.is_null()) return mro;
  vm.store_ref(cls, &cls->mro, mro.as<Tuple>());
  if (!set_layout(vm, cls, layout, ns)) return Value::null();
  // After __dict__ and __weakref__, as in CPython's class dicts.
  Str* doc_key = vm.intern("__doc__");  // a class without a docstring has __doc__ None
  if (dict_get_str(vm, cls->dict, doc_key).is_null())
    dict_set_str(vm, cls->dict, doc_key, vm.none());
  bool eq_without_hash = !dict_get_str(vm, cls->dict, vm.intern("__eq__")).is_null() &&
                         dict_get_str(vm, cls->dict, vm.intern("__hash__")).is_null();
  if (eq_without_hash) dict_set_str(vm, cls->dict, vm.intern("__hash__"), vm.none());
  install_slots(vm, cls);
  register_subclass(vm, bases, cls);
  name_properties(vm, cls);
  type_modified(vm, cls);
  Value result = Value::from_object(cls);
  set_class_cell(vm, ns, result);
  if (!call_set_names(vm, cls) || !call_init_subclass(vm, cls, kwargs)) return Value::null();
  return result;
}

Value type_construct_call(VM& vm, Type* cls, CallArgs args) {
  if (cls == vm.types().type && args.npos == 1 && keyword_count(args) == 0) {
    return Value::from_object(type_of(vm, args.args[0]));
  }
  if (cls == vm.types().type && args.npos != 3) {
    return raise_type_error(vm, "type() takes 1 or 3 arguments");
  }
  return user_construct(vm, cls, args);
}

}  // namespace pyvm::runtime
