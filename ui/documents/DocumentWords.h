#pragma once
// How a document's subject, size and kind read on screen and on paper
// ("Home visit of 3 March 2026", "1.2 MB, photo"), in the user's digits.
#include "documents/Documents.h"

#include <QCoreApplication>

namespace tamkeen::ui {

class Display;

class DocumentWords {
    Q_DECLARE_TR_FUNCTIONS(DocumentWords)
public:
    static QString about(const Display &display, const documents::DocumentAbout &about);
    static QString size(const Display &display, qint64 bytes);
    static QString kind(const QString &mime);
    // The type's label, or the code of a newer version's type as it is.
    static QString type(const QString &code);
};

} // namespace tamkeen::ui
