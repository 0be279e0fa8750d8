#include "registry/DuplicateReport.h"

#include "org/Identities.h"
#include "storage/Database.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

const QString kMemberName =
    u"trim(%1.given_name || ' ' || ifnull(%1.father_name, '') || ' ' || ifnull(%1.grandfather_name, '') || ' ' || "
    "ifnull(%1.family_name, ''))"_s;

// Both members still active, and nobody recorded that they are different people.
const QString kOpenPair =
    u"NOT EXISTS (SELECT 1 FROM duplicate_decisions d WHERE d.deleted = 0 AND "
    "((d.member_id = a.id AND d.other_member_id = b.id) OR (d.member_id = b.id AND d.other_member_id = a.id)))"_s;

} // namespace

Result<QList<DuplicatePair>> DuplicateReport::find(storage::Database &db, int limit)
{
    const QString select =
        u"SELECT a.id, a.household_id, %1, ha.file_number, b.id, b.household_id, %2, hb.file_number FROM "_s.arg(
            kMemberName.arg(u"a"_s), kMemberName.arg(u"b"_s));
    const QString joins = u" JOIN households ha ON ha.id = a.household_id AND ha.deleted = 0"
                          " JOIN households hb ON hb.id = b.household_id AND hb.deleted = 0"_s;
    struct Query {
        QString sql;
        QString reason;
    };
    const Query queries[] = {
        {select + u"members a JOIN members b ON b.id_number = a.id_number AND b.id_type = a.id_type "
                  "AND b.household_id <> a.household_id AND b.id > a.id"_s
             + joins + u" WHERE a.deleted = 0 AND b.deleted = 0 AND a.id_number IS NOT NULL AND "_s + kOpenPair
             + u" LIMIT ?"_s,
         tr("same identity number")},
        {select + u"search_entries ea JOIN search_entries eb ON eb.given_key = ea.given_key "
                  "AND eb.father_key = ea.father_key AND eb.household_id <> ea.household_id AND eb.member_id > ea.member_id "
                  "AND (eb.family_key = ea.family_key OR eb.grandfather_key = ea.grandfather_key OR eb.birth_year = ea.birth_year) "
                  "JOIN members a ON a.id = ea.member_id JOIN members b ON b.id = eb.member_id"_s
             + joins + u" WHERE ea.member_id IS NOT NULL AND "_s + kOpenPair + u" LIMIT ?"_s,
         tr("same given and father's name, and family name, grandfather or birth year")},
    };
    QList<DuplicatePair> pairs;
    QSet<QPair<QByteArray, QByteArray>> seen;
    for (const Query &query : queries) {
        auto q = db.exec(query.sql, {limit});
        if (!q)
            return q.error();
        while (q.value()->next() && pairs.size() < limit) {
            const QSqlQuery *r = q.value();
            DuplicatePair p{r->value(0).toByteArray(), r->value(1).toByteArray(), r->value(2).toString().simplified(),
                            r->value(3).toString(),    r->value(4).toByteArray(), r->value(5).toByteArray(),
                            r->value(6).toString().simplified(), r->value(7).toString(), query.reason};
            if (seen.contains({p.memberA, p.memberB}))
                continue;
            seen.insert({p.memberA, p.memberB});
            pairs << p;
        }
        q.value()->finish();
    }
    return pairs;
}

Result<QList<SharedFileNumber>> DuplicateReport::sharedFileNumbers(storage::Database &db)
{
    auto shared = org::Identities::fileNumbers(db);
    if (!shared)
        return shared.error();
    QList<SharedFileNumber> numbers;
    for (const org::SharedIdentity &s : shared.value()) {
        SharedFileNumber n{s.value, s.rows, {}};
        for (const QByteArray &household : s.rows) {
            auto head = db.scalar(u"SELECT head_name FROM household_facts WHERE household_id = ?"_s, {household});
            if (!head)
                return head.error();
            n.heads << head.value().toString().simplified();
        }
        numbers << n;
    }
    return numbers;
}

QString DuplicateReport::sharedFileNumberAdvice()
{
    return tr("Two laptops gave these households the same file number while offline. Numbers already printed on "
              "letters, referrals and plans are not changed automatically. Open each file and check which family "
              "the printed papers belong to. If they are one family, merge them. If not, an administrator gives the "
              "other file a new number (Give a new number…) and its papers are printed again.");
}

} // namespace tamkeen::registry
