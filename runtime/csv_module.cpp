// The native `_csv` module, created on first import, under CPython's csv.py:
// Dialect (validated formatting parameters), reader (a record parser over
// an iterator of lines), writer (writerow/writerows over a file's write),
// the dialect registry, field_size_limit, the QUOTE_* constants and Error.
//
// The reader is CPython's state machine: each line is fed character by
// character followed by an end-of-line marker, and a record may span lines
// inside a quoted field. The writer quotes a field when it contains the
// delimiter, the quote character or a line-terminator character (QUOTE_
// MINIMAL), always (QUOTE_ALL) or unless it is a number (QUOTE_NONNUMERIC),
// and escapes with escapechar under QUOTE_NONE.
#include "runtime/csv_module.h"

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr int64_t kQuoteMinimal = 0;
constexpr int64_t kQuoteAll = 1;
constexpr int64_t kQuoteNonNumeric = 2;
constexpr int64_t kQuoteNone = 3;
constexpr int32_t kNotSet = -1;
constexpr const char* kRegistryKey = "_pyvm_dialects";
constexpr const char* kLimitKey = "_pyvm_field_limit";

struct Dialect : Object {
  Value lineterminator;  // a str
  int64_t quoting;
  int32_t delimiter;
  int32_t quotechar;   // kNotSet: None
  int32_t escapechar;  // kNotSet: None
  int32_t doublequote;
  int32_t skipinitialspace;
  int32_t strict;
};

struct Reader : Object {
  Value input;  // the iterator of lines
  Value dialect;
  int64_t line_num;
};

struct Writer : Object {
  Value write;  // the file's bound write method
  Value dialect;
};

void trace_dialect(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<Dialect*>(self)->lineterminator);
}
void trace_reader(Object* self, Tracer& tracer) {
  auto* r = static_cast<Reader*>(self);
  tracer.visit(r->input);
  tracer.visit(r->dialect);
}
void trace_writer(Object* self, Tracer& tracer) {
  auto* w = static_cast<Writer*>(self);
  tracer.visit(w->write);
  tracer.visit(w->dialect);
}

Value module_value(VM& vm, const char* name) { return module_attribute(vm, "_csv", name); }

Value raise_csv_error(VM& vm, const std::string& message) {
  Value error = module_value(vm, "Error");
  if (error.is_null()) return raise(vm, vm.types().runtime_error, message);
  return raise(vm, error.as<Type>(), message);
}

Type* csv_type(VM& vm, const char* name) {
  Value t = module_value(vm, name);
  return t.is_object() ? t.as<Type>() : nullptr;
}

std::string char_text(int32_t c) {
  std::string out;
  str_append_utf8(&out, static_cast<uint32_t>(c));
  return out;
}

// ---- Dialect ----

constexpr const char* kDialectAttributes[] = {"delimiter",        "doublequote", "escapechar",
                                              "lineterminator",   "quotechar",   "quoting",
                                              "skipinitialspace", "strict"};

// A one-character parameter: *out is its code point, kNotSet for None when
// `allow_none`.
bool char_param(VM& vm, Value v, const char* name, bool allow_none, int32_t* out) {
  if (v == vm.none() && allow_none) {
    *out = kNotSet;
    return true;
  }
  if (!is_str(vm, v)) {
    raise_type_error(vm, std::string("\"") + name + "\" must be string" +
                             (allow_none ? " or None" : "") + ", not " + type_name(vm, v));
    return false;
  }
  if (v.as<Str>()->length != 1) {
    raise_type_error(vm, std::string("\"") + name + "\" must be a 1-character string");
    return false;
  }
  *out = static_cast<int32_t>(v.as<Str>()->at(0));
  return true;
}

bool bool_param(VM& vm, Value v, int32_t* out) {
  int t = truth(vm, v);
  if (t < 0) return false;
  *out = t;
  return true;
}

