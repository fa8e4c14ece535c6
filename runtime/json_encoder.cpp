// `_json.make_encoder`: the one-shot encoder json.JSONEncoder uses when
// indent is None, with the C encoder's rules (int and float through their
// base type's repr, str subclasses as strings, list and tuple as arrays,
// keys converted or skipped or refused, "Circular reference detected",
// "Out of range float values are not JSON compliant", and the recursion
// limit "while encoding a JSON object"). Calling it returns a one-item list
// holding the whole document.
#include <cmath>
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

Value json_encode_basestring(VM& vm, Value s, bool ascii);  // runtime/json_module.cpp

namespace {

struct Encoder : Object {
  Value markers;  // dict or None
  Value default_fn;
  Value encoder;  // the string encoder
  Value indent;
  Value key_separator;
  Value item_separator;
  int64_t sort_keys;
  int64_t skipkeys;
  int64_t allow_nan;
  int64_t fast;  // 1: encoder is _json's ASCII encoder, 2: the non-ASCII one, 0: call it
};

void trace_encoder(Object* self, Tracer& tracer) {
  auto* e = static_cast<Encoder*>(self);
  for (Value* v : {&e->markers, &e->default_fn, &e->encoder, &e->indent, &e->key_separator,
                   &e->item_separator}) {
    tracer.visit(*v);
  }
}

struct Writer {
  VM& vm;
  Encoder* e;
  StrBuilder out;
  int depth = 0;
};

bool write_obj(Writer& w, Value obj);

bool write_str_value(Writer& w, Value s) {
  if (s.is_null()) return false;
  w.out.append(s.as<Str>());
  return true;
}

bool write_string(Writer& w, Value s) {
  VM& vm = w.vm;
  if (w.e->fast != 0) return write_str_value(w, json_encode_basestring(vm, s, w.e->fast == 1));
  Value r = call_positional(vm, w.e->encoder, &s, 1);
  if (r.is_null()) return false;
  if (!is_str(vm, r)) {
    raise_type_error(vm, "encoder() must return a string, not " + type_name(vm, r));
    return false;
  }
  return write_str_value(w, r);
}

bool write_float(Writer& w, Value v) {
  double d = float_value(v);
  if (!std::isfinite(d)) {
    if (w.e->allow_nan == 0) {
      raise_value_error(w.vm, "Out of range float values are not JSON compliant");
      return false;
    }
    w.out.append_ascii(std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    return true;
  }
  return write_str_value(w, w.vm.types().float_->repr(w.vm, v));
}

bool is_float_value(VM& vm, Value v) { return is_subtype(type_of(vm, v), vm.types().float_); }

// Enters a container: the circular-reference marker and the depth check.
bool enter(Writer& w, Value obj, Value* ident) {
  VM& vm = w.vm;
  if (++w.depth + vm.native_depth() > vm.recursion_limit()) {
    raise(vm, vm.types().recursion_error,
          "maximum recursion depth exceeded while encoding a JSON object");
    return false;
  }
  if (w.e->markers == vm.none()) return true;
  *ident = int_from_uint64(vm, reinterpret_cast<uint64_t>(obj.object()));
  Dict* markers = w.e->markers.as<Dict>();
  Value seen = dict_get(vm, markers, *ident);
  if (!seen.is_null()) {
    raise_value_error(vm, "Circular reference detected");
    return false;
  }
  if (vm.has_exception()) return false;
  return dict_set(vm, markers, *ident, obj) == 0;
}

bool leave(Writer& w, Value ident) {
  --w.depth;
  if (ident.is_null()) return true;
  return dict_del(w.vm, w.e->markers.as<Dict>(), ident) >= 0;
}

bool write_list(Writer& w, Value seq) {
  VM& vm = w.vm;
  Value items = is_list(vm, seq) ? seq : Value::from_object(list_from_iterable(vm, seq));
  if (items.is_null()) return false;
  if (items.as<List>()->length == 0) {
    w.out.append_ascii("[]");
    return true;
  }
  Value ident;
  if (!enter(w, seq, &ident)) return false;
  w.out.push('[');
  for (int64_t i = 0; i < items.as<List>()->length; ++i) {
    if (i > 0) w.out.append(w.e->item_separator.as<Str>());
    if (!write_obj(w, items.as<List>()->items[i])) return false;
  }
  w.out.push(']');
  return leave(w, ident);
}

// The key as a JSON string's content source, or null to skip it (or on
// error, with an exception pending).
Value key_text(Writer& w, Value key) {
  VM& vm = w.vm;
  if (is_str(vm, key)) return key;
  if (is_float_value(vm, key)) {
    StrBuilder saved = w.out;
    w.out = StrBuilder();
    if (!write_float(w, key)) return Value::null();
    Value text = Value::from_object(w.out.finish(vm));
    w.out = saved;
    return text;
  }
  if (key == vm.bool_value(true)) return Value::from_object(str_from_ascii(vm, "true"));
  if (key == vm.bool_value(false)) return Value::from_object(str_from_ascii(vm, "false"));
  if (key == vm.none()) return Value::from_object(str_from_ascii(vm, "null"));
  if (is_int(vm, key)) return vm.types().int_->repr(vm, key);
  if (w.e->skipkeys != 0) return Value::null();
  return raise_type_error(vm,
                          "keys must be str, int, float, bool or None, not " + type_name(vm, key));
}

Value dict_items_list(VM& vm, Value dct) {
  if (type_of(vm, dct) == vm.types().dict) {
    List* items = list_new(vm);
    int64_t pos = 0;
    Value key, value;
    while (dict_next(dct.as<Dict>(), &pos, &key, &value)) {
      Value pair[2] = {key, value};
      list_append(vm, items, Value::from_object(tuple_from(vm, pair, 2)));
    }
    return Value::from_object(items);
  }
  Value method = get_attr(vm, dct, vm.intern("items"));
  if (method.is_null()) return method;
  Value view = call_positional(vm, method, nullptr, 0);
  if (view.is_null()) return view;
  List* items = list_from_iterable(vm, view);
  return items == nullptr ? Value::null() : Value::from_object(items);
}

bool write_dict(Writer& w, Value dct) {
  VM& vm = w.vm;
  if (length(vm, dct) == 0) {
    w.out.append_ascii("{}");
    return !vm.has_exception();
  }
  Value ident;
  if (!enter(w, dct, &ident)) return false;
  Value items = dict_items_list(vm, dct);
  if (items.is_null()) return false;
  if (w.e->sort_keys != 0) {
    Value sort = get_attr(vm, items, vm.intern("sort"));
    if (sort.is_null() || call_positional(vm, sort, nullptr, 0).is_null()) return false;
  }
  w.out.push('{');
  bool first = true;
  for (int64_t i = 0; i < items.as<List>()->length; ++i) {
    Value item = items.as<List>()->items[i];
    if (!is_tuple(vm, item) || item.as<Tuple>()->length != 2) {
      raise_value_error(vm, "items must return 2-tuples");
      return false;
    }
    Value key = key_text(w, item.as<Tuple>()->at(0));
    if (key.is_null()) {
      if (vm.has_exception()) return false;
      continue;
    }
    if (!first) w.out.append(w.e->item_separator.as<Str>());
    first = false;
    if (!write_string(w, key)) return false;
    w.out.append(w.e->key_separator.as<Str>());
    if (!write_obj(w, item.as<Tuple>()->at(1))) return false;
  }
  w.out.push('}');
  return leave(w, ident);
}

bool write_default(Writer& w, Value obj) {
  VM& vm = w.vm;
  Value ident;
  if (!enter(w, obj, &ident)) return false;
  Value converted = call_positional(vm, w.e->default_fn, &obj, 1);
  if (converted.is_null() || !write_obj(w, converted)) return false;
  return leave(w, ident);
}

bool write_obj(Writer& w, Value obj) {
  VM& vm = w.vm;
  if (obj == vm.none()) {
    w.out.append_ascii("null");
  } else if (obj == vm.bool_value(true) || obj == vm.bool_value(false)) {
    w.out.append_ascii(obj == vm.bool_value(true) ? "true" : "false");
  } else if (is_str(vm, obj)) {
    return write_string(w, obj);
  } else if (is_int(vm, obj)) {
    return write_str_value(w, vm.types().int_->repr(vm, obj));
  } else if (is_float_value(vm, obj)) {
    return write_float(w, obj);
  } else if (is_list(vm, obj) || is_tuple(vm, obj)) {
    return write_list(w, obj);
  } else if (is_dict(vm, obj)) {
    return write_dict(w, obj);
  } else {
    return write_default(w, obj);
  }
  return true;
}

// encoder(obj, indent_level) -> [document]
Value encoder_call(VM& vm, Value self, CallArgs args) {
  Value p[2];
  if (!bind_args(vm, args, ArgSpec{"make_encoder", {"obj", "_current_indent_level"}, 2}, p)) {
    return Value::null();
  }
  Writer w{vm, self.as<Encoder>(), {}};
  if (!write_obj(w, p[0])) return Value::null();
  Value doc = Value::from_object(w.out.finish(vm));
  return Value::from_object(list_from(vm, &doc, 1));
}

bool is_json_function(VM& vm, Value v, const char* name) {
  Value fn = module_attribute(vm, "_json", name);
  return !fn.is_null() && fn == v;
}

Value encoder_construct(VM& vm, Type* cls, CallArgs args) {
  Value p[9];
  ArgSpec spec{"make_encoder",
               {"markers", "default", "encoder", "indent", "key_separator", "item_separator",
                "sort_keys", "skipkeys", "allow_nan"},
               9};
  if (!bind_args(vm, args, spec, p)) return Value::null();
  if (p[0] != vm.none() && !is_dict(vm, p[0])) {
    return raise_type_error(
        vm, "make_encoder() argument 1 must be dict or None, not " + type_name(vm, p[0]));
  }
  if (!is_str(vm, p[4]) || !is_str(vm, p[5])) {
    return raise_type_error(vm, "make_encoder() argument 5 must be str, not " +
                                    type_name(vm, is_str(vm, p[4]) ? p[5] : p[4]));
  }
  int flags[3];
  for (int i = 0; i < 3; ++i) {
    flags[i] = truth(vm, p[6 + i]);
    if (flags[i] < 0) return Value::null();
  }
  auto* e = vm.allocate<Encoder>(cls);
  Value* fields[] = {&e->markers, &e->default_fn,    &e->encoder,
                     &e->indent,  &e->key_separator, &e->item_separator};
  for (int i = 0; i < 6; ++i) vm.store(e, fields[i], p[i]);
  e->sort_keys = flags[0];
  e->skipkeys = flags[1];
  e->allow_nan = flags[2];
  e->fast = is_json_function(vm, p[2], "encode_basestring_ascii") ? 1
            : is_json_function(vm, p[2], "encode_basestring")     ? 2
                                                                  : 0;
  return Value::from_object(e);
}

}  // namespace

void add_json_encoder(VM& vm, Module* module) {
  Type* t = module_type_new(vm, "_json", "make_encoder", sizeof(Encoder), trace_encoder);
  t->construct = encoder_construct;
  t->call = encoder_call;
  dict_set_str(vm, module->dict, vm.intern("make_encoder"), Value::from_object(t));
}

}  // namespace pyvm::runtime
