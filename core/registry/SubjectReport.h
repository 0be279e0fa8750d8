#pragma once
// The right of access as a document a person can read (issue 15 §6): the same
// rows as SubjectAccess's JSON, each section and field labelled in the
// reader's language, codes given their words, people and partners named
// instead of ids, and the ids that mean nothing to the person left out.
// The printer (ui/registry/SubjectAccessPrinter) lays it out as a PDF.
#include "common/Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::registry {

// One value: text (words already given), a QDate, a QDateTime or a number,
// for the printer to show in the user's calendar and digits.
struct SubjectField {
    QString label;
    QVariant value;
    bool identifier = false; // an ID or phone number: kept left to right
    bool numbers = false;    // text with numbers in it (answers): digits in the user's style
};

struct SubjectSection {
    QString table;
    QString title;
    QList<QList<SubjectField>> records;
};

struct SubjectReport {
    QString memberName;
    QString fileNumber;
    QDateTime madeAt;
    QString madeBy;
    QList<SubjectSection> sections;
};

class SubjectReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(SubjectReportBuilder)
public:
    // The labelled report of `access` (SubjectAccess::member's JSON).
    static Result<SubjectReport> build(storage::Database &db, const QJsonObject &access);
    // Everything held about the member (SubjectAccess::member, which checks the
    // reader's role and logs the request), labelled.
    static Result<SubjectReport> member(storage::Database &db, const security::Session &reader,
                                        const QByteArray &memberId);

    // The words for a table and a column; empty when there are none (a
    // column left out of the document has none either: see hidden()).
    static QString tableTitle(const QString &table);
    static QString columnLabel(const QString &table, const QString &column);
    // The words for a key of the JSON a column holds (a plan's baseline, an
    // assessment's answers).
    static QString answerLabel(const QString &key);
    // Ids and keys that mean nothing to the person.
    static bool hidden(const QString &column);
};

} // namespace tamkeen::registry
