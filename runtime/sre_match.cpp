// re.Match (group, groups, groupdict, start, end, span, expand, regs,
// lastindex, lastgroup, repr, m[g]) and _sre.SRE_Scanner (match, search)
// (see runtime/sre_module.h).
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/sre_module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

SreMatch* self_match(CallArgs args) { return args.args[0].as<SreMatch>(); }
SrePattern* match_pattern(SreMatch* m) { return m->pattern.as<SrePattern>(); }

// The group number `index` names (an int or a group name); raises
// IndexError("no such group") when there is none.
[[nodiscard]] bool group_number(VM& vm, SreMatch* m, Value index, int64_t* out) {
  int64_t i = -1;
  if (is_int(vm, index)) {
    if (!int_to_int64(vm, index, &i)) {
      vm.clear_exception();
      i = -1;
    }
  } else {
    Value found = dict_get(vm, match_pattern(m)->groupindex.as<Dict>(), index);
    if (found.is_null() && vm.has_exception()) return false;
    if (!found.is_null() && is_int(vm, found) && !int_to_int64(vm, found, &i)) return false;
  }
  if (i < 0 || i >= m->groups) {
    raise_index_error(vm, "no such group");
    return false;
  }
  *out = i;
  return true;
}

// The text of group `g`, or `fallback` when it did not take part.
Value group_value(VM& vm, SreMatch* m, int64_t g, Value fallback) {
  int64_t a = m->marks()[2 * g], b = m->marks()[2 * g + 1];
  if (a < 0) return fallback;
  SreSubject s;
  if (!sre_subject(vm, match_pattern(m), m->string, &s)) return Value::null();
  if (b > s.subject.length) b = s.subject.length;
  if (a > b) a = b;
  return sre_slice(vm, s, m->string, a, b);
}

Value group_by_index(VM& vm, SreMatch* m, Value index) {
  int64_t g;
  if (!group_number(vm, m, index, &g)) return Value::null();
  return group_value(vm, m, g, vm.none());
}

Value match_group(VM& vm, CallArgs args) {
  SreMatch* m = self_match(args);
  size_t n = args.npos - 1;
  if (n == 0) return group_value(vm, m, 0, vm.none());
  if (n == 1) return group_by_index(vm, m, args.args[1]);
  Tuple* t = tuple_new(vm, static_cast<int64_t>(n));
  for (size_t i = 0; i < n; ++i) {
    Value v = group_by_index(vm, m, args.args[i + 1]);
    if (v.is_null()) return v;
    tuple_init_item(vm, t, static_cast<int64_t>(i), v);
  }
  return Value::from_object(t);
}

Value match_getitem(VM& vm, Value self, Value key) {
  return group_by_index(vm, self.as<SreMatch>(), key);
}

Value match_getitem_method(VM& vm, CallArgs args) {
  return match_getitem(vm, args.args[0], args.args[1]);
}

[[nodiscard]] bool default_arg(VM& vm, CallArgs args, const char* name, Value* out) {
  Value a[1];
  if (!bind_args(vm, CallArgs{args.args + 1, args.npos - 1, args.kwnames}, {name, {"default"}, 0},
                 a)) {
    return false;
  }
  *out = a[0].is_null() ? vm.none() : a[0];
  return true;
}

Value match_groups(VM& vm, CallArgs args) {
  SreMatch* m = self_match(args);
  Value fallback;
  if (!default_arg(vm, args, "groups", &fallback)) return Value::null();
  Tuple* t = tuple_new(vm, m->groups - 1);
  for (int64_t g = 1; g < m->groups; ++g) {
    Value v = group_value(vm, m, g, fallback);
    if (v.is_null()) return v;
    tuple_init_item(vm, t, g - 1, v);
  }
  return Value::from_object(t);
}

Value match_groupdict(VM& vm, CallArgs args) {
  SreMatch* m = self_match(args);
  Value fallback;
  if (!default_arg(vm, args, "groupdict", &fallback)) return Value::null();
  Dict* out = dict_new(vm);
  Dict* index = match_pattern(m)->groupindex.as<Dict>();
  int64_t pos = 0;
  Value key, number;
  while (dict_next(index, &pos, &key, &number)) {
    int64_t g;
    if (!group_number(vm, m, key, &g)) return Value::null();
    Value v = group_value(vm, m, g, fallback);
    if (v.is_null() || dict_set(vm, out, key, v) < 0) return Value::null();
  }
  return Value::from_object(out);
}

// The group argument of start/end/span (default 0).
[[nodiscard]] bool span_group(VM& vm, CallArgs args, const char* name, int64_t* g) {
  if (args.npos > 2) {
    raise_type_error(vm, std::string(name) + " expected at most 1 argument, got " +
                             std::to_string(args.npos - 1));
    return false;
  }
  if (args.npos == 1) {
    *g = 0;
    return true;
  }
  return group_number(vm, self_match(args), args.args[1], g);
}

Value match_start(VM& vm, CallArgs args) {
  int64_t g;
  if (!span_group(vm, args, "start", &g)) return Value::null();
  return int_from_int64(vm, self_match(args)->marks()[2 * g]);
}

Value match_end(VM& vm, CallArgs args) {
  int64_t g;
  if (!span_group(vm, args, "end", &g)) return Value::null();
  return int_from_int64(vm, self_match(args)->marks()[2 * g + 1]);
}

Value span_tuple(VM& vm, SreMatch* m, int64_t g) {
  Value pair[2] = {int_from_int64(vm, m->marks()[2 * g]),
                   int_from_int64(vm, m->marks()[2 * g + 1])};
  return Value::from_object(tuple_from(vm, pair, 2));
}

