#pragma once
// Opening and reading the import's text files with clear errors (missing, a folder, unreadable), without
// iostreams: one fread for files read whole, large positioned block reads for streamed ones.
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace vitrina::data {

struct FileStat {
    std::uint64_t bytes = 0;
    std::int64_t modifiedMs = 0;
};

/// Size and modification time of a regular file; throws util::Error (csv.file_not_found, csv.is_directory,
/// csv.not_regular_file, csv.cannot_read) with the path in Message::file otherwise.
FileStat statRegularFile(const std::string& path);

/// A whole file in memory, followed by one '\n' sentinel byte so that scanners stop without bounds checks.
class FileBytes {
public:
    static FileBytes read(const std::string& path);

    const char* data() const { return data_.get(); }
    std::size_t size() const { return size_; } ///< without the sentinel
    std::string_view view() const { return {data_.get(), size_}; }
    const FileStat& stat() const { return stat_; }
    void release() {
        data_.reset();
        size_ = 0;
    }

private:
    std::unique_ptr<char[]> data_;
    std::size_t size_ = 0;
    FileStat stat_;
};

/// A read-only file handle for positioned block reads (each streaming thread opens its own).
class FileReader {
public:
    explicit FileReader(const std::string& path); ///< throws util::Error like statRegularFile
    FileReader(const FileReader&) = delete;
    FileReader& operator=(const FileReader&) = delete;
    ~FileReader();

    /// Reads up to `bytes` at `offset` into `out`; returns the count (less only at the end of the file).
    std::size_t readAt(std::uint64_t offset, char* out, std::size_t bytes);

private:
    std::string path_;
    std::FILE* file_ = nullptr;
    std::uint64_t position_ = 0;
};

/// Skips a UTF-8 byte order mark at the start of `text`; returns the number of bytes skipped (0 or 3).
inline std::size_t byteOrderMarkLength(std::string_view text) {
    return text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
                   static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF
               ? 3
               : 0;
}

} // namespace vitrina::data
