// operator.itemgetter, attrgetter and methodcaller: callable objects that
// apply a fixed item lookup, attribute lookup or method call to their single
// argument, with CPython 3.11's reprs ("operator.itemgetter(1, 'a')").
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

void add_operator_getters(VM& vm, Dict* module_dict);

namespace {

// itemgetter: `first` the items (a tuple). attrgetter: `first` one tuple of
// interned name parts per dotted name, `second` the names as given.
// methodcaller: `first` the method name, `second` the positional arguments
// followed by the keyword values, `third` the keyword names (a tuple) or null.
struct Getter : Object {
  Value first;
  Value second;
  Value third;
  int64_t count;  // itemgetter/attrgetter: number of items; methodcaller: positional count
};

void getter_trace(Object* self, Tracer& tracer) {
  auto* g = static_cast<Getter*>(self);
  tracer.visit(g->first);
  tracer.visit(g->second);
  tracer.visit(g->third);
}

Getter* getter_new(VM& vm, Type* cls, Value first, Value second, Value third, int64_t count) {
  auto* g = vm.allocate<Getter>(cls);
  vm.store(g, &g->first, first);
  vm.store(g, &g->second, second);
  vm.store(g, &g->third, third);
  g->count = count;
  return g;
}

Tuple* args_tuple(VM& vm, CallArgs args) {
  return tuple_from(vm, args.args, static_cast<int64_t>(args.npos));
}

// "operator.NAME(repr(a), repr(b), ...)" plus an optional tail.
Value repr_call(VM& vm, const char* name, Tuple* items, int64_t count, const std::string& tail) {
  std::string out = std::string("operator.") + name + "(";
  for (int64_t i = 0; i < count; ++i) {
    Value r = repr(vm, items->at(i));
    if (r.is_null()) return r;
    if (i > 0) out += ", ";
    out += str_to_utf8(r.as<Str>());
  }
  out += tail + ")";
  return Value::from_object(str_from_utf8(vm, out));
}

// ---- itemgetter

Value itemgetter_construct(VM& vm, Type* cls, CallArgs args) {
  int64_t max = args.npos == 0 ? 1 : INT64_MAX;  // CPython: "expected 1 argument, got 0"
  if (!check_positional(vm, args, "itemgetter", 1, max)) return Value::null();
  Tuple* items = args_tuple(vm, args);
  return Value::from_object(
      getter_new(vm, cls, Value::from_object(items), Value::null(), Value::null(), items->length));
}

Value itemgetter_call(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, args, "itemgetter", 1, 1)) return Value::null();
  auto* g = self.as<Getter>();
  auto* items = g->first.as<Tuple>();
  if (g->count == 1) return get_item(vm, args.args[0], items->at(0));
  Tuple* out = tuple_new(vm, g->count);
  for (int64_t i = 0; i < g->count; ++i) {
    Value v = get_item(vm, args.args[0], items->at(i));
    if (v.is_null()) return v;
    tuple_init_item(vm, out, i, v);
  }
  return Value::from_object(out);
}

Value itemgetter_repr(VM& vm, Value self) {
  auto* g = self.as<Getter>();
  return repr_call(vm, "itemgetter", g->first.as<Tuple>(), g->count, "");
}

// ---- attrgetter

// The interned parts of a dotted name.
Value split_dotted(VM& vm, Str* name) {
  std::string text = str_to_utf8(name);
  int64_t parts = 1;
  for (char c : text) parts += c == '.' ? 1 : 0;
  Tuple* out = tuple_new(vm, parts);
  size_t start = 0;
  for (int64_t i = 0; i < parts; ++i) {
    size_t dot = text.find('.', start);
    std::string part =
        text.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    tuple_init_item(vm, out, i, Value::from_object(vm.intern(part)));
    start = dot + 1;
  }
  return Value::from_object(out);
}

Value attrgetter_construct(VM& vm, Type* cls, CallArgs args) {
  int64_t max = args.npos == 0 ? 1 : INT64_MAX;  // CPython: "expected 1 argument, got 0"
  if (!check_positional(vm, args, "attrgetter", 1, max)) return Value::null();
  Tuple* names = args_tuple(vm, args);
  Tuple* paths = tuple_new(vm, names->length);
  for (int64_t i = 0; i < names->length; ++i) {
    if (!is_str(vm, names->at(i))) return raise_type_error(vm, "attribute name must be a string");
    tuple_init_item(vm, paths, i, split_dotted(vm, names->at(i).as<Str>()));
  }
  return Value::from_object(getter_new(vm, cls, Value::from_object(paths),
                                       Value::from_object(names), Value::null(), names->length));
}

