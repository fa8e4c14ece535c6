// re.Pattern: match, fullmatch, search, findall, finditer, split, sub,
// subn, scanner, its attributes, repr, equality and hash (see
// runtime/sre_module.h).
#include <cstring>
#include <functional>
#include <string>
#include <string_view>

#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/sre_module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

SrePattern* self_pattern(CallArgs args) { return args.args[0].as<SrePattern>(); }

CallArgs without_self(CallArgs args) {
  return CallArgs{args.args + 1, args.npos - 1, args.kwnames};
}

// A string search in progress over one subject.
struct Scan {
  SrePattern* p;
  Value string;
  SreSubject s;
  int64_t start = 0;
  int64_t end = 0;
};

// Binds (string, pos=0, endpos=maxsize) and reads the subject.
[[nodiscard]] bool begin_scan(VM& vm, CallArgs args, const char* name, Scan* scan) {
  Value a[3];
  if (!bind_args(vm, without_self(args), {name, {"string", "pos", "endpos"}, 1}, a)) return false;
  scan->p = self_pattern(args);
  scan->string = a[0];
  if (!sre_subject(vm, scan->p, a[0], &scan->s)) return false;
  return sre_bounds(vm, a[1], a[2], scan->s.subject.length, &scan->start, &scan->end);
}

Value run_once(VM& vm, CallArgs args, const char* name, bool search, bool match_all) {
  Scan scan;
  if (!begin_scan(vm, args, name, &scan)) return Value::null();
  sre::Result r;
  Value st = sre_run(vm, scan.p, scan.s, scan.start, scan.end, search, match_all, false, &r);
  if (st.is_null() || st == vm.none()) return st;
  return sre_match_new(vm, scan.p, scan.string, scan.start, scan.end, r);
}

Value pattern_match(VM& vm, CallArgs args) { return run_once(vm, args, "match", false, false); }
Value pattern_fullmatch(VM& vm, CallArgs args) {
  return run_once(vm, args, "fullmatch", false, true);
}
Value pattern_search(VM& vm, CallArgs args) { return run_once(vm, args, "search", true, false); }

// Group `g` of a run as findall reports it (empty string when unmatched).
Value findall_group(VM& vm, const Scan& scan, const sre::Result& r, int64_t g) {
  size_t i = static_cast<size_t>(g - 1) * 2;
  int64_t a = r.marks[i], b = r.marks[i + 1];
  if (a < 0 || b < 0 || a > b) a = b = 0;
  return sre_slice(vm, scan.s, scan.string, a, b);
}

Value findall_item(VM& vm, const Scan& scan, const sre::Result& r) {
  int64_t groups = scan.p->groups;
  if (groups == 0) return sre_slice(vm, scan.s, scan.string, r.start, r.end);
  if (groups == 1) return findall_group(vm, scan, r, 1);
  Tuple* t = tuple_new(vm, groups);
  for (int64_t g = 1; g <= groups; ++g)
    tuple_init_item(vm, t, g - 1, findall_group(vm, scan, r, g));
  return Value::from_object(t);
}

Value pattern_findall(VM& vm, CallArgs args) {
  Scan scan;
  if (!begin_scan(vm, args, "findall", &scan)) return Value::null();
  List* out = list_new(vm);
  int64_t pos = scan.start;
  bool must_advance = false;
  while (pos <= scan.end) {
    sre::Result r;
    Value st = sre_run(vm, scan.p, scan.s, pos, scan.end, true, false, must_advance, &r);
    if (st.is_null()) return st;
    if (st == vm.none()) break;
    list_append(vm, out, findall_item(vm, scan, r));
    must_advance = r.end == r.start;
    pos = r.end;
  }
  return Value::from_object(out);
}

