#include "dialogs/RecoveryKeyDialog.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "widgets/DocumentOutput.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {

QString explanation()
{
    return RecoveryKeyDialog::tr(
        "This is your organisation's recovery key. If every password is lost, it opens any of the organisation's "
        "databases. It is shown only now: print it or write it down, and keep it locked away. Anyone who has it can "
        "read the families' data.");
}

} // namespace

RecoveryKeyDialog::RecoveryKeyDialog(const QString &key, const org::DeviceInfo &centre, const AppSettings &settings,
                                     QWidget *parent)
    : QDialog(parent), m_key(key), m_banner(new MessageBanner(this)), m_kept(new QCheckBox(this)),
      m_print(new QPushButton(tr("Print…"), this))
{
    setWindowTitle(tr("Recovery key"));
    setObjectName(u"recoveryKeyDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(explanation(), this);
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addWidget(m_banner);

    // Letters and digits in groups, left to right in either language.
    auto *shown = new QLabel(key, this);
    shown->setObjectName(u"recoveryKey"_s);
    shown->setLayoutDirection(Qt::LeftToRight);
    shown->setAlignment(Qt::AlignCenter);
    shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    shown->setWordWrap(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    mono.setBold(true);
    shown->setFont(mono);
    layout->addWidget(shown);

    m_kept->setText(tr("I have printed or written down the recovery key and will keep it locked away"));
    m_kept->setObjectName(u"kept"_s);
    layout->addWidget(m_kept);

    auto *buttons = new QDialogButtonBox(this);
    m_print->setObjectName(u"print"_s);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    m_continue = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(u"submit"_s);
    m_continue->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_kept, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    new DocumentOutput(m_print, settings, m_banner,
                       {[] { return true; },
                        [] { return tr("recovery-key.pdf"); },
                        [this, centre, &settings](const QString &path) {
                            PrintedDocument doc = sheet(m_key, centre);
                            return PdfDocument::write(path, doc, Display(settings), [](const QString &reason) {
                                return tr("The recovery key could not be saved as a PDF. %1").arg(reason);
                            });
                        },
                        [this, centre]() -> Result<PrintedDocument> { return Result<PrintedDocument>(sheet(m_key, centre)); }});
    setMinimumWidth(520);
}

void RecoveryKeyDialog::reject()
{
    if (m_kept->isChecked())
        QDialog::accept();
}

PrintedDocument RecoveryKeyDialog::sheet(const QString &key, const org::DeviceInfo &centre)
{
    const QString title = tr("Recovery key");
    // Two lines of eight groups: never wrapped in the middle of one.
    const QStringList groups = key.split(u'-');
    const QString lines = groups.mid(0, 8).join(u'-') + u"<br>"_s + groups.mid(8).join(u'-');
    const QString body = PdfDocument::letterhead(centre, title) + u"<p>%1</p>"_s.arg(explanation().toHtmlEscaped())
        + u"<p dir=\"ltr\" align=\"center\" style=\"font-family: monospace; font-size: 16pt; font-weight: bold\">%1</p>"_s.arg(
            lines);
    PrintedDocument doc;
    doc.text = PdfDocument::document(PdfDocument::html(body));
    doc.title = title;
    doc.footer = tr("Keep this page locked away.");
    return doc;
}

} // namespace tamkeen::ui
