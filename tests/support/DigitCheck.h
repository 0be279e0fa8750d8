#pragma once
// Finds Latin digits that a user who chose Arabic-Indic digits would see: in every
// visible label, button, title, tab, table cell and read-only text under a widget,
// or in a document's text, outside left-to-right isolates (identifiers keep their
// Latin digits on purpose; see ui/format/Display.h).
#include <QStringList>

class QWidget;
class QTextDocument;

namespace tamkeen::test {

// One line per offending text: "where: text".
QStringList latinDigitsShown(QWidget *root);
QStringList latinDigitsIn(const QString &where, const QString &text);

} // namespace tamkeen::test
