// The compile service (see vm/compile_service.h): the python3.11 child, its
// message framing, the response cache, and turning a response into a code
// object or a raised exception.
#include "vm/compile_service.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/syntax_error.h"
#include "runtime/tuple.h"
#include "vm/marshal.h"
#include "vm/verifier.h"
#include "vm/vm.h"

extern char** environ;

namespace pyvm::vm {
namespace {

// The child's program: read a request, compile, answer, until end of input.
constexpr const char* kChildScript = R"PY(
import marshal, os, struct, _ast
def encode_ast(v):
    if isinstance(v, list):
        return [encode_ast(x) for x in v]
    if not isinstance(v, _ast.AST):
        return v
    return (type(v).__name__, tuple(encode_ast(getattr(v, f, None)) for f in v._fields),
            tuple(getattr(v, a, None) for a in v._attributes))
RAW_FIELDS = {('Constant', 'value'), ('MatchSingleton', 'value')}
def decode_ast(v):
    if isinstance(v, list):
        return [decode_ast(x) for x in v]
    if not isinstance(v, tuple):
        return v
    name, fields, attrs, missing = v
    cls = getattr(_ast, name)
    node = cls()
    for f, x in zip(cls._fields, fields):
        if f not in missing:
            setattr(node, f, x if (name, f) in RAW_FIELDS else decode_ast(x))
    for a, x in zip(cls._attributes, attrs):
        if a not in missing:
            setattr(node, a, x)
    return node
def serve():
    def read_exact(n):
        parts = []
        while n:
            b = os.read(0, n)
            if not b:
                raise EOFError
            parts.append(b)
            n -= len(b)
        return b''.join(parts)
    code_type = type(serve.__code__)
    while True:
        try:
            size, = struct.unpack('<I', read_exact(4))
        except EOFError:
            return
        body = read_exact(size)
        fields = []
        pos = 0
        while pos < size:
            n, = struct.unpack_from('<I', body, pos)
            fields.append(body[pos + 4:pos + 4 + n])
            pos += 4 + n
        kind, src, filename, mode, flags, optimize = fields
        try:
            if kind == b's':
                src = src.decode('utf-8', 'surrogatepass')
            elif kind == b'a':
                src = decode_ast(marshal.loads(src))
            code = compile(src, filename.decode('utf-8', 'surrogatepass'), mode.decode(),
                           int(flags), True, int(optimize))
            if type(code) is code_type:
                out = b'C' + marshal.dumps(code)
            else:
                out = b'A' + marshal.dumps(encode_ast(code))
        except BaseException as e:
            loc = None
            if isinstance(e, SyntaxError):
                loc = (e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
            try:
                out = b'E' + marshal.dumps((type(e).__name__, e.args, loc))
            except Exception:
                out = b'E' + marshal.dumps((type(e).__name__, (str(e),), None))
        out = struct.pack('<I', len(out)) + out
        view = memoryview(out)
        while view:
            view = view[os.write(1, view):]
serve()
)PY";

// Responses kept in the cache, in bytes (source + code); cleared when full.
constexpr size_t kCacheLimit = 32 << 20;

void put_u32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void put_field(std::string* out, std::string_view field) {
  put_u32(out, static_cast<uint32_t>(field.size()));
  out->append(field);
}

std::string encode_request(const CompileRequest& r) {
  std::string body;
  put_field(&body, r.source_is_ast ? "a" : r.source_is_bytes ? "b" : "s");
  put_field(&body, r.source);
  put_field(&body, r.filename);
  put_field(&body, r.mode);
  put_field(&body, std::to_string(r.flags));
  put_field(&body, std::to_string(r.optimize));
  return body;
}

bool write_all(int fd, const char* data, size_t size) {
  while (size > 0) {
    ssize_t n = send(fd, data, size, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

bool read_all(int fd, char* data, size_t size) {
  while (size > 0) {
    ssize_t n = read(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

constexpr const char* kLocationNames[] = {"filename", "lineno",     "offset",
                                          "text",     "end_lineno", "end_offset"};

// Sets a SyntaxError's location attributes from the reported tuple (the
// compiler sets them apart from args, e.g. for symbol-table errors).
void set_location(VM& vm, Value exception, Value location) {
  if (!runtime::is_tuple(vm, location) || location.as<runtime::Tuple>()->length != 6) return;
  for (int64_t i = 0; i < 6; ++i) {
    Value item = location.as<runtime::Tuple>()->at(i);
    if (runtime::set_attr(vm, exception, vm.intern(kLocationNames[i]), item) < 0) {
      vm.clear_exception();
    }
  }
}

// Raises the exception a compile failure reported: `payload` is the
// marshalled (type name, args, SyntaxError location or None) tuple.
void raise_reported(VM& vm, std::string_view payload) {
  std::string error;
  Value reported = marshal_load(vm, payload, &error);
  bool well_formed = !reported.is_null() && runtime::is_tuple(vm, reported) &&
                     reported.as<runtime::Tuple>()->length == 3 &&
                     runtime::is_str(vm, reported.as<runtime::Tuple>()->at(0)) &&
                     runtime::is_tuple(vm, reported.as<runtime::Tuple>()->at(1));
  if (!well_formed) {
    runtime::raise(vm, vm.types().system_error, "compile service: bad error report " + error);
    return;
  }
  auto* pair = reported.as<runtime::Tuple>();
  Value type = runtime::dict_get_str(vm, vm.builtins(), pair->at(0).as<runtime::Str>());
  auto* args = pair->at(1).as<runtime::Tuple>();
  if (type.is_null() || !type.is_object() || type.object()->type != vm.types().type ||
      !runtime::is_subtype(type.as<runtime::Type>(), vm.types().base_exception)) {
    std::string name = runtime::str_to_utf8(pair->at(0).as<runtime::Str>());
    Value text = args->length > 0 ? runtime::str(vm, args->at(0)) : Value();
    std::string detail = text.is_null() ? "" : ": " + runtime::str_to_utf8(text.as<runtime::Str>());
    vm.clear_exception();
    runtime::raise(vm, vm.types().runtime_error, "compile() raised " + name + detail);
    return;
  }
  Value exception =
      runtime::call_positional(vm, type, args->items(), static_cast<size_t>(args->length));
  if (exception.is_null()) return;
  if (runtime::is_syntax_error(vm, exception)) set_location(vm, exception, pair->at(2));
  runtime::raise_value(vm, exception);
}

runtime::Code* load_compiled(VM& vm, std::string_view payload) {
  std::string error;
  Value loaded = marshal_load(vm, payload, &error);
  if (loaded.is_null() || !loaded.is_object() || loaded.object()->type != vm.types().code) {
    runtime::raise(vm, vm.types().system_error, "compile service: bad code object " + error);
    return nullptr;
  }
  auto* code = loaded.as<runtime::Code>();
  if (!verify_code(vm, code, &error)) {
    runtime::raise(vm, vm.types().system_error, "compile service: code rejected: " + error);
    return nullptr;
  }
  return code;
}

}  // namespace

CompileService::~CompileService() { stop(); }

bool CompileService::start(std::string* error) {
  const char* python = std::getenv("PYVM_PYTHON");
  if (python == nullptr || *python == '\0') python = "python3.11";
  int fds[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) < 0) {
    *error = std::string("socketpair: ") + std::strerror(errno);
    return false;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], 0);
  posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
  const char* argv[] = {python, "-S", "-c", kChildScript, nullptr};
  pid_t pid = -1;
  int rc = posix_spawnp(&pid, python, &actions, nullptr, const_cast<char* const*>(argv), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  if (rc != 0) {
    close(fds[0]);
    *error = std::string("cannot run ") + python + ": " + std::strerror(rc);
    return false;
  }
  fd_ = fds[0];
  pid_ = pid;
  return true;
}

void CompileService::stop() {
  if (fd_ >= 0) close(fd_);  // the child sees end of input and exits
  fd_ = -1;
  if (pid_ > 0) {
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
  }
  pid_ = -1;
}

bool CompileService::round_trip(const std::string& request, std::string* response,
                                std::string* error) {
  if (fd_ < 0 && !start(error)) return false;
  std::string framed;
  put_u32(&framed, static_cast<uint32_t>(request.size()));
  framed += request;
  unsigned char header[4];
  if (!write_all(fd_, framed.data(), framed.size()) ||
      !read_all(fd_, reinterpret_cast<char*>(header), 4)) {
    stop();
    *error = "the compiler process (python3.11) exited";
    return false;
  }
  uint32_t size = header[0] | header[1] << 8 | header[2] << 16 | uint32_t{header[3]} << 24;
  response->assign(size, '\0');
  if (!read_all(fd_, response->data(), size) || size == 0) {
    stop();
    *error = "the compiler process (python3.11) sent a truncated answer";
    return false;
  }
  return true;
}

void CompileService::remember(const std::string& request, const std::string& response) {
  size_t bytes = request.size() + response.size();
  if (bytes > kCacheLimit / 4) return;
  if (cache_bytes_ + bytes > kCacheLimit) {
    cache_.clear();
    cache_bytes_ = 0;
  }
  cache_.emplace(request, response);
  cache_bytes_ += bytes;
}

bool CompileService::exchange(const std::string& request, std::string* response,
                              std::string* error) {
  ++requests_;
  auto hit = cache_.find(request);
  if (hit != cache_.end()) {
    *response = hit->second;
    return true;
  }
  if (request.size() > UINT32_MAX - 16) {
    *error = "source too large";
    return false;
  }
  if (!round_trip(request, response, error)) return false;
  ++compilations_;
  remember(request, *response);
  return true;
}

namespace {

// Sends `request` and stores the answer in `*response`; false with an
// exception pending when the service failed or the compiler raised.
bool exchange_request(VM& vm, const CompileRequest& request, std::string* response) {
  if (vm.compile_service == nullptr) vm.compile_service = new CompileService();
  std::string error;
  if (!vm.compile_service->exchange(encode_request(request), response, &error)) {
    runtime::raise(vm, vm.types().runtime_error, "compile(): " + error);
    return false;
  }
  if ((*response)[0] == 'E') {
    raise_reported(vm, std::string_view(*response).substr(1));
    return false;
  }
  return true;
}

}  // namespace

runtime::Code* compile_source(VM& vm, const CompileRequest& request) {
  std::string response;
  if (!exchange_request(vm, request, &response)) return nullptr;
  std::string_view payload = std::string_view(response).substr(1);
  if (response[0] == 'C') return load_compiled(vm, payload);
  runtime::raise(vm, vm.types().system_error, "compile service: expected a code object");
  return nullptr;
}

Value compile_to_ast_tree(VM& vm, const CompileRequest& request) {
  std::string response;
  if (!exchange_request(vm, request, &response)) return Value::null();
  if (response[0] != 'A') {
    return runtime::raise(vm, vm.types().system_error, "compile service: expected an AST");
  }
  std::string error;
  Value tree = marshal_load(vm, std::string_view(response).substr(1), &error);
  if (tree.is_null() && !vm.has_exception()) {
    runtime::raise(vm, vm.types().system_error, "compile service: bad AST " + error);
  }
  return tree;
}

void destroy_compile_service(VM& vm) {
  delete vm.compile_service;
  vm.compile_service = nullptr;
}

}  // namespace pyvm::vm
