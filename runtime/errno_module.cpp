// The native `errno` module: the Linux errno constants by name, and
// `errorcode` mapping each number back to a name (for numbers with two names,
// the one CPython's table keeps: EAGAIN, EDEADLOCK, ENOTSUP).
#include "runtime/errno_module.h"

#include <cerrno>
#include <string_view>

#include "runtime/dict.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct ErrnoName {
  const char* name;
  int value;
};

// Ordered by value; a number's second spelling follows its first.
constexpr ErrnoName kErrnoNames[] = {
    {"EPERM", EPERM},
    {"ENOENT", ENOENT},
    {"ESRCH", ESRCH},
    {"EINTR", EINTR},
    {"EIO", EIO},
    {"ENXIO", ENXIO},
    {"E2BIG", E2BIG},
    {"ENOEXEC", ENOEXEC},
    {"EBADF", EBADF},
    {"ECHILD", ECHILD},
    {"EAGAIN", EAGAIN},
    {"EWOULDBLOCK", EWOULDBLOCK},
    {"ENOMEM", ENOMEM},
    {"EACCES", EACCES},
    {"EFAULT", EFAULT},
    {"ENOTBLK", ENOTBLK},
    {"EBUSY", EBUSY},
    {"EEXIST", EEXIST},
    {"EXDEV", EXDEV},
    {"ENODEV", ENODEV},
    {"ENOTDIR", ENOTDIR},
    {"EISDIR", EISDIR},
    {"EINVAL", EINVAL},
    {"ENFILE", ENFILE},
    {"EMFILE", EMFILE},
    {"ENOTTY", ENOTTY},
    {"ETXTBSY", ETXTBSY},
    {"EFBIG", EFBIG},
    {"ENOSPC", ENOSPC},
    {"ESPIPE", ESPIPE},
    {"EROFS", EROFS},
    {"EMLINK", EMLINK},
    {"EPIPE", EPIPE},
    {"EDOM", EDOM},
    {"ERANGE", ERANGE},
    {"EDEADLK", EDEADLK},
    {"EDEADLOCK", EDEADLOCK},
    {"ENAMETOOLONG", ENAMETOOLONG},
    {"ENOLCK", ENOLCK},
    {"ENOSYS", ENOSYS},
    {"ENOTEMPTY", ENOTEMPTY},
    {"ELOOP", ELOOP},
    {"ENOMSG", ENOMSG},
    {"EIDRM", EIDRM},
    {"ECHRNG", ECHRNG},
    {"EL2NSYNC", EL2NSYNC},
    {"EL3HLT", EL3HLT},
    {"EL3RST", EL3RST},
    {"ELNRNG", ELNRNG},
    {"EUNATCH", EUNATCH},
    {"ENOCSI", ENOCSI},
    {"EL2HLT", EL2HLT},
    {"EBADE", EBADE},
    {"EBADR", EBADR},
    {"EXFULL", EXFULL},
    {"ENOANO", ENOANO},
    {"EBADRQC", EBADRQC},
    {"EBADSLT", EBADSLT},
    {"EBFONT", EBFONT},
    {"ENOSTR", ENOSTR},
    {"ENODATA", ENODATA},
    {"ETIME", ETIME},
    {"ENOSR", ENOSR},
    {"ENONET", ENONET},
    {"ENOPKG", ENOPKG},
    {"EREMOTE", EREMOTE},
    {"ENOLINK", ENOLINK},
    {"EADV", EADV},
    {"ESRMNT", ESRMNT},
    {"ECOMM", ECOMM},
    {"EPROTO", EPROTO},
    {"EMULTIHOP", EMULTIHOP},
    {"EDOTDOT", EDOTDOT},
    {"EBADMSG", EBADMSG},
    {"EOVERFLOW", EOVERFLOW},
    {"ENOTUNIQ", ENOTUNIQ},
    {"EBADFD", EBADFD},
    {"EREMCHG", EREMCHG},
    {"ELIBACC", ELIBACC},
    {"ELIBBAD", ELIBBAD},
    {"ELIBSCN", ELIBSCN},
    {"ELIBMAX", ELIBMAX},
    {"ELIBEXEC", ELIBEXEC},
    {"EILSEQ", EILSEQ},
    {"ERESTART", ERESTART},
    {"ESTRPIPE", ESTRPIPE},
    {"EUSERS", EUSERS},
    {"ENOTSOCK", ENOTSOCK},
    {"EDESTADDRREQ", EDESTADDRREQ},
    {"EMSGSIZE", EMSGSIZE},
    {"EPROTOTYPE", EPROTOTYPE},
    {"ENOPROTOOPT", ENOPROTOOPT},
    {"EPROTONOSUPPORT", EPROTONOSUPPORT},
    {"ESOCKTNOSUPPORT", ESOCKTNOSUPPORT},
    {"ENOTSUP", ENOTSUP},
    {"EOPNOTSUPP", EOPNOTSUPP},
    {"EPFNOSUPPORT", EPFNOSUPPORT},
    {"EAFNOSUPPORT", EAFNOSUPPORT},
    {"EADDRINUSE", EADDRINUSE},
    {"EADDRNOTAVAIL", EADDRNOTAVAIL},
    {"ENETDOWN", ENETDOWN},
    {"ENETUNREACH", ENETUNREACH},
    {"ENETRESET", ENETRESET},
    {"ECONNABORTED", ECONNABORTED},
    {"ECONNRESET", ECONNRESET},
    {"ENOBUFS", ENOBUFS},
    {"EISCONN", EISCONN},
    {"ENOTCONN", ENOTCONN},
    {"ESHUTDOWN", ESHUTDOWN},
    {"ETOOMANYREFS", ETOOMANYREFS},
    {"ETIMEDOUT", ETIMEDOUT},
    {"ECONNREFUSED", ECONNREFUSED},
    {"EHOSTDOWN", EHOSTDOWN},
    {"EHOSTUNREACH", EHOSTUNREACH},
    {"EALREADY", EALREADY},
    {"EINPROGRESS", EINPROGRESS},
    {"ESTALE", ESTALE},
    {"EUCLEAN", EUCLEAN},
    {"ENOTNAM", ENOTNAM},
    {"ENAVAIL", ENAVAIL},
    {"EISNAM", EISNAM},
    {"EREMOTEIO", EREMOTEIO},
    {"EDQUOT", EDQUOT},
    {"ENOMEDIUM", ENOMEDIUM},
    {"EMEDIUMTYPE", EMEDIUMTYPE},
    {"ECANCELED", ECANCELED},
    {"ENOKEY", ENOKEY},
    {"EKEYEXPIRED", EKEYEXPIRED},
    {"EKEYREVOKED", EKEYREVOKED},
    {"EKEYREJECTED", EKEYREJECTED},
    {"EOWNERDEAD", EOWNERDEAD},
    {"ENOTRECOVERABLE", ENOTRECOVERABLE},
    {"ERFKILL", ERFKILL},
};

// The spellings errorcode does not show for their number.
bool is_hidden_alias(std::string_view name) {
  return name == "EWOULDBLOCK" || name == "EDEADLK" || name == "EOPNOTSUPP";
}

}  // namespace

Value create_errno_module(VM& vm) {
  Module* module = module_new(vm, vm.intern("errno"));
  Dict* errorcode = dict_new(vm);
  for (const ErrnoName& entry : kErrnoNames) {
    Str* name = vm.intern(entry.name);
    Value number = Value::from_small_int(entry.value);
    dict_set_str(vm, module->dict, name, number);
    if (!is_hidden_alias(entry.name)) {
      if (dict_set(vm, errorcode, number, Value::from_object(name)) < 0) return Value::null();
    }
  }
  dict_set_str(vm, module->dict, vm.intern("errorcode"), Value::from_object(errorcode));
  dict_set_str(vm, vm.modules(), module->name, Value::from_object(module));
  return Value::from_object(module);
}

}  // namespace pyvm::runtime