Value new_scanner(VM& vm, const Scan& scan) {
  auto* sc = vm.allocate<SreScanner>(sre_type(scan.p, 2));
  vm.store(sc, &sc->pattern, Value::from_object(scan.p));
  vm.store(sc, &sc->string, scan.string);
  sc->pos = scan.start;
  sc->first_pos = scan.start;
  sc->endpos = scan.end;
  sc->must_advance = 0;
  return Value::from_object(sc);
}

Value pattern_scanner(VM& vm, CallArgs args) {
  Scan scan;
  if (!begin_scan(vm, args, "scanner", &scan)) return Value::null();
  return new_scanner(vm, scan);
}

// iter(scanner.search, None), as CPython builds finditer.
Value pattern_finditer(VM& vm, CallArgs args) {
  Scan scan;
  if (!begin_scan(vm, args, "finditer", &scan)) return Value::null();
  Value scanner = new_scanner(vm, scan);
  Value search = get_attr(vm, scanner, vm.intern("search"));
  if (search.is_null()) return search;
  Value iter = dict_get_str(vm, vm.builtins(), vm.intern("iter"));
  if (iter.is_null()) return raise_type_error(vm, "finditer needs builtins.iter");
  Value pair[2] = {search, vm.none()};
  return call_positional(vm, iter, pair, 2);
}

Value pattern_split(VM& vm, CallArgs args) {
  Value a[2];
  if (!bind_args(vm, without_self(args), {"split", {"string", "maxsplit"}, 1}, a)) {
    return Value::null();
  }
  Scan scan;
  scan.p = self_pattern(args);
  scan.string = a[0];
  int64_t maxsplit = 0;
  if (!sre_subject(vm, scan.p, a[0], &scan.s)) return Value::null();
  if (!a[1].is_null() && !index_to_int64(vm, a[1], &maxsplit)) return Value::null();
  int64_t length = scan.s.subject.length;
  List* out = list_new(vm);
  int64_t last = 0, pos = 0, n = 0;
  bool must_advance = false;
  while (maxsplit == 0 || n < maxsplit) {
    sre::Result r;
    Value st = sre_run(vm, scan.p, scan.s, pos, length, true, false, must_advance, &r);
    if (st.is_null()) return st;
    if (st == vm.none()) break;
    list_append(vm, out, sre_slice(vm, scan.s, scan.string, last, r.start));
    for (int64_t g = 1; g <= scan.p->groups; ++g) {
      size_t i = static_cast<size_t>(g - 1) * 2;
      int64_t gs = r.marks[i], ge = r.marks[i + 1];
      bool ok = gs >= 0 && ge >= 0 && gs <= ge;
      list_append(vm, out, ok ? sre_slice(vm, scan.s, scan.string, gs, ge) : vm.none());
    }
    ++n;
    must_advance = r.end == r.start;
    last = pos = r.end;
  }
  list_append(vm, out, sre_slice(vm, scan.s, scan.string, last, length));
  return Value::from_object(out);
}

// True when `repl` is a str or bytes-like object without a backslash.
bool is_literal_template(VM& vm, Value repl) {
  if (is_str(vm, repl)) {
    Str* s = repl.as<Str>();
    for (int64_t i = 0; i < s->length; ++i) {
      if (s->at(i) == '\\') return false;
    }
    return true;
  }
  std::string storage;
  std::string_view view;
  if (!bytes_like_view(vm, repl, &storage, &view)) {
    vm.clear_exception();
    return false;
  }
  return view.find('\\') == std::string_view::npos;
}

