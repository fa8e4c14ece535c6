// Functions, cells, bound methods and native functions (see runtime/function.h).
#include "runtime/function.h"

#include <cstdio>
#include <string>
#include <vector>

#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/interpreter.h"
#include "vm/verifier.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

std::string address_of(Value v) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%p", static_cast<void*>(v.object()));
  return buffer;
}

void trace_function(Object* self, Tracer& tracer) {
  auto* f = static_cast<Function*>(self);
  tracer.visit(f->code);
  tracer.visit(f->globals);
  tracer.visit(f->builtins);
  tracer.visit(f->defaults);
  tracer.visit(f->kwdefaults);
  tracer.visit(f->closure);
  tracer.visit(f->name);
  tracer.visit(f->qualname);
  tracer.visit(f->doc);
  tracer.visit(f->annotations);
  tracer.visit(f->dict);
  tracer.visit(f->module);
}

void trace_cell(Object* self, Tracer& tracer) { tracer.visit(static_cast<Cell*>(self)->contents); }

void trace_method(Object* self, Tracer& tracer) {
  auto* m = static_cast<Method*>(self);
  tracer.visit(m->function);
  tracer.visit(m->self);
}

void trace_native(Object* self, Tracer& tracer) {
  auto* f = static_cast<NativeFunction*>(self);
  tracer.visit(f->name);
  tracer.visit(f->self);
  tracer.visit(f->owner);
  tracer.visit(f->dict);
}

Value function_call(VM& vm, Value callable, CallArgs args) {
  return vm::call_function(vm, callable.as<Function>(), args);
}

Value function_repr(VM& vm, Value self) {
  auto* f = self.as<Function>();
  return Value::from_object(
      str_from_utf8(vm, "<function " + str_to_utf8(f->qualname) + " at " + address_of(self) + ">"));
}

Value or_none(VM& vm, Object* object) {
  return object == nullptr ? vm.none() : Value::from_object(object);
}

Value function_getattr(VM& vm, Value self, Str* name) {
  auto* f = self.as<Function>();
  std::string key = str_to_utf8(name);
  if (key == "__name__") return Value::from_object(f->name);
  if (key == "__qualname__") return Value::from_object(f->qualname);
  if (key == "__code__") return Value::from_object(f->code);
  if (key == "__defaults__") return or_none(vm, f->defaults);
  if (key == "__kwdefaults__") return or_none(vm, f->kwdefaults);
  if (key == "__globals__") return Value::from_object(f->globals);
  if (key == "__closure__") return or_none(vm, f->closure);
  if (key == "__doc__") return f->doc.is_null() ? vm.none() : f->doc;
  if (key == "__module__") return f->module.is_null() ? vm.none() : f->module;
  if (key == "__dict__") {
    if (f->dict == nullptr) vm.store_ref(f, &f->dict, dict_new(vm));
    return Value::from_object(f->dict);
  }
  if (key == "__annotations__") {
    if (f->annotations == nullptr) vm.store_ref(f, &f->annotations, dict_new(vm));
    return Value::from_object(f->annotations);
  }
  if (f->dict != nullptr) {
    Value v = dict_get_str(vm, f->dict, name);
    if (!v.is_null()) return v;
  }
  Value method = type_lookup(vm, vm.types().function, name);  // __get__
  if (!method.is_null()) return bind_attribute(vm, method, self, vm.types().function);
  return raise_attribute_error(vm, self, name);
}

// Sets __defaults__ (a tuple) or __kwdefaults__ (a dict); None or a null
// `value` (del) removes them. Raises CPython's TypeError for other values.
void set_function_defaults(VM& vm, Function* f, bool positional, Value value) {
  if (value.is_null() || value == vm.none()) {
    if (positional) {
      vm.store_ref(f, &f->defaults, static_cast<Tuple*>(nullptr));
    } else {
      vm.store_ref(f, &f->kwdefaults, static_cast<Dict*>(nullptr));
    }
    return;
  }
  if (positional) {
    if (!is_tuple(vm, value)) {
      raise_type_error(vm, "__defaults__ must be set to a tuple object");
      return;
    }
    vm.store_ref(f, &f->defaults, value.as<Tuple>());
    return;
  }
  if (!is_dict(vm, value)) {
    raise_type_error(vm, "__kwdefaults__ must be set to a dict object");
    return;
  }
  vm.store_ref(f, &f->kwdefaults, value.as<Dict>());
}

