// BaseExceptionGroup and ExceptionGroup (see runtime/exception_group.h).
//
// split and subgroup walk the group tree once: a node that matches is taken
// whole; a leaf that does not match goes to the rest; a group that does not
// match is rebuilt from the parts of its children through its `derive`
// method, keeping its __traceback__, __context__, __cause__ and a copy of
// its __notes__. except* uses the same walk, keyed by exception identity, to
// project the original group onto the exceptions its handlers re-raised.
#include "runtime/exception_group.h"

#include <string>
#include <unordered_set>

#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// How split/subgroup decide that an exception matches.
struct Matcher {
  enum class Kind { kType, kPredicate, kIdentity } kind;
  Value value;                              // a type or tuple of types, or a callable
  const std::unordered_set<uint64_t>* ids;  // kIdentity: raw bits of the leaves to keep
};

// The parts a split produces; null stands for "nothing".
struct SplitResult {
  Value match;
  Value rest;
};

ExceptionGroup* as_group(Value v) { return v.as<ExceptionGroup>(); }

bool is_exception_class(VM& vm, Value v) {
  return v.is_object() && is_subtype(type_of(vm, v), vm.types().type) &&
         is_subtype(v.as<Type>(), vm.types().base_exception);
}

// PyErr_GivenExceptionMatches for a validated type or tuple of types.
bool given_matches(VM& vm, Value exc, Value type) {
  if (type_of(vm, type) == vm.types().tuple) {
    auto* t = type.as<Tuple>();
    for (int64_t i = 0; i < t->length; ++i) {
      if (given_matches(vm, exc, t->at(i))) return true;
    }
    return false;
  }
  return is_exception_class(vm, type) && is_subtype(type_of(vm, exc), type.as<Type>());
}

// Classifies split/subgroup's argument; false with TypeError when invalid.
bool make_matcher(VM& vm, Value value, Matcher* out) {
  out->value = value;
  out->ids = nullptr;
  Type* vt = type_of(vm, value);
  if (vt->call != nullptr && !is_subtype(vt, vm.types().type)) {
    out->kind = Matcher::Kind::kPredicate;
    return true;
  }
  out->kind = Matcher::Kind::kType;
  if (is_exception_class(vm, value)) return true;
  if (vt == vm.types().tuple) {
    auto* t = value.as<Tuple>();
    bool all = true;
    for (int64_t i = 0; i < t->length; ++i) all = all && is_exception_class(vm, t->at(i));
    if (all) return true;
  }
  raise_type_error(vm, "expected a function, exception type or tuple of exception types");
  return false;
}

// 1, 0, or -1 when a predicate raised.
int matcher_accepts(VM& vm, const Matcher& m, Value exc) {
  switch (m.kind) {
    case Matcher::Kind::kType:
      return given_matches(vm, exc, m.value) ? 1 : 0;
    case Matcher::Kind::kIdentity:
      return m.ids->count(exc.raw()) != 0 ? 1 : 0;
    case Matcher::Kind::kPredicate: {
      Value r = call_positional(vm, m.value, &exc, 1);
      if (r.is_null()) return -1;
      return truth(vm, r);
    }
  }
  return 0;
}

// Copies __notes__ (as a new list) from `from` to `to` when it is a sequence.
bool copy_notes(VM& vm, Value from, Value to) {
  auto* exc = from.as<BaseException>();
  if (exc->dict == nullptr) return true;
  Value notes = dict_get_str(vm, exc->dict, vm.intern("__notes__"));
  if (notes.is_null()) return true;
  Type* nt = type_of(vm, notes);
  if (nt->getitem == nullptr || is_subtype(nt, vm.types().dict)) return true;
  List* copy = list_from_iterable(vm, notes);
  if (copy == nullptr) return false;
  return set_attr(vm, to, vm.intern("__notes__"), Value::from_object(copy)) == 0;
}

