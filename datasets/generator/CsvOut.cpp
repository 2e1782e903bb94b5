#include "generator/CsvOut.h"

#include <cerrno>
#include <cstring>
#include <utility>

#include "util/Message.h"

namespace vitrina::gen {

CsvOut::CsvOut(std::string path) : path_(std::move(path)) {
    file_ = std::fopen(path_.c_str(), "wb");
    if (file_ == nullptr) fail(errno);
    std::setvbuf(file_, nullptr, _IOFBF, 1 << 20);
}

CsvOut::~CsvOut() {
    if (file_ != nullptr) std::fclose(file_); // only after an error: close() reports failures
}

void CsvOut::write(std::string_view bytes) {
    if (bytes.empty()) return;
    if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) fail(errno);
    bytes_ += bytes.size();
}

void CsvOut::close() {
    if (file_ == nullptr) return;
    const bool flushed = std::fflush(file_) == 0;
    const int error = errno;
    const bool closed = std::fclose(file_) == 0;
    file_ = nullptr;
    if (!flushed || !closed) fail(flushed ? errno : error);
}

void CsvOut::fail(int error) const {
    util::Message message = util::makeMessage(util::MessageCode::GenCannotWrite, {std::strerror(error)});
    message.file = path_;
    throw util::Error(message);
}

} // namespace vitrina::gen
