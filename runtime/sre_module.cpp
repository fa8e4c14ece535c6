// The `_sre` module: its constants and functions, compile(), and the helpers
// the Pattern, Match and Scanner types share (see runtime/sre_module.h).
//
// The three types are not module attributes (as in CPython); the module's
// functions are bound to a tuple holding them, and every Pattern keeps that
// tuple, so the types stay alive and reachable without VM-global state.
#include "runtime/sre_module.h"

#include <cstring>
#include <string_view>

#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/generic_alias.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/pending_work.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

void pattern_trace(Object* self, Tracer& tracer) {
  auto* p = static_cast<SrePattern*>(self);
  tracer.visit(p->pattern);
  tracer.visit(p->groupindex);
  tracer.visit(p->indexgroup);
  tracer.visit(p->types);
}

void match_trace(Object* self, Tracer& tracer) {
  auto* m = static_cast<SreMatch*>(self);
  tracer.visit(m->string);
  tracer.visit(m->pattern);
  tracer.visit(m->regs);
}

void scanner_trace(Object* self, Tracer& tracer) {
  auto* s = static_cast<SreScanner*>(self);
  tracer.visit(s->pattern);
  tracer.visit(s->string);
}

// Reads one character code argument (an int).
[[nodiscard]] bool char_arg(VM& vm, Value v, uint32_t* out) {
  int64_t c;
  if (!is_int(vm, v)) {
    raise_type_error(vm, "an integer is required");
    return false;
  }
  if (!int_to_int64(vm, v, &c) || c < 0 || c > 0xFFFFFFFFLL) {
    if (!vm.has_exception()) raise_overflow_error(vm, "character code out of range");
    return false;
  }
  *out = static_cast<uint32_t>(c);
  return true;
}

Value ascii_iscased_fn(VM& vm, CallArgs args) {
  uint32_t c;
  if (!char_arg(vm, args.args[0], &c)) return Value::null();
  return vm.bool_value(sre::ascii_iscased(c));
}

Value unicode_iscased_fn(VM& vm, CallArgs args) {
  uint32_t c;
  if (!char_arg(vm, args.args[0], &c)) return Value::null();
  return vm.bool_value(sre::unicode_iscased(c));
}

Value ascii_tolower_fn(VM& vm, CallArgs args) {
  uint32_t c;
  if (!char_arg(vm, args.args[0], &c)) return Value::null();
  return int_from_int64(vm, sre::lower_ascii(c));
}

Value unicode_tolower_fn(VM& vm, CallArgs args) {
  uint32_t c;
  if (!char_arg(vm, args.args[0], &c)) return Value::null();
  return int_from_int64(vm, sre::lower_unicode(c));
}

Value getcodesize_fn(VM& vm, CallArgs args) { return Value::from_small_int(4); }

// Copies the code list into the pattern's trailing words.
[[nodiscard]] bool read_code(VM& vm, Value code, std::vector<uint32_t>* out) {
  if (!is_list(vm, code)) {
    raise_type_error(vm, "compile() argument 'code' must be list, not " + type_name(vm, code));
    return false;
  }
  int64_t n = length(vm, code);
  for (int64_t i = 0; i < n; ++i) {
    Value item = get_item(vm, code, Value::from_small_int(i));
    if (item.is_null()) return false;
    int64_t word;
    if (!is_int(vm, item)) {
      raise_type_error(vm, "an integer is required");
      return false;
    }
    if (!int_to_int64(vm, item, &word) || word < 0 || word > 0xFFFFFFFFLL) {
      vm.clear_exception();
      raise_overflow_error(vm, "regular expression code size limit exceeded");
      return false;
    }
    out->push_back(static_cast<uint32_t>(word));
  }
  return true;
}

