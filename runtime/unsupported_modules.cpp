// Import-only native modules (see runtime/unsupported_modules.h): the
// Linux values of the constants the standard library reads at import, the
// exception types, and functions that raise NotImplementedError.
#include "runtime/unsupported_modules.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>

#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct Constant {
  const char* name;
  int64_t value;
};

Value no_sockets(VM& vm, CallArgs) {
  return raise(vm, vm.types().not_implemented_error, "pyvm does not support sockets (_socket)");
}

Value no_select(VM& vm, CallArgs) {
  return raise(vm, vm.types().not_implemented_error,
               "pyvm does not support waiting on file descriptors (select)");
}

Value no_fork_exec(VM& vm, CallArgs) {
  return raise(vm, vm.types().not_implemented_error,
               "pyvm does not support running child processes (_posixsubprocess.fork_exec)");
}

Module* new_module(VM& vm, const char* name) { return module_new(vm, vm.intern(name)); }

void set(VM& vm, Module* m, const char* name, Value value) {
  dict_set_str(vm, m->dict, vm.intern(name), value);
}

void set_constants(VM& vm, Module* m, const Constant* constants, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    set(vm, m, constants[i].name, Value::from_small_int(constants[i].value));
  }
}

void set_functions(VM& vm, Module* m, std::initializer_list<const char*> names, NativeFn fn) {
  for (const char* name : names) {
    NativeFunction* f = native_function_new(vm, name, fn, 0, -1, kNativeKeywords);
    set(vm, m, name, Value::from_object(f));
  }
}

// A class made as `type(name, (base,), {...})` in `module`, with an
// `__init__` that raises (when `init` is given) and no instance dict.
Value new_class(VM& vm, const char* module, const char* name, Type* base, NativeFn init) {
  Dict* ns = dict_new(vm);
  dict_set_str(vm, ns, vm.intern("__module__"), Value::from_object(vm.intern(module)));
  if (init != nullptr) {
    NativeFunction* f =
        native_function_new(vm, "__init__", init, 0, -1, kNativeMethod | kNativeKeywords);
    dict_set_str(vm, ns, vm.intern("__init__"), Value::from_object(f));
    dict_set_str(vm, ns, vm.intern("__slots__"), Value::from_object(tuple_new(vm, 0)));
  }
  Value b = Value::from_object(base);
  Value args[3] = {Value::from_object(vm.intern(name)), Value::from_object(tuple_from(vm, &b, 1)),
                   Value::from_object(ns)};
  return call_positional(vm, Value::from_object(vm.types().type), args, 3);
}

Value registered(VM& vm, Module* m) {
  dict_set_str(vm, vm.modules(), m->name, Value::from_object(m));
  return Value::from_object(m);
}

}  // namespace

Value create_socket_module(VM& vm) {
  Module* m = new_module(vm, "_socket");
  static const Constant kConstants[] = {
      {"AF_UNSPEC", AF_UNSPEC},
      {"AF_UNIX", AF_UNIX},
      {"AF_INET", AF_INET},
      {"AF_INET6", AF_INET6},
      {"SOCK_STREAM", SOCK_STREAM},
      {"SOCK_DGRAM", SOCK_DGRAM},
      {"SOCK_RAW", SOCK_RAW},
      {"SOCK_SEQPACKET", SOCK_SEQPACKET},
      {"SOCK_NONBLOCK", SOCK_NONBLOCK},
      {"SOCK_CLOEXEC", SOCK_CLOEXEC},
      {"SOL_SOCKET", SOL_SOCKET},
      {"SO_REUSEADDR", SO_REUSEADDR},
      {"SO_REUSEPORT", SO_REUSEPORT},
      {"SO_KEEPALIVE", SO_KEEPALIVE},
      {"SO_BROADCAST", SO_BROADCAST},
      {"SO_ERROR", SO_ERROR},
      {"SO_TYPE", SO_TYPE},
      {"SO_SNDBUF", SO_SNDBUF},
      {"SO_RCVBUF", SO_RCVBUF},
      {"SOMAXCONN", SOMAXCONN},
      {"IPPROTO_IP", IPPROTO_IP},
      {"IPPROTO_TCP", IPPROTO_TCP},
      {"IPPROTO_UDP", IPPROTO_UDP},
      {"IPPROTO_IPV6", IPPROTO_IPV6},
      {"IPV6_V6ONLY", IPV6_V6ONLY},
      {"TCP_NODELAY", TCP_NODELAY},
      {"MSG_PEEK", MSG_PEEK},
      {"MSG_OOB", MSG_OOB},
      {"MSG_DONTWAIT", MSG_DONTWAIT},
      {"MSG_WAITALL", MSG_WAITALL},
      {"SHUT_RD", SHUT_RD},
      {"SHUT_WR", SHUT_WR},
      {"SHUT_RDWR", SHUT_RDWR},
      {"AI_PASSIVE", 1},
      {"AI_CANONNAME", 2},
      {"AI_NUMERICHOST", 4},
      {"AI_NUMERICSERV", 0x400},
      {"NI_NUMERICHOST", 1},
      {"NI_NUMERICSERV", 2},
  };
  set_constants(vm, m, kConstants, sizeof(kConstants) / sizeof(kConstants[0]));
  set(vm, m, "has_ipv6", vm.true_value());
  set(vm, m, "error", Value::from_object(vm.types().os_error));
  set(vm, m, "timeout", Value::from_object(vm.types().timeout_error));
  const char* const kErrors[] = {"herror", "gaierror"};
  for (const char* name : kErrors) {
    Value cls = new_class(vm, "socket", name, vm.types().os_error, nullptr);
    if (cls.is_null()) return cls;
    set(vm, m, name, cls);
  }
  Value socket = new_class(vm, "_socket", "socket", vm.types().object, no_sockets);
  if (socket.is_null()) return socket;
  set(vm, m, "socket", socket);
  set(vm, m, "SocketType", socket);
  set_functions(vm, m,
                {"getaddrinfo",
                 "getnameinfo",
                 "gethostname",
                 "gethostbyname",
                 "gethostbyname_ex",
                 "gethostbyaddr",
                 "getservbyname",
                 "getservbyport",
                 "getprotobyname",
                 "getdefaulttimeout",
                 "setdefaulttimeout",
                 "socketpair",
                 "inet_aton",
                 "inet_ntoa",
                 "inet_pton",
                 "inet_ntop",
                 "if_nameindex",
                 "if_nametoindex",
                 "if_indextoname",
                 "dup",
                 "close"},
                no_sockets);
  return registered(vm, m);
}

Value create_select_module(VM& vm) {
  Module* m = new_module(vm, "select");
  static const Constant kConstants[] = {
      {"POLLIN", POLLIN},         {"POLLPRI", POLLPRI},       {"POLLOUT", POLLOUT},
      {"POLLERR", POLLERR},       {"POLLHUP", POLLHUP},       {"POLLNVAL", POLLNVAL},
      {"POLLRDNORM", POLLRDNORM}, {"POLLWRNORM", POLLWRNORM},
  };
  set_constants(vm, m, kConstants, sizeof(kConstants) / sizeof(kConstants[0]));
  set(vm, m, "error", Value::from_object(vm.types().os_error));
  set_functions(vm, m, {"select"}, no_select);
  return registered(vm, m);
}

Value create_posixsubprocess_module(VM& vm) {
  Module* m = new_module(vm, "_posixsubprocess");
  set_functions(vm, m, {"fork_exec"}, no_fork_exec);
  return registered(vm, m);
}

}  // namespace pyvm::runtime
