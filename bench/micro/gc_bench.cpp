// Google Benchmark micro-benchmarks for the collector: the allocation fast path
// (vm.allocate and float_new, with minor collections amortised in) and the
// pause of one minor collection while a large old heap is alive, which should
// depend on the young objects and the remembered set, not on the old heap.
// Run: build/bench/pyvm_gc_bench  (not part of ctest).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <vector>

#include "gc/heap.h"
#include "runtime/float.h"
#include "runtime/list.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::bench {
namespace {

using runtime::List;
using runtime::Tuple;

// Bytes of heap per old entry: a 2-tuple (48-byte cell) and two floats
// (32-byte cells each).
constexpr size_t kEntryBytes = 48 + 2 * 32;
constexpr int64_t kEntriesPerList = 500;

Value make_pair(VM& vm, double x) {
  Value a = runtime::float_new(vm, x);
  Value b = runtime::float_new(vm, x + 0.5);
  Tuple* t = runtime::tuple_new(vm, 2);
  runtime::tuple_init_item(vm, t, 0, a);
  runtime::tuple_init_item(vm, t, 1, b);
  return Value::from_object(t);
}

// Fills `roots` with lists of pairs until about `megabytes` of heap are live.
void build_old_heap(VM& vm, gc::RootedValues& roots, size_t megabytes) {
  size_t entries = (megabytes << 20) / kEntryBytes;
  int64_t lists = static_cast<int64_t>(entries) / kEntriesPerList;
  for (int64_t l = 0; l < lists; ++l) {
    List* list = runtime::list_new(vm, kEntriesPerList);
    roots.push_back(Value::from_object(list));
    for (int64_t i = 0; i < kEntriesPerList; ++i) {
      runtime::list_append(vm, list, make_pair(vm, static_cast<double>(i)));
    }
  }
}

// Allocates about `bytes` of young garbage, and stores `survivors` young pairs
// into old lists so that the remembered set is not empty.
void allocate_young(VM& vm, gc::RootedValues& roots, size_t bytes, int survivors) {
  size_t pairs = bytes / kEntryBytes;
  for (size_t i = 0; i < pairs; ++i) benchmark::DoNotOptimize(make_pair(vm, 1.0));
  if (roots.empty()) return;
  for (int s = 0; s < survivors; ++s) {
    auto* list = roots[static_cast<size_t>(s * 7919) % roots.size()].as<List>();
    runtime::list_set_item(vm, list, s % list->length, make_pair(vm, 2.0));
  }
}

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[index];
}

// vm.allocate of a bare object of state.range(0) bytes; the objects die at
// once, so minor collections of garbage are included, amortised.
void BM_Allocate(benchmark::State& state) {
  VM vm;
  auto bytes = static_cast<size_t>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(vm.allocate(vm.types().object, bytes));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
  state.counters["minor_gcs"] = static_cast<double>(vm.heap().stats().minor_collections);
}
BENCHMARK(BM_Allocate)->Arg(16)->Arg(32)->Arg(64)->Arg(256);

void BM_FloatNew(benchmark::State& state) {
  VM vm;
  double x = 0.0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(runtime::float_new(vm, x));
    x += 1.0;
  }
  state.counters["minor_gcs"] = static_cast<double>(vm.heap().stats().minor_collections);
}
BENCHMARK(BM_FloatNew);

// One minor collection after a young generation's worth of allocation (the
// heap's young_bytes: 2 MiB by default, PYVM_GC_YOUNG_BYTES to change it),
// with state.range(0) MB of old objects alive (in lists of 500 pairs) and
// state.range(1) young pairs stored into old lists, which puts up to that many
// old lists in the remembered set. The benchmark time is the pause; the
// counters give its percentiles over the iterations.
void BM_MinorPause(benchmark::State& state) {
  VM vm;
  gc::Heap& heap = vm.heap();
  gc::RootedValues roots(heap);
  build_old_heap(vm, roots, static_cast<size_t>(state.range(0)));
  heap.collect(true);  // everything built so far is now old
  heap.set_enabled(false);
  std::vector<double> pauses_ms;
  std::vector<double> cpu_pauses_ms;  // immune to preemption on a busy machine
  for (auto _ : state) {
    allocate_young(vm, roots, heap.options().young_bytes, static_cast<int>(state.range(1)));
    auto start = std::chrono::steady_clock::now();
    double cpu_start = thread_cpu_ms();
    heap.collect(false);
    cpu_pauses_ms.push_back(thread_cpu_ms() - cpu_start);
    std::chrono::duration<double> pause = std::chrono::steady_clock::now() - start;
    state.SetIterationTime(pause.count());
    pauses_ms.push_back(pause.count() * 1e3);
  }
  heap.set_enabled(true);
  state.counters["old_heap_mb"] = static_cast<double>(heap.heap_bytes()) / (1 << 20);
  state.counters["p50_ms"] = percentile(pauses_ms, 0.50);
  state.counters["p99_ms"] = percentile(pauses_ms, 0.99);
  state.counters["max_ms"] = percentile(pauses_ms, 1.0);
  state.counters["cpu_p50_ms"] = percentile(cpu_pauses_ms, 0.50);
  state.counters["cpu_p99_ms"] = percentile(cpu_pauses_ms, 0.99);
}
BENCHMARK(BM_MinorPause)
    ->Args({0, 0})
    ->Args({200, 0})
    ->Args({200, 10})
    ->Args({200, 100})
    ->Args({200, 1000})
    ->Iterations(200)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace pyvm::bench

BENCHMARK_MAIN();