// f.__code__ = code (types.coroutine): a code object with as many free
// variables as f's closure, verified before it can run.
void set_function_code(VM& vm, Function* f, Value value) {
  if (!value.is_object() || value.object()->type != vm.types().code) {
    raise_type_error(vm, "__code__ must be set to a code object");
    return;
  }
  Code* code = value.as<Code>();
  int64_t nclosure = f->closure == nullptr ? 0 : f->closure->length;
  if (code->nfree != nclosure) {
    raise(vm, vm.types().value_error,
          str_to_utf8(f->name) + "() requires a code object with " + std::to_string(nclosure) +
              " free vars, not " + std::to_string(code->nfree));
    return;
  }
  std::string error;
  if (!code->verified && !vm::verify_code(vm, code, &error)) {
    raise(vm, vm.types().system_error, "__code__: invalid code object: " + error);
    return;
  }
  vm.store_ref(f, &f->code, code);
}

// Assigns the attributes kept in Function fields (functools.update_wrapper
// sets them). Returns false when `name` is not one of them.
bool function_set_special(VM& vm, Function* f, Str* name, Value value) {
  bool is_name = str_equals_ascii(name, "__name__");
  if (is_name || str_equals_ascii(name, "__qualname__")) {
    if (!is_str(vm, value)) {
      raise_type_error(vm, std::string(is_name ? "__name__" : "__qualname__") +
                               " must be set to a string object");
      return true;
    }
    vm.store_ref(f, is_name ? &f->name : &f->qualname, value.as<Str>());
    return true;
  }
  if (str_equals_ascii(name, "__doc__")) {
    vm.store(f, &f->doc, value);
    return true;
  }
  if (str_equals_ascii(name, "__module__")) {
    vm.store(f, &f->module, value);
    return true;
  }
  if (str_equals_ascii(name, "__code__")) {
    set_function_code(vm, f, value);
    return true;
  }
  bool is_defaults = str_equals_ascii(name, "__defaults__");
  if (is_defaults || str_equals_ascii(name, "__kwdefaults__")) {
    set_function_defaults(vm, f, is_defaults, value);
    return true;
  }
  if (str_equals_ascii(name, "__annotations__") && is_dict(vm, value)) {
    vm.store_ref(f, &f->annotations, value.as<Dict>());
    return true;
  }
  return false;
}

int function_setattr(VM& vm, Value self, Str* name, Value value) {
  auto* f = self.as<Function>();
  if (value.is_null() &&
      (str_equals_ascii(name, "__defaults__") || str_equals_ascii(name, "__kwdefaults__"))) {
    set_function_defaults(vm, f, str_equals_ascii(name, "__defaults__"), value);
    return 0;
  }
  if (!value.is_null() && function_set_special(vm, f, name, value)) {
    return vm.has_exception() ? -1 : 0;
  }
  if (f->dict == nullptr) vm.store_ref(f, &f->dict, dict_new(vm));
  if (value.is_null()) return dict_del(vm, f->dict, Value::from_object(name)) < 0 ? -1 : 0;
  dict_set_str(vm, f->dict, name, value);
  return 0;
}

// Runs `body` with the arguments `self, args...` (keyword values kept last).
template <typename Body>
Value with_receiver(Value self, CallArgs args, Body body) {
  size_t total =
      args.npos + (args.kwnames == nullptr ? 0 : static_cast<size_t>(args.kwnames->length));
  constexpr size_t kInline = 8;
  Value inline_args[kInline + 1];
  std::vector<Value> heap_args;
  Value* all = inline_args;
  if (total > kInline) {
    heap_args.resize(total + 1);
    all = heap_args.data();
  }
  all[0] = self;
  for (size_t i = 0; i < total; ++i) all[i + 1] = args.args[i];
  return body(CallArgs{all, args.npos + 1, args.kwnames});
}

Value call_with_self(VM& vm, Value callable, Value self, CallArgs args) {
  return with_receiver(self, args, [&](CallArgs full) { return call(vm, callable, full); });
}

