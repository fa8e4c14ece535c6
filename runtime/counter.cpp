// collections.Counter: a dict subclass counting hashable items (see
// runtime/collections_module.h). Missing keys count 0; the multiset
// operators (+ - | & and unary + -) keep positive counts only and build a
// plain Counter, as in CPython 3.11.
#include <string>
#include <vector>

#include "gc/heap.h"
#include "runtime/collections_module.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

using Items = gc::RootedValues;  // alternating key, count

Value zero() { return Value::from_small_int(0); }
Type* counter_type(VM& vm) { return vm.collections_state->counter; }

bool is_counter(VM& vm, Value v) {
  return v.is_object() && is_subtype(v.object()->type, counter_type(vm));
}

bool check_receiver(VM& vm, Value self, const char* method) {
  if (is_counter(vm, self)) return true;
  raise_type_error(vm, std::string("descriptor '") + method +
                           "' for 'Counter' objects doesn't apply to a '" + type_name(vm, self) +
                           "' object");
  return false;
}

void snapshot(Dict* d, Items* out) {
  int64_t pos = 0;
  Value key, value;
  while (dict_next(d, &pos, &key, &value)) {
    out->push_back(key);
    out->push_back(value);
  }
}

// Calls `f(key, value)` for each pair of `mapping.items()`; -1 on error.
template <typename F>
int for_each_pair(VM& vm, Value mapping, F&& f) {
  Value items_fn = get_attr(vm, mapping, vm.intern("items"));
  if (items_fn.is_null()) return -1;
  Value items = call_positional(vm, items_fn, nullptr, 0);
  if (items.is_null()) return -1;
  return for_each_item(vm, items, [&](Value pair) {
    if (!is_tuple(vm, pair) || pair.as<Tuple>()->length != 2) {
      raise_type_error(vm, "items() must yield key-value pairs");
      return -1;
    }
    return f(pair.as<Tuple>()->at(0), pair.as<Tuple>()->at(1));
  });
}

// self.get(key, 0)
Value get_or_zero(VM& vm, Value self, Value key) {
  Value v = dict_get(vm, self.as<Dict>(), key);
  if (v.is_null() && !vm.has_exception()) return zero();
  return v;
}

// self[key] = self.get(key, 0) + delta (sign -1: minus delta)
int add_count(VM& vm, Value self, Value key, Value delta, bool subtract) {
  Value current = get_or_zero(vm, self, key);
  if (current.is_null()) return -1;
  Value updated = subtract ? binary_op(vm, BinaryOp::kSub, current, delta)
                           : binary_op(vm, BinaryOp::kAdd, delta, current);
  if (updated.is_null()) return -1;
  return set_item(vm, self, key, updated);
}

// update()/subtract() with one positional argument.
int count_from(VM& vm, Value self, Value source, bool subtract) {
  if (is_dict(vm, source)) {
    if (!subtract && self.as<Dict>()->used == 0)
      return dict_merge_from(vm, self.as<Dict>(), source);
    return for_each_pair(vm, source, [&](Value key, Value count) {
      return add_count(vm, self, key, count, subtract);
    });
  }
  Value one = Value::from_small_int(1);
  return for_each_item(vm, source,
                       [&](Value item) { return add_count(vm, self, item, one, subtract); });
}

Dict* kwargs_dict(VM& vm, CallArgs args) {
  if (args.kwnames == nullptr || args.kwnames->length == 0) return nullptr;
  Dict* d = dict_new(vm);
  for (int64_t i = 0; i < args.kwnames->length; ++i) {
    if (dict_set(vm, d, args.kwnames->at(i), args.args[args.npos + i]) < 0) return nullptr;
  }
  return d;
}

Value update_impl(VM& vm, CallArgs args, const char* name, bool subtract) {
  Value self = args.args[0];
  if (!check_receiver(vm, self, name)) return Value::null();
  if (args.npos > 2) {
    return raise_type_error(vm, std::string("Counter.") + name +
                                    "() takes from 1 to 2 positional arguments but " +
                                    std::to_string(args.npos) + " were given");
  }
  if (args.npos == 2 && args.args[1] != vm.none() &&
      count_from(vm, self, args.args[1], subtract) < 0) {
    return Value::null();
  }
  Dict* kw = kwargs_dict(vm, args);
  if (vm.has_exception()) return Value::null();
  if (kw != nullptr && count_from(vm, self, Value::from_object(kw), subtract) < 0) {
    return Value::null();
  }
  return vm.none();
}