// orig.derive(excs) with orig's metadata; null result with no exception
// pending when `excs` is empty.
Value derive_subset(VM& vm, Value orig, List* excs) {
  if (excs->length == 0) return Value::null();
  Value derive = get_attr(vm, orig, vm.intern("derive"));
  if (derive.is_null()) return derive;
  Value arg = Value::from_object(excs);
  Value eg = call_positional(vm, derive, &arg, 1);
  if (eg.is_null()) return eg;
  if (!is_exception_group(vm, eg)) {
    return raise_type_error(vm, "derive must return an instance of BaseExceptionGroup");
  }
  auto* src = orig.as<BaseException>();
  auto* dst = eg.as<BaseException>();
  if (src->traceback != nullptr) vm.store_ref(dst, &dst->traceback, src->traceback);
  vm.store(dst, &dst->context, src->context);
  vm.store(dst, &dst->cause, src->cause);
  if (!copy_notes(vm, orig, eg)) return Value::null();
  return eg;
}

bool split_recursive(VM& vm, Value exc, const Matcher& m, bool with_rest, SplitResult* out) {
  out->match = Value::null();
  out->rest = Value::null();
  int accepted = matcher_accepts(vm, m, exc);
  if (accepted < 0) return false;
  if (accepted > 0) {
    out->match = exc;
    return true;
  }
  if (!is_exception_group(vm, exc)) {
    if (with_rest) out->rest = exc;
    return true;
  }
  List* matches = list_new(vm);
  List* rests = with_rest ? list_new(vm) : nullptr;
  Tuple* children = as_group(exc)->exceptions;
  for (int64_t i = 0; i < children->length; ++i) {
    SplitResult part;
    if (!split_recursive(vm, children->at(i), m, with_rest, &part)) return false;
    if (!part.match.is_null()) list_append(vm, matches, part.match);
    if (!part.rest.is_null()) list_append(vm, rests, part.rest);
  }
  out->match = derive_subset(vm, exc, matches);
  if (out->match.is_null() && vm.has_exception()) return false;
  if (with_rest) {
    out->rest = derive_subset(vm, exc, rests);
    if (out->rest.is_null() && vm.has_exception()) return false;
  }
  return true;
}

Value or_none(VM& vm, Value v) { return v.is_null() ? vm.none() : v; }

// ---- methods and attributes

bool check_one_argument(VM& vm, const char* name, CallArgs args) {
  if (args.npos == 2 && (args.kwnames == nullptr || args.kwnames->length == 0)) return true;
  raise_type_error(
      vm, std::string(name) + " expected 1 argument, got " + std::to_string(args.npos - 1));
  return false;
}

Value group_split(VM& vm, CallArgs args) {
  if (!check_one_argument(vm, "split", args)) return Value::null();
  Matcher m;
  if (!make_matcher(vm, args.args[1], &m)) return Value::null();
  SplitResult r;
  if (!split_recursive(vm, args.args[0], m, true, &r)) return Value::null();
  Value pair[2] = {or_none(vm, r.match), or_none(vm, r.rest)};
  return Value::from_object(tuple_from(vm, pair, 2));
}

Value group_subgroup(VM& vm, CallArgs args) {
  if (!check_one_argument(vm, "subgroup", args)) return Value::null();
  Matcher m;
  if (!make_matcher(vm, args.args[1], &m)) return Value::null();
  SplitResult r;
  if (!split_recursive(vm, args.args[0], m, false, &r)) return Value::null();
  return or_none(vm, r.match);
}

Value group_derive(VM& vm, CallArgs args) {
  Value parts[2] = {as_group(args.args[0])->message, args.args[1]};
  return exception_group_new(vm, vm.types().base_exception_group, CallArgs{parts, 2, nullptr});
}

// BaseExceptionGroup.__new__(cls, message, exceptions), for super().__new__.
Value group_dunder_new(VM& vm, CallArgs args) {
  if (args.npos < 1 || !is_subtype(type_of(vm, args.args[0]), vm.types().type) ||
      !is_subtype(args.args[0].as<Type>(), vm.types().base_exception_group)) {
    return raise_type_error(vm,
                            "BaseExceptionGroup.__new__(X): X is not a subtype of "
                            "BaseExceptionGroup");
  }
  return exception_group_new(vm, args.args[0].as<Type>(),
                             CallArgs{args.args + 1, args.npos - 1, args.kwnames});
}

