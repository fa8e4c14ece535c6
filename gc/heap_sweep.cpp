// Sweeping (see gc/heap.h and docs/gc.md): weak slots, finalization,
// freeing unmarked cells by bitmap arithmetic, large objects, and returning
// empty blocks to the OS.
#include "gc/heap.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "gc/heap_internal.h"

namespace pyvm::gc {

// Runs the type's finalizer of an object being freed and forgets the memory
// it owned outside the heap.
void Heap::finalize_dead(Object* object) {
  size_t bytes = static_cast<size_t>(object->gc_word >> kExternalShift) << 10;
  external_bytes_ -= std::min(bytes, external_bytes_);
  if (object->type != nullptr && object->type->finalize != nullptr) object->type->finalize(object);
}

void Heap::add_weak_slot(Object* holder, Value* slot) { weak_slots_.push_back({holder, slot}); }

std::vector<Object*> Heap::take_cleared_weak_holders() {
  std::vector<Object*> out;
  out.swap(cleared_weak_holders_);
  return out;
}

void Heap::register_finalizer(Object* object) { finalizable_.push_back(object); }

std::vector<Object*> Heap::take_pending_finalization() {
  std::vector<Object*> out;
  out.swap(pending_finalization_);
  return out;
}

// After marking: a weak slot whose referent was not reached is cleared; an
// entry whose holder was not reached is dropped (the holder is garbage).
void Heap::clear_dead_weak_slots(const Marker& marker) {
  size_t kept = 0;
  for (const WeakSlot& entry : weak_slots_) {
    if (!marker.reached(entry.holder)) continue;
    Value referent = *entry.slot;
    if (referent.is_object() && !marker.reached(referent.object())) {
      *entry.slot = Value::null();
      cleared_weak_holders_.push_back(entry.holder);
      continue;
    }
    if (referent.is_object()) weak_slots_[kept++] = entry;
  }
  weak_slots_.resize(kept);
}

// After the weak slots: unreachable objects with a Python finalizer are kept
// alive with everything they reference, and queued to be finalized once.
void Heap::resurrect_finalizable(Marker& marker) {
  size_t kept = 0;
  for (Object* object : finalizable_) {
    if (marker.reached(object)) {
      finalizable_[kept++] = object;
      continue;
    }
    pending_finalization_.push_back(object);
    marker.process(object);  // marked at once: a later entry may test it
  }
  finalizable_.resize(kept);
  marker.drain();
}

// Before a major collection: small objects are marked in the blocks' marks
// bitmaps (see Marker), so only those and the large objects' headers are
// cleared; old small objects keep their header bit.
void Heap::clear_marks() {
  for (Block* block : blocks_) std::memset(block->marks, 0, sizeof(block->marks));
  for (auto& [address, info] : large_) reinterpret_cast<Object*>(address)->gc_word &= ~kMarked;
}

uint64_t Heap::sweep(bool major) {
  uint64_t freed = 0;
  // A minor sweep frees the young cells left unmarked; a major one every
  // allocated cell left unmarked (all marks were cleared first).
  for (Block* block : major ? blocks_ : young_blocks_) freed += sweep_block(block, major);
  // Only the swept blocks can have gained room worth reusing (an old block
  // that Heap::release frees cells in is offered by release itself): a minor
  // collection does not touch the header of every block of a big old heap.
  for (Block* block : major ? blocks_ : young_blocks_) queue_if_reusable(block);
  for (Block* block : young_blocks_) {
    block->young = false;
    block->forced = false;
    block->young_cells = 0;
    if (block->young_lo < block->young_hi) {
      std::memset(&block->young_bits[block->young_lo], 0,
                  (block->young_hi - block->young_lo) * sizeof(uint64_t));
    }
    block->reset_young_range();
  }
  young_blocks_.clear();
  // Allocation continues in each class's current block, which is young again.
  for (SizeClass* c : classes_) {
    if (c->current != nullptr) {
      c->current->young = true;
      young_blocks_.push_back(c->current);
    }
  }
  freed += sweep_large(major);
  stats_.objects_freed += freed;
  return freed;
}

// Frees one cell that nothing references any more.
uint64_t Heap::free_cell(Block* block, Object* object) {
  finalize_dead(object);
  size_t g = block->granule_of(reinterpret_cast<char*>(object));
  block->clear_young(reinterpret_cast<char*>(object));
  Block::clear(block->allocated, g);
  Block::clear(block->finalizable, g);
  live_bytes_ -= block->cell_size;
  stats_.bytes_freed += block->cell_size;
  --block->live;
  return 1;
}

// Frees the unmarked cells among the candidates (the young cells, or all
// allocated cells) by bitmap arithmetic: only dead cells with a finalizer are
// visited. The allocation cursor restarts at the block's beginning.
uint64_t Heap::sweep_block(Block* block, bool major) {
  uint64_t freed = 0;
  size_t first = major ? 0 : block->young_lo;
  size_t last = major ? kGranules / 64 : block->young_hi;
  // Survival of the young cells marked by tracing, for decide_pretenuring.
  bool observe = !major && !block->forced;
  size_t observed = 0;
  size_t observed_dead = 0;
  for (size_t word = first; word < last; ++word) {
    uint64_t candidates = major ? block->allocated[word] : block->young_bits[word];
    uint64_t dead = candidates & ~block->marks[word];
    if (observe) {
      observed += static_cast<size_t>(__builtin_popcountll(candidates));
      observed_dead += static_cast<size_t>(__builtin_popcountll(dead));
    }
    if (dead == 0) continue;
    for (uint64_t bits = dead & block->finalizable[word]; bits != 0; bits &= bits - 1) {
      auto* object = reinterpret_cast<Object*>(
          block->cell_at_granule(word * 64 + static_cast<size_t>(__builtin_ctzll(bits))));
      finalize_dead(object);
    }
    block->allocated[word] &= ~dead;
    block->finalizable[word] &= ~dead;
    freed += static_cast<uint64_t>(__builtin_popcountll(dead));
  }
  if (observe) {
    observed_cells_[block->size_class] += observed;
    observed_dead_[block->size_class] += observed_dead;
  }
  size_t bytes = freed * block->cell_size;
  block->live -= static_cast<uint32_t>(freed);
  live_bytes_ -= bytes;
  stats_.bytes_freed += bytes;
  block->cursor = block->begin;
  return freed;
}

// Offers a block with free cells to its class for reuse.
void Heap::queue_if_reusable(Block* block) {
  SizeClass* c = classes_[static_cast<size_t>(block->size_class)];
  // Only blocks at least a quarter free are reused: allocating into a nearly
  // full old block scatters young objects among old ones, which costs cache
  // misses at allocation and in every minor sweep.
  bool roomy = (block->cell_count - block->live) * 4 >= block->cell_count;
  if (block->has_space() && roomy && !block->queued && c->current != block) {
    block->queued = true;
    c->with_space.push_back(block);
  }
}

uint64_t Heap::sweep_large(bool major) {
  uint64_t freed = 0;
  for (auto it = large_.begin(); it != large_.end();) {
    auto* object = reinterpret_cast<Object*>(it->first);
    if (!major && !it->second.young) {
      ++it;
      continue;
    }
    if ((object->gc_word & kMarked) != 0) {
      it->second.young = false;
      ++it;
      continue;
    }
    finalize_dead(object);
    live_bytes_ -= it->second.size;
    stats_.bytes_freed += it->second.size;
    ++freed;
    std::free(object);
    it = large_.erase(it);
  }
  return freed;
}

void Heap::release_empty_blocks() {
  std::vector<Block*> kept;
  for (Block* block : blocks_) {
    SizeClass* c = classes_[static_cast<size_t>(block->size_class)];
    if (block->live != 0 || c->current == block) {
      kept.push_back(block);
      continue;
    }
    if (block->queued) {
      auto& list = c->with_space;
      list.erase(std::remove(list.begin(), list.end(), block), list.end());
    }
    if (block->young) {
      young_blocks_.erase(std::remove(young_blocks_.begin(), young_blocks_.end(), block),
                          young_blocks_.end());
    }
    munmap(block, kBlockSize);
  }
  blocks_.swap(kept);
  std::vector<uintptr_t> bases;
  bases.reserve(blocks_.size());
  for (Block* block : blocks_) bases.push_back(reinterpret_cast<uintptr_t>(block));
  block_set_.rebuild(bases);
}

}  // namespace pyvm::gc