Value counter_init(VM& vm, CallArgs args) { return update_impl(vm, args, "__init__", false); }
Value counter_update(VM& vm, CallArgs args) { return update_impl(vm, args, "update", false); }
Value counter_subtract(VM& vm, CallArgs args) { return update_impl(vm, args, "subtract", true); }

Value counter_missing(VM&, CallArgs) { return zero(); }

Value counter_total(VM& vm, CallArgs args) {
  if (!check_receiver(vm, args.args[0], "total")) return Value::null();
  Items items(vm.heap());
  snapshot(args.args[0].as<Dict>(), &items);
  Value sum = zero();
  for (size_t i = 1; i < items.size(); i += 2) {
    sum = binary_op(vm, BinaryOp::kAdd, sum, items[i]);
    if (sum.is_null()) return sum;
  }
  return sum;
}

// Stable merge sort of the pairs of `items` by count, largest first; false
// when a comparison raised.
bool sort_by_count(VM& vm, Items* items) {
  size_t n = items->size() / 2;
  Items scratch(vm.heap());
  scratch.resize(items->size());
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        // The right item goes first only when its count is strictly larger.
        int less = rich_compare_bool(vm, (*items)[2 * i + 1], (*items)[2 * j + 1], CompareOp::kLt);
        if (less < 0) return false;
        size_t from = less ? j++ : i++;
        scratch[2 * k] = (*items)[2 * from];
        scratch[2 * k + 1] = (*items)[2 * from + 1];
        ++k;
      }
      for (; i < mid; ++i, ++k)
        scratch[2 * k] = (*items)[2 * i], scratch[2 * k + 1] = (*items)[2 * i + 1];
      for (; j < hi; ++j, ++k)
        scratch[2 * k] = (*items)[2 * j], scratch[2 * k + 1] = (*items)[2 * j + 1];
    }
    std::swap(static_cast<std::vector<Value>&>(*items), static_cast<std::vector<Value>&>(scratch));
  }
  return true;
}

Value pairs_list(VM& vm, const Items& items, size_t count) {
  List* list = list_new(vm);
  for (size_t i = 0; i < count; ++i) {
    Value pair[2] = {items[2 * i], items[2 * i + 1]};
    list_append(vm, list, Value::from_object(tuple_from(vm, pair, 2)));
  }
  return Value::from_object(list);
}

Value counter_most_common(VM& vm, CallArgs args) {
  Value parsed[1];
  if (!parse_args(vm, args, 1, "most_common", {"n"}, 0, parsed)) return Value::null();
  if (!check_receiver(vm, args.args[0], "most_common")) return Value::null();
  Items items(vm.heap());
  snapshot(args.args[0].as<Dict>(), &items);
  size_t count = items.size() / 2;
  if (!parsed[0].is_null() && parsed[0] != vm.none()) {
    int64_t n;
    if (!index_to_int64(vm, parsed[0], &n)) return Value::null();
    count = n <= 0 ? 0 : std::min(count, static_cast<size_t>(n));
  }
  if (count > 0 && !sort_by_count(vm, &items)) return Value::null();
  return pairs_list(vm, items, count);
}

Value counter_elements(VM& vm, CallArgs args) {
  if (!check_receiver(vm, args.args[0], "elements")) return Value::null();
  Items items(vm.heap());
  snapshot(args.args[0].as<Dict>(), &items);
  List* out = list_new(vm);
  for (size_t i = 0; i < items.size(); i += 2) {
    int64_t n;
    if (!index_to_int64(vm, items[i + 1], &n)) return Value::null();
    for (int64_t k = 0; k < n; ++k) list_append(vm, out, items[i]);
  }
  return get_iter(vm, Value::from_object(out));
}