// Dialect(dialect=None, **params): the parameters of `dialect` (a
// registered name or any object with the attributes), overridden by params.
Value make_dialect(VM& vm, Type* type, Value base, Dict* params) {
  if (is_str(vm, base)) {
    Value registry = module_value(vm, kRegistryKey);
    Value found = registry.is_object() ? dict_get(vm, registry.as<Dict>(), base) : Value::null();
    if (found.is_null()) {
      if (vm.has_exception()) return Value::null();
      return raise_csv_error(vm, "unknown dialect");
    }
    base = found;
  }
  Value values[8];
  for (int i = 0; i < 8; ++i) {
    Str* name = vm.intern(kDialectAttributes[i]);
    values[i] = Value::null();
    if (params != nullptr) {
      Value v = dict_get_str(vm, params, name);
      if (!v.is_null()) {
        values[i] = v;
        continue;
      }
    }
    if (!base.is_null() && base != vm.none()) {
      Value v = get_attr(vm, base, name);
      if (v.is_null()) {
        if (!exception_matches(vm, vm.types().attribute_error)) return Value::null();
        vm.clear_exception();
      } else {
        values[i] = v;
      }
    }
  }
  auto* d = vm.allocate<Dialect>(type);
  Value result = Value::from_object(d);
  d->delimiter = ',';
  d->quotechar = '"';
  d->escapechar = kNotSet;
  d->doublequote = 1;
  d->quoting = kQuoteMinimal;
  vm.store(d, &d->lineterminator, Value::from_object(vm.intern("\r\n")));
  if (!values[0].is_null() && !char_param(vm, values[0], "delimiter", false, &d->delimiter)) {
    return Value::null();
  }
  if (!values[1].is_null() && !bool_param(vm, values[1], &d->doublequote)) return Value::null();
  if (!values[2].is_null() && !char_param(vm, values[2], "escapechar", true, &d->escapechar)) {
    return Value::null();
  }
  if (!values[3].is_null()) {
    if (!is_str(vm, values[3])) return raise_type_error(vm, "\"lineterminator\" must be a string");
    vm.store(d, &d->lineterminator, values[3]);
  }
  if (!values[4].is_null() && !char_param(vm, values[4], "quotechar", true, &d->quotechar)) {
    return Value::null();
  }
  if (!values[5].is_null()) {
    if (!is_int(vm, values[5]) || !int_to_int64(vm, values[5], &d->quoting) || d->quoting < 0 ||
        d->quoting > kQuoteNone) {
      vm.clear_exception();
      return raise_type_error(vm, "bad \"quoting\" value");
    }
  }
  if (!values[6].is_null() && !bool_param(vm, values[6], &d->skipinitialspace)) {
    return Value::null();
  }
  if (!values[7].is_null() && !bool_param(vm, values[7], &d->strict)) return Value::null();
  if (d->quotechar == kNotSet && values[4].is_null()) d->quotechar = '"';
  if (d->quoting != kQuoteNone && d->quotechar == kNotSet && !values[5].is_null()) {
    return raise_type_error(vm, "quotechar must be set if quoting enabled");
  }
  if (d->lineterminator.as<Str>()->length == 0) {
    return raise_type_error(vm, "lineterminator must be set");
  }
  return result;
}

// Splits keyword arguments into a dict; the first positional (if any) is
// the base dialect.
Dict* keyword_dict(VM& vm, CallArgs args) {
  if (args.kwnames == nullptr || args.kwnames->length == 0) return nullptr;
  Dict* params = dict_new(vm);
  for (int64_t i = 0; i < args.kwnames->length; ++i) {
    // kwnames are str: setting cannot fail
    dict_set_str(vm, params, args.kwnames->at(i).as<Str>(), args.args[args.npos + i]);
  }
  return params;
}

Value dialect_construct(VM& vm, Type* cls, CallArgs args) {
  Dict* params = keyword_dict(vm, args);
  Value base = args.npos > 0 ? args.args[0] : Value::null();
  if (params != nullptr) {
    Value named = dict_get_str(vm, params, vm.intern("dialect"));
    if (!named.is_null()) base = named;
  }
  return make_dialect(vm, cls, base, params);
}

Value char_value(VM& vm, int32_t c) {
  if (c == kNotSet) return vm.none();
  return Value::from_object(str_from_utf8(vm, char_text(c)));
}

