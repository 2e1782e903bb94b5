#include "datapage/ReleaseCheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <array>

#include "data/Dataset.h"
#include "util/Message.h"

namespace vitrina::ui::datapage {
namespace {

// The Kaggle release's four files: byte sizes and SHA-256 of the published download.
constexpr std::array<OfficialFile, 4> kRelease{{
    {"events", "events.csv", 94'237'913, "3745aa83238b1e6d44d8fda209807899f420084398f94ddf745f3cbcfecbf9e7"},
    {"item_properties", "item_properties_part1.csv", 484'315'749,
     "30aad5aeca58b2dc27dcc73e1708565f5818e45adb3eb57401f91e87355b0b81"},
    {"item_properties", "item_properties_part2.csv", 408'929'907,
     "d5e7d1a91dc40f522aeb596b267e6c87d8aed689a7192d12369cfb165eb987e5"},
    {"category_tree", "category_tree.csv", 14'454, "94e865eb0a3d48cbbfe3b79079018dd92509315c88f5fd8d00d0b4b5af434f5b"},
}};

constexpr qint64 kBlockBytes = 4 << 20;

} // namespace

std::optional<OfficialFile> matchOfficialSize(const data::SourceFile& source) {
    for (const OfficialFile& file : kRelease)
        if (source.role == file.role && source.bytes == file.bytes) return file;
    return std::nullopt;
}

std::string releaseMetaKey(const OfficialFile& file) { return std::string("release.sha256.") + file.fileName; }

std::string sha256OfFile(const std::string& path, const util::Progress& progress) {
    const QString name = QString::fromStdString(path);
    if (!QFileInfo::exists(name)) {
        util::Message m = util::makeMessage(util::MessageCode::CsvFileNotFound);
        m.file = path;
        throw util::Error(std::move(m));
    }
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly)) {
        util::Message m = util::makeMessage(util::MessageCode::CsvCannotRead, {file.errorString().toStdString()});
        m.file = path;
        throw util::Error(std::move(m));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 total = std::max<qint64>(file.size(), 1);
    qint64 done = 0;
    QByteArray block;
    while (!file.atEnd()) {
        progress.check();
        block = file.read(kBlockBytes);
        if (block.isEmpty() && file.error() != QFileDevice::NoError) {
            util::Message m = util::makeMessage(util::MessageCode::CsvCannotRead, {file.errorString().toStdString()});
            m.file = path;
            throw util::Error(std::move(m));
        }
        hash.addData(block);
        done += block.size();
        progress.set(static_cast<double>(done) / static_cast<double>(total), "checksum");
    }
    return hash.result().toHex().toStdString();
}

} // namespace vitrina::ui::datapage
