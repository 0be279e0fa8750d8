#include "registry/Fields.h"
#include "registry/MemberService.h"

#include "text/InputText.h"

#include "registry/Fields.h"
#include "registry/Identity.h"
#include "registry/Fields.h"
#include "registry/SearchIndex.h"
#include "registry/Fields.h"
#include "registry/Vocabulary.h"
#include "storage/Database.h"
#include "text/ArabicNormalizer.h"
#include "text/Digits.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

Member readMember(const QSqlQuery &r)
{
    Member m;
    m.id = r.value(0).toByteArray();
    m.householdId = r.value(1).toByteArray();
    m.givenName = r.value(2).toString();
    m.fatherName = r.value(3).toString();
    m.grandfatherName = r.value(4).toString();
    m.familyName = r.value(5).toString();
    m.relation = r.value(6).toString();
    m.idType = r.value(7).toString();
    m.idNumber = r.value(8).toString();
    m.sex = r.value(9).toString();
    m.birthDate = QDate::fromString(r.value(10).toString(), Qt::ISODate);
    m.nationality = r.value(11).toString();
    m.maritalStatus = r.value(12).toString();
    m.education = r.value(13).toString();
    m.employment = r.value(14).toString();
    m.occupation = r.value(15).toString();
    m.disability = r.value(16).toString();
    m.chronicIllness = r.value(17).toString();
    if (!r.value(18).isNull())
        m.ableToWork = r.value(18).toBool();
    m.schoolName = r.value(19).toString();
    m.schoolGrade = r.value(20).toString();
    m.phone = r.value(21).toString();
    return m;
}

const QString kMemberColumns =
    u"id, household_id, given_name, father_name, grandfather_name, family_name, relation, id_type, id_number, sex, "
    "birth_date, nationality, marital_status, education, employment, occupation, disability, chronic_illness, "
    "able_to_work, school_name, school_grade, phone"_s;

} // namespace

MemberService::MemberService(storage::Database &db) : m_db(db), m_writer(db) {}

Result<QList<Member>> MemberService::members(const QByteArray &householdId)
{
    auto q = m_db.exec(u"SELECT %1 FROM members WHERE household_id = ? AND deleted = 0 "
                       "ORDER BY relation <> 'head', birth_date"_s.arg(kMemberColumns),
                       {householdId});
    if (!q)
        return q.error();
    QList<Member> list;
    while (q.value()->next())
        list << readMember(*q.value());
    q.value()->finish();
    return list;
}

Result<Member> MemberService::member(const QByteArray &memberId)
{
    auto q = m_db.exec(u"SELECT %1 FROM members WHERE id = ? AND deleted = 0"_s.arg(kMemberColumns), {memberId});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, tr("This member no longer exists."));
    Member m = readMember(*q.value());
    q.value()->finish();
    return m;
}