Value method_call(VM& vm, Value callable, CallArgs args) {
  auto* m = callable.as<Method>();
  return call_with_self(vm, m->function, m->self, args);
}

// Whether CPython implements `owner`.`name` as a slot wrapper (a type slot
// such as nb_add seen from Python) rather than as a method: the slot dunders,
// except the few that CPython's list, dict, set and frozenset also define as
// methods.
bool is_slot_wrapper(VM& vm, const Type* owner, const std::string& name) {
  static const char* const kSlotNames[] = {
      "__abs__",          "__add__",       "__and__",      "__bool__",    "__call__",
      "__contains__",     "__delattr__",   "__delete__",   "__delitem__", "__divmod__",
      "__eq__",           "__float__",     "__floordiv__", "__ge__",      "__get__",
      "__getattribute__", "__getitem__",   "__gt__",       "__hash__",    "__iadd__",
      "__iand__",         "__imul__",      "__index__",    "__init__",    "__int__",
      "__invert__",       "__ior__",       "__isub__",     "__iter__",    "__ixor__",
      "__le__",           "__len__",       "__lshift__",   "__lt__",      "__mod__",
      "__mul__",          "__ne__",        "__neg__",      "__next__",    "__or__",
      "__pos__",          "__pow__",       "__radd__",     "__rand__",    "__rdivmod__",
      "__repr__",         "__rfloordiv__", "__rlshift__",  "__rmod__",    "__rmul__",
      "__ror__",          "__rpow__",      "__rrshift__",  "__rshift__",  "__rsub__",
      "__rtruediv__",     "__rxor__",      "__set__",      "__setattr__", "__setitem__",
      "__str__",          "__sub__",       "__truediv__",  "__xor__",     "__del__",
      "__imod__",         "__ipow__",      "__ilshift__",  "__irshift__", "__ifloordiv__",
      "__itruediv__",     "__matmul__",    "__rmatmul__",  "__imatmul__"};
  bool slot = false;
  for (const char* s : kSlotNames) slot = slot || name == s;
  if (!slot || is_user_class(owner)) return false;
  const auto& t = vm.types();
  if ((owner == t.list || owner == t.dict) && name == "__getitem__") return false;
  return !((owner == t.dict || owner == t.set || owner == t.frozenset) && name == "__contains__");
}

Value method_repr(VM& vm, Value self) {
  auto* m = self.as<Method>();
  Value inner = repr(vm, m->self);
  if (inner.is_null()) return inner;
  std::string name = "?";
  if (m->function.is_object() && m->function.object()->type == vm.types().function) {
    name = str_to_utf8(m->function.as<Function>()->qualname);
  } else if (m->function.is_object() && m->function.object()->type == vm.types().builtin_function) {
    // A built-in method bound by pyvm's method object ((1).__add__): shown
    // as CPython shows its bound built-in methods and method-wrappers.
    auto* f = m->function.as<NativeFunction>();
    std::string native = str_to_utf8(f->name);
    bool slot = f->owner != nullptr && is_slot_wrapper(vm, f->owner, native);
    std::string text =
        slot ? "<method-wrapper '" + native + "' of " : "<built-in method " + native + " of ";
    return Value::from_object(str_from_utf8(
        vm, text + type_name(vm, m->self) + " object at " + address_of(m->self) + ">"));
  }
  return Value::from_object(
      str_from_utf8(vm, "<bound method " + name + " of " + str_to_utf8(inner.as<Str>()) + ">"));
}

Value native_call(VM& vm, Value callable, CallArgs args) {
  auto* f = callable.as<NativeFunction>();
  if (!check_native_args(vm, f, args)) return Value::null();
  if (f->self.is_null()) return f->fn(vm, args);
  return with_receiver(f->self, args, [&](CallArgs full) { return f->fn(vm, full); });
}