Value counter_repr(VM& vm, CallArgs args) {
  Value self = args.args[0];
  if (!check_receiver(vm, self, "__repr__")) return Value::null();
  std::string name = type_name(vm, self);
  if (self.as<Dict>()->used == 0) return Value::from_object(str_from_utf8(vm, name + "()"));
  Items items(vm.heap());
  snapshot(self.as<Dict>(), &items);
  Value shown;
  if (sort_by_count(vm, &items)) {
    Dict* d = dict_new(vm);
    for (size_t i = 0; i < items.size(); i += 2) {
      if (dict_set(vm, d, items[i], items[i + 1]) < 0) return Value::null();
    }
    shown = Value::from_object(d);
  } else if (exception_matches(vm, vm.types().type_error)) {
    vm.clear_exception();
    shown = Value::from_object(dict_copy(vm, self.as<Dict>()));
  } else {
    return Value::null();
  }
  Value r = repr(vm, shown);
  if (r.is_null()) return r;
  return Value::from_object(str_from_utf8(vm, name + "(" + str_to_utf8(r.as<Str>()) + ")"));
}

Value counter_delitem(VM& vm, CallArgs args) {
  if (!check_receiver(vm, args.args[0], "__delitem__")) return Value::null();
  if (dict_del(vm, args.args[0].as<Dict>(), args.args[1]) < 0) return Value::null();
  return vm.none();
}

Value counter_copy(VM& vm, CallArgs args) {
  Value self = args.args[0];
  if (!check_receiver(vm, self, "copy")) return Value::null();
  return call_positional(vm, Value::from_object(type_of(vm, self)), &self, 1);
}

