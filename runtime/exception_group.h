// BaseExceptionGroup and ExceptionGroup (PEP 654): the group layout, its
// construction checks, split/subgroup/derive, and the two instructions of
// `except*` (CHECK_EG_MATCH, PREP_RERAISE_STAR).
//
// ExceptionGroup derives from both BaseExceptionGroup (its layout base) and
// Exception; its MRO says so, and is_subtype follows the MRO.
#pragma once

#include "runtime/exceptions.h"
#include "runtime/object.h"

namespace pyvm::runtime {

struct List;

struct ExceptionGroup : BaseException {
  Value message;      // the str given as the first argument
  Tuple* exceptions;  // the nested exceptions, never empty
};

// True for instances of BaseExceptionGroup and its subclasses.
bool is_exception_group(VM& vm, Value v);

// BaseExceptionGroup.__new__: checks `message` and `exceptions` as CPython
// does and creates an instance of `cls` (ExceptionGroup instead of
// BaseExceptionGroup when every nested exception is an Exception).
[[nodiscard]] Value exception_group_new(VM& vm, Type* cls, CallArgs args);

// CHECK_EG_MATCH. slot[0] holds the exception being handled; `type` is the
// except* clause's type (or tuple). On a full or partial match writes
// slot[0] = the unmatched rest (or None), slot[1] = the matching group and
// makes that group the handled exception; otherwise writes slot[1] = None.
// Returns -1 with TypeError for an invalid clause type.
[[nodiscard]] int check_eg_match(VM& vm, Value* slot, Value type);

// PREP_RERAISE_STAR: combines what the except* clauses raised or re-raised
// (`excs`, None for clauses that completed) with the original exception
// `orig` into the one exception to re-raise, or None.
[[nodiscard]] Value prep_reraise_star(VM& vm, Value orig, List* excs);

// Called after finish_builtin_types: installs the group types' slots,
// methods and ExceptionGroup's two-base MRO.
void init_exception_group_types(VM& vm);

}  // namespace pyvm::runtime
