// `_json.make_scanner`: the scanner json.JSONDecoder uses, following
// CPython's C scanner (ASCII digits only in numbers, StopIteration(idx)
// where no value starts, "Expecting ..." JSONDecodeErrors at its positions,
// object keys shared through a memo dict cleared after each call, the
// parse_float/parse_int/parse_constant and object(_pairs)_hook callbacks,
// and the recursion limit "while decoding a JSON object/array from a unicode
// string").
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

// runtime/json_module.cpp
Value json_scan_string(VM& vm, Value doc, int64_t end, bool strict, int64_t* next_out);
Value json_raise_error(VM& vm, const char* message, Value doc, int64_t pos);

namespace {

struct Scanner : Object {
  Value object_hook;
  Value object_pairs_hook;
  Value parse_float;
  Value parse_int;
  Value parse_constant;
  Value memo;  // dict
  int64_t strict;
};

void trace_scanner(Object* self, Tracer& tracer) {
  auto* s = static_cast<Scanner*>(self);
  for (Value* v : {&s->object_hook, &s->object_pairs_hook, &s->parse_float, &s->parse_int,
                   &s->parse_constant, &s->memo}) {
    tracer.visit(*v);
  }
}

struct Scan {
  VM& vm;
  Scanner* scanner;
  Value doc;
  const Str* s;
  int64_t len;
  int depth = 0;
  uint32_t at(int64_t i) const { return s->at(i); }
  void skip_ws(int64_t* i) const {
    while (*i < len) {
      uint32_t c = at(*i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      ++*i;
    }
  }
};

Value scan_once(Scan& sc, int64_t idx, int64_t* next);

Value raise_stop(VM& vm, int64_t idx) {
  Value arg = int_from_int64(vm, idx);
  Value exc = call_positional(vm, Value::from_object(vm.types().stop_iteration), &arg, 1);
  if (exc.is_null()) return exc;
  return raise_value(vm, exc);
}

bool enter(Scan& sc, const char* what) {
  VM& vm = sc.vm;
  if (++sc.depth + vm.native_depth() > vm.recursion_limit()) {
    raise(vm, vm.types().recursion_error,
          std::string("maximum recursion depth exceeded while decoding a JSON ") + what +
              " from a unicode string");
    return false;
  }
  return true;
}

bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

Value match_number(Scan& sc, int64_t start, int64_t* next) {
  VM& vm = sc.vm;
  int64_t idx = start, end_idx = sc.len - 1;
  if (sc.at(idx) == '-') {
    ++idx;
    if (idx > end_idx) return raise_stop(vm, start);
  }
  uint32_t c = sc.at(idx);
  if (c >= '1' && c <= '9') {
    ++idx;
    while (idx <= end_idx && is_digit(sc.at(idx))) ++idx;
  } else if (c == '0') {
    ++idx;
  } else {
    return raise_stop(vm, start);
  }
  bool is_float = false;
  if (idx < end_idx && sc.at(idx) == '.' && is_digit(sc.at(idx + 1))) {
    is_float = true;
    idx += 2;
    while (idx <= end_idx && is_digit(sc.at(idx))) ++idx;
  }
  if (idx < end_idx && (sc.at(idx) == 'e' || sc.at(idx) == 'E')) {
    int64_t e_start = idx++;
    if (idx < end_idx && (sc.at(idx) == '-' || sc.at(idx) == '+')) ++idx;
    while (idx <= end_idx && is_digit(sc.at(idx))) ++idx;
    if (is_digit(sc.at(idx - 1))) {
      is_float = true;
    } else {
      idx = e_start;
    }
  }
  *next = idx;
  std::string text;
  for (int64_t i = start; i < idx; ++i) text.push_back(static_cast<char>(sc.at(i)));
  Value hook = is_float ? sc.scanner->parse_float : sc.scanner->parse_int;
  Type* plain = is_float ? vm.types().float_ : vm.types().int_;
  if (hook != Value::from_object(plain)) {
    Value arg = Value::from_object(str_from_ascii(vm, text));
    return call_positional(vm, hook, &arg, 1);
  }
  if (!is_float) return int_from_string(vm, text, 10);
  double d = 0;
  if (!float_parse(text, &d)) return raise_value_error(vm, "could not convert string to float");
  return float_new(vm, d);
}

Value parse_object(Scan& sc, int64_t idx, int64_t* next) {
  VM& vm = sc.vm;
  Scanner* s = sc.scanner;
  bool pairs_hook = s->object_pairs_hook != vm.none();
  Value result = pairs_hook ? Value::from_object(list_new(vm)) : Value::from_object(dict_new(vm));
  sc.skip_ws(&idx);
  if (idx >= sc.len || sc.at(idx) != '}') {
    while (true) {
      if (idx >= sc.len || sc.at(idx) != '"') {
        return json_raise_error(vm, "Expecting property name enclosed in double quotes", sc.doc,
                                idx);
      }
      int64_t after = 0;
      Value key = json_scan_string(vm, sc.doc, idx + 1, s->strict != 0, &after);
      if (key.is_null()) return key;
      Value memo = dict_get(vm, s->memo.as<Dict>(), key);
      if (memo.is_null()) {
        if (vm.has_exception() || dict_set(vm, s->memo.as<Dict>(), key, key) < 0) {
          return Value::null();
        }
      } else {
        key = memo;
      }
      idx = after;
      sc.skip_ws(&idx);
      if (idx >= sc.len || sc.at(idx) != ':') {
        return json_raise_error(vm, "Expecting ':' delimiter", sc.doc, idx);
      }
      ++idx;
      sc.skip_ws(&idx);
      Value value = scan_once(sc, idx, &after);
      if (value.is_null()) return value;
      if (pairs_hook) {
        Value pair[2] = {key, value};
        list_append(vm, result.as<List>(), Value::from_object(tuple_from(vm, pair, 2)));
      } else if (dict_set(vm, result.as<Dict>(), key, value) < 0) {
        return Value::null();
      }
      idx = after;
      sc.skip_ws(&idx);
      if (idx < sc.len && sc.at(idx) == '}') break;
      if (idx >= sc.len || sc.at(idx) != ',') {
        return json_raise_error(vm, "Expecting ',' delimiter", sc.doc, idx);
      }
      ++idx;
      sc.skip_ws(&idx);
    }
  }
  *next = idx + 1;
  if (pairs_hook) return call_positional(vm, s->object_pairs_hook, &result, 1);
  if (s->object_hook != vm.none()) return call_positional(vm, s->object_hook, &result, 1);
  return result;
}

Value parse_array(Scan& sc, int64_t idx, int64_t* next) {
  VM& vm = sc.vm;
  List* result = list_new(vm);
  sc.skip_ws(&idx);
  if (idx >= sc.len || sc.at(idx) != ']') {
    while (true) {
      int64_t after = 0;
      Value value = scan_once(sc, idx, &after);
      if (value.is_null()) return value;
      list_append(vm, result, value);
      idx = after;
      sc.skip_ws(&idx);
      if (idx < sc.len && sc.at(idx) == ']') break;
      if (idx >= sc.len || sc.at(idx) != ',') {
        return json_raise_error(vm, "Expecting ',' delimiter", sc.doc, idx);
      }
      ++idx;
      sc.skip_ws(&idx);
    }
  }
  *next = idx + 1;
  return Value::from_object(result);
}

// True when doc[idx:] starts with `word`.
bool starts_with(const Scan& sc, int64_t idx, const char* word) {
  for (int64_t k = 0; word[k] != 0; ++k) {
    if (idx + k >= sc.len || sc.at(idx + k) != static_cast<unsigned char>(word[k])) return false;
  }
  return true;
}

Value parse_constant(Scan& sc, const char* name, int64_t idx, int64_t* next) {
  Value arg = Value::from_object(str_from_ascii(sc.vm, name));
  *next = idx + static_cast<int64_t>(std::char_traits<char>::length(name));
  return call_positional(sc.vm, sc.scanner->parse_constant, &arg, 1);
}

Value scan_once(Scan& sc, int64_t idx, int64_t* next) {
  VM& vm = sc.vm;
  if (idx < 0) return raise_value_error(vm, "idx cannot be negative");
  if (idx >= sc.len) return raise_stop(vm, idx);
  switch (sc.at(idx)) {
    case '"':
      return json_scan_string(vm, sc.doc, idx + 1, sc.scanner->strict != 0, next);
    case '{': {
      if (!enter(sc, "object")) return Value::null();
      Value r = parse_object(sc, idx + 1, next);
      --sc.depth;
      return r;
    }
    case '[': {
      if (!enter(sc, "array")) return Value::null();
      Value r = parse_array(sc, idx + 1, next);
      --sc.depth;
      return r;
    }
    case 'n':
      if (starts_with(sc, idx, "null")) {
        *next = idx + 4;
        return vm.none();
      }
      break;
    case 't':
      if (starts_with(sc, idx, "true")) {
        *next = idx + 4;
        return vm.bool_value(true);
      }
      break;
    case 'f':
      if (starts_with(sc, idx, "false")) {
        *next = idx + 5;
        return vm.bool_value(false);
      }
      break;
    case 'N':
      if (starts_with(sc, idx, "NaN")) return parse_constant(sc, "NaN", idx, next);
      break;
    case 'I':
      if (starts_with(sc, idx, "Infinity")) return parse_constant(sc, "Infinity", idx, next);
      break;
    case '-':
      if (starts_with(sc, idx, "-Infinity")) return parse_constant(sc, "-Infinity", idx, next);
      break;
    default:
      break;
  }
  return match_number(sc, idx, next);
}

// scanner(string, idx) -> (value, end); StopIteration(idx) where no value
// starts.
Value scanner_call(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, args, "scan_once", 2, 2)) return Value::null();
  if (!is_str(vm, args.args[0])) {
    return raise_type_error(vm,
                            "first argument must be a string, not " + type_name(vm, args.args[0]));
  }
  int64_t idx = 0;
  if (!index_to_int64(vm, args.args[1], &idx)) return Value::null();
  auto* scanner = self.as<Scanner>();
  Scan sc{vm, scanner, args.args[0], args.args[0].as<Str>(), args.args[0].as<Str>()->length};
  int64_t next = 0;
  Value result = scan_once(sc, idx, &next);
  Dict* fresh = dict_new(vm);
  vm.store(scanner, &scanner->memo, Value::from_object(fresh));
  if (result.is_null()) return result;
  Value items[2] = {result, int_from_int64(vm, next)};
  return Value::from_object(tuple_from(vm, items, 2));
}

