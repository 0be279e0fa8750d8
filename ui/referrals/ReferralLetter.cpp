#include "referrals/ReferralLetter.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "format/PdfDocument.h"
#include "security/UserService.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

Result<LetterData> ReferralLetter::load(storage::Database &db, const QByteArray &referralId)
{
    LetterData letter;
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
    body += u"<h2 align=\"center\">%1</h2>"_s.arg(esc(letter.centre.centreName));
    if (!letter.centre.region.isEmpty())
        body += u"<p align=\"center\">%1</p>"_s.arg(esc(letter.centre.region));
    body += u"<hr/>"_s;
    body += u"<p align=\"%1\">%2</p>"_s.arg(align, esc(tr("Date: %1").arg(display.date(QDate::currentDate()))));

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
    add(tr("File number"), Display::ltr(r.fileNumber));
    add(tr("Service requested"), r.service);
    add(tr("Date sent"), display.date(r.sentOn));
    if (r.followUpOn.isValid())
        add(tr("We will follow up on"), display.date(r.followUpOn));
    table += u"</table>"_s;
    body += table;

    body += u"<p align=\"%1\">%2</p>"_s.arg(align, esc(tr("With thanks and appreciation.")));
    body += u"<p align=\"%1\">%2<br/>%3</p>"_s.arg(
        align, esc(tr("Referring worker: %1").arg(letter.workerName.isEmpty() ? tr("(unknown)") : letter.workerName)),
        esc(letter.centre.centreName));
    body += u"<p align=\"%1\"><br/>%2 ______________________ &nbsp;&nbsp; %3 ____________</p>"_s.arg(
        align, esc(tr("Signature:")), esc(tr("Stamp:")));
    return PdfDocument::html(body);
}

Status ReferralLetter::write(const QString &path, storage::Database &db, const AppSettings &settings,
                             const QByteArray &referralId)
{
    auto letter = load(db, referralId);
    if (!letter)
        return letter.error();
    auto doc = PdfDocument::document(html(settings, letter.value()), 12);
    return PdfDocument::write(path, *doc, tr("Referral letter"), [&](const QString &reason) {
        return reason.isEmpty()
                   ? tr("The letter could not be written to %1. Choose another folder.").arg(Display::ltr(path))
                   : tr("The letter could not be written to %1 (%2). Choose another folder.")
                         .arg(Display::ltr(path), reason);
    });
}

} // namespace tamkeen::ui