Value match_span(VM& vm, CallArgs args) {
  int64_t g;
  if (!span_group(vm, args, "span", &g)) return Value::null();
  return span_tuple(vm, self_match(args), g);
}

// re._expand(pattern, match, template), as CPython's Match.expand.
Value match_expand(VM& vm, CallArgs args) {
  Value a[1];
  if (!bind_args(vm, CallArgs{args.args + 1, args.npos - 1, args.kwnames},
                 {"expand", {"template"}, 1}, a)) {
    return Value::null();
  }
  Value expand = module_attribute(vm, "re", "_expand");
  if (expand.is_null()) {
    return raise(vm, vm.types().runtime_error, "re._expand is missing (import re first)");
  }
  Value call_args[3] = {self_match(args)->pattern, args.args[0], a[0]};
  return call_positional(vm, expand, call_args, 3);
}

Value match_copy(VM& vm, CallArgs args) { return args.args[0]; }

Value match_regs(VM& vm, SreMatch* m) {
  if (!m->regs.is_null()) return m->regs;
  Tuple* t = tuple_new(vm, m->groups);
  for (int64_t g = 0; g < m->groups; ++g) tuple_init_item(vm, t, g, span_tuple(vm, m, g));
  vm.store(m, &m->regs, Value::from_object(t));
  return m->regs;
}

Value match_lastgroup(VM& vm, SreMatch* m) {
  Value indexgroup = match_pattern(m)->indexgroup;
  if (m->lastindex < 0 || !is_tuple(vm, indexgroup)) return vm.none();
  Tuple* t = indexgroup.as<Tuple>();
  if (m->lastindex >= t->length) return vm.none();
  return t->items()[m->lastindex];
}

Value match_getattr(VM& vm, Value self, Str* name) {
  auto* m = self.as<SreMatch>();
  if (str_equals_ascii(name, "string")) return m->string;
  if (str_equals_ascii(name, "re")) return m->pattern;
  if (str_equals_ascii(name, "pos")) return int_from_int64(vm, m->pos);
  if (str_equals_ascii(name, "endpos")) return int_from_int64(vm, m->endpos);
  if (str_equals_ascii(name, "lastindex")) {
    return m->lastindex < 0 ? vm.none() : int_from_int64(vm, m->lastindex);
  }
  if (str_equals_ascii(name, "lastgroup")) return match_lastgroup(vm, m);
  if (str_equals_ascii(name, "regs")) return match_regs(vm, m);
  Type* type = type_of(vm, self);
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

Value match_repr(VM& vm, Value self) {
  auto* m = self.as<SreMatch>();
  Value g0 = group_value(vm, m, 0, vm.none());
  if (g0.is_null()) return g0;
  Value r = repr(vm, g0);
  if (r.is_null()) return r;
  Str* rs = r.as<Str>();
  if (rs->length > 50) rs = str_substring(vm, rs, 0, 50);
  std::string out = "<re.Match object; span=(" + std::to_string(m->marks()[0]) + ", " +
                    std::to_string(m->marks()[1]) + "), match=" + str_to_utf8(rs) + ">";
  return Value::from_object(str_from_utf8(vm, out));
}

// ---- SRE_Scanner

Value scanner_step(VM& vm, CallArgs args, bool search) {
  auto* sc = args.args[0].as<SreScanner>();
  if (sc->pos < 0) return vm.none();
  auto* p = sc->pattern.as<SrePattern>();
  SreSubject s;
  if (!sre_subject(vm, p, sc->string, &s)) return Value::null();
  sre::Result r;
  Value st = sre_run(vm, p, s, sc->pos, sc->endpos, search, false, sc->must_advance != 0, &r);
  if (st.is_null()) return st;
  if (st == vm.none()) {
    sc->pos = -1;
    return st;
  }
  sc->must_advance = r.end == r.start ? 1 : 0;
  sc->pos = r.end;
  return sre_match_new(vm, p, sc->string, sc->first_pos, sc->endpos, r);
}

Value scanner_match(VM& vm, CallArgs args) { return scanner_step(vm, args, false); }
Value scanner_search(VM& vm, CallArgs args) { return scanner_step(vm, args, true); }

Value scanner_getattr(VM& vm, Value self, Str* name) {
  if (str_equals_ascii(name, "pattern")) return self.as<SreScanner>()->pattern;
  Type* type = type_of(vm, self);
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

}  // namespace

void init_sre_match_type(VM& vm, Type* t) {
  t->repr = match_repr;
  t->getattr = match_getattr;
  t->getitem = match_getitem;
  add_method(vm, t, "group", match_group, 0, -1, kNativeMethod);
  add_method(vm, t, "__getitem__", match_getitem_method, 1, 1, kNativeMethod);
  add_method(vm, t, "groups", match_groups, 0, 1, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "groupdict", match_groupdict, 0, 1, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "start", match_start, 0, -1, kNativeMethod);
  add_method(vm, t, "end", match_end, 0, -1, kNativeMethod);
  add_method(vm, t, "span", match_span, 0, -1, kNativeMethod);
  add_method(vm, t, "expand", match_expand, 0, 1, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "__copy__", match_copy, 0, 0, kNativeMethod);
  add_method(vm, t, "__deepcopy__", match_copy, 1, 1, kNativeMethod);
}

void init_sre_scanner_type(VM& vm, Type* t) {
  t->getattr = scanner_getattr;
  add_method(vm, t, "match", scanner_match, 0, 0, kNativeMethod);
  add_method(vm, t, "search", scanner_search, 0, 0, kNativeMethod);
}

}  // namespace pyvm::runtime
