#include "referrals/ReferralLetter.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "format/PdfDocument.h"
#include "registry/Identity.h"
#include "registry/MemberService.h"
#include "security/UserService.h"

#include <QCryptographicHash>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

QString ReferralLetter::reference(const referrals::Referral &referral)
{
    // Record ids begin with their creation time: a hash spreads them so that two
    // referrals of one file made the same day get different codes.
    const QByteArray code = QCryptographicHash::hash(referral.id, QCryptographicHash::Sha256).left(3);
    return u"%1/R-%2"_s.arg(referral.fileNumber, QString::fromLatin1(code.toHex().toUpper()));
}

Result<LetterData> ReferralLetter::load(storage::Database &db, const QByteArray &referralId, const QDate &today)
{
    LetterData letter;
    letter.today = today;
    auto device = org::Devices::thisDevice(db);
    if (!device)
        return device.error();
    letter.centre = device.value();
    referrals::ReferralService service(db);
    auto referral = service.referral(referralId);
    if (!referral)
        return referral.error();
    letter.referral = referral.value();
    // Inactive partners too: a letter may be reprinted after a partner leaves the catalogue.
    auto partners = service.partners(false);
    if (!partners)
        return partners.error();
    for (const referrals::Partner &p : partners.value())
        if (p.id == letter.referral.partnerId)
            letter.partner = p;
    if (letter.partner.name.isEmpty())
        letter.partner.name = letter.referral.partnerName;
    if (auto member = registry::MemberService(db).member(letter.referral.memberId)) {
        letter.idNumber = member.value().idNumber;
        if (auto type = registry::Identity::fromKey(member.value().idType))
            letter.idType = registry::Identity::displayName(*type);
    }
    if (auto consent = registry::ConsentService(db).sharingConsent(letter.referral.memberId, letter.referral.partnerId,
                                                                     letter.referral.sentOn, true))
        letter.consent = consent.value();
    // The list includes deactivated users: the worker who referred may have left since.
    if (auto users = security::UserService(db).list())
        for (const security::UserRecord &u : users.value())
            if (u.id == letter.referral.workerId)
                letter.workerName = u.fullName;
    return letter;
}

