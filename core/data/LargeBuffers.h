#pragma once
// Fresh memory for the big parse buffers. On Linux with transparent huge pages in "madvise" mode (the Debian
// default), first-touch 4 KB page faults on a few hundred MB cost more than parsing events.csv itself; asking
// for huge pages on the large arrays removes almost all of them. Elsewhere this is a plain reserve.
#include <cstddef>
#include <vector>

namespace vitrina::data {

/// Advises the kernel to back the 2 MB-aligned part of [p, p + bytes) with huge pages (a no-op elsewhere).
void adviseHugePages(const void* p, std::size_t bytes);

/// reserve(n), then the advice, before anything touches the memory.
template <class T> void reserveLarge(std::vector<T>& v, std::size_t n) {
    v.reserve(n);
    adviseHugePages(v.data(), v.capacity() * sizeof(T));
}

/// A vector of `n` value-initialised elements whose memory got the advice before it was touched.
template <class T> void assignLarge(std::vector<T>& v, std::size_t n, const T& value = T()) {
    v.clear();
    v.shrink_to_fit();
    reserveLarge(v, n);
    v.assign(n, value);
}

} // namespace vitrina::data
