#pragma once
// The reply to an objection or a complaint, printed as a letter to the
// person (issue 17 §6): on the centre's letterhead, right to left, what they
// raised and when, the decision and the reply, with a line for a signature.
#include "casework/Objections.h"
#include "common/Result.h"
#include "format/PdfDocument.h"
#include "org/DeviceInfo.h"

#include <QCoreApplication>

namespace tamkeen::ui {

class AppSettings;

struct ObjectionLetter {
    org::DeviceInfo centre;
    casework::Objection objection;
    QString signedBy;
};

class ObjectionLetterPrinter {
    Q_DECLARE_TR_FUNCTIONS(ObjectionLetterPrinter)
public:
    static QString html(const AppSettings &settings, const ObjectionLetter &letter);
    static PrintedDocument printed(const AppSettings &settings, const ObjectionLetter &letter);
    static Status write(const QString &path, const AppSettings &settings, const ObjectionLetter &letter);
};

} // namespace tamkeen::ui