Value dialect_getattr(VM& vm, Value self, Str* name) {
  auto* d = self.as<Dialect>();
  if (str_equals_ascii(name, "delimiter")) return char_value(vm, d->delimiter);
  if (str_equals_ascii(name, "quotechar")) return char_value(vm, d->quotechar);
  if (str_equals_ascii(name, "escapechar")) return char_value(vm, d->escapechar);
  if (str_equals_ascii(name, "lineterminator")) return d->lineterminator;
  if (str_equals_ascii(name, "quoting")) return Value::from_small_int(d->quoting);
  if (str_equals_ascii(name, "doublequote")) return vm.bool_value(d->doublequote != 0);
  if (str_equals_ascii(name, "skipinitialspace")) return vm.bool_value(d->skipinitialspace != 0);
  if (str_equals_ascii(name, "strict")) return vm.bool_value(d->strict != 0);
  Type* type = self.object()->type;
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

// The dialect of a reader/writer call: `dialect` positional or keyword,
// then the other keywords.
Value call_dialect(VM& vm, CallArgs args, int64_t first) {
  Type* type = csv_type(vm, "Dialect");
  if (type == nullptr) return raise(vm, vm.types().runtime_error, "pyvm: _csv.Dialect is missing");
  Dict* params = keyword_dict(vm, args);
  Value base = args.npos > static_cast<size_t>(first) ? args.args[first] : Value::null();
  if (params != nullptr) {
    Value named = dict_get_str(vm, params, vm.intern("dialect"));
    if (!named.is_null()) base = named;
  }
  if (base.is_null()) base = Value::from_object(vm.intern("excel"));
  return make_dialect(vm, type, base, params);
}

// ---- reader ----

enum class State {
  kStartRecord,
  kStartField,
  kEscapedChar,
  kInField,
  kInQuotedField,
  kEscapeInQuotedField,
  kQuoteInQuotedField,
  kEatCrnl,
  kAfterEscapedCrnl,
};

struct Parser {
  VM& vm;
  const Dialect* dialect;
  List* fields;
  std::u32string field;
  State state = State::kStartRecord;
  bool numeric = false;
  int64_t limit;
};

bool save_field(Parser& p) {
  std::string utf8;
  for (char32_t c : p.field) utf8 += char_text(static_cast<int32_t>(c));
  Value v = Value::from_object(str_from_utf8(p.vm, utf8));
  if (p.numeric) {
    p.numeric = false;
    v = call_positional(p.vm, Value::from_object(p.vm.types().float_), &v, 1);
    if (v.is_null()) return false;
  }
  list_append(p.vm, p.fields, v);
  p.field.clear();
  return true;
}

bool add_char(Parser& p, char32_t c) {
  if (static_cast<int64_t>(p.field.size()) >= p.limit) {
    raise_csv_error(p.vm, "field larger than field limit (" + std::to_string(p.limit) + ")");
    return false;
  }
  p.field.push_back(c);
  return true;
}

// Feeds one character; c == 0 marks the end of a line.
bool process_char(Parser& p, char32_t c) {
  const Dialect* d = p.dialect;
  auto is = [](char32_t ch, int32_t want) {
    return want != kNotSet && static_cast<int32_t>(ch) == want;
  };
  bool eol = c == '\n' || c == '\r' || c == 0;
  switch (p.state) {
    case State::kStartRecord:
      if (c == 0) return true;  // an empty line: an empty record
      if (c == '\n' || c == '\r') {
        p.state = State::kEatCrnl;
        return true;
      }
      p.state = State::kStartField;
      [[fallthrough]];
    case State::kStartField:
      if (eol) {
        if (!save_field(p)) return false;
        p.state = c == 0 ? State::kStartRecord : State::kEatCrnl;
      } else if (is(c, d->quotechar) && d->quoting != kQuoteNone) {
        p.state = State::kInQuotedField;
      } else if (is(c, d->escapechar)) {
        p.state = State::kEscapedChar;
      } else if (c == ' ' && d->skipinitialspace != 0) {
      } else if (is(c, d->delimiter)) {
        if (!save_field(p)) return false;
      } else {
        if (d->quoting == kQuoteNonNumeric) p.numeric = true;
        if (!add_char(p, c)) return false;
        p.state = State::kInField;
      }
      return true;
    case State::kEscapedChar:
      if (c == '\n' || c == '\r') {
        if (!add_char(p, c)) return false;
        p.state = State::kAfterEscapedCrnl;
        return true;
      }
      if (c == 0) c = '\n';
      if (!add_char(p, c)) return false;
      p.state = State::kInField;
      return true;
    case State::kAfterEscapedCrnl:
      if (c == 0) return true;
      [[fallthrough]];
    case State::kInField:
      if (eol) {
        if (!save_field(p)) return false;
        p.state = c == 0 ? State::kStartRecord : State::kEatCrnl;
      } else if (is(c, d->escapechar)) {
        p.state = State::kEscapedChar;
      } else if (is(c, d->delimiter)) {
        if (!save_field(p)) return false;
        p.state = State::kStartField;
      } else if (!add_char(p, c)) {
        return false;
      }
      return true;
    case State::kInQuotedField:
      if (c == 0) return true;
      if (is(c, d->escapechar)) {
        p.state = State::kEscapeInQuotedField;
      } else if (is(c, d->quotechar) && d->quoting != kQuoteNone) {
        p.state = d->doublequote != 0 ? State::kQuoteInQuotedField : State::kInField;
      } else if (!add_char(p, c)) {
        return false;
      }
      return true;
    case State::kEscapeInQuotedField:
      if (c == 0) c = '\n';
      if (!add_char(p, c)) return false;
      p.state = State::kInQuotedField;
      return true;
    case State::kQuoteInQuotedField:
      if (d->quoting != kQuoteNone && is(c, d->quotechar)) {
        if (!add_char(p, c)) return false;
        p.state = State::kInQuotedField;
      } else if (is(c, d->delimiter)) {
        if (!save_field(p)) return false;
        p.state = State::kStartField;
      } else if (eol) {
        if (!save_field(p)) return false;
        p.state = c == 0 ? State::kStartRecord : State::kEatCrnl;
      } else if (d->strict == 0) {
        if (!add_char(p, c)) return false;
        p.state = State::kInField;
      } else {
        raise_csv_error(p.vm, "'" + char_text(d->delimiter) + "' expected after '" +
                                  char_text(d->quotechar) + "'");
        return false;
      }
      return true;
    case State::kEatCrnl:
      if (c == '\n' || c == '\r') return true;
      if (c == 0) {
        p.state = State::kStartRecord;
        return true;
      }
      raise_csv_error(p.vm,
                      "new-line character seen in unquoted field - do you need to open the file "
                      "in universal-newline mode?");
      return false;
  }
  return true;
}

int64_t field_limit(VM& vm) {
  Value v = module_value(vm, kLimitKey);
  return v.is_small_int() ? v.small_int() : 131072;
}

Value reader_next(VM& vm, Value self) {
  auto* r = self.as<Reader>();
  Parser p{vm,    r->dialect.as<Dialect>(), list_new(vm), {}, State::kStartRecord,
           false, field_limit(vm)};
  Value fields = Value::from_object(p.fields);
  do {
    Value line = iter_next(vm, r->input);
    if (line.is_null()) {
      if (vm.has_exception()) return line;
      if (!p.field.empty() || p.state == State::kInQuotedField) {
        if (p.dialect->strict != 0) return raise_csv_error(vm, "unexpected end of data");
        if (!save_field(p)) return Value::null();
        break;
      }
      return Value::null();
    }
    if (!is_str(vm, line)) {
      return raise_csv_error(vm, "iterator should return strings, not " + type_name(vm, line) +
                                     " (the file should be opened in text mode)");
    }
    r->line_num++;
    Str* text = line.as<Str>();
    int64_t n = text->length;
    for (int64_t i = 0; i < n; ++i) {
      char32_t c = text->at(i);
      if (c == 0) return raise_csv_error(vm, "line contains NUL");
      if (!process_char(p, c)) return Value::null();
    }
    if (!process_char(p, 0)) return Value::null();
  } while (p.state != State::kStartRecord);
  return fields;
}

Value reader_getattr(VM& vm, Value self, Str* name) {
  auto* r = self.as<Reader>();
  if (str_equals_ascii(name, "dialect")) return r->dialect;
  if (str_equals_ascii(name, "line_num")) return int_from_int64(vm, r->line_num);
  Type* type = self.object()->type;
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

Value csv_reader(VM& vm, CallArgs args) {
  if (args.npos < 1) return raise_type_error(vm, "expected at least 1 argument, got 0");
  Value input = get_iter(vm, args.args[0]);
  if (input.is_null()) return input;
  Value dialect = call_dialect(vm, args, 1);
  if (dialect.is_null()) return dialect;
  Type* type = csv_type(vm, "Reader");
  auto* r = vm.allocate<Reader>(type);
  Value result = Value::from_object(r);
  vm.store(r, &r->input, input);
  vm.store(r, &r->dialect, dialect);
  return result;
}

// ---- writer ----

bool is_number(VM& vm, Value v) {
  if (is_int(vm, v)) return true;
  Type* t = type_of(vm, v);
  if (is_subtype(t, vm.types().float_) || is_subtype(t, vm.types().complex)) return true;
  return !type_lookup(vm, t, vm.intern("__index__")).is_null() ||
         !type_lookup(vm, t, vm.intern("__float__")).is_null() ||
         !type_lookup(vm, t, vm.intern("__int__")).is_null();
}

// Appends one field (null: None) to `out`.
bool append_field(VM& vm, const Dialect* d, Value field, bool quoted, bool first,
                  std::u32string* out) {
  std::u32string text;
  if (!field.is_null()) {
    Str* s = field.as<Str>();
    int64_t n = s->length;
    for (int64_t i = 0; i < n; ++i) text.push_back(s->at(i));
  }
  Str* terminator = d->lineterminator.as<Str>();
  auto in_terminator = [&](char32_t c) {
    int64_t n = terminator->length;
    for (int64_t i = 0; i < n; ++i) {
      if (terminator->at(i) == c) return true;
    }
    return false;
  };
  auto is = [](char32_t c, int32_t want) {
    return want != kNotSet && static_cast<int32_t>(c) == want;
  };
  std::u32string body;
  for (char32_t c : text) {
    bool special =
        is(c, d->delimiter) || is(c, d->escapechar) || is(c, d->quotechar) || in_terminator(c);
    if (special) {
      bool want_escape = false;
      if (d->quoting == kQuoteNone) {
        want_escape = true;
      } else {
        if (is(c, d->quotechar)) {
          if (d->doublequote != 0) {
            body.push_back(static_cast<char32_t>(d->quotechar));
          } else {
            want_escape = true;
          }
        } else if (is(c, d->escapechar)) {
          want_escape = true;
        }
        if (!want_escape) quoted = true;
      }
      if (want_escape) {
        if (d->escapechar == kNotSet) {
          raise_csv_error(vm, "need to escape, but no escapechar set");
          return false;
        }
        body.push_back(static_cast<char32_t>(d->escapechar));
      }
    }
    body.push_back(c);
  }
  if (!first) out->push_back(static_cast<char32_t>(d->delimiter));
  if (quoted) out->push_back(static_cast<char32_t>(d->quotechar));
  *out += body;
  if (quoted) out->push_back(static_cast<char32_t>(d->quotechar));
  return true;
}

Value writer_writerow(VM& vm, CallArgs args) {
  auto* w = args.args[0].as<Writer>();
  const auto* d = w->dialect.as<Dialect>();
  Value row = args.args[1];
  Value it = get_iter(vm, row);
  if (it.is_null()) {
    if (!exception_matches(vm, vm.types().type_error)) return it;
    vm.clear_exception();
    return raise_csv_error(vm, "iterable expected, not " + type_name(vm, row));
  }
  std::u32string line;
  int64_t count = 0;
  for (;;) {
    Value field = iter_next(vm, it);
    if (field.is_null()) {
      if (vm.has_exception()) return field;
      break;
    }
    bool quoted =
        d->quoting == kQuoteAll || (d->quoting == kQuoteNonNumeric && !is_number(vm, field));
    Value text = Value::null();
    if (is_str(vm, field)) {
      text = field;
    } else if (field != vm.none()) {
      text = str(vm, field);
      if (text.is_null()) return text;
    }
    if (d->quotechar == kNotSet && quoted) quoted = false;
    if (!append_field(vm, d, text, quoted, count == 0, &line)) return Value::null();
    ++count;
  }
  if (count == 1 && line.empty()) {
    if (d->quoting == kQuoteNone)
      return raise_csv_error(vm, "single empty field record must be quoted");
    if (!append_field(vm, d, Value::null(), true, true, &line)) return Value::null();
  }
  std::string utf8;
  for (char32_t c : line) utf8 += char_text(static_cast<int32_t>(c));
  utf8 += str_to_utf8(d->lineterminator.as<Str>());
  Value text = Value::from_object(str_from_utf8(vm, utf8));
  return call_positional(vm, w->write, &text, 1);
}

Value writer_writerows(VM& vm, CallArgs args) {
  Value it = get_iter(vm, args.args[1]);
  if (it.is_null()) return it;
  for (;;) {
    Value row = iter_next(vm, it);
    if (row.is_null()) {
      if (vm.has_exception()) return row;
      return vm.none();
    }
    Value call_args[2] = {args.args[0], row};
    if (writer_writerow(vm, CallArgs{call_args, 2, nullptr}).is_null()) return Value::null();
  }
}

Value writer_getattr(VM& vm, Value self, Str* name) {
  if (str_equals_ascii(name, "dialect")) return self.as<Writer>()->dialect;
  Type* type = self.object()->type;
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

Value csv_writer(VM& vm, CallArgs args) {
  if (args.npos < 1) return raise_type_error(vm, "expected at least 1 argument, got 0");
  Value write = get_attr(vm, args.args[0], vm.intern("write"));
  if (write.is_null()) {
    if (!exception_matches(vm, vm.types().attribute_error)) return write;
    vm.clear_exception();
    return raise_type_error(vm, "argument 1 must have a \"write\" method");
  }
  Value dialect = call_dialect(vm, args, 1);
  if (dialect.is_null()) return dialect;
  auto* w = vm.allocate<Writer>(csv_type(vm, "Writer"));
  Value result = Value::from_object(w);
  vm.store(w, &w->write, write);
  vm.store(w, &w->dialect, dialect);
  return result;
}

// ---- registry ----

Dict* registry(VM& vm) {
  Value r = module_value(vm, kRegistryKey);
  return r.is_object() ? r.as<Dict>() : nullptr;
}

Value csv_register_dialect(VM& vm, CallArgs args) {
  if (args.npos < 1) return raise_type_error(vm, "expected at least 1 argument, got 0");
  if (!is_str(vm, args.args[0])) return raise_type_error(vm, "dialect name must be a string");
  Value dialect = call_dialect(vm, args, 1);
  if (dialect.is_null()) return dialect;
  Dict* r = registry(vm);
  if (r == nullptr || dict_set(vm, r, args.args[0], dialect) < 0) return Value::null();
  return vm.none();
}

Value csv_unregister_dialect(VM& vm, CallArgs args) {
  Dict* r = registry(vm);
  int removed = r == nullptr ? 0 : dict_del(vm, r, args.args[0]);
  if (removed < 0) return Value::null();
  if (removed == 0) return raise_csv_error(vm, "unknown dialect");
  return vm.none();
}

Value csv_get_dialect(VM& vm, CallArgs args) {
  Dict* r = registry(vm);
  Value found = r == nullptr ? Value::null() : dict_get(vm, r, args.args[0]);
  if (found.is_null()) {
    if (vm.has_exception()) return found;
    return raise_csv_error(vm, "unknown dialect");
  }
  return found;
}

Value csv_list_dialects(VM& vm, CallArgs) {
  List* names = list_new(vm);
  Dict* r = registry(vm);
  int64_t pos = 0;
  Value key;
  Value value;
  while (r != nullptr && dict_next(r, &pos, &key, &value)) list_append(vm, names, key);
  return Value::from_object(names);
}

Value csv_field_size_limit(VM& vm, CallArgs args) {
  Value p[1];
  if (!bind_args(vm, args, ArgSpec{"field_size_limit", {"new_limit"}, 0, 1}, p)) {
    return Value::null();
  }
  int64_t old = field_limit(vm);
  if (!p[0].is_null()) {
    if (!is_int(vm, p[0])) return raise_type_error(vm, "limit must be an integer");
    int64_t limit;
    if (!int_to_int64(vm, p[0], &limit)) return Value::null();
    Value csv = dict_get_str(vm, vm.modules(), vm.intern("_csv"));
    if (csv.is_object()) {
      dict_set_str(vm, csv.as<Module>()->dict, vm.intern(kLimitKey), Value::from_small_int(limit));
    }
  }
  return int_from_int64(vm, old);
}

void put(VM& vm, Module* m, const char* name, Value v) {
  dict_set_str(vm, m->dict, vm.intern(name), v);
}

}  // namespace

Value create_csv_module(VM& vm) {
  Module* m = module_new(vm, vm.intern("_csv"));
  Type* error = native_type_new(vm, "Error", vm.types().exception, "_csv");
  native_type_copy_slots(error, vm.types().exception);
  put(vm, m, "Error", Value::from_object(error));
  Type* dialect = module_type_new(vm, "_csv", "Dialect", sizeof(Dialect), trace_dialect);
  dialect->construct = dialect_construct;
  dialect->getattr = dialect_getattr;
  put(vm, m, "Dialect", Value::from_object(dialect));
  Type* reader = module_type_new(vm, "_csv", "reader", sizeof(Reader), trace_reader);
  reader->iter = [](VM&, Value self) { return self; };
  reader->next = reader_next;
  reader->getattr = reader_getattr;
  put(vm, m, "Reader", Value::from_object(reader));
  Type* writer = module_type_new(vm, "_csv", "writer", sizeof(Writer), trace_writer);
  writer->getattr = writer_getattr;
  add_method(vm, writer, "writerow", writer_writerow, 1, 1);
  add_method(vm, writer, "writerows", writer_writerows, 1, 1);
  put(vm, m, "Writer", Value::from_object(writer));
  struct {
    const char* name;
    NativeFn fn;
    int min, max;
  } functions[] = {
      {"reader", csv_reader, 0, -1},
      {"writer", csv_writer, 0, -1},
      {"register_dialect", csv_register_dialect, 0, -1},
      {"unregister_dialect", csv_unregister_dialect, 1, 1},
      {"get_dialect", csv_get_dialect, 1, 1},
      {"list_dialects", csv_list_dialects, 0, 0},
      {"field_size_limit", csv_field_size_limit, 0, -1},
  };
  for (const auto& f : functions) {
    NativeFunction* native = native_function_new(vm, f.name, f.fn, f.min, f.max, kNativeKeywords);
    put(vm, m, f.name, Value::from_object(native));
  }
  put(vm, m, "QUOTE_MINIMAL", Value::from_small_int(kQuoteMinimal));
  put(vm, m, "QUOTE_ALL", Value::from_small_int(kQuoteAll));
  put(vm, m, "QUOTE_NONNUMERIC", Value::from_small_int(kQuoteNonNumeric));
  put(vm, m, "QUOTE_NONE", Value::from_small_int(kQuoteNone));
  put(vm, m, "__version__", Value::from_object(vm.intern("1.0")));
  put(vm, m, "__doc__", Value::from_object(vm.intern("CSV parsing and writing.")));
  put(vm, m, kRegistryKey, Value::from_object(dict_new(vm)));
  put(vm, m, kLimitKey, Value::from_small_int(131072));
  dict_set_str(vm, vm.modules(), m->name, Value::from_object(m));
  return Value::from_object(m);
}

}  // namespace pyvm::runtime
