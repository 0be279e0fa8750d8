#include "documents/DocumentLimitBox.h"

#include "documents/Documents.h"
#include "widgets/MessageBanner.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using tamkeen::documents::Documents;

namespace tamkeen::ui {

DocumentLimitBox::DocumentLimitBox(storage::Database &db, const security::Session &session, MessageBanner *banner,
                                   QWidget *parent)
    : QGroupBox(tr("Documents"), parent), m_db(db), m_session(session), m_banner(banner),
      m_megabytes(new QSpinBox(this))
{
    setObjectName(u"documentLimitBox"_s);
    m_megabytes->setObjectName(u"documentMegabytes"_s);
    m_megabytes->setRange(Documents::kMinMegabytes, Documents::kMaxMegabytes);
    m_megabytes->setSuffix(tr(" MB"));
    auto max = Documents(db).maxMegabytes();
    m_megabytes->setValue(max ? max.value() : Documents::kDefaultMaxMegabytes);
    auto *note = new QLabel(tr("Every document travels in the sync packages: a photo of 1 to 2 MB reads well."), this);
    note->setWordWrap(true);
    auto *save = new QPushButton(tr("Save the limit"), this);
    save->setObjectName(u"saveDocumentLimit"_s);
    connect(save, &QPushButton::clicked, this, &DocumentLimitBox::save);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Largest document"), m_megabytes);
    form->addRow(note);
    form->addRow(QString(), save);
}

bool DocumentLimitBox::save()
{
    if (Status s = Documents(m_db).setMaxMegabytes(m_session, m_megabytes->value()); !s) {
        m_banner->showError(s.error().message);
        return false;
    }
    m_banner->showSuccess(tr("The limit was saved; it applies to documents attached from now on."));
    return true;
}

} // namespace tamkeen::ui