// ''.join(parts) or b''.join(parts) with CPython's messages for bad items.
Value join_parts(VM& vm, bool bytes, List* parts) {
  int64_t n = length(vm, Value::from_object(parts));
  if (!bytes) {
    StrBuilder b;
    for (int64_t i = 0; i < n; ++i) {
      Value item = get_item(vm, Value::from_object(parts), Value::from_small_int(i));
      if (item.is_null()) return item;
      if (!is_str(vm, item)) {
        return raise_type_error(vm, "sequence item " + std::to_string(i) +
                                        ": expected str instance, " + type_name(vm, item) +
                                        " found");
      }
      b.append(item.as<Str>());
    }
    return Value::from_object(b.finish(vm));
  }
  std::string out;
  for (int64_t i = 0; i < n; ++i) {
    Value item = get_item(vm, Value::from_object(parts), Value::from_small_int(i));
    if (item.is_null()) return item;
    std::string storage;
    std::string_view view;
    if (!bytes_like_view(vm, item, &storage, &view)) {
      if (vm.has_exception()) return Value::null();
      return raise_type_error(vm, "sequence item " + std::to_string(i) +
                                      ": expected a bytes-like object, " + type_name(vm, item) +
                                      " found");
    }
    out.append(view);
  }
  return Value::from_object(bytes_new(vm, out));
}

// The replacement for sub/subn: `repl` itself when literal, else what
// re._subx makes of it. *is_callable tells whether to call it per match.
Value sub_filter(VM& vm, SrePattern* p, Value repl, bool* callable) {
  *callable = is_callable(vm, repl);
  if (*callable || is_literal_template(vm, repl)) return repl;
  Value subx = module_attribute(vm, "re", "_subx");
  if (subx.is_null()) {
    return raise(vm, vm.types().runtime_error, "re._subx is missing (import re first)");
  }
  Value pair[2] = {Value::from_object(p), repl};
  Value filter = call_positional(vm, subx, pair, 2);
  if (!filter.is_null()) *callable = is_callable(vm, filter);
  return filter;
}

Value substitute(VM& vm, CallArgs args, const char* name, bool with_count) {
  Value a[3];
  if (!bind_args(vm, without_self(args), {name, {"repl", "string", "count"}, 2}, a)) {
    return Value::null();
  }
  Scan scan;
  scan.p = self_pattern(args);
  scan.string = a[1];
  int64_t count = 0;
  if (!a[2].is_null() && !index_to_int64(vm, a[2], &count)) return Value::null();
  if (!sre_subject(vm, scan.p, a[1], &scan.s)) return Value::null();
  bool callable;
  Value filter = sub_filter(vm, scan.p, a[0], &callable);
  if (filter.is_null()) return filter;
  int64_t length = scan.s.subject.length;
  List* parts = list_new(vm);
  int64_t i = 0, pos = 0, n = 0;
  bool must_advance = false;
  while (count == 0 || n < count) {
    sre::Result r;
    Value st = sre_run(vm, scan.p, scan.s, pos, length, true, false, must_advance, &r);
    if (st.is_null()) return st;
    if (st == vm.none()) break;
    if (i < r.start) list_append(vm, parts, sre_slice(vm, scan.s, scan.string, i, r.start));
    Value item = filter;
    if (callable) {
      Value m = sre_match_new(vm, scan.p, scan.string, 0, length, r);
      item = call_positional(vm, filter, &m, 1);
      if (item.is_null()) return item;
    }
    if (item != vm.none()) list_append(vm, parts, item);
    i = r.end;
    ++n;
    must_advance = r.end == r.start;
    pos = r.end;
  }
  if (i < length) list_append(vm, parts, sre_slice(vm, scan.s, scan.string, i, length));
  Value result = join_parts(vm, scan.s.is_bytes, parts);
  if (result.is_null() || !with_count) return result;
  Value pair[2] = {result, int_from_int64(vm, n)};
  return Value::from_object(tuple_from(vm, pair, 2));
}

Value pattern_sub(VM& vm, CallArgs args) { return substitute(vm, args, "sub", false); }
Value pattern_subn(VM& vm, CallArgs args) { return substitute(vm, args, "subn", true); }

Value pattern_copy(VM& vm, CallArgs args) { return args.args[0]; }

const char* const kFlagNames[] = {"re.TEMPLATE",  "re.IGNORECASE", "re.LOCALE",
                                  "re.MULTILINE", "re.DOTALL",     "re.UNICODE",
                                  "re.VERBOSE",   "re.DEBUG",      "re.ASCII"};

