#include "registry/AuditDetails.h"

#include "registry/SubjectReport.h"
#include "security/Roles.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

// The whole text must match; captures from 1.
QRegularExpressionMatch whole(const QString &pattern, const QString &text)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.match(text);
}

const QString kHexId = u"([0-9a-f]{32})"_s;

// Paths, commands and user names read left to right inside an Arabic sentence.
QString ltr(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

} // namespace

QString AuditDetails::memberName(const QByteArray &id)
{
    if (auto it = m_members.constFind(id); it != m_members.cend())
        return *it;
    QString name;
    auto q = m_db.exec(u"SELECT trim(given_name || ' ' || coalesce(father_name, '') || ' ' || coalesce(family_name, '')) "
                       "FROM members WHERE id = ?"_s,
                       {id});
    if (q && q.value()->next())
        name = q.value()->value(0).toString().simplified();
    if (q)
        q.value()->finish();
    if (name.isEmpty()) // erased, or not on this copy
        name = tr("a member whose data is not here");
    m_members.insert(id, name);
    return name;
}

QString AuditDetails::userName(const QByteArray &id)
{
    if (auto it = m_users.constFind(id); it != m_users.cend())
        return *it;
    QString name;
    auto q = m_db.exec(u"SELECT full_name, username FROM users WHERE id = ?"_s, {id});
    if (q && q.value()->next())
        name = q.value()->value(0).toString().isEmpty() ? q.value()->value(1).toString() : q.value()->value(0).toString();
    if (q)
        q.value()->finish();
    if (name.isEmpty())
        name = tr("a user not known here");
    m_users.insert(id, name);
    return name;
}

DescribedDetails AuditDetails::describe(const security::AuditEntry &e)
{
    const QString &d = e.details;
    auto said = [](const QString &text) { return DescribedDetails{text, false}; };
    if (e.action == u"account") {
        if (auto m = whole(u"added (\\S+) \\((\\w+)\\)"_s, d); m.hasMatch()) {
            const auto role = security::Roles::fromKey(m.captured(2));
            return said(tr("Added the account %1 (%2)")
                            .arg(ltr(m.captured(1)), role ? security::Roles::displayName(*role) : m.captured(2)));
        }
        if (auto m = whole(u"(reactivated|deactivated) "_s + kHexId, d); m.hasMatch()) {
            const QString who = userName(QByteArray::fromHex(m.captured(2).toLatin1()));
            return said(m.captured(1) == u"reactivated" ? tr("Reactivated the account of %1").arg(who)
                                                        : tr("Deactivated the account of %1").arg(who));
        }
        if (auto m = whole(u"reset the password of (.+)"_s, d); m.hasMatch())
            return said(tr("Reset the password of %1").arg(ltr(m.captured(1))));
        if (d == u"changed own password")
            return said(tr("Changed their own password"));
    } else if (e.action == u"read_confidential") {
        if (auto m = whole(kHexId, d); m.hasMatch())
            return said(tr("The sessions of %1").arg(memberName(QByteArray::fromHex(m.captured(1).toLatin1()))));
    } else if (e.action == u"erase") {
        if (d == u"household")
            return said(tr("The whole household"));
        if (whole(u"member "_s + kHexId, d).hasMatch())
            return said(tr("One member of the household"));
    } else if (e.action == u"resolve_conflict") {
        if (auto m = whole(u"(\\w+)\\.(\\w+) ([0-9a-f]+)"_s, d); m.hasMatch()) {
            const QString table = SubjectReportBuilder::tableTitle(m.captured(1));
            const QString column = SubjectReportBuilder::columnLabel(m.captured(1), m.captured(2));
            if (!table.isEmpty() && !column.isEmpty())
                return said(tr("«%1» in %2").arg(column, table));
        }
    } else if (e.action == u"consent_missing") {
        if (auto m = whole(u"referral [0-9a-f]+ by "_s + kHexId + u" from device [0-9a-f]+: no consent to sharing here"_s, d);
            m.hasMatch())
            return said(tr("A referral made by %1 arrived by sync without the member's consent to sharing with that partner")
                            .arg(userName(QByteArray::fromHex(m.captured(1).toLatin1()))));
    } else if (e.action == u"export") {
        if (auto m = whole(u"subject access (\\S+)"_s, d); m.hasMatch())
            return said(tr("Everything held about %1").arg(memberName(storage::uuidFromString(m.captured(1)))));
        // As the household list's export wrote them before lists said their own names.
        if (auto m = whole(u"households (list|search) (.+)"_s, d); m.hasMatch())
            return said((m.captured(1) == u"list" ? tr("The households list: %1") : tr("Search results: %1"))
                            .arg(ltr(m.captured(2))));
        if (auto m = whole(u"households and members \\(import format\\) (.+)"_s, d); m.hasMatch())
            return said(tr("Every household and member, in the import format: %1").arg(ltr(m.captured(1))));
        // A list exported from the window: "list — filters — path", written in
        // the user's language; only the path reads left to right.
        if (const qsizetype cut = d.lastIndexOf(u" — "_s); cut > 0)
            return said(d.left(cut + 3) + ltr(d.mid(cut + 3)));
        if (d == u"dump --canonical")
            return said(tr("The whole database, as a canonical dump (command line)"));
        if (auto m = whole(u"export-csv (.+)"_s, d); m.hasMatch())
            return said(tr("Every household and member, in the import format (command line): %1").arg(ltr(m.captured(1))));
        if (auto m = whole(u"report (.+)"_s, d); m.hasMatch())
            return said(tr("Indicators report (command line): %1").arg(ltr(m.captured(1))));
        if (auto m = whole(u"warnings (.+)"_s, d); m.hasMatch())
            return said(tr("Early warning lists (command line): %1").arg(ltr(m.captured(1))));
    }
    return DescribedDetails{d, true};
}

} // namespace tamkeen::registry
