// The native `_string` module that Lib/string.py's Formatter uses:
// formatter_parser (split a str.format template into (literal, field name,
// format spec, conversion) tuples) and formatter_field_name_split (split a
// field name into its first part and its (is_attribute, key) accessors),
// with CPython 3.11's results and error messages. Both parse at the call,
// and return an iterator that yields the pieces parsed before any error and
// then raises it, so errors surface during iteration as in CPython.
#include "runtime/string_module.h"

#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// Yields the items of `items`, then raises ValueError(`error`) if set.
struct PendingIterator : Object {
  Value items;  // a list
  Value error;  // a str, or null
  int64_t index;
};

constexpr const char* kIteratorTypeKey = "_pending_iterator_type";

void pending_iterator_trace(Object* self, Tracer& tracer) {
  auto* it = static_cast<PendingIterator*>(self);
  tracer.visit(it->items);
  tracer.visit(it->error);
}

Value pending_iterator_next(VM& vm, Value self) {
  auto* it = self.as<PendingIterator>();
  auto* items = it->items.as<List>();
  if (it->index < items->length) return items->items[it->index++];
  if (it->error.is_null()) return Value::null();
  Value error = it->error;
  it->error = Value::null();
  return raise_value_error(vm, str_to_utf8(error.as<Str>()));
}

Type* create_pending_iterator_type(VM& vm) {
  Type* t = native_type_new(vm, "formatteriterator", vm.types().object, "_string");
  t->instance_size = sizeof(PendingIterator);
  t->trace = pending_iterator_trace;
  t->iter = [](VM&, Value self) { return self; };
  t->next = pending_iterator_next;
  add_iterator_methods(vm, t);
  return t;
}

// The iterator over `items` ending with the pending ValueError, if any (which
// it takes from the VM).
Value pending_iterator_new(VM& vm, List* items) {
  Value module = dict_get_str(vm, vm.modules(), vm.intern("_string"));
  Value type = module.is_null()
                   ? module
                   : dict_get_str(vm, module.as<Module>()->dict, vm.intern(kIteratorTypeKey));
  if (type.is_null()) {
    return raise(vm, vm.types().runtime_error, "pyvm: the _string module was replaced");
  }
  Value error;
  if (vm.has_exception()) {
    Value exc = vm.take_exception();
    error = str(vm, exc);
    if (error.is_null()) return Value::null();
  }
  auto* it = vm.allocate<PendingIterator>(type.as<Type>());
  vm.store(it, &it->items, Value::from_object(items));
  vm.store(it, &it->error, error);
  return Value::from_object(it);
}

Str* checked_str(VM& vm, Value v) {
  if (v.is_object() && is_subtype(type_of(vm, v), vm.types().str)) return v.as<Str>();
  raise_type_error(vm, "expected str, got " + type_name(vm, v));
  return nullptr;
}

Value raise_format_error(VM& vm, const char* message) { return raise_value_error(vm, message); }

// One parsed piece: literal text, then optionally a replacement field.
struct Piece {
  int64_t literal_start = 0, literal_end = 0;
  bool has_field = false;
  int64_t name_start = 0, name_end = 0;
  int64_t spec_start = 0, spec_end = 0;
  uint32_t conversion = 0;  // 0: none
};

// The field after a '{' at s[*i]: name, then '!' conversion, then ':' spec,
// up to the matching '}'. Returns false with ValueError pending.
bool parse_field(VM& vm, Str* s, int64_t* i, Piece* piece) {
  int64_t end = s->length;
  int64_t j = *i;
  bool in_brackets = false;
  uint32_t c = 0;
  for (; j < end; ++j) {
    c = s->at(j);
    if (c == '[') {
      in_brackets = true;
    } else if (c == ']') {
      in_brackets = false;
    } else if (!in_brackets && (c == '}' || c == ':' || c == '!')) {
      break;
    }
  }
  if (j >= end) {
    raise_format_error(vm, "expected '}' before end of string");
    return false;
  }
  piece->has_field = true;
  piece->name_start = *i;
  piece->name_end = j;
  ++j;
  if (c == '!') {
    if (j >= end) {
      raise_format_error(vm, "end of string while looking for conversion specifier");
      return false;
    }
    piece->conversion = s->at(j++);
    if (j < end) {
      c = s->at(j++);
      if (c != ':' && c != '}') {
        raise_format_error(vm, "expected ':' after conversion specifier");
        return false;
      }
    } else {
      c = 0;
    }
  }
  piece->spec_start = piece->spec_end = j;
  if (c == '}') {
    *i = j;
    return true;
  }
  int depth = 1;
  for (; j < end; ++j) {
    uint32_t d = s->at(j);
    if (d == '{') ++depth;
    if (d == '}' && --depth == 0) break;
  }
  if (j >= end) {
    raise_format_error(vm, "unmatched '{' in format spec");
    return false;
  }
  piece->spec_end = j;
  *i = j + 1;
  return true;
}

// The next piece starting at s[*i] (precondition: *i < length).
bool parse_piece(VM& vm, Str* s, int64_t* i, Piece* piece) {
  int64_t end = s->length;
  int64_t j = *i;
  piece->literal_start = j;
  while (j < end) {
    uint32_t c = s->at(j);
    if (c != '{' && c != '}') {
      ++j;
      continue;
    }
    bool doubled = j + 1 < end && s->at(j + 1) == c;
    if (doubled) {  // an escaped brace ends the piece, keeping one brace
      piece->literal_end = j + 1;
      *i = j + 2;
      return true;
    }
    if (c == '}') {
      raise_format_error(vm, "Single '}' encountered in format string");
      return false;
    }
    if (j + 1 >= end) {
      raise_format_error(vm, "Single '{' encountered in format string");
      return false;
    }
    piece->literal_end = j;
    *i = j + 1;
    return parse_field(vm, s, i, piece);
  }
  piece->literal_end = end;
  *i = end;
  return true;
}