Value group_message(VM& vm, CallArgs args) { return as_group(args.args[0])->message; }
Value group_exceptions(VM& vm, CallArgs args) {
  return Value::from_object(as_group(args.args[0])->exceptions);
}

Value group_str(VM& vm, Value self) {
  ExceptionGroup* g = as_group(self);
  Value message = str(vm, g->message);
  if (message.is_null()) return message;
  int64_t n = g->exceptions->length;
  std::string text = str_to_utf8(message.as<Str>()) + " (" + std::to_string(n) + " sub-exception" +
                     (n > 1 ? "s" : "") + ")";
  return Value::from_object(str_from_utf8(vm, text));
}

Value group_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, type_name_of_type(cls) + "() takes no keyword arguments");
  }
  return exception_group_new(vm, cls, args);
}

// The base getattr of exceptions, saved before the group types replace it.
GetAttrFn base_getattr = nullptr;
SetAttrFn base_setattr = nullptr;

bool is_group_field(Str* name) {
  return str_equals_ascii(name, "message") || str_equals_ascii(name, "exceptions");
}

Value group_getattr(VM& vm, Value self, Str* name) {
  if (str_equals_ascii(name, "message")) return as_group(self)->message;
  if (str_equals_ascii(name, "exceptions")) return Value::from_object(as_group(self)->exceptions);
  Value found = type_lookup(vm, type_of(vm, self), name);
  if (!found.is_null() && found.is_object() &&
      found.object()->type == vm.types().builtin_function) {
    return bind_attribute(vm, found, self, type_of(vm, self));
  }
  return base_getattr(vm, self, name);
}

int group_setattr(VM& vm, Value self, Str* name, Value value) {
  if (is_group_field(name)) {
    raise(vm, vm.types().attribute_error, "readonly attribute");
    return -1;
  }
  return base_setattr(vm, self, name, value);
}

void trace_group(Object* self, Tracer& tracer) {
  auto* g = static_cast<ExceptionGroup*>(self);
  tracer.visit(g->args);
  tracer.visit(g->traceback);
  tracer.visit(g->cause);
  tracer.visit(g->context);
  tracer.visit(g->dict);
  tracer.visit(g->message);
  tracer.visit(g->exceptions);
}

// A read-only property whose getter is a native function of self.
void add_field(VM& vm, Type* type, const char* name, NativeFn getter) {
  auto* p = vm.allocate<Property>(vm.types().property);
  NativeFunction* fget = native_function_new(vm, name, getter, 1, 1);
  vm.store(p, &p->fget, Value::from_object(fget));
  vm.store(p, &p->fset, vm.none());
  vm.store(p, &p->fdel, vm.none());
  vm.store(p, &p->doc, vm.none());
  vm.store_ref(p, &p->name, vm.intern(name));
  dict_set_str(vm, type->dict, vm.intern(name), Value::from_object(p));
}

// ---- construction checks

bool is_sequence(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  return t->getitem != nullptr && !is_subtype(t, vm.types().dict);
}

// Checks the nested exceptions; sets *all_exceptions when each is an Exception.
bool check_nested(VM& vm, Tuple* excs, bool* all_exceptions) {
  *all_exceptions = true;
  for (int64_t i = 0; i < excs->length; ++i) {
    Value e = excs->at(i);
    if (!is_instance_of(vm, e, vm.types().base_exception)) {
      raise_value_error(
          vm, "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
      return false;
    }
    if (!is_instance_of(vm, e, vm.types().exception)) *all_exceptions = false;
  }
  return true;
}

// The class to instantiate, or nullptr with TypeError for a BaseException
// nested where only Exceptions may go.
Type* resolve_class(VM& vm, Type* cls, bool all_exceptions) {
  if (all_exceptions) {
    return cls == vm.types().base_exception_group ? vm.types().exception_group : cls;
  }
  if (cls == vm.types().exception_group) {
    raise_type_error(vm, "Cannot nest BaseExceptions in an ExceptionGroup");
    return nullptr;
  }
  if (cls != vm.types().base_exception_group && is_subtype(cls, vm.types().exception)) {
    raise_type_error(vm, "Cannot nest BaseExceptions in '" + type_name_of_type(cls) + "'");
    return nullptr;
  }
  return cls;
}

}  // namespace