int MemberService::ageOn(const QDate &birth, const QDate &on)
{
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

namespace {
Status checkBirthDate(const QDate &birth)
{
    if (!birth.isValid())
        return {};
    if (birth > QDate::currentDate())
        return makeError(ErrorCode::Invalid,
                         MemberService::tr("Birth date: the date is in the future. Enter the date the person was born."),
                         u"birthDate"_s);
    if (MemberService::ageOn(birth, QDate::currentDate()) > MemberService::kOldestAge)
        return makeError(ErrorCode::Invalid,
                         MemberService::tr("Birth date: the person would be over %1 years old. Check the year.")
                             .arg(MemberService::kOldestAge),
                         u"birthDate"_s);
    return {};
}
} // namespace

Status MemberService::validate(MemberData &d)
{
    using text::InputText;
    const struct {
        QString &value;
        const char *field;
        QString label;
        int max;
    } texts[] = {{d.givenName, "givenName", tr("Given name"), text::kNameLength},
                 {d.fatherName, "fatherName", tr("Father's name"), text::kNameLength},
                 {d.grandfatherName, "grandfatherName", tr("Grandfather's name"), text::kNameLength},
                 {d.familyName, "familyName", tr("Family name"), text::kNameLength},
                 {d.nationality, "nationality", tr("Nationality"), text::kNameLength},
                 {d.occupation, "occupation", tr("Occupation"), text::kLineLength},
                 {d.disability, "disability", tr("Disability"), text::kLineLength},
                 {d.chronicIllness, "chronicIllness", tr("Chronic illness"), text::kLineLength},
                 {d.schoolName, "schoolName", tr("School"), text::kLineLength},
                 {d.schoolGrade, "schoolGrade", tr("Grade"), text::kNameLength},
                 {d.idNumber, "idNumber", tr("Document number"), text::kNameLength},
                 {d.phone, "phone", tr("Phone"), text::kNameLength}};
    for (const auto &t : texts) {
        if (Status s = InputText::accept(t.value, QString::fromLatin1(t.field), t.label, t.max); !s)
            return s;
    }
    if (d.givenName.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the member's given name."), u"givenName"_s);
    if (d.fatherName.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the father's name."), u"fatherName"_s);
    if (!Vocabulary::contains(Vocabulary::relations(), d.relation))
        return makeError(ErrorCode::Invalid, tr("Choose the member's relation to the head of household."), u"relation"_s);
    if (!Vocabulary::contains(Vocabulary::sexes(), d.sex))
        return makeError(ErrorCode::Invalid, tr("Choose male or female."), u"sex"_s);
    if (Status s = checkBirthDate(d.birthDate); !s)
        return s;
    const struct {
        const QString &value;
        QList<Term> terms;
        const char *field;
    } lists[] = {{d.maritalStatus, Vocabulary::maritalStatuses(), "maritalStatus"},
                 {d.education, Vocabulary::educationLevels(), "education"},
                 {d.employment, Vocabulary::employmentStatuses(), "employment"}};
    for (const auto &l : lists) {
        if (!l.value.isEmpty() && !Vocabulary::contains(l.terms, l.value))
            return makeError(ErrorCode::Invalid, tr("Choose a value from the list."), QString::fromLatin1(l.field));
    }
    if (!normalizePhone(d.phone))
        return makeError(ErrorCode::Invalid, tr("A phone number has 7 to 15 digits."), u"phone"_s);

    if (d.idType.isEmpty()) {
        d.idNumber.clear();
        return {};
    }
    const auto type = Identity::fromKey(d.idType);
    if (!type)
        return makeError(ErrorCode::Invalid, tr("Choose the kind of identity document."), u"idType"_s);
    const IdCheck check = Identity::check(*type, d.idNumber);
    if (!check.valid)
        return makeError(ErrorCode::Invalid, check.message, u"idNumber"_s);
    d.idNumber = check.normalized;
    if (check.birthDate && d.birthDate.isValid() && *check.birthDate != d.birthDate)
        return makeError(ErrorCode::Invalid,
                         tr("The ID number gives the birth date %1, but %2 was entered. Correct one of them.")
                             .arg(text::isolate(check.birthDate->toString(Qt::ISODate)),
                                  text::isolate(d.birthDate.toString(Qt::ISODate))),
                         u"birthDate"_s);
    if (check.sex) {
        const QString sex = *check.sex == Sex::Male ? u"male"_s : u"female"_s;
        if (sex != d.sex)
            return makeError(ErrorCode::Invalid,
                             tr("The ID number is that of a %1, but %2 was chosen. Correct one of them.")
                                 .arg(Vocabulary::label(Vocabulary::sexes(), sex),
                                      Vocabulary::label(Vocabulary::sexes(), d.sex)),
                             u"sex"_s);
    }
    if (check.birthDate && !d.birthDate.isValid()) {
        d.birthDate = *check.birthDate; // offered by the number itself
        return checkBirthDate(d.birthDate);
    }
    return {};
}

Result<std::optional<DuplicateCandidate>> MemberService::sameIdentity(const MemberData &d, const QByteArray &exceptMember)
{
    if (d.idNumber.isEmpty())
        return std::optional<DuplicateCandidate>();
    auto q = m_db.exec(u"SELECT m.id, m.household_id, h.file_number, m.given_name, m.father_name, m.grandfather_name, "
                       "m.family_name FROM members m JOIN households h ON h.id = m.household_id "
                       "WHERE m.id_number = ? AND m.id_type = ? AND m.deleted = 0 AND h.deleted = 0 AND m.id IS NOT ? LIMIT 1"_s,
                       {d.idNumber, d.idType, exceptMember.isEmpty() ? QVariant() : QVariant(exceptMember)});
    if (!q)
        return q.error();
    std::optional<DuplicateCandidate> found;
    if (q.value()->next()) {
        MemberData other;
        other.givenName = q.value()->value(3).toString();
        other.fatherName = q.value()->value(4).toString();
        other.grandfatherName = q.value()->value(5).toString();
        other.familyName = q.value()->value(6).toString();
        found = DuplicateCandidate{q.value()->value(0).toByteArray(), q.value()->value(1).toByteArray(),
                                   q.value()->value(2).toString(), other.fullName(), {tr("same identity number")}};
    }
    q.value()->finish();
    return found;
}

Result<QList<DuplicateCandidate>> MemberService::similar(const MemberData &d, const QByteArray &exceptMember)
{
    const QString given = text::nameKey(d.givenName), father = text::nameKey(d.fatherName);
    const QString grandfather = text::nameKey(d.grandfatherName), family = text::nameKey(d.familyName);
    const QVariant year = d.birthDate.isValid() ? QVariant(d.birthDate.year()) : QVariant();
    auto q = m_db.exec(u"SELECT e.member_id, e.household_id, e.given_key, e.father_key, e.grandfather_key, e.family_key, "
                       "e.birth_year, h.file_number FROM search_entries e JOIN households h ON h.id = e.household_id "
                       "WHERE e.member_id IS NOT NULL AND e.member_id IS NOT ? AND "
                       "((e.family_key = ? AND e.father_key = ?) OR (e.given_key = ? AND e.birth_year = ?) OR e.name_key = ?) "
                       "LIMIT 200"_s,
                       {exceptMember.isEmpty() ? QVariant() : QVariant(exceptMember), family, father, given, year,
                        text::nameKey(d.fullName())});
    if (!q)
        return q.error();
    QList<DuplicateCandidate> out;
    QList<QByteArray> ids;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        const bool sGiven = r->value(2).toString() == given;
        const bool sFather = r->value(3).toString() == father;
        const bool sGrand = !grandfather.isEmpty() && r->value(4).toString() == grandfather;
        const bool sFamily = !family.isEmpty() && r->value(5).toString() == family;
        const bool sYear = !year.isNull() && r->value(6) == year;
        // Part by part: a shared family name alone, or a common given name alone,
        // is not enough; the person must match on given and father name plus one more.
        if (!(sGiven && sFather && (sGrand || sFamily || sYear)) && !(sGiven && sFamily && sYear))
            continue;
        DuplicateCandidate c;
        c.memberId = r->value(0).toByteArray();
        c.householdId = r->value(1).toByteArray();
        c.fileNumber = r->value(7).toString();
        if (sGiven) c.matched << tr("same given name");
        if (sFather) c.matched << tr("same father's name");
        if (sGrand) c.matched << tr("same grandfather's name");
        if (sFamily) c.matched << tr("same family name");
        if (sYear) c.matched << tr("same birth year");
        out << c;
    }
    q.value()->finish();
    for (DuplicateCandidate &c : out) {
        if (auto m = member(c.memberId))
            c.name = m.value().fullName();
    }
    return out;
}

Result<int> MemberService::headCount(const QByteArray &householdId, const QByteArray &exceptMember)
{
    auto n = m_db.scalar(u"SELECT count(*) FROM members WHERE household_id = ? AND relation = 'head' AND deleted = 0 "
                         "AND id IS NOT ?"_s,
                         {householdId, exceptMember.isEmpty() ? QVariant() : QVariant(exceptMember)});
    if (!n)
        return n.error();
    return n.value().toInt();
}

Status MemberService::checkDuplicates(MemberData &d, const QByteArray &exceptMember, const QList<QByteArray> &acknowledged)
{
    auto same = sameIdentity(d, exceptMember);
    if (!same)
        return same.error();
    if (same.value()) {
        Error e = makeError(ErrorCode::Conflict,
                            tr("This identity number is already registered for %1 in file %2.")
                                .arg(same.value()->name, text::isolate(same.value()->fileNumber)),
                            u"idNumber"_s);
        e.subject = same.value()->householdId;
        return e;
    }
    auto candidates = similar(d, exceptMember);
    if (!candidates)
        return candidates.error();
    int unacknowledged = 0;
    for (const DuplicateCandidate &c : candidates.value())
        unacknowledged += acknowledged.contains(c.memberId) ? 0 : 1;
    if (unacknowledged > 0)
        return makeError(ErrorCode::PossibleDuplicate,
                         tr("%n registered member(s) resemble this person. Check them before continuing.", nullptr,
                            unacknowledged),
                         u"givenName"_s);
    return {};
}

QVariantMap MemberService::fields(const MemberData &d) const
{
    return {{u"given_name"_s, d.givenName.trimmed()},
            {u"father_name"_s, textOrNull(d.fatherName)},
            {u"grandfather_name"_s, textOrNull(d.grandfatherName)},
            {u"family_name"_s, textOrNull(d.familyName)},
            {u"relation"_s, d.relation},
            {u"id_type"_s, textOrNull(d.idType)},
            {u"id_number"_s, textOrNull(d.idNumber)},
            {u"sex"_s, d.sex},
            {u"birth_date"_s, textOrNull(dateText(d.birthDate))},
            {u"nationality"_s, textOrNull(d.nationality)},
            {u"marital_status"_s, textOrNull(d.maritalStatus)},
            {u"education"_s, textOrNull(d.education)},
            {u"employment"_s, textOrNull(d.employment)},
            {u"occupation"_s, textOrNull(d.occupation)},
            {u"disability"_s, textOrNull(d.disability)},
            {u"chronic_illness"_s, textOrNull(d.chronicIllness)},
            {u"able_to_work"_s, d.ableToWork ? QVariant(*d.ableToWork ? 1 : 0) : QVariant()},
            {u"school_name"_s, textOrNull(d.schoolName)},
            {u"school_grade"_s, textOrNull(d.schoolGrade)},
            {u"phone"_s, textOrNull(d.phone)}};
}

Result<QByteArray> MemberService::insert(const QByteArray &householdId, const MemberData &d,
                                         const QList<QByteArray> &acknowledged)
{
    QVariantMap f = fields(d);
    f.insert(u"household_id"_s, householdId);
    auto id = m_writer.insert(u"members"_s, f);
    if (!id)
        return id.error();
    for (const QByteArray &other : acknowledged) {
        auto rec = m_writer.insert(u"duplicate_decisions"_s, {{u"member_id"_s, id.value()},
                                                              {u"other_member_id"_s, other},
                                                              {u"decision"_s, u"continued"_s}});
        if (!rec)
            return rec.error();
    }
    return id;
}

Result<QByteArray> MemberService::add(const security::Session &by, const QByteArray &householdId, MemberData d,
                                      const QList<QByteArray> &acknowledged)
{
    if (Status s = validate(d); !s)
        return s.error();
    auto exists = m_db.scalar(u"SELECT count(*) FROM households WHERE id = ? AND deleted = 0"_s, {householdId});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0)
        return makeError(ErrorCode::NotFound, tr("This household no longer exists."));
    if (d.relation == u"head") {
        auto heads = headCount(householdId, {});
        if (!heads)
            return heads.error();
        if (heads.value() > 0)
            return makeError(ErrorCode::Invalid, tr("This household already has a head. Choose another relation."),
                             u"relation"_s);
    }
    if (Status s = checkDuplicates(d, {}, acknowledged); !s)
        return s.error();
    m_db.setCurrentUser(by.userId);
    QByteArray id;
    Status s = m_db.transaction([&]() -> Status {
        auto r = insert(householdId, d, acknowledged);
        if (!r)
            return r.error();
        id = r.value();
        return SearchIndex::reindexHousehold(m_db, householdId);
    });
    if (!s)
        return s.error();
    return id;
}

Status MemberService::update(const security::Session &by, const QByteArray &memberId, MemberData d,
                             const QList<QByteArray> &acknowledged)
{
    auto current = member(memberId);
    if (!current)
        return current.error();
    if (Status s = validate(d); !s)
        return s;
    const bool wasHead = current.value().relation == u"head";
    if (wasHead && d.relation != u"head")
        return makeError(ErrorCode::Invalid,
                         tr("To change the head of household, use \"Make head\" on the new head."),
                         u"relation"_s);
    if (!wasHead && d.relation == u"head") {
        auto heads = headCount(current.value().householdId, memberId);
        if (!heads)
            return heads.error();
        if (heads.value() > 0)
            return makeError(ErrorCode::Invalid, tr("To change the head of household, use \"Make head\" on the new head."),
                             u"relation"_s);
    }
    if (Status s = checkDuplicates(d, memberId, acknowledged); !s)
        return s;
    m_db.setCurrentUser(by.userId);
    return m_db.transaction([&]() -> Status {
        if (Status w = m_writer.update(u"members"_s, memberId, fields(d)); !w)
            return w;
        return SearchIndex::reindexHousehold(m_db, current.value().householdId);
    });
}

Status MemberService::makeHead(const security::Session &by, const QByteArray &memberId, const QString &formerHeadRelation)
{
    auto next = member(memberId);
    if (!next)
        return next.error();
    if (next.value().relation == u"head")
        return {};
    if (formerHeadRelation == u"head" || !Vocabulary::contains(Vocabulary::relations(), formerHeadRelation))
        return makeError(ErrorCode::Invalid, tr("Choose the former head's new relation."), u"relation"_s);
    m_db.setCurrentUser(by.userId);
    return m_db.transaction([&]() -> Status {
        auto heads = m_db.exec(u"SELECT id FROM members WHERE household_id = ? AND relation = 'head' AND deleted = 0"_s,
                               {next.value().householdId});
        if (!heads)
            return heads.error();
        QList<QByteArray> former;
        while (heads.value()->next())
            former << heads.value()->value(0).toByteArray();
        heads.value()->finish();
        for (const QByteArray &id : former) {
            if (Status w = m_writer.update(u"members"_s, id, {{u"relation"_s, formerHeadRelation}}); !w)
                return w;
        }
        if (Status w = m_writer.update(u"members"_s, memberId, {{u"relation"_s, u"head"_s}}); !w)
            return w;
        return SearchIndex::reindexHousehold(m_db, next.value().householdId); // the list shows the head
    });
}

Status MemberService::archive(const security::Session &by, const QByteArray &memberId, const QString &reason)
{
    auto current = member(memberId);
    if (!current)
        return current.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the reason for archiving."), u"reason"_s);
    if (current.value().relation == u"head")
        return makeError(ErrorCode::Invalid,
                         tr("The head of household cannot be archived; archive the household or choose a new head first."));
    m_db.setCurrentUser(by.userId);
    return m_db.transaction([&]() -> Status {
        if (Status w = m_writer.update(u"members"_s, memberId, {{u"archive_reason"_s, reason.trimmed()}}); !w)
            return w;
        if (Status w = m_writer.archive(u"members"_s, memberId); !w)
            return w;
        return SearchIndex::reindexHousehold(m_db, current.value().householdId);
    });
}

} // namespace tamkeen::registry
