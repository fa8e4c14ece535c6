// longrange_iterator (runtime/longrange_iterator.h): the iterator of ranges
// that RangeIterator's int64 fields cannot hold. Items are computed with
// general int arithmetic, so it is slower than the small-range iterator.
#include "runtime/longrange_iterator.h"

#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct LongRangeIterator : Object {
  Value next;  // the item to yield next (an int)
  Value stop;
  Value step;  // never 0
};

void trace_longrange(Object* self, Tracer& tracer) {
  auto* it = static_cast<LongRangeIterator*>(self);
  tracer.visit(it->next);
  tracer.visit(it->stop);
  tracer.visit(it->step);
}

Value longrange_next(VM& vm, Value self) {
  auto* it = self.as<LongRangeIterator>();
  bool ascending = int_compare(vm, it->step, Value::from_small_int(0)) > 0;
  int order = int_compare(vm, it->next, it->stop);
  if (ascending ? order >= 0 : order <= 0) return Value::null();
  Value item = it->next;
  Value following = binary_op(vm, BinaryOp::kAdd, item, it->step);
  if (following.is_null()) return following;
  vm.store(it, &it->next, following);
  return item;
}

Value longrange_self(VM&, Value self) { return self; }

}  // namespace

Value longrange_iterator_new(VM& vm, Value start, Value stop, Value step) {
  auto* it = vm.allocate<LongRangeIterator>(vm.types().longrange_iterator);
  vm.store(it, &it->next, start);
  vm.store(it, &it->stop, stop);
  vm.store(it, &it->step, step);
  return Value::from_object(it);
}

void init_longrange_iterator_type(VM& vm) {
  Type* t = vm.types().longrange_iterator;
  t->instance_size = sizeof(LongRangeIterator);
  t->trace = trace_longrange;
  t->iter = longrange_self;
  t->next = longrange_next;
}

}  // namespace pyvm::runtime
