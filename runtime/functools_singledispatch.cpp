// functools.singledispatch and singledispatchmethod: generic functions that
// pick an implementation by the class of their first argument, walking its
// MRO through the registry (abstract base classes registered with
// ABCMeta.register are not consulted). The dispatch cache is cleared on
// every register().
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/mappingproxy.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

void add_functools_singledispatch(VM& vm, Dict* module_dict);

namespace {

struct Dispatcher : Object {
  Value func;      // the default implementation
  Dict* registry;  // class -> implementation
  Dict* cache;     // class -> implementation found for it
  Dict* dict;      // attributes copied by update_wrapper, and others
};

void dispatcher_trace(Object* self, Tracer& tracer) {
  auto* d = static_cast<Dispatcher*>(self);
  tracer.visit(d->func);
  tracer.visit(d->registry);
  tracer.visit(d->cache);
  tracer.visit(d->dict);
}

bool is_class(VM& vm, Value v) {
  return v.is_object() && is_subtype(v.object()->type, vm.types().type);
}

// The classes of a union type (int | str), or an empty vector.
std::vector<Value> union_members(VM& vm, Value v) {
  std::vector<Value> out;
  if (!v.is_object() || type_name(vm, v) != "UnionType") return out;
  Value args = get_attr(vm, v, vm.intern("__args__"));
  if (args.is_null()) {
    vm.clear_exception();
    return out;
  }
  if (!args.is_object() || args.object()->type != vm.types().tuple) return out;
  for (int64_t i = 0; i < args.as<Tuple>()->length; ++i) out.push_back(args.as<Tuple>()->at(i));
  return out;
}

bool all_classes(VM& vm, const std::vector<Value>& members) {
  for (Value m : members) {
    if (!is_class(vm, m)) return false;
  }
  return !members.empty();
}

Value dispatch_class(VM& vm, Dispatcher* d, Value cls) {
  Value cached = dict_get(vm, d->cache, cls);
  if (!cached.is_null() || vm.has_exception()) return cached;
  Value mro = get_attr(vm, cls, vm.intern("__mro__"));
  if (mro.is_null()) return mro;
  Value found = Value::null();
  for (int64_t i = 0; found.is_null() && i < mro.as<Tuple>()->length; ++i) {
    found = dict_get(vm, d->registry, mro.as<Tuple>()->at(i));
    if (vm.has_exception()) return Value::null();
  }
  if (found.is_null()) found = d->func;
  if (dict_set(vm, d->cache, cls, found) < 0) return Value::null();
  return found;
}

Value dispatcher_call(VM& vm, Value self, CallArgs args) {
  auto* d = self.as<Dispatcher>();
  if (args.npos == 0) {
    Value name = get_attr(vm, d->func, vm.intern("__name__"));
    std::string text = "singledispatch function";
    if (name.is_null()) {
      vm.clear_exception();
    } else if (name.is_object() && name.object()->type == vm.types().str) {
      text = str_to_utf8(name.as<Str>());
    }
    return raise_type_error(vm, text + " requires at least 1 positional argument");
  }
  Value impl = dispatch_class(vm, d, Value::from_object(type_of(vm, args.args[0])));
  if (impl.is_null()) return impl;
  return call(vm, impl, args);
}

Value dispatch_method(VM& vm, CallArgs args) {
  return dispatch_class(vm, args.args[0].as<Dispatcher>(), args.args[1]);
}

Value add_to_registry(VM& vm, Dispatcher* d, const std::vector<Value>& classes, Value func) {
  for (Value cls : classes) {
    if (dict_set(vm, d->registry, cls, func) < 0) return Value::null();
  }
  vm.store_ref(d, &d->cache, dict_new(vm));
  return func;
}

// register(cls) returns this, bound to (dispatcher, cls).
Value register_decorator(VM& vm, CallArgs args) {
  auto* bound = args.args[0].as<Tuple>();
  auto* d = bound->at(0).as<Dispatcher>();
  std::vector<Value> classes = union_members(vm, bound->at(1));
  if (classes.empty()) classes.push_back(bound->at(1));
  return add_to_registry(vm, d, classes, args.args[1]);
}

std::string repr_text(VM& vm, Value v) {
  Value r = repr(vm, v);
  if (r.is_null()) {
    vm.clear_exception();
    return "?";
  }
  return str_to_utf8(r.as<Str>());
}

// @register on a function: the class comes from its first annotation.
Value register_annotated(VM& vm, Dispatcher* d, Value func) {
  Value ann = get_attr(vm, func, vm.intern("__annotations__"));
  if (ann.is_null()) vm.clear_exception();
  bool empty = ann.is_null() || !ann.is_object() || ann.object()->type != vm.types().dict ||
               ann.as<Dict>()->used == 0;
  if (empty) {
    return raise_type_error(vm, "Invalid first argument to `register()`: " + repr_text(vm, func) +
                                    ". Use either `@register(some_class)` or plain `@register` on "
                                    "an annotated function.");
  }
  int64_t pos = 0;
  Value name, cls;
  (void)dict_next(ann.as<Dict>(), &pos, &name, &cls);
  if (is_class(vm, cls)) return add_to_registry(vm, d, {cls}, func);
  std::vector<Value> members = union_members(vm, cls);
  if (all_classes(vm, members)) return add_to_registry(vm, d, members, func);
  std::string text = "Invalid annotation for " + repr_text(vm, name) + ". " + repr_text(vm, cls);
  text += members.empty() ? " is not a class." : " not all arguments are classes.";
  return raise_type_error(vm, text);
}

Value register_method(VM& vm, CallArgs args) {
  Value a[2];
  CallArgs rest{args.args + 1, args.npos - 1, args.kwnames};
  if (!bind_args(vm, rest, {"register", {"cls", "func"}, 1}, a)) return Value::null();
  auto* d = args.args[0].as<Dispatcher>();
  Value cls = a[0];
  Value func = a[1].is_null() ? vm.none() : a[1];
  bool valid = is_class(vm, cls) || all_classes(vm, union_members(vm, cls));
  if (valid) {
    if (func != vm.none()) {
      std::vector<Value> classes = union_members(vm, cls);
      if (classes.empty()) classes.push_back(cls);
      return add_to_registry(vm, d, classes, func);
    }
    Value pair[2] = {args.args[0], cls};
    NativeFunction* f = native_function_new(vm, "<lambda>", register_decorator, 1, 1);
    vm.store(f, &f->self, Value::from_object(tuple_from(vm, pair, 2)));
    return Value::from_object(f);
  }
  if (func != vm.none()) {
    return raise_type_error(vm, "Invalid first argument to `register()`. " + repr_text(vm, cls) +
                                    " is not a class or union type.");
  }
  return register_annotated(vm, d, cls);
}

Value clear_cache_method(VM& vm, CallArgs args) {
  auto* d = args.args[0].as<Dispatcher>();
  vm.store_ref(d, &d->cache, dict_new(vm));
  return vm.none();
}

Value dispatcher_get(VM& vm, CallArgs args) {
  if (args.npos < 2 || args.args[1] == vm.none()) return args.args[0];
  return Value::from_object(method_new(vm, args.args[0], args.args[1]));
}

Value dispatcher_getattr(VM& vm, Value self, Str* name) {
  auto* d = self.as<Dispatcher>();
  if (str_equals_ascii(name, "registry")) {
    return mappingproxy_new(vm, Value::from_object(d->registry));
  }
  if (str_equals_ascii(name, "__dict__")) return Value::from_object(d->dict);
  Value mine = dict_get_str(vm, d->dict, name);
  if (!mine.is_null()) return mine;
  Type* type = type_of(vm, self);
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

int dispatcher_setattr(VM& vm, Value self, Str* name, Value value) {
  auto* d = self.as<Dispatcher>();
  if (!value.is_null()) return dict_set(vm, d->dict, Value::from_object(name), value);
  int removed = dict_del(vm, d->dict, Value::from_object(name));
  if (removed != 0) return removed < 0 ? -1 : 0;
  raise_attribute_error(vm, self, name);
  return -1;
}

Value dispatcher_repr(VM& vm, Value self) {
  Value name = dict_get_str(vm, self.as<Dispatcher>()->dict, vm.intern("__qualname__"));
  std::string text = name.is_object() && name.object()->type == vm.types().str
                         ? str_to_utf8(name.as<Str>())
                         : std::string("singledispatch");
  char address[32];
  std::snprintf(address, sizeof(address), "%p", static_cast<void*>(self.object()));
  return Value::from_object(str_from_utf8(vm, "<function " + text + " at " + address + ">"));
}

Value new_dispatcher(VM& vm, Value func) {
  Value type = module_attribute(vm, "functools", "_SingleDispatchFunction");
  if (type.is_null()) return raise_type_error(vm, "functools._SingleDispatchFunction is missing");
  auto* d = vm.allocate<Dispatcher>(type.as<Type>());
  vm.store(d, &d->func, func);
  vm.store_ref(d, &d->registry, dict_new(vm));
  vm.store_ref(d, &d->cache, dict_new(vm));
  vm.store_ref(d, &d->dict, dict_new(vm));
  Value self = Value::from_object(d);
  if (dict_set(vm, d->registry, Value::from_object(vm.types().object), func) < 0) {
    return Value::null();
  }
  Value update = module_attribute(vm, "functools", "update_wrapper");
  if (update.is_null()) return update;
  Value pair[2] = {self, func};
  Value r = call_positional(vm, update, pair, 2);
  return r.is_null() ? r : self;
}

Value singledispatch(VM& vm, CallArgs args) {
  Value a[1];
  if (!bind_args(vm, args, {"singledispatch", {"func"}, 1}, a)) return Value::null();
  return new_dispatcher(vm, a[0]);
}

void add_dispatcher_type(VM& vm, Dict* module_dict) {
  Type* t = module_type_new(vm, "functools", "_SingleDispatchFunction", sizeof(Dispatcher),
                            dispatcher_trace);
  t->flags |= kTypeNativeDescriptor;
  t->call = dispatcher_call;
  t->repr = dispatcher_repr;
  t->getattr = dispatcher_getattr;
  t->setattr = dispatcher_setattr;
  add_method(vm, t, "dispatch", dispatch_method, 1, 1, kNativeMethod);
  add_method(vm, t, "register", register_method, 1, 2, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "_clear_cache", clear_cache_method, 0, 0, kNativeMethod);
  add_method(vm, t, "__get__", dispatcher_get, 1, 2, kNativeMethod);
  dict_set_str(vm, module_dict, t->name, Value::from_object(t));
}

// ---- singledispatchmethod: dispatches on the first argument after self.

struct DispatchMethod : Object {
  Value dispatcher;
  Value func;
};

void dispatch_method_trace(Object* self, Tracer& tracer) {
  auto* m = static_cast<DispatchMethod*>(self);
  tracer.visit(m->dispatcher);
  tracer.visit(m->func);
}

Value dispatch_method_construct(VM& vm, Type* cls, CallArgs args) {
  Value a[1];
  if (!bind_args(vm, args, {"singledispatchmethod", {"func"}, 1}, a)) return Value::null();
  Type* kind = type_of(vm, a[0]);
  bool callable =
      is_callable(vm, a[0]) || kind == vm.types().staticmethod || kind == vm.types().classmethod;
  Value get = callable ? Value::null() : get_attr(vm, a[0], vm.intern("__get__"));
  if (!callable && get.is_null()) {
    vm.clear_exception();
    return raise_type_error(vm, repr_text(vm, a[0]) + " is not callable or a descriptor");
  }
  Value dispatcher = new_dispatcher(vm, a[0]);
  if (dispatcher.is_null()) return dispatcher;
  auto* m = vm.allocate<DispatchMethod>(cls);
  vm.store(m, &m->dispatcher, dispatcher);
  vm.store(m, &m->func, a[0]);
  return Value::from_object(m);
}

Value dispatch_method_register(VM& vm, CallArgs args) {
  Value reg = get_attr(vm, args.args[0].as<DispatchMethod>()->dispatcher, vm.intern("register"));
  if (reg.is_null()) return reg;
  return call(vm, reg, CallArgs{args.args + 1, args.npos - 1, args.kwnames});
}

// The callable __get__ returns, bound to (method, obj, cls).
Value dispatch_method_bound_call(VM& vm, CallArgs args) {
  auto* bound = args.args[0].as<Tuple>();
  auto* m = bound->at(0).as<DispatchMethod>();
  CallArgs rest{args.args + 1, args.npos - 1, args.kwnames};
  if (rest.npos == 0) {
    return raise_type_error(vm,
                            "singledispatchmethod method requires at least 1 positional "
                            "argument");
  }
  Value impl = dispatch_class(vm, m->dispatcher.as<Dispatcher>(),
                              Value::from_object(type_of(vm, rest.args[0])));
  if (impl.is_null()) return impl;
  Value obj = bound->at(1);
  Value cls = bound->at(2);
  Type* owner = is_class(vm, cls) ? cls.as<Type>() : type_of(vm, obj);
  Value method = bind_attribute(vm, impl, obj == vm.none() ? Value::null() : obj, owner);
  if (method.is_null()) return method;
  return call(vm, method, rest);
}

Value dispatch_method_get(VM& vm, CallArgs args) {
  Value obj = args.npos > 1 ? args.args[1] : vm.none();
  Value cls = args.npos > 2 ? args.args[2] : Value::from_object(type_of(vm, obj));
  Value triple[3] = {args.args[0], obj, cls};
  NativeFunction* f =
      native_function_new(vm, "_method", dispatch_method_bound_call, 0, -1, kNativeKeywords);
  vm.store(f, &f->self, Value::from_object(tuple_from(vm, triple, 3)));
  return Value::from_object(f);
}

Value dispatch_method_getattr(VM& vm, Value self, Str* name) {
  auto* m = self.as<DispatchMethod>();
  if (str_equals_ascii(name, "dispatcher")) return m->dispatcher;
  if (str_equals_ascii(name, "func")) return m->func;
  Type* type = type_of(vm, self);
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

void add_dispatch_method_type(VM& vm, Dict* module_dict) {
  Type* t = module_type_new(vm, "functools", "singledispatchmethod", sizeof(DispatchMethod),
                            dispatch_method_trace);
  t->flags |= kTypeNativeDescriptor;
  t->construct = dispatch_method_construct;
  t->getattr = dispatch_method_getattr;
  add_method(vm, t, "register", dispatch_method_register, 1, 2, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "__get__", dispatch_method_get, 1, 2, kNativeMethod);
  dict_set_str(vm, module_dict, t->name, Value::from_object(t));
}

}  // namespace

void add_functools_singledispatch(VM& vm, Dict* module_dict) {
  add_dispatcher_type(vm, module_dict);
  add_dispatch_method_type(vm, module_dict);
  dict_set_str(vm, module_dict, vm.intern("singledispatch"),
               Value::from_object(native_function_new(vm, "singledispatch", singledispatch, 0, -1,
                                                      kNativeKeywords)));
}

}  // namespace pyvm::runtime
