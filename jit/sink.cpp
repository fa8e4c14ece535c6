// Allocation sinking (see jit/sink.h).
#include "jit/sink.h"

#include <algorithm>

#include "jit/alloc_helpers.h"
#include "jit/deopt.h"
#include "jit/layout.h"
#include "jit/trace.h"
#include "runtime/instance.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

// Exit buffer words a snapshot may use (jit/jit.cpp holds 1100).
constexpr size_t kMaxExitWords = 1000;

class Sinker {
 public:
  explicit Sinker(Trace& t) : t_(t), ir_(t.ir) {}
  void run();

 private:
  bool analyse(Ref alloc, SunkObject* out);
  bool reaches_final_exit(Ref alloc) const;
  bool shape_guard_ok(Ref load, uint64_t shape);
  void rewrite();
  std::vector<Ref> snapshot_extras(uint16_t s) const;
  // The value saved for a field: a boxed float or bool is saved unboxed.
  Ref field_value(Ref add) const {
    Ref v = ir_[add].b;
    IrOp op = ir_[v].op;
    return op == IrOp::BOXNUM || op == IrOp::BOXBOOL ? ir_[v].a : v;
  }

  bool never_null(Ref r) const {
    IrOp op = ir_[r].op;
    if (ir_.is_const(r)) return ir_.const_bits(r) != 0;
    return op == IrOp::BOXNUM || op == IrOp::BOXBOOL || op == IrOp::BOXINT ||
           op == IrOp::SUNKINST || op == IrOp::NEWINST;
  }

  Trace& t_;
  IrBuffer& ir_;
  std::vector<Ref> nonnull_;  // `NE x, null` known true
  std::vector<std::vector<Ref>> users_;
  std::vector<Ref> subst_;
  std::vector<uint8_t> remove_;  // 1: the instruction becomes a NOP
};

void Sinker::run() {
  auto n = static_cast<size_t>(ir_.size());
  users_.assign(n, {});
  subst_.resize(n);
  for (size_t r = 0; r < n; ++r) subst_[r] = static_cast<Ref>(r);
  remove_.assign(n, 0);
  for (Ref r = 1; r < ir_.size(); ++r) {
    const Ins& ins = ir_[r];
    if (ir_has(ins.op, kConst)) continue;
    if (ins.a != kNoRef) users_[static_cast<size_t>(ins.a)].push_back(r);
    if (ins.b != kNoRef && ins.b != ins.a) users_[static_cast<size_t>(ins.b)].push_back(r);
    if (ins.op == IrOp::LIST_STORE) users_[static_cast<size_t>(ins.imm)].push_back(r);
  }
  for (Ref r = 1; r < ir_.size(); ++r) {
    if (ir_[r].op != IrOp::NEWINST) continue;
    SunkObject object;
    std::vector<Ref> subst_before = subst_;
    std::vector<uint8_t> remove_before = remove_;
    if (!analyse(r, &object)) {
      subst_ = std::move(subst_before);
      remove_ = std::move(remove_before);
      continue;
    }
    t_.sunk.push_back(std::move(object));
  }
  // Bounded exit buffers: with too many fields to save, nothing is sunk.
  for (uint16_t s = 0; s < t_.snapshots.size() && !t_.sunk.empty(); ++s) {
    if (t_.snapshots[s].count + snapshot_extras(s).size() > kMaxExitWords) t_.sunk.clear();
  }
  if (t_.sunk.empty()) {
    t_.sunk_extras.clear();
    return;
  }
  rewrite();
  t_.sunk_extras.assign(t_.snapshots.size(), {});
  for (uint16_t s = 0; s < t_.snapshots.size(); ++s) t_.sunk_extras[s] = snapshot_extras(s);
}