Value scanner_construct(VM& vm, Type* cls, CallArgs args) {
  Value p[1];
  if (!bind_args(vm, args, ArgSpec{"make_scanner", {"context"}, 1}, p)) return Value::null();
  const char* const kNames[] = {"object_hook", "object_pairs_hook", "parse_float", "parse_int",
                                "parse_constant"};
  Value values[5];
  Value strict = get_attr(vm, p[0], vm.intern("strict"));
  if (strict.is_null()) return strict;
  int strict_flag = truth(vm, strict);
  if (strict_flag < 0) return Value::null();
  for (int i = 0; i < 5; ++i) {
    values[i] = get_attr(vm, p[0], vm.intern(kNames[i]));
    if (values[i].is_null()) return Value::null();
  }
  auto* s = vm.allocate<Scanner>(cls);
  Value* fields[] = {&s->object_hook, &s->object_pairs_hook, &s->parse_float, &s->parse_int,
                     &s->parse_constant};
  for (int i = 0; i < 5; ++i) vm.store(s, fields[i], values[i]);
  vm.store(s, &s->memo, Value::from_object(dict_new(vm)));
  s->strict = strict_flag;
  return Value::from_object(s);
}

}  // namespace

void add_json_scanner(VM& vm, Module* module) {
  Type* t = module_type_new(vm, "_json", "make_scanner", sizeof(Scanner), trace_scanner);
  t->construct = scanner_construct;
  t->call = scanner_call;
  dict_set_str(vm, module->dict, vm.intern("make_scanner"), Value::from_object(t));
}

}  // namespace pyvm::runtime
