#pragma once
// Flushes denormal (subnormal) floats to zero in the calling thread while in scope and restores the previous
// mode after. A dense kernel whose values decay towards zero (the blocked inverse of EASE's Gram matrix in
// float) can otherwise run many times slower: on x86 every operation that meets a subnormal takes a slow
// microcode path. Values below 1.2e-38 (float) or 2.2e-308 (double) become 0, far below what a
// recommender's scores resolve. x86-64 (the FTZ and DAZ bits of MXCSR) and AArch64 (the FZ bit of FPCR);
// elsewhere a no-op. Per thread: each worker of a parallel kernel sets its own.
namespace vitrina::util {

class FlushDenormals {
public:
    FlushDenormals();
    ~FlushDenormals();
    FlushDenormals(const FlushDenormals&) = delete;
    FlushDenormals& operator=(const FlushDenormals&) = delete;

    /// Whether this platform can flush (false: the guard does nothing).
    static bool supported();

private:
    unsigned long long saved_ = 0;
};

} // namespace vitrina::util
