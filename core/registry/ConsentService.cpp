#include "registry/ConsentService.h"

#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

QString iso(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

QVariant textOrNull(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

const QString kSelect =
    u"SELECT c.id, c.member_id, c.household_id, c.purpose, c.partner_id, c.given_on, c.method, c.witness, c.note, "
    "c.recorded_by, u.full_name, trim(m.given_name || ' ' || ifnull(m.father_name, '') || ' ' || "
    "ifnull(m.family_name, '')), p.name, c.withdrawn_on, c.withdrawal_note "
    "FROM consents c JOIN members m ON m.id = c.member_id LEFT JOIN users u ON u.id = c.recorded_by "
    "LEFT JOIN partners p ON p.id = c.partner_id WHERE c.deleted = 0 AND "_s;

} // namespace

ConsentService::ConsentService(storage::Database &db) : m_db(db), m_writer(db) {}

QList<Term> ConsentService::purposes()
{
    return {{u"registration"_s, tr("Registration and keeping the family's file")},
            {u"counselling"_s, tr("Counselling at the empowerment clinic")},
            {u"sharing"_s, tr("Sharing data with a partner for a referral")}};
}

QList<Term> ConsentService::methods()
{
    return {{u"signed_form"_s, tr("Signed form")}, {u"verbal_witnessed"_s, tr("Verbal, with a witness")}};
}

Result<QByteArray> ConsentService::record(const security::Session &by, ConsentData d)
{
    if (by.userId.isEmpty())
        return makeError(ErrorCode::PermissionDenied, tr("Log in to record a consent."));
    auto household = m_db.scalar(u"SELECT household_id FROM members WHERE id = ? AND deleted = 0"_s, {d.memberId});
    if (!household)
        return household.error();
    if (household.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This family member no longer exists."), u"member"_s);
    if (!Vocabulary::contains(purposes(), d.purpose))
        return makeError(ErrorCode::Invalid, tr("Choose what the consent is for."), u"purpose"_s);
    if (d.purpose == u"sharing") {
        auto partner = m_db.scalar(u"SELECT count(*) FROM partners WHERE id = ? AND deleted = 0"_s, {d.partnerId});
        if (!partner)
            return partner.error();
        if (partner.value().toInt() == 0)
            return makeError(ErrorCode::Invalid, tr("Name the partner the data may be shared with."), u"partner"_s);
    } else {
        d.partnerId.clear();
    }
    if (!Vocabulary::contains(methods(), d.method))
        return makeError(ErrorCode::Invalid, tr("Choose how the consent was given."), u"method"_s);
    if (d.method == u"verbal_witnessed" && d.witness.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A verbal consent needs the name of the witness who heard it."),
                         u"witness"_s);
    if (!d.givenOn.isValid() || d.givenOn > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("The date of the consent cannot be in the future."), u"givenOn"_s);
    m_db.setCurrentUser(by.userId);
    return m_writer.insert(u"consents"_s, {{u"member_id"_s, d.memberId},
                                           {u"household_id"_s, household.value()},
                                           {u"purpose"_s, d.purpose},
                                           {u"partner_id"_s, d.partnerId.isEmpty() ? QVariant() : QVariant(d.partnerId)},
                                           {u"given_on"_s, iso(d.givenOn)},
                                           {u"method"_s, d.method},
                                           {u"witness"_s, textOrNull(d.method == u"verbal_witnessed" ? d.witness : QString())},
                                           {u"note"_s, textOrNull(d.note)},
                                           {u"recorded_by"_s, by.userId}});
}

Result<QByteArray> ConsentService::recordOverride(const security::Session &by, const QByteArray &memberId,
                                                  const QByteArray &householdId, const QByteArray &partnerId,
                                                  const QDate &on, const QString &reason)
{
    if (reason.trimmed().size() < 10)
        return makeError(ErrorCode::Invalid,
                         tr("Without the member's consent, write why the referral must go all the same (at least ten "
                            "characters): it is kept with your name."),
                         u"consentOverride"_s);
    m_db.setCurrentUser(by.userId);
    return m_writer.insert(u"consents"_s, {{u"member_id"_s, memberId},
                                           {u"household_id"_s, householdId},
                                           {u"purpose"_s, u"sharing"_s},
                                           {u"partner_id"_s, partnerId},
                                           {u"given_on"_s, iso(on)},
                                           {u"method"_s, u"override"_s},
                                           {u"note"_s, reason.trimmed()},
                                           {u"recorded_by"_s, by.userId}});
}

Status ConsentService::withdraw(const security::Session &by, const QByteArray &id, const QDate &on, const QString &note)
{
    if (by.userId.isEmpty())
        return makeError(ErrorCode::PermissionDenied, tr("Log in to record a consent."));
    auto given = m_db.exec(u"SELECT given_on, withdrawn_on, method FROM consents WHERE id = ? AND deleted = 0"_s, {id});
    if (!given)
        return given.error();
    if (!given.value()->next())
        return makeError(ErrorCode::NotFound, tr("This consent no longer exists."));
    const QDate givenOn = QDate::fromString(given.value()->value(0).toString(), Qt::ISODate);
    const bool withdrawn = !given.value()->value(1).isNull();
    const bool override = given.value()->value(2).toString() == u"override";
    given.value()->finish();
    if (withdrawn || override)
        return makeError(ErrorCode::Conflict, tr("This consent was already withdrawn."));
    if (!on.isValid() || on > QDate::currentDate() || on < givenOn)
        return makeError(ErrorCode::Invalid, tr("The withdrawal date must be between the consent's date and today."),
                         u"withdrawnOn"_s);
    m_db.setCurrentUser(by.userId);
    return m_writer.update(u"consents"_s, id, {{u"withdrawn_on"_s, iso(on)},
                                               {u"withdrawn_by"_s, by.userId},
                                               {u"withdrawal_note"_s, textOrNull(note)}});
}

Result<QList<Consent>> ConsentService::read(const QString &where, const QVariantList &values)
{
    QList<Consent> list;
    const Status s = m_db.read(kSelect + where, values, [&](const storage::RawRow &r) {
        Consent c;
        c.id = r.blob(0);
        c.memberId = r.blob(1);
        c.householdId = r.blob(2);
        c.purpose = r.text(3);
        c.partnerId = r.blob(4);
        c.givenOn = QDate::fromString(r.text(5), Qt::ISODate);
        c.method = r.text(6);
        c.witness = r.text(7);
        c.note = r.text(8);
        c.recordedBy = r.blob(9);
        c.recordedByName = r.text(10);
        c.memberName = r.text(11).simplified();
        c.partnerName = r.text(12);
        c.withdrawnOn = QDate::fromString(r.text(13), Qt::ISODate);
        c.withdrawalNote = r.text(14);
        list.append(c);
    });
    if (!s)
        return s.error();
    return list;
}

Result<QList<Consent>> ConsentService::ofHousehold(const QByteArray &householdId)
{
    return read(u"c.household_id = ? ORDER BY c.given_on DESC, c.created_at DESC"_s, {householdId});
}

Result<std::optional<Consent>> ConsentService::sharingConsent(const QByteArray &memberId, const QByteArray &partnerId,
                                                              const QDate &day, bool overridesToo)
{
    auto all = read(u"c.member_id = ? AND c.purpose = 'sharing' AND c.partner_id = ? "
                    "ORDER BY c.method = 'override', c.given_on DESC"_s,
                    {memberId, partnerId});
    if (!all)
        return all.error();
    for (const Consent &c : all.value())
        if (c.inForceOn(day) && (overridesToo || c.method != u"override"))
            return std::optional<Consent>(c);
    return std::optional<Consent>();
}

QString ConsentService::describe(const Consent &c, const std::function<QString(const QDate &)> &date)
{
    const QString day = date(c.givenOn);
    if (c.method == u"override")
        return tr("Sent without the member's consent, on %1 by %2. Reason: %3").arg(day, c.recordedByName, c.note);
    const QString how = c.method == u"verbal_witnessed" ? tr("given verbally on %1, witnessed by %2").arg(day, c.witness)
                                                         : tr("given on a signed form on %1").arg(day);
    if (c.purpose == u"sharing")
        return tr("%1 consented to sharing their data with %2: %3.").arg(c.memberName, c.partnerName, how);
    return tr("%1 consented to %2: %3.").arg(c.memberName, Vocabulary::label(purposes(), c.purpose), how);
}

} // namespace tamkeen::registry
