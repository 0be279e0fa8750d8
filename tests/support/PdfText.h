#pragma once
// Reading a printed PDF back for tests: its text (pdftotext from poppler-utils),
// and whether a phrase is in it, Arabic included.
#include <QString>
#include <QStringList>

namespace tamkeen::test {

// The text of a PDF as pdftotext -layout reads it, pages separated by form
// feeds. Poppler 22 writes Arabic in presentation forms (ﺍﻟﺤﺼﻮﻝ), each run between
// RLE and PDF marks: the forms are folded back to letters (NFKC), the marks removed.
QString pdfText(const QString &pdf);
// The pages of that text.
QStringList pdfPages(const QString &pdf);
// Found in logical order, or in visual (reversed) order as older Popplers write it.
// Qt's PDF text layer has no Unicode for the lam-alef ligature (ﻷ, ﻻ …), which
// pdftotext reads as a space: the expected text is read the same way.
bool hasText(const QString &text, const QString &expected);
// Every word of `phrase`, one by one: a long text wraps inside a table cell.
bool hasAllWords(const QString &text, const QString &phrase);

} // namespace tamkeen::test