Value counter_fromkeys(VM& vm, CallArgs) {
  return raise(vm, vm.types().not_implemented_error,
               "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}

// ---- multiset operators

Value new_counter(VM& vm) {
  return call_positional(vm, Value::from_object(counter_type(vm)), nullptr, 0);
}

int positive(VM& vm, Value v) { return rich_compare_bool(vm, v, zero(), CompareOp::kGt); }

// Stores `count` into `result` when it is positive; -1 on error.
int keep_if_positive(VM& vm, Value result, Value key, Value count) {
  int p = positive(vm, count);
  if (p <= 0) return p;
  return set_item(vm, result, key, count);
}

enum class SetOp { kAdd, kSub, kOr, kAnd };

// The count `op` gives for an element counted `a` in self and `b` in other.
Value combine(VM& vm, SetOp op, Value a, Value b) {
  switch (op) {
    case SetOp::kAdd:
      return binary_op(vm, BinaryOp::kAdd, a, b);
    case SetOp::kSub:
      return binary_op(vm, BinaryOp::kSub, a, b);
    case SetOp::kOr:
    case SetOp::kAnd: {
      int less = rich_compare_bool(vm, a, b, CompareOp::kLt);
      if (less < 0) return Value::null();
      return (op == SetOp::kOr) == (less == 1) ? b : a;
    }
  }
  return Value::null();
}

Value set_op(VM& vm, CallArgs args, SetOp op) {
  Value self = args.args[0], other = args.args[1];
  if (!is_counter(vm, self) || !is_counter(vm, other)) return vm.not_implemented();
  Value result = new_counter(vm);
  if (result.is_null()) return result;
  Items mine(vm.heap()), theirs(vm.heap());
  snapshot(self.as<Dict>(), &mine);
  for (size_t i = 0; i < mine.size(); i += 2) {
    Value b = get_item(vm, other, mine[i]);
    if (b.is_null()) return b;
    Value count = combine(vm, op, mine[i + 1], b);
    if (count.is_null() || keep_if_positive(vm, result, mine[i], count) < 0) return Value::null();
  }
  if (op == SetOp::kAnd) return result;
  snapshot(other.as<Dict>(), &theirs);
  for (size_t i = 0; i < theirs.size(); i += 2) {
    int in_self = contains(vm, self, theirs[i]);
    if (in_self < 0) return Value::null();
    if (in_self) continue;
    Value count = theirs[i + 1];
    if (op == SetOp::kSub) {
      int negative = rich_compare_bool(vm, count, zero(), CompareOp::kLt);
      if (negative < 0) return Value::null();
      if (!negative) continue;
      count = binary_op(vm, BinaryOp::kSub, zero(), count);
      if (count.is_null() || set_item(vm, result, theirs[i], count) < 0) return Value::null();
      continue;
    }
    if (keep_if_positive(vm, result, theirs[i], count) < 0) return Value::null();
  }
  return result;
}

Value counter_add(VM& vm, CallArgs args) { return set_op(vm, args, SetOp::kAdd); }
Value counter_sub(VM& vm, CallArgs args) { return set_op(vm, args, SetOp::kSub); }
Value counter_or(VM& vm, CallArgs args) { return set_op(vm, args, SetOp::kOr); }
Value counter_and(VM& vm, CallArgs args) { return set_op(vm, args, SetOp::kAnd); }

Value unary(VM& vm, Value self, bool negate) {
  if (!check_receiver(vm, self, negate ? "__neg__" : "__pos__")) return Value::null();
  Value result = new_counter(vm);
  if (result.is_null()) return result;
  Items mine(vm.heap());
  snapshot(self.as<Dict>(), &mine);
  for (size_t i = 0; i < mine.size(); i += 2) {
    Value count = negate ? binary_op(vm, BinaryOp::kSub, zero(), mine[i + 1]) : mine[i + 1];
    if (count.is_null() || keep_if_positive(vm, result, mine[i], count) < 0) return Value::null();
  }
  return result;
}

Value counter_pos(VM& vm, CallArgs args) { return unary(vm, args.args[0], false); }
Value counter_neg(VM& vm, CallArgs args) { return unary(vm, args.args[0], true); }

// Drops every element whose count is not positive; returns self.
Value keep_positive(VM& vm, Value self) {
  Items mine(vm.heap());
  snapshot(self.as<Dict>(), &mine);
  for (size_t i = 0; i < mine.size(); i += 2) {
    int p = positive(vm, mine[i + 1]);
    if (p < 0) return Value::null();
    if (p == 0 && dict_del(vm, self.as<Dict>(), mine[i]) < 0) return Value::null();
  }
  return self;
}

Value inplace(VM& vm, CallArgs args, SetOp op) {
  Value self = args.args[0], other = args.args[1];
  if (!check_receiver(vm, self, "__iadd__")) return Value::null();
  int r;
  if (op == SetOp::kAnd) {
    Items mine(vm.heap());
    snapshot(self.as<Dict>(), &mine);
    r = 0;
    for (size_t i = 0; i < mine.size() && r == 0; i += 2) {
      Value b = get_item(vm, other, mine[i]);
      Value count = b.is_null() ? b : combine(vm, op, mine[i + 1], b);
      r = count.is_null() ? -1 : set_item(vm, self, mine[i], count);
    }
  } else {
    r = for_each_pair(vm, other, [&](Value key, Value count) {
      Value mine = get_item(vm, self, key);
      Value updated = mine.is_null() ? mine : combine(vm, op, mine, count);
      return updated.is_null() ? -1 : set_item(vm, self, key, updated);
    });
  }
  return r < 0 ? Value::null() : keep_positive(vm, self);
}

Value counter_iadd(VM& vm, CallArgs args) { return inplace(vm, args, SetOp::kAdd); }
Value counter_isub(VM& vm, CallArgs args) { return inplace(vm, args, SetOp::kSub); }
Value counter_ior(VM& vm, CallArgs args) { return inplace(vm, args, SetOp::kOr); }
Value counter_iand(VM& vm, CallArgs args) { return inplace(vm, args, SetOp::kAnd); }

// ---- comparisons: missing elements count as zero

// 1 when `test(self[e], other[e])` holds for every element of both.
int all_counts(VM& vm, Value self, Value other, CompareOp op) {
  for (Value side : {self, other}) {
    Items items(vm.heap());
    snapshot(side.as<Dict>(), &items);
    for (size_t i = 0; i < items.size(); i += 2) {
      Value a = get_item(vm, self, items[i]);
      if (a.is_null()) return -1;
      Value b = get_item(vm, other, items[i]);
      if (b.is_null()) return -1;
      int ok = rich_compare_bool(vm, a, b, op);
      if (ok <= 0) return ok;
    }
  }
  return 1;
}

Value compare(VM& vm, CallArgs args, CompareOp op) {
  Value self = args.args[0], other = args.args[1];
  if (!is_counter(vm, self) || !is_counter(vm, other)) return vm.not_implemented();
  int r;
  switch (op) {
    case CompareOp::kEq:
    case CompareOp::kNe:
      r = all_counts(vm, self, other, CompareOp::kEq);
      if (r >= 0 && op == CompareOp::kNe) r = !r;
      break;
    case CompareOp::kLe:
    case CompareOp::kGe:
      r = op == CompareOp::kLe ? all_counts(vm, self, other, CompareOp::kLe)
                               : all_counts(vm, self, other, CompareOp::kGe);
      break;
    default: {
      r = all_counts(vm, self, other, op == CompareOp::kLt ? CompareOp::kLe : CompareOp::kGe);
      if (r == 1) {
        int eq = all_counts(vm, self, other, CompareOp::kEq);
        r = eq < 0 ? -1 : !eq;
      }
    }
  }
  return r < 0 ? Value::null() : vm.bool_value(r == 1);
}

Value counter_eq(VM& vm, CallArgs args) { return compare(vm, args, CompareOp::kEq); }
Value counter_ne(VM& vm, CallArgs args) { return compare(vm, args, CompareOp::kNe); }
Value counter_le(VM& vm, CallArgs args) { return compare(vm, args, CompareOp::kLe); }
Value counter_lt(VM& vm, CallArgs args) { return compare(vm, args, CompareOp::kLt); }
Value counter_ge(VM& vm, CallArgs args) { return compare(vm, args, CompareOp::kGe); }
Value counter_gt(VM& vm, CallArgs args) { return compare(vm, args, CompareOp::kGt); }

}  // namespace

Type* create_counter_class(VM& vm) {
  Type* cls = collections_class_new(vm, "Counter", vm.types().dict, nullptr);
  if (cls == nullptr) return nullptr;
  struct Spec {
    const char* name;
    NativeFn fn;
    int min_args, max_args;
    uint32_t flags;
  } const kMethods[] = {
      {"__init__", counter_init, 0, -1, kNativeKeywords},
      {"update", counter_update, 0, -1, kNativeKeywords},
      {"subtract", counter_subtract, 0, -1, kNativeKeywords},
      {"__missing__", counter_missing, 1, 1, 0},
      {"total", counter_total, 0, 0, 0},
      {"most_common", counter_most_common, 0, 1, kNativeKeywords},
      {"elements", counter_elements, 0, 0, 0},
      {"__repr__", counter_repr, 0, 0, 0},
      {"__delitem__", counter_delitem, 1, 1, 0},
      {"copy", counter_copy, 0, 0, 0},
      {"__copy__", counter_copy, 0, 0, 0},
      {"__add__", counter_add, 1, 1, 0},
      {"__sub__", counter_sub, 1, 1, 0},
      {"__or__", counter_or, 1, 1, 0},
      {"__and__", counter_and, 1, 1, 0},
      {"__pos__", counter_pos, 0, 0, 0},
      {"__neg__", counter_neg, 0, 0, 0},
      {"__iadd__", counter_iadd, 1, 1, 0},
      {"__isub__", counter_isub, 1, 1, 0},
      {"__ior__", counter_ior, 1, 1, 0},
      {"__iand__", counter_iand, 1, 1, 0},
      {"__eq__", counter_eq, 1, 1, 0},
      {"__ne__", counter_ne, 1, 1, 0},
      {"__le__", counter_le, 1, 1, 0},
      {"__lt__", counter_lt, 1, 1, 0},
      {"__ge__", counter_ge, 1, 1, 0},
      {"__gt__", counter_gt, 1, 1, 0},
  };
  for (const Spec& m : kMethods) {
    add_class_method(vm, cls, m.name, m.fn, m.min_args, m.max_args, m.flags);
  }
  dict_set_str(vm, cls->dict, vm.intern("__hash__"), vm.none());
  NativeFunction* fromkeys = native_function_new(vm, "fromkeys", counter_fromkeys, 0, -1, 0);
  dict_set_str(vm, cls->dict, fromkeys->name,
               wrap_native(vm, vm.types().classmethod, Value::from_object(fromkeys)));
  return cls;
}

}  // namespace pyvm::runtime
