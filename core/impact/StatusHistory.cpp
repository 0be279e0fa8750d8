#include "impact/StatusHistory.h"

#include "storage/Database.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

// "YYYY-MM-DD" as yyyymmdd; -1 for anything else.
qint32 parseDay(const QByteArray &text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return -1;
    qint32 v = 0;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        v = v * 10 + (text[i] - '0');
    }
    return v;
}

} // namespace

Result<std::shared_ptr<const StatusHistory>> StatusHistory::load(storage::Database &db, const ImpactFilter &filter,
                                                                 const QDate &ageOn)
{
    auto h = std::make_shared<StatusHistory>();
    // The scope in table order (no index walk with a lookup per row), sorted
    // here as SQLite sorts "ORDER BY file_number, id": bytes, then length.
    struct Scoped {
        QByteArray id, fileNumber, registered;
    };
    std::vector<Scoped> scoped;
    QVariantList values;
    const QString scope = filter.scopeSql(
        ageOn, &values,
        u"h.id, h.file_number, CASE WHEN typeof(h.registration_date) = 'text' THEN h.registration_date END, "
        "typeof(h.id) = 'blob'"_s);
    bool blobIds = true;
    Status s = db.read(scope, values, [&](const storage::RawRow &r) {
        scoped.push_back({r.blob(0), r.blob(1), r.isNull(2) ? QByteArray() : r.blob(2)});
        blobIds = blobIds && r.integer(3) == 1;
    });
    if (!s)
        return s.error();
    // Ids are 16-byte blobs, and SQL never matches a blob with text: the merge
    // below compares bytes, so any other id is left to SQL.
    if (!blobIds)
        return makeError(ErrorCode::Invalid, u"a household id that is not a blob"_s);
    std::sort(scoped.begin(), scoped.end(), [](const Scoped &a, const Scoped &b) {
        return a.fileNumber != b.fileNumber ? a.fileNumber < b.fileNumber : a.id < b.id;
    });
    h->m_ids.reserve(qsizetype(scoped.size()));
    h->m_registered.reserve(qsizetype(scoped.size()));
    for (Scoped &x : scoped) {
        h->m_ids << std::move(x.id);
        h->m_registered << std::move(x.registered);
    }
    scoped.clear();
    h->m_members.assign(h->m_ids.size(), 0);
    h->m_ranges.assign(h->m_ids.size(), {0, 0});
    // The households by id: the member counts and the history come by
    // household id too, and are matched to them in one merge, with no hash.
    std::vector<qsizetype> byId(h->m_ids.size());
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(), [&](qsizetype a, qsizetype b) { return h->m_ids.at(a) < h->m_ids.at(b); });
    // The position in scope of `household`, or -1; ids must come in ascending order.
    size_t cursor = 0;
    const auto seek = [&](const QByteArray &household) -> qsizetype {
        while (cursor < byId.size() && h->m_ids.at(byId[cursor]) < household)
            ++cursor;
        return cursor < byId.size() && h->m_ids.at(byId[cursor]) == household ? byId[cursor] : -1;
    };

    // Index members_household_live: the live members, counted by household.
    s = db.read(u"SELECT household_id, count(*) FROM members WHERE deleted = 0 AND typeof(household_id) = 'blob' "
                "GROUP BY household_id ORDER BY household_id"_s,
                {}, [&](const storage::RawRow &r) {
                    if (const qsizetype at = seek(r.rawBytes(0)); at >= 0)
                        h->m_members[at] = r.integer(1);
                });
    if (!s)
        return s.error();

    // One scan of index household_status_live, in its order: by household,
    // then date, created_at and id (the order same-day changes were made in).
    bool irregular = false;
    cursor = 0;
    QByteArray current;
    QList<QByteArray> names; // of m_statusNames, as stored
    qsizetype at = -1;
    s = db.read(u"SELECT household_id, effective_date, status FROM household_status WHERE deleted = 0 "
                "AND typeof(household_id) = 'blob' ORDER BY household_id, effective_date, created_at, id"_s,
                {}, [&](const storage::RawRow &r) {
                    const QByteArray household = r.rawBytes(0);
                    if (household != current) {
                        current = QByteArray(household.constData(), household.size());
                        at = seek(current);
                        if (at >= 0)
                            h->m_ranges[at] = {qint32(h->m_days.size()), qint32(h->m_days.size())};
                    }
                    if (at < 0)
                        return;
                    const qint32 day = parseDay(r.rawBytes(1));
                    irregular = irregular || day < 0;
                    const QByteArray status = r.rawBytes(2);
                    qsizetype k = names.indexOf(status);
                    if (k < 0) {
                        k = names.size();
                        names << QByteArray(status.constData(), status.size());
                        h->m_statusNames << QString::fromUtf8(status);
                    }
                    h->m_days.push_back(day);
                    h->m_statuses.push_back(quint8(std::min<qsizetype>(k, 255)));
                    ++h->m_ranges[at].second;
                });
    if (!s)
        return s.error();
    if (irregular || names.size() > 255)
        return makeError(ErrorCode::Invalid, u"status history with a date not in ISO form"_s);
    return std::shared_ptr<const StatusHistory>(std::move(h));
}

QList<QByteArray> StatusHistory::registeredBetween(const QDate &first, const QDate &last) const
{
    // As SQLite compares text with text: bytes, then length.
    const QByteArray from = first.toString(Qt::ISODate).toUtf8(), to = last.toString(Qt::ISODate).toUtf8();
    QList<QByteArray> ids;
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        const QByteArray &r = m_registered.at(i);
        if (!r.isNull() && r >= from && r <= to)
            ids << m_ids.at(i);
    }
    return ids;
}

} // namespace tamkeen::impact
