// discoverSources: which given file plays which role (Importer.h).
#include <algorithm>
#include <filesystem>

#include "data/Importer.h"

namespace vitrina::data {
namespace fs = std::filesystem;
using util::MessageCode;

namespace {

enum class Role { Events, ItemProperties, CategoryTree, CategoryNames, ItemNames, Unknown };

std::string lowercase(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

bool startsWith(const std::string& s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }
bool endsWith(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// A file given by itself: classified by its name's prefix (events_2015.csv is an events file).
Role roleOfFileName(const fs::path& path) {
    const std::string name = lowercase(path.filename().string());
    if (!endsWith(name, ".csv")) return Role::Unknown;
    if (startsWith(name, "events")) return Role::Events;
    if (startsWith(name, "item_properties")) return Role::ItemProperties;
    if (startsWith(name, "category_tree")) return Role::CategoryTree;
    if (startsWith(name, "category_names")) return Role::CategoryNames;
    if (startsWith(name, "item_names")) return Role::ItemNames;
    return Role::Unknown;
}

/// A file found in a folder: the release's exact names only, so a stray events_backup.csv is not picked up.
Role roleInFolder(const fs::path& path) {
    const std::string name = lowercase(path.filename().string());
    if (name == "events.csv") return Role::Events;
    if (startsWith(name, "item_properties") && endsWith(name, ".csv")) return Role::ItemProperties;
    if (name == "category_tree.csv") return Role::CategoryTree;
    if (name == "category_names.csv") return Role::CategoryNames;
    if (name == "item_names.csv") return Role::ItemNames;
    return Role::Unknown;
}

void assign(std::string& slot, const std::string& path, std::string_view roleText) {
    if (!slot.empty() && slot != path) util::fail(MessageCode::DataDuplicateRole, {std::string(roleText), slot, path});
    slot = path;
}

void add(ImportSources& sources, Role role, const std::string& path) {
    switch (role) {
    case Role::Events: assign(sources.events, path, "events"); break;
    case Role::ItemProperties:
        if (std::find(sources.itemProperties.begin(), sources.itemProperties.end(), path) == sources.itemProperties.end())
            sources.itemProperties.push_back(path);
        break;
    case Role::CategoryTree: assign(sources.categoryTree, path, "category tree"); break;
    case Role::CategoryNames: assign(sources.categoryNames, path, "category names"); break;
    case Role::ItemNames: assign(sources.itemNames, path, "item names"); break;
    case Role::Unknown: util::failAt(MessageCode::DataUnrecognisedFile, path, 0);
    }
}

} // namespace

util::Result<ImportSources> discoverSources(const std::vector<std::string>& pathsOrFolder) {
    return util::capture<ImportSources>([&](std::vector<util::Message>&) {
        if (pathsOrFolder.empty()) util::fail(MessageCode::DataNoSources);
        ImportSources sources;
        std::vector<std::string> folders;
        for (const std::string& given : pathsOrFolder) {
            std::error_code ec;
            const fs::file_status status = fs::status(given, ec);
            if (!fs::exists(status)) util::failAt(MessageCode::DataPathNotFound, given, 0);
            if (!fs::is_directory(status)) {
                add(sources, roleOfFileName(given), given);
                continue;
            }
            folders.push_back(given);
            std::vector<fs::path> entries;
            for (fs::directory_iterator it(given, ec), end; !ec && it != end; it.increment(ec))
                if (it->is_regular_file(ec)) entries.push_back(it->path());
            if (ec) util::failAt(MessageCode::CsvCannotRead, given, 0, {ec.message()});
            std::sort(entries.begin(), entries.end());
            for (const fs::path& entry : entries) {
                const Role role = roleInFolder(entry);
                if (role != Role::Unknown) add(sources, role, entry.string()); // other files are not ours to judge
            }
        }
        if (sources.events.empty()) {
            if (folders.size() == 1 && pathsOrFolder.size() == 1) util::fail(MessageCode::DataNoEventsInFolder, {folders.front()});
            util::fail(MessageCode::DataNoEventsFile);
        }
        // part1 before part2, whatever order they were given in.
        std::sort(sources.itemProperties.begin(), sources.itemProperties.end(), [](const std::string& a, const std::string& b) {
            const std::string fa = fs::path(a).filename().string(), fb = fs::path(b).filename().string();
            return fa != fb ? fa < fb : a < b;
        });
        return sources;
    });
}

} // namespace vitrina::data
