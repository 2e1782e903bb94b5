#pragma once
// A cache prefetch hint that compiles everywhere: GCC and Clang have a builtin, MSVC an intrinsic.
#if defined(_MSC_VER) && !defined(__clang__)
#include <xmmintrin.h>
#endif

namespace vitrina::util {

/// Asks for the cache line holding `p` ahead of a read (or a write when `forWrite`). Only a hint.
inline void prefetch(const void* p, bool forWrite = false) {
#if defined(_MSC_VER) && !defined(__clang__)
    (void)forWrite;
    _mm_prefetch(static_cast<const char*>(p), _MM_HINT_T0);
#else
    if (forWrite)
        __builtin_prefetch(p, 1, 3);
    else
        __builtin_prefetch(p, 0, 3);
#endif
}

} // namespace vitrina::util