bool is_exception_group(VM& vm, Value v) {
  return is_instance_of(vm, v, vm.types().base_exception_group);
}

Value exception_group_new(VM& vm, Type* cls, CallArgs args) {
  if (args.npos != 2) {
    return raise_type_error(vm, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" +
                                    std::to_string(args.npos) + " given)");
  }
  Value message = args.args[0];
  if (!is_subtype(type_of(vm, message), vm.types().str)) {
    return raise_type_error(
        vm, "BaseExceptionGroup.__new__() argument 1 must be str, not " + type_name(vm, message));
  }
  if (!is_sequence(vm, args.args[1])) {
    return raise_type_error(vm, "second argument (exceptions) must be a sequence");
  }
  Value excs = tuple_from_iterable(vm, args.args[1]);
  if (excs.is_null()) return excs;
  if (excs.as<Tuple>()->length == 0) {
    return raise_value_error(vm, "second argument (exceptions) must be a non-empty sequence");
  }
  bool all_exceptions = true;
  if (!check_nested(vm, excs.as<Tuple>(), &all_exceptions)) return Value::null();
  Type* actual = resolve_class(vm, cls, all_exceptions);
  if (actual == nullptr) return Value::null();
  Value self = exception_new(vm, actual, tuple_from(vm, args.args, 2));
  if (self.is_null()) return self;
  ExceptionGroup* g = as_group(self);
  vm.store(g, &g->message, message);
  vm.store_ref(g, &g->exceptions, excs.as<Tuple>());
  return self;
}

namespace {

// except* T: T (or each type of a tuple) must be an exception class and not
// an exception group class.
bool check_star_clause_type(VM& vm, Value type) {
  bool is_tuple = type_of(vm, type) == vm.types().tuple;
  int64_t n = is_tuple ? type.as<Tuple>()->length : 1;
  auto item = [&](int64_t i) { return is_tuple ? type.as<Tuple>()->at(i) : type; };
  for (int64_t i = 0; i < n; ++i) {
    if (!is_exception_class(vm, item(i))) {
      raise_type_error(vm,
                       "catching classes that do not inherit from BaseException is not allowed");
      return false;
    }
  }
  for (int64_t i = 0; i < n; ++i) {
    if (is_subtype(item(i).as<Type>(), vm.types().base_exception_group)) {
      raise_type_error(vm,
                       "catching ExceptionGroup with except* is not allowed. Use except instead.");
      return false;
    }
  }
  return true;
}

// BaseExceptionGroup(message, excs), which becomes an ExceptionGroup when it can.
Value make_group(VM& vm, const char* message, Value excs) {
  Value parts[2] = {Value::from_object(str_from_utf8(vm, message)), excs};
  return exception_group_new(vm, vm.types().base_exception_group, CallArgs{parts, 2, nullptr});
}

void collect_leaf_ids(VM& vm, Value exc, std::unordered_set<uint64_t>* ids) {
  if (exc == vm.none()) return;
  if (!is_exception_group(vm, exc)) {
    ids->insert(exc.raw());
    return;
  }
  Tuple* children = as_group(exc)->exceptions;
  for (int64_t i = 0; i < children->length; ++i) collect_leaf_ids(vm, children->at(i), ids);
}

// A re-raised part carries the original's metadata (derive_subset copied it).
bool same_metadata(VM& vm, Value a, Value b) {
  auto* x = a.as<BaseException>();
  auto* y = b.as<BaseException>();
  auto notes = [&](BaseException* e) {
    return e->dict == nullptr ? Value::null() : dict_get_str(vm, e->dict, vm.intern("__notes__"));
  };
  return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context &&
         notes(x) == notes(y);
}

// The part of `orig` made of the leaves of the groups in `keep`, or None.
Value project(VM& vm, Value orig, List* keep) {
  std::unordered_set<uint64_t> ids;
  for (int64_t i = 0; i < keep->length; ++i) collect_leaf_ids(vm, keep->items[i], &ids);
  Matcher m{Matcher::Kind::kIdentity, Value::null(), &ids};
  SplitResult r;
  if (!split_recursive(vm, orig, m, false, &r)) return Value::null();
  return or_none(vm, r.match);
}

}  // namespace