// compile(pattern, flags, code, groups, groupindex, indexgroup)
Value compile_fn(VM& vm, CallArgs args) {
  Value a[6];
  CallArgs rest{args.args + 1, args.npos - 1, args.kwnames};
  if (!bind_args(vm, rest,
                 {"compile", {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 6},
                 a)) {
    return Value::null();
  }
  std::vector<uint32_t> code;
  int64_t flags, groups;
  if (!read_code(vm, a[2], &code)) return Value::null();
  if (!index_to_int64(vm, a[1], &flags) || !index_to_int64(vm, a[3], &groups)) {
    return Value::null();
  }
  if (!is_dict(vm, a[4]))
    return raise_type_error(vm, "compile() argument 'groupindex' must be dict");
  if (!is_tuple(vm, a[5])) {
    return raise_type_error(vm, "compile() argument 'indexgroup' must be tuple");
  }
  int64_t is_bytes = -1;
  if (is_str(vm, a[0])) {
    is_bytes = 0;
  } else if (a[0] != vm.none()) {
    std::string storage;
    std::string_view view;
    if (!bytes_like_view(vm, a[0], &storage, &view)) {
      if (vm.has_exception()) return Value::null();
      return raise_type_error(
          vm, "expected string or bytes-like object, got '" + type_name(vm, a[0]) + "'");
    }
    is_bytes = 1;
  }
  Value types = args.args[0];
  Type* t = types.as<Tuple>()->items()[0].as<Type>();
  auto* p = vm.allocate<SrePattern>(t, code.size() * sizeof(uint32_t));
  vm.store(p, &p->pattern, a[0]);
  vm.store(p, &p->groupindex, Value::from_object(dict_copy(vm, a[4].as<Dict>())));
  vm.store(p, &p->indexgroup, a[5]);
  vm.store(p, &p->types, types);
  p->flags = flags;
  p->groups = groups;
  p->code_size = static_cast<int64_t>(code.size());
  p->is_bytes = is_bytes;
  if (!code.empty()) std::memcpy(p->code(), code.data(), code.size() * sizeof(uint32_t));
  return Value::from_object(p);
}

bool poll_vm(void* context) {
  VM& vm = *static_cast<VM*>(context);
  if (!vm.has_pending_work()) return true;
  return vm::run_pending_work(vm) == 0 && !vm.has_exception();
}

void add_value(VM& vm, Module* m, const char* name, Value v) {
  dict_set_str(vm, m->dict, vm.intern(name), v);
}

void add_function(VM& vm, Module* m, const char* name, NativeFn fn, int min_args, int max_args,
                  Value self = Value::null()) {
  NativeFunction* f =
      native_function_new(vm, name, fn, min_args, max_args,
                          self.is_null() ? 0u : static_cast<uint32_t>(kNativeKeywords));
  if (!self.is_null()) vm.store(f, &f->self, self);
  add_value(vm, m, name, Value::from_object(f));
}

Type* new_type(VM& vm, const char* module, const char* name, uint32_t size, TraceFn trace) {
  // The code or the marks follow the header: allocations add them.
  return module_type_new(vm, module, name, size, trace);
}

}  // namespace

Type* sre_type(SrePattern* p, int index) { return p->types.as<Tuple>()->items()[index].as<Type>(); }

bool sre_subject(VM& vm, SrePattern* pattern, Value string, SreSubject* out) {
  if (is_str(vm, string)) {
    Str* s = string.as<Str>();
    out->subject = {s->data1(), s->kind, s->length};
    out->is_bytes = false;
  } else {
    std::string_view view;
    if (!bytes_like_view(vm, string, &out->storage, &view)) {
      if (vm.has_exception()) return false;
      raise_type_error(vm,
                       "expected string or bytes-like object, got '" + type_name(vm, string) + "'");
      return false;
    }
    out->subject = {view.data(), 1, static_cast<int64_t>(view.size())};
    out->is_bytes = true;
  }
  if (pattern->is_bytes == 0 && out->is_bytes) {
    raise_type_error(vm, "cannot use a string pattern on a bytes-like object");
    return false;
  }
  if (pattern->is_bytes == 1 && !out->is_bytes) {
    raise_type_error(vm, "cannot use a bytes pattern on a string-like object");
    return false;
  }
  return true;
}

Value sre_slice(VM& vm, const SreSubject& s, Value string, int64_t start, int64_t end) {
  if (!s.is_bytes) return Value::from_object(str_substring(vm, string.as<Str>(), start, end));
  if (is_bytes(vm, string) && type_of(vm, string) == vm.types().bytes && start == 0 &&
      end == s.subject.length) {
    return string;
  }
  const char* data = static_cast<const char*>(s.subject.data);
  return Value::from_object(
      bytes_new(vm, std::string_view(data + start, static_cast<size_t>(end - start))));
}

