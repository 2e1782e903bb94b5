#include "data/TextFile.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <limits>

#include "util/Message.h"
#include "util/Prefault.h"

namespace vitrina::data {
namespace fs = std::filesystem;
using util::MessageCode;

namespace {

std::int64_t modifiedMs(const fs::path& p) {
    std::error_code ec;
    const auto t = fs::last_write_time(p, ec);
    if (ec) return 0;
    // file_clock's epoch is unspecified in C++20 before clock_cast support; go through system_clock.
    const auto sys = std::chrono::time_point_cast<std::chrono::milliseconds>(
        t - fs::file_time_type::clock::now() + std::chrono::system_clock::now());
    return sys.time_since_epoch().count();
}

[[noreturn]] void failRead(const std::string& path, int error) {
    util::failAt(MessageCode::CsvCannotRead, path, 0, {error != 0 ? std::strerror(error) : "read error"});
}

std::FILE* openForReading(const std::string& path) {
    errno = 0;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) failRead(path, errno);
    return f;
}

bool seekTo(std::FILE* f, std::uint64_t offset) {
#ifdef _WIN32
    return _fseeki64(f, static_cast<long long>(offset), SEEK_SET) == 0;
#else
    return fseeko(f, static_cast<off_t>(offset), SEEK_SET) == 0;
#endif
}

} // namespace

FileStat statRegularFile(const std::string& path) {
    std::error_code ec;
    const fs::path p(path);
    const fs::file_status status = fs::status(p, ec);
    if (ec && ec != std::errc::no_such_file_or_directory) util::failAt(MessageCode::CsvCannotRead, path, 0, {ec.message()});
    if (!fs::exists(status)) util::failAt(MessageCode::CsvFileNotFound, path, 0);
    if (fs::is_directory(status)) util::failAt(MessageCode::CsvIsDirectory, path, 0);
    if (!fs::is_regular_file(status)) util::failAt(MessageCode::CsvNotRegularFile, path, 0);
    FileStat stat;
    stat.bytes = fs::file_size(p, ec);
    if (ec) util::failAt(MessageCode::CsvCannotRead, path, 0, {ec.message()});
    stat.modifiedMs = modifiedMs(p);
    return stat;
}

FileBytes FileBytes::read(const std::string& path) {
    FileBytes out;
    out.stat_ = statRegularFile(path);
    if (out.stat_.bytes >= std::numeric_limits<std::size_t>::max() / 2)
        util::failAt(MessageCode::CsvCannotRead, path, 0, {"the file is too large to read into memory"});
    std::FILE* f = openForReading(path);
    const std::size_t want = static_cast<std::size_t>(out.stat_.bytes);
    // new char[] leaves the bytes uninitialised: no pass over 100 MB of zeros before the read.
    out.data_.reset(new char[want + 1]);
    util::prefaultForWrite(out.data_.get(), want + 1);
    std::size_t got = 0;
    while (got < want) {
        const std::size_t n = std::fread(out.data_.get() + got, 1, want - got, f);
        if (n == 0) break;
        got += n;
    }
    const int error = std::ferror(f) ? errno : 0;
    std::fclose(f);
    if (error != 0) failRead(path, error);
    // A file that shrank while we read it is read as it now is; one that grew is read up to the stat size.
    out.size_ = got;
    out.data_[got] = '\n';
    return out;
}

FileReader::FileReader(const std::string& path) : path_(path) {
    statRegularFile(path);
    file_ = openForReading(path);
}

FileReader::~FileReader() {
    if (file_) std::fclose(file_);
}

std::size_t FileReader::readAt(std::uint64_t offset, char* out, std::size_t bytes) {
    if (offset != position_) {
        if (!seekTo(file_, offset)) failRead(path_, errno);
        position_ = offset;
    }
    std::size_t got = 0;
    while (got < bytes) {
        const std::size_t n = std::fread(out + got, 1, bytes - got, file_);
        if (n == 0) break;
        got += n;
    }
    if (std::ferror(file_)) failRead(path_, errno);
    position_ += got;
    return got;
}

} // namespace vitrina::data