int check_eg_match(VM& vm, Value* slot, Value type) {
  if (!check_star_clause_type(vm, type)) return -1;
  Value exc = slot[0];
  Value match = vm.none();
  Value rest = vm.none();
  if (exc == vm.none()) {
    // Nothing to match.
  } else if (given_matches(vm, exc, type)) {
    if (is_exception_group(vm, exc)) {
      match = exc;
    } else {
      // A naked exception is handled as a group of one (CPython 3.11 leaves
      // the group's __traceback__ unset).
      match = make_group(vm, "", Value::from_object(tuple_from(vm, &exc, 1)));
      if (match.is_null()) return -1;
    }
  } else if (is_exception_group(vm, exc)) {
    Value split = get_attr(vm, exc, vm.intern("split"));
    if (split.is_null()) return -1;
    Value pair = call_positional(vm, split, &type, 1);
    if (pair.is_null()) return -1;
    if (type_of(vm, pair) != vm.types().tuple || pair.as<Tuple>()->length != 2) {
      raise_type_error(vm,
                       "ExceptionGroup.split must return a 2-tuple, got " + type_name(vm, pair));
      return -1;
    }
    match = pair.as<Tuple>()->at(0);
    rest = pair.as<Tuple>()->at(1);
  }
  slot[1] = match;
  if (match == vm.none()) return 0;
  slot[0] = rest;
  vm.set_handled_exception(match);
  return 0;
}

Value prep_reraise_star(VM& vm, Value orig, List* excs) {
  if (excs->length == 0) return vm.none();
  if (!is_exception_group(vm, orig)) {
    // A naked exception was wrapped, so at most one clause ran.
    return excs->items[0];
  }
  List* raised = list_new(vm);
  List* reraised = list_new(vm);
  for (int64_t i = 0; i < excs->length; ++i) {
    Value e = excs->items[i];
    if (e == vm.none()) continue;
    list_append(vm, same_metadata(vm, e, orig) ? reraised : raised, e);
  }
  Value reraised_group = project(vm, orig, reraised);
  if (reraised_group.is_null()) return reraised_group;
  if (raised->length == 0) return reraised_group;
  if (reraised_group != vm.none()) list_append(vm, raised, reraised_group);
  if (raised->length == 1) return raised->items[0];
  return make_group(vm, "", Value::from_object(raised));
}

void init_exception_group_types(VM& vm) {
  Type* base = vm.types().base_exception_group;
  Type* group = vm.types().exception_group;
  base_getattr = vm.types().base_exception->getattr;
  base_setattr = vm.types().base_exception->setattr;
  for (Type* t : {base, group}) {
    t->instance_size = sizeof(ExceptionGroup);
    t->trace = trace_group;
    t->construct = group_construct;
    t->str = group_str;
    t->getattr = group_getattr;
    t->setattr = group_setattr;
  }
  add_method(vm, base, "split", group_split, 0, -1, kNativeMethod);
  add_method(vm, base, "subgroup", group_subgroup, 0, -1, kNativeMethod);
  add_method(vm, base, "derive", group_derive, 1, 1, kNativeMethod);
  // __new__ is a static method, as type.__call__ and super().__new__ expect.
  NativeFunction* dunder_new =
      native_function_new(vm, "__new__", group_dunder_new, 1, -1, kNativeKeywords);
  auto* wrapper = vm.allocate<MethodWrapper>(vm.types().staticmethod);
  vm.store(wrapper, &wrapper->function, Value::from_object(dunder_new));
  dict_set_str(vm, base->dict, dunder_new->name, Value::from_object(wrapper));
  add_field(vm, base, "message", group_message);
  add_field(vm, base, "exceptions", group_exceptions);
  // ExceptionGroup(BaseExceptionGroup, Exception).
  Value mro[5] = {
      Value::from_object(group), Value::from_object(base), Value::from_object(vm.types().exception),
      Value::from_object(vm.types().base_exception), Value::from_object(vm.types().object)};
  vm.store_ref(group, &group->mro, tuple_from(vm, mro, 5));
}

}  // namespace pyvm::runtime
