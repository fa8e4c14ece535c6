// Stack effects of every CPython 3.11 opcode, written from the instruction
// semantics in CPYTHON311-FORMATS.md sections 4 and 7.
//
// These follow the runtime, which differs from CPython's compile-time
// stack_effect() in three places: PRECALL n really leaves the stack alone
// (the compiler books its -n there and -1 on CALL; the interpreter pops n+1
// at CALL), and RETURN_GENERATOR and YIELD_VALUE are resumed with the sent
// value pushed. The verifier needs the runtime view to check that every value
// an instruction reads is really on the stack.
#include "vm/stack_effect.h"

#include <bit>

#include "vm/opcodes.h"

namespace pyvm::vm {
namespace {

StackUse use(int64_t pops, int64_t pushes) { return StackUse{pops, pushes}; }

// Opcodes whose effect depends on the oparg or on the jump.
StackUse stack_use_with_arg(uint8_t op, int64_t arg, bool jump) {
  switch (op) {
    case UNPACK_SEQUENCE:
      return use(1, arg);
    case UNPACK_EX:
      return use(1, (arg & 0xFF) + (arg >> 8) + 1);
    case FOR_ITER:
      return use(1, jump ? 0 : 2);
    case SEND:
      return use(2, jump ? 1 : 2);
    case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP:
      return use(1, jump ? 1 : 0);
    case SWAP:
      return use(arg, arg);
    case COPY:
      return use(arg, arg + 1);
    case BUILD_TUPLE:
    case BUILD_LIST:
    case BUILD_SET:
    case BUILD_STRING:
    case BUILD_SLICE:
      return use(arg, 1);
    case BUILD_MAP:
      return use(2 * arg, 1);
    case BUILD_CONST_KEY_MAP:
      return use(arg + 1, 1);
    case LOAD_GLOBAL:
      return use(0, 1 + (arg & 1));
    case RERAISE:
      return use(arg + 1, arg);
    case RAISE_VARARGS:
      return use(arg, 0);
    case MAKE_FUNCTION:
      return use(1 + std::popcount(static_cast<uint32_t>(arg & 0xF)), 1);
    case CALL_FUNCTION_EX:
      return use(3 + (arg & 1), 1);
    case LIST_APPEND:
    case SET_ADD:
    case LIST_EXTEND:
    case SET_UPDATE:
    case DICT_MERGE:
    case DICT_UPDATE:
      return use(arg + 1, arg);
    case MAP_ADD:
      return use(arg + 2, arg);
    case FORMAT_VALUE:
      return use((arg & 4) ? 2 : 1, 1);
    case PRECALL:
      return use(arg + 2, arg + 2);
    case CALL:
      return use(arg + 2, 1);
    default:
      return use(0, 0);
  }
}

}  // namespace

StackUse stack_use(uint8_t op, uint32_t arg, bool jump) {
  switch (op) {
    case POP_TOP:
    case RETURN_VALUE:
    case IMPORT_STAR:
    case PRINT_EXPR:
    case POP_EXCEPT:
    case STORE_NAME:
    case STORE_GLOBAL:
    case STORE_FAST:
    case STORE_DEREF:
    case DELETE_ATTR:
    case POP_JUMP_FORWARD_IF_FALSE:
    case POP_JUMP_FORWARD_IF_TRUE:
    case POP_JUMP_FORWARD_IF_NONE:
    case POP_JUMP_FORWARD_IF_NOT_NONE:
    case POP_JUMP_BACKWARD_IF_FALSE:
    case POP_JUMP_BACKWARD_IF_TRUE:
    case POP_JUMP_BACKWARD_IF_NONE:
    case POP_JUMP_BACKWARD_IF_NOT_NONE:
      return use(1, 0);
    case PUSH_NULL:
    case LOAD_BUILD_CLASS:
    case LOAD_ASSERTION_ERROR:
    case RETURN_GENERATOR:
    case LOAD_CONST:
    case LOAD_NAME:
    case LOAD_FAST:
    case LOAD_CLOSURE:
    case LOAD_DEREF:
    case LOAD_CLASSDEREF:
      return use(0, 1);
    case UNARY_POSITIVE:
    case UNARY_NEGATIVE:
    case UNARY_NOT:
    case UNARY_INVERT:
    case GET_ITER:
    case GET_YIELD_FROM_ITER:
    case GET_AITER:
    case GET_AWAITABLE:
    case LIST_TO_TUPLE:
    case YIELD_VALUE:
    case ASYNC_GEN_WRAP:
    case LOAD_ATTR:
      return use(1, 1);
    case BINARY_SUBSCR:
    case BINARY_OP:
    case COMPARE_OP:
    case IS_OP:
    case CONTAINS_OP:
    case IMPORT_NAME:
    case PREP_RERAISE_STAR:
      return use(2, 1);
    case GET_LEN:
    case MATCH_MAPPING:
    case MATCH_SEQUENCE:
    case PUSH_EXC_INFO:
    case GET_ANEXT:
    case BEFORE_ASYNC_WITH:
    case BEFORE_WITH:
    case IMPORT_FROM:
    case LOAD_METHOD:
      return use(1, 2);
    case MATCH_KEYS:
      return use(2, 3);
    case CHECK_EXC_MATCH:
    case CHECK_EG_MATCH:
      return use(2, 2);
    case WITH_EXCEPT_START:
      return use(4, 5);
    case END_ASYNC_FOR:
    case DELETE_SUBSCR:
      return use(2, 0);
    case STORE_SUBSCR:
      return use(3, 0);
    case STORE_ATTR:
      return use(2, 0);
    case MATCH_CLASS:
      return use(3, 1);
    default:
      return stack_use_with_arg(op, arg, jump);
  }
}

int64_t stack_effect(uint8_t op, uint32_t arg, bool jump) {
  StackUse u = stack_use(op, arg, jump);
  return u.pushes - u.pops;
}

bool is_terminator(uint8_t op) {
  switch (op) {
    case RETURN_VALUE:
    case RAISE_VARARGS:
    case RERAISE:
    case JUMP_FORWARD:
    case JUMP_BACKWARD:
    case JUMP_BACKWARD_NO_INTERRUPT:
      return true;
    default:
      return false;
  }
}

}  // namespace pyvm::vm