Value pattern_repr(VM& vm, Value self) {
  auto* p = self.as<SrePattern>();
  Value r = repr(vm, p->pattern);
  if (r.is_null()) return r;
  Str* rs = r.as<Str>();
  if (rs->length > 200) rs = str_substring(vm, rs, 0, 200);
  std::string out = "re.compile(" + str_to_utf8(rs);
  int64_t flags = p->flags;
  if (p->is_bytes == 0 && (flags & (4 | 32 | 256)) == 32) flags &= ~int64_t{32};
  std::string names;
  for (int bit = 0; bit < 9; ++bit) {
    if ((flags & (int64_t{1} << bit)) == 0) continue;
    if (!names.empty()) names += "|";
    names += kFlagNames[bit];
    flags &= ~(int64_t{1} << bit);
  }
  if (flags != 0) {
    char hex[32];
    std::snprintf(hex, sizeof(hex), "0x%llx", static_cast<unsigned long long>(flags));
    if (!names.empty()) names += "|";
    names += hex;
  }
  if (!names.empty()) out += ", " + names;
  return Value::from_object(str_from_utf8(vm, out + ")"));
}

Value pattern_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || type_of(vm, a) != type_of(vm, b)) {
    return vm.not_implemented();
  }
  auto* x = a.as<SrePattern>();
  auto* y = b.as<SrePattern>();
  bool same = x == y;
  if (!same && x->flags == y->flags && x->is_bytes == y->is_bytes && x->code_size == y->code_size &&
      std::memcmp(x->code(), y->code(), static_cast<size_t>(x->code_size) * 4) == 0) {
    int eq = equals(vm, x->pattern, y->pattern);
    if (eq < 0) return Value::null();
    same = eq == 1;
  }
  return vm.bool_value(op == CompareOp::kEq ? same : !same);
}

int64_t pattern_hash(VM& vm, Value self) {
  auto* p = self.as<SrePattern>();
  int64_t h = hash(vm, p->pattern);
  if (h == -1) return -1;
  uint64_t code_hash = 1469598103934665603ull;
  for (int64_t i = 0; i < p->code_size; ++i) {
    code_hash = (code_hash ^ p->code()[i]) * 1099511628211ull;
  }
  h ^= static_cast<int64_t>(code_hash >> 1) ^ p->flags ^ p->is_bytes ^ p->code_size;
  return h == -1 ? -2 : h;
}

Value pattern_getattr(VM& vm, Value self, Str* name) {
  auto* p = self.as<SrePattern>();
  if (str_equals_ascii(name, "pattern")) return p->pattern;
  if (str_equals_ascii(name, "flags")) return int_from_int64(vm, p->flags);
  if (str_equals_ascii(name, "groups")) return int_from_int64(vm, p->groups);
  if (str_equals_ascii(name, "groupindex")) {
    return Value::from_object(dict_copy(vm, p->groupindex.as<Dict>()));
  }
  Type* type = type_of(vm, self);
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

}  // namespace

void init_sre_pattern_type(VM& vm, Type* t) {
  t->repr = pattern_repr;
  t->richcompare = pattern_richcompare;
  t->hash = pattern_hash;
  t->getattr = pattern_getattr;
  add_method(vm, t, "match", pattern_match, 0, 3, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "fullmatch", pattern_fullmatch, 0, 3, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "search", pattern_search, 0, 3, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "findall", pattern_findall, 0, 3, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "finditer", pattern_finditer, 0, 3, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "scanner", pattern_scanner, 0, 3, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "split", pattern_split, 0, 2, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "sub", pattern_sub, 0, 3, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "subn", pattern_subn, 0, 3, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "__copy__", pattern_copy, 0, 0, kNativeMethod);
  add_method(vm, t, "__deepcopy__", pattern_copy, 1, 1, kNativeMethod);
}

}  // namespace pyvm::runtime
