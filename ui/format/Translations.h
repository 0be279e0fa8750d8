#pragma once
#include <QString>

namespace tamkeen::ui {

// Loads Tamkeen's and Qt's own translations for `language` ("ar" or "en") into
// the application, replacing earlier ones. The layout direction follows the
// translation (QT_LAYOUT_DIRECTION is "RTL" in Arabic). Returns false when
// Tamkeen's own translation could not be loaded.
bool installTranslations(const QString &language);

} // namespace tamkeen::ui