Value sre_run(VM& vm, SrePattern* p, const SreSubject& s, int64_t start, int64_t end, bool search,
              bool match_all, bool must_advance, sre::Result* result) {
  sre::Request req;
  req.code = p->code();
  req.code_size = p->code_size;
  req.groups = p->groups;
  req.subject = s.subject;
  req.start = start;
  req.end = end;
  req.match_all = match_all;
  req.must_advance = must_advance;
  req.poll = poll_vm;
  req.poll_context = &vm;
  sre::Status st = search ? sre::search(req, result) : sre::match(req, result);
  switch (st) {
    case sre::Status::kMatch:
      return vm.true_value();
    case sre::Status::kNoMatch:
      return vm.none();
    case sre::Status::kInterrupted:
      if (!vm.has_exception())
        raise(vm, vm.types().runtime_error, "regular expression interrupted");
      return Value::null();
    case sre::Status::kInternalError:
      break;
  }
  return raise(vm, vm.types().runtime_error, "internal error in regular expression engine");
}

Value sre_match_new(VM& vm, SrePattern* p, Value string, int64_t pos, int64_t endpos,
                    const sre::Result& r) {
  int64_t groups = p->groups + 1;
  auto* m =
      vm.allocate<SreMatch>(sre_type(p, 1), static_cast<size_t>(groups) * 2 * sizeof(int64_t));
  vm.store(m, &m->string, string);
  vm.store(m, &m->pattern, Value::from_object(p));
  m->pos = pos;
  m->endpos = endpos;
  m->lastindex = r.lastindex;
  m->groups = groups;
  int64_t* marks = m->marks();
  marks[0] = r.start;
  marks[1] = r.end;
  for (int64_t g = 1; g < groups; ++g) {
    size_t i = static_cast<size_t>(g - 1) * 2;
    int64_t a = i + 1 < r.marks.size() ? r.marks[i] : -1;
    int64_t b = i + 1 < r.marks.size() ? r.marks[i + 1] : -1;
    bool ok = a >= 0 && b >= 0 && a <= b;
    marks[2 * g] = ok ? a : -1;
    marks[2 * g + 1] = ok ? b : -1;
  }
  return Value::from_object(m);
}

bool sre_bounds(VM& vm, Value pos, Value endpos, int64_t length, int64_t* start, int64_t* end) {
  *start = 0;
  *end = length;
  if (!pos.is_null() && !index_to_int64(vm, pos, start)) return false;
  if (!endpos.is_null() && !index_to_int64(vm, endpos, end)) return false;
  if (*start < 0) *start = 0;
  if (*start > length) *start = length;
  if (*end < 0) *end = 0;
  if (*end > length) *end = length;
  return true;
}

void create_sre_module(VM& vm) {
  Type* pattern = new_type(vm, "re", "Pattern", sizeof(SrePattern), pattern_trace);
  Type* match = new_type(vm, "re", "Match", sizeof(SreMatch), match_trace);
  Type* scanner = module_type_new(vm, "_sre", "SRE_Scanner", sizeof(SreScanner), scanner_trace);
  init_sre_pattern_type(vm, pattern);
  init_sre_match_type(vm, match);
  init_sre_scanner_type(vm, scanner);
  add_class_getitem(vm, pattern);  // re.Pattern[str] (runtime/generic_alias.h)
  add_class_getitem(vm, match);
  Value type_values[3] = {Value::from_object(pattern), Value::from_object(match),
                          Value::from_object(scanner)};
  Value types = Value::from_object(tuple_from(vm, type_values, 3));

  Module* m = module_new(vm, vm.intern("_sre"));
  dict_set_str(vm, vm.modules(), m->name, Value::from_object(m));
  add_value(vm, m, "MAGIC", Value::from_small_int(sre::kMagic));
  add_value(vm, m, "CODESIZE", Value::from_small_int(4));
  add_value(vm, m, "MAXREPEAT", int_from_int64(vm, sre::kMaxRepeat));
  add_value(vm, m, "MAXGROUPS", int_from_int64(vm, sre::kMaxGroups));
  add_value(vm, m, "copyright",
            Value::from_object(str_from_ascii(vm,
                                              " SRE 2.2.2 Copyright (c) 1997-2002 by "
                                              "Secret Labs AB ")));
  add_function(vm, m, "compile", compile_fn, 0, -1, types);
  add_function(vm, m, "getcodesize", getcodesize_fn, 0, 0);
  add_function(vm, m, "ascii_iscased", ascii_iscased_fn, 1, 1);
  add_function(vm, m, "unicode_iscased", unicode_iscased_fn, 1, 1);
  add_function(vm, m, "ascii_tolower", ascii_tolower_fn, 1, 1);
  add_function(vm, m, "unicode_tolower", unicode_tolower_fn, 1, 1);
}

}  // namespace pyvm::runtime