Value native_repr(VM& vm, Value self) {
  auto* f = self.as<NativeFunction>();
  std::string name = str_to_utf8(f->name);
  bool slot = f->owner != nullptr && is_slot_wrapper(vm, f->owner, name);
  if (f->self.is_null()) {
    if (slot && (f->flags & kNativeMethod) != 0) {
      return Value::from_object(str_from_utf8(
          vm, "<slot wrapper '" + name + "' of '" + type_name_of_type(f->owner) + "' objects>"));
    }
    if ((f->flags & kNativeMethod) != 0 && f->owner != nullptr) {
      return Value::from_object(str_from_utf8(
          vm, "<method '" + name + "' of '" + type_name_of_type(f->owner) + "' objects>"));
    }
    return Value::from_object(str_from_utf8(vm, "<built-in function " + name + ">"));
  }
  if (slot) {
    return Value::from_object(str_from_utf8(vm, "<method-wrapper '" + name + "' of " +
                                                    type_name(vm, f->self) + " object at " +
                                                    address_of(f->self) + ">"));
  }
  return Value::from_object(str_from_utf8(vm, "<built-in method " + name + " of " +
                                                  type_name(vm, f->self) + " object at " +
                                                  address_of(f->self) + ">"));
}

// Whether the dict holds `function` itself as a value.
bool dict_holds(Dict* d, Value function) {
  int64_t pos = 0;
  Value key;
  Value value;
  while (dict_next(d, &pos, &key, &value)) {
    if (value == function) return true;
  }
  return false;
}

bool module_holds(VM& vm, Value module, Value function) {
  if (!module.is_object() || module.object()->type != vm.types().module) return false;
  return dict_holds(module.as<Module>()->dict, function);
}

// __module__ of a module-level built-in function: the name of the module
// in sys.modules that holds it (pyvm's native functions do not record
// theirs). As CPython names the C modules, a private `_name` module (the
// functions of functools that `_functools` holds) and `posix` (os) win over
// the public module that re-exports them; None for a bound method or a
// function no native module holds.
Value native_function_module(VM& vm, Value self) {
  if (!self.as<NativeFunction>()->self.is_null()) return vm.none();
  if (vm.builtins() != nullptr && dict_holds(vm.builtins(), self)) {
    return Value::from_object(vm.intern("builtins"));
  }
  Value found;
  int64_t pos = 0;
  Value key;
  Value module;
  Str* file_key = vm.intern("__file__");
  while (dict_next(vm.modules(), &pos, &key, &module)) {
    if (!is_str(vm, key) || !module_holds(vm, module, self)) continue;
    // Modules loaded from source only re-export native functions.
    if (!dict_get_str(vm, module.as<Module>()->dict, file_key).is_null()) continue;
    std::string name = str_to_utf8(key.as<Str>());
    if (name == "os") return Value::from_object(vm.intern("posix"));  // os is posix's
    if (name == "posix" || (name.size() > 1 && name[0] == '_' && name[1] != '_')) return key;
    if (found.is_null()) found = key;
  }
  return found.is_null() ? vm.none() : found;
}

