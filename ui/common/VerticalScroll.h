#pragma once
// A pane that scrolls down, never sideways, when its window is too short for it (1024x700 with the
// presentation text size): its content keeps the height its charts and tables need to stay legible instead of
// being squeezed until their texts are cut.
class QScrollArea;
class QWidget;

namespace vitrina::ui::common {

/// `content` inside a frameless scroll area that fills the width and scrolls vertically only; the area is never
/// narrower than the content's minimum width (followed as texts, language and text size change).
QScrollArea* verticalScroll(QWidget* content, QWidget* parent);

} // namespace vitrina::ui::common
