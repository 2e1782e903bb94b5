#include "data/ReleaseCheck.h"

#include <array>
#include <memory>

#include "data/Sha256.h"
#include "data/TextFile.h"

namespace vitrina::data {
namespace {

// The Kaggle release's four files: byte sizes and SHA-256 of the published download.
constexpr std::array<OfficialReleaseFile, 4> kOfficial{{
    {"events", "events.csv", 94237913, "3745aa83238b1e6d44d8fda209807899f420084398f94ddf745f3cbcfecbf9e7"},
    {"item_properties", "item_properties_part1.csv", 484315749,
     "30aad5aeca58b2dc27dcc73e1708565f5818e45adb3eb57401f91e87355b0b81"},
    {"item_properties", "item_properties_part2.csv", 408929907,
     "d5e7d1a91dc40f522aeb596b267e6c87d8aed689a7192d12369cfb165eb987e5"},
    {"category_tree", "category_tree.csv", 14454, "94e865eb0a3d48cbbfe3b79079018dd92509315c88f5fd8d00d0b4b5af434f5b"},
}};

bool sameHex(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
        if (c != b[i]) return false;
    }
    return true;
}

} // namespace

std::span<const OfficialReleaseFile> officialReleaseFiles() { return kOfficial; }

const OfficialReleaseFile* officialFileOfSize(std::string_view role, std::uint64_t bytes) {
    for (const auto& f : kOfficial)
        if (f.role == role && f.bytes == bytes) return &f;
    return nullptr;
}

bool sizeMatchesOfficialRelease(std::string_view role, std::uint64_t bytes) {
    return officialFileOfSize(role, bytes) != nullptr;
}

bool isOfficialRelease(std::string_view role, std::uint64_t bytes, std::string_view sha256hex) {
    for (const auto& f : kOfficial)
        if (f.role == role && f.bytes == bytes && sameHex(sha256hex, f.sha256)) return true;
    return false;
}

util::Result<std::string> sha256File(const std::string& path, const util::Progress& progress) {
    return util::capture<std::string>([&](std::vector<util::Message>&) {
        FileReader reader(path);
        const std::uint64_t size = statRegularFile(path).bytes;
        constexpr std::size_t kBlock = std::size_t{4} << 20;
        std::unique_ptr<char[]> buffer(new char[kBlock]);
        Sha256 hash;
        std::uint64_t offset = 0;
        for (;;) {
            progress.check();
            const std::size_t got = reader.readAt(offset, buffer.get(), kBlock);
            hash.update(buffer.get(), got);
            offset += got;
            if (size > 0) progress.set(static_cast<double>(offset) / static_cast<double>(size));
            if (got < kBlock) break;
        }
        return Sha256::hex(hash.finish());
    });
}

util::Result<bool> checkOfficialRelease(SourceFile& source, const util::Progress& progress) {
    return util::capture<bool>([&](std::vector<util::Message>&) {
        source.officialRelease = false;
        if (!sizeMatchesOfficialRelease(source.role, source.bytes)) {
            source.sha256.clear();
            return false;
        }
        if (statRegularFile(source.path).bytes != source.bytes) return false;
        util::Result<std::string> digest = sha256File(source.path, progress);
        if (digest.cancelled) throw util::Cancelled();
        if (!digest) throw util::Error(*digest.error);
        source.sha256 = *digest;
        source.officialRelease = isOfficialRelease(source.role, source.bytes, source.sha256);
        return source.officialRelease;
    });
}

} // namespace vitrina::data
