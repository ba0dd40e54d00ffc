#pragma once
// A field a colleague just changed, marked for a moment: its background tinted with the
// palette's highlight colour and its tooltip naming who changed it, then as it was.
#include <QString>

class QWidget;

namespace valor::ui {

inline constexpr int kRemoteHighlightMs = 2500;

void highlightRemoteChange(QWidget* field, const QString& authors);

}  // namespace valor::ui
