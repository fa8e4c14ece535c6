// Python-visible numeric dunder methods of int and float (`(3).__add__(4)`,
// `super().__add__(other)` in a subclass of int, `float.__neg__(x)`): native
// methods that call the type's binary, unary and richcompare slots, so
// they return NotImplemented for operands the slot does not handle.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Adds the arithmetic dunders of `type` (int or float; `bitwise` adds &, |,
// ^, <<, >> and ~ as well), their reflected forms, comparisons, __neg__,
// __pos__, __abs__, __bool__, __int__ and __float__, skipping names already
// in its dict. Call at the end of the type's init function.
void add_number_dunders(VM& vm, Type* type, bool bitwise);

// The same for complex: + - * / ** and their reflected forms, comparisons,
// __neg__, __pos__, __bool__, __complex__ and __getnewargs__ (its other
// methods are complex's own).
void add_complex_dunders(VM& vm, Type* type);

// int.real, .imag, .numerator, .denominator and float.real, .imag as data
// descriptors (after the getset_descriptor type exists).
void add_number_getsets(VM& vm);

}  // namespace pyvm::runtime
