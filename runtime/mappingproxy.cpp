// mappingproxy (see runtime/mappingproxy.h). Every slot and method forwards to
// the wrapped mapping, except item assignment and deletion, which raise.
#include "runtime/mappingproxy.h"

#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

Value mapping_of(Value self) { return self.as<MappingProxy>()->mapping; }

void trace_proxy(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<MappingProxy*>(self)->mapping);
}

Value proxy_repr(VM& vm, Value self) {
  Value inner = repr(vm, mapping_of(self));
  if (inner.is_null()) return inner;
  return Value::from_object(
      str_from_utf8(vm, "mappingproxy(" + str_to_utf8(inner.as<Str>()) + ")"));
}

Value proxy_str(VM& vm, Value self) { return str(vm, mapping_of(self)); }

int proxy_setitem(VM& vm, Value, Value, Value value) {
  raise_type_error(vm, std::string("'mappingproxy' object does not support item ") +
                           (value.is_null() ? "deletion" : "assignment"));
  return -1;
}

int64_t proxy_length(VM& vm, Value self) { return length(vm, mapping_of(self)); }

Value proxy_getitem(VM& vm, Value self, Value key) { return get_item(vm, mapping_of(self), key); }

int proxy_contains(VM& vm, Value self, Value item) { return contains(vm, mapping_of(self), item); }

Value proxy_iter(VM& vm, Value self) { return get_iter(vm, mapping_of(self)); }

Value proxy_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!a.is_object() || a.object()->type != vm.types().mappingproxy) return vm.not_implemented();
  return rich_compare(vm, mapping_of(a), b, op);
}

Value proxy_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (op != BinaryOp::kOr) return vm.not_implemented();
  Type* proxy = vm.types().mappingproxy;
  if (a.is_object() && a.object()->type == proxy) a = mapping_of(a);
  if (b.is_object() && b.object()->type == proxy) b = mapping_of(b);
  return binary_op(vm, op, a, b);
}

// Calls the wrapped mapping's method `name` with the arguments after self.
Value forward(VM& vm, CallArgs args, const char* name) {
  Value method = get_attr(vm, mapping_of(args.args[0]), vm.intern(name));
  if (method.is_null()) return method;
  return call_positional(vm, method, args.args + 1, args.npos - 1);
}

Value proxy_keys(VM& vm, CallArgs args) { return forward(vm, args, "keys"); }
Value proxy_values(VM& vm, CallArgs args) { return forward(vm, args, "values"); }
Value proxy_items(VM& vm, CallArgs args) { return forward(vm, args, "items"); }
Value proxy_get(VM& vm, CallArgs args) { return forward(vm, args, "get"); }
Value proxy_copy(VM& vm, CallArgs args) { return forward(vm, args, "copy"); }
Value proxy_reversed(VM& vm, CallArgs args) {
  Value f = dict_get_str(vm, vm.builtins(), vm.intern("reversed"));
  Value mapping = mapping_of(args.args[0]);
  return call_positional(vm, f, &mapping, 1);
}

bool is_mapping(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  if (is_subtype(t, vm.types().list) || is_subtype(t, vm.types().tuple)) return false;
  return t->getitem != nullptr;
}

// mappingproxy(mapping)
Value proxy_construct(VM& vm, Type*, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, "mappingproxy() takes no keyword arguments");
  }
  if (args.npos != 1) {
    return raise_type_error(
        vm, "mappingproxy() takes exactly one argument (" + std::to_string(args.npos) + " given)");
  }
  if (!is_mapping(vm, args.args[0])) {
    return raise_type_error(
        vm, "mappingproxy() argument must be a mapping, not " + type_name(vm, args.args[0]));
  }
  return mappingproxy_new(vm, args.args[0]);
}

}  // namespace

Value mappingproxy_new(VM& vm, Value mapping) {
  auto* proxy = vm.allocate<MappingProxy>(vm.types().mappingproxy);
  vm.store(proxy, &proxy->mapping, mapping);
  return Value::from_object(proxy);
}

void init_mappingproxy_type(VM& vm) {
  Type* t = vm.types().mappingproxy;
  t->instance_size = sizeof(MappingProxy);
  t->trace = trace_proxy;
  t->repr = proxy_repr;
  t->str = proxy_str;
  t->setitem = proxy_setitem;
  t->richcompare = proxy_richcompare;
  t->binary = proxy_binary;
  t->length = proxy_length;
  t->getitem = proxy_getitem;
  t->contains = proxy_contains;
  t->iter = proxy_iter;
  t->construct = proxy_construct;
  add_method(vm, t, "keys", proxy_keys, 0, 0, kNativeMethod);
  add_method(vm, t, "values", proxy_values, 0, 0, kNativeMethod);
  add_method(vm, t, "items", proxy_items, 0, 0, kNativeMethod);
  add_method(vm, t, "get", proxy_get, 1, 2, kNativeMethod);
  add_method(vm, t, "copy", proxy_copy, 0, 0, kNativeMethod);
  add_method(vm, t, "__reversed__", proxy_reversed, 0, 0, kNativeMethod);
}

}  // namespace pyvm::runtime
