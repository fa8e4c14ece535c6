// types.SimpleNamespace (runtime/simple_namespace.h): a class whose
// instances keep keyword arguments as attributes, shows them as
// `namespace(a=1, b=2)` and compare equal when their attributes are equal.
// It is built as a class with native methods, so instances get an ordinary
// attribute dict and user classes may derive from it.
#include "runtime/simple_namespace.h"

#include <algorithm>
#include <string>

#include "runtime/collections_module.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// SimpleNamespace.__init__(self, **kwargs)
Value namespace_init(VM& vm, CallArgs args) {
  if (args.npos > 1) return raise_type_error(vm, "no positional arguments expected");
  if (args.kwnames == nullptr) return vm.none();
  for (int64_t i = 0; i < args.kwnames->length; ++i) {
    Value key = args.kwnames->items()[i];
    if (set_attr(vm, args.args[0], key.as<Str>(), args.args[args.npos + i]) < 0) {
      return Value::null();
    }
  }
  return vm.none();
}

Value instance_dict(VM& vm, Value self) { return get_attr(vm, self, vm.intern("__dict__")); }

// The repr of every attribute, as `name=value` joined by ", " (the
// instance dict is read through the mapping protocol).
bool attributes_text(VM& vm, Value dict, std::string* out) {
  Value keys = get_iter(vm, dict);
  if (keys.is_null()) return false;
  bool first = true;
  while (true) {
    Value key = iter_next(vm, keys);
    if (key.is_null()) return !vm.has_exception();
    if (!is_str(vm, key)) continue;
    Value value = get_item(vm, dict, key);
    if (value.is_null()) return false;
    Value text = repr(vm, value);
    if (text.is_null()) return false;
    *out += (first ? "" : ", ") + str_to_utf8(key.as<Str>()) + "=" + str_to_utf8(text.as<Str>());
    first = false;
  }
}

// namespace(a=1, b=2); a subclass shows its own name; `namespace(...)` for
// an instance whose repr is already being computed.
Value namespace_repr(VM& vm, CallArgs args) {
  Value self = args.args[0];
  Type* t = type_of(vm, self);
  bool exact = str_equals_ascii(t->name, "SimpleNamespace");
  std::string name = exact ? "namespace" : str_to_utf8(t->name);
  auto& active = vm.repr_in_progress;
  if (std::find(active.begin(), active.end(), self.object()) != active.end()) {
    return Value::from_object(str_from_utf8(vm, name + "(...)"));
  }
  Value dict = instance_dict(vm, self);
  if (dict.is_null()) return dict;
  active.push_back(self.object());
  std::string text = name + "(";
  bool ok = attributes_text(vm, dict, &text);
  active.erase(std::find(active.begin(), active.end(), self.object()));
  if (!ok) return Value::null();
  return Value::from_object(str_from_utf8(vm, text + ")"));
}

// The namespace type: the class that owns these methods.
Type* namespace_type(VM& vm, Value self) {
  for (Type* t = type_of(vm, self); t != nullptr; t = t->base) {
    if (str_equals_ascii(t->name, "SimpleNamespace")) return t;
  }
  return nullptr;
}

Value namespace_compare(VM& vm, CallArgs args, CompareOp op) {
  Type* own = namespace_type(vm, args.args[0]);
  Value other = args.args[1];
  if (own == nullptr || !other.is_object() || !is_subtype(type_of(vm, other), own)) {
    return vm.not_implemented();
  }
  Value a = instance_dict(vm, args.args[0]);
  if (a.is_null()) return a;
  Value b = instance_dict(vm, other);
  if (b.is_null()) return b;
  return rich_compare(vm, a, b, op);
}

Value namespace_eq(VM& vm, CallArgs args) { return namespace_compare(vm, args, CompareOp::kEq); }
Value namespace_ne(VM& vm, CallArgs args) { return namespace_compare(vm, args, CompareOp::kNe); }

}  // namespace

Type* simple_namespace_type_new(VM& vm) {
  Dict* ns = dict_new(vm);
  dict_set_str(vm, ns, vm.intern("__module__"), Value::from_object(vm.intern("types")));
  dict_set_str(vm, ns, vm.intern("__hash__"), vm.none());
  Value base = Value::from_object(vm.types().object);
  Value cls = create_class(vm, vm.types().type, vm.intern("SimpleNamespace"),
                           tuple_from(vm, &base, 1), ns, nullptr);
  if (cls.is_null()) return nullptr;
  Type* t = cls.as<Type>();
  add_class_method(vm, t, "__init__", namespace_init, 0, -1, kNativeKeywords);
  add_class_method(vm, t, "__repr__", namespace_repr, 0, 0);
  add_class_method(vm, t, "__eq__", namespace_eq, 1, 1);
  add_class_method(vm, t, "__ne__", namespace_ne, 1, 1);
  return t;
}

}  // namespace pyvm::runtime
