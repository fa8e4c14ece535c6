// The native `time` module: the clocks (time, monotonic, perf_counter,
// process_time, thread_time and their _ns forms) and sleep(), with CPython
// 3.11's argument checks and error messages; the calendar functions and
// struct_time are in runtime/time_calendar.cpp.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

struct Module;

// Creates the module and registers it in sys.modules.
void create_time_module(VM& vm);

// Adds struct_time, gmtime, localtime, mktime, asctime, ctime and strftime.
void add_time_calendar(VM& vm, Module* time);

}  // namespace pyvm::runtime