Value follow_path(VM& vm, Value object, Tuple* path) {
  for (int64_t i = 0; i < path->length && !object.is_null(); ++i) {
    object = get_attr(vm, object, path->at(i).as<Str>());
  }
  return object;
}

Value attrgetter_call(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, args, "attrgetter", 1, 1)) return Value::null();
  auto* g = self.as<Getter>();
  auto* paths = g->first.as<Tuple>();
  if (g->count == 1) return follow_path(vm, args.args[0], paths->at(0).as<Tuple>());
  Tuple* out = tuple_new(vm, g->count);
  for (int64_t i = 0; i < g->count; ++i) {
    Value v = follow_path(vm, args.args[0], paths->at(i).as<Tuple>());
    if (v.is_null()) return v;
    tuple_init_item(vm, out, i, v);
  }
  return Value::from_object(out);
}

Value attrgetter_repr(VM& vm, Value self) {
  auto* g = self.as<Getter>();
  return repr_call(vm, "attrgetter", g->second.as<Tuple>(), g->count, "");
}

// ---- methodcaller

Value methodcaller_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.npos == 0) {
    return raise_type_error(vm, "methodcaller needs at least one argument, the method name");
  }
  if (!is_str(vm, args.args[0])) return raise_type_error(vm, "method name must be a string");
  int64_t nkw = args.kwnames == nullptr ? 0 : args.kwnames->length;
  auto npos = static_cast<int64_t>(args.npos) - 1;
  Tuple* values = tuple_from(vm, args.args + 1, npos + nkw);
  Value kwnames = nkw == 0 ? Value::null() : Value::from_object(args.kwnames);
  Value name = Value::from_object(vm.intern(args.args[0].as<Str>()));
  return Value::from_object(getter_new(vm, cls, name, Value::from_object(values), kwnames, npos));
}

Value methodcaller_call(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, args, "methodcaller", 1, 1)) return Value::null();
  auto* g = self.as<Getter>();
  Value method = get_attr(vm, args.args[0], g->first.as<Str>());
  if (method.is_null()) return method;
  Tuple* kwnames = g->third.is_null() ? nullptr : g->third.as<Tuple>();
  return call(vm, method,
              CallArgs{g->second.as<Tuple>()->items(), static_cast<size_t>(g->count), kwnames});
}

Value methodcaller_repr(VM& vm, Value self) {
  auto* g = self.as<Getter>();
  auto* values = g->second.as<Tuple>();
  Value name = repr(vm, g->first);
  if (name.is_null()) return name;
  std::string tail;
  for (int64_t i = 0; !g->third.is_null() && i < g->third.as<Tuple>()->length; ++i) {
    Value r = repr(vm, values->at(g->count + i));
    if (r.is_null()) return r;
    tail +=
        ", " + str_to_utf8(g->third.as<Tuple>()->at(i).as<Str>()) + "=" + str_to_utf8(r.as<Str>());
  }
  std::string head = str_to_utf8(name.as<Str>()) + (g->count > 0 ? ", " : "");
  Value rest = repr_call(vm, "methodcaller", values, g->count, tail);
  if (rest.is_null()) return rest;
  std::string text = str_to_utf8(rest.as<Str>());
  text.insert(std::string("operator.methodcaller(").size(), head);
  return Value::from_object(str_from_utf8(vm, text));
}

void add_getter(VM& vm, Dict* d, const char* name, ConstructFn construct, CallFn call_fn,
                ReprFn repr_fn) {
  Type* t = module_type_new(vm, "operator", name, sizeof(Getter), getter_trace);
  t->construct = construct;
  t->call = call_fn;
  t->repr = repr_fn;
  dict_set_str(vm, d, t->name, Value::from_object(t));
}

}  // namespace

void add_operator_getters(VM& vm, Dict* d) {
  add_getter(vm, d, "itemgetter", itemgetter_construct, itemgetter_call, itemgetter_repr);
  add_getter(vm, d, "attrgetter", attrgetter_construct, attrgetter_call, attrgetter_repr);
  add_getter(vm, d, "methodcaller", methodcaller_construct, methodcaller_call, methodcaller_repr);
}

}  // namespace pyvm::runtime