Value piece_tuple(VM& vm, Str* s, const Piece& p) {
  Value items[4];
  items[0] = Value::from_object(str_substring(vm, s, p.literal_start, p.literal_end));
  if (!p.has_field) {
    items[1] = items[2] = items[3] = vm.none();
  } else {
    items[1] = Value::from_object(str_substring(vm, s, p.name_start, p.name_end));
    items[2] = Value::from_object(str_substring(vm, s, p.spec_start, p.spec_end));
    items[3] = p.conversion == 0 ? vm.none()
                                 : Value::from_object(str_from_codepoints(vm, &p.conversion, 1));
  }
  return Value::from_object(tuple_from(vm, items, 4));
}

// _string.formatter_parser(template) -> iterator of 4-tuples
Value formatter_parser(VM& vm, CallArgs args) {
  Str* s = checked_str(vm, args.args[0]);
  if (s == nullptr) return Value::null();
  List* out = list_new(vm);
  int64_t i = 0;
  while (i < s->length) {
    Piece piece;
    if (!parse_piece(vm, s, &i, &piece)) break;
    list_append(vm, out, piece_tuple(vm, s, piece));
  }
  return pending_iterator_new(vm, out);
}

// A field-name part: an int when it is all decimal digits, else the text.
Value name_part(VM& vm, Str* s, int64_t start, int64_t end) {
  Str* part = str_substring(vm, s, start, end);
  std::string digits = str_numeric_text(part);
  bool numeric = !digits.empty();
  for (char c : digits) numeric = numeric && c >= '0' && c <= '9';
  if (!numeric) return Value::from_object(part);
  return int_from_string(vm, digits, 10);
}

Value accessor(VM& vm, bool is_attribute, Value key) {
  Value items[2] = {vm.bool_value(is_attribute), key};
  return Value::from_object(tuple_from(vm, items, 2));
}

// Appends the accessors of s[i:] (".name" and "[key]" in any order) to out.
bool split_accessors(VM& vm, Str* s, int64_t i, List* out) {
  int64_t end = s->length;
  while (i < end) {
    uint32_t c = s->at(i++);
    int64_t start = i;
    if (c == '.') {
      while (i < end && s->at(i) != '.' && s->at(i) != '[') ++i;
      if (i == start) return !raise_format_error(vm, "Empty attribute in format string").is_null();
      list_append(vm, out, accessor(vm, true, Value::from_object(str_substring(vm, s, start, i))));
    } else if (c == '[') {
      while (i < end && s->at(i) != ']') ++i;
      if (i >= end) return !raise_format_error(vm, "Missing ']' in format string").is_null();
      if (i == start) return !raise_format_error(vm, "Empty attribute in format string").is_null();
      Value key = name_part(vm, s, start, i);
      if (key.is_null()) return false;
      list_append(vm, out, accessor(vm, false, key));
      ++i;
      if (i < end && s->at(i) != '.' && s->at(i) != '[') {
        return !raise_format_error(vm, "Only '.' or '[' may follow ']' in format field specifier")
                    .is_null();
      }
    } else {
      return !raise_format_error(vm, "Only '.' or '[' may follow ']' in format field specifier")
                  .is_null();
    }
  }
  return true;
}

// _string.formatter_field_name_split(name) -> (first, iterator of accessors)
Value formatter_field_name_split(VM& vm, CallArgs args) {
  Str* s = checked_str(vm, args.args[0]);
  if (s == nullptr) return Value::null();
  int64_t i = 0;
  while (i < s->length && s->at(i) != '.' && s->at(i) != '[') ++i;
  Value first = i == 0 ? Value::from_object(str_substring(vm, s, 0, 0)) : name_part(vm, s, 0, i);
  if (first.is_null()) return Value::null();
  List* rest = list_new(vm);
  split_accessors(vm, s, i, rest);  // an error is raised when iteration reaches it
  Value items[2] = {first, pending_iterator_new(vm, rest)};
  if (items[1].is_null()) return Value::null();
  return Value::from_object(tuple_from(vm, items, 2));
}

void add_function(VM& vm, Module* module, const char* name, NativeFn fn) {
  dict_set_str(vm, module->dict, vm.intern(name),
               Value::from_object(native_function_new(vm, name, fn, 1, 1)));
}

}  // namespace

Value create_string_module(VM& vm) {
  Module* module = module_new(vm, vm.intern("_string"));
  dict_set_str(vm, vm.modules(), module->name, Value::from_object(module));
  dict_set_str(vm, module->dict, vm.intern("__doc__"),
               Value::from_object(str_from_ascii(vm, "string helper module")));
  add_function(vm, module, "formatter_parser", formatter_parser);
  add_function(vm, module, "formatter_field_name_split", formatter_field_name_split);
  dict_set_str(vm, module->dict, vm.intern(kIteratorTypeKey),
               Value::from_object(create_pending_iterator_type(vm)));
  return Value::from_object(module);
}

}  // namespace pyvm::runtime
