#pragma once
// Graduation pathways (مسارات التخرج): the ways out of support an
// administrator defines, each with its own weighted criteria and pass mark
// and the positive exit it leads to (work, an own project, other income).
// They are organisation settings, so they sync and only an administrator's
// signed change sets them. The "default" pathway is the organisation's
// readiness criteria as they were before pathways (exit_readiness_criteria):
// it is never archived and judges every plan no other pathway is for.
// docs/indicators.md, "Readiness to exit", says how a household's pathway is chosen.
#include "common/Result.h"
#include "impact/ExitReadiness.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

struct Pathway {
    QString key;        // "default", or the id of a pathway an administrator added
    QString name;       // as the administrator wrote it; empty: the default's translated name
    QString exitReason; // ExitService's positive reasons; empty: chosen when proposing
    QStringList tracks; // the plan tracks it is for; empty: any plan
    ReadinessCriteria criteria = ReadinessCriteria::defaults();
    bool archived = false;

    bool isDefault() const;
};

class GraduationPathways {
    Q_DECLARE_TR_FUNCTIONS(GraduationPathways)
public:
    static const QString kDefault; // "default"

    explicit GraduationPathways(storage::Database &db);

    // The default first, then the others by name; archived ones only when asked.
    Result<QList<Pathway>> all(bool withArchived = false);
    Result<Pathway> find(const QString &key);
    // Administrators. A pathway without a key is new; returns its key.
    Result<QString> save(const security::Session &by, const Pathway &pathway);
    Status archive(const security::Session &by, const QString &key);

    static QString displayName(const Pathway &p);
    static QStringList positiveReasons(); // employment, own_project, other_income
    // A new pathway's criteria for `exitReason`, for the administrator to adjust.
    static Pathway suggested(const QString &exitReason);
    // The pathways a plan with `tracks` is judged against: those for one of
    // its tracks; else those for any plan; else every one.
    static QList<Pathway> candidates(const QList<Pathway> &active, const QStringList &planTracks);

    // The criteria's stored form (shared with ExitReadiness::criteria).
    static ReadinessCriteria criteriaFrom(const QJsonObject &o);
    static QJsonObject toJson(const ReadinessCriteria &c);
    static Status check(const ReadinessCriteria &c);

private:
    storage::Database &m_db;
};

} // namespace tamkeen::impact
