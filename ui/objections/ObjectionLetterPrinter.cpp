#include "objections/ObjectionLetterPrinter.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "registry/Vocabulary.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;
using tamkeen::casework::Objections;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

namespace {

QString title(const casework::Objection &o)
{
    return o.kind == u"complaint" ? ObjectionLetterPrinter::tr("Reply to your complaint")
                                  : ObjectionLetterPrinter::tr("Reply to your objection");
}

QString paragraph(const QString &align, const QString &text)
{
    return u"<p align=\"%1\">%2</p>"_s.arg(align, text.toHtmlEscaped().replace(u'\n', u"<br/>"_s));
}

} // namespace

QString ObjectionLetterPrinter::html(const AppSettings &settings, const ObjectionLetter &letter)
{
    const Display display(settings);
    const casework::Objection &o = letter.objection;
    const QString align = PdfDocument::start();
    QString body = PdfDocument::letterhead(letter.centre, title(o));
    body += PdfDocument::facts({{tr("Date"), display.date(o.repliedOn.isValid() ? o.repliedOn : QDate::currentDate())},
                                {tr("To"), o.headName},
                                {tr("File number"), Display::ltr(o.fileNumber)},
                                {tr("About"), Vocabulary::label(Objections::subjects(), o.subject)},
                                {tr("Received on"), display.date(o.receivedOn)}});
    body += paragraph(align, tr("We received on %1 what you told us:").arg(display.date(o.receivedOn)));
    body += paragraph(align, display.digits(o.summary));
    if (!o.decision.isEmpty())
        body += paragraph(align, tr("Decision: %1.").arg(Vocabulary::label(Objections::decisions(), o.decision)));
    body += paragraph(align, display.digits(o.reply));
    body += paragraph(align, tr("If you do not agree with this decision, you may appeal it at the centre."));
    body += u"<p align=\"%1\"><br/>%2<br/>%3</p>"_s.arg(
        align, tr("For the centre: %1").arg(letter.signedBy).toHtmlEscaped(),
        tr("Signature: ______________________").toHtmlEscaped());
    return PdfDocument::html(body);
}

PrintedDocument ObjectionLetterPrinter::printed(const AppSettings &settings, const ObjectionLetter &letter)
{
    const QString t = title(letter.objection);
    return {PdfDocument::document(html(settings, letter)), t, Display::joined({letter.centre.centreName, t})};
}

Status ObjectionLetterPrinter::write(const QString &path, const AppSettings &settings, const ObjectionLetter &letter)
{
    PrintedDocument doc = printed(settings, letter);
    return PdfDocument::write(path, doc, Display(settings), [&](const QString &reason) {
        return reason.isEmpty() ? tr("The letter could not be written to %1. Choose another folder.").arg(Display::ltr(path))
                                : tr("The letter could not be written to %1 (%2). Choose another folder.")
                                      .arg(Display::ltr(path), reason);
    });
}

} // namespace tamkeen::ui