// Whether every use of `alloc` allows sinking it; fills the substitutions
// (attribute loads -> stored values) and the removals on the way.
bool Sinker::analyse(Ref alloc, SunkObject* out) {
  const Ins& n = ir_[alloc];
  out->alloc = alloc;
  if (reaches_final_exit(alloc)) return false;
  // The shape after each add, in trace order; the initial shape first.
  auto* cls = reinterpret_cast<runtime::UserType*>(ir_.const_bits(n.a));
  std::vector<std::pair<Ref, uint64_t>> shapes = {
      {alloc, reinterpret_cast<uint64_t>(cls->initial_shape)}};
  auto shape_at = [&](Ref r) {
    uint64_t s = shapes[0].second;
    for (auto& [at, shape] : shapes) {
      if (at < r) s = shape;
    }
    return s;
  };
  std::vector<Ref> loads;  // FLOADs of the slots pointer
  for (Ref u : users_[static_cast<size_t>(alloc)]) {
    const Ins& ins = ir_[u];
    switch (ins.op) {
      case IrOp::SLOT_ADD:
        if (ins.a != alloc || ins.b == alloc) return false;
        out->adds.push_back(u);
        shapes.emplace_back(u, ir_.const_bits(ins.imm));
        break;
      case IrOp::GUARD_TYPE:
        if (ir_.const_bits(ins.b) != reinterpret_cast<uint64_t>(cls)) return false;
        remove_[static_cast<size_t>(u)] = 1;
        break;
      case IrOp::FLOAD:
        if (ins.imm == layout::kInstanceSlots) {
          loads.push_back(u);
        } else if (ins.imm != layout::kInstanceShape) {
          return false;
        }
        break;
      default:
        return false;
    }
  }
  for (Ref u : users_[static_cast<size_t>(alloc)]) {
    const Ins& ins = ir_[u];
    if (ins.op == IrOp::FLOAD && ins.imm == layout::kInstanceShape &&
        !shape_guard_ok(u, shape_at(u))) {
      return false;
    }
  }
  // Attribute loads: the value the latest add of that slot stored.
  for (Ref f : loads) {
    remove_[static_cast<size_t>(f)] = 1;
    for (Ref u : users_[static_cast<size_t>(f)]) {
      const Ins& load = ir_[u];
      if (load.op != IrOp::ALOAD || load.a != f || !ir_.is_const(load.b)) return false;
      int64_t index = ir_.const_int(load.b);
      Ref value = kNoRef;
      for (Ref add : out->adds) {
        auto* shape = reinterpret_cast<runtime::Shape*>(ir_.const_bits(ir_[add].imm));
        if (add < u && shape->index == index) value = ir_[add].b;
      }
      if (value == kNoRef) return false;
      subst_[static_cast<size_t>(u)] = value;
      remove_[static_cast<size_t>(u)] = 1;
    }
  }
  // A field holding a sunk object would need nested materialisation.
  for (Ref add : out->adds) {
    if (ir_[ir_[add].b].op == IrOp::NEWINST || ir_[ir_[add].b].op == IrOp::SUNKINST) return false;
  }
  for (const SunkObject& o : t_.sunk) {
    for (Ref add : o.adds) {
      if (ir_[add].b == alloc) return false;
    }
  }
  return true;
}

// Whether the snapshot of an unconditional EXIT (the end of a trace without
// a loop: a function trace's return, a side trace's link) references
// `alloc`: that exit is taken every time, so a sunk object would be
// materialised by the restorer on every run, which costs far more than the
// allocation itself (binary_trees returns each new Node that way).
bool Sinker::reaches_final_exit(Ref alloc) const {
  for (Ref r = 1; r < ir_.size(); ++r) {
    const Ins& ins = ir_[r];
    if (ins.op != IrOp::EXIT || ins.snap == kNoSnapshot) continue;
    const Snapshot& snap = t_.snapshots[ins.snap];
    const SnapEntry* e = t_.snapshots.entries(snap);
    for (uint32_t k = 0; k < snap.count; ++k) {
      if (e[k].ref == alloc) return true;
    }
  }
  return false;
}

// FLOAD of the shape of a sunk object: its users must be `EQ shape, K`
// guarded true, with K the shape the object has there.
bool Sinker::shape_guard_ok(Ref load, uint64_t shape) {
  std::vector<Ref> removed;
  for (Ref u : users_[static_cast<size_t>(load)]) {
    const Ins& eq = ir_[u];
    if (eq.op != IrOp::EQ || eq.a != load || !ir_.is_const(eq.b) || ir_.const_bits(eq.b) != shape) {
      return false;
    }
    for (Ref g : users_[static_cast<size_t>(u)]) {
      if (ir_[g].op != IrOp::GUARD_TRUE) return false;
      removed.push_back(g);
    }
    removed.push_back(u);
  }
  removed.push_back(load);
  for (Ref r : removed) remove_[static_cast<size_t>(r)] = 1;
  return true;
}

