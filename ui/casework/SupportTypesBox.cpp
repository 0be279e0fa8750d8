#include "casework/SupportTypesBox.h"

#include "casework/Support.h"
#include "format/Display.h"
#include "widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

SupportTypesBox::SupportTypesBox(storage::Database &db, const security::Session &session, MessageBanner *banner,
                                 QWidget *parent)
    : QGroupBox(tr("Types of support, for the whole organisation"), parent), m_db(db), m_session(session),
      m_banner(banner), m_types(new QLabel(this)), m_name(new QLineEdit(this))
{
    setObjectName(u"supportTypesBox"_s);
    m_types->setObjectName(u"supportTypes"_s);
    m_types->setWordWrap(true);
    m_name->setObjectName(u"supportTypeName"_s);
    m_name->setPlaceholderText(tr("A new type, e.g. school uniforms"));
    auto *add = new QPushButton(tr("Add the type"), this);
    add->setObjectName(u"addSupportType"_s);
    connect(add, &QPushButton::clicked, this, &SupportTypesBox::add);
    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_types);
    layout->addLayout(row);
    reload();
}

void SupportTypesBox::reload()
{
    auto types = casework::Support(m_db).types();
    if (!types) {
        m_types->setText(types.error().message);
        return;
    }
    QStringList names;
    for (const registry::Term &t : types.value())
        names << t.label;
    m_types->setText(Display::joined(names));
}

bool SupportTypesBox::add()
{
    const Status s = casework::Support(m_db).addType(m_session, m_name->text());
    if (!s) {
        m_banner->showError(s.error().message);
        m_name->setFocus();
        return false;
    }
    m_banner->showSuccess(tr("The type of support was added."));
    m_name->clear();
    reload();
    return true;
}

} // namespace tamkeen::ui
