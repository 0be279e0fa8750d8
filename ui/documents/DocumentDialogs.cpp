#include "documents/DocumentDialogs.h"

#include "documents/DocumentPages.h"
#include "documents/DocumentWords.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "registry/Forms.h"
#include "widgets/DateField.h"
#include "widgets/FileDialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

using documents::Documents;

AttachDocumentDialog::AttachDocumentDialog(storage::Database &db, const AppSettings &settings,
                                           const security::Session &session, const QByteArray &householdId,
                                           const documents::DocumentAbout &about, QWidget *parent)
    : FormDialog(tr("Attach a document"), tr("Attach"), parent), m_db(db), m_settings(settings), m_session(session),
      m_householdId(householdId), m_file(new QLineEdit(this)), m_about(new QComboBox(this)),
      m_date(new DateField(settings, this)), m_title(new QLineEdit(this))
{
    setObjectName(u"attachDocumentDialog"_s);
    m_file->setObjectName(u"file"_s);
    m_file->setPlaceholderText(tr("Choose the scan or photo"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(u"chooseFile"_s);
    connect(choose, &QPushButton::clicked, this, &AttachDocumentDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto max = Documents(db).maxMegabytes();
    const Display display(settings);
    auto *hint = new QLabel(tr("Photos (JPEG or PNG) and PDF documents, at most %1 MB.")
                                .arg(display.number(max ? max.value() : Documents::kDefaultMaxMegabytes)),
                            this);
    hint->setWordWrap(true);

    m_about->setObjectName(u"about"_s);
    auto subjects = Documents(db).subjects(householdId);
    if (subjects)
        m_subjects = subjects.value();
    for (const documents::DocumentAbout &a : std::as_const(m_subjects))
        m_about->addItem(DocumentWords::about(display, a));
    if (const qsizetype i = m_subjects.indexOf(about); i >= 0)
        m_about->setCurrentIndex(int(i));
    m_type = choiceCombo(Documents::types(), u"type"_s, tr("Choose the type"), this);
    m_date->setObjectName(u"date"_s);
    m_date->allowEmpty(QDate::currentDate());
    m_title->setObjectName(u"title"_s);
    m_title->setMaxLength(300);
    m_title->setPlaceholderText(tr("e.g. both sides of the ID card"));

    m_form->addRow(tr("File"), fileRow);
    m_form->addRow(QString(), hint);
    m_form->addRow(tr("About"), m_about);
    m_form->addRow(tr("Type of document"), m_type);
    m_form->addRow(tr("Date of the document"), m_date);
    m_form->addRow(tr("Description"), m_title);
    m_fields.insert(u"file"_s, m_file);
    m_fields.insert(u"about"_s, m_about);
    m_fields.insert(u"type"_s, m_type);
    m_fields.insert(u"date"_s, m_date->editor());
    m_fields.insert(u"title"_s, m_title);
    finishLayout();
}

void AttachDocumentDialog::chooseFile()
{
    const QString path = files::openDocument(this, m_settings, tr("Choose the scan or photo"),
                                             tr("Photos and PDF documents (*.jpg *.jpeg *.png *.pdf)"));
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

Status AttachDocumentDialog::save()
{
    if (m_file->text().trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose the scan or photo to attach."), u"file"_s);
    documents::DocumentData d;
    const int i = m_about->currentIndex();
    if (i >= 0 && i < m_subjects.size())
        d.about = m_subjects[i];
    d.type = m_type->currentData().toString();
    d.date = m_date->date();
    d.title = m_title->text();
    // A damaged photo or PDF is refused here, before it travels to every copy.
    const auto opens = [](const QString &mime, const QByteArray &bytes) -> Status {
        auto pages = DocumentPages::open(mime, bytes);
        if (!pages)
            return makeError(pages.error().code, pages.error().message, u"file"_s);
        return {};
    };
    auto id = Documents(m_db).attachFile(m_session, m_householdId, d,
                                         QDir::fromNativeSeparators(m_file->text().trimmed()), opens);
    return id ? Status() : Status(id.error());
}

RemoveDocumentDialog::RemoveDocumentDialog(storage::Database &db, const security::Session &session,
                                           const documents::Document &document, const QString &described,
                                           QWidget *parent)
    : FormDialog(tr("Remove a document"), tr("Remove"), parent), m_db(db), m_session(session), m_id(document.id),
      m_reason(new QLineEdit(this))
{
    setObjectName(u"removeDocumentDialog"_s);
    auto *what = new QLabel(described, this);
    what->setWordWrap(true);
    auto *warning = new QLabel(tr("Its content leaves every computer when this reaches it by sync: it cannot be "
                                  "brought back."),
                               this);
    warning->setWordWrap(true);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setMaxLength(300);
    m_reason->setPlaceholderText(tr("e.g. attached to the wrong family"));
    m_form->addRow(what);
    m_form->addRow(warning);
    m_form->addRow(tr("Reason"), m_reason);
    m_fields.insert(u"reason"_s, m_reason);
    finishLayout();
}

Status RemoveDocumentDialog::save()
{
    return Documents(m_db).remove(m_session, m_id, m_reason->text());
}

} // namespace tamkeen::ui