Value native_getattr(VM& vm, Value self, Str* name) {
  auto* f = self.as<NativeFunction>();
  if (str_equals_ascii(name, "__name__")) return Value::from_object(f->name);
  if (str_equals_ascii(name, "__qualname__")) {
    // A method of a type is qualified by the type's name (list.append).
    if (f->owner == nullptr) return Value::from_object(f->name);
    return Value::from_object(
        str_from_utf8(vm, str_to_utf8(f->owner->name) + "." + str_to_utf8(f->name)));
  }
  if (str_equals_ascii(name, "__self__")) return f->self.is_null() ? vm.none() : f->self;
  if (f->dict != nullptr) {
    Value v = dict_get_str(vm, f->dict, name);
    if (!v.is_null()) return v;
  }
  if (str_equals_ascii(name, "__doc__")) {  // a string, as CPython's built-ins have
    return Value::from_object(str_from_utf8(
        vm, str_to_utf8(f->name) + "(...): built-in (pyvm keeps no docstrings of built-ins)"));
  }
  if (str_equals_ascii(name, "__module__") && (f->owner == nullptr || !f->self.is_null())) {
    return native_function_module(vm, self);
  }
  // What the type and object define (len.__eq__, len.__reduce__...).
  Type* type = type_of(vm, self);
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

// Setting attributes of a built-in function: dunder names other than the
// built-in ones go to its dict (CPython's namedtuple.__new__ is a Python
// function that typing annotates); others raise CPython's AttributeError.
int native_setattr(VM& vm, Value self, Str* name, Value value) {
  auto* f = self.as<NativeFunction>();
  std::string key = str_to_utf8(name);
  bool dunder =
      key.size() > 4 && key.compare(0, 2, "__") == 0 && key.compare(key.size() - 2, 2, "__") == 0;
  bool builtin = key == "__name__" || key == "__qualname__" || key == "__self__" ||
                 key == "__doc__" || key == "__class__" || key == "__dict__";
  if (builtin) {
    raise(vm, vm.types().attribute_error,
          "attribute '" + key + "' of 'builtin_function_or_method' objects is not writable");
    return -1;
  }
  if (!dunder) {
    raise_attribute_error(vm, self, name);
    return -1;
  }
  if (value.is_null()) {
    int removed = f->dict == nullptr ? 0 : dict_del(vm, f->dict, Value::from_object(name));
    if (removed == 0) raise_attribute_error(vm, self, name);
    return removed > 0 ? 0 : -1;
  }
  if (f->dict == nullptr) vm.store_ref(f, &f->dict, dict_new(vm));
  dict_set_str(vm, f->dict, name, value);
  return 0;
}

Value cell_repr(VM& vm, Value self) {
  auto* cell = self.as<Cell>();
  std::string text = "<cell at " + address_of(self) + ": ";
  if (cell->contents.is_null()) {
    text += "empty>";
  } else {
    text += type_name(vm, cell->contents) + " object at " +
            (cell->contents.is_object() ? address_of(cell->contents) : std::string("?")) + ">";
  }
  return Value::from_object(str_from_utf8(vm, text));
}

std::string plural(int64_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

Function* function_new(VM& vm, Code* code, Dict* globals, Str* qualname) {
  auto* f = vm.allocate<Function>(vm.types().function);
  vm.store_ref(f, &f->code, code);
  vm.store_ref(f, &f->globals, globals);
  vm.store_ref(f, &f->builtins, vm.builtins());
  vm.store_ref(f, &f->name, code->name);
  vm.store_ref(f, &f->qualname, qualname != nullptr ? qualname : code->qualname);
  Value module = dict_get_str(vm, globals, vm.intern("__name__"));
  vm.store(f, &f->module, module);
  // A function's docstring is its first constant when that is a str.
  if (code->consts->length > 0 && code->consts->at(0).is_object() &&
      code->consts->at(0).object()->type == vm.types().str) {
    vm.store(f, &f->doc, code->consts->at(0));
  }
  return f;
}

Cell* cell_new(VM& vm, Value contents) {
  auto* cell = vm.allocate<Cell>(vm.types().cell);
  vm.store(cell, &cell->contents, contents);
  return cell;
}

Method* method_new(VM& vm, Value function, Value self) {
  auto* m = vm.allocate<Method>(vm.types().method);
  vm.store(m, &m->function, function);
  vm.store(m, &m->self, self);
  return m;
}

NativeFunction* native_function_new(VM& vm, const char* name, NativeFn fn, int min_args,
                                    int max_args, uint32_t flags) {
  auto* f = vm.allocate<NativeFunction>(vm.types().builtin_function);
  vm.store_ref(f, &f->name, vm.intern(name));
  f->fn = fn;
  f->min_args = min_args;
  f->max_args = max_args;
  f->flags = flags;
  return f;
}

void add_method(VM& vm, Type* type, const char* name, NativeFn fn, int min_args, int max_args,
                uint32_t flags) {
  NativeFunction* f = native_function_new(vm, name, fn, min_args, max_args, flags | kNativeMethod);
  vm.store_ref(f, &f->owner, type);
  dict_set_str(vm, type->dict, f->name, Value::from_object(f));
}

namespace {

// CPython qualifies a method's "takes exactly one argument" and "takes no
// arguments" errors with its type (list.append()), not a function's (len()).
std::string qualified_name(const NativeFunction* f) {
  std::string name = str_to_utf8(f->name);
  if ((f->flags & kNativeMethod) == 0 || f->owner == nullptr) return name;
  return type_name_of_type(f->owner) + "." + name;
}

// Raises the TypeError for `given` positional arguments outside f's bounds.
void raise_arg_count_error(VM& vm, const NativeFunction* f, int64_t given) {
  std::string name = str_to_utf8(f->name);
  std::string count = std::to_string(given);
  if (f->min_args == f->max_args && f->max_args <= 1) {
    std::string what =
        f->max_args == 0 ? "() takes no arguments (" : "() takes exactly one argument (";
    raise_type_error(vm, qualified_name(f) + what + count + " given)");
  } else if ((f->flags & kNativeTakesStyle) != 0) {
    bool few = given < f->min_args;
    int bound = few ? f->min_args : f->max_args;
    raise_type_error(vm, name + "() takes " + (few ? "at least " : "at most ") +
                             plural(bound, "argument") + " (" + count + " given)");
  } else if (f->min_args == f->max_args) {
    raise_type_error(vm, name + " expected " + plural(f->max_args, "argument") + ", got " + count);
  } else if (given < f->min_args) {
    raise_type_error(
        vm, name + " expected at least " + plural(f->min_args, "argument") + ", got " + count);
  } else {
    raise_type_error(
        vm, name + " expected at most " + plural(f->max_args, "argument") + ", got " + count);
  }
}

// TypeError for an unbound built-in method called on a receiver of another
// type, worded as CPython words it for slot wrappers and for methods.
void raise_receiver_type_error(VM& vm, const NativeFunction* f, const Type* receiver) {
  std::string name = str_to_utf8(f->name);
  std::string owner = type_name_of_type(f->owner);
  std::string given = type_name_of_type(receiver);
  if (is_slot_wrapper(vm, f->owner, name)) {
    raise_type_error(vm, "descriptor '" + name + "' requires a '" + owner +
                             "' object but received a '" + given + "'");
  } else {
    raise_type_error(vm, "descriptor '" + name + "' for '" + owner +
                             "' objects doesn't apply to a '" + given + "' object");
  }
}

}  // namespace

bool check_native_args(VM& vm, const NativeFunction* f, CallArgs args) {
  bool has_kw = args.kwnames != nullptr && args.kwnames->length > 0;
  // Built only for an error message: the success path must not allocate.
  auto name = [f] { return str_to_utf8(f->name); };
  if (has_kw && (f->flags & kNativeKeywords) == 0) {
    raise_type_error(vm, name() + "() takes no keyword arguments");
    return false;
  }
  int64_t given = static_cast<int64_t>(args.npos);
  // An unbound method call passes the receiver as the first argument.
  if ((f->flags & kNativeMethod) != 0 && f->self.is_null()) {
    if (given == 0) {
      raise_type_error(vm, "unbound method " + name() + "() needs an argument");
      return false;
    }
    // The receiver must be an instance of the method's type (str.upper(5));
    // a class receiver is left to the method (__new__ and class-level helpers
    // take the class as their first argument).
    Type* receiver = type_of(vm, args.args[0]);
    if (f->owner != nullptr && receiver != f->owner && !is_subtype(receiver, f->owner) &&
        !is_subtype(receiver, vm.types().type)) {
      raise_receiver_type_error(vm, f, receiver);
      return false;
    }
    --given;
  }
  if (given >= f->min_args && (f->max_args < 0 || given <= f->max_args)) return true;
  raise_arg_count_error(vm, f, given);
  return false;
}

void init_method_extras(VM& vm, Type* method);

void init_function_types(VM& vm) {
  Type* function = vm.types().function;
  function->instance_size = sizeof(Function);
  function->trace = trace_function;
  function->call = function_call;
  function->repr = function_repr;
  function->getattr = function_getattr;
  function->setattr = function_setattr;

  Type* cell = vm.types().cell;
  cell->instance_size = sizeof(Cell);
  cell->trace = trace_cell;
  cell->repr = cell_repr;

  Type* method = vm.types().method;
  method->instance_size = sizeof(Method);
  method->trace = trace_method;
  method->call = method_call;
  method->repr = method_repr;
  init_method_extras(vm, method);  // runtime/method_attributes.cpp

  Type* native = vm.types().builtin_function;
  native->instance_size = sizeof(NativeFunction);
  native->trace = trace_native;
  native->call = native_call;
  native->repr = native_repr;
  native->getattr = native_getattr;
  native->setattr = native_setattr;
}

}  // namespace pyvm::runtime
