#include "util/Denormals.h"

#if defined(__x86_64__) || defined(_M_X64)
#include <xmmintrin.h>
#define VITRINA_FLUSH_X86 1
#elif defined(__aarch64__) && (defined(__GNUC__) || defined(__clang__))
#define VITRINA_FLUSH_ARM64 1
#endif

namespace vitrina::util {
namespace {
#if defined(VITRINA_FLUSH_X86)
constexpr unsigned kFlushToZero = 0x8000;     // MXCSR.FTZ: results that would be subnormal become 0
constexpr unsigned kDenormalsAreZero = 0x0040; // MXCSR.DAZ: subnormal inputs read as 0
#elif defined(VITRINA_FLUSH_ARM64)
constexpr unsigned long long kFpcrFlushToZero = 1ULL << 24; // FPCR.FZ
unsigned long long readFpcr() {
    unsigned long long value = 0;
    __asm__ __volatile__("mrs %0, fpcr" : "=r"(value));
    return value;
}
void writeFpcr(unsigned long long value) { __asm__ __volatile__("msr fpcr, %0" : : "r"(value)); }
#endif
} // namespace

FlushDenormals::FlushDenormals() {
#if defined(VITRINA_FLUSH_X86)
    saved_ = _mm_getcsr();
    _mm_setcsr(static_cast<unsigned>(saved_) | kFlushToZero | kDenormalsAreZero);
#elif defined(VITRINA_FLUSH_ARM64)
    saved_ = readFpcr();
    writeFpcr(saved_ | kFpcrFlushToZero);
#endif
}

FlushDenormals::~FlushDenormals() {
#if defined(VITRINA_FLUSH_X86)
    _mm_setcsr(static_cast<unsigned>(saved_));
#elif defined(VITRINA_FLUSH_ARM64)
    writeFpcr(saved_);
#endif
}

bool FlushDenormals::supported() {
#if defined(VITRINA_FLUSH_X86) || defined(VITRINA_FLUSH_ARM64)
    return true;
#else
    return false;
#endif
}

} // namespace vitrina::util
