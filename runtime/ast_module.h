// The native `_ast` module that Lib/ast.py star-imports: the AST base class,
// every node class of CPython 3.11's grammar (made from the table in
// runtime/ast_nodes.inc), the PyCF_* compiler flags, and the conversion of
// the compile service's serialised parse tree into node objects.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates `_ast`, registers it in sys.modules and returns it (the importer
// calls this the first time `_ast` is imported).
[[nodiscard]] Value create_ast_module(VM& vm);

// Builds node objects from `tree`, the form the compile service sends for
// compile(..., PyCF_ONLY_AST): a node is the tuple (class name, field values,
// attribute values), a list field a list of those; values of fields typed
// `constant` are taken as they are. Null with an exception on error.
[[nodiscard]] Value ast_from_tree(VM& vm, Value tree);

// The inverse of ast_from_tree for compile(ast_object): each node becomes
// (name of its _ast class, field values, attribute values, names of the
// fields and attributes it lacks). Null with TypeError for a non-node
// where a node is expected.
[[nodiscard]] Value ast_to_tree(VM& vm, Value node);

// True when `v` is an instance of _ast.AST (false when _ast is not loaded).
[[nodiscard]] bool is_ast_node(VM& vm, Value v);

}  // namespace pyvm::runtime
