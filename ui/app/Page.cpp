#include "app/Page.h"

#include <algorithm>

namespace vitrina::ui::app {
namespace {

/// Function-local, so registrations from static initialisers of any translation unit find it constructed.
std::vector<PageInfo>& registry() {
    static std::vector<PageInfo> pages;
    return pages;
}

} // namespace

bool PageRegistry::add(PageInfo info) {
    auto& pages = registry();
    const auto same = [&](const PageInfo& p) { return p.id == info.id; };
    pages.erase(std::remove_if(pages.begin(), pages.end(), same), pages.end());
    pages.push_back(std::move(info));
    return true;
}

std::vector<PageInfo> PageRegistry::all() {
    std::vector<PageInfo> pages = registry();
    std::stable_sort(pages.begin(), pages.end(), [](const PageInfo& a, const PageInfo& b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
    return pages;
}

} // namespace vitrina::ui::app