QString ReferralLetter::html(const AppSettings &settings, const LetterData &letter)
{
    const Display display(settings);
    const referrals::Referral &r = letter.referral;
    const referrals::Partner &p = letter.partner;
    const QString align = PdfDocument::start();
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };

    QString body;
    // Letterhead: the centre and its region, a rule beneath.
    body += PdfDocument::letterhead(letter.centre, tr("Referral letter"));
    body += u"<p align=\"%1\">%2<br/>%3</p>"_s.arg(
        align, esc(tr("Reference: %1").arg(Display::ltr(reference(r)))),
        esc(tr("Date: %1, corresponding to %2").arg(display.gregorian(letter.today), display.hijri(letter.today))));

    body += u"<p align=\"%1\"><b>%2</b><br/>%3"_s.arg(align, esc(tr("To: %1").arg(p.name)),
                                                       p.contact.isEmpty()
                                                           ? QString()
                                                           : esc(tr("Attention of: %1").arg(p.contact)));
    if (!p.phone.isEmpty() || !p.email.isEmpty()) {
        QStringList reach;
        if (!p.phone.isEmpty())
            reach << Display::ltr(p.phone);
        if (!p.email.isEmpty())
            reach << Display::ltr(p.email);
        body += u"<br/>"_s + esc(reach.join(u" — "_s));
    }
    body += u"</p>"_s;

    body += u"<h3 align=\"%1\">%2</h3>"_s.arg(align, esc(tr("Subject: referral of a beneficiary")));
    body += u"<p align=\"%1\">%2</p>"_s.arg(align, esc(tr("Greetings,")));
    body += u"<p align=\"%1\">%2</p>"_s.arg(
        align, esc(tr("We refer to you the beneficiary named below for the service «%1», and would be grateful for "
                      "your help. Please let us know whether the referral is accepted and, in time, its outcome.")
                       .arg(r.service)));

    // The particulars as label | value rows; PdfDocument::row puts the label on the reading side.
    const QString cell = u"align=\"%1\""_s.arg(align);
    QString table = u"<table dir=\"%1\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">"_s.arg(
        PdfDocument::direction());
    auto add = [&](const QString &label, const QString &value) {
        table += PdfDocument::row({u"<b>%1</b>"_s.arg(esc(label)), esc(value)}, u"td"_s, cell);
    };
    add(tr("Beneficiary"), r.memberName);
    add(tr("ID number"), letter.idNumber.isEmpty() ? tr("No document")
                         : letter.idType.isEmpty() ? Display::ltr(letter.idNumber)
                                                   : tr("%1 (%2)").arg(Display::ltr(letter.idNumber), letter.idType));
    add(tr("File number"), Display::ltr(r.fileNumber));
    add(tr("Service requested"), r.service);
    add(tr("Date sent"), display.date(r.sentOn));
    if (r.followUpOn.isValid())
        add(tr("We will follow up on"), display.date(r.followUpOn));
    add(tr("Consent to share"),
        letter.consent ? registry::ConsentService::describe(*letter.consent,
                                                            [&](const QDate &d) { return display.date(d); })
                       : tr("No consent recorded: the beneficiary signs below before this letter is sent."));
    table += u"</table>"_s;
    body += table;

    body += u"<p align=\"%1\">%2</p>"_s.arg(align, esc(tr("With thanks and appreciation.")));
    body += u"<p align=\"%1\">%2<br/>%3</p>"_s.arg(
        align, esc(tr("Referring worker: %1").arg(letter.workerName.isEmpty() ? tr("(unknown)") : letter.workerName)),
        esc(letter.centre.centreName));
    body += u"<p align=\"%1\"><br/>%2 ______________________ &nbsp;&nbsp; %3 ____________</p>"_s.arg(
        align, esc(tr("Signature:")), esc(tr("Stamp:")));

    // Informed consent: the beneficiary agrees that these details go to the
    // partner. Not again when a signed or witnessed consent is on record.
    if (letter.consent && letter.consent->method != u"override")
        return PdfDocument::html(body);
    body += u"<h4 align=\"%1\">%2</h4>"_s.arg(align, esc(tr("Informed consent")));
    body += u"<p align=\"%1\">%2</p>"_s.arg(
        align, esc(tr("I, %1, agree that %2 shares the details in this letter with %3 so that they can provide the "
                      "service requested, and that %3 informs %2 of its outcome.")
                       .arg(r.memberName, letter.centre.centreName, p.name)));
    body += u"<p align=\"%1\">%2<br/><br/>%3 ______________________ &nbsp;&nbsp; %4 ____________</p>"_s.arg(
        align, esc(tr("Beneficiary: %1").arg(r.memberName)), esc(tr("Signature:")), esc(tr("Date:")));
    return PdfDocument::html(body);
}

PrintedDocument ReferralLetter::printed(const AppSettings &settings, const LetterData &letter)
{
    return {PdfDocument::document(html(settings, letter)), tr("Referral letter"),
            Display::joined({letter.centre.centreName, tr("Referral letter"),
                             tr("Reference: %1").arg(Display::ltr(reference(letter.referral)))})};
}

Result<PrintedDocument> ReferralLetter::make(storage::Database &db, const AppSettings &settings,
                                             const QByteArray &referralId)
{
    auto letter = load(db, referralId);
    if (!letter)
        return letter.error();
    return printed(settings, letter.value());
}

Status ReferralLetter::write(const QString &path, storage::Database &db, const AppSettings &settings,
                             const QByteArray &referralId)
{
    auto doc = make(db, settings, referralId);
    if (!doc)
        return doc.error();
    return PdfDocument::write(path, doc.value(), Display(settings), [&](const QString &reason) {
        return reason.isEmpty()
                   ? tr("The letter could not be written to %1. Choose another folder.").arg(Display::ltr(path))
                   : tr("The letter could not be written to %1 (%2). Choose another folder.")
                         .arg(Display::ltr(path), reason);
    });
}

} // namespace tamkeen::ui