void Sinker::rewrite() {
  for (const SunkObject& o : t_.sunk) {
    ir_.at(o.alloc).op = IrOp::SUNKINST;
    for (Ref add : o.adds) ir_.at(add).op = IrOp::SUNKADD;
  }
  // Substitutions chain (a load of a field that holds another load): follow
  // them to the end; each points to an earlier ref.
  auto sub = [&](Ref r) {
    while (subst_[static_cast<size_t>(r)] != r) r = subst_[static_cast<size_t>(r)];
    return r;
  };
  for (Ref r = 1; r < ir_.size(); ++r) {
    Ins& ins = ir_.at(r);
    if (ir_has(ins.op, kConst)) continue;
    if (remove_[static_cast<size_t>(r)]) {
      ins = Ins{IrOp::NOP, IrType::kVoid, kNoSnapshot, kNoRef, kNoRef, 0};
      continue;
    }
    ins.a = sub(ins.a);
    ins.b = sub(ins.b);
    if (ins.op == IrOp::LIST_STORE) ins.imm = sub(ins.imm);
    // A sunk field's value is a box the trace made: never null, so the
    // attribute loads' null checks hold.
    if (ins.op == IrOp::NE && ir_.is_const(ins.b) && ir_.const_bits(ins.b) == 0 &&
        never_null(ins.a)) {
      nonnull_.push_back(r);
    }
    if (ins.op == IrOp::GUARD_TRUE &&
        std::find(nonnull_.begin(), nonnull_.end(), ins.a) != nonnull_.end()) {
      ins = Ins{IrOp::NOP, IrType::kVoid, kNoSnapshot, kNoRef, kNoRef, 0};
      continue;
    }
    // An unbox of a value the trace boxed: the unboxed value itself.
    bool unbox_num = ins.op == IrOp::UNBOXNUM && ir_[ins.a].op == IrOp::BOXNUM;
    bool unbox_int = ins.op == IrOp::UNBOXINT && ir_[ins.a].op == IrOp::BOXINT;
    if (unbox_num || unbox_int) {
      subst_[static_cast<size_t>(r)] = ir_[ins.a].a;
      ins = Ins{IrOp::NOP, IrType::kVoid, kNoSnapshot, kNoRef, kNoRef, 0};
    }
  }
  for (uint16_t s = 0; s < t_.snapshots.size(); ++s) {
    const Snapshot& snap = t_.snapshots[s];
    SnapEntry* e = t_.snapshots.mutable_entries(snap);
    for (uint32_t k = 0; k < snap.count; ++k) e[k].ref = sub(e[k].ref);
  }
}

// The field values snapshot `s` saves for the sunk objects it references, in
// the order the restorer reads them.
std::vector<Ref> Sinker::snapshot_extras(uint16_t s) const {
  std::vector<Ref> extras;
  const Snapshot& snap = t_.snapshots[s];
  const SnapEntry* e = t_.snapshots.entries(snap);
  std::vector<Ref> seen;
  for (uint32_t k = 0; k < snap.count; ++k) {
    Ref ref = e[k].ref;
    for (const SunkObject& o : t_.sunk) {
      if (o.alloc != ref || std::find(seen.begin(), seen.end(), ref) != seen.end()) continue;
      seen.push_back(ref);
      for (Ref add : o.adds) {
        if (add < snap.position) extras.push_back(field_value(add));
      }
    }
  }
  return extras;
}

}  // namespace

void sink_allocations(Trace& trace) {
  drop_dead_tuples(trace);
  Sinker(trace).run();
}

Value materialize_sunk(vm::VM& vm, const Trace& trace, uint32_t snapshot, Ref ref,
                       const uint64_t* exit_values, std::vector<std::pair<Ref, uint64_t>>* cache) {
  for (auto& [r, bits] : *cache) {
    if (r == ref) return Value::from_raw(bits);
  }
  const Snapshot& snap = trace.snapshots[snapshot];
  const IrBuffer& ir = trace.ir;
  // The exit buffer's words after the entries: the objects in entry order.
  size_t word = snap.count;
  const SnapEntry* e = trace.snapshots.entries(snap);
  std::vector<Ref> order;
  for (uint32_t k = 0; k < snap.count; ++k) {
    if (ir[e[k].ref].op == IrOp::SUNKINST &&
        std::find(order.begin(), order.end(), e[k].ref) == order.end()) {
      order.push_back(e[k].ref);
    }
  }
  for (Ref o : order) {
    const SunkObject* object = nullptr;
    for (const SunkObject& s : trace.sunk) object = s.alloc == o ? &s : object;
    if (object == nullptr) continue;
    if (o != ref) {
      for (Ref add : object->adds) word += add < snap.position ? 1 : 0;
      continue;
    }
    auto* cls = reinterpret_cast<runtime::Object*>(ir.const_bits(ir[o].a));
    Value instance = Value::from_raw(helper_new_instance(&vm, cls));
    for (Ref add : object->adds) {
      if (add >= snap.position) continue;
      Ref v = ir[add].b;
      if (ir[v].op == IrOp::BOXNUM || ir[v].op == IrOp::BOXBOOL) v = ir[v].a;
      uint64_t bits = ir.is_const(v) ? ir.const_bits(v) : exit_values[word];
      ++word;
      Value boxed = box_value(vm, ir[v].type, bits);
      auto* shape = reinterpret_cast<runtime::Object*>(ir.const_bits(ir[add].imm));
      helper_slot_add(&vm, instance.object(), boxed.raw(), shape);
    }
    cache->emplace_back(ref, instance.raw());
    return instance;
  }
  return Value::null();
}

}  // namespace pyvm::jit
