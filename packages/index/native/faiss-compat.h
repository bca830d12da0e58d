// Force-included before faiss-node's src/faiss.cc (see binding.gyp).
//
// faiss-node 0.5.1 is written against faiss >= 1.7.4, where the id type is the namespace-level
// `faiss::idx_t`. Debian 12 ships faiss 1.7.3, where it is only the member `faiss::Index::idx_t`.
// Aliasing one to the other is all the source needs; on a newer faiss this header does nothing,
// so the recipe keeps working when the distribution moves on.
#pragma once

#include <faiss/Index.h>

#if FAISS_VERSION_MAJOR == 1 && \
    (FAISS_VERSION_MINOR < 7 || (FAISS_VERSION_MINOR == 7 && FAISS_VERSION_PATCH < 4))
namespace faiss {
using idx_t = Index::idx_t;
}  // namespace faiss
#endif
