// __reduce__ of collections' deque, defaultdict, OrderedDict and Counter,
// the tuples pickle and copy rebuild them from, as CPython 3.11's:
//   deque:       (cls, () or ((), maxlen), state, iter(self))
//   defaultdict: (cls, () or (default_factory,), None, None, iter(items))
//   OrderedDict: (cls, (), state, None, iter(items))
//   Counter:     (cls, (dict(self),))
// where state is the instance's __dict__ (of a subclass instance), or None
// when it is missing or empty.
#include <string>

#include "runtime/collections_module.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/ops.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

Value class_of(VM& vm, Value self) { return Value::from_object(type_of(vm, self)); }

// A copy of the instance's attributes (a dict) when it has some, else None.
Value instance_state(VM& vm, Value self) {
  Value d = get_attr(vm, self, vm.intern("__dict__"));
  if (d.is_null()) {
    vm.clear_exception();
    return vm.none();
  }
  int64_t n = length(vm, d);
  if (n < 0) return Value::null();
  if (n == 0) return vm.none();
  return call_positional(vm, Value::from_object(vm.types().dict), &d, 1);
}

// iter(dict.items(self)).
Value items_iterator(VM& vm, Value self) {
  Value items = type_lookup(vm, vm.types().dict, vm.intern("items"));
  Value view = call_positional(vm, items, &self, 1);
  return view.is_null() ? view : get_iter(vm, view);
}

Value tuple_of(VM& vm, std::initializer_list<Value> items) {
  for (Value v : items) {
    if (v.is_null()) return v;
  }
  return Value::from_object(tuple_from(vm, items.begin(), items.size()));
}

Value empty_tuple(VM& vm) { return Value::from_object(tuple_new(vm, 0)); }

Value deque_reduce(VM& vm, CallArgs args) {
  Value self = args.args[0];
  Value maxlen = get_attr(vm, self, vm.intern("maxlen"));
  if (maxlen.is_null()) return maxlen;
  Value init = maxlen == vm.none() ? empty_tuple(vm) : tuple_of(vm, {empty_tuple(vm), maxlen});
  return tuple_of(vm, {class_of(vm, self), init, instance_state(vm, self), get_iter(vm, self)});
}

Value defaultdict_reduce(VM& vm, CallArgs args) {
  Value self = args.args[0];
  Value factory = get_attr(vm, self, vm.intern("default_factory"));
  if (factory.is_null()) return factory;
  Value init = factory == vm.none() ? empty_tuple(vm) : tuple_of(vm, {factory});
  return tuple_of(vm, {class_of(vm, self), init, vm.none(), vm.none(), items_iterator(vm, self)});
}

Value ordered_dict_reduce(VM& vm, CallArgs args) {
  Value self = args.args[0];
  return tuple_of(vm, {class_of(vm, self), empty_tuple(vm), instance_state(vm, self), vm.none(),
                       items_iterator(vm, self)});
}

Value counter_reduce(VM& vm, CallArgs args) {
  Value self = args.args[0];
  Value plain = call_positional(vm, Value::from_object(vm.types().dict), &self, 1);
  return tuple_of(vm, {class_of(vm, self), tuple_of(vm, {plain})});
}

}  // namespace

void add_collections_reducers(VM& vm, Type* deque, Type* defaultdict, Type* ordered_dict,
                              Type* counter) {
  add_method(vm, deque, "__reduce__", deque_reduce, 0, 0);
  add_class_method(vm, defaultdict, "__reduce__", defaultdict_reduce, 0, 0);
  add_class_method(vm, ordered_dict, "__reduce__", ordered_dict_reduce, 0, 0);
  add_class_method(vm, counter, "__reduce__", counter_reduce, 0, 0);
}

}  // namespace pyvm::runtime
