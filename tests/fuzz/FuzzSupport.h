#pragma once
// Shared by the libFuzzer targets: the readers and the project loader take file paths, so each input is
// written to one scratch file per process (in TMPDIR, /tmp by default) and read back from there.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <unistd.h>

namespace vitrina::fuzz {

/// Writes `size` bytes to this process's scratch file `name` and returns its path; aborts when the file cannot
/// be written (a broken fuzzing set-up, not a finding).
inline std::string writeScratch(const char* name, const std::uint8_t* data, std::size_t size) {
    const char* folder = std::getenv("TMPDIR");
    const std::string path = std::string(folder && *folder ? folder : "/tmp") + "/vitrina-fuzz-" +
                             std::to_string(static_cast<long long>(getpid())) + "-" + name;
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f || (size > 0 && std::fwrite(data, 1, size, f) != size) || std::fclose(f) != 0) std::abort();
    return path;
}

/// The first input byte chooses options; the rest is the file. Empty input: options 0, empty file.
struct Split {
    std::uint8_t options = 0;
    const std::uint8_t* data = nullptr;
    std::size_t size = 0;
};

inline Split splitOptions(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return {0, data, 0};
    return {data[0], data + 1, size - 1};
}

} // namespace vitrina::fuzz
